"""ARTICLE_QA_CHROMA_URL: every command uses a Chroma server (`chroma run`, shipped with chromadb) instead of the
embedded store. `make test` also runs every integration test this way (see conftest.chroma_server_url)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.indexer import index_paths
from qa.api import QA
from qa.errors import ArticleQAError, SettingsError
from qa.settings import Settings
from qa.store import Store

from .conftest import free_port, start_chroma_server

CLI = str(Path(sys.executable).parent / "article-qa")


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    """A Chroma server of this module's own, whichever mode the rest of the suite runs in."""
    folder = tmp_path_factory.mktemp("own-chroma")
    server, url = start_chroma_server(folder / "data", folder / "server.log")
    yield url
    server.terminate()
    server.wait(timeout=30)


def test_store_unreachable_server_is_one_clear_error(settings):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ArticleQAError, match=f"cannot reach the Chroma server at {url}: "):
        Store(settings.with_(chroma_url=url), embedder_name="e", dim=4)


@pytest.mark.parametrize("name", ["ab", "-lead", "trail.", "has space", "x" * 513])
def test_settings_chroma_database_must_be_a_name_chroma_takes(name):
    with pytest.raises(SettingsError, match="chroma_database must be 3-512 letters"):
        Settings.load({"ARTICLE_QA_CHROMA_DATABASE": name})


def test_store_server_databases_keep_indexes_apart(own_server, tmp_path, settings, fake_embedder):
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps({"title": "Tide", "text": "The tide rose at noon.", "url": "https://t.example/1"}))
    on_server = settings.with_(chroma_url=own_server, chroma_database="index-one")
    index_paths([feed], on_server, embedder=fake_embedder)
    one = Store(on_server, embedder_name=fake_embedder.name, dim=fake_embedder.dim)
    other = Store(on_server.with_(chroma_database="index-two"), embedder_name=fake_embedder.name, dim=4)
    assert one.counts() == {"articles": 1, "chunks": 1}
    assert other.counts() == {"articles": 0, "chunks": 0}  # a database of its own, made on first use
    assert one.location == own_server
    assert not (settings.db / "chroma").exists()  # nothing went to the embedded store


@pytest.mark.integration
@pytest.mark.timeout(600)
def test_cli_every_command_uses_the_chroma_server(own_server, seed_corpus, settings, real_embedder):
    env = {**os.environ, "ARTICLE_QA_CHROMA_URL": own_server, "ARTICLE_QA_CHROMA_DATABASE": "cli-commands"}

    def run(*args: str) -> str:
        result = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert run("index", str(seed_corpus)).startswith("1 added")
    answer = json.loads(run("ask", "Who contacted whom and when?", "--json"))
    assert any("Araghchi contacted White House Envoy Steve Witkoff" in c["quote"] for c in answer["citations"])
    stats = json.loads(run("stats", "--json"))
    assert stats["location"] == own_server and stats["articles"] == 1
    article_id = json.loads(run("list", "--json"))[0]["id"]
    assert not (settings.db / "chroma").exists()

    # The same index, read in this process through the server.
    server_settings = settings.with_(chroma_url=own_server, chroma_database="cli-commands")
    qa = QA(server_settings, embedder=real_embedder)
    assert any("Baqaei" in c.quote for c in qa.ask("Who confirmed the channel is still open?").citations)
    assert run("remove", article_id).strip() == "1 removed"
    assert qa.store.counts() == {"articles": 0, "chunks": 0}
