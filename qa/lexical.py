"""BM25 over the same chunks as the dense index (bm25s), kept on disk beside the Chroma collection.

The index is rebuilt whole after each indexing run that changed something, written to a new folder, and
published by atomically replacing a small pointer file; readers notice the new pointer and reload. It
records the store fingerprint it was built from, so a stale one is detectable.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from qa.store import Filters

POINTER = "bm25.json"
# Anserini's defaults for news and web passages; a built index records them, and one built with others
# counts as stale (the next indexing run rebuilds it).
PARAMS = {"k1": 0.9, "b": 0.4}
_WORD = re.compile(r"(?u)\b\w\w+\b")
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "whose",
    ]
)


@functools.cache
def _stemmer() -> Any:  # Stemmer.Stemmer, imported lazily
    import Stemmer

    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words: the vocabulary BM25 and answer selection share."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]
    return _stemmer().stemWords(words)


@dataclass(frozen=True)
class ChunkInfo:
    """What the lexical side keeps per chunk to filter without asking Chroma."""

    chunk_id: str
    published_ts: int | None
    source: str


@dataclass(frozen=True)
class ScoreMatrix:
    """BM25 weights precomputed per (term, chunk), as bm25s saves them: a CSC matrix in .npy files and the
    vocabulary in JSON. A query's scores are the sums of its terms' columns, read here with numpy alone, so
    answering imports neither bm25s nor scipy (~0.6 s of a cold start); bm25s builds and writes them."""

    vocab: dict[str, int]
    data: np.ndarray  # the weights, column after column
    indices: np.ndarray  # the chunk of each weight
    indptr: np.ndarray  # where each term's column starts in data
    num_docs: int

    @classmethod
    def load(cls, folder: Path) -> ScoreMatrix:
        """The matrix bm25s saved in folder; ValueError for one scored other than Lucene's way."""
        import numpy as np

        params = json.loads((folder / "params.index.json").read_text())
        if params.get("method") != "lucene":  # others add a non-occurrence score to every chunk
            raise ValueError(f"BM25 method {params.get('method')!r} in {folder}, expected 'lucene'")
        return cls(
            vocab=json.loads((folder / "vocab.index.json").read_text()),
            data=np.load(folder / "data.csc.index.npy"),
            indices=np.load(folder / "indices.csc.index.npy"),
            indptr=np.load(folder / "indptr.csc.index.npy"),
            num_docs=int(params["num_docs"]),
        )

    def scores(self, query_terms: list[str]) -> np.ndarray:
        """Every chunk's BM25 score for the terms (each must be in the vocabulary; repeats count again)."""
        import numpy as np

        scores = np.zeros(self.num_docs, dtype=self.data.dtype)
        for term in query_terms:
            column = self.vocab[term]
            lo, hi = self.indptr[column], self.indptr[column + 1]
            scores[self.indices[lo:hi]] += self.data[lo:hi]  # a column names each chunk once
        return scores


@dataclass(frozen=True)
class _Loaded:
    """One published build, read whole; replaced in one assignment, so no search mixes two builds."""

    pointer: str
    fingerprint: str
    matrix: ScoreMatrix | None
    # Per chunk, in the matrix's row order: columns rather than ChunkInfo records (making 75k records took
    # ~0.2 s of a cold ask).
    chunk_ids: list[str]
    positions: dict[str, int]
    published_ts: Any  # int64, -1 where undated
    undated: Any  # bool
    sources: Any  # object (str)

    @classmethod
    def read(cls, data_dir: Path, pointer: dict[str, Any]) -> _Loaded:
        import numpy as np

        rows = json.loads((data_dir / "chunks.json").read_text())  # [chunk_id, published_ts, source], by build()
        chunk_ids = [chunk_id for chunk_id, _, _ in rows]
        published = [ts for _, ts, _ in rows]
        return cls(
            pointer=pointer["dir"],
            fingerprint=pointer.get("fingerprint", ""),
            matrix=ScoreMatrix.load(data_dir) if rows else None,
            chunk_ids=chunk_ids,
            positions=dict(zip(chunk_ids, range(len(rows)), strict=True)),
            published_ts=np.array([-1 if ts is None else ts for ts in published], dtype=np.int64),
            undated=np.array([ts is None for ts in published], dtype=bool),
            sources=np.array([source for _, _, source in rows], dtype=object),
        )


