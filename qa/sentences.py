"""Sentence spans of news text, without a model: fast enough for chunking and answer selection."""

from __future__ import annotations

import re

# Words after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "gov",
        "sen",
        "rep",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "pres",
        "supt",
        "det",
        "insp",
        "rev",
        "fr",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "bros",
        "dept",
        "univ",
        "assn",
        "est",
        "approx",
        "no",
        "vs",
        "etc",
        "al",
        "fig",
        "vol",
        "ch",
        "art",
        "sec",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)

# A candidate end: terminal punctuation, closing quotes/brackets, then space and a likely sentence start.
_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_BREAK = re.compile(r"\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; lines are never joined across a newline."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line_match in _BREAK.finditer(text + "\n"):
        _split_line(text, pos, line_match.start(), spans)
        pos = line_match.end()
    return spans


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    line = text[start:end]
    cut = 0
    for m in _END.finditer(line):
        # Only the word before the period matters; passing the whole line made long lines quadratic.
        if line[m.start()] == "." and _is_abbreviation(line[max(0, m.start() - 64) : m.start()]):
            continue
        _add(text, start + cut, start + m.end(), spans)
        cut = m.end()
    _add(text, start + cut, end, spans)


def _is_abbreviation(before: str) -> bool:
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    # Single capital initials ("J. Smith") and known abbreviations.
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
