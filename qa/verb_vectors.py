"""Vectors of "to <verb>" for the ~8,700 verbs spaCy's lemmatizer knows, made once per machine.

Frames rank by how close their action is to the question's ("to beat" against "to win"). Embedding each
question's few action phrases with the int8 query model cost ~6 ms of every ask, and those vectors depended
on the other phrases in the batch: that model quantizes each run's activations as a whole (cosine 0.98 at
worst between a phrase embedded alone and in a batch). The table is embedded instead by the float ONNX model,
whose vectors do not depend on the batch, in a process of its own (~9 s on two cores; its model is not kept
here), and read memory-mapped from the cache folder. A phrase it lacks ("come up") is embedded alone by the
query model.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qa.embedder import OnnxMiniLMEmbedder, file_key, packaged_onnx_file, verb_lemmas
from qa.settings import cache_folder

if TYPE_CHECKING:
    import numpy as np

RECIPE = "to-verb-minilm-onnx-1"  # names how the table is made: a change makes a new one
BUILD_SECONDS = 600.0


@dataclass(frozen=True)
class VerbVectors:
    """The table: each verb's row in `vectors` (normalized, one per verb)."""

    positions: dict[str, int]
    vectors: np.ndarray

    def get(self, verb: str) -> np.ndarray | None:
        """The vector of "to <verb>", or None for a verb not in the table."""
        row = self.positions.get(verb)
        return None if row is None else self.vectors[row]


def table_folder() -> Path:
    """Where the table lives; its name depends on the model file's bytes and on the recipe."""
    key = hashlib.sha256(f"{RECIPE}:{file_key(packaged_onnx_file())}".encode()).hexdigest()[:16]
    return cache_folder() / f"verb-vectors-{key}"


def load_verb_vectors() -> VerbVectors | None:
    """The table, or None while it is not built (or cannot be read: questions then embed their phrases)."""
    folder = table_folder()
    try:
        return _load(folder) if folder.is_dir() else None
    except (OSError, ValueError):
        return None


@functools.cache
def _load(folder: Path) -> VerbVectors:
    import numpy as np

    verbs = json.loads((folder / "verbs.json").read_text(encoding="utf-8"))
    vectors = np.load(folder / "vectors.npy", mmap_mode="r")
    return VerbVectors(dict(zip(verbs, range(len(verbs)), strict=True)), vectors)


def build_verb_vectors(verbs: Iterable[str] | None = None) -> Path:
    """Embeds the table in this process unless it is there (`verbs`: default, every verb the lemmatizer
    knows). Written to a temporary folder renamed into place: processes building at once each leave a whole
    table, and the first one stays."""
    import numpy as np

    folder = table_folder()
    if folder.is_dir():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)  # before the embedding: an unwritable cache fails at once
    ordered = sorted(set(verbs if verbs is not None else verb_lemmas()))
    vectors = OnnxMiniLMEmbedder().embed_documents([f"to {verb}" for verb in ordered])
    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=".building-", ignore_cleanup_errors=True) as building:
        (Path(building) / "verbs.json").write_text(json.dumps(ordered), encoding="utf-8")
        np.save(Path(building) / "vectors.npy", vectors.astype(np.float32))
        try:
            os.replace(building, folder)
        except OSError:
            if not folder.is_dir():
                raise
    return folder


def ensure_verb_vectors() -> bool:
    """Whether the table is there, built first in a process of its own if needed (~9 s, once per machine).
    A failed build warns once; questions then embed their action phrases as they come."""
    if table_folder().is_dir():
        return True
    root = str(Path(__file__).resolve().parent.parent)
    code = f"import sys; sys.path.insert(0, {root!r}); from qa.verb_vectors import build_verb_vectors as b; b()"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=BUILD_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        reason = str(error)
    else:
        if done.returncode == 0 and table_folder().is_dir():
            return True
        reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
    warnings.warn(f"article-qa: cannot build the verb vectors in {cache_folder()}: {reason}", stacklevel=2)
    return False
