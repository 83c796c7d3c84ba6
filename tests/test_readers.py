import json
from datetime import UTC, datetime

import pytest

from ingest.readers import canonical_url, decode, find_files, parse_published, published_from_url, read_file
from qa.errors import InputError

MB = 1_000_000


def _write(path, content):
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_read_file_jsonl_feed_fields(tmp_path):
    lines = [
        {
            "title": "A",
            "body": "Body of A. It has two sentences.",
            "published_at": "2025-05-01T08:00:00Z",
            "source": "Wire",
            "url": "https://x.example/a",
        },
        {
            "title": "B",
            "content": "Body of B.",
            "date": "2025/05/02",
            "source": {"name": "Daily"},
            "author": ["Ann", "Bo"],
        },
        {"headline": "C", "text": "Body of C.", "published": 1746000000},
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines))
    result = read_file(path, max_bytes=MB)
    assert result.errors == []
    a, b, c = result.articles
    assert (a.title, a.source, a.url) == ("A", "Wire", "https://x.example/a")
    assert a.published == datetime(2025, 5, 1, 8, tzinfo=UTC)
    assert (b.text, b.source, b.author) == ("Body of B.", "Daily", "Ann, Bo")
    assert b.published == datetime(2025, 5, 2, tzinfo=UTC)
    assert c.title == "C" and c.published.year == 2025


def test_read_file_json_list_and_object(tmp_path):
    one = read_file(_write(tmp_path / "one.json", json.dumps({"title": "T", "text": "Some text."})), max_bytes=MB)
    many = read_file(
        _write(tmp_path / "many.json", json.dumps([{"title": "T1", "text": "x."}, {"title": "T2", "text": "y."}])),
        max_bytes=MB,
    )
    assert [a.title for a in one.articles] == ["T"]
    assert [a.title for a in many.articles] == ["T1", "T2"]


def test_read_file_jsonl_bad_line_is_reported_and_rest_kept(tmp_path):
    path = _write(
        tmp_path / "feed.jsonl",
        '{"title": "ok", "text": "Fine."}\n{"title": "broken", "te\n{"title": 5, "text": "x"}\n',
    )
    result = read_file(path, max_bytes=MB)
    assert [a.title for a in result.articles] == ["ok"]
    messages = [str(e) for e in result.errors]
    assert messages[0].startswith(f"{path}:2: invalid JSON")
    assert messages[1] == f"{path}:3: field 'title' must be text, got int"


def test_read_file_json_without_text_field(tmp_path):
    result = read_file(_write(tmp_path / "a.json", json.dumps({"title": "only a title"})), max_bytes=MB)
    assert result.articles == []
    assert "no article text" in str(result.errors[0])


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.json", "", "empty file"),
        ("truncated.json", '{"title": "x", "text": "abc', "invalid JSON"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)"),
        ("nul.txt", b"text\x00with\x00nul", "binary file (contains NUL bytes)"),
        ("blank.txt", "   \n\n  ", "empty article"),
    ],
)
def test_read_file_bad_input_gives_one_clear_error(tmp_path, name, content, reason):
    path = _write(tmp_path / name, content)
    result = read_file(path, max_bytes=MB)
    assert result.articles == []
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith(str(path))
    assert reason in str(result.errors[0])


def test_read_file_too_large(tmp_path):
    path = _write(tmp_path / "big.txt", "word " * 1000)
    result = read_file(path, max_bytes=100)
    assert "larger than" in str(result.errors[0])


def test_read_file_html_uses_main_text_and_metadata(tmp_path):
    html = (
        "<html><head><title>Site | Storm hits coast</title>"
        '<meta property="og:site_name" content="Coastal Times">'
        '<meta property="article:published_time" content="2025-09-01T06:00:00Z"></head>'
        "<body><nav>Home News Sports</nav><article><h1>Storm hits coast</h1>"
        + "<p>The storm made landfall early on Monday, flooding streets in the old town.</p>" * 3
        + "<script>alert('x')</script></article><footer>Copyright</footer></body></html>"
    )
    article = read_file(_write(tmp_path / "storm.html", html), max_bytes=MB).articles[0]
    assert article.title == "Storm hits coast"
    assert article.source == "Coastal Times"
    assert article.published.date().isoformat() == "2025-09-01"
    assert "flooding streets" in article.text
    assert "alert" not in article.text and "Home News Sports" not in article.text


def test_read_file_html_with_only_scripts_is_rejected(tmp_path):
    result = read_file(_write(tmp_path / "s.html", "<html><script>var a=1;</script></html>"), max_bytes=MB)
    assert "no article text found in the HTML" in str(result.errors[0])


def test_article_id_stable_from_url_else_content(tmp_path):
    a1 = read_file(
        _write(
            tmp_path / "a.json",
            json.dumps({"title": "T", "text": "One.", "url": "https://X.example/a/?utm_source=z#top"}),
        ),
        max_bytes=MB,
    ).articles[0]
    a2 = read_file(
        _write(tmp_path / "b.json", json.dumps({"title": "T", "text": "Changed.", "url": "https://x.example/a"})),
        max_bytes=MB,
    ).articles[0]
    c1 = read_file(_write(tmp_path / "c.txt", "Title\n\nSame   body text."), max_bytes=MB).articles[0]
    c2 = read_file(_write(tmp_path / "d.txt", "Title\n\nSame body text."), max_bytes=MB).articles[0]
    assert a1.id == a2.id and a1.content_hash != a2.content_hash
    assert c1.id == c2.id


