import numpy as np
import pytest

from qa.embedder import PADDING_SLACK, RUN_TOKENS, Int8MiniLMEmbedder, _length_batches, get_embedder
from qa.errors import SettingsError

TEXTS = [
    "Iranian Foreign Minister Abbas Araghchi contacted White House Envoy Steve Witkoff over the weekend.",
    "The Buffalo Bills safety was breathing on his own.",
    "Short.",
]


def test_get_embedder_rejects_unknown_kind():
    with pytest.raises(SettingsError, match="embedder must be one of"):
        get_embedder("word2vec")


@pytest.mark.integration
def test_minilm_vectors_are_normalized_and_ranked_sensibly(real_embedder):
    vectors = real_embedder.embed_documents(TEXTS)
    assert vectors.shape == (3, real_embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    query = real_embedder.embed_query("Who did the Iranian foreign minister contact?")
    assert int(np.argmax(vectors @ query)) == 0


@pytest.mark.integration
def test_onnx_int8_embedder_matches_sentence_transformers(real_embedder):
    onnx = get_embedder("minilm-onnx")
    assert (onnx.name, onnx.dim) == (real_embedder.name, real_embedder.dim)  # one model, two backends
    cosine = (onnx.embed_documents(TEXTS) * real_embedder.embed_documents(TEXTS)).sum(axis=1)
    assert cosine.min() > 0.995


@pytest.mark.integration
def test_int8_query_embedder_is_built_once_and_stays_close_to_torch(real_embedder, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    embedder = Int8MiniLMEmbedder()
    built = embedder.model_file()
    assert built.parent == tmp_path / "article-qa" and built.stat().st_size > 10**7
    assert not [p for p in built.parent.iterdir() if p != built]  # the build's scratch files are gone
    modified = built.stat().st_mtime_ns
    assert Int8MiniLMEmbedder().model_file() == built and built.stat().st_mtime_ns == modified  # reused
    assert (embedder.name, embedder.dim) == (real_embedder.name, real_embedder.dim)  # queries one index
    cosine = (embedder.embed_documents(TEXTS) * real_embedder.embed_documents(TEXTS)).sum(axis=1)
    assert cosine.min() > 0.99
    float_onnx = get_embedder("minilm-onnx")
    query = "Who did the Iranian foreign minister contact?"
    assert abs(float(embedder.embed_query(query) @ float_onnx.embed_query(query)) - 1) < 0.01


def test_int8_query_model_build_failure_names_the_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    with pytest.raises(SettingsError, match=r"cannot build the int8 query model in .*not-a-folder"):
        Int8MiniLMEmbedder().model_file()


@pytest.mark.integration
def test_count_tokens_counts_word_pieces_with_special_tokens(real_embedder):
    assert real_embedder.count_tokens(["hello world"]) == [4]
    assert real_embedder.count_tokens(["word " * 400])[0] == 402  # no truncation when counting


def test_length_batches_cover_every_text_once_and_bound_padding() -> None:
    lengths = [12, 40, 11, 13, 39, 256, 12, 41, 10, 12]
    batches = _length_batches(lengths, batch_size=3)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= 3
        real = sum(lengths[i] for i in batch)
        assert len(batch) * max(lengths[i] for i in batch) - real <= max((PADDING_SLACK - 1) * real, RUN_TOKENS)
    assert [5] in batches  # the long one runs alone
    assert len(_length_batches([3, 4, 5, 3, 4], batch_size=8)) == 1  # a few short texts run at once
    assert _length_batches([], batch_size=8) == []


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["minilm", "minilm-onnx", "minilm-int8"])
def test_embed_in_context_gives_text_vectors_and_a_vector_per_sentence(kind):
    embedder = get_embedder(kind)
    text = " ".join(TEXTS[:2])
    spans = [(0, len(TEXTS[0])), (len(TEXTS[0]) + 1, len(text)), (3, 3)]  # the last holds no token
    vectors, pooled = embedder.embed_in_context([text, TEXTS[2]], [spans, []])
    assert np.allclose(vectors, embedder.embed_documents([text, TEXTS[2]]), atol=1e-5)  # the same run's vectors
    assert pooled[0].shape == (3, embedder.dim) and pooled[1].shape == (0, embedder.dim)
    assert np.allclose(np.linalg.norm(pooled[0][:2], axis=1), 1.0, atol=1e-5)
    assert not pooled[0][2].any()
    # Each sentence read in context stays closest to itself read alone.
    alone = embedder.embed_documents(TEXTS[:2])
    assert (pooled[0][:2] @ alone.T).argmax(axis=1).tolist() == [0, 1]
    query = embedder.embed_query("Who did the Iranian foreign minister contact?")
    assert int(np.argmax(pooled[0][:2] @ query)) == 0


@pytest.mark.integration
def test_embed_in_context_agrees_between_backends(real_embedder):
    text = " ".join(TEXTS)
    spans = [(0, len(TEXTS[0])), (len(TEXTS[0]) + 1, len(TEXTS[0]) + 1 + len(TEXTS[1]))]
    torch_pooled = real_embedder.embed_in_context([text], [spans])[1][0]
    onnx_pooled = get_embedder("minilm-onnx").embed_in_context([text], [spans])[1][0]
    assert (torch_pooled * onnx_pooled).sum(axis=1).min() > 0.995
