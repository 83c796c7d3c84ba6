"""Pure text clean-up: the seed layout's header (title, timestamp, dateline) and site furniture."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
# "Shafaq News– Tehran/ Washington": an outlet, a dash, a place; short and not a sentence.
_DATELINE = re.compile(r"^(?P<outlet>[^–—\-.!?]{2,60}?)\s*[–—-]\s*(?P<place>[^.!?]{0,80})$")
_FURNITURE_LINE = re.compile(
    r"^(read more|read also|also read|related( articles?| stories| coverage)?|recommended|advertisement"
    r"|follow us|subscribe|sign up|share this|click here)\b.*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<head>.*?)\n---\s*\n", re.S)


@dataclass(frozen=True)
class ParsedText:
    """What a plain-text or Markdown article says about itself."""

    title: str
    body: str
    published: datetime | None = None
    source: str = ""
    place: str = ""
    url: str = ""
    author: str = ""


def normalize_text(raw: str) -> str:
    """Unix newlines, NFC, no control characters, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_timestamp(value: str) -> datetime | None:
    """An ISO-8601 timestamp as an aware datetime (naive ones are taken as UTC), or None."""
    value = value.strip()
    if not _ISO_TIME.match(value):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_plain_text(raw: str, *, fallback_title: str) -> ParsedText:
    """Title, time, outlet and clean body of a text article in the seed layout (or any looser layout).

    Seed layout: title, the title again, an ISO timestamp, a dateline "Outlet– Place", the body, then furniture.
    Markdown front matter (title/date/source/url/author) and a leading "# Heading" are understood too.
    """
    text = normalize_text(raw)
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text + "\n")
    if front:
        for line in front.group("head").split("\n"):
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :].strip()
    lines = text.split("\n")
    pos = _next_filled(lines, 0)
    title = meta.get("title", "")
    if not title and pos < len(lines) and _looks_like_title(lines[pos]):
        title = lines[pos].lstrip("#").strip()
        pos = _next_filled(lines, pos + 1)
    if pos < len(lines) and title and lines[pos].lstrip("#").strip() == title:
        pos = _next_filled(lines, pos + 1)
    published = parse_timestamp(meta.get("date", "") or meta.get("published", ""))
    if pos < len(lines) and (stamp := parse_timestamp(lines[pos])):
        published = stamp
        pos = _next_filled(lines, pos + 1)
    source, place = meta.get("source", ""), ""
    if pos < len(lines) and (dateline := _DATELINE.match(lines[pos].strip())) and len(lines) > pos + 1:
        source = source or dateline.group("outlet").strip()
        place = dateline.group("place").strip()
        pos = _next_filled(lines, pos + 1)
    body = strip_furniture("\n".join(lines[pos:]))
    return ParsedText(
        title=title or fallback_title,
        body=body,
        published=published,
        source=source,
        place=place,
        url=meta.get("url", ""),
        author=meta.get("author", ""),
    )


def strip_furniture(body: str) -> str:
    """The body without "Read more:"-style lines, and without the menu words and repeats that trail it."""
    lines = [line for line in body.split("\n") if not _FURNITURE_LINE.match(line.strip())]
    seen: dict[str, int] = {}
    for line in lines:
        if line.strip():
            seen[line.strip()] = seen.get(line.strip(), 0) + 1
    while lines and (not lines[-1].strip() or _is_trailing_furniture(lines[-1].strip(), seen)):
        lines.pop()
    return normalize_text("\n".join(lines))


def _is_trailing_furniture(line: str, seen: dict[str, int]) -> bool:
    # Site chrome after the story: short, not a sentence, or repeated ("Shafaq Live" twice).
    short = len(line.split()) <= 8 and not _SENTENCE_END.search(line)
    return short or seen.get(line, 0) > 1


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 300 and (line.startswith("#") or not _SENTENCE_END.search(line) or len(line) < 150)


def _next_filled(lines: list[str], pos: int) -> int:
    while pos < len(lines) and not lines[pos].strip():
        pos += 1
    return pos
