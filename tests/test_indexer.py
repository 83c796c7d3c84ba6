import json
import shutil

import numpy as np
import pytest

from ingest.indexer import _unchanged_files, index_paths, remove_articles, write_lock
from qa.errors import IndexBusyError, IndexMismatchError, NotFoundError
from qa.store import Store


def _jsonl(path, articles):
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    return path


def _story(i, extra=""):
    return {
        "title": f"Story {i}",
        "text": f"Story {i} happened in town number {i}. Officials confirmed it.{extra}",
        "url": f"https://n.example/{i}",
    }


def _store(settings, embedder):
    return Store(settings, embedder_name=embedder.name, dim=embedder.dim)


def test_index_paths_add_unchanged_update_prune(tmp_path, settings, fake_embedder):
    feed = _jsonl(tmp_path / "feed.jsonl", [_story(1), _story(2)])
    other = _jsonl(tmp_path / "other.jsonl", [_story(3)])

    first = index_paths([feed, other], settings, embedder=fake_embedder)
    assert (len(first.added), len(first.updated), first.unchanged, len(first.removed)) == (3, 0, 0, 0)

    again = index_paths([feed, other], settings, embedder=fake_embedder)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 3)
    assert again.chunks == 0

    _jsonl(feed, [_story(1, " A new sentence was added."), _story(2)])
    changed = index_paths([feed], settings, embedder=fake_embedder)
    assert (len(changed.added), len(changed.updated), changed.unchanged) == (0, 1, 1)
    store = _store(settings, fake_embedder)
    chunks = list(store.iter_chunk_texts())
    story1 = [meta["text"] for _, article_id, _, meta in chunks if article_id == changed.updated[0]]
    assert story1 and all("A new sentence was added." in text for text in story1)  # old version's chunks are gone

    other.unlink()
    pruned = index_paths([feed], settings, prune=True, embedder=fake_embedder)
    assert len(pruned.removed) == 1
    assert store.counts()["articles"] == 2


def test_index_paths_rejects_bad_files_and_keeps_the_rest(tmp_path, settings, fake_embedder):
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "good.jsonl", [_story(1)])
    (folder / "broken.json").write_text('{"title": "x", "text": "unterminated')
    (folder / "empty.txt").write_text("")
    report = index_paths([folder], settings, embedder=fake_embedder)
    assert len(report.added) == 1
    reasons = sorted(str(e) for e in report.rejected)
    assert len(reasons) == 2
    assert "broken.json: invalid JSON" in reasons[0]
    assert "empty.txt: empty article" in reasons[1]


def test_index_paths_duplicate_article_under_two_names(tmp_path, settings, fake_embedder):
    a = _jsonl(tmp_path / "a.jsonl", [_story(1)])
    b = _jsonl(tmp_path / "b.jsonl", [_story(1)])
    report = index_paths([a, b], settings, embedder=fake_embedder)
    assert len(report.added) == 1
    assert "duplicate of article" in str(report.rejected[0])


def test_index_paths_one_folder_reached_through_a_symlink_is_the_same_source(tmp_path, settings, fake_embedder):
    folder = tmp_path / "articles"
    folder.mkdir()
    _jsonl(folder / "feed.jsonl", [_story(1), _story(2)])
    link = tmp_path / "linked"
    link.symlink_to(folder, target_is_directory=True)
    assert len(index_paths([link], settings, embedder=fake_embedder).added) == 2
    again = index_paths([folder], settings, embedder=fake_embedder)
    assert (len(again.added), again.unchanged, again.rejected) == (0, 2, [])
    assert _unchanged_files([link / "feed.jsonl"], settings, fake_embedder) == 2  # the no-op check, without Chroma
    link.unlink()
    kept = index_paths([folder], settings, prune=True, embedder=fake_embedder)
    assert (kept.removed, kept.unchanged) == ([], 2)  # stored under the file's own path: the link was not it


def test_index_paths_lexical_side_follows_store(tmp_path, settings, fake_embedder):
    from qa.api import lexical_folder
    from qa.lexical import LexicalIndex

    feed = _jsonl(tmp_path / "feed.jsonl", [_story(1), {**_story(2), "text": "A bridge collapsed downtown."}])
    report = index_paths([feed], settings, embedder=fake_embedder)
    lexical = LexicalIndex(lexical_folder(settings))
    hits = lexical.search("bridge collapse", 5)
    assert [chunk_id.split(":")[0] for chunk_id, _ in hits] == [report.added[1]]
    assert lexical.search("quantum chromodynamics", 5) == []
    assert lexical.fingerprint == _store(settings, fake_embedder).fingerprint()


def test_remove_articles(tmp_path, settings, fake_embedder):
    report = index_paths([_jsonl(tmp_path / "f.jsonl", [_story(1), _story(2)])], settings, embedder=fake_embedder)
    assert remove_articles([report.added[0]], settings, embedder=fake_embedder) == [report.added[0]]
    assert _store(settings, fake_embedder).counts() == {"articles": 1, "chunks": 1}
    with pytest.raises(NotFoundError, match="no article with id 'nope'"):
        remove_articles(["nope"], settings, embedder=fake_embedder)


