from datetime import UTC, datetime

from ingest.clean import normalize_text, parse_plain_text, strip_furniture

from .conftest import SEED


def test_parse_plain_text_seed_layout():
    parsed = parse_plain_text(SEED.read_text(encoding="utf-8"), fallback_title="fallback")
    assert parsed.title == "Tehran opens backchannel with Washington to “deescalate” tensions"
    assert parsed.published == datetime(2026, 1, 12, 17, 16, 57, tzinfo=UTC)
    assert parsed.published.tzinfo is not None
    assert parsed.source == "Shafaq News"
    assert parsed.place == "Tehran/ Washington"
    assert parsed.body.startswith("Iranian Foreign Minister Abbas Araghchi contacted White House Envoy Steve Witkoff")
    assert parsed.body.endswith("comments Iran described as interference in its internal affairs.")
    for furniture in ("Read more", "Shafaq Live", "Radio radio icon", "2026-01-12T17:16:57"):
        assert furniture not in parsed.body


def test_parse_plain_text_without_header_uses_fallback_title():
    parsed = parse_plain_text(
        "This is a whole article in one paragraph that starts straight away. " * 5, fallback_title="my file"
    )
    assert parsed.title == "my file"
    assert parsed.published is None


def test_parse_plain_text_markdown_front_matter():
    raw = (
        "---\ntitle: Budget vote\ndate: 2025-03-04T10:00:00Z\nsource: The Ledger\nurl: https://ledger.example/a\n---\n"
        "\nLawmakers passed the budget on Tuesday.\n"
    )
    parsed = parse_plain_text(raw, fallback_title="x")
    assert (parsed.title, parsed.source, parsed.url) == ("Budget vote", "The Ledger", "https://ledger.example/a")
    assert parsed.published == datetime(2025, 3, 4, 10, tzinfo=UTC)
    assert parsed.body == "Lawmakers passed the budget on Tuesday."


def test_parse_plain_text_markdown_heading_is_title():
    parsed = parse_plain_text("# Floods in the north\n\nRivers rose overnight. Roads closed.", fallback_title="x")
    assert parsed.title == "Floods in the north"
    assert parsed.body == "Rivers rose overnight. Roads closed."


def test_strip_furniture_keeps_story_drops_trailing_menu():
    body = (
        "First paragraph of the story.\n\nRead more: Another story\n\nSecond paragraph ends here."
        "\n\nHome\nSports\nSports"
    )
    assert strip_furniture(body) == "First paragraph of the story.\n\nSecond paragraph ends here."


def test_normalize_text_removes_control_characters_and_extra_blank_lines():
    assert normalize_text("a\r\nb\x07c\n\n\n\nd  \n") == "a\nbc\n\nd"
