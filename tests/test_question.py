from datetime import UTC, datetime

import pytest

from qa.question import analyze_question, question_period, recent_period

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def nlp():
    from qa.embedder import get_pipeline

    return get_pipeline()


@pytest.mark.parametrize(
    ("question", "wh", "expected", "action"),
    [
        ("Who contacted whom and when?", ("who", "whom", "when"), {"PERSON", "TIME"}, "contact"),
        ("Where did the talks take place?", ("where",), {"PLACE"}, ""),
        ("How many people were arrested?", ("how many",), {"QUANTITY"}, "arrest"),
        ("When did Iran reach out to the US?", ("when",), {"TIME"}, "reach out"),
        ("What happened to the rial?", (), set(), ""),
    ],
)
def test_analyze_question_types_and_action(nlp, question, wh, expected, action):
    analysis = analyze_question(nlp(question))
    assert analysis.wh == wh
    assert expected <= analysis.expected
    assert analysis.action_phrase == action


def test_analyze_question_entities_and_attribution(nlp):
    analysis = analyze_question(nlp("According to Trump, when did Iran contact Washington?"))
    assert analysis.according_to == "Trump"
    assert {"Iran", "Washington"} <= set(analysis.entities)
    assert analysis.wants_time and not analysis.wants_agent


THURSDAY = datetime(2023, 1, 5, 12, tzinfo=UTC)


def _days(period):
    return tuple(datetime.fromtimestamp(t, UTC).isoformat() for t in period)


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        # the ISO week of Thursday 5 January 2023, from three days before its Monday
        ("Which former pope was laid to rest this week?", "2022-12-30T00:00:00+00:00", "2023-01-08T23:59:59+00:00"),
        ("What did Iran say on Sunday?", "2022-12-29T00:00:00+00:00", "2023-01-01T23:59:59+00:00"),
        ("Who won the election in June 2022?", "2022-05-29T00:00:00+00:00", "2022-06-30T23:59:59+00:00"),
        ("What did the company report last year?", "2021-12-29T00:00:00+00:00", "2022-12-31T23:59:59+00:00"),
    ],
)
def test_question_period_reads_the_named_time_against_when_it_is_asked(question, first, last):
    assert _days(question_period(question, THURSDAY)) == (first, last)


@pytest.mark.parametrize(
    "question", ["Who contacted whom and when?", "What is happening now?", "How long did it last?"]
)
def test_question_period_none_without_a_calendar_time(question):
    assert question_period(question, THURSDAY) is None


def test_recent_period_is_the_days_up_to_the_question():
    assert _days(recent_period(THURSDAY, 7)) == ("2022-12-29T12:00:00+00:00", "2023-01-05T12:00:00+00:00")
    assert recent_period(THURSDAY, 0) is None
