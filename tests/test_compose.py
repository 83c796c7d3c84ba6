from datetime import UTC, datetime

from qa.compose import NO_ANSWER, Candidate, ScoredSentence, compose_answer, verify
from qa.records import Article, Citation

ARTICLE = Article(
    id="a1",
    title="T",
    text="Alpha met Beta on Monday. Gamma stayed home.",
    content_hash="h",
    source="Wire",
    published=datetime(2026, 1, 12, tzinfo=UTC),
)


def _scored(start, end, similarity, overlap=0.0, article=ARTICLE):
    return ScoredSentence(Candidate(article, start, end, 0), similarity, overlap)


def test_compose_answer_quotes_and_numbers_sentences():
    answer = compose_answer("Who met Beta?", [_scored(0, 25, 0.8, 1.0), _scored(26, 44, 0.75, 1.0)], min_relevance=0.35)
    assert answer.text == "Alpha met Beta on Monday. [1] Gamma stayed home. [2]"
    assert [c.quote for c in answer.citations] == ["Alpha met Beta on Monday.", "Gamma stayed home."]
    assert answer.citations[0].published == "2026-01-12T00:00:00+00:00"


def test_compose_answer_abstains_below_threshold():
    answer = compose_answer("Who won?", [_scored(0, 25, 0.1)], min_relevance=0.35)
    assert answer.abstained and answer.text == NO_ANSWER and answer.citations == ()


def test_compose_answer_drops_sentences_far_below_the_best():
    answer = compose_answer("q", [_scored(0, 25, 0.9), _scored(26, 44, 0.5)], min_relevance=0.35)
    assert len(answer.citations) == 1


def test_verify_rejects_quote_not_at_offsets():
    good = Citation(1, "a1", "T", "Wire", "", None, "Gamma stayed home.", 26, 44, 1.0)
    shifted = Citation(1, "a1", "T", "Wire", "", None, "Gamma stayed home.", 25, 43, 1.0)
    assert verify(good, ARTICLE)
    assert not verify(shifted, ARTICLE)


def test_compose_answer_drops_citation_that_does_not_match_the_stored_article():
    edited = Article(**{**ARTICLE.__dict__, "text": "Alpha met Beta on Monday! Gamma stayed home."})
    scored = [_scored(0, 25, 0.9, 1.0), _scored(26, 44, 0.85, 1.0)]
    answer = compose_answer("q", scored, min_relevance=0.35, stored={"a1": edited})
    assert [c.quote for c in answer.citations] == ["Gamma stayed home."]
    assert answer.citations[0].n == 1
    assert compose_answer("q", scored[:1], min_relevance=0.35, stored={"a1": edited}).abstained
    assert compose_answer("q", scored[:1], min_relevance=0.35, stored={}).abstained
