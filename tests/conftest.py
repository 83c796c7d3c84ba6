"""Shared fixtures: every test gets its own index folder; integration tests share one real embedder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "2026-01-12-tehran-backchannel-washington.txt"


@pytest.fixture(autouse=True)
def index_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the index at tmp_path so no test touches the user's index."""
    home = tmp_path / "index"
    monkeypatch.setenv("ARTICLE_QA_DB", str(home))
    for name in ("ARTICLE_QA_CHROMA_URL", "ARTICLE_QA_TOP_K", "ARTICLE_QA_EMBEDDER", "ARTICLE_QA_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def settings(index_home: Path) -> Settings:
    return Settings.load()


@pytest.fixture
def seed_corpus(tmp_path: Path) -> Path:
    """A folder holding a copy of the bundled seed article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


class FakeEmbedder:
    """A deterministic bag-of-words embedder for fast unit tests (no model)."""

    name = "fake-bag-of-words"
    dim = 64
    max_tokens = 256

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(t.split()) + 2 for t in texts]

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, int(hashlib.md5(word.strip(".,“”\"'").encode()).hexdigest(), 16) % self.dim] += 1
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder():
    """The packaged all-MiniLM-L6-v2, loaded once for the whole run."""
    from qa.embedder import get_embedder

    return get_embedder("minilm")
