"""End to end in a real browser: Playwright drives Debian's Chromium against the launched chat."""

import re
from pathlib import Path

import pytest

from ingest.indexer import index_paths
from qa.api import QA
from ui.chat import build_app, launch_options

from .conftest import LIGHTHOUSE, free_port

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARAGHCHI = "Iranian Foreign Minister Abbas Araghchi contacted White House Envoy Steve Witkoff"
# Both payloads would mark the page if the browser ran them.
PAYLOAD_IMG = "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">"
PAYLOAD_SCRIPT = "<script>window.__pwned='script';document.title='pwned'</script>"
PLANTED = f"""Quarry council votes on gravel tax {PAYLOAD_IMG}
2026-01-05T10:00:00+00:00

Dalby Courier– Dalby

The Dalby quarry council voted to double the gravel tax {PAYLOAD_IMG} on Friday.

Councillor Maren Holt said the gravel tax would fund the new bridge {PAYLOAD_SCRIPT} over the river.
"""


@pytest.fixture
def chat_url(seed_corpus, settings, real_embedder):
    (seed_corpus / "2026-01-05-dalby-gravel-tax.txt").write_text(PLANTED)
    report = index_paths([seed_corpus], settings, embedder=real_embedder)
    assert len(report.added) == 2, report.summary()
    app = build_app(QA(settings, embedder=real_embedder))
    port = free_port()
    app.launch(prevent_thread_lock=True, quiet=True, **{**launch_options(settings), "server_port": port})
    yield f"http://127.0.0.1:{port}/"
    app.close()


@pytest.fixture
def page(tmp_path):
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver (.ci/run does it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.set_default_timeout(30_000)
        yield page
        browser.close()


def _ask(page, question):
    """Ask in the textbox and wait until the chat holds this question's answer."""
    replies = page.locator("#aq-chat .message.bot")
    before = replies.count()
    box = page.locator("#aq-question textarea")
    box.fill(question)
    box.press("Enter")
    # Gradio shows a placeholder while the reply renders; wait for the reply's own text.
    page.wait_for_function(
        """n => {
            const bots = document.querySelectorAll('#aq-chat .message.bot');
            return bots.length > n && !/Loading content/.test(bots[bots.length - 1].innerText)
                && document.querySelector('#aq-question textarea').value === '';
        }""",
        arg=before,
        timeout=30_000,
    )
    return replies.last.inner_text()


def _open_source(page, quote):
    """Pick the source whose card quotes `quote`; wait for the article with its highlighted span."""
    card = page.locator("#aq-sources .aq-source", has_text=quote).first
    n = card.get_attribute("data-n")
    page.locator("#aq-open-source label", has_text=f"[{n}]").click()
    hit = page.locator("#aq-article #aq-hit")
    hit.wait_for()
    return hit


def _not_pwned(page):
    assert page.evaluate("() => window.__pwned === undefined"), "article markup ran as script"
    assert page.title() != "pwned"


@pytest.mark.timeout(120)
def test_browser_asks_opens_source_uploads_and_runs_no_article_script(chat_url, page, tmp_path):
    page.goto(chat_url)
    page.locator("#aq-stats", has_text="2 articles").wait_for()

    answer = _ask(page, "Who contacted whom and when?")
    assert "Araghchi" in answer and re.search(r"\[\d\]", answer)
    page.locator("#aq-sources .aq-source", has_text=ARAGHCHI).wait_for()
    page.screenshot(path=str(tmp_path / "answer.png"), full_page=True)

    hit = _open_source(page, ARAGHCHI)
    assert ARAGHCHI in hit.inner_text()
    # Scrolled into view: inside the article's own scroll box and inside the window (1 px for the mark's padding).
    page.wait_for_function(
        """() => {
            const hit = document.getElementById('aq-hit').getBoundingClientRect();
            const box = document.querySelector('#aq-article .aq-article-body').getBoundingClientRect();
            return hit.top >= Math.max(box.top, 0) - 2 && hit.bottom <= Math.min(box.bottom, window.innerHeight) + 2;
        }""",
        timeout=5_000,
    )
    page.screenshot(path=str(tmp_path / "source.png"))

    # The planted article: its markup shows as text in the answer, the sources and the article viewer.
    answer = _ask(page, "What did the Dalby quarry council vote on?")
    assert "gravel tax" in answer
    _open_source(page, "gravel tax")
    page.wait_for_timeout(300)  # give an injected onerror the moment it would need to fire
    _not_pwned(page)
    assert "<img src=x onerror=" in page.locator("#aq-article").inner_text()
    assert page.locator("#aq-sources", has_text="<img src=x").count() == 1
    for panel in ("#aq-chat", "#aq-sources", "#aq-article"):
        assert page.locator(f"{panel} img[src='x'], {panel} script").count() == 0, panel
    page.screenshot(path=str(tmp_path / "planted.png"))

    upload = tmp_path / "uploads" / "2026-02-03-varnholm-lighthouse.txt"
    upload.parent.mkdir()
    upload.write_text(LIGHTHOUSE)
    page.locator("#aq-upload input[type=file]").set_input_files(str(upload))
    page.locator("#aq-upload-report", has_text="1 added").wait_for()
    page.locator("#aq-stats", has_text="3 articles").wait_for()

    answer = _ask(page, "Who repaired the Varnholm lighthouse lamp?")
    assert "Ingrid Solberg" in answer
    page.locator("#aq-sources", has_text="Nordkyst Post").wait_for()
    page.screenshot(path=str(tmp_path / "uploaded.png"), full_page=True)
    _not_pwned(page)
