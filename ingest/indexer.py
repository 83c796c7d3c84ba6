"""Incremental indexing: add new articles, replace changed ones, skip unchanged ones without loading the
model, prune those whose files are gone. One writer at a time (a file lock beside the index)."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.chunking import chunk_article
from ingest.readers import find_files, read_file
from qa.api import lexical_folder
from qa.embedder import Embedder, get_embedder
from qa.errors import IndexBusyError, InputError
from qa.lexical import ChunkInfo, build
from qa.records import Article, Chunk
from qa.sentences import sentence_spans
from qa.settings import Settings
from qa.store import ArticleState, ArticleWrite, SentenceVectors, Store, change_marker, drop_collections

if TYPE_CHECKING:
    from filelock import FileLock

Progress = Callable[[int, int], None]
EMBED_GROUP = 256  # chunks embedded and committed together; bounds what a crash can lose
_DIRTY = "index.dirty"
_MANIFEST = "files.json"  # the files the index holds, as of the last run; lets a no-op run skip Chroma


@dataclass
class IndexReport:
    """What one indexing run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    rejected: list[InputError] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line: added, updated, unchanged, removed, rejected."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {self.unchanged} unchanged, "
            f"{len(self.removed)} removed, {len(self.rejected)} rejected "
            f"({self.chunks} chunks embedded, {self.seconds:.1f} s)"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "rejected": [str(e) for e in self.rejected],
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class _Work:
    article: Article
    source_sha: str  # "" while other articles of its file are still to be committed
    is_update: bool
    # (article id, source path, source sha) to record once this, the last of its file's articles, is committed.
    # A file's sha marks it as fully indexed, so a rerun after a crash does not skip a half-indexed feed.
    finish: tuple[tuple[str, str, str], ...] = ()
    # Articles its file held before and holds no more (an edited text without a URL gets a new id), removed
    # only after the new ones are in, so a crash can leave both versions for a moment but never neither.
    retire: tuple[str, ...] = ()


def write_lock(settings: Settings, timeout: float = 0) -> FileLock:
    """The lock a writer holds on the index; IndexBusyError when another process holds it."""
    from filelock import FileLock, Timeout

    settings.db.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.db / "index.lock"))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise IndexBusyError(
            f"another article-qa process is indexing into {settings.db}; wait for it to finish and try again"
        ) from None
    return lock


