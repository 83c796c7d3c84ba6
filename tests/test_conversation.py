"""Follow-up questions turned into retrieval queries from the conversation so far."""

from qa.conversation import Turn, context_names, names, retrieval_query

SEED_ANSWER = (
    "US President Donald Trump said on Sunday that Iran had contacted Washington a day earlier and proposed "
    "negotiations over a nuclear deal. [1] Iranian Foreign Minister Abbas Araghchi contacted White House Envoy "
    "Steve Witkoff over the weekend to ease tensions with Washington, Axios reported on Monday. [2] According to "
    "Axios, contacts between Witkoff and Araghchi began during nuclear talks last year and continued even after "
    "US strikes on Iran’s nuclear facilities in June. [3]"
)
FIRST = Turn(question="Who contacted whom and when?", answer=SEED_ANSWER, query="Who contacted whom and when?")


def test_retrieval_query_first_question_is_unchanged():
    assert retrieval_query("And when did they plan to meet?", []) == "And when did they plan to meet?"


def test_retrieval_query_standalone_question_is_unchanged():
    assert retrieval_query("Who is Esmaeil Baqaei?", [FIRST]) == "Who is Esmaeil Baqaei?"
    assert retrieval_query("Who contacted whom and when?", [FIRST]) == "Who contacted whom and when?"


def test_retrieval_query_replaces_they_with_the_people_of_the_previous_turn():
    query = retrieval_query("And when did they plan to meet?", [FIRST])
    assert query == "When did Araghchi and Witkoff plan to meet?"


def test_retrieval_query_replaces_he_with_the_most_talked_about_person():
    previous = [Turn(question="What did Trump say?", answer="Donald Trump said a meeting is being set up. [1]")]
    assert retrieval_query("When did he say it?", previous) == "When did Trump say it?"
    assert retrieval_query("What was his plan?", previous) == "What was Trump’s plan?"


def test_retrieval_query_short_follow_up_gets_previous_names_and_subject():
    query = retrieval_query("When?", [FIRST])
    assert query.startswith("When?")
    for word in ("Araghchi", "Witkoff", "contacted"):
        assert word in query


def test_retrieval_query_follow_up_naming_its_subject_keeps_it_and_adds_only_the_topic():
    query = retrieval_query("What about Baqaei?", [FIRST])
    assert query.startswith("Baqaei?") and "contacted" in query
    assert "Araghchi" not in query


def test_retrieval_query_carries_names_through_a_chain_of_follow_ups():
    second_query = retrieval_query("And when did they plan to meet?", [FIRST])
    second = Turn(
        question="And when did they plan to meet?",
        answer="One source noted that Araghchi and Witkoff discussed the possibility of holding a meeting. [1]",
        query=second_query,
    )
    assert retrieval_query("Did they meet?", [FIRST, second]) == "Did Araghchi and Witkoff meet?"


def test_names_drops_titles_sentence_openers_and_dates():
    found = [n.text for n in names(SEED_ANSWER)]
    assert "Abbas Araghchi" in found and "Steve Witkoff" in found and "Donald Trump" in found
    assert not {"According", "Sunday", "Monday", "June", "Iranian Foreign Minister Abbas Araghchi"} & set(found)
    assert "Iran" in found  # "Iran’s" is Iran


def test_context_names_ranks_the_latest_turn_first():
    older = Turn(question="What did Trump say?", answer="Donald Trump said talks could happen. [1]")
    latest = Turn(question="Who is Esmaeil Baqaei?", answer="Esmaeil Baqaei is the spokesperson. [1]")
    ranked = [n.key for n in context_names([older, latest])]
    assert ranked.index("baqaei") < ranked.index("trump")
