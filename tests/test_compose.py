from dataclasses import replace
from datetime import UTC, datetime

import pytest

from qa.compose import (
    NO_ANSWER,
    Candidate,
    ScoredSentence,
    candidate_sentences,
    compose_answer,
    frame_sentence,
    score_sentences,
    shortlist,
    time_phrase,
    verify,
)
from qa.frames import EventFrame
from qa.records import Article, Chunk, Citation, Passage
from qa.timex import TimeExpression

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


@pytest.mark.parametrize(
    ("text", "value", "phrase"),
    [
        ("the weekend", "2026-W02-WE", "over the weekend of 10-11 January 2026"),
        ("a day earlier", "2026-01-10", "on 10 January 2026"),
        ("in June", "2025-06", "in June 2025"),
        ("last year", "2025", "in 2025"),
        ("last summer", "2025-SU", "in summer 2025"),
        ("this week", "2026-W02", "in the week of 5-11 January 2026"),
        ("the coming days", "FUTURE_REF", "the coming days"),
        ("three days", "P3D", "three days"),
    ],
)
def test_time_phrase_states_resolved_time(text, value, phrase):
    kind = "DURATION" if value.startswith("P") else "DATE"
    assert time_phrase(TimeExpression(0, len(text), text, kind, value)) == phrase


@pytest.mark.parametrize(
    ("text", "value", "signal", "phrase"),
    [
        ("1968", "1968", "since", "since 1968"),
        ("Friday", "2026-01-16", "until", "until 16 January 2026"),
        ("the weekend", "2026-W02-WE", "after", "after the weekend of 10-11 January 2026"),
        ("June", "2025-06", "by", "by June 2025"),
        ("three days", "P3D", "within", "within three days"),
    ],
)
def test_time_phrase_keeps_the_preposition_of_a_bound(text, value, signal, phrase):
    kind = "DURATION" if value.startswith("P") else "DATE"
    assert time_phrase(TimeExpression(0, len(text), text, kind, value), signal) == phrase


def test_frame_sentence_uses_only_frame_words():
    time = TimeExpression(0, 11, "the weekend", "DATE", "2026-W02-WE")
    frame = EventFrame(
        "a",
        0,
        9,
        "Iranian Foreign Minister Abbas Araghchi",
        "PERSON",
        "contact",
        "contacted",
        "White House Envoy Steve Witkoff",
        "PERSON",
        "",
        time,
        "Axios",
    )
    assert frame_sentence(frame, 1) == (
        "Iranian Foreign Minister Abbas Araghchi contacted White House Envoy Steve Witkoff over the weekend of "
        "10-11 January 2026, according to Axios [1]."
    )


def _passage(article: Article, dense_score: float) -> Passage:
    chunk = Chunk(f"{article.id}:0", article.id, 0, 0, len(article.text), article.text)
    return Passage(chunk=chunk, article=article, score=0.0, dense_score=dense_score)


def test_shortlist_keeps_the_sentences_sharing_the_question_words_and_from_close_passages():
    near = Article(
        id="near",
        title="T",
        text=(
            "The mayor opened the new bridge on Friday. Traffic was light all week long. "
            "Rain fell in the hills all afternoon."
        ),
        content_hash="h1",
    )
    far = Article(id="far", title="T", text="A bridge in another town was painted green last year.", content_hash="h2")
    passages = [_passage(near, 0.7), _passage(far, 0.2)]
    candidates = candidate_sentences(passages)
    assert len(candidates) == 4
    question = "When did the mayor open the bridge?"
    best = shortlist(question, candidates, passages, 2)
    assert [c.text for c in best] == [
        "The mayor opened the new bridge on Friday.",  # shares mayor, open, bridge
        "Traffic was light all week long.",  # nothing shared, but its passage is close (ties: text order)
    ]
    assert shortlist(question, candidates, passages, 10) == candidates  # fewer than the limit: all, in order


def test_candidate_sentences_carry_their_stored_similarity_and_score_best_first():
    text = "Alpha met Beta on Monday. Gamma stayed home all week long."
    article = Article(id="a2", title="T", text=text, content_hash="h")
    chunk = Chunk("a2:0", "a2", 0, 26, len(text), text[26:])  # a chunk that starts mid-article
    passage = Passage(chunk=chunk, article=article, score=0.0, sentence_similarities=((26, len(text), 0.42),))
    [candidate] = candidate_sentences([passage])
    assert (candidate.text, candidate.similarity) == ("Gamma stayed home all week long.", 0.42)
    plain = replace(passage, sentence_similarities=())
    assert candidate_sentences([plain])[0].similarity is None  # an index without sentence vectors
    first = Candidate(article, 0, 25, 0)
    scored = score_sentences("Where did Gamma stay?", [first, candidate], [0.5, 0.42])
    assert [s.candidate for s in scored] == [candidate, first]  # 0.42 + 0.3 x (gamma, stay: 2 of 2 words)
