"""The question-answering entry points: `ask()` and the `QA` object that holds an open index."""

from __future__ import annotations

import functools
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from qa.compose import ScoredSentence, candidate_sentences, compose_answer, is_relevant, score_sentences
from qa.embedder import Embedder, get_embedder, get_pipeline
from qa.errors import QuestionError
from qa.frames import RankedFrame, extract_frames, rank_frames
from qa.lexical import LexicalIndex
from qa.question import analyze_question
from qa.records import Answer, Passage
from qa.retrieve import Retriever
from qa.settings import Settings
from qa.store import Filters, Store
from qa.timex import TimeExpression, tag_times

if TYPE_CHECKING:
    import numpy as np

MAX_QUESTION_CHARS = 2000
FRAME_SENTENCES = 8  # the best sentences read for event frames (each one is parsed)


def lexical_folder(settings: Settings) -> Path:
    """Where the BM25 side of the index lives: beside the embedded Chroma folder."""
    return settings.db / "bm25"


class QA:
    """An open index (store, BM25, embedder) that answers questions."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or get_embedder(settings.query_embedder)
        self.store = Store(settings, embedder_name=self.embedder.name, dim=self.embedder.dim)
        self.lexical = LexicalIndex(lexical_folder(settings))
        self.retriever = Retriever(self.store, self.lexical, self.embedder, top_k=settings.top_k)
        self._action_cache: dict[str, np.ndarray] = {}

    def retrieve(
        self, question: str, *, top_k: int | None = None, filters: Filters | None = None, mode: str = "hybrid"
    ) -> list[Passage]:
        """The passages hybrid retrieval ranks best for the question."""
        passages, _ = self.retriever.retrieve(check_question(question), top_k, filters, mode=mode)
        return passages

    def ask(self, question: str, *, top_k: int | None = None, filters: Filters | None = None) -> Answer:
        """An extractive answer: verbatim, cited sentences, or an abstention when nothing is relevant."""
        question = check_question(question)
        passages, query_vector = self.retriever.retrieve(question, top_k, filters)
        candidates = candidate_sentences(passages)
        vectors = self.embedder.embed_documents([c.text for c in candidates]) if candidates else None
        scored = score_sentences(question, candidates, vectors, query_vector) if candidates else []
        frames = self._frames(question, scored) if scored else []
        # Verify quotes against the articles as stored now, not as they were when retrieval began.
        stored = self.store.get_articles([p.article.id for p in passages])
        return compose_answer(
            question, scored, min_relevance=self.settings.min_relevance, stored=stored, frames=frames, query=question
        )

    def _frames(self, question: str, scored: list[ScoredSentence]) -> list[RankedFrame]:
        """Event frames of the most relevant sentences that answer the question."""
        top = [i for i, s in enumerate(scored[:FRAME_SENTENCES]) if is_relevant(s, self.settings.min_relevance)]
        if not top:
            return []
        nlp = get_pipeline()
        analysis = analyze_question(nlp(question))
        found = []
        for i, doc in zip(top, nlp.pipe(scored[i].candidate.text for i in top), strict=True):
            candidate = scored[i].candidate
            times = article_times(candidate.article.text, candidate.article.published)
            for frame in extract_frames(doc, article_id=candidate.article.id, offset=candidate.start, times=times):
                found.append((frame, i, scored[i].score))
        actions = sorted({frame.action for frame, _, _ in found} - {analysis.action_phrase})
        similarity: dict[str, float] = {}
        if analysis.action and actions:
            vectors = self._action_vectors([analysis.action_phrase, *actions])
            similarity = {a: float(vectors[a] @ vectors[analysis.action_phrase]) for a in actions}
        return rank_frames(analysis, found, similarity)

    def _action_vectors(self, actions: list[str]) -> dict[str, np.ndarray]:
        """Vectors of "to <action>" phrases; the same verbs recur, so they are embedded once per process."""
        missing = [a for a in dict.fromkeys(actions) if a not in self._action_cache]
        if missing:
            if len(self._action_cache) > 10_000:
                self._action_cache.clear()
            vectors = self.embedder.embed_documents([f"to {a}" for a in missing])
            self._action_cache.update(zip(missing, vectors, strict=True))
        return {a: self._action_cache[a] for a in actions}


@functools.lru_cache(maxsize=1024)
def article_times(text: str, published: datetime | None) -> list[TimeExpression]:
    """The article's time expressions resolved against its publication time (none when it is undated)."""
    return tag_times(text, published) if published is not None else []


def check_question(question: str) -> str:
    """The question stripped of control characters; QuestionError when empty or too long."""
    if not isinstance(question, str):
        raise QuestionError(f"the question must be text, got {type(question).__name__}")
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in question).split())
    if not cleaned:
        raise QuestionError("the question is empty")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(cleaned):,} characters long; the limit is {MAX_QUESTION_CHARS:,}")
    return cleaned


@functools.cache
def _open(settings: Settings) -> QA:
    return QA(settings)


def open_qa(settings: Settings | None = None) -> QA:
    """The process-wide QA for these settings (default: from the environment), opened once."""
    return _open(settings or Settings.load())


def ask(question: str, *, top_k: int = 5, filters: Filters | None = None, settings: Settings | None = None) -> Answer:
    """Answer a question from the indexed articles with verbatim, cited passages."""
    return open_qa(settings).ask(question, top_k=top_k, filters=filters)
