"""Literal prefilters for the time rules: for each pattern, words one of which any match must contain.

Scanning a text with each of ~75 patterns costs ~100 ns per character per pattern, most of it spent at
positions where nothing can match; testing first whether the text holds "ago", "earlier" or "later" (plain
substring searches) skips a pattern for the texts where it cannot match at all. The words are read off the
pattern's parse tree, so they follow the rule table as it changes: a part every match passes through (a word,
a choice of words, a group repeated at least once) is required; optional parts, character classes and
negative look-arounds require nothing. The test compares case-folded text, so it is a necessary condition
whatever the flags: it may let through a text the pattern then does not match, never the reverse.
"""

from __future__ import annotations

from re import _constants as C  # the parser's opcodes
from re import _parser  # the standard library's own regex parser (sre_parse)
from typing import Any

MAX_CHOICES = 64  # alternatives kept when spelling a part out ("Jan"|"Feb"|... times "uary"|...)
SMALL_CLASS = 8  # a class of up to this many characters ([89], [-–]) is spelled out; larger ones are not

Words = frozenset[str]  # a match contains at least one of these (case-folded)


def required_words(pattern: str, flags: int = 0) -> Words | None:
    """Words one of which every match of the pattern contains (case-folded), None where the pattern
    guarantees none (it could match text without any fixed word)."""
    return _sequence_words(list(_parser.parse(pattern, flags)))


def may_match(words: Words | None, folded: str) -> bool:
    """Whether a text whose case-folded form is `folded` can hold a match of a pattern with these words."""
    return words is None or any(word in folded for word in words)


def _sequence_words(items: list[tuple[Any, Any]]) -> Words | None:
    """The most selective requirement of a sequence: every item of it must match, so any one item's words
    (or any run of items spelled out together) will do; the one whose shortest word is longest is kept."""
    candidates: list[Words] = []
    run = {""}  # the spellings of the current run of fixed items

    def close(run: set[str]) -> None:
        if "" not in run:  # a run that may match no characters requires nothing
            candidates.append(frozenset(run))

    for op, av in items:
        spelled = _spellings(op, av)
        if spelled is not None:
            if len(run) * len(spelled) <= MAX_CHOICES:
                run = {a + b for a in run for b in spelled}
            else:  # too many spellings: the run so far stands, and this item starts the next
                close(run)
                run = spelled
            continue
        close(run)
        run = {""}
        if (words := _item_words(op, av)) is not None:
            candidates.append(words)
    close(run)
    return max(candidates, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def _spellings(op: Any, av: Any) -> set[str] | None:
    """Every text the item can match, when it matches only a few fixed texts; None otherwise."""
    if op is C.LITERAL:
        return {chr(av).casefold()}
    if op is C.AT:
        return {""}  # \b and the like match no characters
    if op is C.IN:
        chars = _class_chars(av)
        return {c.casefold() for c in chars} if chars is not None else None
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        return _sequence_spellings(list(av[-1] if op is C.SUBPATTERN else av))
    if op is C.BRANCH:
        spelled: set[str] = set()
        for branch in av[1]:
            branch_spellings = _sequence_spellings(list(branch))
            if branch_spellings is None or len(spelled) + len(branch_spellings) > MAX_CHOICES:
                return None
            spelled |= branch_spellings
        return spelled
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] == av[1] == 1:
        return _sequence_spellings(list(av[2]))
    return None


def _sequence_spellings(items: list[tuple[Any, Any]]) -> set[str] | None:
    spelled = {""}
    for op, av in items:
        part = _spellings(op, av)
        if part is None or len(spelled) * len(part) > MAX_CHOICES:
            return None
        spelled = {a + b for a in spelled for b in part}
    return spelled


def _item_words(op: Any, av: Any) -> Words | None:
    """The words an item that is not spelled out requires (a group, a choice, a repeat, a look-around)."""
    if op is C.SUBPATTERN:
        return _sequence_words(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence_words(list(av))
    if op is C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            branch_words = _sequence_words(list(branch))
            if branch_words is None:
                return None  # a branch that needs no word: the choice needs none
            words |= branch_words
        return frozenset(words)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_words(list(av[2]))
    if op is C.ASSERT:  # (?=...) and (?<=...): the text holds it, next to the match
        return _sequence_words(list(av[1]))
    return None


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a small, positive character class; None for a negated, large or category class."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < SMALL_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= SMALL_CLASS else None


def fold(text: str) -> str:
    """The text as the prefilter compares it."""
    return text.casefold()
