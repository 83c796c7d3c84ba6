"""Document context of the TIMEX3 tagger: sentences, tense of the clause, and the anchors relative dates use."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from qa.timex_calendar import Val

_SENT_END = re.compile(r"(?:[.!?]['\"”’]*|\n\s*\n)\s+")

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Inc|Corp|Co|Ltd|Jr|Sr|No|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|vs|Mt|Ft)|\b[A-Z])\.$"
)

_FUTURE_CUE = re.compile(
    r"(?i)(?:\b(?:will|shall|going to|scheduled|plans? to|planned for|expected to|expects? to|is to|are to|"
    r"due to|is due|are due|set to|slated|next|upcoming|to be held|intends? to|supposed to|ahead of|"
    r"will be|payable|effective|planned|planning|plan to)\b|'ll\b|won't\b)"
)

# A deadline preposition right before the expression points forward ("by February", "until mid-November").
_FUTURE_PREP = re.compile(r"(?i)\b(?:by|until|till|through|expected in|due in|before)\s+(?:early |late |mid-?)?$")

_PAST_CUE = re.compile(r"(?i)\b(?:since|ago|ended|last|was|were|had|did)\s*$")

AMOUNT_BEFORE = re.compile(r"(?i)(?:\d|percent|cents?|dollars?|times|once|twice|yen|marks|francs|pounds)\S*\s+$")


class Ctx:
    """Per-document state: DCT, sentence bounds and the last mentioned calendar values (the anchors)."""

    def __init__(self, text: str, dct: date) -> None:
        self.text = text
        self.dct = dct
        starts = [0]
        for m in _SENT_END.finditer(text):
            if not _ABBREV.search(text[max(0, m.start() - 5) : m.start() + 1]):
                starts.append(m.end())
        self.sent_starts = starts
        self.ref: Val | None = None  # last mentioned calendar value
        self.ref_pos = -1
        self.ref_quarter: Val | None = None  # last mentioned fiscal quarter (financial reports)
        self.ref_quarter_pos = -1

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that contains pos."""
        lo, hi = 0, len(self.sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sent_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence that contains pos."""
        i = self.sentence_of(pos)
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[i], end

    def future(self, start: int, end: int) -> bool:
        """Tense heuristic: a future cue in the clause just before the expression (or right after it)."""
        s, _e = self.sentence(start)
        before = self.text[max(s, start - 60) : start]
        if _PAST_CUE.search(before):
            return False
        before = re.split(r"[,;:(]|\b(?:said|says|announced|reported|told)\b", before)[-1]
        if re.search(r"(?i)\bhad\b", before):
            return False
        if _FUTURE_PREP.search(before):
            return True
        return bool(_FUTURE_CUE.search(before))

    def recent_ref(self, pos: int, max_sentences: int = 1) -> Val | None:
        """The last mentioned calendar value if it is in this sentence or the previous max_sentences."""
        if self.ref is None or self.sentence_of(pos) - self.sentence_of(self.ref_pos) > max_sentences:
            return None
        return self.ref

    def sentence_year(self, pos: int) -> int | None:
        """Year of a year/month/quarter/season value mentioned earlier in the same sentence."""
        ref = self.recent_ref(pos, 0)
        if ref is not None and ref.gran in ("Y", "M", "Q", "H", "S"):
            return ref.d.year
        return None


Result = tuple[str, str, "Val | None"]

Norm = Callable[[re.Match[str], Ctx], "Result | None"]


def as_date(v: Val) -> Result:
    """A DATE result (TIME when it carries a time of day) that also becomes the new anchor."""
    return ("TIME" if v.suffix else "DATE"), v.value(), v


def anchor_of(ctx: Ctx, pos: int) -> Val:
    """The anchor for a relative expression: the recently mentioned date, else the DCT."""
    return ctx.recent_ref(pos) or Val("D", ctx.dct)


def weekday_date(ctx: Ctx, wd: int, start: int, end: int, rel: str = "") -> date:
    """Resolves a weekday name: in news usually the most recent one (today included), next one on future cues."""
    dct, rel = ctx.dct, rel.lower()
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7 or 7
    if rel in ("last", "this past", "the previous"):
        return dct - timedelta(back or 7)
    if rel in ("next", "this coming", "the following", "the next"):
        return dct + timedelta(ahead)
    if ctx.future(start, end) and back != 0:
        return dct + timedelta(ahead)
    return dct - timedelta(back)


def month_day(ctx: Ctx, month: int, day: int, year: str | None, start: int, end: int) -> Result | None:
    """A month and day dated with its year or, without one, the occurrence nearest the DCT given the tense."""
    if year:
        try:
            return as_date(Val("D", date(int(year), month, day)))
        except ValueError:
            return None
    # The candidate nearest to the DCT, with distances on the side the tense disfavours doubled.
    future = ctx.future(start, end)
    best: date | None = None
    best_cost = 0.0
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        delta = (d - ctx.dct).days
        cost = abs(delta) * (2 if (delta > 0) != future and delta != 0 else 1)
        if best is None or cost < best_cost:
            best, best_cost = d, cost
    return as_date(Val("D", best)) if best else None


def month_alone_year(ctx: Ctx, month: int, start: int, end: int) -> int:
    """Year of a bare month name: inherited from the sentence, else by tense relative to the DCT."""
    sy = ctx.sentence_year(start)
    if sy:
        return sy
    y = ctx.dct.year
    future = ctx.future(start, end)
    if re.search(r"(?i)\b(?:since|ended|ending)\s+(?:early |late |mid-?)?$", ctx.text[max(0, start - 20) : start]):
        future = False
    if month > ctx.dct.month and not future:
        return y - 1
    if month < ctx.dct.month and future:
        return y + 1
    return y
