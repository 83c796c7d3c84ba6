"""Reading files into Articles. The only part of `ingest` that touches the disk for input.

Every problem with one file (or one JSONL line) becomes an InputError naming it and the reason; the caller
keeps going with the rest of the batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ingest.clean import normalize_text, parse_plain_text, parse_timestamp, strip_furniture
from qa.errors import InputError
from qa.records import Article

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
TITLE_FIELDS = ("title", "headline", "name")
BODY_FIELDS = ("body", "text", "content", "article", "maintext")
DATE_FIELDS = ("published_at", "published", "date", "pubDate", "date_publish", "datetime", "time")
SOURCE_FIELDS = ("source", "outlet", "publisher", "site", "source_domain")
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|ref$|cmpid$|mc_)")
MAX_JSON_DEPTH = 32
# A title is repeated in front of every chunk it embeds and indexes; a runaway one (a whole body in the title
# field) would swamp them all.
MAX_TITLE_CHARS = 500


@dataclass
class ReadResult:
    """The articles one file yielded and the errors it raised; one file can give both (JSONL)."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def find_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Files to read under the given files and folders (recursive, hidden entries skipped), sorted.

    Symbolic links are followed, but a folder is read once however many links lead to it (so a link loop ends);
    anything that is not a regular file (a pipe, a device, a dangling or looping link) is reported, not opened.
    """
    found: list[Path] = []
    errors: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            _walk(path, found, errors)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                _add_file(path, found, errors)
            else:
                errors.append(
                    InputError(
                        _display(path),
                        f"unsupported file type {path.suffix or '(none)'!r}; "
                        f"expected one of {', '.join(sorted(SUFFIXES))}",
                    )
                )
        elif path.is_symlink():
            errors.append(InputError(_display(path), "broken or looping symbolic link"))
        elif path.exists():
            errors.append(InputError(_display(path), "not a regular file or folder"))
        else:
            errors.append(InputError(_display(path), "no such file or folder"))
    return sorted(set(found)), errors


def _walk(top: Path, found: list[Path], errors: list[InputError]) -> None:
    seen: dict[tuple[int, int], str] = {}

    def unreadable(error: OSError) -> None:
        errors.append(InputError(_display(error.filename or top), error.strerror or str(error)))

    for root, dirs, names in os.walk(top, followlinks=True, onerror=unreadable):
        try:
            info = os.stat(root)
        except OSError as error:
            errors.append(InputError(_display(root), error.strerror or str(error)))
            dirs[:] = []
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            errors.append(
                InputError(_display(root), f"symbolic link to a folder already read as {_display(seen[key])}; skipped")
            )
            dirs[:] = []
            continue
        seen[key] = root
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            file = Path(root) / name
            if not name.startswith(".") and file.suffix.lower() in SUFFIXES:
                _add_file(file, found, errors)


def _add_file(file: Path, found: list[Path], errors: list[InputError]) -> None:
    try:
        str(file).encode("utf-8")
    except UnicodeEncodeError:
        errors.append(InputError(_display(file), "file name is not valid UTF-8; rename the file"))
        return
    try:
        info = file.stat()
    except OSError as error:  # a dangling or looping link, or a file removed meanwhile
        errors.append(InputError(_display(file), error.strerror or str(error)))
        return
    if not stat.S_ISREG(info.st_mode):
        errors.append(InputError(_display(file), "not a regular file (a pipe, socket or device); skipped"))
        return
    found.append(file)


def _display(path: str | Path) -> str:
    """A path as printable text, whatever bytes its name holds."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_file(path: Path, *, max_bytes: int, max_feed_bytes: int | None = None) -> ReadResult:
    """Articles from one file; never raises for bad content, returns the errors instead.

    max_bytes limits one article (a .txt/.md/.html file, one JSON record); max_feed_bytes a whole .json/.jsonl feed.
    """
    result = ReadResult()
    name = str(path)
    suffix = path.suffix.lower()
    feed = suffix in {".json", ".jsonl"}
    limit = (max_feed_bytes or max_bytes) if feed else max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(name, f"file is {size / 1e6:.1f} MB, larger than the {limit / 1e6:g} MB limit")
        data = path.read_bytes()
        text = decode(name, data)
        if feed:
            for label, record in _json_records(name, text, jsonl=suffix == ".jsonl", errors=result.errors):
                if len(json.dumps(record)) > max_bytes:
                    result.errors.append(InputError(label, f"record is larger than the {max_bytes / 1e6:g} MB limit"))
                    continue
                try:
                    result.articles.append(article_from_record(record, source_path=name, label=label))
                except InputError as error:
                    result.errors.append(error)
            if not result.articles and not result.errors:
                raise InputError(name, "no articles in the file (an empty list or object)")
        elif suffix in {".html", ".htm"}:
            result.articles.append(article_from_html(text, source_path=name))
        else:
            parsed = parse_plain_text(text, fallback_title=path.stem.replace("-", " ").replace("_", " "))
            result.articles.append(
                make_article(
                    title=parsed.title,
                    body=parsed.body,
                    published=parsed.published,
                    source=parsed.source,
                    url=parsed.url,
                    author=parsed.author,
                    source_path=name,
                    label=name,
                )
            )
    except InputError as error:
        result.errors.append(error)
    except OSError as error:
        result.errors.append(InputError(name, error.strerror or str(error)))
    return result


