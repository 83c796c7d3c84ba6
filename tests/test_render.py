"""The chat's HTML and Markdown: escaped article text, the highlighted span, the timeline, the index line."""

import re
from datetime import UTC, datetime
from html import unescape

from qa.records import Answer, Article, Citation, Period
from ui.render import (
    answer_markdown,
    article_html,
    markdown_text,
    retrieval_note,
    safe_link,
    source_label,
    sources_html,
    stats_html,
    timeline_html,
    upload_report_html,
)

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def _citation(n=1, **changes):
    fields = {
        "n": n,
        "article_id": "a1",
        "title": "Talks",
        "source": "Shafaq News",
        "url": "https://example.org/talks",
        "published": "2026-01-12T17:16:57+00:00",
        "quote": "Araghchi contacted Witkoff.",
        "start": 0,
        "end": 27,
        "score": 0.9,
    }
    return Citation(**{**fields, **changes})


def _article(text, **changes):
    fields = {"id": "a1", "title": "Talks", "text": text, "content_hash": "h", "source": "Shafaq News"}
    return Article(**{**fields, **changes})


def _visible_text(html):
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_sources_html_escapes_article_markup():
    hostile = _citation(title="<script>alert(1)</script>", source="<b>x</b>", url="javascript:alert(1)", quote=HOSTILE)
    html = sources_html(Answer(question="q", text="t", citations=(hostile,)))
    assert "<script>" not in html and "<img" not in html and "javascript:" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_sources_html_shows_title_outlet_date_and_link():
    html = sources_html(Answer(question="q", text="t [1]", citations=(_citation(),)))
    assert 'href="https://example.org/talks"' in html and 'rel="noopener noreferrer"' in html
    assert "Shafaq News" in html and "2026-01-12" in html and "Araghchi contacted Witkoff." in html


def test_sources_html_says_so_when_abstaining():
    assert "do not cover" in sources_html(Answer(question="q", text="I cannot say.", abstained=True))


def test_safe_link_drops_non_http_schemes():
    assert safe_link("https://a.org/x") == "https://a.org/x"
    assert safe_link("javascript:alert(1)") == "" and safe_link("data:text/html,x") == ""


def test_markdown_text_escapes_html_and_markdown():
    text = markdown_text("**bold** [link](javascript:x) <img src=x onerror=y> a & b $$x$$")
    assert "<img" not in text and "&lt;img" in text and "&amp;" in text
    assert "\\*\\*bold\\*\\*" in text and "\\[link\\]\\(javascript:x\\)" in text and "\\$\\$" in text


def test_answer_markdown_keeps_citation_markers_literal():
    assert answer_markdown(Answer(question="q", text="Araghchi contacted Witkoff. [1]")).endswith("\\[1\\]")


def test_source_label_names_number_title_outlet_and_day():
    assert source_label(_citation(n=2)) == "[2] Talks · Shafaq News · 2026-01-12"
    assert source_label(_citation(n=3, published=None, source="").to_dict()) == "[3] Talks · unknown outlet · undated"


def test_article_html_marks_exactly_the_cited_span():
    text = "Intro line.\n\nAraghchi contacted Witkoff. Then more."
    start = text.index("Araghchi")
    html = article_html(_article(text), start, start + 27, n=1, quote="Araghchi contacted Witkoff.")
    hit = re.search(r'<mark id="aq-hit" class="aq-hit">(.*?)</mark>', html)
    assert hit and hit.group(1) == "Araghchi contacted Witkoff."
    assert _visible_text(html).endswith(text)  # the whole article, in order, nothing added inside it


def test_article_html_escapes_hostile_article_text_and_title():
    text = f"Before {HOSTILE} after."
    html = article_html(_article(text, title="<script>x</script>", url="javascript:alert(1)"), 7, 7 + len(HOSTILE))
    assert "<img" not in html and "<script" not in html and "javascript:" not in html
    assert HOSTILE in _visible_text(html)


def test_article_html_finds_a_quote_that_moved():
    html = article_html(
        _article("New first line. Araghchi contacted Witkoff."), 0, 27, quote="Araghchi contacted Witkoff."
    )
    assert '<mark id="aq-hit" class="aq-hit">Araghchi contacted Witkoff.</mark>' in html


