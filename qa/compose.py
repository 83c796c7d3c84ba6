"""Extractive answers: the sentences that best answer the question, quoted verbatim and cited.

Pure functions: the caller supplies passages, sentence vectors and the query vector.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qa.lexical import terms
from qa.records import Answer, Article, Citation, Passage
from qa.sentences import sentence_spans

if TYPE_CHECKING:
    import numpy as np

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
    """Every sentence of the passages, once each, in passage order."""
    seen: set[tuple[str, int]] = set()
    candidates = []
    for rank, passage in enumerate(passages):
        chunk = passage.chunk
        for start, end in sentence_spans(chunk.text):
            key = (passage.article.id, chunk.start + start)
            if key in seen or end - start < MIN_QUOTE_CHARS:
                continue
            seen.add(key)
            candidates.append(Candidate(passage.article, chunk.start + start, chunk.start + end, rank))
    return candidates


def score_sentences(
    question: str, candidates: Sequence[Candidate], vectors: np.ndarray, query_vector: np.ndarray
) -> list[ScoredSentence]:
    """Candidates with their cosine similarity to the question and the share of its content words they hold."""
    question_terms = set(terms(question))
    similarities = vectors @ query_vector if len(candidates) else []
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
    query: str = "",
) -> Answer:
    """The best sentences (up to three, close in score to the best) as an answer with [n] citations.

    `stored` maps article ids to the articles as the index holds them now; a citation whose quote is not
    exactly that text at its offsets is dropped (by default the candidates' own articles are used).
    """
    relevant = [s for s in scored if is_relevant(s, min_relevance)]
    if not relevant:
        return Answer(question=question, text=NO_ANSWER, abstained=True, query=query)
    best = relevant[0].score
    chosen: list[ScoredSentence] = []
    for sentence in relevant:
        if len(chosen) == MAX_QUOTES or sentence.score < best - 0.15:
            break
        if any(_same_text(sentence, c) for c in chosen):
            continue
        chosen.append(sentence)
    citations = []
    for sentence in chosen:
        citation = cite(len(citations) + 1, sentence)
        article = stored.get(citation.article_id) if stored is not None else sentence.candidate.article
        if article is not None and verify(citation, article):
            citations.append(citation)
    if not citations:
        return Answer(question=question, text=NO_ANSWER, abstained=True, query=query)
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, text=text, citations=tuple(citations), query=query)


def _same_text(a: ScoredSentence, b: ScoredSentence) -> bool:
    return " ".join(a.candidate.text.lower().split()) == " ".join(b.candidate.text.lower().split())
