import pytest

from qa.embedder import get_embedder
from qa.verb_vectors import build_verb_vectors, ensure_verb_vectors, load_verb_vectors, table_folder

VERBS = ["win", "beat", "contact", "call"]


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "article-qa"


@pytest.mark.integration
def test_the_table_holds_each_phrase_as_the_float_model_embeds_it_alone(empty_cache):
    assert load_verb_vectors() is None
    folder = build_verb_vectors(VERBS)
    assert folder == table_folder() and folder.parent == empty_cache
    assert [p.name for p in empty_cache.iterdir()] == [folder.name]  # no scratch folder left behind
    table = load_verb_vectors()
    assert table is not None and sorted(table.positions) == sorted(VERBS)
    float_onnx = get_embedder("minilm-onnx")
    for verb in VERBS:
        alone = float_onnx.embed_documents([f"to {verb}"])[0]
        assert float(table.get(verb) @ alone) > 0.9999
    assert table.get("come up") is None
    assert float(table.get("win") @ table.get("beat")) > float(table.get("win") @ table.get("call"))


@pytest.mark.integration
def test_a_built_table_is_kept(empty_cache):
    folder = build_verb_vectors(VERBS)
    written = (folder / "vectors.npy").stat().st_mtime_ns
    assert build_verb_vectors(["other"]) == folder and (folder / "vectors.npy").stat().st_mtime_ns == written
    assert ensure_verb_vectors()


def test_a_failed_build_warns_and_leaves_questions_to_embed_their_phrases(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    with pytest.warns(UserWarning, match=r"cannot build the verb vectors in .*not-a-folder.*: NotADirectoryError"):
        assert not ensure_verb_vectors()
    assert load_verb_vectors() is None


@pytest.mark.integration
def test_an_unreadable_table_is_left_aside(empty_cache):
    folder = build_verb_vectors(VERBS)
    (folder / "vectors.npy").write_bytes(b"not a numpy file")
    assert load_verb_vectors() is None
