"""Calendar values and date arithmetic for the TIMEX3 tagger: granular values, shifts, durations, holidays."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from qa import timex_rules as R

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def month_end(y: int, m: int) -> date:
    """Last day of month m of year y."""
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
            return date(y, mo, 1).isoformat(), month_end(y, mo).isoformat()
        if m := re.fullmatch(r"(\d{4})-([QH])(\d)", v):
            y, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
            return date(y, size * (n - 1) + 1, 1).isoformat(), month_end(y, size * n).isoformat()
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y, (a, b) = int(m[1]), SEASON_MONTHS[m[2]]
            end = month_end(y + 1, b - 12) if b > 12 else month_end(y, b)
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


FINENESS = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "H": 4, "S": 4, "Y": 5, "E": 6, "C": 7}


@dataclass(frozen=True)
class Val:
    gran: str  # D day, W week, WE weekend, M month, Q quarter, H half, S season, Y year
    d: date  # any day inside the period
    season: str = ""
    suffix: str = ""  # time part: "T15:00", "TMO", ...

    def value(self) -> str:
        """TIMEX3 value at this granularity ("2026-W02", "2025-06", "1998-Q3", ...)."""
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

    def shift(self, n: int, unit: str) -> Val:
        """The same period moved by n units (a season moved by months is the season it lands in: "three and a half
        years" after the fall of 1956 is the spring of 1960)."""
        d = shift_date(self.d, n, unit)
        if self.gran == "S" and unit in ("D", "W", "WE", "M", "Q", "H"):
            if d.month < R.SEASON_START["SP"]:
                return replace(self, d=date(d.year - 1, 12, 1), season="WI")  # January's winter began in December
            code = max((first, c) for c, first in R.SEASON_START.items() if first <= d.month)[1]
            return replace(self, d=date(d.year, R.SEASON_START[code], 1), season=code)
        return replace(self, d=d)


def shift_date(d: date, n: int, unit: str) -> date:
    """Moves d by n units; month arithmetic clamps the day (Mar 31 - 1 month = Feb 28)."""
    if unit in ("D",):
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "S": 12, "Y": 12, "E": 120, "C": 1200}.get(unit, 12) * n
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    y = max(1, min(9999, y))
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def parse_quantity(word: str | None) -> float | None:
    """Parses a quantity ("three", "twenty-four", "2 1/2", "a couple of"); None for vague ones."""
    if not word:
        return None
    w = word.lower().strip()
    half = 0.5 if re.search(r"(?: 1/2|[ -]and[ -]a[ -]half)$", w) else 0.0
    w = re.sub(r"(?: 1/2|[ -]and[ -]a[ -]half)$", "", w).replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if w.startswith(("a couple", "couple")):
        return 2
    hundreds = re.fullmatch(r"(?:(\w+)[- ])?(hundred|thousand)", w)
    if hundreds:
        count = 1 if hundreds[1] in (None, "a", "one") else R.UNITS_WORDS.get(hundreds[1])
        return None if count is None else count * (100 if hundreds[2] == "hundred" else 1000)
    if w in R.UNITS_WORDS:
        return R.UNITS_WORDS[w] + half
    parts = re.split(r"[- ]", w)
    if parts[0] in R.TENS_WORDS:
        return R.TENS_WORDS[parts[0]] + (R.UNITS_WORDS.get(parts[1], 0) if len(parts) > 1 else 0) + half
    return None


def month_of(m: re.Match[str]) -> int:
    """Month number of a match's month group ("Sept." -> 9)."""
    return R.MONTHS[m["month"].lower().rstrip(".")]


