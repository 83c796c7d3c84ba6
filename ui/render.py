"""HTML and Markdown for the chat, built from records. Every piece of article text is escaped here: an
article's own markup is shown as text, never run."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from html import escape
from typing import Any
from urllib.parse import urlsplit

from qa.records import Answer, Article, Citation

# Characters that start Markdown (or the chat's LaTeX) constructs; a backslash makes each one literal. "<" and
# "&" are left to html.escape: a backslash before "&lt;" would show the entity itself.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~$-])")
HIT_ID = "aq-hit"


def safe_link(url: str) -> str:
    """The URL if it is http(s), else "" (no javascript: or data: links from article metadata)."""
    return url if urlsplit(url).scheme in {"http", "https"} else ""


def markdown_text(text: str) -> str:
    """Text for a Markdown chat bubble that renders exactly as written: no markup, links or HTML."""
    return escape(_MARKDOWN_SPECIAL.sub(r"\\\1", text), quote=False)


def answer_markdown(answer: Answer) -> str:
    """The chat bubble: the answer text, escaped so that no article markup renders."""
    return markdown_text(answer.text)


def retrieval_note(query: str, answer: Answer) -> str:
    """The query retrieval used and the publication period it favoured, for the chat's query box."""
    if answer.period is None:
        return query
    period = answer.period.to_dict()
    why = "the period the question names" if period["named"] else "the days just before the question"
    return f"{query}\nFavouring articles published {period['from']} to {period['to']} ({why})."


def sources_html(answer: Answer) -> str:
    """The sources panel: each cited passage with title, outlet, date and link."""
    if answer.abstained or not answer.citations:
        return '<div class="aq-sources aq-empty">No sources: the articles do not cover this question.</div>'
    return '<div class="aq-sources">' + "".join(citation_html(c) for c in answer.citations) + "</div>"


def citation_html(citation: Citation) -> str:
    """One source card."""
    return (
        f'<div class="aq-source" id="aq-source-{citation.n}" data-n="{citation.n}">'
        f'<div class="aq-source-head"><span class="aq-n">[{citation.n}]</span> '
        f"{_title_html(citation.title or citation.article_id, citation.url)}</div>"
        f'<div class="aq-meta">{_meta(citation.source, citation.published)}</div>'
        f"<blockquote>{escape(citation.quote)}</blockquote>"
        "</div>"
    )


def source_label(citation: Citation | Mapping[str, Any]) -> str:
    """The plain-text name of a source in the "open source" picker: "[1] Title · Outlet · 2026-01-12"."""
    get = citation.get if isinstance(citation, Mapping) else lambda key: getattr(citation, key)
    title = get("title") or get("article_id")
    short = title if len(title) <= 60 else title[:59] + "…"
    date = (get("published") or "")[:10] or "undated"
    return f"[{get('n')}] {short} · {get('source') or 'unknown outlet'} · {date}"


def article_html(article: Article, start: int, end: int, *, n: int | None = None, quote: str = "") -> str:
    """The article viewer: header, then the whole text with the cited span in `<mark id="aq-hit">`.

    Args:
        article: the stored article.
        start, end: the citation's character offsets into `article.text`.
        n: the citation number shown in the header.
        quote: the cited text; when the stored text no longer has it at start:end, it is looked up again.
    Returns:
        Escaped HTML; without a highlight (and with a note) when the quote is no longer in the article.
    """
    text = article.text
    if quote and text[start:end] != quote:
        found = text.find(quote)
        start, end = (found, found + len(quote)) if found >= 0 else (-1, -1)
    label = f'<span class="aq-n">[{n}]</span> ' if n is not None else ""
    head = (
        f'<div class="aq-article-head">{label}{_title_html(article.title or article.id, article.url)}</div>'
        f'<div class="aq-meta">{_meta(article.source, article.published.isoformat() if article.published else None)}'
        f"{' · ' + escape(article.author) if article.author else ''}</div>"
    )
    if 0 <= start < end <= len(text):
        body = (
            f'{escape(text[:start])}<mark id="{HIT_ID}" class="aq-hit">{escape(text[start:end])}</mark>'
            f"{escape(text[end:])}"
        )
        note = ""
    else:
        body = escape(text)
        note = '<div class="aq-note">The cited passage is no longer in this article; it was re-indexed since.</div>'
    return f'<div class="aq-article">{head}{note}<div class="aq-article-body">{body}</div></div>'