def test_article_html_without_the_quote_has_no_highlight_and_says_why():
    html = article_html(_article("Entirely rewritten."), 0, 10, quote="Araghchi contacted Witkoff.")
    assert "aq-hit" not in html and "no longer in this article" in html


def test_timeline_html_is_empty_without_events():
    assert timeline_html(Answer(question="q", text="t").events) == ""


def test_timeline_html_lists_events_in_time_order_escaped():
    later = {
        "n": 1,
        "actor": "Donald Trump",
        "action": "said",
        "target": "reporters",
        "place": "",
        "time": {"text": "on Sunday", "value": "2026-01-11", "start": "2026-01-11", "end": "2026-01-11"},
        "quote": "Trump said on Sunday...",
    }
    earlier = {
        "n": 2,
        "actor": "Abbas Araghchi",
        "action": "contacted",
        "target": "<b>Steve Witkoff</b>",
        "place": "",
        "time": {"text": "over the weekend", "value": "2026-W02-WE", "start": "2026-01-10", "end": "2026-01-11"},
        "quote": "Araghchi contacted Witkoff over the weekend",
    }
    undated = {"n": 3, "actor": "Baqaei", "action": "confirmed", "target": "", "place": "", "time": None, "quote": ""}
    answer = Answer(question="q", text="t", events=(undated, later, earlier))
    html = timeline_html(answer.events)
    rows = re.findall(r"<tr>(.*?)</tr>", html)[1:]
    assert [re.search(r"\[(\d)\]", r).group(1) for r in rows] == ["2", "1", "3"]
    assert "over the weekend" in rows[0] and "2026-01-10 – 2026-01-11" in rows[0]
    assert "&lt;b&gt;Steve Witkoff&lt;/b&gt;" in rows[0] and "<b>Steve" not in html
    assert all(h in html for h in ("When", "Who", "Action", "Whom"))


def test_stats_html_counts_and_names_the_newest_article():
    articles = [
        {"id": "old", "title": "Old", "source": "A", "published": "2025-01-01T00:00:00+00:00", "published_ts": 1},
        {"id": "new", "title": "<i>New</i>", "source": "B", "published": "2026-01-12", "published_ts": 2},
    ]
    indexed = int(datetime(2026, 2, 1, 9, 30, tzinfo=UTC).timestamp())
    articles[0]["indexed_at"] = indexed
    html = stats_html({"articles": 2, "chunks": 7}, articles)
    assert "<b>2</b> articles" in html and "<b>7</b> chunks" in html
    assert "newest: &lt;i&gt;New&lt;/i&gt;" in html and "2026-01-12" in html
    assert "last indexed 2026-02-01 09:30 UTC" in html


def test_upload_report_html_lists_each_rejected_file_with_its_reason():
    html = upload_report_html("1 added", [("x.pdf", "not an article file"), ("<b>.txt", "empty")])
    assert "x.pdf</b>: not an article file" in html and "&lt;b&gt;.txt" in html


def test_retrieval_note_names_the_favoured_period_and_why():
    answer = Answer(question="q", text="t")
    assert retrieval_note("Who met?", answer) == "Who met?"
    jan = datetime(2026, 1, 5, tzinfo=UTC).timestamp(), datetime(2026, 1, 12, 23, tzinfo=UTC).timestamp()
    recent = Answer(question="q", text="t", period=Period(int(jan[0]), int(jan[1]), named=False))
    assert retrieval_note("Who met?", recent) == (
        "Who met?\nFavouring articles published 2026-01-05 to 2026-01-12 (the days just before the question)."
    )
    named = Answer(question="q", text="t", period=Period(int(jan[0]), int(jan[1]), named=True))
    assert retrieval_note("Who met?", named).endswith("(the period the question names).")


def test_timeline_html_shows_the_preposition_of_a_bound():
    event = {
        "n": 1,
        "actor": "No team",
        "action": "won",
        "target": "the title",
        "place": "",
        "time": {"text": "1968", "value": "1968", "start": "1968-01-01", "end": "1968-12-31", "signal": "since"},
        "quote": "",
    }
    assert "since 1968" in timeline_html((event,))
