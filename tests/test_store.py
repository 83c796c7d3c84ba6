import warnings
from datetime import UTC, datetime

import numpy as np
import pytest
from chromadb.errors import InternalError

from qa import store as store_module
from qa.records import Article, Chunk
from qa.store import ArticleWrite, SentenceVectors, Store


def _article() -> Article:
    text = "The ferry runs all winter. The council voted on Tuesday. Fares stay the same."
    return Article(
        id="a1",
        title="Ferry",
        text=text,
        content_hash="h1",
        source="Harbour News",
        url="https://n.example/ferry",
        published=datetime(2023, 1, 3, tzinfo=UTC),
    )


def _store(settings, dim=8) -> Store:
    return Store(settings, embedder_name="test-vectors", dim=dim)


def test_sentence_vectors_round_trip_through_chunk_metadata(settings):
    article = _article()
    chunk = Chunk(id="a1:0", article_id="a1", index=0, start=0, end=len(article.text), text=article.text)
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[1] = 0  # a span that held no token: not stored
    sentences = SentenceVectors(((0, 26), (27, 56), (57, 78)), vectors)
    store = _store(settings)
    store.put_articles([ArticleWrite(article, [chunk], vectors[:1], "sha", sentences=[sentences])], title_prefix=True)
    [stored] = store.get_chunks(["a1:0"])
    assert stored.chunk == chunk and stored.content_hash == "h1"
    assert stored.sentences.spans == ((0, 26), (57, 78))
    query = rng.normal(size=8).astype(np.float32)
    query /= np.linalg.norm(query)
    # int8 with a per-vector scale: cosine similarities within ~0.01 of float32's
    assert np.allclose(stored.sentences.vectors @ query, vectors[[0, 2]] @ query, atol=0.01)
    assert np.allclose(np.linalg.norm(stored.sentences.vectors, axis=1), 1.0, atol=1e-5)


def test_chunks_written_without_sentence_vectors_read_back_as_none(settings):
    article = _article()
    chunk = Chunk(id="a1:0", article_id="a1", index=0, start=0, end=len(article.text), text=article.text)
    store = _store(settings)
    store.put_articles([ArticleWrite(article, [chunk], np.eye(8, dtype=np.float32)[:1], "sha")], title_prefix=True)
    assert store.get_chunks(["a1:0"])[0].sentences is None


def test_chunks_are_searched_with_search_ef_and_an_older_index_is_raised_to_it(settings):
    from qa.store import SEARCH_EF

    store = _store(settings)
    assert store._chunks.configuration_json["hnsw"]["ef_search"] == SEARCH_EF
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        store._chunks.modify(configuration={"hnsw": {"ef_search": 100}})  # as indexes made before had it
    older = _store(settings)
    assert older._chunks.configuration_json["hnsw"]["ef_search"] == 100
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # raising it says nothing about "legacy" configurations to the user
        older.raise_search_ef()
    assert _store(settings)._chunks.configuration_json["hnsw"]["ef_search"] == SEARCH_EF


LOCKED = "Database error: error returned from database: (code: 5) database is locked"


def _refused(times: int, message: str = LOCKED):
    """A write that SQLite turns away `times` times, then accepts; it counts its calls."""
    calls = []

    def write(*args, **kwargs):
        calls.append((args, kwargs))
        if len(calls) <= times:
            raise InternalError(message)
        return "written"

    return write, calls


def test_a_write_turned_away_while_another_instance_writes_is_tried_again(settings, monkeypatch):
    pauses = []
    monkeypatch.setattr(store_module.time, "sleep", pauses.append)
    store = _store(settings)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        store._chunks.modify(configuration={"hnsw": {"ef_search": 100}})
    older = _store(settings)
    refuse, calls = _refused(2)
    modify = type(older._chunks).modify

    def modify_once_let_in(collection, **kwargs):
        refuse(**kwargs)
        return modify(collection, **kwargs)

    monkeypatch.setattr(type(older._chunks), "modify", modify_once_let_in)
    older.raise_search_ef()
    assert len(calls) == 3 and pauses == list(store_module.LOCKED_PAUSES[:2])
    assert _store(settings)._chunks.configuration_json["hnsw"]["ef_search"] == store_module.SEARCH_EF


def test_a_write_still_locked_after_every_pause_or_failing_otherwise_raises(monkeypatch):
    pauses = []
    monkeypatch.setattr(store_module.time, "sleep", pauses.append)
    write, calls = _refused(len(store_module.LOCKED_PAUSES) + 1)
    with pytest.raises(InternalError, match="database is locked"):
        store_module._retrying(write, ids=["a"])
    assert len(calls) == len(store_module.LOCKED_PAUSES) + 1 and sum(pauses) < 5
    pauses.clear()
    write, calls = _refused(1, "Collection [chunks] does not exist")
    with pytest.raises(InternalError, match="does not exist"):
        store_module._retrying(write, ids=["a"])
    assert len(calls) == 1 and pauses == []
