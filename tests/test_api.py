from datetime import UTC, datetime

import numpy as np
import pytest

from ingest.indexer import index_paths
from qa.api import QA, ask, check_question
from qa.embedder import get_embedder
from qa.errors import QuestionError
from qa.store import Filters
from qa.verb_vectors import build_verb_vectors, load_verb_vectors

pytestmark = pytest.mark.integration


@pytest.fixture
def seed_qa(seed_corpus, settings, real_embedder):
    index_paths([seed_corpus], settings, embedder=real_embedder)
    return QA(settings, embedder=real_embedder)


def test_ask_cites_the_araghchi_sentence(seed_qa):
    answer = seed_qa.ask("Who contacted whom and when?")
    assert not answer.abstained
    quotes = [c.quote for c in answer.citations]
    assert any("Araghchi contacted White House Envoy Steve Witkoff over the weekend" in q for q in quotes)
    cited = next(c for c in answer.citations if "Araghchi contacted" in c.quote)
    assert cited.source == "Shafaq News"
    assert cited.published.startswith("2026-01-12")
    assert f"[{cited.n}]" in answer.text


def test_ask_citations_are_verbatim_at_their_offsets(seed_qa):
    for question in ("Who confirmed the channel is still open?", "What happened to the Iranian rial?"):
        answer = seed_qa.ask(question)
        assert answer.citations
        for citation in answer.citations:
            article = seed_qa.store.get_article(citation.article_id)
            assert article.text[citation.start : citation.end] == citation.quote


def test_ask_abstains_on_unrelated_question(seed_qa):
    answer = seed_qa.ask("Which club won the 2025 Champions League final?")
    assert answer.abstained
    assert answer.citations == ()
    assert "do not cover" in answer.text


def test_ask_respects_date_filter(seed_qa):
    after = Filters(published_from=1_800_000_000)  # 2027: nothing that late
    assert seed_qa.ask("Who contacted whom and when?", filters=after).abstained
    window = Filters(published_from=1_768_000_000, published_to=1_768_300_000, sources=("Shafaq News",))
    assert not seed_qa.ask("Who contacted whom and when?", filters=window).abstained


def test_ask_module_function_uses_environment_index(seed_qa):
    answer = ask("Who confirmed the channel is still open?", settings=seed_qa.settings)
    assert any("Baqaei" in c.quote for c in answer.citations)
    assert answer.to_dict()["citations"][0].keys() >= {
        "n",
        "article_id",
        "title",
        "source",
        "url",
        "published",
        "quote",
        "start",
        "end",
        "score",
    }


def test_ask_on_empty_index_abstains(settings, real_embedder):
    assert QA(settings, embedder=real_embedder).ask("Who contacted whom?").abstained


@pytest.mark.parametrize(
    ("question", "message"), [("", "empty"), ("\x00\x01  ", "empty"), ("x" * 100_000, "limit is 2,000")]
)
def test_check_question_rejects_unaskable(question, message):
    with pytest.raises(QuestionError, match=message):
        check_question(question)


def test_ask_states_who_contacted_whom_first_with_resolved_time(seed_qa):
    answer = seed_qa.ask("Who contacted whom and when?")
    event = next(e for e in answer.events if "Araghchi" in e["actor"])
    assert "Witkoff" in event["target"]
    assert (event["time"]["start"], event["time"]["end"]) == ("2026-01-10", "2026-01-11")
    assert event["time"]["value"] == "2026-W02-WE"
    first_sentence = answer.text.split("]. ")[0] + "]."
    assert "Araghchi contacted White House Envoy Steve Witkoff over the weekend of 10-11 January 2026" in first_sentence
    cited = answer.citations[event["n"] - 1]
    assert f"[{event['n']}]" in first_sentence and "Araghchi contacted" in cited.quote
    assert answer.to_dict()["events"] == list(answer.events)


def test_ask_reported_contact_is_dated_a_day_before_sunday(seed_qa):
    answer = seed_qa.ask("According to Trump, when did Iran contact Washington?")
    event = answer.events[0]
    assert (event["actor"], event["target"]) == ("Iran", "Washington")
    assert event["time"]["start"] == event["time"]["end"] == "2026-01-10"
    assert "Trump" in event["attribution"]
    assert answer.text.startswith("Iran had contacted Washington on 10 January 2026")  # the verb as written


def test_answer_says_which_publication_period_retrieval_favoured(seed_qa):
    monday = datetime(2026, 1, 12, 18, tzinfo=UTC)
    recent = seed_qa.ask("Who contacted whom?", asked_at=monday).to_dict()["period"]
    assert recent == {"from": "2026-01-05", "to": "2026-01-12", "named": False}
    named = seed_qa.ask("Who contacted whom this week?", asked_at=monday).to_dict()["period"]
    assert named == {"from": "2026-01-09", "to": "2026-01-18", "named": True}  # the ISO week, 3 days' lead
    assert seed_qa.ask("Who contacted whom?", asked_at=monday).text.startswith("Iranian Foreign Minister")


def _record_embedded_texts(qa, monkeypatch) -> list[str]:
    """The texts the QA's embedder runs from now on (queries go through embed_documents too)."""
    embedded: list[str] = []
    embed_documents = qa.embedder.embed_documents
    monkeypatch.setattr(qa.embedder, "embed_documents", lambda texts: embedded.extend(texts) or embed_documents(texts))
    return embedded


def test_ask_scores_stored_sentence_vectors_without_embedding_sentences(seed_qa, monkeypatch):
    embedded = _record_embedded_texts(seed_qa, monkeypatch)
    question = "Who confirmed the channel is still open?"
    answer = seed_qa.ask(question)
    assert any("Baqaei" in c.quote for c in answer.citations)
    # Only the question and the action phrases of event frames ("to confirm") run through the model.
    assert all(text == question or text.startswith("to ") for text in embedded)


def test_ask_on_an_index_without_sentence_vectors_embeds_a_shortlist(seed_qa, monkeypatch):
    monkeypatch.setattr("qa.store._unpack_sentences", lambda meta, dim: None)  # as written before they were stored
    embedded = _record_embedded_texts(seed_qa, monkeypatch)
    question = "Who contacted whom and when?"
    answer = seed_qa.ask(question)
    assert any("Araghchi contacted White House Envoy Steve Witkoff" in c.quote for c in answer.citations)
    assert any(text != question and not text.startswith("to ") for text in embedded)


def test_warm_up_loads_the_pipeline_and_freezes_what_is_loaded_out_of_the_collector(seed_qa):
    import gc

    from qa.embedder import pipeline_loaded

    gc.unfreeze()
    try:
        seed_qa.warm_up()
        assert pipeline_loaded()
        assert gc.get_freeze_count() > 10_000  # the models' objects, not a handful
        assert any("Araghchi" in c.quote for c in seed_qa.ask("Who contacted whom and when?").citations)
    finally:
        gc.unfreeze()


def test_action_vectors_come_from_the_verb_table_else_from_each_phrase_alone(seed_qa, tmp_path, monkeypatch):
    qa = QA(seed_qa.settings, embedder=get_embedder("minilm-int8"))  # its vectors depend on the batch
    qa.embedder.embed_query("load the model from the usual cache first")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # no verb table there yet
    together = qa._action_vectors(["win", "come up", "take over"])
    for action, vector in together.items():
        qa._action_cache.clear()
        assert np.array_equal(qa._action_vectors([action])[action], vector)  # the same, whatever came with it
    build_verb_vectors(["win", "beat"])
    assert np.array_equal(qa._action_vectors(["come up", "win"])["win"], load_verb_vectors().get("win"))
