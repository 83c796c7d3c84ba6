"""The one module that talks to Chroma: the collection schema, and the conversion of Chroma's parallel
result lists into records.

Two collections. `chunks`: one record per chunk (document = chunk text, embedding = its vector; metadata
"sentences" packs each sentence's span and int8 vector, read in the chunk's context, as base64).
`articles`: one record per article (document = the clean article text, embedding = the normalized mean of
its chunks' vectors). An article record is written only after all its chunks, and deleted before them, so
it is the commit marker: chunks whose article record is missing, or carries another content hash, are
leftovers of an interrupted run and are never returned.

An embedded Chroma keeps its vector index in memory, so a reader reopens the store once another process has
written to it (the SQLite file changed and has been quiet for a moment); a Chroma server needs no such care.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from qa.errors import ArticleQAError, IndexMismatchError, NotFoundError
from qa.records import Article, Chunk

if TYPE_CHECKING:
    import numpy as np

    from qa.settings import Settings

ARTICLES = "articles"
CHUNKS = "chunks"
SCHEMA_VERSION = 1
_GET_PAGE = 5000
# An embedded Chroma caches its vector index in memory, so a process does not see what another process wrote
# until it opens the store again. Reopen once the file has been quiet this long (not mid-burst of writes).
REOPEN_QUIET_SECONDS = 1.0
# Candidates the HNSW search of the chunks explores per question. At Chroma's default of 100 the dev index's
# exact top 30 chunks came back 98.0% of the time, and the single best one was missed for 1 question in 200
# (which one depended on the process); at 400, 99.6% and none missed, for ~1 ms more per search.
SEARCH_EF = 400
CHANGED_MARKER = "chroma.changed"
# SQLite turns a write away ("database is locked", which no busy timeout covers) while another Chroma instance
# on the same file is writing: the server's while the indexer runs, or one this process opened a moment before.
# Every write here is an idempotent upsert, update, delete or setting, so it is tried again after these pauses.
LOCKED_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)


@dataclass(frozen=True)
class ArticleState:
    """What the indexer needs to decide add / update / unchanged without reading article texts."""

    article_id: str
    content_hash: str
    source_path: str
    source_sha: str


@dataclass(frozen=True)
class SentenceVectors:
    """A chunk's sentences, each embedded in the chunk's context: spans are offsets into the chunk's text,
    one normalized vector row per span."""

    spans: tuple[tuple[int, int], ...]
    vectors: np.ndarray


@dataclass(frozen=True)
class ArticleWrite:
    """One article to write: its chunks and their vectors (and their sentences' vectors, one entry per chunk,
    when given), the file version it came from, and whether it replaces an older version whose chunks must go."""

    article: Article
    chunks: Sequence[Chunk]
    embeddings: np.ndarray
    source_sha: str
    replaces: bool = False
    sentences: Sequence[SentenceVectors] = ()


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as stored: the content hash of the article version it was cut from, its vector, and its
    sentences' vectors (None in an index written before they were stored)."""

    chunk: Chunk
    content_hash: str
    embedding: np.ndarray
    sentences: SentenceVectors | None


