"""TimeML (TIMEX3) time-expression tagger: rule tables in qa.timex_rules, normalization against the DCT here."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from qa import timex_rules as R

__all__ = ["TimeExpression", "tag_times"]


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


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def value_span(value: str) -> tuple[str, str] | None:
    """Inclusive ISO day range of a TIMEX3 calendar value ("2025-06" -> 2025-06-01..2025-06-30), else None."""
    v = value.split("T", 1)[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat()
        if m := re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            first, last = (monday + timedelta(5), monday + timedelta(6)) if m[3] else (monday, monday + timedelta(6))
            return first.isoformat(), last.isoformat()
        if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1).isoformat(), _month_end(y, mo).isoformat()
        if m := re.fullmatch(r"(\d{4})-([QH])(\d)", v):
            y, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
            return date(y, size * (n - 1) + 1, 1).isoformat(), _month_end(y, size * n).isoformat()
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y, (a, b) = int(m[1]), _SEASON_MONTHS[m[2]]
            end = _month_end(y + 1, b - 12) if b > 12 else _month_end(y, b)
            return date(y, a, 1).isoformat(), end.isoformat()
        if re.fullmatch(r"\d{4}", v):
            return f"{v}-01-01", f"{v}-12-31"
        if re.fullmatch(r"\d{3}", v):
            return f"{v}0-01-01", f"{v}9-12-31"
        if re.fullmatch(r"\d{2}", v):
            return f"{v}00-01-01", f"{v}99-12-31"
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------- calendar values with a granularity

_FINENESS = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "H": 4, "S": 4, "Y": 5, "E": 6, "C": 7}


@dataclass(frozen=True)
class _Val:
    gran: str          # D day, W week, WE weekend, M month, Q quarter, H half, S season, Y year
    d: date            # any day inside the period
    season: str = ""
    suffix: str = ""   # time part: "T15:00", "TMO", ...

    def value(self) -> str:
        d = self.d
        if self.gran == "D":
            return d.isoformat() + self.suffix
        if self.gran in ("W", "WE"):
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}" + ("-WE" if self.gran == "WE" else "")
        if self.gran == "M":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "Q":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "H":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if self.gran == "S":
            return f"{d.year:04d}-{self.season}"
        return f"{d.year:04d}"

    def shift(self, n: int, unit: str) -> _Val:
        return replace(self, d=_shift_date(self.d, n, unit))


def _shift_date(d: date, n: int, unit: str) -> date:
    """Moves d by n units; month arithmetic clamps the day (Mar 31 - 1 month = Feb 28)."""
    if unit in ("D",):
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "S": 12, "Y": 12, "E": 120, "C": 1200}.get(unit, 12) * n
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    y = max(1, min(9999, y))
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


# ---------------------------------------------------------------- document context

_SENT_END = re.compile(r"(?:[.!?]['\"”’]*|\n\s*\n)\s+")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Inc|Corp|Co|Ltd|Jr|Sr|No|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|vs|Mt|Ft)|\b[A-Z])\.$")
_FUTURE_CUE = re.compile(
    r"(?i)(?:\b(?:will|shall|going to|scheduled|plans? to|planned for|expected to|expects? to|is to|are to|"
    r"due to|is due|are due|set to|slated|next|upcoming|to be held|intends? to|supposed to|ahead of|"
    r"will be|payable|effective|planned|planning|plan to)\b|'ll\b|won't\b)")
# A deadline preposition right before the expression points forward ("by February", "until mid-November").
_FUTURE_PREP = re.compile(r"(?i)\b(?:by|until|till|through|expected in|due in|before)\s+(?:early |late |mid-?)?$")
_PAST_CUE = re.compile(r"(?i)\b(?:since|ago|ended|last|was|were|had|did)\s*$")
_AMOUNT_BEFORE = re.compile(r"(?i)(?:\d|percent|cents?|dollars?|times|once|twice|yen|marks|francs|pounds)\S*\s+$")


class _Ctx:
    """Per-document state: DCT, sentence bounds and the last mentioned calendar values (the anchors)."""

    def __init__(self, text: str, dct: date) -> None:
        self.text = text
        self.dct = dct
        starts = [0]
        for m in _SENT_END.finditer(text):
            if not _ABBREV.search(text[max(0, m.start() - 5):m.start() + 1]):
                starts.append(m.end())
        self.sent_starts = starts
        self.ref: _Val | None = None          # last mentioned calendar value
        self.ref_pos = -1
        self.ref_quarter: _Val | None = None  # last mentioned fiscal quarter (financial reports)
        self.ref_quarter_pos = -1

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sent_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def sentence(self, pos: int) -> tuple[int, int]:
        i = self.sentence_of(pos)
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[i], end

    def future(self, start: int, end: int) -> bool:
        """Tense heuristic: a future cue in the clause just before the expression (or right after it)."""
        s, _e = self.sentence(start)
        before = self.text[max(s, start - 60):start]
        if _PAST_CUE.search(before):
            return False
        before = re.split(r"[,;:(]|\b(?:said|says|announced|reported|told)\b", before)[-1]
        if re.search(r"(?i)\bhad\b", before):
            return False
        if _FUTURE_PREP.search(before):
            return True
        return bool(_FUTURE_CUE.search(before))

    def recent_ref(self, pos: int, max_sentences: int = 1) -> _Val | None:
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


# ---------------------------------------------------------------- normalizers

_Result = tuple[str, str, "_Val | None"]
_Norm = Callable[[re.Match[str], _Ctx], "_Result | None"]


def _date(v: _Val) -> _Result:
    return ("TIME" if v.suffix else "DATE"), v.value(), v


def _num(word: str | None) -> float | None:
    """Parses a quantity ("three", "twenty-four", "2 1/2", "a couple of"); None for vague ones."""
    if not word:
        return None
    w = word.lower().strip()
    half = 0.5 if w.endswith((" 1/2", " and a half")) else 0.0
    w = re.sub(r" (?:1/2|and a half)$", "", w)
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if w.startswith(("a couple", "couple")):
        return 2
    if w in ("a hundred",):
        return 100
    if w in R.UNITS_WORDS:
        return R.UNITS_WORDS[w] + half
    parts = re.split(r"[- ]", w)
    if parts[0] in R.TENS_WORDS:
        return R.TENS_WORDS[parts[0]] + (R.UNITS_WORDS.get(parts[1], 0) if len(parts) > 1 else 0) + half
    return None


def _month_of(m: re.Match[str]) -> int:
    return R.MONTHS[m["month"].lower().rstrip(".")]


def _unit_key(unit: str) -> str:
    u = unit.lower()
    return "centurie" if u.startswith("centur") else u.rstrip("s") if u != "days" else "day"


def _duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration, "X" for an unknown amount; fractions move to the next smaller unit."""
    letter, is_time, _ = R.UNITS[_unit_key(unit)]
    if letter == "WE":
        letter = "D"
        n = None if n is None else n * 2
    if letter == "E" and n is not None and n != 1:
        letter, n = "Y", n * 10
    t = "T" if is_time else ""
    if n is None:
        return f"P{t}X{letter}"
    if n != int(n):
        whole, frac = int(n), n - int(n)
        sub = ({"H": ("M", 60), "M": ("S", 60)} if is_time else
               {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "W": ("D", 7)}).get(letter)
        if sub:
            sub_letter, k = sub
            sub_t = "T" if sub_letter == "H" and not is_time else ""
            head = f"{whole}{letter}" if whole else ""
            return f"P{t}{head}{sub_t}{int(frac * k)}{sub_letter}"
    return f"P{t}{int(n)}{letter}"


