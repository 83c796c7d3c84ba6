"""Close reading: the question and the best candidate sentences parsed by spaCy, the time expressions those
sentences state, and the event frames read off them.

spaCy holds the GIL while it parses, so a second thread would only take turns with the first. Reading runs
instead on this process's spaCy thread and, once it is up, in a reading process beside it: the question is
parsed there while this process retrieves, and the sentences are split between the two so both CPU cores
parse. When the reading process is busy (another question), not yet loaded, or gone, this process reads
everything itself; the answer is the same either way.
"""

from __future__ import annotations

import atexit
import functools
import socket
import subprocess
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa.embedder import get_pipeline, pipeline_loaded
from qa.frames import EventFrame, extract_frames
from qa.question import QuestionAnalysis, analyze_question
from qa.sentences import sentence_spans
from qa.timex import TimeExpression, mentions_time, tag_times

if TYPE_CHECKING:
    from datetime import datetime

    from qa.compose import Candidate
    from qa.records import Article

TIME_CONTEXT_CHARS = 600  # text before a sentence read for the anchors of its relative times
REPLY_SECONDS = 30.0  # a reading process silent this long is taken for stuck and stopped

Frames = dict[tuple[str, int], list[EventFrame]]  # a sentence's frames, keyed by (article id, start offset)


def read_frames(nlp: Any, candidates: list[Candidate]) -> Frames:
    """The event frames of each candidate sentence, parsed by `nlp` and dated by the times it states."""
    frames: Frames = {}
    for candidate, doc in zip(candidates, nlp.pipe(c.text for c in candidates), strict=True):
        times = sentence_times(candidate.article, candidate.start, candidate.end)
        found = extract_frames(doc, article_id=candidate.article.id, offset=candidate.start, times=times)
        frames[candidate.article.id, candidate.start] = found
    return frames


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


def split_by_length(candidates: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Two shares of about equal text (parsing time grows with it), the longest sentences placed first."""
    shares: tuple[list[Candidate], list[Candidate]] = ([], [])
    sizes = [0, 0]
    for candidate in sorted(candidates, key=lambda c: c.start - c.end):
        side = 0 if sizes[0] < sizes[1] else 1
        shares[side].append(candidate)
        sizes[side] += candidate.end - candidate.start
    return shares


@functools.cache
def spacy_thread() -> ThreadPoolExecutor:
    """The one thread of this process that runs spaCy (a pipeline is not to be shared between threads)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="article-qa-spacy")


class ReadingProcessGone(Exception):
    """The reading process stopped answering; what it was asked is read in this process instead."""


class ReadingProcess:
    """A process with its own spaCy pipeline that analyzes questions and reads sentences on request.

    One question uses it at a time: `claim()` it (False while it loads or serves another question), send
    requests, receive each reply in order, then `release()` it.
    """

    def __init__(self) -> None:
        # A fresh interpreter, not multiprocessing: its spawn re-runs the caller's main script (a user's
        # script that calls ask() at top level would run twice), and fork copies this process's threads.
        ours, theirs = socket.socketpair()
        root = str(Path(__file__).resolve().parent.parent)
        code = f"import sys; sys.path.insert(0, {root!r}); import qa.reading as r; r.serve({theirs.fileno()})"
        self._process = subprocess.Popen(
            [sys.executable, "-c", code],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C in the terminal is for this process; the reader ends on EOF
        )
        theirs.close()
        self._conn = Connection(ours.detach())
        atexit.register(self.close)
        self._ready = False
        self._gone = False
        self._lock = threading.Lock()

    @property
    def pid(self) -> int:
        return self._process.pid

    def claim(self, wait: float = 0.0) -> bool:
        """Whether this caller now holds the process (it is loaded, alive and not serving another question),
        waiting up to `wait` seconds for it to finish loading."""
        if self._gone or not self._lock.acquire(blocking=False):
            return False
        try:
            if not self._ready and self._conn.poll(wait):
                self._ready = self._conn.recv() == "ready"
        except (EOFError, OSError):
            self._stop()
        if self._ready and not self._gone:
            return True
        self._lock.release()
        return False

    def release(self) -> None:
        self._lock.release()

    def wait_ready(self, timeout: float) -> bool:
        """Whether the process has loaded its pipeline within `timeout` seconds (for benches and tests)."""
        if self.claim(wait=timeout):
            self.release()
            return True
        return False

    def send(self, kind: str, payload: Any) -> None:
        """A request: ("analyze", question text) or ("read", candidates)."""
        try:
            self._conn.send((kind, payload))
        except (OSError, ValueError) as error:
            self._stop()
            raise ReadingProcessGone(str(error)) from None

    def receive(self) -> Any:
        """The reply to the oldest request not yet answered (an exception the request raised there, as is)."""
        try:
            if not self._conn.poll(REPLY_SECONDS):
                self._stop()
                raise ReadingProcessGone(f"no reply in {REPLY_SECONDS:.0f} s")
            return self._conn.recv()
        except (EOFError, OSError) as error:
            self._stop()
            raise ReadingProcessGone(str(error)) from None

    def close(self) -> None:
        """Stops the process (done at exit too; it also ends by itself when this process's end of the pipe
        closes)."""
        self._stop()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()

    def _stop(self) -> None:
        self._gone = True
        if self._process.poll() is None:
            self._process.terminate()
        self._conn.close()


