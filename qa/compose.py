"""Extractive answers: the sentences that best answer the question, quoted verbatim and cited.

Pure functions: the caller supplies passages and the sentences' similarities to the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from qa.frames import EventFrame, RankedFrame
from qa.lexical import terms
from qa.records import Answer, Article, Citation, Passage
from qa.sentences import sentence_spans
from qa.timex import TimeExpression

NO_ANSWER = "The indexed articles do not cover this: no passage is relevant enough to quote."
LEXICAL_WEIGHT = 0.3  # how much sharing the question's content words adds to a sentence's cosine similarity
MIN_QUOTE_CHARS = 25
MAX_QUOTES = 3


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage, located in its article."""

    article: Article
    start: int
    end: int
    passage_rank: int
    similarity: float | None = None  # cosine to the question, when the index stores sentence vectors

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


@dataclass(frozen=True)
class ScoredSentence:
    candidate: Candidate
    similarity: float
    overlap: float

    @property
    def score(self) -> float:
        return self.similarity + LEXICAL_WEIGHT * self.overlap


def candidate_sentences(passages: Sequence[Passage]) -> list[Candidate]:
    """Every sentence of the passages, once each, in passage order, with its stored similarity if any."""
    seen: set[tuple[str, int]] = set()
    candidates = []
    for rank, passage in enumerate(passages):
        chunk = passage.chunk
        stored = {(start, end): similarity for start, end, similarity in passage.sentence_similarities}
        for start, end in sentence_spans(chunk.text):
            key = (passage.article.id, chunk.start + start)
            if key in seen or end - start < MIN_QUOTE_CHARS:
                continue
            seen.add(key)
            span = (chunk.start + start, chunk.start + end)
            candidates.append(Candidate(passage.article, *span, rank, stored.get(span)))
    return candidates


def shortlist(
    question: str, candidates: Sequence[Candidate], passages: Sequence[Passage], limit: int
) -> list[Candidate]:
    """The `limit` candidates most worth embedding, judged without a model: the share of the question's
    content words a sentence holds plus its passage's cosine similarity. Embedding every sentence of five
    passages costs ~30 model runs per question; the shortlist keeps that to `limit`."""
    if len(candidates) <= limit:
        return list(candidates)
    question_terms = set(terms(question))

    def prior(candidate: Candidate) -> float:
        shared = len(question_terms & set(terms(candidate.text))) / len(question_terms) if question_terms else 0.0
        return shared + (passages[candidate.passage_rank].dense_score or 0.0)

    return sorted(candidates, key=lambda c: (-prior(c), c.passage_rank, c.start))[:limit]


def score_sentences(
    question: str, candidates: Sequence[Candidate], similarities: Sequence[float]
) -> list[ScoredSentence]:
    """Candidates with their cosine similarity to the question and the share of its content words they hold,
    best first."""
    question_terms = set(terms(question))
    scored = []
    for candidate, similarity in zip(candidates, similarities, strict=True):
        overlap = len(question_terms & set(terms(candidate.text))) / len(question_terms) if question_terms else 0.0
        scored.append(ScoredSentence(candidate, float(similarity), overlap))
    return sorted(scored, key=lambda s: (-s.score, s.candidate.passage_rank, s.candidate.start))


def is_relevant(sentence: ScoredSentence, min_relevance: float) -> bool:
    """Whether a sentence is close enough to the question to be quoted as an answer."""
    return sentence.score >= min_relevance


def cite(n: int, sentence: ScoredSentence) -> Citation:
    """A citation numbered n quoting the sentence at its offsets."""
    c = sentence.candidate
    return Citation(
        n=n,
        article_id=c.article.id,
        title=c.article.title,
        source=c.article.source,
        url=c.article.url,
        published=c.article.published.isoformat() if c.article.published else None,
        quote=c.text,
        start=c.start,
        end=c.end,
        score=round(sentence.score, 4),
    )


def verify(citation: Citation, article: Article) -> bool:
    """True when the citation's quote is exactly the stored article's text at its offsets."""
    return bool(citation.quote) and article.text[citation.start : citation.end] == citation.quote


