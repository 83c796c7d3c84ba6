"""The chat app launched for real and driven through gradio_client, and its input helpers."""

import re
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.indexer import index_paths
from qa.api import QA
from qa.errors import QuestionError
from ui.chat import build_app, launch_options, parse_filters, save_uploads, serve

from .conftest import LIGHTHOUSE, free_port

ARAGHCHI = "Iranian Foreign Minister Abbas Araghchi contacted White House Envoy Steve Witkoff"


def _text(message):
    content = message["content"]
    return content if isinstance(content, str) else " ".join(part["text"] for part in content)


@pytest.fixture
def client(seed_corpus, settings, real_embedder):
    from gradio_client import Client

    index_paths([seed_corpus], settings, embedder=real_embedder)
    app = build_app(QA(settings, embedder=real_embedder))
    port = free_port()
    app.launch(prevent_thread_lock=True, quiet=True, **{**launch_options(settings), "server_port": port})
    yield Client(f"http://127.0.0.1:{port}/", verbose=False)
    app.close()


def _ask(client, question, history=(), *, since=None, until=None, outlets=()):
    history, sources, answer, cleared, picker, _viewer, timeline, query = client.predict(
        question, list(history), since, until, list(outlets), api_name="/ask"
    )
    return {
        "history": history,
        "sources": sources,
        "answer": answer,
        "cleared": cleared,
        "picker": picker,
        "timeline": timeline,
        "query": query,
    }


@pytest.mark.integration
def test_chat_answers_seed_question_with_citations(client):
    got = _ask(client, "Who contacted whom and when?")
    assert got["cleared"] == ""
    reply = got["history"][-1]
    assert reply["role"] == "assistant" and "\\[1\\]" in _text(reply)
    assert any(ARAGHCHI in c["quote"] for c in got["answer"]["citations"])
    assert "Shafaq News" in got["sources"] and "2026-01-12" in got["sources"]
    assert got["timeline"]["visible"] is bool(got["answer"]["events"])
    labels = [choice[0] for choice in got["picker"]["choices"]]
    assert len(labels) == len(got["answer"]["citations"]) and labels[0].startswith("[1] ")


@pytest.mark.integration
def test_chat_open_source_marks_the_cited_span(client):
    got = _ask(client, "Who contacted whom and when?")
    citation = next(c for c in got["answer"]["citations"] if ARAGHCHI in c["quote"])
    viewer = client.predict(citation["n"], api_name="/open_source")
    marked = re.search(r'<mark id="aq-hit" class="aq-hit">(.*?)</mark>', viewer, re.S)
    assert marked and marked.group(1) == citation["quote"]
    assert "Swiss mediation" in viewer  # the whole article, not just the quote


@pytest.mark.integration
def test_chat_follow_up_retrieves_with_the_previous_turn(client):
    first = _ask(client, "Who contacted whom and when?")
    follow = _ask(client, "And when did they plan to meet?", first["history"])
    assert "Araghchi" in follow["query"] and "Witkoff" in follow["query"]
    query, note = follow["query"].split("\n")  # the query box: the query, then the period it favoured
    assert follow["answer"]["query"] == query
    period = follow["answer"]["period"]
    assert note.startswith(f"Favouring articles published {period['from']} to {period['to']} ")
    assert any("in the coming days" in c["quote"] for c in follow["answer"]["citations"])
    assert [m["role"] for m in follow["history"]] == ["user", "assistant"] * 2


@pytest.mark.integration
def test_chat_filters_restrict_retrieval(client, tmp_path):
    from gradio_client import handle_file

    other = tmp_path / "lighthouse.txt"
    other.write_text(LIGHTHOUSE)
    client.predict([handle_file(str(other))], api_name="/add_articles")  # a second outlet to filter on
    question = "Who contacted whom and when?"
    kept = _ask(client, question, since="2026-01-12", until="2026-01-12", outlets=["Shafaq News"])
    assert any(ARAGHCHI in c["quote"] for c in kept["answer"]["citations"])
    for filters in ({"until": "2026-01-11"}, {"since": "2026-01-13"}, {"outlets": ["Nordkyst Post"]}):
        got = _ask(client, question, **filters)
        assert all(c["source"] != "Shafaq News" for c in got["answer"]["citations"]), filters
        if not got["answer"]["events"]:
            assert got["timeline"]["visible"] is False  # no empty table