@functools.cache
def reading_process() -> ReadingProcess | None:
    """The process-wide reading process, started on first use (it loads spaCy in ~2 s, meanwhile unused);
    None where one cannot be started (no fd passing, as on Windows): questions are then read here."""
    try:
        return ReadingProcess()
    except (OSError, ValueError):
        return None


def load_pipelines(*, with_process: bool) -> None:
    """Loads this process's pipeline and, if asked, starts the reading process (which loads its own)."""
    if with_process:
        reading_process()  # starts loading now, beside this process's own pipeline
    spacy_thread().submit(get_pipeline).result()


def serve(fd: int) -> None:
    """The reading process: loads spaCy, says so on the socket `fd`, then answers requests until it closes."""
    conn = Connection(fd)
    nlp = get_pipeline()
    nlp("Warm up the pipeline.")
    conn.send("ready")
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: Any = analyze_question(nlp(payload)) if kind == "analyze" else read_frames(nlp, payload)
        except Exception as error:  # sent back, raised where the request was made
            reply = RuntimeError(f"the reading process failed: {error!r}")
        conn.send(reply)


class CloseReading:
    """One question's close reading, shared with the reading process when it can be claimed.

    Used as a context manager: on leaving, replies still owed are collected and the process is released.
    """

    def __init__(self, question: str, helper: ReadingProcess | None, *, wait: float = 0.0) -> None:
        """`wait`: seconds to wait, once the candidates are known, for a reading process still loading (a
        one-shot ask: it loads while this process retrieves); 0 to read here if it is not ready now."""
        self._question = question
        self._owed = 0
        self._theirs: list[Candidate] = []
        self._mine: list[Candidate] = []
        self._analysis: Future[QuestionAnalysis] | None = None
        self._helper = helper if helper is not None and helper.claim() else None
        self._loading = helper if self._helper is None and wait > 0 else None
        self._wait = wait
        if self._loading is None:
            self._analyze_question()

    def start(self, candidates: list[Candidate]) -> None:
        """Hands the reading process its share of the candidate sentences (call once, as soon as they are
        known); this process reads the rest in `result()`. Where this process has not loaded spaCy (a
        one-shot ask), the reading process reads them all."""
        if self._loading is not None:
            self._helper = self._loading if self._loading.claim(self._wait) else None
            self._loading = None
            self._analyze_question()
        self._mine = candidates
        if self._helper is not None and candidates:
            mine, theirs = split_by_length(candidates) if pipeline_loaded() else ([], candidates)
            if self._ask_helper("read", theirs):
                self._mine, self._theirs = mine, theirs

    def result(self) -> tuple[QuestionAnalysis, Frames]:
        """The question's analysis and the frames of every candidate started. This thread waits while the
        spaCy thread reads (work meanwhile would only contend with it for the GIL)."""
        analysis = self._analysis.result() if self._analysis is not None else self._from_helper()
        if analysis is None:  # the reading process went away before analyzing the question
            analysis = spacy_thread().submit(_analyze, self._question).result()
        frames = spacy_thread().submit(_read_here, self._mine).result()
        if self._theirs:
            theirs = self._from_helper()
            frames |= theirs if theirs is not None else spacy_thread().submit(_read_here, self._theirs).result()
        return analysis, frames

    def __enter__(self) -> CloseReading:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._helper is None:
            return
        try:
            while self._owed:
                try:
                    if self._from_helper() is None:
                        break
                except Exception:  # a failed request's reply: already counted, and not wanted now
                    continue
        finally:
            self._helper.release()
            self._helper = None

    def _analyze_question(self) -> None:
        if self._helper is None or not self._ask_helper("analyze", self._question):
            self._analysis = spacy_thread().submit(_analyze, self._question)

    def _ask_helper(self, kind: str, payload: Any) -> bool:
        try:
            self._helper.send(kind, payload)  # type: ignore[union-attr]
        except ReadingProcessGone:
            return False
        self._owed += 1
        return True

    def _from_helper(self) -> Any:
        """The helper's next reply; None once it has gone (what it owed is then read here)."""
        if self._helper is None or not self._owed:
            return None
        try:
            reply = self._helper.receive()
        except ReadingProcessGone:
            self._owed = 0
            return None
        self._owed -= 1
        if isinstance(reply, BaseException):
            raise reply
        return reply


def _analyze(question: str) -> QuestionAnalysis:
    return analyze_question(get_pipeline()(question))


def _read_here(candidates: list[Candidate]) -> Frames:
    return read_frames(get_pipeline(), candidates) if candidates else {}
