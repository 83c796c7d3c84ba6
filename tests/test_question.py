import pytest

from qa.question import analyze_question

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