def index_paths(
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    prune: bool = False,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> IndexReport:
    """Bring the index in line with the articles under `paths`."""
    started = time.perf_counter()
    embedder = embedder or get_embedder(settings.embedder)
    report = IndexReport()
    paths = list(paths)
    lock = write_lock(settings)
    try:
        unchanged = None if prune else _unchanged_files(paths, settings, embedder)
        if unchanged is not None:
            report.unchanged = unchanged
        else:
            _index_locked(paths, settings, prune, embedder, report, progress)
    finally:
        lock.release()
    report.seconds = time.perf_counter() - started
    return report


def _index_locked(
    paths: list[str | Path],
    settings: Settings,
    prune: bool,
    embedder: Embedder,
    report: IndexReport,
    progress: Progress | None,
) -> None:
    store = Store(settings, embedder_name=embedder.name, dim=embedder.dim)
    store.raise_search_ef()
    states = store.article_states()
    dirty = settings.db / _DIRTY
    if dirty.exists():  # the last run was interrupted: drop what it half wrote
        store.remove_orphan_chunks(states)
    work = _plan(paths, settings, store, states, report)
    if prune:
        _prune(store, states, report)
    if work:
        dirty.touch()
        _embed_and_write(work, settings, store, embedder, report, progress)
    states, fingerprint = _refresh_lexical(store, settings)
    dirty.unlink(missing_ok=True)
    _write_manifest(settings, embedder, states, fingerprint)


def _unchanged_files(paths: list[str | Path], settings: Settings, embedder: Embedder) -> int | None:
    """How many articles the files hold when a run would change nothing, decided without opening Chroma
    (importing it alone takes a second): nobody has written to the index since the last run finished, BM25
    is the one that run built, and every file has the bytes it had then. None when that is not certain."""
    from qa.lexical import LexicalIndex

    marker = change_marker(settings)
    try:
        manifest = json.loads((settings.db / _MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    if (
        marker is None
        or manifest.get("marker") != marker
        or manifest.get("embedder") != embedder.name
        or (settings.db / _DIRTY).exists()
        or LexicalIndex(lexical_folder(settings)).current_fingerprint() != manifest.get("fingerprint")
    ):
        return None
    files, errors = find_files(paths)
    known = manifest.get("files", {})
    if errors or not files:
        return None
    count = 0
    for file in files:
        name = source_key(file)
        entry = known.get(name)
        try:
            if entry is None or _file_sha(Path(name)) != entry[0]:
                return None
        except OSError:
            return None
        count += entry[1]
    return count


def _write_manifest(settings: Settings, embedder: Embedder, states: dict[str, ArticleState], fingerprint: str) -> None:
    """Record, for the next run, each file whose articles are all committed from its current bytes."""
    by_path: dict[str, list[ArticleState]] = {}
    for state in states.values():
        if state.source_path:
            by_path.setdefault(source_key(state.source_path), []).append(state)
    files = {
        path: [found[0].source_sha, len(found)]
        for path, found in by_path.items()
        if found[0].source_sha and all(s.source_sha == found[0].source_sha for s in found)
    }
    manifest = {"marker": change_marker(settings), "embedder": embedder.name, "fingerprint": fingerprint}
    temporary = settings.db / f"{_MANIFEST}.tmp"
    temporary.write_text(json.dumps({**manifest, "files": files}))
    os.replace(temporary, settings.db / _MANIFEST)


def _forget_manifest(settings: Settings) -> None:
    (settings.db / _MANIFEST).unlink(missing_ok=True)


def rebuild(settings: Settings) -> None:
    """Drop the whole index (both collections and BM25) so it can be built again."""
    import shutil

    lock = write_lock(settings)
    try:
        _forget_manifest(settings)
        drop_collections(settings)
        shutil.rmtree(lexical_folder(settings), ignore_errors=True)
    finally:
        lock.release()


def remove_articles(ids: Iterable[str], settings: Settings, *, embedder: Embedder | None = None) -> list[str]:
    """Delete articles by id; returns the ids that were there. NotFoundError for an unknown id."""
    embedder = embedder or get_embedder(settings.embedder)
    lock = write_lock(settings)
    try:
        _forget_manifest(settings)
        store = Store(settings, embedder_name=embedder.name, dim=embedder.dim)
        removed = []
        for article_id in ids:
            store.get_article(article_id)
            store.delete_article(article_id)
            removed.append(article_id)
        _refresh_lexical(store, settings)
        return removed
    finally:
        lock.release()


def source_key(path: str | Path) -> str:
    """One file whatever path reached it: the working folder, or a symlink on the way (a folder of articles
    linked into the home folder is the same folder)."""
    return os.path.realpath(path)


def _plan(
    paths: Iterable[str | Path], settings: Settings, store: Store, states: dict[str, ArticleState], report: IndexReport
) -> list[_Work]:
    files, errors = find_files(paths)
    report.rejected.extend(errors)
    by_path: dict[str, list[ArticleState]] = {}
    for state in states.values():
        if state.source_path:
            by_path.setdefault(source_key(state.source_path), []).append(state)
    max_bytes = int(settings.max_file_mb * 1_000_000)
    work: list[_Work] = []
    claimed: dict[str, tuple[str, str]] = {}  # article id -> (file that yielded it in this run, content hash)
    retire_now: list[str] = []
    for file in files:
        file = Path(source_key(file))
        name = str(file)
        try:
            sha = _file_sha(file)
        except OSError as error:
            report.rejected.append(InputError(name, error.strerror or str(error)))
            continue
        known = by_path.get(name, [])
        if known and all(s.source_sha == sha for s in known):
            report.unchanged += len(known)  # same bytes as last time: not even parsed
            claimed.update((s.article_id, (name, s.content_hash)) for s in known)
            continue
        result = read_file(file, max_bytes=max_bytes, max_feed_bytes=int(settings.max_feed_mb * 1_000_000))
        report.rejected.extend(result.errors)
        yielded = {a.id for a in result.articles}
        # A file that now fails to read (wholly or in part) retires nothing: what it gave before is kept.
        retire = () if result.errors else tuple(s.article_id for s in known if s.article_id not in yielded)
        file_work: list[_Work] = []
        touches: list[tuple[str, str, str]] = []
        for article in result.articles:
            if article.id in claimed:
                first, first_hash = claimed[article.id]
                reason = (
                    f"duplicate of article {article.id} already read from {first}"
                    if first_hash == article.content_hash
                    else f"another version of article {article.id} (same URL, different text) was already read "
                    f"from {first} in this run; that one is kept"
                )
                report.rejected.append(InputError(name, reason))
                continue
            claimed[article.id] = (name, article.content_hash)
            old = states.get(article.id)
            if (
                old
                and old.source_path
                and source_key(old.source_path) != name
                and Path(old.source_path).exists()
                and old.content_hash == article.content_hash
            ):
                report.rejected.append(
                    InputError(name, f"duplicate of article {article.id} already indexed from {old.source_path}")
                )
                continue
            if old and old.content_hash == article.content_hash:
                report.unchanged += 1
                if old.source_sha != sha or old.source_path != name:
                    touches.append((article.id, name, sha))
                continue
            file_work.append(_Work(article, sha, is_update=old is not None))
        if not file_work:
            store.touch_articles(touches)
            retire_now.extend(retire)
        elif len(file_work) == 1 and not touches:
            # A one-article file is complete the moment its article is.
            work.append(_Work(file_work[0].article, sha, file_work[0].is_update, retire=retire))
        else:
            finish = tuple(touches) + tuple((w.article.id, name, sha) for w in file_work)
            pending = [_Work(w.article, "", w.is_update) for w in file_work]
            pending[-1] = _Work(pending[-1].article, "", pending[-1].is_update, finish, retire)
            work.extend(pending)
    # An article that left one file for another file of this run is moved, not retired.
    _retire(store, [i for i in retire_now if i not in claimed], report)
    return [replace(w, retire=tuple(i for i in w.retire if i not in claimed)) if w.retire else w for w in work]


def _retire(store: Store, article_ids: Iterable[str], report: IndexReport) -> None:
    for article_id in article_ids:
        store.delete_article(article_id)
        report.removed.append(article_id)


def _prune(store: Store, states: dict[str, ArticleState], report: IndexReport) -> None:
    for state in states.values():
        if state.source_path and not Path(state.source_path).exists():
            store.delete_article(state.article_id)
            report.removed.append(state.article_id)


def _embed_and_write(
    work: list[_Work],
    settings: Settings,
    store: Store,
    embedder: Embedder,
    report: IndexReport,
    progress: Progress | None,
) -> None:
    total = len(work)
    done = 0
    group: list[tuple[_Work, list[Chunk]]] = []
    group_chunks = 0
    for item in work:
        chunks = fit_chunks(item.article, embedder, max_tokens=settings.chunk_tokens, overlap=settings.chunk_overlap)
        group.append((item, chunks))
        group_chunks += len(chunks)
        if group_chunks >= EMBED_GROUP:
            done += _write_group(group, store, embedder, report)
            group, group_chunks = [], 0
            if progress:
                progress(done, total)
    if group:
        done += _write_group(group, store, embedder, report)
        if progress:
            progress(done, total)


def _write_group(group: list[tuple[_Work, list[Chunk]]], store: Store, embedder: Embedder, report: IndexReport) -> int:
    # Each chunk's sentences get vectors from the chunk's own model run (read in context, at no extra cost),
    # so answering a question scores every sentence of its passages without running the model again.
    texts, prefixes, chunk_spans = [], [], []
    for item, chunks in group:
        for chunk in chunks:
            texts.append(embedding_text(item.article, chunk))
            prefixes.append(len(texts[-1]) - len(chunk.text))
            chunk_spans.append(tuple(sentence_spans(chunk.text)))
    shifted = [[(p + start, p + end) for start, end in spans] for p, spans in zip(prefixes, chunk_spans, strict=True)]
    vectors, span_vectors = embedder.embed_in_context(texts, shifted)
    sentences = [SentenceVectors(s, v) for s, v in zip(chunk_spans, span_vectors, strict=True)]
    writes, offset = [], 0
    for item, chunks in group:
        end = offset + len(chunks)
        writes.append(
            ArticleWrite(
                item.article, chunks, vectors[offset:end], item.source_sha, item.is_update, sentences[offset:end]
            )
        )
        offset = end
    store.put_articles(writes, title_prefix=True)
    for item, _ in group:
        if item.finish:
            store.touch_articles(item.finish)
        _retire(store, item.retire, report)
        (report.updated if item.is_update else report.added).append(item.article.id)
    report.chunks += offset
    return len(group)


def embedding_text(article: Article, chunk: Chunk) -> str:
    """What gets embedded and BM25-indexed for a chunk: the article's title, then the chunk."""
    return f"{article.title}\n{chunk.text}" if article.title else chunk.text


def fit_chunks(article: Article, embedder: Embedder, *, max_tokens: int, overlap: int) -> list[Chunk]:
    """Chunks whose embedding text the model reads whole: re-chunk smaller while any would be truncated."""
    while True:
        chunks = chunk_article(article, max_tokens=max_tokens, overlap=overlap)
        lengths = embedder.count_tokens([embedding_text(article, c) for c in chunks])
        if max(lengths, default=0) <= embedder.max_tokens or max_tokens <= 16:
            return chunks
        max_tokens = max(16, int(max_tokens * 0.75))
        overlap = min(overlap, max_tokens // 4)


def _refresh_lexical(store: Store, settings: Settings) -> tuple[dict[str, ArticleState], str]:
    """Rebuild BM25 when the committed articles differ from those it was built over. Returns the committed
    article states and their fingerprint."""
    from qa.lexical import LexicalIndex

    states = store.article_states()
    fingerprint = store.fingerprint(states)
    folder = lexical_folder(settings)
    if LexicalIndex(folder).current_fingerprint() == fingerprint:
        return states, fingerprint
    titles = {a["id"]: a.get("title", "") for a in store.list_articles()}
    rows = (
        (ChunkInfo(chunk_id, meta.get("published_ts"), meta.get("source", "")), f"{titles[article_id]}\n{meta['text']}")
        for chunk_id, article_id, content_hash, meta in store.iter_chunk_texts()
        if article_id in states and states[article_id].content_hash == content_hash
    )
    build(folder, rows, fingerprint)
    return states, fingerprint


def _file_sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
