"""Shared fixtures: every test gets its own index folder; integration tests share one real embedder."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from qa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "2026-01-12-tehran-backchannel-washington.txt"


# A second article in the seed's layout, for tests that add one (uploads, re-indexing).
LIGHTHOUSE = """Varnholm lighthouse lamp repaired after storm
2026-02-03T08:00:00+00:00

Nordkyst Post– Varnholm

Lighthouse keeper Ingrid Solberg repaired the Varnholm lighthouse lamp on Tuesday after the storm broke its lens.

The harbour office said ferries would run again on Wednesday.
"""


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma_server(data: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`chroma run` (the server that ships with chromadb) on a free port; returns it once it answers."""
    port = free_port()
    chroma = str(Path(sys.executable).parent / "chroma")
    with open(log, "wb") as out:
        server = subprocess.Popen([chroma, "run", "--path", str(data), "--port", str(port)], stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"chroma run exited with {server.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2):
                return server, url
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"chroma run did not answer on {url} within 60 s")


@pytest.fixture(scope="session")
def chroma_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Chroma server the suite runs against, or "" for the embedded store.

    ARTICLE_QA_TEST_CHROMA_URL names a running server; ARTICLE_QA_TEST_CHROMA=server starts one for the session.
    """
    if url := os.environ.get("ARTICLE_QA_TEST_CHROMA_URL", ""):
        yield url
        return
    if os.environ.get("ARTICLE_QA_TEST_CHROMA", "") != "server":
        yield ""
        return
    folder = tmp_path_factory.mktemp("chroma-server")
    server, url = start_chroma_server(folder / "data", folder / "server.log")
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(autouse=True)
def index_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chroma_server_url: str) -> Path:
    """Point the index at tmp_path (and, in server mode, at a Chroma database of its own) so tests never share one."""
    home = tmp_path / "index"
    monkeypatch.setenv("ARTICLE_QA_DB", str(home))
    for name in ("ARTICLE_QA_CHROMA_URL", "ARTICLE_QA_CHROMA_DATABASE", "ARTICLE_QA_TOP_K", "ARTICLE_QA_EMBEDDER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("ARTICLE_QA_DEBUG", raising=False)
    if chroma_server_url:
        monkeypatch.setenv("ARTICLE_QA_CHROMA_URL", chroma_server_url)
        monkeypatch.setenv("ARTICLE_QA_CHROMA_DATABASE", f"test-{uuid.uuid4().hex[:16]}")
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

    def embed_in_context(self, texts: list[str], spans: list[list[tuple[int, int]]]):
        pooled = [self.embed_documents([text[a:b] for a, b in s]) for text, s in zip(texts, spans, strict=True)]
        return self.embed_documents(texts), [p.reshape(len(s), self.dim) for p, s in zip(pooled, spans, strict=True)]


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder():
    """The packaged all-MiniLM-L6-v2, loaded once for the whole run."""
    from qa.embedder import get_embedder

    return get_embedder("minilm")