def article_placeholder() -> str:
    """The article viewer before a source is picked."""
    return '<div class="aq-article aq-empty">Pick a source above to read it in its article, the quote marked.</div>'


def timeline_html(events: Sequence[Mapping[str, Any]]) -> str:
    """A table of the answer's events in time order (when, who, action, whom, [n]); "" when there are none."""
    if not events:
        return ""
    rows = []
    for event in sorted(events, key=_event_order):
        time = event.get("time") or {}
        start, end = time.get("start") or "", time.get("end") or ""
        span = start if start == end or not end else f"{start} – {end}"
        when = escape(" ".join(part for part in (time.get("signal"), time.get("text")) if part))  # "since 1968"
        if span:
            when += f'<div class="aq-meta">{escape(span)}</div>'
        rows.append(
            "<tr>"
            f'<td class="aq-when">{when or "?"}</td>'
            f"<td>{escape(str(event.get('actor') or ''))}</td>"
            f"<td>{escape(str(event.get('action') or ''))}</td>"
            f"<td>{escape(str(event.get('target') or ''))}</td>"
            f'<td class="aq-n">[{escape(str(event.get("n", "")))}]</td>'
            "</tr>"
        )
    return (
        '<table class="aq-timeline"><caption>Timeline</caption>'
        "<thead><tr><th>When</th><th>Who</th><th>Action</th><th>Whom</th><th>Source</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def stats_html(counts: Mapping[str, int], articles: Sequence[Mapping[str, Any]]) -> str:
    """One line about the index: articles, chunks, the newest article and when it was last indexed."""
    parts = [_count(counts.get("articles", 0), "article"), _count(counts.get("chunks", 0), "chunk")]
    dated = [a for a in articles if a.get("published_ts") is not None]
    if dated:
        newest = max(dated, key=lambda a: a["published_ts"])
        parts.append(
            f"newest: {escape(newest.get('title') or newest['id'])} "
            f'<span class="aq-meta">({_meta(newest.get("source", ""), newest.get("published"))})</span>'
        )
    indexed = [a["indexed_at"] for a in articles if a.get("indexed_at")]
    if indexed:
        parts.append(f"last indexed {datetime.fromtimestamp(max(indexed), UTC):%Y-%m-%d %H:%M} UTC")
    return '<div class="aq-stats">' + " · ".join(parts) + "</div>"


def upload_report_html(summary: str, rejected: Iterable[tuple[str, str]]) -> str:
    """What an upload did: the indexer's summary line and each rejected file with its reason."""
    items = "".join(f"<li><b>{escape(name)}</b>: {escape(reason)}</li>" for name, reason in rejected)
    listing = f'<div class="aq-rejected">Rejected:<ul>{items}</ul></div>' if items else ""
    return f'<div class="aq-upload-report"><div>{escape(summary)}</div>{listing}</div>'


def error_html(message: str) -> str:
    """A one-line error for an HTML panel."""
    return f'<div class="aq-error">{escape(message)}</div>'


def _title_html(title: str, url: str) -> str:
    link = safe_link(url)
    text = escape(title)
    return f'<a href="{escape(link)}" target="_blank" rel="noopener noreferrer">{text}</a>' if link else text


def _meta(source: str, published: str | None) -> str:
    return " · ".join(escape(part) for part in (source or "unknown outlet", (published or "")[:10] or "undated"))


def _event_order(event: Mapping[str, Any]) -> tuple[int, str, int]:
    start = (event.get("time") or {}).get("start") or ""
    return (0 if start else 1, start, int(event.get("n") or 0))


def _count(n: int, noun: str) -> str:
    return f"<b>{n:,}</b> {noun}{'' if n == 1 else 's'}"
