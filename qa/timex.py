"""TimeML (TIMEX3) time-expression tagger: `tag_times(text, dct)` finds and normalizes time expressions.

Layout: qa.timex_rules holds the lexicons and the pattern table; qa.timex_normalize (calendar expressions),
qa.timex_relative (relative ones, weekdays, times of day) and qa.timex_durations (durations, sets, vague
references) the normalizers; qa.timex_context the per-document context (sentences, tense, anchors) and
qa.timex_calendar the values and date arithmetic. No I/O and no models: rules compile on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from qa import timex_durations, timex_normalize, timex_relative
from qa import timex_rules as R
from qa.timex_calendar import Val, value_span
from qa.timex_context import Ctx, Norm
from qa.timex_prefilter import Words, fold, may_match, required_words

__all__ = ["TimeExpression", "mentions_time", "tag_times", "value_span"]


@dataclass(frozen=True)
class TimeExpression:
    """One TIMEX3: character span, type (DATE/TIME/DURATION/SET) and normalized value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    anchor: str | None = None

    def span(self) -> tuple[str, str] | None:
        """ISO (first day, last day) covered by a calendar value, both inclusive; None if not calendar-bound."""
        if self.type not in ("DATE", "TIME"):
            return None
        return value_span(self.value)


NORMALIZERS: dict[str, Norm] = {
    name.removeprefix("n_"): fn
    for module in (timex_normalize, timex_relative, timex_durations)
    for name, fn in vars(module).items()
    if name.startswith("n_") and callable(fn)
}

# Several pattern variants share one normalizer.
NORMALIZERS.update(
    decade_short=timex_normalize.n_decade,
    decade_word=timex_normalize.n_decade,
    weekday_noon=timex_relative.n_noon_weekday,
    the_year_number=timex_normalize.n_year,
    fiscal_year_named=timex_normalize.n_fiscal_year,
)

# An expression that writes its year out (a number or "this/last/next year"), not one that leaves it implied.
_NAMES_YEAR = re.compile(r"(?i)\d{4}|\byear\b|\bthousand\b|\bnineteen\b")

_RULES: list[tuple[int, re.Pattern[str], Norm, Words | None]] = []


def _compiled_rules() -> list[tuple[int, re.Pattern[str], Norm, Words | None]]:
    """Compiles the rule table once, on first use, so importing the module stays cheap; each rule comes
    with the words one of which its matches contain (qa.timex_prefilter)."""
    if not _RULES:
        for i, (name, pattern) in enumerate(R.RULE_TABLE):
            # Month names need their capital letter to be told from "may"/"march"; all else ignores case.
            flags = 0 if "(?P<month>" in pattern or name in R.CASE_SENSITIVE else re.IGNORECASE
            _RULES.append((i, re.compile(pattern, flags), NORMALIZERS[name], required_words(pattern, flags)))
    return _RULES


def _matches(text: str) -> Iterator[tuple[int, re.Match[str], Norm]]:
    """Every non-empty match of every rule that may match the text, with its rule's index and normalizer."""
    folded = fold(text)
    for i, rx, fn, words in _compiled_rules():
        if may_match(words, folded):
            for m in rx.finditer(text):
                if m.end() > m.start():
                    yield i, m, fn


def mentions_time(text: str) -> bool:
    """Whether any time rule matches in text: a cheap test before tagging it with its context (a match
    may still normalize to nothing, and "that day" only resolves with an earlier time to anchor it)."""
    return next(_matches(text), None) is not None


def _parse_dct(dct: datetime | date | str) -> date:
    """The DCT as a date, from a date, a datetime or an ISO-like string."""
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, date):
        return dct
    s = dct.strip()
    if m := re.match(r"(\d{4})-?(\d\d)-?(\d\d)", s):
        return date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(f"unparseable document creation time: {dct!r}")


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the span writes a time word capitalized mid-sentence, as titles and names do ("60 Minutes")."""
    for m in R.TITLE_CASE_TIME_WORD.finditer(text, start, end):
        if not R.SENTENCE_OPENING.search(text, max(0, m.start() - 6), m.start()):
            return True
    return False


def tag_times(text: str, dct: datetime | date | str) -> list[TimeExpression]:
    """Every time expression in text, normalized against the document creation time dct."""
    ctx = Ctx(text, _parse_dct(dct))
    cands = [(m.start(), m.end(), i, m, fn) for i, m, fn in _matches(text)]
    # Longest match wins; among equals the earlier rule in the table.
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in cands:
        if all(c[1] <= s or c[0] >= e for s, e in taken):
            taken.append((c[0], c[1]))
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    out: list[TimeExpression] = []
    prev_end = 0
    anchor = Val("D", ctx.dct).value()
    for start, end, _, m, fn in chosen:
        res = fn(m, ctx)
        if res is None:
            continue
        typ, value, val = res
        if _in_title(text, start, end):
            continue
        if val is not None and typ in ("DATE", "TIME"):
            ctx.note(val, start, names_year=bool(_NAMES_YEAR.search(text, start, end)))
        pre = R.PREFIX_MODIFIER.search(text, max(prev_end, start - 24), start)
        if pre and typ in ("DATE", "TIME"):
            start = pre.start()
        if R.POSSESSIVE_END.search(text, start, end):
            end -= 2
        if (det := R.MODIFIER_DETERMINER.match(text[start:end])) and re.match(r"\s+\w", text[end : end + 2]):
            start += det.end()
        out.append(TimeExpression(start, end, text[start:end], typ, value, anchor))
        prev_end = end
    return out
