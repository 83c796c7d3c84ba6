"""The question-answering entry points: `ask()` and the `QA` object that holds an open index."""

from __future__ import annotations

import functools
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from qa.compose import (
    Candidate,
    ScoredSentence,
    candidate_sentences,
    compose_answer,
    is_relevant,
    score_sentences,
    shortlist,
)
from qa.embedder import Embedder, get_embedder, get_pipeline
from qa.errors import QuestionError
from qa.frames import EventFrame, RankedFrame, extract_frames, rank_frames
from qa.lexical import LexicalIndex
from qa.question import QuestionAnalysis, analyze_question, question_period, recent_period
from qa.records import Answer, Article, Passage, Period
from qa.retrieve import Retriever
from qa.sentences import sentence_spans
from qa.settings import Settings
from qa.store import Filters, Store
from qa.timex import TimeExpression, mentions_time, tag_times

if TYPE_CHECKING:
    import numpy as np

MAX_QUESTION_CHARS = 2000
TIME_CONTEXT_CHARS = 600  # text before a sentence read for the anchors of its relative times
SHORTLIST = 5  # candidate sentences read closely per question: each is parsed (~10 ms apiece)


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
        # spaCy reads on a thread of its own: the question while this thread retrieves, then the sentences
        # read closely (on an index without sentence vectors, while this thread embeds them).
        spacy = _spacy_thread()
        analysis = spacy.submit(lambda: analyze_question(get_pipeline()(question)))
        period = self._period(question, asked_at or datetime.now(UTC))
        passages, query_vector = self.retriever.retrieve(question, top_k, filters, period=period)
        candidates = candidate_sentences(passages)
        if all(c.similarity is not None for c in candidates):
            # Every sentence has a vector from indexing: score them all, read the best closely.
            scored = score_sentences(question, candidates, [c.similarity or 0.0 for c in candidates])[:SHORTLIST]
            reading = spacy.submit(self._read, analysis, [s.candidate for s in scored])
        else:  # an index written before sentence vectors were stored: embed a shortlist while spaCy reads it
            candidates = shortlist(question, candidates, passages, SHORTLIST)
            reading = spacy.submit(self._read, analysis, candidates)
            vectors = self.embedder.embed_documents([c.text for c in candidates]) if candidates else None
            similarities = (vectors @ query_vector).tolist() if vectors is not None else []
            scored = score_sentences(question, candidates, similarities)
        frames = reading.result().rank(scored, self.settings.min_relevance)
        # Verify quotes against the articles as stored now, not as they were when retrieval began.
        stored = self.store.get_articles([p.article.id for p in passages])
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

    def _read(self, question: Future[QuestionAnalysis], candidates: list[Candidate]) -> Reading:
        """Each candidate's event frames and how close their actions are to the question's. Runs on the
        spaCy thread, after the question's analysis (the thread takes its tasks in order)."""
        nlp = get_pipeline()
        analysis = question.result()
        frames: dict[tuple[str, int], list[EventFrame]] = {}
        for candidate, doc in zip(candidates, nlp.pipe(c.text for c in candidates), strict=True):
            times = sentence_times(candidate.article, candidate.start, candidate.end)
            found = extract_frames(doc, article_id=candidate.article.id, offset=candidate.start, times=times)
            frames[candidate.article.id, candidate.start] = found
        actions = sorted({f.action for found in frames.values() for f in found} - {analysis.action_phrase})
        similarity: dict[str, float] = {}
        if analysis.action and actions:
            vectors = self._action_vectors([analysis.action_phrase, *actions])
            similarity = {a: float(vectors[a] @ vectors[analysis.action_phrase]) for a in actions}
        return Reading(analysis, frames, similarity)

    def _action_vectors(self, actions: list[str]) -> dict[str, np.ndarray]:
        """Vectors of "to <action>" phrases; the same verbs recur, so they are embedded once per process."""
        missing = [a for a in dict.fromkeys(actions) if a not in self._action_cache]
        if missing:
            if len(self._action_cache) > 10_000:
                self._action_cache.clear()
            vectors = self.embedder.embed_documents([f"to {a}" for a in missing])
            self._action_cache.update(zip(missing, vectors, strict=True))
        return {a: self._action_cache[a] for a in actions}


@dataclass(frozen=True)
class Reading:
    """What spaCy read in a question and its candidate sentences (keyed by article id and start)."""

    question: QuestionAnalysis
    frames: dict[tuple[str, int], list[EventFrame]]
    action_similarity: dict[str, float]

    def rank(self, scored: list[ScoredSentence], min_relevance: float) -> list[RankedFrame]:
        """The frames of the relevant sentences, best answer first."""
        found = []
        for i, sentence in enumerate(scored):
            if not is_relevant(sentence, min_relevance):
                break  # scored is best first
            c = sentence.candidate
            found.extend((frame, i, sentence.score) for frame in self.frames.get((c.article.id, c.start), []))
        return rank_frames(self.question, found, self.action_similarity)


@functools.cache
def _spacy_thread() -> ThreadPoolExecutor:
    """The one thread that runs spaCy and owns the action-vector cache (neither is shared between threads)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="article-qa-spacy")


def sentence_times(article: Article, start: int, end: int) -> list[TimeExpression]:
    """The time expressions of the sentence at article.text[start:end] (offsets into the article), resolved
    against the publication time and the sentences just before it ("On Sunday ... A day earlier ...").
    Not the whole article: tagging one takes ~35 ms on average and up to ~250 ms for a long one."""
    if article.published is None or not mentions_time(article.text[start:end]):
        return []  # no time in the sentence (most have none): its context cannot add one
    context = _context_start(article.text, start)
    found = _tag_times(article.text[context:end], article.published)
    return [replace(t, start=t.start + context, end=t.end + context) for t in found if t.start + context >= start]


@functools.lru_cache(maxsize=1024)
def _tag_times(text: str, published: datetime) -> list[TimeExpression]:
    return tag_times(text, published)


def _context_start(text: str, start: int) -> int:
    """Where the whole sentences within TIME_CONTEXT_CHARS before `start` begin (`start` when none fits)."""
    if start <= TIME_CONTEXT_CHARS:
        return 0
    before = sentence_spans(text[start - TIME_CONTEXT_CHARS : start])
    return start - TIME_CONTEXT_CHARS + before[1][0] if len(before) > 1 else start  # the first may be cut


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