@pytest.mark.integration
def test_chat_upload_indexes_articles_and_lists_rejected_files(client, tmp_path):
    from gradio_client import handle_file

    good = tmp_path / "upload" / "lighthouse.txt"
    good.parent.mkdir()
    good.write_text(LIGHTHOUSE)
    (good.parent / "notes.pdf").write_bytes(b"%PDF-1.4")
    (good.parent / "empty.md").write_text("")
    report, stats, outlets, _cleared = client.predict(
        [handle_file(str(p)) for p in (good, good.parent / "notes.pdf", good.parent / "empty.md")],
        api_name="/add_articles",
    )
    assert "1 added" in report
    assert re.search(r"notes\.pdf</b>: not an article file", report) and "empty.md</b>:" in report
    assert "<b>2</b> articles" in stats and "Varnholm" in stats  # the newest article now
    assert "Nordkyst Post" in [c[0] for c in outlets["choices"]]
    got = _ask(client, "Who repaired the Varnholm lighthouse lamp?")
    assert any("Ingrid Solberg" in c["quote"] and c["source"] == "Nordkyst Post" for c in got["answer"]["citations"])


@pytest.mark.integration
def test_chat_serve_listens_on_loopback_only_by_default(settings, real_embedder, monkeypatch):
    monkeypatch.setattr("ui.chat.QA", lambda s: QA(s, embedder=real_embedder))
    port = free_port()
    app = serve(settings.with_(port=port), block=False)
    try:
        assert settings.host == "127.0.0.1"
        listeners = _listening_addresses(port)
        assert listeners == {"127.0.0.1"}, listeners
    finally:
        app.close()


def _listening_addresses(port):
    """The local addresses with a TCP socket listening on `port`, read from the kernel's tables."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                if len(address) == 8:
                    found.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1]))
                else:
                    found.add(address)  # any IPv6 listener is a failure; its raw form is enough to show it
    if not found:
        pytest.fail(f"nothing listens on port {port}")
    return found


def test_parse_filters_uses_whole_utc_days_and_outlets():
    filters = parse_filters("2026-01-12", "2026-01-12 00:00:00", ["Shafaq News"])
    assert filters.published_from == int(datetime(2026, 1, 12, tzinfo=UTC).timestamp())
    assert filters.published_to == int(datetime(2026, 1, 12, 23, 59, 59, tzinfo=UTC).timestamp())
    assert filters.sources == ("Shafaq News",)
    assert parse_filters(None, "", []) is None


def test_parse_filters_rejects_bad_days_and_empty_ranges():
    with pytest.raises(QuestionError, match="published from must be a day like 2026-01-12, got 'soon'"):
        parse_filters("soon", None, [])
    with pytest.raises(QuestionError, match="the date range is empty: 2026-02-01 is after 2026-01-01"):
        parse_filters("2026-02-01", "2026-01-01", [])


def test_save_uploads_keeps_articles_and_refuses_wrong_types_and_sizes(tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "a b.txt").write_text("x" * 10)
    (incoming / "big.md").write_text("x" * 101)
    (incoming / "run.sh").write_text("echo")
    (incoming / "feed.JSONL").write_text("{}")
    saved = save_uploads(sorted(incoming.iterdir()), tmp_path / "uploads", max_bytes=100)
    assert sorted(p.name for p in saved.paths) == ["a_b.txt", "feed.JSONL"]
    assert all(p.parent == tmp_path / "uploads" and p.exists() for p in saved.paths)
    reasons = dict(saved.rejected)
    assert reasons["big.md"] == "0.0 MB is over the 0.0001 MB limit"
    assert reasons["run.sh"].startswith("not an article file; expected one of .txt")
