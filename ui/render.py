"""HTML for the chat, built from records. Every piece of article text is escaped here: an article's own
markup is shown as text, never run."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from qa.records import Answer, Citation


def safe_link(url: str) -> str:
    """The URL if it is http(s), else "" (no javascript: or data: links from article metadata)."""
    return url if urlsplit(url).scheme in {"http", "https"} else ""


def answer_markdown(answer: Answer) -> str:
    """The chat bubble: the answer text, escaped so that no article markup renders."""
    return escape(answer.text, quote=False).replace("[", "\\[").replace("]", "\\]")


def sources_html(answer: Answer) -> str:
    """The sources panel: each cited passage with title, outlet, date and link."""
    if answer.abstained or not answer.citations:
        return '<div class="aq-sources aq-empty">No sources: the articles do not cover this question.</div>'
    return '<div class="aq-sources">' + "".join(citation_html(c) for c in answer.citations) + "</div>"


def citation_html(citation: Citation) -> str:
    """One source card."""
    link = safe_link(citation.url)
    title = escape(citation.title or citation.article_id)
    heading = f'<a href="{escape(link)}" target="_blank" rel="noopener noreferrer">{title}</a>' if link else title
    meta = " · ".join(
        escape(part)
        for part in (citation.source or "unknown outlet", (citation.published or "")[:10] or "undated")
        if part
    )
    return (
        f'<div class="aq-source" id="aq-source-{citation.n}">'
        f'<div class="aq-source-head"><span class="aq-n">[{citation.n}]</span> {heading}</div>'
        f'<div class="aq-meta">{meta}</div>'
        f"<blockquote>{escape(citation.quote)}</blockquote>"
        "</div>"
    )
