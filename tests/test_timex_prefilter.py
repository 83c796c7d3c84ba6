"""Tests for qa.timex_prefilter: the words a pattern's matches must contain, read off its parse tree."""

from __future__ import annotations

import re

import pytest

import qa.timex as timex
from qa.timex_prefilter import fold, may_match, required_words
from tests.test_timex import CASES, SEED_DCT, SEED_TEXT


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bago\b", 0, {"ago"}),
        (r"(?:Jan|Febr)uary", 0, {"january", "february"}),  # the parser factors prefixes; spelled out again
        (r"\d+\s+(?:day|week)s?\s+ago", 0, {"ago"}),  # the longest word wins over {"day", "week"}
        (r"(?:the )?year", re.IGNORECASE, {"year"}),  # an optional part requires nothing
        (r"[89]0s", 0, {"80s", "90s"}),  # a small class is spelled out
        (r"(?<=\bin )'\d\d", 0, {"in "}),  # a look-behind's words lie outside the match, in the text
        (r"(?:last|next)\s+\w+", 0, {"last", "next"}),
        (r"MONDAY", re.IGNORECASE, {"monday"}),  # compared case-folded
    ],
)
def test_required_words(pattern: str, flags: int, expected: set[str]) -> None:
    assert required_words(pattern, flags) == expected


@pytest.mark.parametrize("pattern", [r"\d+", r"\w+(?:ly)?", r"(?:ago)?\d", r"(?!ago)\w+", r"[a-z]{3}", r"(?:ago|\d)"])
def test_patterns_that_need_no_word_get_none(pattern: str) -> None:
    assert required_words(pattern) is None
    assert may_match(None, "anything")


def test_may_match_is_a_substring_test_on_folded_text() -> None:
    words = required_words(r"(?i:last week)")
    assert may_match(words, fold("It happened LAST WEEK."))
    assert not may_match(words, fold("It happened last month."))


TEXTS = [SEED_TEXT, *(sentence for sentence, *_ in CASES)]


def test_every_rule_match_contains_one_of_its_words() -> None:
    """The words are necessary: around each match of each rule in the pattern tests' sentences, the text
    holds one of them (look-behinds reach at most a few words back)."""
    checked = 0
    for _, rx, _, words in timex._compiled_rules():
        for text in TEXTS:
            for m in rx.finditer(text):
                if m.end() > m.start() and words is not None:
                    around = fold(text[max(0, m.start() - 12) : m.end() + 12])
                    assert any(w in around for w in words), (rx.pattern, m.group(0), sorted(words))
                    checked += 1
    assert checked > 250


def test_tagging_is_the_same_with_and_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = [timex.tag_times(text, SEED_DCT) for text in TEXTS]
    mentions = [timex.mentions_time(text) for text in TEXTS]
    monkeypatch.setattr(timex, "may_match", lambda words, folded: True)
    assert [timex.tag_times(text, SEED_DCT) for text in TEXTS] == filtered
    assert [timex.mentions_time(text) for text in TEXTS] == mentions
    assert sum(map(len, filtered)) > 100