def unit_key(unit: str) -> str:
    """Singular lexicon key of a unit word ("centuries" -> "centurie", "days" -> "day")."""
    u = unit.lower()
    return "centurie" if u.startswith("centur") else u.rstrip("s") if u != "days" else "day"


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration, "X" for an unknown amount; fractions move to the next smaller unit."""
    letter, is_time, _ = R.UNITS[unit_key(unit)]
    if letter == "WE":
        letter = "D"
        n = None if n is None else n * 2
    if letter == "FN":
        letter = "W"
        n = None if n is None else n * 2
    # News TimeML counts decades in years ("a decade" P10Y, "decades" PXY) and known numbers of
    # centuries too ("half a century" P50Y).
    if letter == "E":
        letter, n = "Y", None if n is None else n * 10
    if letter == "C" and n is not None:
        letter, n = "Y", n * 100
    t = "T" if is_time else ""
    if n is None:
        return f"P{t}X{letter}"
    if n != int(n) and letter == "S" and is_time:
        return f"PT{n:g}S"  # "0.049 seconds": the smallest unit keeps its decimals
    if n != int(n):
        whole, frac = int(n), n - int(n)
        sub = (
            {"H": ("M", 60), "M": ("S", 60)}
            if is_time
            else {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "W": ("D", 7)}
        ).get(letter)
        if sub:
            sub_letter, k = sub
            sub_t = "T" if sub_letter == "H" and not is_time else ""
            head = f"{whole}{letter}" if whole else ""
            return f"P{t}{head}{sub_t}{int(frac * k)}{sub_letter}"
    return f"P{t}{int(n)}{letter}"


def spoken_number(words: str) -> int | None:
    """Year written in words ("nineteen ninety-six" -> 1996), None if not one."""
    w = words.lower()
    if w.startswith("two thousand"):
        rest = w[len("two thousand") :].replace(" and ", "").strip()
        return 2000 + int(parse_quantity(rest) or 0)
    if w.startswith("nineteen "):
        n = parse_quantity(w[len("nineteen ") :])
        return None if n is None else 1900 + int(n)
    return None


def clock_suffix(m: re.Match[str]) -> str | None:
    """TIMEX3 time suffix of a clock match ("3:30 p.m." -> "T15:30"), None for impossible hours."""
    h, mi = int(m["hour"]), int(m["minute"] or 0)
    if h > 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    h = (h % 12) + (12 if pm else 0)
    return f"T{h:02d}:{mi:02d}"


# Named holidays, keyed by the name's first word(s) in lower case: a fixed ("fixed", month, day), days after
# the nth weekday of a month ("nth", month, weekday, n, days; n = -1 for the last), or days from Easter
# ("easter", days).
HOLIDAYS: dict[str, tuple[str | int, ...]] = {
    "new year's eve": ("fixed", 12, 31),
    "new year's": ("fixed", 1, 1),
    "valentine": ("fixed", 2, 14),
    "juneteenth": ("fixed", 6, 19),
    "independence": ("fixed", 7, 4),
    "fourth of july": ("fixed", 7, 4),
    "july fourth": ("fixed", 7, 4),
    "halloween": ("fixed", 10, 31),
    "veterans": ("fixed", 11, 11),
    "remembrance sunday": ("nth", 11, 6, 2, 0),
    "orthodox christmas": ("fixed", 1, 7),  # by the Julian calendar, which Russia's church keeps
    "christmas eve": ("fixed", 12, 24),
    "christmas": ("fixed", 12, 25),
    "boxing": ("fixed", 12, 26),
    "martin luther king": ("nth", 1, 0, 3, 0),
    "presidents": ("nth", 2, 0, 3, 0),
    "mother's": ("nth", 5, 6, 2, 0),
    "memorial": ("nth", 5, 0, -1, 0),
    "father's": ("nth", 6, 6, 3, 0),
    "labor": ("nth", 9, 0, 1, 0),
    "columbus": ("nth", 10, 0, 2, 0),
    "election": ("nth", 11, 0, 1, 1),  # US Election Day: the Tuesday after November's first Monday
    "super tuesday": ("nth", 3, 1, 1, 0),  # the primaries' first Tuesday in March (of a presidential election year)
    "thanksgiving": ("nth", 11, 3, 4, 0),
    "black friday": ("nth", 11, 3, 4, 1),
    "cyber monday": ("nth", 11, 3, 4, 4),
    "giving tuesday": ("nth", 11, 3, 4, 5),
    "givingtuesday": ("nth", 11, 3, 4, 5),
    "mardi gras": ("easter", -47),
    "fat tuesday": ("easter", -47),
    "shrove tuesday": ("easter", -47),
    "ash wednesday": ("easter", -46),
    "palm sunday": ("easter", -7),
    "good friday": ("easter", -2),
    "easter week": ("easter", -3),  # Holy Week, dated by its Thursday so its ISO week is the one before Easter
    "holy week": ("easter", -3),
    "easter": ("easter", 0),
}


def _easter(y: int) -> date:
    """Easter Sunday of year y (the anonymous Gregorian algorithm)."""
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


def holiday_date(name: str, y: int) -> date:
    """Date of a named holiday in year y (see HOLIDAYS)."""
    n = name.lower().replace("’", "'")
    kind, *args = HOLIDAYS[next(k for k in HOLIDAYS if n.startswith(k))]
    if kind == "fixed":
        return date(y, int(args[0]), int(args[1]))
    if kind == "easter":
        return _easter(y) + timedelta(int(args[0]))
    month, weekday, nth, days = (int(a) for a in args)
    return nth_weekday(y, month, weekday, nth) + timedelta(days)


def weekday_beside(d: date, weekday: int, sign: int) -> date:
    """The first given weekday (Monday 0) strictly after d (sign 1) or before it (sign -1)."""
    if sign > 0:
        return d + timedelta((weekday - d.weekday()) % 7 or 7)
    return d - timedelta((d.weekday() - weekday) % 7 or 7)


def nth_weekday(y: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday (Monday 0) of a month, counted from its start; nth = -1 for the last one. A fifth
    one may spill into the next month: the caller checks."""
    if nth > 0:
        first = date(y, month, 1)
        return first + timedelta((weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(y, month, calendar.monthrange(y, month)[1])
    return last - timedelta((last.weekday() - weekday) % 7)