def compose_answer(
    question: str,
    scored: Sequence[ScoredSentence],
    *,
    min_relevance: float,
    stored: Mapping[str, Article] | None = None,
    frames: Sequence[RankedFrame] = (),
    query: str = "",
) -> Answer:
    """An answer with [n] citations: first a sentence per event frame that answers the question (in time
    order), then the best sentences quoted verbatim (those of the frames first, up to three in all).

    `scored` is ranked best first and `frames` point into it. `stored` maps article ids to the articles as
    the index holds them now; a quote that is not exactly that text at its offsets is dropped, with any
    frame it carried (by default the candidates' own articles are used).
    """
    relevant = [s for s in scored if is_relevant(s, min_relevance)]
    if not relevant:
        return Answer(question=question, text=NO_ANSWER, abstained=True, query=query)
    frames = [f for f in frames if is_relevant(scored[f.sentence], min_relevance)]
    # The best sentences first, as quoted without frames; then any frame's sentence not among them.
    order: list[int] = []
    best = relevant[0].score
    for sentence in relevant:
        index = scored.index(sentence)
        if len(order) >= MAX_QUOTES or sentence.score < best - 0.15:
            break
        if not any(_same_text(sentence, scored[i]) for i in order):
            order.append(index)
    order += [i for i in dict.fromkeys(f.sentence for f in frames) if i not in order]
    citations: list[Citation] = []
    number: dict[int, int] = {}
    for index in order:
        citation = cite(len(citations) + 1, scored[index])
        article = stored.get(citation.article_id) if stored is not None else scored[index].candidate.article
        if article is not None and verify(citation, article):
            citations.append(citation)
            number[index] = citation.n
    if not citations:
        return Answer(question=question, text=NO_ANSWER, abstained=True, query=query)
    kept = [f for f in frames if f.sentence in number]
    summary = " ".join(frame_sentence(f.frame, number[f.sentence]) for f in kept)
    quotes = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    events = tuple(
        {"n": number[f.sentence], **f.frame.to_dict(), "quote": scored[f.sentence].candidate.text} for f in kept
    )
    return Answer(
        question=question,
        text=f"{summary}\n\n{quotes}" if summary else quotes,
        citations=tuple(citations),
        query=query,
        events=events,
    )


def frame_sentence(frame: EventFrame, n: int) -> str:
    """One sentence stating a frame; every word but the connectives comes from the frame."""
    when = time_phrase(frame.time, frame.time_signal) if frame.time is not None else ""
    if not frame.actor:
        parts = [frame.target, frame.verb, when]
    elif frame.target.startswith(("that ", "whether ", "if ")):  # "confirmed on 12 January that ..."
        parts = [frame.actor, frame.verb, when, frame.target]
    else:
        parts = [frame.actor, frame.verb, frame.target, when]
    parts.append(frame.place)
    text = " ".join(p for p in parts if p)
    if frame.attribution and frame.attribution.lower() not in frame.actor.lower():
        text += f", according to {frame.attribution}"
    return f"{text[:1].upper()}{text[1:]} [{n}]."


def time_phrase(time: TimeExpression, signal: str = "") -> str:
    """A resolved time as a reader wants it: "over the weekend of 10-11 January 2026", "in June 2025"; a
    bound keeps its preposition ("since 1968", "until 16 January 2026")."""
    span = time.span()
    if span is None or time.type not in {"DATE", "TIME"}:
        return f"{signal} {time.text}".strip()
    phrase = _point_phrase(time.value, date.fromisoformat(span[0]), date.fromisoformat(span[1]))
    if not signal:
        return phrase
    if phrase.startswith("between "):  # a range has no one point to bound: the words as written
        return f"{signal} {time.text}"
    return f"{signal} {phrase.split(' ', 1)[1]}"  # "in June 2025" -> "since June 2025"


def _point_phrase(value: str, first: date, last: date) -> str:
    if value.endswith("-WE"):
        return f"over the weekend of {_day_range(first, last)}"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return f"in the week of {_day_range(first, last)}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return f"on {first.day} {first:%B %Y}"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"in {first:%B %Y}"
    if re.fullmatch(r"\d{4}", value):
        return f"in {value}"
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if season:
        name = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[season.group(2)]
        return f"in {name} {season.group(1)}"
    return f"between {first.day} {first:%B %Y} and {last.day} {last:%B %Y}"


def _day_range(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}-{last.day} {first:%B %Y}"
    return f"{first.day} {first:%B} - {last.day} {last:%B %Y}"


def _same_text(a: ScoredSentence, b: ScoredSentence) -> bool:
    return " ".join(a.candidate.text.lower().split()) == " ".join(b.candidate.text.lower().split())