def _weekday_date(ctx: _Ctx, wd: int, start: int, end: int, rel: str = "") -> date:
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


def n_iso_date(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    try:
        return _date(_Val("D", date(int(m["year"]), int(m["mnum"]), int(m["day"]))))
    except ValueError:
        return None


def n_slash_date(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = int(m["year"])
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    try:
        return _date(_Val("D", date(y, int(m["mnum"]), int(m["day"]))))
    except ValueError:
        return None


def _month_day(ctx: _Ctx, month: int, day: int, year: str | None, start: int, end: int) -> _Result | None:
    if year:
        try:
            return _date(_Val("D", date(int(year), month, day)))
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
    return _date(_Val("D", best)) if best else None


def n_month_day_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return _month_day(ctx, _month_of(m), int(m["day"]), m["year"], m.start(), m.end())


def n_day_month_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return n_month_day_year(m, ctx)


def n_weekday_month_day(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return n_month_day_year(m, ctx)


def n_month_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return _date(_Val("M", date(int(m["year"]), _month_of(m), 1)))


def _month_alone_year(ctx: _Ctx, month: int, start: int, end: int) -> int:
    """Year of a bare month name: inherited from the sentence, else by tense relative to the DCT."""
    sy = ctx.sentence_year(start)
    if sy:
        return sy
    y = ctx.dct.year
    future = ctx.future(start, end)
    if re.search(r"(?i)\b(?:since|ended|ending)\s+(?:early |late |mid-?)?$", ctx.text[max(0, start - 20):start]):
        future = False
    if month > ctx.dct.month and not future:
        return y - 1
    if month < ctx.dct.month and future:
        return y + 1
    return y


_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:in|since|until|till|by|during|of|from|through|to|last|this|next|early|late|mid|before|after|"
    r"between|and|or|since early|since late|as of|for|on|in early|in late|the end of|the middle of|"
    r"the beginning of|the start of)[- ]$")


def n_month_alone(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    word = m["month"]
    before = ctx.text[max(0, m.start() - 25):m.start()]
    # "May" and "March" double as a verb and a name; only take them after a temporal preposition.
    if word in ("May", "March", "MAY", "MARCH") and not _MONTH_CONTEXT_BEFORE.search(before):
        return None
    abbreviated = word.endswith(".") or (len(word) <= 4 and word.title() not in ("May", "June", "July"))
    if abbreviated and not _MONTH_CONTEXT_BEFORE.search(before):
        return None
    month = _month_of(m)
    return _date(_Val("M", date(_month_alone_year(ctx, month, m.start(), m.end()), month, 1)))


def n_month_rel_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return _date(_Val("M", date(y, _month_of(m), 1)))


def n_rel_month(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    month, rel, dm = _month_of(m), m["rel"].lower(), ctx.dct.month
    y = ctx.dct.year
    if rel in ("last", "this past"):
        y -= month >= dm - 1  # "last February" written on March 1 means the previous year's
    elif rel in ("next", "this coming"):
        y += month <= dm
    elif rel == "this":
        pass  # "this September" is always the DCT's year in news
    else:
        y = _month_alone_year(ctx, month, m.start(), m.end())
    return _date(_Val("M", date(y, month, 1)))


def _spoken_number(words: str) -> int | None:
    w = words.lower()
    if w.startswith("two thousand"):
        rest = w[len("two thousand"):].replace(" and ", "").strip()
        return 2000 + int(_num(rest) or 0)
    if w.startswith("nineteen "):
        n = _num(w[len("nineteen "):])
        return None if n is None else 1900 + int(n)
    return None


def n_spoken_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = _spoken_number(m["spoken"])
    return _date(_Val("Y", date(y, 1, 1))) if y else None


def n_spoken_month_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = _spoken_number(m["spoken"])
    return _date(_Val("M", date(y, _month_of(m), 1))) if y else None


def n_season_of_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = int(m["year"]) if m["year"] else _spoken_number(m["spoken"])
    code = R.SEASONS[m["season"].lower()]
    return _date(_Val("S", date(y, R.SEASON_START[code], 1), season=code)) if y else None


def n_year_season(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    code = R.SEASONS[m["season"].lower()]
    return _date(_Val("S", date(int(m["year"]), R.SEASON_START[code], 1), season=code))


def n_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = int(m["year"])
    # Bare four-digit numbers far from the DCT are usually quantities, not years.
    if not 1600 <= y <= ctx.dct.year + 30:
        return None
    return _date(_Val("Y", date(y, 1, 1)))


def n_fiscal_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return _date(_Val("Y", date(int(m["year"]), 1, 1)))


def n_decade(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    g = m.groupdict()
    if g.get("dec"):
        return "DATE", g["dec"][:3], None
    if g.get("dec2"):
        d = int(g["dec2"][0])
        century = ctx.dct.year // 100 - (d * 10 > ctx.dct.year % 100)
        return "DATE", f"{century}{d}", None
    return "DATE", f"19{R.DECADE_WORDS[m['decw'].lower()]}", None


def n_century(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DATE", f"{int(m['cent']) - 1:02d}", None


def n_this_century(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    c = ctx.dct.year // 100
    w = m.group(0).lower()
    c += -1 if "last" in w or "past" in w else 1 if "next" in w else 0
    return "DATE", f"{c:02d}", None


_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(ctx: _Ctx, q: int, half: bool, year: int | None, start: int, end: int, ago: bool) -> _Result:
    """A fiscal quarter/half; a quarter after the DCT's one is last year's unless the clause is future."""
    if year is None:
        year = ctx.dct.year
        cur = (ctx.dct.month - 1) // (6 if half else 3) + 1
        if q > cur and not ctx.future(start, end):
            year -= 1
    year -= ago
    v = _Val("H" if half else "Q", date(year, (q - 1) * (6 if half else 3) + 1, 1))
    return _date(v)


def n_quarter(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    g = m.groupdict()
    q = _QUARTER_ORD[g["qord"].lower()]
    kind = g["qh"].lower()
    half = kind == "half"
    if half and q > 2:
        return None
    year = g.get("qyear") or g.get("qyear2")
    y = int(year) if year else None
    if g.get("qrel"):
        y = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[g["qrel"].lower()]
    ago = bool(g.get("qago")) and g["qago"].lower() != "same"
    if ago and ctx.ref_quarter is not None and y is None:
        y = ctx.ref_quarter.d.year
    res = _quarter(ctx, q, half, y, m.start(), m.end(), ago)
    return (res[0], res[1], None) if ago else res


def n_quarter_adj(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return n_quarter(m, ctx)


def _default_quarter(ctx: _Ctx, pos: int) -> _Val:
    """The reporting quarter: the last one mentioned nearby, else the last completed quarter before the DCT."""
    if ctx.ref_quarter is not None and ctx.sentence_of(pos) - ctx.sentence_of(ctx.ref_quarter_pos) <= 3:
        return ctx.ref_quarter
    return _Val("Q", _shift_date(ctx.dct.replace(day=1), -3, "M"))


_ENDED_DATE = re.compile(r"\s+(?:ended|ending|that ended|which ended)\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})\b")


def n_the_quarter(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = m.group(0).lower()
    v = _default_quarter(ctx, m.start())
    if (e := _ENDED_DATE.match(ctx.text, m.end())) and e["month"].lower() in R.MONTHS and "ago" not in w:
        # "the quarter ended Sept. 30" is the quarter that date closes.
        res = _month_day(ctx, R.MONTHS[e["month"].lower()], int(e["day"]), None, m.end(), e.end())
        if res is not None and res[2] is not None:
            v = _Val("Q", res[2].d)
            return "DATE", v.value(), v
    if y := re.search(r"(19|20)\d\d", w):
        return "DATE", replace(v, d=v.d.replace(year=int(y.group(0)))).value(), None
    if "current" in w:
        v = _Val("Q", ctx.dct)
    if "ago" in w or "earlier" in w or "comparable" in w or "last year" in w:
        # The comparison quarter must not become the reporting quarter that later mentions refer to.
        return "DATE", v.shift(-1, "Y").value(), None
    if "previous" in w:
        v = v.shift(-1, "Q")
    return "DATE", v.value(), v


def n_nine_months(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DURATION", f"P{int(_num(m['num']) or 0)}M", None


def n_year_ago_adj(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    base = ctx.ref_quarter if ctx.ref_quarter is not None else _Val("Y", ctx.dct)
    if ctx.ref_quarter is not None and ctx.sentence_of(m.start()) - ctx.sentence_of(ctx.ref_quarter_pos) > 3:
        base = _Val("Y", ctx.dct)
    v = base.shift(-1, "Y")
    return "DATE", v.value(), None


def n_ago(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    n = _num(m["num"])
    unit = _unit_key(m["unit"])
    letter, _, gran = R.UNITS[unit]
    tail = m.group(0).lower().rsplit(" ", 1)[-1]
    sign = -1 if tail in ("ago", "earlier", "before") else 1
    if tail in ("now", "hence"):
        sign = 1
    relative_to_ref = tail in ("earlier", "before", "later", "after")
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if letter in ("S", "M") and R.UNITS[unit][1]:
        return None  # "ten minutes ago": a time of day we cannot place precisely
    base: _Val = _Val(gran, ctx.dct)
    ref = ctx.recent_ref(m.start()) if relative_to_ref else None
    # Earnings reports: "a year ago/earlier" compares with the same quarter of the previous year.
    if (unit == "year" and _step_is_one(n) and ctx.ref_quarter is not None and (ref is None or ref.gran != "D")
            and ctx.sentence_of(m.start()) - ctx.sentence_of(ctx.ref_quarter_pos) <= 3):
        ref = ctx.ref_quarter
    if ref is not None and ref.gran in _FINENESS:
        g = ref.gran if _FINENESS[ref.gran] <= _FINENESS[gran] else gran
        base = replace(ref, gran=g, suffix="")
    step = int(n) if n == int(n) else None
    if step is None:
        return None
    if unit == "decade":
        v = base.shift(sign * 10 * step, "Y")
    elif unit == "centurie" or unit == "century":
        v = base.shift(sign * 100 * step, "Y")
    elif unit == "weekend":
        v = replace(base.shift(sign * step, "W"), gran="WE")
    else:
        v = base.shift(sign * step, letter if letter != "M" or not R.UNITS[unit][1] else "D")
    # A comparison period ("a year ago" in an earnings report) must not become the new reporting period.
    return "DATE", v.value(), (None if v.gran in ("Q", "H") else v)


def _step_is_one(n: float | None) -> bool:
    """True for a quantity of exactly one ("a year ago")."""
    return n == 1


def n_ago_vague(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DATE", "PAST_REF", None


def _anchor(ctx: _Ctx, pos: int) -> _Val:
    return ctx.recent_ref(pos) or _Val("D", ctx.dct)


def n_before_after_day(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[m["rel"].lower()]
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    base = _anchor(ctx, m.start())
    v = replace(base, gran=unit if _FINENESS[unit] >= _FINENESS[base.gran] else base.gran, suffix="")
    return _date(v.shift(sign, unit))


def n_prev_next_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    sign = {"previous": -1, "prior": -1, "preceding": -1, "following": 1, "next": 1, "same": 0}[rel]
    base = _anchor(ctx, m.start())
    if unit in R.WEEKDAYS:
        d, wd = base.d, R.WEEKDAYS[unit]
        d = d - timedelta((d.weekday() - wd) % 7 or 7) if sign < 0 else d + timedelta((wd - d.weekday()) % 7 or 7)
        return _date(_Val("D", d))
    if unit in ("morning", "evening", "night"):
        return _date(_Val("D", base.d + timedelta(sign), suffix=R.PARTS_OF_DAY[unit]))
    g = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    if sign == 0 and g == "D" and base.gran != "D":
        return None
    v = replace(base, gran=g, suffix="") if _FINENESS[g] >= _FINENESS[base.gran] else base
    return _date(v.shift(sign, g))


def n_that_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    unit = m["unit"].lower()
    ref = ctx.recent_ref(m.start(), 3)
    if ref is None:
        return None
    if unit in ("morning", "evening", "night"):
        return _date(_Val("D", ref.d, suffix=R.PARTS_OF_DAY[unit]))
    g = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    if _FINENESS[g] < _FINENESS[ref.gran]:
        return None
    return _date(replace(ref, gran=g, suffix=""))


def n_today(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    if m.group(0).lower().endswith("'s") and m.group(0).lower().startswith("today"):
        return None  # "today's world" is generic
    w = m.group(0).lower().removesuffix("'s")
    off = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[w]
    return _date(_Val("D", ctx.dct + timedelta(off)))


def n_this_part(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = m.group(0).lower().split()[0]
    off = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[w]
    part = m["part"].lower()
    if w == "last" and part != "night":
        return None
    return _date(_Val("D", ctx.dct + timedelta(off), suffix=R.PARTS_OF_DAY[part]))


def n_part_dayrel(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return _date(_Val("D", ctx.dct - timedelta(1), suffix="TNI"))


def n_rel_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    rel = m["rel"].lower()
    unit = _unit_key(m["unit"])
    letter, is_time, gran = R.UNITS[unit]
    if is_time or unit in ("decade", "century", "centurie", "millennium", "night"):
        return None
    if unit == "weekend":
        return None  # handled by the weekend rule
    if rel in ("past", "the past", "the last") and unit != "year":
        return "DURATION", f"P1{letter}", None
    if rel == "the same":
        ref = ctx.recent_ref(m.start(), 3)
        return _date(replace(ref, gran=gran)) if ref is not None and _FINENESS[ref.gran] <= _FINENESS[gran] else None
    if unit == "quarter" and rel in ("the latest", "the previous", "previous"):
        return None
    off = {"this": 0, "last": -1, "next": 1, "past": -1, "the past": -1, "the last": -1, "the next": 1,
           "the coming": 1, "this coming": 1, "this past": -1, "the current": 0, "current": 0,
           "the latest": -1, "the previous": -1, "previous": -1}[rel]
    if rel in ("the next", "the coming") and unit != "year":
        return "DURATION", f"P1{letter}", None
    v = _Val(gran, ctx.dct).shift(off, gran)
    return _date(v)


def n_rel_weekday(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    wd = R.WEEKDAYS[m["wd"].lower()]
    if m["rel"].lower() in ("the previous", "the following", "the next"):
        base = _anchor(ctx, m.start()).d
        back, ahead = (base.weekday() - wd) % 7 or 7, (wd - base.weekday()) % 7 or 7
        d = base - timedelta(back) if m["rel"].lower() == "the previous" else base + timedelta(ahead)
        return _date(_Val("D", d))
    return _date(_Val("D", _weekday_date(ctx, wd, m.start(), m.end(), m["rel"])))


def _season_val(ctx: _Ctx, code: str, rel: str, start: int, end: int) -> _Val:
    dct = ctx.dct
    cur_year = dct.year - (dct.month <= 2)  # January and February belong to the previous year's winter
    cur_code = next(c for c, (a, b) in _SEASON_MONTHS.items() if a <= (dct.month if dct.month > 2 or
                                                                           c != "WI" else dct.month + 12) <= b)
    start_month = R.SEASON_START[code]
    this_year_start = date(cur_year if code == "WI" else dct.year, start_month, 1)
    y = this_year_start.year
    if rel == "last":
        y = dct.year - 1  # news usage (TimeBank): "last spring" in October is the previous year's
    elif rel == "this past":
        y = y - 1 if (this_year_start > dct or code == cur_code) else y
    elif rel in ("next", "this coming"):
        y = y + 1 if this_year_start <= dct else y
    elif rel in ("this", "the", "early", "late", ""):
        sy = ctx.sentence_year(start)
        if sy:
            y = sy
        elif this_year_start > dct and not ctx.future(start, end) and rel != "this":
            y -= 1
    return _Val("S", date(y, start_month, 1), season=code)


def n_rel_season(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    rel = (m["rel"] or "").lower()
    if not rel and m["season"][0].islower() and m["season"].lower() in ("fall", "spring"):
        return None  # "fall" and "spring" are verbs/nouns far more often than seasons
    if m["sfx"]:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["sfx"].lower()]
        code = R.SEASONS[m["season"].lower()]
        return _date(_Val("S", date(y, R.SEASON_START[code], 1), season=code))
    return _date(_season_val(ctx, R.SEASONS[m["season"].lower()], rel, m.start(), m.end()))


def n_weekend(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w, dct = m.group(0).lower(), ctx.dct
    sat_back = dct - timedelta((dct.weekday() - 5) % 7)
    if "next" in w or "coming" in w or (w.startswith("the") and ctx.future(m.start(), m.end())):
        sat = dct + timedelta((5 - dct.weekday()) % 7 or 7) if dct.weekday() < 5 else sat_back + timedelta(7)
    elif w.startswith("last") and dct.weekday() >= 5:
        sat = sat_back - timedelta(7)
    else:
        sat = sat_back
    return _date(_Val("WE", sat))


def _clock(m: re.Match[str]) -> str | None:
    h, mi = int(m["hour"]), int(m["minute"] or 0)
    if h > 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    h = (h % 12) + (12 if pm else 0)
    return f"T{h:02d}:{mi:02d}"


def n_weekday_time(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    t = _clock(m)
    if t is None:
        return None
    d = _weekday_date(ctx, R.WEEKDAYS[m["wd"].lower()], m.start(), m.end())
    return _date(_Val("D", d, suffix=t))


def n_clock(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    t = _clock(m)
    if t is None:
        return None
    ref = ctx.recent_ref(m.start(), 0)
    d = ref.d if ref is not None and ref.gran == "D" else ctx.dct
    # "10:35 a.m. (0735 GMT) Friday": a weekday shortly after the clock time dates it.
    _s, e = ctx.sentence(m.start())
    if wd := _WEEKDAY_AFTER.match(ctx.text, m.end(), min(e, m.end() + 30)):
        d = _weekday_date(ctx, R.WEEKDAYS[wd["wd"].lower()], m.start(), m.end())
    return "TIME", _Val("D", d, suffix=t).value(), None


_WEEKDAY_AFTER = re.compile(r"[^.;]*?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_NOON = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}


def n_noon_weekday(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    d = _weekday_date(ctx, R.WEEKDAYS[m["wd"].lower()], m.start(), m.end())
    return _date(_Val("D", d, suffix=_NOON[m["noon"].lower()]))


def n_noon(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    ref = ctx.recent_ref(m.start(), 0)
    d = ref.d if ref is not None and ref.gran == "D" else ctx.dct
    return "TIME", _Val("D", d, suffix=_NOON[m["noon"].lower()]).value(), None


def n_weekday_part(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    d = _weekday_date(ctx, R.WEEKDAYS[m["wd"].lower()], m.start(), m.end())
    v = _Val("D", d, suffix=R.PARTS_OF_DAY[m["part"].lower()])
    return "DATE", v.value(), v  # news TimeML types "Friday night" as a DATE, unlike "10 p.m."


def n_weekday(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    wd = R.WEEKDAYS[m["wd"].lower()]
    if m.group(0).lower().startswith(("each", "every")) or m.group(0).lower().endswith("s"):
        return "SET", f"XXXX-WXX-{wd + 1}", None
    if not m["wd"][0].isupper():
        return None
    return _date(_Val("D", _weekday_date(ctx, wd, m.start(), m.end())))


def n_duration(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    after = ctx.text[m.end():m.end() + 8]
    if m["old"] or re.match(r"\s+old\b", after):
        return None  # ages ("a 45-year-old man") are not annotated in news TimeML
    unit = _unit_key(m["unit"])
    num = m["num"].lower()
    if unit in ("night", "second") and num in ("a", "an", "one"):
        return None
    if unit == "quarter" and re.match(r"\s+of\b", after):
        return None  # "three-quarters of its food" is a fraction
    n = None if m["num2"] else _num(num)
    if n is None and not (m["num2"] or any(num.startswith(v) for v in R.VAGUE_QUANTITIES) or "hundreds" in num):
        return None
    if n is not None and n > 10000:
        return None
    if num in ("a", "an") and m.group(0).lower().startswith(("a", "an")) and re.search(
            r"\w\s+$", ctx.text[max(0, m.start() - 3):m.start()]) and not re.search(
            r"(?i)\b(?:for|in|about|nearly|almost|than|within|over|after|least|last|past|of|to|by|just|only|"
            r"some|once|twice|than|than|barely|under|is|was|be|been|takes?|took|spent|spend|lasted|"
            r"and|or|more)\s+$", ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "358,000 a month", "$1.76 a year": a rate, which news TimeML leaves untagged
    return "DURATION", _duration_value(n, unit), None


def n_duration_half(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    n = 1.5 if "half" in m.group(0).lower() else 1
    return "DURATION", _duration_value(n, m["unit"]), None


def n_half_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DURATION", _duration_value(0.5, m["unit"]), None


def n_bare_units(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    rel = (m["rel"] or "").lower()
    unit = _unit_key(m["unit"])
    if rel == "recent" and unit in ("year", "day"):
        return "DATE", "PAST_REF", None
    if rel == "coming" or (m["ahead"] and unit not in ("week",)):
        return "DATE", "FUTURE_REF", None
    return "DURATION", _duration_value(None, unit), None


def n_decades_long(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DURATION", _duration_value(None, m["unit"]), None


_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "semiannually": "P6M"}


def n_set_adverb(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = m["setw"].lower()
    if w in _SET_WORDS:
        # Attributive ("quarterly dividend", "weekly magazine") rather than a recurrence; news
        # TimeML still tags "daily" in that position.
        if w in ("quarterly", "monthly", "weekly") and re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 3]):
            return None
        return "SET", _SET_WORDS[w], None
    unit = w.split()[-1]
    return "SET", _duration_value(1, unit), None


def n_set_every(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = m.group(0).lower()
    quant, unit = w.split()[0], m["unit"].lower()
    if quant == "a" and not _AMOUNT_BEFORE.search(ctx.text[max(0, m.start() - 30):m.start()]):
        return None
    if unit in R.WEEKDAYS:
        return "SET", f"XXXX-WXX-{R.WEEKDAYS[unit] + 1}", None
    if unit in R.MONTHS:
        return "SET", f"XXXX-{R.MONTHS[unit]:02d}", None
    if unit in R.SEASONS:
        return "SET", f"XXXX-{R.SEASONS[unit]}", None
    if unit in ("morning", "evening"):
        return "SET", f"XXXX-XX-XX{R.PARTS_OF_DAY[unit]}", None
    return "SET", _duration_value(1, unit), None


def n_the_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    mod = (m["mod"] or "").strip().lower()
    if re.match(r"(?i)\s+(?:ended|ending|ends|to date)\b", ctx.text[m.end():m.end() + 10]):
        return "DURATION", "P1Y", None  # "the year ended Sept. 30" is a fiscal twelve-month period
    if mod in ("same", "comparable"):
        ref = ctx.recent_ref(m.start(), 3)
        return _date(replace(ref, gran="Y", suffix="")) if ref is not None else None
    off = -1 if mod in ("previous", "past", "prior", "latest fiscal", "latest") else 0
    return _date(_Val("Y", ctx.dct).shift(off, "Y"))


def n_year_end(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    since = re.search(r"(?i)\bsince\s+$", ctx.text[max(0, m.start() - 8):m.start()])
    return _date(_Val("Y", ctx.dct).shift(-1 if since else 0, "Y"))


def n_edge_of_unit(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    g = {"month": "M", "week": "W", "year": "Y"}[m["unit"].lower()]
    return _date(_Val(g, ctx.dct))


def _holiday_date(name: str, y: int) -> date:
    n = name.lower()
    if n.startswith("thanksgiving"):
        nov1 = date(y, 11, 1)
        return nov1 + timedelta((3 - nov1.weekday()) % 7 + 21)
    if n.startswith("christmas"):
        return date(y, 12, 24 if n.endswith("eve") else 25)
    if n.startswith("new year"):
        return date(y, 12, 31) if n.endswith("eve") else date(y, 1, 1)
    if n.startswith("independence"):
        return date(y, 7, 4)
    if n.startswith("halloween"):
        return date(y, 10, 31)
    if n.startswith("valentine"):
        return date(y, 2, 14)
    if n.startswith("labor"):
        sep1 = date(y, 9, 1)
        return sep1 + timedelta((0 - sep1.weekday()) % 7)
    if n.startswith("memorial"):
        may31 = date(y, 5, 31)
        return may31 - timedelta(may31.weekday())
    # Easter (anonymous Gregorian algorithm).
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * mm + 114) // 31
    return date(y, month, (h + l_ - 7 * mm + 114) % 31 + 1)


def n_holiday(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    rel, name = (m["rel"] or "").lower(), m["hol"]
    y = ctx.dct.year
    this = _holiday_date(name, y)
    if rel == "last" or (not rel and this > ctx.dct and not ctx.future(m.start(), m.end())):
        d = this if this < ctx.dct and rel != "last" else _holiday_date(name, y - (this >= ctx.dct))
    elif rel == "next":
        d = this if this > ctx.dct else _holiday_date(name, y + 1)
    else:
        d = this
    return _date(_Val("D", d))


def n_part_alone(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    ref = ctx.recent_ref(m.start(), 1)
    d = ref.d if ref is not None and ref.gran == "D" else ctx.dct
    return _date(_Val("D", d, suffix=R.PARTS_OF_DAY[m["part"].lower()]))


def n_part_dayrel2(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    off = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["rel"].lower()]
    return _date(_Val("D", ctx.dct + timedelta(off), suffix=R.PARTS_OF_DAY[m["part"].lower()]))


def n_clock_date(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    t = _clock(m)
    res = _month_day(ctx, _month_of(m), int(m["day"]), None, m.start(), m.end())
    if t is None or res is None or res[2] is None:
        return None
    return _date(replace(res[2], suffix=t))


def n_ref_present(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    w = m.group(0).lower()
    if w == "today's":
        return None
    if w in ("current", "the current") and re.match(r"\s+(?:account|accounts|events|affairs|"
                                                     r"assets|liabilities|law|rules|system)\b",
                                                     ctx.text[m.end():m.end() + 14]):
        return None
    return "DATE", "PRESENT_REF", None


def n_ref_past(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DATE", "PAST_REF", None


def n_ref_future(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    return "DATE", "FUTURE_REF", None


NORMALIZERS: dict[str, _Norm] = {
    name.removeprefix("n_"): fn for name, fn in globals().items() if name.startswith("n_") and callable(fn)
}
# Several pattern variants share one normalizer.
NORMALIZERS.update(decade_short=n_decade, decade_word=n_decade, weekday_noon=n_noon_weekday)
_RULES: list[tuple[int, re.Pattern[str], _Norm]] = []


def _compiled_rules() -> list[tuple[int, re.Pattern[str], _Norm]]:
    """Compiles the rule table once, on first use, so importing the module stays cheap."""
    if not _RULES:
        for i, (name, pattern) in enumerate(R.RULE_TABLE):
            # Month names need their capital letter to be told from "may"/"march"; all else ignores case.
            flags = 0 if "(?P<month>" in pattern or name in R.CASE_SENSITIVE else re.IGNORECASE
            _RULES.append((i, re.compile(pattern, flags), NORMALIZERS[name]))
    return _RULES


def _parse_dct(dct: datetime | date | str) -> date:
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, date):
        return dct
    s = dct.strip()
    if m := re.match(r"(\d{4})-?(\d\d)-?(\d\d)", s):
        return date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(f"unparseable document creation time: {dct!r}")


def tag_times(text: str, dct: datetime | date | str) -> list[TimeExpression]:
    """Every time expression in text, normalized against the document creation time dct."""
    ctx = _Ctx(text, _parse_dct(dct))
    cands: list[tuple[int, int, int, re.Match[str], _Norm]] = []
    for i, rx, fn in _compiled_rules():
        for m in rx.finditer(text):
            if m.end() > m.start():
                cands.append((m.start(), m.end(), i, m, fn))
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
    anchor = _Val("D", ctx.dct).value()
    for start, end, _, m, fn in chosen:
        res = fn(m, ctx)
        if res is None:
            continue
        typ, value, val = res
        if val is not None and typ in ("DATE", "TIME"):
            ctx.ref, ctx.ref_pos = replace(val, suffix=""), start
            if val.gran in ("Q", "H"):
                ctx.ref_quarter, ctx.ref_quarter_pos = val, start
        pre = R.PREFIX_MODIFIER.search(text, max(prev_end, start - 24), start)
        if pre and typ in ("DATE", "TIME"):
            start = pre.start()
        out.append(TimeExpression(start, end, text[start:end], typ, value, anchor))
        prev_end = end
    return out
