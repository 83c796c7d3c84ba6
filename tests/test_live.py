"""One writer, live readers: a second indexer is turned away, readers keep answering while an index runs in
another process, and see its articles when it finishes, without a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ingest.indexer import index_paths
from qa.store import REOPEN_QUIET_SECONDS, Store

from .conftest import ROOT, free_port

CLI = str(Path(sys.executable).parent / "article-qa")


def _feed(path: Path, numbers: range) -> Path:
    with open(path, "w") as feed:
        for i in numbers:
            text = f"Item {i}: the lighthouse keeper of isle {i} logged a storm. Keeper number {i} stayed awake."
            feed.write(json.dumps({"title": f"Isle {i}", "text": text, "url": f"https://isles.example/{i}"}) + "\n")
    return path


def test_store_sees_another_process_writes_without_reopening(tmp_path, settings, fake_embedder):
    index_paths([_feed(tmp_path / "a.jsonl", range(5))], settings, embedder=fake_embedder)
    reader = Store(settings, embedder_name=fake_embedder.name, dim=fake_embedder.dim)
    probe = fake_embedder.embed_query("lighthouse keeper storm")
    assert len(reader.dense_search(probe, 100)) == 5
    writer = (
        "import sys; from pathlib import Path; sys.path[:0] = [sys.argv[1]]\n"
        "from tests.conftest import FakeEmbedder\nfrom qa.settings import Settings\n"
        "from ingest.indexer import index_paths\n"
        "index_paths([Path(sys.argv[2])], Settings.load(), embedder=FakeEmbedder())\n"
    )
    feed = _feed(tmp_path / "b.jsonl", range(5, 25))
    subprocess.run([sys.executable, "-c", writer, str(ROOT), str(feed)], check=True, timeout=120, env=os.environ.copy())
    time.sleep(REOPEN_QUIET_SECONDS + 0.2)
    # Dense search reads the vector index, which an embedded Chroma caches in memory: without a reopen it would
    # still hold 5 vectors.
    assert len(reader.dense_search(probe, 100)) == 25
    assert reader.counts() == {"articles": 25, "chunks": 25}


def _wait_for(url: str, server: subprocess.Popen, seconds: float = 180) -> None:
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read().decode() if server.stderr else server.returncode
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def ask_through_chat(client: Any, question: str) -> dict[str, Any]:
    """The answer dict the chat's /ask endpoint returns (found by shape, so the test outlives layout changes)."""
    params = client.view_api(print_info=False, return_format="dict")["named_endpoints"]["/ask"]["parameters"]
    args = [question] + [p.get("parameter_default") for p in params[1:]]
    outputs = client.predict(*args, api_name="/ask")
    return next(o for o in outputs if isinstance(o, dict) and ("citations" in o or "error" in o))


@pytest.mark.integration
@pytest.mark.timeout(900)
def test_serve_answers_while_another_process_indexes_and_then_sees_its_articles(tmp_path, settings):
    from gradio_client import Client

    seed = tmp_path / "seed"
    seed.mkdir()
    _feed(seed / "isles.jsonl", range(20))
    subprocess.run([CLI, "index", str(seed)], check=True, capture_output=True, timeout=300, env=os.environ.copy())
    port = free_port()
    server = subprocess.Popen(
        [CLI, "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy()
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        _wait_for(url, server)
        client = Client(url, verbose=False)
        new_question = "What did the glassblowers of Murano guild 7 announce?"
        assert not any("Murano" in c["quote"] for c in ask_through_chat(client, new_question).get("citations", []))

        more = tmp_path / "more"
        more.mkdir()
        lines = [
            {
                "title": f"Glassblowers guild {i}",
                "text": f"The glassblowers of Murano guild {i} announced a furnace festival for spring. "
                + "Visitors will watch the masters shape molten glass into vases and birds. " * 6,
                "url": f"https://murano.example/{i}",
            }
            for i in range(120)
        ]
        (more / "murano.jsonl").write_text("\n".join(json.dumps(line) for line in lines))
        writer = subprocess.Popen(
            [CLI, "index", str(more)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy()
        )
        try:
            lock_seen = False
            while not lock_seen and writer.poll() is None:
                time.sleep(0.5)  # the writer holds the lock from its start; give it the time to import
                second = subprocess.run(
                    [CLI, "index", str(seed)], capture_output=True, text=True, timeout=120, env=os.environ.copy()
                )
                lock_seen = second.returncode == 1
            assert lock_seen, "the writer finished before a second one could be started"
            assert second.stderr.strip() == (
                f"article-qa: error: another article-qa process is indexing into {settings.db}; "
                "wait for it to finish and try again"
            )
            answered = 0
            while writer.poll() is None:
                answer = ask_through_chat(client, "What did the keeper of isle 3 log?")
                assert "error" not in answer, answer
                assert any("isle 3" in c["quote"] for c in answer["citations"]), answer
                answered += 1
            assert answered >= 3, f"only {answered} answers while the index ran"
        finally:
            out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err.decode()
        assert out.decode().startswith("120 added")

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            answer = ask_through_chat(client, new_question)
            if any("Murano guild 7" in c["quote"] for c in answer.get("citations", [])):
                break
            time.sleep(1)
        else:
            raise AssertionError(f"serve did not see the new articles: {answer}")
        assert server.poll() is None  # the same process, never restarted
    finally:
        server.terminate()
        server.wait(timeout=30)