@dataclass(frozen=True)
class Filters:
    """Restrict retrieval to a publication-time range (epoch seconds, inclusive) and to some outlets."""

    published_from: int | None = None
    published_to: int | None = None
    sources: tuple[str, ...] = ()

    def chroma_where(self) -> dict[str, Any] | None:
        """The same restriction as a Chroma `where` clause on chunk metadata."""
        clauses: list[dict[str, Any]] = []
        if self.published_from is not None:
            clauses.append({"published_ts": {"$gte": self.published_from}})
        if self.published_to is not None:
            clauses.append({"published_ts": {"$lte": self.published_to}})
        if self.sources:
            clauses.append({"source": {"$in": list(self.sources)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def accepts(self, published_ts: np.ndarray, sources: np.ndarray) -> np.ndarray:
        """Which chunks pass, as a boolean array, from their publication times (epoch seconds, -1 when
        undated) and outlets: the same restriction for the lexical side, without asking Chroma."""
        import numpy as np

        passes = np.ones(len(published_ts), dtype=bool)
        if self.published_from is not None:
            passes &= (published_ts >= 0) & (published_ts >= self.published_from)
        if self.published_to is not None:
            passes &= (published_ts >= 0) & (published_ts <= self.published_to)
        if self.sources:
            passes &= np.isin(sources, list(self.sources))
        return passes

    @property
    def empty(self) -> bool:
        return self.chroma_where() is None


class Store:
    """The Chroma side of the index (embedded PersistentClient, or a Chroma server by URL)."""

    def __init__(self, settings: Settings, *, embedder_name: str, dim: int) -> None:
        self.embedder_name = embedder_name
        self.dim = dim
        self.settings = settings
        self.location = settings.chroma_url or str(settings.db / "chroma")
        # A Chroma server is one process that sees every write; only the embedded store needs reopening. Writers
        # touch this marker after each commit. (Not chroma.sqlite3's own mtime: merely opening the store writes
        # to that file, so every reader in another process would make all the others reload their vectors.)
        self._db_file = None if settings.chroma_url else settings.db / CHANGED_MARKER
        self._reopen_lock = threading.Lock()
        self._seen_mtime = 0
        # Never adopt an instance this process opened earlier: it may predate another process's writes, and one
        # opened before the first vector reached the disk even fails ("Nothing found on disk") once there are some.
        self._handles = self._open(fresh=True)

    def _open(self, *, fresh: bool) -> tuple[Any, Any, Any]:
        client = _open_client(self.settings, fresh=fresh)
        metadata = {"embedder": self.embedder_name, "dim": self.dim, "schema": SCHEMA_VERSION}
        try:
            articles = _retrying(
                client.get_or_create_collection,
                ARTICLES,
                embedding_function=None,
                metadata=metadata,
                configuration={"hnsw": {"space": "cosine"}},
            )
            chunks = _retrying(
                client.get_or_create_collection,
                CHUNKS,
                embedding_function=None,
                metadata=metadata,
                configuration={"hnsw": {"space": "cosine", "ef_search": SEARCH_EF}},
            )
        except Exception as error:  # chromadb raises many kinds; say where it failed
            raise ArticleQAError(f"cannot open the Chroma index at {self.location}: {error}") from error
        self._check_embedder(chunks.metadata or {})
        self._seen_mtime = self._mtime()
        return client, articles, chunks

    def raise_search_ef(self) -> None:
        """Brings an index made with a smaller HNSW search (before SEARCH_EF) up to it: a setting of the
        collection, changed by a writer, that readers see once they reopen it."""
        chunks = self._chunks
        # The raw JSON: `configuration` warns that a collection without an embedding function is "legacy".
        if (chunks.configuration_json or {}).get("hnsw", {}).get("ef_search", SEARCH_EF) < SEARCH_EF:
            with warnings.catch_warnings():  # modify() reads the configuration that way too
                warnings.simplefilter("ignore", DeprecationWarning)
                _retrying(chunks.modify, configuration={"hnsw": {"ef_search": SEARCH_EF}})
            self._wrote()

    def _mtime(self) -> int:
        try:
            return os.stat(self._db_file).st_mtime_ns if self._db_file else 0
        except OSError:
            return 0

    def _changed_elsewhere(self) -> bool:
        mtime = self._mtime()
        return mtime != self._seen_mtime and time.time_ns() - mtime >= REOPEN_QUIET_SECONDS * 1e9

    def _current(self) -> tuple[Any, Any, Any]:
        """The client and collections, reopened first if another process has written since they were opened."""
        if self._db_file is not None and self._changed_elsewhere():
            with self._reopen_lock:
                if self._changed_elsewhere():
                    self._handles = self._open(fresh=True)
        return self._handles

    def _wrote(self) -> None:
        """Tell readers in other processes that the index changed; our own in-memory index has it already."""
        if self._db_file is not None:
            _mark_changed(self._db_file)
        self._seen_mtime = self._mtime()

    @property
    def _client(self) -> Any:
        return self._current()[0]

    @property
    def _articles(self) -> Any:
        return self._current()[1]

    @property
    def _chunks(self) -> Any:
        return self._current()[2]

    def _check_embedder(self, found: dict[str, Any]) -> None:
        if found.get("embedder") != self.embedder_name or found.get("dim") != self.dim:
            raise IndexMismatchError(
                f"the index at {self.location} was built with {found.get('embedder')} ({found.get('dim')} dimensions), "
                f"not {self.embedder_name} ({self.dim}); rebuild it with: article-qa index --rebuild PATH..."
            )

    # --- reading -----------------------------------------------------------------------------------

    def article_states(self) -> dict[str, ArticleState]:
        """Every indexed article's id, content hash and source file, from metadata only."""
        states = {}
        for ids, metas, _ in self._pages(self._articles, include=["metadatas"]):
            for article_id, meta in zip(ids, metas, strict=True):
                states[article_id] = ArticleState(
                    article_id, meta["content_hash"], meta.get("source_path", ""), meta.get("source_sha", "")
                )
        return states

    def fingerprint(self, states: dict[str, ArticleState] | None = None) -> str:
        """A digest of which article versions are committed; the lexical index records the one it was built from."""
        states = self.article_states() if states is None else states
        lines = sorted(f"{s.article_id}:{s.content_hash}" for s in states.values())
        return hashlib.sha1("\n".join(lines).encode()).hexdigest()

    def get_articles(self, ids: Sequence[str]) -> dict[str, Article]:
        """Committed articles by id (missing ids are left out)."""
        if not ids:
            return {}
        got = self._articles.get(ids=list(dict.fromkeys(ids)), include=["documents", "metadatas"])
        return {
            i: _article(i, doc, meta)
            for i, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }

    def get_article(self, article_id: str) -> Article:
        """One committed article, or NotFoundError."""
        found = self.get_articles([article_id])
        if article_id not in found:
            raise NotFoundError(f"no article with id {article_id!r} in the index")
        return found[article_id]

    def list_articles(self) -> list[dict[str, Any]]:
        """Id, title, outlet, publication time, chunk count and source file of every article (no texts)."""
        rows = []
        for ids, metas, _ in self._pages(self._articles, include=["metadatas"]):
            for article_id, meta in zip(ids, metas, strict=True):
                rows.append({"id": article_id, **{k: v for k, v in meta.items() if k != "source_sha"}})
        return sorted(rows, key=lambda r: (r.get("published_ts", 0), r["id"]), reverse=True)

    def get_chunks(self, ids: Sequence[str]) -> list[StoredChunk]:
        """The chunks of the ids that exist, in the given order."""
        if not ids:
            return []
        got = self._chunks.get(ids=list(ids), include=["documents", "metadatas", "embeddings"])
        by_id = {
            i: StoredChunk(_chunk(i, doc, meta), meta["content_hash"], emb, _unpack_sentences(meta, self.dim))
            for i, doc, meta, emb in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True)
        }
        return [by_id[i] for i in ids if i in by_id]

    def dense_search(self, vector: np.ndarray, n: int, filters: Filters | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the n nearest chunks."""
        # No count() first: it costs ~0.5 s at 75k chunks, and Chroma 1.5 returns fewer (or none) by itself.
        got = self._chunks.query(
            query_embeddings=[vector.tolist()],
            n_results=n,
            where=filters.chroma_where() if filters else None,
            include=["distances"],
        )
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)]

    def iter_chunk_texts(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """(chunk id, article id, content hash, metadata) with the chunk's text under "text", for every chunk."""
        for ids, metas, docs in self._pages(self._chunks, include=["metadatas", "documents"]):
            for chunk_id, meta, doc in zip(ids, metas, docs, strict=True):
                yield chunk_id, meta["article_id"], meta["content_hash"], {**meta, "text": doc}

    def counts(self) -> dict[str, int]:
        """Records in each collection."""
        _, articles, chunks = self._current()
        return {"articles": articles.count(), "chunks": chunks.count()}

    # --- writing -----------------------------------------------------------------------------------

    def put_articles(self, writes: Sequence[ArticleWrite], *, title_prefix: bool) -> None:
        """Write many articles in few Chroma calls: every chunk first, then the article records (the commit),
        then, for articles that replace an older version, that version's chunks."""
        import numpy as np

        if not writes:
            return
        client, article_records, chunk_records = self._current()
        ids, documents, metadatas, vectors = [], [], [], []
        for write in writes:
            base = {"article_id": write.article.id, "content_hash": write.article.content_hash}
            base.update(_filter_fields(write.article))
            sentences = write.sentences or [None] * len(write.chunks)
            for chunk, vector, chunk_sentences in zip(write.chunks, write.embeddings, sentences, strict=True):
                ids.append(chunk.id)
                documents.append(chunk.text)
                meta = {**base, "index": chunk.index, "start": chunk.start, "end": chunk.end}
                if chunk_sentences is not None:
                    meta["sentences"] = _pack_sentences(chunk_sentences)
                metadatas.append(meta)
                vectors.append(vector)
        batch = client.get_max_batch_size()
        for lo in range(0, len(ids), batch):
            hi = lo + batch
            _retrying(
                chunk_records.upsert,
                ids=ids[lo:hi],
                documents=documents[lo:hi],
                embeddings=np.asarray(vectors[lo:hi]),
                metadatas=metadatas[lo:hi],
            )
        now = int(time.time())
        records = [_article_record(w, indexed_at=now, title_prefix=title_prefix) for w in writes]
        for lo in range(0, len(writes), batch):
            part = writes[lo : lo + batch]
            _retrying(
                article_records.upsert,
                ids=[w.article.id for w in part],
                documents=[w.article.text for w in part],
                embeddings=np.asarray([_mean(w.embeddings) for w in part]),
                metadatas=records[lo : lo + batch],
            )
        for write in (w for w in writes if w.replaces):
            same, other = {"article_id": write.article.id}, {"content_hash": {"$ne": write.article.content_hash}}
            _retrying(chunk_records.delete, where={"$and": [same, other]})
        self._wrote()

    def touch_article(self, article_id: str, *, source_path: str, source_sha: str) -> None:
        """Record that an unchanged article now comes from this file version (no re-embedding)."""
        self.touch_articles([(article_id, source_path, source_sha)])

    def touch_articles(self, updates: Sequence[tuple[str, str, str]]) -> None:
        """touch_article for many (article id, source path, source sha) at once."""
        if not updates:
            return
        client, articles, _ = self._current()
        batch = client.get_max_batch_size()
        for lo in range(0, len(updates), batch):
            part = updates[lo : lo + batch]
            _retrying(
                articles.update,
                ids=[i for i, _, _ in part],
                metadatas=[{"source_path": p, "source_sha": sha} for _, p, sha in part],
            )
        self._wrote()

    def delete_article(self, article_id: str) -> None:
        """Remove an article: its record first (so it disappears at once), then its chunks."""
        _, articles, chunks = self._current()
        _retrying(articles.delete, ids=[article_id])
        _retrying(chunks.delete, where={"article_id": article_id})
        self._wrote()

    def remove_orphan_chunks(self, states: dict[str, ArticleState]) -> int:
        """Delete chunks left by an interrupted run (no committed article of their content hash)."""
        stale = [
            chunk_id
            for chunk_id, article_id, content_hash, _ in self.iter_chunk_texts()
            if states.get(article_id) is None or states[article_id].content_hash != content_hash
        ]
        _, _, chunks = self._current()
        for lo in range(0, len(stale), 1000):
            _retrying(chunks.delete, ids=stale[lo : lo + 1000])
        self._wrote()
        return len(stale)

    def _pages(self, collection: Any, include: list[str]) -> Iterator[tuple[list[str], list[Any], list[Any]]]:
        offset = 0
        while True:
            got = collection.get(include=include, limit=_GET_PAGE, offset=offset)
            if not got["ids"]:
                return
            yield got["ids"], got.get("metadatas") or [], got.get("documents") or [None] * len(got["ids"])
            offset += len(got["ids"])


def drop_collections(settings: Settings) -> None:
    """Delete both collections, whatever embedder built them (for `index --rebuild`)."""
    client = _open_client(settings)
    for name in (ARTICLES, CHUNKS):
        with contextlib.suppress(Exception):  # absent already is fine; chromadb's error types vary by version
            _retrying(client.delete_collection, name)
    if not settings.chroma_url:
        _mark_changed(settings.db / CHANGED_MARKER)


def _retrying(write: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """write(*args, **kwargs), tried again after each of LOCKED_PAUSES while SQLite says the database is locked."""
    for pause in LOCKED_PAUSES:
        try:
            return write(*args, **kwargs)
        except Exception as error:  # chromadb's InternalError, which it raises for many other things too
            if "database is locked" not in str(error):
                raise
        time.sleep(pause)
    return write(*args, **kwargs)


def _mark_changed(marker: Path) -> None:
    """Rewrite the change marker: readers in other processes reopen, and the no-op check knows a write came."""
    marker.write_text(str(time.time_ns()))


def change_marker(settings: Settings) -> str | None:
    """What the embedded index's change marker holds now (rewritten by every write; "" before the first),
    read without opening Chroma. None for a Chroma server, whose writes no marker records."""
    if settings.chroma_url:
        return None
    try:
        return (settings.db / CHANGED_MARKER).read_text()
    except FileNotFoundError:
        return ""


def _open_client(settings: Settings, *, fresh: bool = False) -> Any:
    """A Chroma client: HTTP to a server, or embedded. fresh: a new embedded instance that rereads the disk."""
    if settings.chroma_url:
        return _http_client(settings)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings.db.mkdir(parents=True, exist_ok=True)
    path = str(settings.db / "chroma")
    if fresh:
        # chromadb shares one instance per path within a process; forget ours so the next one loads anew.
        # Clients already handed out keep the old instance until they are dropped.
        from chromadb.api.shared_system_client import SharedSystemClient

        with SharedSystemClient._refcount_lock:
            SharedSystemClient._identifier_to_system.pop(path, None)
            SharedSystemClient._identifier_to_refcount.pop(path, None)
    return chromadb.PersistentClient(path=path, settings=ChromaSettings(anonymized_telemetry=False))


def _http_client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from chromadb.errors import ChromaError
    from chromadb.errors import NotFoundError as ChromaNotFoundError

    url = urlsplit(settings.chroma_url)
    host, ssl = url.hostname or "127.0.0.1", url.scheme == "https"
    port = url.port or (443 if ssl else 8000)
    database = settings.chroma_database or "default_database"
    try:
        try:
            return chromadb.HttpClient(
                host=host, port=port, ssl=ssl, settings=ChromaSettings(anonymized_telemetry=False), database=database
            )
        except ChromaNotFoundError:
            # A database of its own keeps one index apart from others on a shared server; made on first use.
            admin = chromadb.AdminClient(
                ChromaSettings(
                    anonymized_telemetry=False,
                    chroma_api_impl="chromadb.api.fastapi.FastAPI",
                    chroma_server_host=host,
                    chroma_server_http_port=port,
                    chroma_server_ssl_enabled=ssl,
                )
            )
            with contextlib.suppress(ChromaError):  # made by another process meanwhile
                admin.create_database(database)
            return chromadb.HttpClient(
                host=host, port=port, ssl=ssl, settings=ChromaSettings(anonymized_telemetry=False), database=database
            )
    except Exception as error:  # connection refused, TLS, HTTP errors: chromadb wraps them in many types
        raise ArticleQAError(f"cannot reach the Chroma server at {settings.chroma_url}: {error}") from error


def _filter_fields(article: Article) -> dict[str, Any]:
    """The chunk metadata that retrieval filters on: outlet and publication time."""
    published_ts, _ = _published(article.published)
    fields: dict[str, Any] = {"source": article.source}
    if published_ts is not None:
        fields["published_ts"] = published_ts
    return fields


def _article_record(write: ArticleWrite, *, indexed_at: int, title_prefix: bool) -> dict[str, Any]:
    article = write.article
    record = {
        "title": article.title,
        "url": article.url,
        "author": article.author,
        "published": _published(article.published)[1],
        "content_hash": article.content_hash,
        "source_path": article.source_path,
        "source_sha": write.source_sha,
        "chunks": len(write.chunks),
        "indexed_at": indexed_at,
        "title_prefix": title_prefix,
        **_filter_fields(article),
    }
    return record


def _mean(embeddings: np.ndarray) -> np.ndarray:
    """The normalized mean of an article's chunk vectors: the article's own vector."""
    import numpy as np

    mean = np.asarray(embeddings, dtype=np.float32).mean(axis=0)
    return mean / (np.linalg.norm(mean) or 1.0)


def _sentence_dtype(dim: int) -> np.dtype:
    """One packed sentence: its span in the chunk, and its vector as int8 times a per-vector scale."""
    import numpy as np

    return np.dtype([("start", "<u4"), ("end", "<u4"), ("scale", "<f4"), ("vector", "i1", (dim,))])


def _pack_sentences(sentences: SentenceVectors) -> str:
    """The sentences as base64 of packed records; spans without a vector (no whole token) are left out.
    int8 with a per-vector scale keeps cosine similarities within ~0.001 at a quarter of float32's size."""
    import numpy as np

    vectors = np.asarray(sentences.vectors, dtype=np.float32)
    peak = np.abs(vectors).max(axis=1) if len(vectors) else np.zeros(0, dtype=np.float32)
    keep = peak > 0
    records = np.zeros(int(keep.sum()), dtype=_sentence_dtype(vectors.shape[1]))
    spans = np.array(sentences.spans, dtype=np.int64).reshape(-1, 2)[keep]
    records["start"], records["end"] = spans[:, 0], spans[:, 1]
    records["scale"] = peak[keep] / 127
    records["vector"] = np.round(vectors[keep] / records["scale"][:, None])
    return base64.b64encode(records.tobytes()).decode("ascii")


def _unpack_sentences(meta: dict[str, Any], dim: int) -> SentenceVectors | None:
    import numpy as np

    if "sentences" not in meta:
        return None
    records = np.frombuffer(base64.b64decode(meta["sentences"]), dtype=_sentence_dtype(dim))
    spans = tuple(zip(records["start"].tolist(), records["end"].tolist(), strict=True))
    vectors = records["vector"].astype(np.float32)
    return SentenceVectors(spans, vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12))


def _published(published: datetime | None) -> tuple[int | None, str]:
    if published is None:
        return None, ""
    return int(published.timestamp()), published.isoformat()


def _article(article_id: str, text: str, meta: dict[str, Any]) -> Article:
    published = datetime.fromisoformat(meta["published"]) if meta.get("published") else None
    return Article(
        id=article_id,
        title=meta.get("title", ""),
        text=text,
        content_hash=meta["content_hash"],
        source=meta.get("source", ""),
        url=meta.get("url", ""),
        author=meta.get("author", ""),
        published=published,
        source_path=meta.get("source_path", ""),
    )


def _chunk(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        id=chunk_id, article_id=meta["article_id"], index=meta["index"], start=meta["start"], end=meta["end"], text=text
    )