class LexicalIndex:
    """A loaded BM25 index with its chunk ids; reloads itself when a newer one is published."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._loaded: _Loaded | None = None
        self._loading = threading.Lock()

    @property
    def fingerprint(self) -> str:
        """The store fingerprint of the build loaded last ("" before one is)."""
        return self._loaded.fingerprint if self._loaded is not None else ""

    def chunk_ids(self) -> list[str]:
        """The chunks of the newest published build, in its order."""
        loaded = self._current()
        return list(loaded.chunk_ids) if loaded is not None else []

    def _current(self) -> _Loaded | None:
        """The newest published build, read once: a thread that asks while another reads it waits for that."""
        pointer = _read_pointer(self.folder)
        loaded = self._loaded
        if pointer is None or (loaded is not None and pointer.get("dir") == loaded.pointer):
            return loaded
        with self._loading:
            loaded = self._loaded
            if loaded is None or pointer.get("dir") != loaded.pointer:
                with contextlib.suppress(OSError, ValueError):  # being replaced right now: keep the one we have
                    self._loaded = loaded = _Loaded.read(self.folder / pointer["dir"], pointer)
            return loaded

    def search(self, query: str, n: int, filters: Filters | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) of the best n chunks that share a term with the query."""
        return self.search_each(query, n, [filters])[0]

    def search_each(self, query: str, n: int, each: list[Filters | None]) -> list[list[tuple[str, float]]]:
        """`search` under each of several filters, scoring the chunks once."""
        loaded = self._current()
        matrix = loaded.matrix if loaded is not None else None
        query_terms = [t for t in terms(query) if matrix is not None and t in matrix.vocab]
        if loaded is None or matrix is None or not query_terms:
            return [[] for _ in each]
        import numpy as np

        # Scores of every chunk and a partial sort: bm25s.retrieve does the same through a thread pool and a
        # progress bar, ~7x slower per query at 100k chunks.
        all_scores = matrix.scores(query_terms)
        found = []
        for filters in each:
            scores = all_scores
            if filters is not None and not filters.empty:
                scores = np.where(filters.accepts(loaded.published_ts, loaded.sources), scores, 0.0)
            k = min(n, len(scores))
            best = np.argpartition(-scores, k - 1)[:k]
            best = best[np.lexsort((best, -scores[best]))]  # by score, ties by position: deterministic
            found.append([(loaded.chunk_ids[d], float(scores[d])) for d in best if scores[d] > 0])
        return found

    def published_times(self, chunk_ids: list[str]) -> list[int | None]:
        """Each chunk's publication time (epoch seconds; None when undated or unknown here)."""
        loaded = self._current()
        if loaded is None:
            return [None] * len(chunk_ids)
        times: list[int | None] = []
        for chunk_id in chunk_ids:
            position = loaded.positions.get(chunk_id)
            dated = position is not None and not loaded.undated[position]
            times.append(int(loaded.published_ts[position]) if dated else None)
        return times

    def current_fingerprint(self) -> str:
        """The store fingerprint of the published index ("" when there is none, or its files are gone)."""
        pointer = _read_pointer(self.folder)
        if not pointer or not (self.folder / pointer.get("dir", "") / "chunks.json").is_file():
            return ""
        if pointer.get("params") != PARAMS:
            return ""
        return pointer.get("fingerprint", "")


def build(folder: Path, rows: Iterable[tuple[ChunkInfo, str]], fingerprint: str) -> int:
    """Build BM25 over (chunk info, text to index) rows, publish it atomically, remove older builds."""
    import bm25s

    folder.mkdir(parents=True, exist_ok=True)
    infos: list[ChunkInfo] = []
    corpus_terms: list[list[str]] = []
    for info, text in rows:
        infos.append(info)
        corpus_terms.append(terms(text))
    build_dir = Path(tempfile.mkdtemp(prefix="bm25-", dir=folder))
    if infos:
        bm25 = bm25s.BM25(**PARAMS)
        bm25.index(corpus_terms, show_progress=False)
        bm25.save(str(build_dir), show_progress=False)
    (build_dir / "chunks.json").write_text(json.dumps([[i.chunk_id, i.published_ts, i.source] for i in infos]))
    # The pointer must never name files that a crash could leave half written.
    for written in build_dir.iterdir():
        _fsync(written)
    _fsync(build_dir)
    _write_pointer(folder, {"dir": build_dir.name, "fingerprint": fingerprint, "chunks": len(infos), "params": PARAMS})
    for old in folder.glob("bm25-*"):
        if old != build_dir and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    return len(infos)


def _read_pointer(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / POINTER).read_text())
    except (OSError, ValueError):
        return None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_pointer(folder: Path, pointer: dict[str, Any]) -> None:
    tmp = folder / f".{POINTER}.{os.getpid()}"
    with open(tmp, "w") as out:
        json.dump(pointer, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, folder / POINTER)
    _fsync(folder)