def test_store_refuses_index_of_another_embedder(tmp_path, settings, fake_embedder):
    index_paths([_jsonl(tmp_path / "f.jsonl", [_story(1)])], settings, embedder=fake_embedder)
    with pytest.raises(
        IndexMismatchError, match=r"built with fake-bag-of-words \(64 dimensions\).*article-qa index --rebuild"
    ):
        Store(settings, embedder_name="other-model", dim=384)


def test_second_writer_is_refused(settings):
    lock = write_lock(settings)
    try:
        with pytest.raises(IndexBusyError, match="another article-qa process is indexing"):
            write_lock(settings)
    finally:
        lock.release()


@pytest.mark.integration
def test_index_paths_seed_with_real_model(seed_corpus, settings, real_embedder):
    report = index_paths([seed_corpus], settings, embedder=real_embedder)
    assert len(report.added) == 1 and report.chunks >= 2
    store = _store(settings, real_embedder)
    article = store.get_article(report.added[0])
    assert article.source == "Shafaq News"
    assert article.published.isoformat() == "2026-01-12T17:16:57+00:00"
    for chunk_id, _, _, meta in store.iter_chunk_texts():
        assert article.text[meta["start"] : meta["end"]] == meta["text"], chunk_id
        assert meta["published_ts"] == int(article.published.timestamp())
    moved = seed_corpus.parent / "moved"
    shutil.move(seed_corpus, moved)
    assert index_paths([moved], settings, embedder=real_embedder).unchanged == 1


class _Killed(BaseException):
    """Stands in for kill -9: nothing after the raise runs, not even `except Exception` handlers."""


def test_index_paths_rerun_completes_a_feed_a_crash_left_half_indexed(tmp_path, settings, fake_embedder, monkeypatch):
    feed = _jsonl(tmp_path / "feed.jsonl", [_story(i) for i in range(10)])
    put_articles = Store.put_articles

    def dies_after_four(self, writes, **kwargs):
        put_articles(self, writes[:4], **kwargs)
        raise _Killed

    monkeypatch.setattr(Store, "put_articles", dies_after_four)
    with pytest.raises(_Killed):
        index_paths([feed], settings, embedder=fake_embedder)
    monkeypatch.setattr(Store, "put_articles", put_articles)
    assert _store(settings, fake_embedder).counts()["articles"] == 4
    assert (settings.db / "index.dirty").exists()

    rerun = index_paths([feed], settings, embedder=fake_embedder)  # the same bytes: must not be skipped as done
    assert (len(rerun.added), rerun.unchanged) == (6, 4)
    assert _store(settings, fake_embedder).counts() == {"articles": 10, "chunks": 10}
    assert not (settings.db / "index.dirty").exists()
    again = index_paths([feed], settings, embedder=fake_embedder)  # now complete: skipped without parsing
    assert (len(again.added), again.unchanged, again.chunks) == (0, 10, 0)


def test_index_paths_same_url_with_changed_text_in_one_batch(tmp_path, settings, fake_embedder):
    first = _jsonl(tmp_path / "a.jsonl", [_story(1)])
    second = _jsonl(tmp_path / "b.jsonl", [_story(1, " But this copy says more.")])
    report = index_paths([first, second], settings, embedder=fake_embedder)
    assert len(report.added) == 1
    assert [e.reason for e in report.rejected] == [
        f"another version of article {report.added[0]} (same URL, different text) was already read from {first} "
        "in this run; that one is kept"
    ]
    store = _store(settings, fake_embedder)
    assert "says more" not in store.get_article(report.added[0]).text


def test_index_paths_failed_run_keeps_what_was_indexed(tmp_path, settings, fake_embedder, monkeypatch):
    report = index_paths([_jsonl(tmp_path / "old.jsonl", [_story(1), _story(2)])], settings, embedder=fake_embedder)
    monkeypatch.setattr(Store, "put_articles", lambda *a, **k: (_ for _ in ()).throw(_Killed()))
    changed = _jsonl(tmp_path / "old.jsonl", [_story(1, " Changed."), _story(2, " Changed too.")])
    with pytest.raises(_Killed):
        index_paths([changed], settings, embedder=fake_embedder)
    store = _store(settings, fake_embedder)
    assert sorted(store.get_articles(report.added)) == sorted(report.added)
    assert all("Changed" not in a.text for a in store.get_articles(report.added).values())


