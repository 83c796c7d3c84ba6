import numpy as np
import pytest

from qa.embedder import PADDING_SLACK, _length_batches, get_embedder
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
def test_count_tokens_counts_word_pieces_with_special_tokens(real_embedder):
    assert real_embedder.count_tokens(["hello world"]) == [4]
    assert real_embedder.count_tokens(["word " * 400])[0] == 402  # no truncation when counting


def test_length_batches_cover_every_text_once_and_bound_padding() -> None:
    lengths = [12, 40, 11, 13, 39, 256, 12, 41, 10, 12]
    batches = _length_batches(lengths, batch_size=3)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= 3
        assert len(batch) * max(lengths[i] for i in batch) <= PADDING_SLACK * sum(lengths[i] for i in batch)
    assert [5] in batches  # the long one runs alone
    assert _length_batches([], batch_size=8) == []
