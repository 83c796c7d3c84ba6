"""The question-answering entry points: `ask()` and the `QA` object that holds an open index."""

from __future__ import annotations

import functools
import gc
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from qa.compose import (
    ScoredSentence,
    candidate_sentences,
    compose_answer,
    is_relevant,
    score_sentences,
    shortlist,
)
from qa.embedder import MINILM_NAME, Embedder, get_embedder
from qa.errors import QuestionError
from qa.frames import RankedFrame, rank_frames
from qa.lexical import LexicalIndex
from qa.question import QuestionAnalysis, question_period, recent_period
from qa.reading import CloseReading, Frames, load_pipelines, reading_process
from qa.records import Answer, Passage, Period
from qa.retrieve import Retriever
from qa.settings import Settings
from qa.store import Filters, Store
from qa.verb_vectors import ensure_verb_vectors, load_verb_vectors

if TYPE_CHECKING:
    import numpy as np

MAX_QUESTION_CHARS = 2000
READING_LOAD_SECONDS = 20.0  # a one-shot ask waits this long for the reading process to load spaCy
SHORTLIST = 5  # candidate sentences read closely per question: each is parsed (~6 ms apiece)


def lexical_folder(settings: Settings) -> Path:
    """Where the BM25 side of the index lives: beside the embedded Chroma folder."""
    return settings.db / "bm25"


class QA:
    """An open index (store, BM25, embedder) that answers questions."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        *,
        share_reading: bool = True,
        one_shot: bool = False,
    ) -> None:
        """`share_reading`: share spaCy's reading with a second process (see qa.reading). `one_shot`: this
        process asks one question, so that process starts now, loads spaCy while this one opens the index,
        and reads everything: this process never loads spaCy."""
        self.settings = settings
        self.share_reading = share_reading
        self._reading_wait = 0.0
        if one_shot and share_reading and reading_process() is not None:
            self._reading_wait = READING_LOAD_SECONDS
        self.embedder = embedder or get_embedder(settings.query_embedder)
        self.store = Store(settings, embedder_name=self.embedder.name, dim=self.embedder.dim)
        self.lexical = LexicalIndex(lexical_folder(settings))
        self.retriever = Retriever(self.store, self.lexical, self.embedder, top_k=settings.top_k)
        self._action_cache: dict[str, np.ndarray] = {}

    def warm_up(self) -> None:
        """Loads the models a question needs (and starts the reading process), so the first one is fast; the
        first time on a machine, the verb vectors (qa.verb_vectors) are built too (~10 s).
        What is loaded by then is frozen out of the garbage collector's sight: a full collection would
        otherwise walk the models' ~230k objects now and then, in the middle of a question (110 ms)."""
        self.embedder.embed_query("warm up")
        load_pipelines(with_process=self.share_reading)
        if self.embedder.name == MINILM_NAME:
            ensure_verb_vectors()
        gc.collect()
        gc.freeze()

    def retrieve(
        self,
        question: str,
        *,
        top_k: int | None = None,
        filters: Filters | None = None,
        mode: str = "hybrid",
        asked_at: datetime | None = None,
    ) -> list[Passage]:
        """The passages hybrid retrieval ranks best for the question."""
        question = check_question(question)
        period = self._period(question, asked_at or datetime.now(UTC))
        passages, _ = self.retriever.retrieve(question, top_k, filters, mode=mode, period=period)
        return passages

    def ask(
        self,
        question: str,
        *,
        top_k: int | None = None,
        filters: Filters | None = None,
        asked_at: datetime | None = None,
    ) -> Answer:
        """An extractive answer: verbatim, cited sentences, or an abstention when nothing is relevant.
        A period the question names ("this week") is read against `asked_at` (default: now); a question
        that names none favours the last `recent_days` days."""
        question = check_question(question)
        helper = reading_process() if self.share_reading else None
        # The question is parsed (in the reading process, when it is free) while this thread retrieves.
        with CloseReading(question, helper, wait=self._reading_wait) as reading:
            period = self._period(question, asked_at or datetime.now(UTC))
            passages, query_vector = self.retriever.retrieve(question, top_k, filters, period=period)
            candidates = candidate_sentences(passages)
            if all(c.similarity is not None for c in candidates):
                # Every sentence has a vector from indexing: score them all, read the relevant best closely.
                scored = score_sentences(question, candidates, [c.similarity or 0.0 for c in candidates])[:SHORTLIST]
                reading.start([s.candidate for s in scored if is_relevant(s, self.settings.min_relevance)])
            else:  # an index written before sentence vectors were stored: embed a shortlist while it is read
                candidates = shortlist(question, candidates, passages, SHORTLIST)
                reading.start(candidates)
                vectors = self.embedder.embed_documents([c.text for c in candidates]) if candidates else None
                similarities = (vectors @ query_vector).tolist() if vectors is not None else []
                scored = score_sentences(question, candidates, similarities)
            # Verify quotes against the articles as stored now, not as they were when retrieval began.
            stored = self.store.get_articles([p.article.id for p in passages])
            analysis, found = reading.result()
        frames = self._rank(analysis, found, scored)
        answer = compose_answer(
            question, scored, min_relevance=self.settings.min_relevance, stored=stored, frames=frames, query=question
        )
        return replace(answer, period=period)

    def _period(self, question: str, asked_at: datetime) -> Period | None:
        """The publication period whose passages get their own rankings: the one the question names, else
        the last `recent_days` days (news questions are mostly about the latest news)."""
        if named := question_period(question, asked_at):
            return Period(*named, named=True)
        recent = recent_period(asked_at, self.settings.recent_days)
        return Period(*recent, named=False) if recent else None

    def _rank(self, analysis: QuestionAnalysis, found: Frames, scored: list[ScoredSentence]) -> list[RankedFrame]:
        """The frames of the relevant sentences that answer the question, best first, their actions compared
        with the question's."""
        actions = sorted({f.action for frames in found.values() for f in frames} - {analysis.action_phrase})
        similarity: dict[str, float] = {}
        if analysis.action and actions:
            vectors = self._action_vectors([analysis.action_phrase, *actions])
            similarity = {a: float(vectors[a] @ vectors[analysis.action_phrase]) for a in actions}
        ranked = []
        for i, sentence in enumerate(scored):
            if not is_relevant(sentence, self.settings.min_relevance):
                break  # scored is best first
            c = sentence.candidate
            ranked.extend((frame, i, sentence.score) for frame in found.get((c.article.id, c.start), []))
        return rank_frames(analysis, ranked, similarity)

    def _action_vectors(self, actions: list[str]) -> dict[str, np.ndarray]:
        """Vectors of "to <action>" phrases: from the verb table, else embedded (once per process) alone, so
        that none depends on what else the question brought."""
        table = load_verb_vectors() if self.embedder.name == MINILM_NAME else None
        found: dict[str, np.ndarray] = {}
        for action in dict.fromkeys(actions):
            vector = table.get(action) if table is not None else None
            # Read from the cache once: questions may be asked on several threads at once.
            if vector is None and (vector := self._action_cache.get(action)) is None:
                vector = self.embedder.embed_query(f"to {action}")
                if len(self._action_cache) > 10_000:
                    self._action_cache.clear()
                self._action_cache[action] = vector
            found[action] = vector
        return found


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


def ask(
    question: str,
    *,
    top_k: int = 5,
    filters: Filters | None = None,
    asked_at: datetime | None = None,
    settings: Settings | None = None,
) -> Answer:
    """Answer a question from the indexed articles with verbatim, cited passages."""
    return open_qa(settings).ask(question, top_k=top_k, filters=filters, asked_at=asked_at)