def test_index_paths_edited_file_replaces_its_old_articles(tmp_path, settings, fake_embedder):
    note = tmp_path / "note.txt"
    note.write_text("Harbour news\n\nThe ferry was late on Monday.")
    feed = _jsonl(tmp_path / "feed.jsonl", [_story(1), _story(2), _story(3)])
    first = index_paths([note, feed], settings, embedder=fake_embedder)
    assert len(first.added) == 4
    note.write_text("Harbour news\n\nThe ferry was cancelled on Monday.")  # no URL: the edit makes a new id
    moved = _jsonl(tmp_path / "moved.jsonl", [_story(3)])
    _jsonl(feed, [_story(1), _story(2, " An update.")])
    second = index_paths([note, feed, moved], settings, embedder=fake_embedder)
    assert (len(second.added), len(second.updated), len(second.removed)) == (1, 1, 1)
    store = _store(settings, fake_embedder)
    texts = sorted(a.text for a in store.get_articles([r["id"] for r in store.list_articles()]).values())
    assert len(texts) == 4 and not any("was late" in t for t in texts)  # story 3 moved files and is still there
    assert store.counts()["chunks"] == 4


def test_index_paths_file_that_now_fails_keeps_its_articles(tmp_path, settings, fake_embedder):
    feed = _jsonl(tmp_path / "feed.jsonl", [_story(1), _story(2)])
    index_paths([feed], settings, embedder=fake_embedder)
    feed.write_text(json.dumps(_story(1)) + '\n{"title": "cut')
    report = index_paths([feed], settings, embedder=fake_embedder)
    assert report.removed == [] and len(report.rejected) == 1
    assert _store(settings, fake_embedder).counts()["articles"] == 2


def _no_chroma(monkeypatch):
    """Make opening Chroma fail, so a test sees whether a run needed it."""

    def refuse(*args, **kwargs):
        raise AssertionError("Chroma was opened")

    monkeypatch.setattr("qa.store._open_client", refuse)


def test_no_change_rerun_does_not_open_chroma(tmp_path, settings, fake_embedder, monkeypatch):
    if settings.chroma_url:
        pytest.skip("a Chroma server's writes leave no marker on this disk: every run opens the store")
    feed = _jsonl(tmp_path / "feed.jsonl", [_story(1), _story(2)])
    other = _jsonl(tmp_path / "other.jsonl", [_story(3)])
    index_paths([feed, other], settings, embedder=fake_embedder)

    with monkeypatch.context() as patched:
        _no_chroma(patched)
        again = index_paths([feed, other], settings, embedder=fake_embedder)
        assert (len(again.added), len(again.updated), again.unchanged, len(again.rejected)) == (0, 0, 3, 0)
        assert index_paths([other], settings, embedder=fake_embedder).unchanged == 1  # a subset is fine too

        # Anything the last run did not see takes the full path, which needs Chroma.
        _jsonl(other, [_story(3, " Then it rained.")])
        with pytest.raises(AssertionError, match="Chroma was opened"):
            index_paths([feed, other], settings, embedder=fake_embedder)
    changed = index_paths([feed, other], settings, embedder=fake_embedder)
    assert (len(changed.updated), changed.unchanged) == (1, 2)

    with monkeypatch.context() as patched:
        _no_chroma(patched)
        with pytest.raises(AssertionError, match="Chroma was opened"):
            index_paths([feed, other], settings, prune=True, embedder=fake_embedder)  # pruning lists the store
        with pytest.raises(AssertionError, match="Chroma was opened"):
            index_paths([feed, tmp_path / "new.jsonl"], settings, embedder=fake_embedder)  # a missing path


def test_no_change_rerun_notices_writes_made_since(tmp_path, settings, fake_embedder):
    feed = _jsonl(tmp_path / "feed.jsonl", [_story(1), _story(2)])
    first = index_paths([feed], settings, embedder=fake_embedder)
    remove_articles([first.added[0]], settings, embedder=fake_embedder)
    again = index_paths([feed], settings, embedder=fake_embedder)
    # Not the last run's 2: the removal is seen (and sticks while the file is unchanged, as before).
    assert (len(again.added), again.unchanged) == (0, 1)

    shutil.rmtree(settings.db / "bm25")  # the lexical side lost: rebuilt, not skipped
    index_paths([feed], settings, embedder=fake_embedder)
    assert (settings.db / "bm25" / "bm25.json").is_file()


def test_index_paths_stores_a_vector_for_every_sentence_of_every_chunk(tmp_path, settings, fake_embedder):
    from qa.sentences import sentence_spans

    index_paths([_jsonl(tmp_path / "feed.jsonl", [_story(1), _story(2)])], settings, embedder=fake_embedder)
    store = _store(settings, fake_embedder)
    ids = [chunk_id for chunk_id, *_ in store.iter_chunk_texts()]
    for stored in store.get_chunks(ids):
        text = stored.chunk.text
        assert stored.sentences.spans == tuple(sentence_spans(text))
        # The fake embedder's vector of a span in context is its text's own vector (a bag of words).
        alone = fake_embedder.embed_documents([text[a:b] for a, b in stored.sentences.spans])
        assert np.allclose((stored.sentences.vectors * alone).sum(axis=1), 1.0, atol=0.01)