def decode(name: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; binary is refused."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(name, f"binary file ({what}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "invalid UTF-16 text") from None
    if b"\x00" in data:
        if utf16 := _bomless_utf16(data):
            return utf16
        raise InputError(name, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 100):
        raise InputError(name, "undecodable text (neither UTF-8, UTF-16 nor Windows-1252)")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte order mark: mostly-ASCII text then has a NUL in every other byte."""
    if len(data) % 2 or len(data) < 4:
        return None
    for codec, zeros, others in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) == 0:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _json_records(name: str, text: str, *, jsonl: bool, errors: list[InputError]) -> Iterator[tuple[str, Any]]:
    if not text.strip():
        raise InputError(name, "empty file")
    if jsonl:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            label = f"{name}:{number}"
            try:
                yield label, json.loads(line)
            except json.JSONDecodeError as error:
                errors.append(InputError(label, f"invalid JSON ({error.msg}; column {error.colno})"))
            except RecursionError:
                errors.append(InputError(label, "JSON nested too deeply"))
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"invalid JSON ({error.msg}; line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise InputError(name, "JSON nested too deeply") from None
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield f"{name}[{i}]", item
    else:
        yield name, value


def article_from_record(record: Any, *, source_path: str, label: str) -> Article:
    """An Article from a news-feed JSON object (title, body/text/content, published_at/date, source, url, author)."""
    if not isinstance(record, dict):
        raise InputError(label, f"expected a JSON object, got {type(record).__name__}")
    title = _string_field(record, TITLE_FIELDS, label)
    body = _string_field(record, BODY_FIELDS, label)
    if not body.strip():
        raise InputError(label, f"no article text (expected a non-empty field: {', '.join(BODY_FIELDS)})")
    url = _string_field(record, ("url", "link"), label)
    source = record.get("source")
    if isinstance(source, dict):  # NewsAPI style {"id": .., "name": ..}
        source = source.get("name") or source.get("id") or ""
        record = {**record, "source": source}
    return make_article(
        title=title,
        body=strip_furniture(normalize_text(body)),
        published=parse_published(_raw_field(record, DATE_FIELDS), label) or published_from_url(url),
        source=_string_field(record, SOURCE_FIELDS, label),
        url=url,
        author=_author(record.get("author") or record.get("authors"), label),
        source_path=source_path,
        label=label,
    )


def article_from_html(html: str, *, source_path: str) -> Article:
    """An Article from a news web page: trafilatura finds the main text and the metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(source_path, "no article text found in the HTML")
    return make_article(
        title=doc.title or Path(source_path).stem,
        body=strip_furniture(normalize_text(text)),
        published=parse_published(doc.date, source_path) or published_from_url(doc.url or ""),
        source=doc.sitename or doc.hostname or "",
        url=doc.url or "",
        author=doc.author or "",
        source_path=source_path,
        label=source_path,
    )


def make_article(
    *,
    title: str,
    body: str,
    published: datetime | None,
    source: str,
    url: str,
    author: str,
    source_path: str,
    label: str,
) -> Article:
    """An Article with its stable id (from the URL, else the content) and its content hash."""
    title = normalize_text(title).replace("\n", " ")
    if len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0].rstrip() + "…"
    text = normalize_text(body)
    if not text:
        raise InputError(label, "empty article: no text left after clean-up")
    canonical = canonical_url(url) if url else ""
    if canonical:
        article_id = "u" + hashlib.sha1(canonical.encode()).hexdigest()[:15]
    else:
        normalized = re.sub(r"\s+", " ", f"{title}\n{text}".lower()).strip()
        article_id = "c" + hashlib.sha1(normalized.encode()).hexdigest()[:15]
    published_iso = published.isoformat() if published else ""
    digest = hashlib.sha256(json.dumps([title, text, published_iso, source, url, author]).encode()).hexdigest()
    return Article(
        id=article_id,
        title=title,
        text=text,
        content_hash=digest,
        source=source.strip(),
        url=url.strip(),
        author=author.strip(),
        published=published,
        source_path=source_path,
    )


def canonical_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default ports or a trailing slash; scheme and host lower-cased."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    host = parts.netloc.lower().removesuffix(":80").removesuffix(":443")
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/"), query, ""))


# News sites name the day of publication in the path: /2023/01/05/story, /2023-01-05/story.
_URL_DAY = re.compile(r"/((?:19|20)\d\d)([/-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)")


def published_from_url(url: str) -> datetime | None:
    """The day a news URL's path names, at 00:00 UTC: the publication day of a record that gives none."""
    m = _URL_DAY.search(urlsplit(url.strip()).path) if url else None
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[3]), int(m[4]), tzinfo=UTC)
    except ValueError:
        return None


def parse_published(value: Any, label: str) -> datetime | None:
    """A publication time from ISO or RFC 2822 text, a date like 2023/01/05, or epoch seconds; UTC unless said."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError(label, f"publication date must be text or a number, got {value!r}")
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            raise InputError(label, f"publication time {value!r} is out of range") from None
    if not isinstance(value, str):
        raise InputError(label, f"publication date must be text or a number, got {type(value).__name__}")
    text = value.strip()
    if parsed := parse_timestamp(text):
        return parsed
    if m := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text):
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=UTC)
        except ValueError:
            pass
    try:
        parsed = parsedate_to_datetime(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only for dates in no standard format

    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": True, "TO_TIMEZONE": "UTC"})
    if parsed is None:
        raise InputError(label, f"unreadable publication date {text[:40]!r}")
    return parsed


def _raw_field(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _string_field(record: dict[str, Any], names: tuple[str, ...], label: str) -> str:
    value = _raw_field(record, names)
    if value is None:
        return ""
    if not isinstance(value, str):
        field_name = next(n for n in names if record.get(n) is value)
        raise InputError(label, f"field {field_name!r} must be text, got {type(value).__name__}")
    return value


def _author(value: Any, label: str) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    raise InputError(label, f"field 'author' must be text or a list of text, got {type(value).__name__}")
