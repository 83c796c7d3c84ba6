"""BM25 search over a small index built on disk: ranking, filters, and agreement with bm25s itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa.lexical import PARAMS, POINTER, ChunkInfo, LexicalIndex, ScoreMatrix, build, terms
from qa.store import Filters

ROWS = [
    (ChunkInfo("a:0", 1_700_000_000, "Harbour Post"), "The lighthouse keeper lit the lamp at dusk."),
    (ChunkInfo("a:1", 1_700_000_000, "Harbour Post"), "Fishing boats returned to the harbour before the storm."),
    (ChunkInfo("b:0", 1_750_000_000, "Coast Daily"), "The storm closed the lighthouse and the harbour for two days."),
    (ChunkInfo("c:0", None, "Coast Daily"), "An undated note about the lighthouse lamp and its keeper."),
    (ChunkInfo("d:0", 1_760_000_000, "Inland News"), "Wheat prices rose in the inland markets."),
]


@pytest.fixture
def index(tmp_path: Path) -> LexicalIndex:
    build(tmp_path, ROWS, fingerprint="f1")
    return LexicalIndex(tmp_path)


def test_ranks_chunks_sharing_the_query_terms(index: LexicalIndex) -> None:
    found = index.search("lighthouse keeper lamp", 10)
    ids = [i for i, _ in found]
    assert set(ids) == {"a:0", "b:0", "c:0"}
    assert ids[-1] == "b:0"  # holds only "lighthouse"
    scores = [s for _, s in found]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)


def bm25s_index(folder: Path) -> Any:  # bm25s.BM25, the reference scorer
    import bm25s

    return bm25s.BM25.load(str(folder / json.loads((folder / POINTER).read_text())["dir"]), show_progress=False)


def test_agrees_with_bm25s_retrieve(index: LexicalIndex, tmp_path: Path) -> None:
    docs, scores = bm25s_index(tmp_path).retrieve([terms("storm harbour lighthouse")], k=4, show_progress=False)
    expected = {ROWS[d][0].chunk_id: float(s) for d, s in zip(docs[0], scores[0], strict=True)}
    found = index.search("storm harbour lighthouse", 4)
    assert dict(found) == pytest.approx(expected)  # ties may come in another order
    assert [s for _, s in found] == pytest.approx(sorted(expected.values(), reverse=True))


def test_score_matrix_read_with_numpy_scores_as_bm25s_does(tmp_path: Path) -> None:
    rows = [(ChunkInfo(f"c:{i}", None, "S"), text) for i, (_, text) in enumerate(ROWS * 3)]
    build(tmp_path, rows, fingerprint="f")
    matrix = ScoreMatrix.load(tmp_path / json.loads((tmp_path / POINTER).read_text())["dir"])
    reference = bm25s_index(tmp_path)
    for query in ("storm harbour lighthouse", "lamp lamp keeper", "wheat"):
        query_terms = terms(query)
        assert matrix.scores(query_terms) == pytest.approx(reference.get_scores(query_terms))


def test_no_shared_term_finds_nothing(index: LexicalIndex) -> None:
    assert index.search("quantum chromodynamics", 5) == []
    assert index.search("the and of", 5) == []  # stop words only


def test_asking_for_more_than_there_are(index: LexicalIndex) -> None:
    assert {i for i, _ in index.search("lighthouse wheat storm harbour", 50)} == {"a:0", "a:1", "b:0", "c:0", "d:0"}


def test_date_filter_excludes_undated_and_out_of_range(index: LexicalIndex) -> None:
    since = Filters(published_from=1_740_000_000)
    assert [i for i, _ in index.search("lighthouse lamp keeper", 10, since)] == ["b:0"]
    until = Filters(published_to=1_710_000_000)
    assert {i for i, _ in index.search("lighthouse harbour", 10, until)} == {"a:0", "a:1"}


def test_source_filter(index: LexicalIndex) -> None:
    coast = Filters(sources=("Coast Daily",))
    assert {i for i, _ in index.search("lighthouse", 10, coast)} == {"b:0", "c:0"}
    assert index.search("lighthouse", 10, Filters(sources=("Nowhere",))) == []


def test_reloads_when_a_new_build_is_published(index: LexicalIndex, tmp_path: Path) -> None:
    assert index.search("wheat", 5)[0][0] == "d:0"
    build(tmp_path, [(ChunkInfo("e:0", None, ""), "Barley and wheat harvests.")], fingerprint="f2")
    assert [i for i, _ in index.search("wheat", 5)] == ["e:0"]
    assert index.fingerprint == "f2" == index.current_fingerprint()


def test_threads_asking_at_once_share_one_read_of_a_build(index: LexicalIndex, monkeypatch) -> None:
    import threading
    import time

    from qa import lexical

    reads = []
    read = lexical._Loaded.read.__func__

    def slow_read(cls, data_dir, pointer):
        reads.append(data_dir)
        time.sleep(0.2)  # long enough for the other thread to ask meanwhile
        return read(cls, data_dir, pointer)

    monkeypatch.setattr(lexical._Loaded, "read", classmethod(slow_read))
    found: list[object] = []
    searching = threading.Thread(target=lambda: found.append(index.search("wheat", 5)))
    searching.start()
    time.sleep(0.05)
    times = index.published_times(["d:0"])  # as the retriever asks while BM25 searches on its own thread
    searching.join()
    assert len(reads) == 1
    assert times == [1_760_000_000] and found[0][0][0] == "d:0"
    assert index.chunk_ids() == ["a:0", "a:1", "b:0", "c:0", "d:0"]


def test_published_times_by_chunk_id(index: LexicalIndex) -> None:
    assert index.published_times(["b:0", "c:0", "zz:9", "a:1"]) == [1_750_000_000, None, None, 1_700_000_000]


def test_an_index_built_with_other_bm25_parameters_counts_as_stale(index: LexicalIndex, tmp_path: Path) -> None:
    assert index.current_fingerprint() == "f1"
    pointer = json.loads((tmp_path / POINTER).read_text())
    assert pointer["params"] == PARAMS
    (tmp_path / POINTER).write_text(json.dumps({**pointer, "params": {"k1": 1.5, "b": 0.75}}))
    assert index.current_fingerprint() == ""  # the next indexing run rebuilds it
    assert index.search("lighthouse", 1)  # readers keep using it meanwhile
