"""The chat app launched for real and driven through gradio_client."""

import socket

import pytest

from ingest.indexer import index_paths
from qa.api import QA
from ui.chat import build_app
from ui.render import sources_html

pytestmark = pytest.mark.integration


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chat_url(seed_corpus, settings, real_embedder):
    index_paths([seed_corpus], settings, embedder=real_embedder)
    app = build_app(QA(settings, embedder=real_embedder))
    port = _free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    app.close()


def test_chat_answers_seed_question_with_citations(chat_url):
    from gradio_client import Client

    client = Client(chat_url, verbose=False)
    history, sources, answer, cleared = client.predict("Who contacted whom and when?", [], api_name="/ask")
    assert cleared == ""
    reply = history[-1]
    text = (
        reply["content"] if isinstance(reply["content"], str) else " ".join(part["text"] for part in reply["content"])
    )
    assert reply["role"] == "assistant" and "\\[1\\]" in text
    assert any("Araghchi contacted White House Envoy Steve Witkoff" in c["quote"] for c in answer["citations"])
    assert "Shafaq News" in sources and "2026-01-12" in sources


def test_sources_html_escapes_article_markup():
    from qa.records import Answer, Citation

    hostile = Citation(
        1,
        "a",
        "<script>alert(1)</script>",
        "<b>x</b>",
        "javascript:alert(1)",
        None,
        '<img src=x onerror="alert(1)">',
        0,
        10,
        1.0,
    )
    html = sources_html(Answer(question="q", text="t", citations=(hostile,)))
    assert "<script>" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