def test_decode_handles_bom_utf16_and_latin1():
    assert decode("f", "\ufeffhé".encode()) == "hé"
    assert decode("f", "héllo wörld".encode("utf-16")) == "héllo wörld"
    assert decode("f", "café au lait".encode("latin-1")) == "café au lait"


def test_canonical_url_drops_tracking_and_fragment():
    assert canonical_url("HTTPS://News.Example:443/a/b/?utm_medium=x&id=3#frag") == "https://news.example/a/b?id=3"


def test_parse_published_formats():
    assert parse_published("Mon, 12 Jan 2026 17:16:57 GMT", "f") == datetime(2026, 1, 12, 17, 16, 57, tzinfo=UTC)
    assert parse_published("2026-01-12", "f") == datetime(2026, 1, 12, tzinfo=UTC)
    with pytest.raises(InputError, match="publication date must be text or a number, got list"):
        parse_published(["2026"], "f")


def test_find_files_walks_folders_and_reports_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "a.txt", "x")
    _write(tmp_path / "b.md", "x")
    _write(tmp_path / "skip.pdf", "x")
    _write(tmp_path / ".hidden.txt", "x")
    files, errors = find_files([tmp_path, tmp_path / "missing.txt", tmp_path / "skip.pdf"])
    assert [f.name for f in files] == ["b.md", "a.txt"]
    assert [e.reason for e in errors] == [
        "no such file or folder",
        "unsupported file type '.pdf'; expected one of .htm, .html, .json, .jsonl, .md, .txt",
    ]


def test_find_files_survives_links_pipes_and_odd_names(tmp_path):
    import os

    (tmp_path / "real").mkdir()
    _write(tmp_path / "real" / "a.txt", "x")
    os.symlink(tmp_path, tmp_path / "real" / "up")  # a loop: real/up/real/up/...
    os.symlink(tmp_path / "real", tmp_path / "again")  # the same folder through a second name
    os.symlink("self.txt", tmp_path / "self.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    _write(tmp_path / os.fsdecode(b"caf\xe9.txt"), "x")
    files, errors = find_files([tmp_path])
    assert files == [tmp_path / "again" / "a.txt"]  # read once, through the first name met ("again" < "real")
    reasons = sorted(e.reason.split(" as ")[0] for e in errors)
    assert reasons == [
        "Too many levels of symbolic links",
        "file name is not valid UTF-8; rename the file",
        "not a regular file (a pipe, socket or device); skipped",
        "symbolic link to a folder already read",
        "symbolic link to a folder already read",
    ]
    assert any(e.path.endswith("caf\\xe9.txt") for e in errors)


def test_decode_nul_anywhere_and_utf16_without_bom():
    with pytest.raises(InputError, match="contains NUL bytes"):
        decode("f", b"a" * 200_000 + b"\x00")
    assert decode("f", "plain café".encode("utf-16-le")) == "plain café"
    assert decode("f", "plain café".encode("utf-16-be")) == "plain café"


def test_read_file_feed_without_articles_is_an_error(tmp_path):
    for content in ("[]", '{"articles": []}'):
        result = read_file(_write(tmp_path / "f.json", content), max_bytes=MB)
        assert [e.reason for e in result.errors] == ["no articles in the file (an empty list or object)"]


def test_read_file_clips_a_runaway_title(tmp_path):
    record = {"title": "Headline " * 1000, "text": "Body."}
    article = read_file(_write(tmp_path / "t.json", json.dumps(record)), max_bytes=MB).articles[0]
    assert len(article.title) <= 501 and article.title.endswith("Headline…")


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.usatoday.com/story/sports/nfl/2023/01/05/damar-hamlin-updates/69779437007/", (2023, 1, 5)),
        ("https://www.cnn.com/2022/02/12/sport/unluckiest-sports-teams", (2022, 2, 12)),
        ("https://example.org/news/2024-11-03/vote-count.html", (2024, 11, 3)),
        ("https://example.org/2023/02/30/not-a-day", None),  # no such date
        ("https://example.org/2023/01/report", None),  # a month is not a day
        ("https://example.org/items/12345/2023", None),
        ("https://example.org/2023/01/05", (2023, 1, 5)),
        ("", None),
    ],
)
def test_published_from_url(url, day):
    assert published_from_url(url) == (datetime(*day, tzinfo=UTC) if day else None)


def test_feed_record_without_a_date_takes_the_day_its_url_names(tmp_path):
    feed = tmp_path / "feed.jsonl"
    base = {"title": "Bills player recovering", "text": "Damar Hamlin was breathing on his own on Friday."}
    rows = [
        {**base, "url": "https://www.usatoday.com/story/sports/nfl/2023/01/05/hamlin/1/"},
        {**base, "url": "https://www.usatoday.com/story/sports/nfl/2023/01/05/hamlin/2/", "date": "2023-01-06"},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows))
    undated, dated = read_file(feed, max_bytes=MB).articles
    assert undated.published == datetime(2023, 1, 5, tzinfo=UTC)
    assert dated.published == datetime(2023, 1, 6, tzinfo=UTC)  # a stated date wins
