"""Normalizers for calendar expressions: dates, months, years, decades, seasons, quarters and holidays.

Each ``n_<rule>`` takes the rule's match and the document context and returns (type, value, anchor) or None
to reject the match; ``qa.timex`` picks them by rule name.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

from qa import timex_rules as R
from qa.timex_calendar import (
    SEASON_MONTHS,
    Val,
    holiday_date,
    month_of,
    nth_weekday,
    parse_quantity,
    shift_date,
    spoken_number,
)
from qa.timex_context import (
    Ctx,
    Result,
    as_date,
    month_alone_year,
    month_day,
    month_heading_year,
    named_day_year,
    points_back,
    recalls_written_year,
    week_ahead_on_a_sunday,
    weekday_month_day,
    year_just_after,
    year_written_before,
)


def n_iso_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "2026-01-10" as written."""
    try:
        return as_date(Val("D", date(int(m["year"]), int(m["mnum"]), int(m["day"]))))
    except ValueError:
        return None


def n_slash_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "1/10/98" (US month/day order; two-digit years pivot at 50)."""
    y = int(m["year"])
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    try:
        return as_date(Val("D", date(y, int(m["mnum"]), int(m["day"]))))
    except ValueError:
        return None


def n_week_of_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the week of March 6" (the week holding that day), "the first/last week of April" (its first/last
    seven days); "the week of March" names only the month."""
    month = month_of(m)
    nth = (m["nth"] or "").lower()
    if m["day"]:
        day = int(m["day"])
    elif nth:
        day = 25 if nth in ("last", "final") else 7 * ["first", "second", "third", "fourth"].index(nth) + 4
    else:
        return as_date(Val("M", date(month_alone_year(ctx, month, m.start(), m.end()), month, 1)))
    res = month_day(ctx, month, day, m["year"], m.start(), m.end())
    if res is None or res[2] is None:
        return None
    return as_date(replace(res[2], gran="W"))


def n_rel_fiscal_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "next fiscal year", "the previous financial year": named by the calendar year it mostly falls in."""
    shift = {"next": 1, "coming": 1, "this": 0}.get(m["rel"].lower(), -1)
    return as_date(Val("Y", date(ctx.dct.year + shift, 1, 1)))


def n_month_day_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Jan. 10, 2026" or "January 10", the year guessed from the DCT and the tense."""
    return month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())


def n_ordinal_of_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the fourth of July", "the twenty-first of March" as that month and day."""
    return month_day(ctx, month_of(m), R.DAY_ORDINALS[m["dayword"].lower()], m["year"], m.start(), m.end())


def n_day_month_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "10 January 2026" or "10th of January"."""
    return n_month_day_year(m, ctx)


def n_weekday_month_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Saturday, Jan. 10" dated by its month and day (see weekday_month_day); the weekday's name alone means
    that day from then on ("was Saturday, Sept. 18 ... Saturday is one of the cheesiest days")."""
    wd = R.WEEKDAYS[m["wd"].lower()]
    if not m["year"] and (d := weekday_month_day(ctx, wd, month_of(m), int(m["day"]), m.start())):
        res: Result | None = as_date(Val("D", d))
    else:
        res = n_month_day_year(m, ctx)
    if res is not None and res[2] is not None and res[2].d.weekday() == wd and abs((res[2].d - ctx.dct).days) <= 7:
        ctx.weekdays[wd] = res[2].d  # (a bare weekday is within a week of the DCT; a listing's far dates are not)
        ctx.weekdays_written.add(wd)
    if res is not None and res[2] is not None and (part := m.groupdict().get("part")):
        v = replace(res[2], suffix=R.PARTS_OF_DAY[part.lower()])
        return "DATE", v.value(), v  # a day's part is a DATE, as "Monday evening" alone
    return res


def n_weekend_of_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the weekend of Sept. 8": the weekend of that day's week (the one before, for a Monday to Thursday)."""
    day_end = m.end("year") if m["year"] else m.end("day")
    res = month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start("month"), day_end)
    if res is None or res[2] is None:
        return None
    d = res[2].d
    saturday = d + timedelta(5 - d.weekday()) if d.weekday() >= 4 else d - timedelta(d.weekday() + 2)
    return "DATE", Val("W", saturday).value() + "-WE", None


def n_weekday_ordinal(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Friday 30th": the day of that number nearest the DCT, in its month or the one before or after, that
    falls on that weekday; None if none does."""
    wd, day = R.WEEKDAYS[m["wd"].lower()], int(m["day"])
    fits = []
    for shift in (-1, 0, 1):
        month_index = ctx.dct.year * 12 + ctx.dct.month - 1 + shift
        try:
            d = date(month_index // 12, month_index % 12 + 1, day)
        except ValueError:
            continue
        if d.weekday() == wd:
            fits.append(d)
    return as_date(Val("D", min(fits, key=lambda d: abs((d - ctx.dct).days)))) if fits else None


def n_month_day_rel_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "June 17 of last year", "March 3 this year", "Nov. 1 of that year" (the year in view)."""
    rel = m["rel"].lower()
    if rel == "that":
        ref = ctx.recent_ref(m.start(), 3)
        if ref is None:
            return month_day(ctx, month_of(m), int(m["day"]), None, m.start(), m.end())
        y = ref.d.year
    else:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[rel]
    return month_day(ctx, month_of(m), int(m["day"]), str(y), m.start(), m.end())


def n_nth_weekday_of_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the second Sunday of March", "the last Monday in May": that day in the month's year."""
    month, wd, nth = month_of(m), R.WEEKDAYS[m["wd"].lower()], m["nth"].lower()
    y = int(m["year"]) if m["year"] else month_alone_year(ctx, month, m.start(), m.end())
    n = -1 if nth == "last" else ["first", "second", "third", "fourth", "fifth"].index(nth) + 1
    d = nth_weekday(y, month, wd, n)
    return as_date(Val("D", d)) if d.month == month else None


def n_month_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "January 2026" as a month; as a heading on its own line ("December 2018" over a month's corrections), the
    year of the days of that month written under it (see month_day)."""
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    if not ctx.text[line_start : m.start()].strip() and ctx.text[m.end() : m.end() + 1] in ("\n", ""):
        ctx.month_heading[month_of(m)] = (int(m["year"]), m.end())
    else:
        ctx.month_heading.pop(month_of(m), None)  # the month named again in running text, maybe in another year
    return as_date(Val("M", date(int(m["year"]), month_of(m), 1)))


def _short_year(ctx: Ctx, yy: str) -> int:
    """A two-digit year ("'98") in the century that puts it at most ten years after the DCT."""
    y = ctx.dct.year // 100 * 100 + int(yy)
    return y - 100 if y > ctx.dct.year + 10 else y


def n_month_short_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "June '98" as a month."""
    return as_date(Val("M", date(_short_year(ctx, m["yy"]), month_of(m), 1)))


def n_short_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "in '97" as a year."""
    return as_date(Val("Y", date(_short_year(ctx, m["yy"]), 1, 1)))


# "the March accession": "the", a capitalized month, and a noun (not "the March on Washington").
_THE_MONTH_NOUN = re.compile(r"\s(?!(?:on|of|to|for|from|in|into|and|or|through|past|across|toward|by|at|with)\b)[a-z]")
_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:in|since|until|till|by|during|of|from|through|to|last|this|next|early|late|mid|before|after|around|"
    r"throughout|into|come|"
    r"between|and|or|since early|since late|as of|for|on|in early|in late|the end of|the middle of|"
    r"the beginning of|the start of|as early as|as late as|as soon as)[- ]$"
)


# A capitalized word right after a month name that is also a first name makes it a person's name ("Jan Kavan",
# "April Glaspie"); a month itself is followed by a year, a day or a lower-case word.
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\b")
_FIRST_NAME_MONTHS = frozenset({"Jan", "April", "May", "June", "August"})
# A capitalized word right before (not a function word or a sentence's start) or a reporting verb right after
# makes such a month a surname.
_FIRST_NAME_BEFORE = re.compile(
    r"(?<![.!?\"“”]\s)(?<![.!?\"“”])\b(?!(?:In|By|On|Since|Until|Through|From|During|Early|Late|Mid|Last|Next|This|"
    r"The|And|Or|Of|Before|After|Between|Each|Every|Till|Also|But|So|Then|To|As|At|For)\b)[A-Z][a-z]+ $"
)
_SPEAKER_AFTER = re.compile(r"\s+(?:told|said|says|added|wrote|replied|asked)\b")


# The rest of a month range after its first month: "-June", " to June 1998", " through June this year".
_RANGE_END = re.compile(
    r"(?:-|\s+(?:to|through|till|until|and)\s+)(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b|\s+(?P<rel>this|last|next) year\b)?"
)


def n_month_alone(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "in June": a month whose year comes from the sentence or the tense."""
    word = m["month"]
    before = ctx.text[max(0, m.start() - 25) : m.start()]
    first_name = word in _FIRST_NAME_MONTHS and _NAME_AFTER.match(ctx.text, m.end())
    if first_name and (word == "Jan" or not _MONTH_CONTEXT_BEFORE.search(before)):
        return None  # "Foreign Minister Jan Kavan", "envoy April Glaspie": a first name
    speaker = _SPEAKER_AFTER.match(ctx.text, m.end()) and not _MONTH_CONTEXT_BEFORE.search(before)
    if word in _FIRST_NAME_MONTHS and (_FIRST_NAME_BEFORE.search(before) or speaker):
        return None  # "Speaker Pro Tem Tyler August of Lake Geneva", "August told reporters": a surname
    # "May" and "March" double as a verb and a name; only take them after a temporal preposition, or as
    # "the March accession", "the May elections".
    attributive = before.endswith(("the ", "The ")) and _THE_MONTH_NOUN.match(ctx.text, m.end())
    if word in ("May", "March", "MAY", "MARCH") and not (_MONTH_CONTEXT_BEFORE.search(before) or attributive):
        return None
    abbreviated = word.endswith(".") or (len(word) <= 4 and word.title() not in ("May", "June", "July"))
    if abbreviated and not _MONTH_CONTEXT_BEFORE.search(before):
        return None
    month = month_of(m)
    if before.endswith(("come ", "Come ")):  # "finish that shot come March": the next one
        return as_date(Val("M", date(ctx.dct.year + (month < ctx.dct.month), month, 1)))
    if end := _RANGE_END.match(ctx.text, m.end()):
        # "from January to June this year", "the January-June period": the range's first month is dated by its
        # last one, and comes before it.
        last = R.MONTHS[end["month"].lower()]
        if end["year"]:
            y = int(end["year"])
        elif end["rel"]:
            y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[end["rel"].lower()]
        else:
            y = month_alone_year(ctx, last, end.start("month"), end.end())
        return as_date(Val("M", date(y - (month > last), month, 1)))
    return as_date(Val("M", date(month_alone_year(ctx, month, m.start(), m.end()), month, 1)))


def n_month_rel_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "June last year"; "June of that year" in the year in view."""
    if m["that"]:
        ref = ctx.recent_ref(m.start(), 3)
        y = ref.d.year if ref else month_alone_year(ctx, month_of(m), m.start(), m.end())
    else:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return as_date(Val("M", date(y, month_of(m), 1)))


def n_rel_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last June", "next March", "this September"."""
    month, rel, dm = month_of(m), m["rel"].lower(), ctx.dct.month
    y = ctx.dct.year
    if rel in ("last", "this past"):
        y -= month >= dm - 1  # "last February" written on March 1 means the previous year's
    elif rel in ("next", "this coming"):
        y += month <= dm
    elif rel == "this":
        pass  # "this September" is always the DCT's year in news
    elif rel == "that" and (ref := ctx.recent_ref(m.start(), 3)) is not None and ref.gran != "D":
        y = ref.d.year  # "In November 2018, she fell ... had surgery that December": the year in view
    else:
        y = month_alone_year(ctx, month, m.start(), m.end())
    return as_date(Val("M", date(y, month, 1)))


def n_rel_month_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last Oct. 23", "next March 6": the nearest such day before (after) the DCT."""
    if m["year"] or named_day_year(ctx, month_of(m), int(m["day"]), m.start(), m.end()):
        # "the next Jan. 6 committee hearing": "next" goes with the hearing; the day is the one the noun names
        return month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())
    forward = m["rel"].lower() in ("next", "this coming")
    month, day = month_of(m), int(m["day"])
    years = range(ctx.dct.year - 4, ctx.dct.year + 5)  # wide enough to hold a February 29
    days = [date(y, month, day) for y in years if day <= calendar.monthrange(y, month)[1]]
    found = [d for d in days if (d > ctx.dct if forward else d < ctx.dct)]
    if not found:
        return None
    return as_date(Val("D", found[0] if forward else found[-1]))


def n_spoken_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "nineteen ninety-six" as a year."""
    y = spoken_number(m["spoken"])
    return as_date(Val("Y", date(y, 1, 1))) if y else None


def n_spoken_month_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "June two thousand" as a month."""
    y = spoken_number(m["spoken"])
    return as_date(Val("M", date(y, month_of(m), 1))) if y else None


def n_season_of_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the summer of 1997"."""
    y = int(m["year"]) if m["year"] else spoken_number(m["spoken"])
    code = R.SEASONS[m["season"].lower()]
    return as_date(Val("S", date(y, R.SEASON_START[code], 1), season=code)) if y else None


def n_year_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "1997 summer"."""
    code = R.SEASONS[m["season"].lower()]
    return as_date(Val("S", date(int(m["year"]), R.SEASON_START[code], 1), season=code))


def n_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A bare four-digit year; numbers far from the DCT are rejected as quantities."""
    y = int(m["year"])
    # Bare four-digit numbers far from the DCT are usually quantities, not years.
    if not 1600 <= y <= ctx.dct.year + 30:
        return None
    in_year = _YEAR_PREPOSITION.search(ctx.text, max(0, m.start() - 8), m.start())
    if not in_year and _STREET_AFTER.match(ctx.text, m.end()):
        return None  # "Sears, 1701 Mcfarland Blvd E": a street number (but "in 1990 Main Street was paved")
    if not in_year and _VEHICLE_AFTER.match(ctx.text, m.end()):
        return None  # "Kopp's 1987 Chevrolet Cavalier": a model year names the car, not a time
    if _NUMBERED_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "Senate Bill 2001", "Executive Order 1234", "Flight 1549", "Route 1776": a number that names
    counted = _COUNTED_AFTER.match(ctx.text, m.end())
    if counted and not in_year and not _DETERMINER_BEFORE_YEAR.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "128 catches, 1809 receiving yards": a count (but "the last of four 2019 deaths")
    if "-" in (ctx.text[m.start() - 1 : m.start()], ctx.text[m.end() : m.end() + 1]):
        # "Whipple (1730-1785) ... Eight years later": a year that bounds a range (a life, a term, a season)
        # anchors nothing after it
        return "DATE", str(y), None
    return as_date(Val("Y", date(y, 1, 1)))


def n_year_range_end(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "80" in "1977-80", "00" in "1999-00": the year that ends a range, in the century of its start (the next
    one past a 99); not an end that comes before its start ("2022-05": a month)."""
    first = int(ctx.text[m.start() - 5 : m.start() - 1])
    last = first // 100 * 100 + int(m["yy"])
    if last <= first and first % 100 >= 90:
        last += 100
    if not first < last <= ctx.dct.year + 30:
        return None
    return "DATE", str(last), None  # an anchor for nothing after it, like the year that opens the range


_NUMBERED_BEFORE = re.compile(
    r"(?:\b(?:Bill|Order|Resolution|Amendment|Flight|Route|Highway|Interstate|Room|Suite|Section|Rule|Article|"
    r"Proposition|Prop\.|Measure|Ordinance|Local|Lot|Unit|Gate|Pier|Box|No\.|HB|SB|AB|HR|H\.R\.)|#)\s*$"
)
_VEHICLE_AFTER = re.compile(
    r" (?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Buick|Cadillac|Pontiac|Oldsmobile|Chrysler|Jeep|BMW|"
    r"Mercedes(?:-Benz)?|Volkswagen|VW|Audi|Hyundai|Kia|Subaru|Mazda|Mercury|Plymouth|GMC|Tesla|Volvo|Lexus|"
    r"Acura|Infiniti|Porsche|Ferrari|Jaguar|Mitsubishi|Saturn|Lincoln (?:Town Car|Continental|Navigator)|"
    r"Harley-Davidson)\b"
)
# Plural nouns a number counts, maybe after a modifier ("1809 receiving yards", "2000 new cases").
_COUNTED_AFTER = re.compile(
    r" (?:[a-z]+ing |new )?(?:yards|votes|troops|soldiers|students|residents|workers|employees|jobs|cases|deaths|miles|"
    r"feet|meters|acres|pounds|dollars|euros|units|homes|households|calories|words|pages|members|passengers|"
    r"rebounds|assists|runs|strikeouts|tackles|touchdowns|patients|visitors|fans|seats|vehicles|cars|calls)\b"
)
_DETERMINER_BEFORE_YEAR = re.compile(
    r"(?i)\b(?:that|this|these|those|its|his|her|their|our|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"separate|several)\s+$"
)
_YEAR_PREPOSITION = re.compile(r"(?i)\b(?:in|since|by|of|from|until|during|before|after|the)\s+$")
_STREET_AFTER = re.compile(
    r" (?:[NSEW]\.? )?(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)?)\.?(?: [A-Z][a-z]+){0,2}\.? (?:St|Street|Ave|Avenue|Rd|Road|"
    r"Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Cir|Circle|Ter|Terrace|Trail|"
    r"Pike)\b"
)


def n_fiscal_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "fiscal 1989" as that year."""
    return as_date(Val("Y", date(int(m["year"]), 1, 1)))


# Words near "the 50s" that make it a temperature, a price or a score rather than a decade.
_NOT_A_DECADE = re.compile(
    r"(?i)\b(?:degrees?|temperatures?|highs?|lows?|upper|lower|fahrenheit|celsius|weather|prices?|traded|trading|"
    r"shares|stock|cents|percent|points|yields?|index|scores?|scored|mph)\b|[$%]"
)


_DECADE_CONTEXT = re.compile(r"(?i)\b(?:in|during|since|of|from|through|by|to|early|late|mid|and)[- ]$")


def n_decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the 1990s", "the '80s", "the eighties" as a three-digit decade value; "the 1800s" as a century."""
    g = m.groupdict()
    if g.get("dec2") and "'" not in m.group(0)[:-2] and "’" not in m.group(0)[:-2]:
        s, e = ctx.sentence(m.start())
        if _NOT_A_DECADE.search(ctx.text, max(s, m.start() - 60), min(e, m.end() + 60)):
            return None  # "highs in the 50s", "traded in the 40s": not a decade
    if g.get("dec"):
        if (
            re.search(r"['’]s$", m.group(0))
            and not m.group(0)[0].isalpha()
            and not _DECADE_CONTEXT.search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            return as_date(Val("Y", date(int(g["dec"]), 1, 1)))  # "2020's record of the year": a possessive year
        if g["dec"].endswith("00") and g["dec"] < "2000":
            return "DATE", g["dec"][:2], None  # "the late 1800s": the century (but "the early 2000s" is a decade)
        return "DATE", g["dec"][:3], None
    if g.get("dec2"):
        d = int(g["dec2"][0])
        yy = ctx.dct.year % 100
        # The DCT's own decade barely begun, in a past clause, is the last century's ("took place in the '20s").
        unfinished = d * 10 <= yy < d * 10 + 5 and ctx.tense(m.start(), m.end()) == "past"
        century = ctx.dct.year // 100 - (d * 10 > yy or unfinished)
        return "DATE", f"{century}{d}", None
    return "DATE", f"19{R.DECADE_WORDS[m['decw'].lower()]}", None


def n_century(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the 20th century" as "19"."""
    return "DATE", f"{int(m['cent']) - 1:02d}", None


def n_this_century(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "this century", "the last century" relative to the DCT."""
    c = ctx.dct.year // 100
    w = m.group(0).lower()
    c += -1 if "last" in w or "past" in w else 1 if "next" in w else 0
    return "DATE", f"{c:02d}", None


def n_rel_decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the last decade", "this decade", "the next decade" as a three-digit decade value."""
    rel = m["rel"].lower()
    off = -1 if "last" in rel or "past" in rel else 1 if "next" in rel else 0
    if off and _SPAN_OVER.search(ctx.text, max(0, m.start() - 25), m.start()):
        return "DURATION", "P10Y", None  # "over the past decade", "for the next decade": ten years counted from now
    return "DATE", f"{ctx.dct.year // 10 + off:03d}", None


_SPAN_OVER = re.compile(
    r"(?i)\b(?:over|for|within|throughout)\s+(?:(?:about|nearly|almost|roughly|more than|much of|most of)\s+)?$"
)  # also "for about the last decade"


_SEASON_AFTER = {"SP": "SU", "SU": "FA", "FA": "WI", "WI": "SP"}


def _season_val(ctx: Ctx, code: str, rel: str, start: int, end: int) -> Val:
    """A season relative to the DCT, or to the sentence's year when one was mentioned."""
    dct = ctx.dct
    cur_year = dct.year - (dct.month <= 2)  # January and February belong to the previous year's winter
    cur_code = next(
        c
        for c, (a, b) in SEASON_MONTHS.items()
        if a <= (dct.month if dct.month > 2 or c != "WI" else dct.month + 12) <= b
    )
    start_month = R.SEASON_START[code]
    this_year_start = date(cur_year if code == "WI" else dct.year, start_month, 1)
    y = this_year_start.year
    if rel in ("last", "this past"):  # the latest one over: "last spring" in October is this year's
        y = y - 1 if (this_year_start > dct or code == cur_code) else y
    elif rel in ("next", "this coming"):
        # (but "this upcoming fall" written on Sept. 1 is the one just begun, whose equinox is still ahead)
        just_begun = rel == "this coming" and (dct - this_year_start).days < 31
        y = y + 1 if this_year_start <= dct and not just_begun else y
        if rel == "next" and code == _SEASON_AFTER[cur_code] and dct < this_year_start and y == dct.year:
            y += 1  # "next winter" written in October is not the one about to begin, which is "this winter"
    elif rel in ("this", "the", "early", "late", ""):
        # ("this summer" is the DCT's, whatever came before)
        sy = ctx.sentence_year(start, days=True) if rel != "this" else None
        if sy and not (sy < dct.year and ctx.future(start, end)):  # "underway since 2019, to open in the fall"
            y = sy
        elif not rel and points_back(ctx, start) and (told := year_written_before(ctx, start)):
            y = told  # "In 2015, the rate of violent crime ... was the same as Chicago. That summer, ..."
        elif rel != "this" and (written_after := year_just_after(ctx, end)):
            y = written_after  # "the Covid-19 summer wave in 2020"
        elif this_year_start > dct and rel != "this" and _season_back(ctx, this_year_start, start, end):
            y -= 1
        elif (
            code != cur_code
            and this_year_start < dct
            and ctx.future(start, end)
            and not _gone_by_name(ctx, end, code)
            and not (
                _still_on(dct, code)
                and (rel in ("late", "this") or _TO_THE_END_BEFORE.search(ctx.text, max(0, start - 16), start))
            )
        ):
            # "will visit in the spring" written in December: next year's (but "must sustain the summer's energy",
            # written on Sept. 5, is the summer just gone; and "will continue through late summer", written on
            # Sept. 10, the summer still on till the equinox)
            y += 1
        elif (
            rel == "this"
            and code != cur_code
            and _nearer_gone(dct, this_year_start)
            and ctx.tense(start, end) == "past"
            and not _INTENT_BEFORE.search(ctx.text, max(ctx.sentence(start)[0], start - 100), start)
        ):
            # "The film had a limited release this fall", written in January: the fall just gone (but not "said he
            # wanted students to attend classes in person this fall")
            y -= 1
    return Val("S", date(y, start_month, 1), season=code)


# A plan or wish whose object may lie ahead whatever the tense of the verb that tells it.
_INTENT_BEFORE = re.compile(
    r"(?i)\b(?:plans?|planned|planning|wants?|wanted|hopes?|hoped|aim(?:s|ed)?|intend(?:s|ed)?|expect(?:s|ed)?|"
    r"excited|prevent(?:s|ed)?|going|scheduled|set)\b[^.;:!?]*$"
)


_SEASON_AS_A_THING = re.compile(r"['’]s\b| of [a-z]")  # "the summer's energy", "a summer of activism"


def _gone_by_name(ctx: Ctx, end: int, code: str) -> bool:
    """Whether a season named as a thing ("the summer's energy") ended within the month before the DCT."""
    if not _SEASON_AS_A_THING.match(ctx.text, end):
        return False
    after = date(ctx.dct.year, SEASON_MONTHS[code][1] % 12 + 1, 1)  # the first day after the season
    ended = after if after <= ctx.dct else date(after.year - 1, after.month, 1)
    return ctx.dct - ended <= timedelta(31)


# What runs on to a season's end: "through the summer", "for the rest of the summer", "later this summer".
_TO_THE_END_BEFORE = re.compile(r"(?i)\b(?:through|until|till|into|rest of|end of|later|late)\s+(?:the\s+)?$")


def _still_on(dct: date, code: str) -> bool:
    """Whether the season, over by the months (SEASON_MONTHS), still runs at dct till its solstice or equinox (the
    21st of the month after)."""
    return dct.month == SEASON_MONTHS[code][1] % 12 + 1 and dct.day <= 21


def _nearer_gone(dct: date, this_year_start: date) -> bool:
    """Whether the season that starts this year after the DCT ended last year nearer to the DCT than it comes
    back (the fall, in January)."""
    last_year_end = this_year_start.replace(year=this_year_start.year - 1) + timedelta(days=91)
    return this_year_start > dct and (dct - last_year_end).days < (this_year_start - dct).days


def _season_back(ctx: Ctx, this_year_start: date, start: int, end: int) -> bool:
    """Whether a season that starts after the DCT this year means last year's: a past clause says so; a
    present one ("we're in for an early spring" on Feb. 2) means whichever is nearer."""
    tense = ctx.tense(start, end)
    if tense == "future":
        return False
    if _FOR_SEASON_BEFORE.search(ctx.text, max(0, start - 20), start) and not _just_ended(ctx.dct, this_year_start):
        return False  # "protocols for the fall semester", "has closed for the summer", written in spring: ahead
    if tense == "past":
        return True
    return _nearer_gone(ctx.dct, this_year_start)


_FOR_SEASON_BEFORE = re.compile(r"(?i)\bfor\s+(?:the\s+)?(?:upcoming\s+)?$")


def _just_ended(dct: date, this_year_start: date) -> bool:
    """Whether last year's season that starts this year at this_year_start ended within a month before dct."""
    last_end = date(this_year_start.year - 1, this_year_start.month, 1) + timedelta(92)
    return timedelta(0) <= dct - last_end <= timedelta(31)


# A capitalized season inside a name: "the Winter Olympics", "Summer of Soul", "the Arab Spring", "Reeds Spring",
# "Kevin Winter", the film "Fall"; but not after a capitalized function word ("In Spring, ...").
_NAME_AFTER_SEASON = re.compile(r" (?:of (?:the )?)?[A-Z][a-z]|/[A-Z]")  # "Kevin Winter/Getty Images": a credit
_NAME_BEFORE_SEASON = re.compile(
    r"(?<![.!?:;]\s)(?<![.!?:;]\s\s)\b(?!(?:In|During|By|This|That|Next|Last|Each|Every|And|But|"
    r"Or|Of|The|Until|Since|Before|After|Early|Late|Mid|Through)\b)[A-Z][a-z]+ $"
)
# a metaphor, not a time of year: "another crypto winter", "a nuclear winter"
_METAPHOR_SEASON_BEFORE = re.compile(r"(?i)\b(?:crypto|bitcoin|nuclear|AI|tech)\s+$")
_QUOTED_SEASON = re.compile(r"[\"“‘'](\w+)[\"”’']")


def _season_in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalized season word at start:end names something rather than a time of year."""
    if _NAME_AFTER_SEASON.match(text, end) or _QUOTED_SEASON.fullmatch(text, max(0, start - 1), end + 1):
        return True
    return _NAME_BEFORE_SEASON.search(text, max(0, start - 24), start) is not None


# a body falling, not prices: "fell into the mountain", "falling directly from the sky"
_FALLING = re.compile(r"(?i)\b(?:fell|falling|fallen|plunged|plummeted|tumbled)(?: \w+)? (?:from|into|off|down|onto)\b")


_FALL_OF_A_THING = re.compile(r"\s+of\s+(?!(?:that|this|last|next|each|every|the same|the following)\b|'?\d)")


def _around(ctx: Ctx, pos: int) -> tuple[int, int]:
    """The span of the sentence at pos with the sentences before and after it."""
    s, e = ctx.sentence(pos)
    return ctx.sentence(max(0, s - 1))[0], ctx.sentence(min(len(ctx.text) - 1, e))[1]


_NEXT_OF_A_KIND = re.compile(r"(?i)\b(?:the|a)\s+$")
_SEASONAL_THING = re.compile(
    r"(?i)\s+(?:storms?|games|olympics?|olympic games|season|league|break|camps?|session|semester|term|vacation)\b"
)


def n_rel_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last summer", "this fall", "this upcoming fall", "winter of next year"."""
    rel = (m["rel"] or "").lower()
    rel = "this coming" if rel in ("this upcoming", "the upcoming") else rel
    if not rel and m["season"][0].islower() and m["season"].lower() in ("fall", "spring"):
        return None  # "fall" and "spring" are verbs/nouns far more often than seasons
    if rel in ("", "the") and m["season"].istitle() and _season_in_a_name(ctx.text, m.start("season"), m.end()):
        return None
    if not rel and _METAPHOR_SEASON_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    if rel == "the" and m["season"].lower() == "fall" and _FALLING.search(ctx.text, *_around(ctx, m.start())):
        return None  # "the plane did not smoke during the fall. The fire started after it fell": a falling
    if rel == "the" and m["season"].lower() == "fall" and not m["sfx"] and _FALL_OF_A_THING.match(ctx.text, m.end()):
        return None  # "after the fall of the Berlin Wall", "the fall of Kabul": a collapse (not "the fall of 2020")
    if (
        rel in ("next", "last")
        and _NEXT_OF_A_KIND.search(ctx.text, max(0, m.start() - 4), m.start())
        and _SEASONAL_THING.match(ctx.text, m.end())
    ):
        return None  # "the next winter storm", "the last summer Olympics": the next storm, not next winter
    if m["sfx"]:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["sfx"].lower()]
        code = R.SEASONS[m["season"].lower()]
        return as_date(Val("S", date(y, R.SEASON_START[code], 1), season=code))
    return as_date(_season_val(ctx, R.SEASONS[m["season"].lower()], rel, m.start(), m.end()))


_GAME_WORDS = re.compile(
    r"(?i)\b(?:games?|points|scored|scoring|regulation|halftime|baskets?|goals?|touchdowns?|innings?|deficit|overtime|buzzer|"
    r"free throws?|rebounds|assists|yards|quarterback|tournament|Final Four|NBA|NFL|NHL|MLB|NCAA|coach|"
    r"trailed|3-point(?:ers?)?|three-point(?:ers?)?|shot clock|field goals?)\b"
    # a score, "trailed 70-54" (not "voted 52-48", see _MONEY_WORDS), or a shooting line, "0-for-4"
    r"|\b(?<![$.,])\d{1,3}-\d{1,3}\b(?!-)|\b\d{1,2}-for-\d{1,2}\b"
)
_MONEY_WORDS = re.compile(
    r"(?i)\b(?:earnings|profits?|revenues?|sales|economy|economic|growth|GDP|fiscal|shares|results|net income|"
    r"percent|loss|vot\w+|(?<!-)court|ruling|rais(?:ed|ing)|spen(?:t|ding)|fundrais\w*|donations?)\b|%|\$\d"
)


def _in_a_game(ctx: Ctx, pos: int) -> bool:
    """Whether the sentence around pos (with the one before) is a sports report, not a business one."""
    s, e = ctx.sentence(pos)
    prev_start, _ = ctx.sentence(max(0, s - 1))
    if s - prev_start < 30:  # a live blog's time stamp ("7:50 p.m.") is no sentence of its own
        prev_start, _ = ctx.sentence(max(0, prev_start - 1))
    sentence = ctx.text[s:e]
    money = [w for w in _MONEY_WORDS.findall(sentence) if w != "%"]
    if money or ("%" in sentence and not _GAME_WORDS.search(sentence)):
        return False  # but "scored 17 first-half points and shot 60% from the field" is a game
    if ctx.game_story is None:
        ctx.game_story = _is_game_story(ctx.text)
    return ctx.game_story or bool(_GAME_WORDS.search(ctx.text, prev_start, e))


def _is_game_story(text: str) -> bool:
    """Whether a text is a game's report: game words at least six times, at least three of them different."""
    words = [m[0].lower() for m in itertools.islice(_GAME_WORDS.finditer(text), 40)]
    return len(words) >= 6 and len(set(words)) >= 3


_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_ENDED_AFTER = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|closed)\b")


def _quarter(ctx: Ctx, q: int, half: bool, year: int | None, start: int, end: int, ago: bool) -> Result:
    """A fiscal quarter/half; a quarter after the DCT's one is last year's unless the clause is future."""
    if year is None:
        year = ctx.dct.year
        cur = (ctx.dct.month - 1) // (6 if half else 3) + 1
        ended = _ENDED_AFTER.match(ctx.text, end) is not None  # "for the third quarter ended Nov. 26": past
        if q > cur and (ended or not ctx.future(start, end)):
            year -= 1
    year -= ago
    v = Val("H" if half else "Q", date(year, (q - 1) * (6 if half else 3) + 1, 1))
    return as_date(v)


def n_quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the third quarter", "1989 fourth quarter", "year-ago second quarter"."""
    g = m.groupdict()
    q = _QUARTER_ORD[g["qord"].lower()]
    kind = g["qh"].lower()
    half = kind == "half"
    if half and q > 2:
        return None
    year = g.get("qyear") or g.get("qyear2") or g.get("qyear3")
    if not (year or g.get("qrel") or g.get("qrel2") or g.get("qago")) and _in_a_game(ctx, m.start()):
        return None  # "a second-half rally", "early in the fourth quarter": a game's halves and quarters
    y = int(year) if year else None
    if (rel := g.get("qrel") or g.get("qrel2")) and rel.lower() != "the":
        y = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[rel.lower()]
    elif rel:
        y = ctx.sentence_year(m.start()) or ctx.dct.year  # "the second half of the year": the year in view
    ago = bool(g.get("qago")) and g["qago"].lower() != "same"
    if ago and ctx.ref_quarter is not None and y is None:
        y = ctx.ref_quarter.d.year
    res = _quarter(ctx, q, half, y, m.start(), m.end(), ago)
    return (res[0], res[1], None) if ago else res


def n_quarter_code(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Q1 2013", "2012 Q4", "H1 2013", "Q1 of next year"; a bare "Q3" is dated like "the third quarter"."""
    year = m["qyear"] or m["qyear2"] or m["qyear3"]
    if m["qrel"]:
        year = str(ctx.dct.year + {"this": 0, "next": 1, "last": -1}[m["qrel"].lower()])
    if m["hn"] and not year:
        return None
    half = bool(m["hn"])
    return _quarter(ctx, int(m["hn"] or m["qn"]), half, int(year) if year else None, m.start(), m.end(), False)


def n_quarter_adj(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "third-quarter" used as an adjective."""
    return n_quarter(m, ctx)


def n_year_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the last half of 1989" (H2), "the first two quarters of 1990" (H1), "the final quarter of 1998" (Q4)."""
    first = m["pos"].lower() == "first"
    part = m["part"].lower()
    half = part != "quarter"
    q = 1 if first else (2 if half else 4)
    if m["qyear2"]:
        y = int(m["qyear2"])
    elif m["qrel2"].lower() == "the":
        y = ctx.sentence_year(m.start()) or ctx.dct.year
    else:
        y = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[m["qrel2"].lower()]
    return _quarter(ctx, q, half, y, m.start(), m.end(), False)


def _default_quarter(ctx: Ctx, pos: int) -> Val:
    """The reporting quarter: the last one mentioned nearby, else the last completed quarter before the DCT."""
    return ctx.quarter_in_focus(pos) or Val("Q", shift_date(ctx.dct.replace(day=1), -3, "M"))


_IN_YEAR_AFTER = re.compile(r"\s+(?:in|of)\s+((?:19|20)\d\d)\b")
_ENDED_DATE = re.compile(r"\s+(?:ended|ending|that ended|which ended)\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})\b")


def n_the_quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the quarter", "the latest period", "the year-ago quarter": the reporting quarter or its comparison."""
    w = m.group(0).lower()
    if w in ("the quarter", "this quarter", "that quarter") and _in_a_game(ctx, m.start()):
        return None  # "a layup with about seven minutes left in the quarter": a game's quarter
    # "the period since 2010", "the population grew 3.9 percent over the same period": a reporting period only once
    # a report names its quarter (but "the comparable period in 2019" is that year, below)
    unreported = ctx.quarter_in_focus(m.start()) is None and not _IN_YEAR_AFTER.match(ctx.text, m.end())
    if w in ("the period", "this period", "that period", "the same period") and unreported:
        return None
    named = ctx.recent_ref(m.start(), 0) if unreported and w.endswith("period") else None
    if named is not None and named.gran == "Y":
        # "murdered in 2017 (the most recent period for which data was available)": the year just named, with no
        # quarterly report in view
        return "DATE", named.value(), None
    v = _default_quarter(ctx, m.start())
    if (e := _ENDED_DATE.match(ctx.text, m.end())) and e["month"].lower() in R.MONTHS and "ago" not in w:
        # "the quarter ended July 31" is the calendar quarter holding most of its three months (Q2).
        res = month_day(ctx, R.MONTHS[e["month"].lower()], int(e["day"]), None, m.end(), e.end())
        if res is not None and res[2] is not None:
            v = Val("Q", res[2].d - timedelta(days=45))
            return "DATE", v.value(), v
    if y := re.search(r"(19|20)\d\d", w):
        return "DATE", replace(v, d=v.d.replace(year=int(y.group(0)))).value(), None
    if y := _IN_YEAR_AFTER.match(ctx.text, m.end()):
        if ctx.quarter_in_focus(m.start()) is None:
            return "DATE", y[1], None  # "up from the comparable period in 2019" (no quarterly report in view)
        # "in the first half of this year ... than during the same period in 2019": that half of 2019
        return "DATE", replace(v, d=v.d.replace(year=int(y[1]))).value(), None
    if "current" in w:
        v = Val("Q", ctx.dct)
    if w == "this quarter" and (ctx.quarter_in_focus(m.start()) is None or ctx.future(m.start(), m.end())):
        # "is set to hurt the economy this quarter", "expects sales to rebound this quarter": the quarter under way
        # (in a report on a quarter just ended, "This quarter's loss" is that one)
        v = Val("Q", ctx.dct)
    if "ago" in w or "earlier" in w or "comparable" in w or "last year" in w:
        # The comparison quarter must not become the reporting quarter that later mentions refer to.
        return "DATE", v.shift(-1, "Y").value(), None
    if "previous" in w:
        v = v.shift(-1, "Q")
    return "DATE", v.value(), v


def n_same_period_last_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the same period last year": the period just reported on (a month, quarter or half), a year earlier."""
    ref = ctx.recent_ref(m.start(), 1)
    if ref is None or ref.gran not in ("M", "Q", "H", "S"):
        ref = ctx.quarter_in_focus(m.start()) if m["unit"].lower() in ("quarter", "period") else None
    v = ref.shift(-1, "Y") if ref is not None else Val("Y", ctx.dct).shift(-1, "Y")
    return "DATE", v.value(), None


def n_nine_months(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the first nine months" as a duration."""
    return "DURATION", f"P{int(parse_quantity(m['num']) or 0)}M", None


def n_year_ago_adj(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "year-ago" as an adjective: the comparison period a year before the reporting one."""
    v = (ctx.quarter_in_focus(m.start()) or Val("Y", ctx.dct)).shift(-1, "Y")
    return "DATE", v.value(), None


_AWARD_OF = re.compile(
    r"(?i)\b(?:record|song|album|player|coach|person|man|woman|team|rookie|car|word|book|movie|film|artist|"
    r"executive|goal|comeback|athlete|entertainer|breakthrough|producer|songwriter|teacher|employee|officer|"
    r"volunteer|citizen|company|brand|story|photo|play|game|manager|pitcher|defender|driver|newcomer)s? of $"
)
_YEAR_OF_SOMETHING = re.compile(r" of (?:the|a|an|his|her|their|its|our|[A-Z])")


_YEAR_WAS = re.compile(r"\s+(?:was|is)\s+" + R.YEAR4 + r"\b")


def n_the_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the year", "the full year", "the same year", "the year ended Sept. 30"."""
    mod = (m["mod"] or "").strip().lower()
    if not mod and (said := _YEAR_WAS.match(ctx.text, m.end())):
        return as_date(Val("Y", date(int(said["year"]), 1, 1)))  # "The year was 1957"
    if not mod and _YEAR_OF_SOMETHING.match(ctx.text, m.end()):
        return None  # "the year of the Cuban missile crisis": a year named by what happened in it
    if not mod and _AWARD_OF.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # "record of the year", "coach of the year": an award
    if re.match(
        r"(?i)\s+(?:ended|ending|ends|to date|(?:to|through) (?:the end of )?[A-Z])", ctx.text[m.end() : m.end() + 20]
    ):
        return "DURATION", "P1Y", None  # "the year ended Sept. 30", "the year through March": a twelve-month period
    if mod in ("same", "comparable"):
        ref = ctx.recent_ref(m.start(), 3)
        return as_date(replace(ref, gran="Y", suffix="")) if ref is not None else None
    if not mod and re.match(r"\s+prior\b", ctx.text[m.end() : m.end() + 7]):
        mod = "prior"  # "up from 23% the year prior"
    elif mod in ("", "full", "entire", "whole") and (sy := ctx.sentence_year(m.start())):
        return as_date(Val("Y", date(sy, 1, 1)))  # "in 2017 when North Korea launched 23 missiles throughout the year"
    off = -1 if mod in ("previous", "past", "prior", "latest fiscal", "latest") else 0
    ref = ctx.recent_ref(m.start(), 1) if mod in ("previous", "prior") else None
    if ref is not None and ref.gran in ("Y", "Q", "H", "S", "M"):
        return as_date(Val("Y", ref.d).shift(-1, "Y"))  # "in 1997 ... the previous year" is 1996
    return as_date(Val("Y", ctx.dct).shift(off, "Y"))


def n_year_end(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "year-end": the DCT's year (the previous one after "since")."""
    since = re.search(r"(?i)\bsince\s+$", ctx.text[max(0, m.start() - 8) : m.start()])
    return as_date(Val("Y", ctx.dct).shift(-1 if since else 0, "Y"))


def n_edge_of_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the end of the month/week/year/decade/century" as that month/week/year/decade/century."""
    unit = m["unit"].lower()
    if unit in ("decade", "century"):
        return "DATE", str(ctx.dct.year // (10 if unit == "decade" else 100)), None
    g = {"month": "M", "week": "W", "year": "Y"}[unit]
    sy = ctx.sentence_year(m.start()) if g == "Y" else None
    past = ctx.tense(m.start(), m.end()) == "past"
    if sy and past:
        return as_date(Val("Y", date(sy, 1, 1)))  # "nine assists in 2016, retiring at the end of the year"
    ref = ctx.recent_ref(m.start())
    if g in ("M", "W") and ref is not None and ref.gran in ("D", g) and past:
        return as_date(Val(g, ref.d))  # "signed the law in January 1974. But by the end of the month, ...": 1974-01
    if g == "W" and week_ahead_on_a_sunday(ctx, m.start(), m.end()):
        return as_date(Val(g, ctx.dct).shift(1, g))  # "will reach Florida by the middle of the week", on a Sunday
    return as_date(Val(g, ctx.dct))


# The year the rest of a holiday's clause writes: "a Good Friday ceremony at the Vatican in April 2007".
_CALLED_OFF_BEFORE = re.compile(
    r"(?i)\b(?:cancel(?:l?ed|s)?|call(?:ed|s)? off|postpone[ds]?|scrap(?:ped|s)?|scuttled?)\s+(?:[\w'’-]+\s+){0,3}$"
)
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|said|says|will|would)\b")
_YEAR_LATER_IN_CLAUSE = re.compile(
    r"[^.,;:!?()\d]{0,50}?\bin (?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) )?(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
)


# "in 1991, ...", "In November 1994, ...": the year a past sentence is set in, written before its holiday.
_IN_YEAR = re.compile(
    r"\b[Ii]n (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
)


def _past_year_before(ctx: Ctx, start: int, end: int) -> int | None:
    """The year written with "in" earlier in the sentence of a holiday told in the past, if before the DCT's."""
    said = list(_IN_YEAR.finditer(ctx.text, ctx.sentence(start)[0], start))
    if not said or int(said[-1]["year"]) >= ctx.dct.year or ctx.tense(start, end) != "past":
        return None
    # not across another time ("diagnosed in February 2014, ... admitted in October ...: Send Christmas cards")
    if ctx.ref is None or ctx.ref_pos > said[-1].end() or ctx.ref.d.year != int(said[-1]["year"]):
        return None
    return ctx.ref.d.year


_RANGE_END_BEFORE = re.compile(r"(?i)\bfrom\b[^.;]{0,40}\b(?:through|to|until|till)\s+$")


def _range_start(ctx: Ctx, pos: int) -> date | None:
    """The start of a range whose end is at pos ("from October through Christmas Day"), if dated earlier in the
    sentence."""
    ref = ctx.recent_ref(pos, 0)
    if ref is None or not _RANGE_END_BEFORE.search(ctx.text, max(ctx.ref_pos, pos - 60), pos):
        return None
    return ref.d


# Days that name one event of their year (an election), so that the text's later mentions mean the one it dated;
# a festival's name is mostly the custom ("how do you celebrate Juneteenth?").
_ONE_EVENT_HOLIDAYS = frozenset({"election day"})


_COUNTDOWN = re.compile(r"(?i)\s+(?:is|are)\s+(?:only |just |still |now )?[\w,]+ (?:days|weeks|months) away\b")
_COUNTDOWN_BEFORE = re.compile(r"(?i)\b(?:countdown to|(?:days|weeks|sleeps) (?:until|till|to go until))\s+$")


def _near_day_of_another_year(ctx: Ctx, pos: int, name: str) -> date | None:
    """The holiday of the year of a day dated earlier in the sentence, in another year than the DCT's, when it falls
    within a month of that day."""
    ref = ctx.recent_ref(pos, 0)
    if ref is None or ref.gran != "D" or ref.d.year == ctx.dct.year:
        return None
    d = holiday_date(name, ref.d.year)
    return d if abs((d - ref.d).days) <= 31 else None


_PACT_AFTER = re.compile(r" (?:Agreement|Accords?|Act|Treaty|Peace Accord)\b")


def n_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Thanksgiving", "last Christmas", "Easter" dated around the DCT; "Christmas 2019" in its year."""
    rel, name = (m["rel"] or "").lower(), m["hol"]
    if not rel and R.SAID_AFTER.match(ctx.text, m.end()):
        return None  # "..., Christmas said": a person's name
    if _PACT_AFTER.match(ctx.text, m.end()):
        return None  # "the Good Friday Agreement": a treaty named for its day
    y = ctx.dct.year
    this = holiday_date(name, y)
    this_if_past = this if this <= ctx.dct else None
    year = m.groupdict().get("hyear")
    later = _YEAR_LATER_IN_CLAUSE.match(ctx.text, m.end()) if not year and not rel else None
    if later and not _FINITE_VERB.search(ctx.text, m.end(), later.start("year")):
        # "during a Good Friday ceremony at the Vatican in April 2007" (not "the man accused of killing seven at a
        # Fourth of July parade was the subject of two police visits in 2019": that year is the visits')
        year = later["year"]
    key = name.lower().replace("’", "'")
    if year:
        d = holiday_date(name, int(year))
        if key in _ONE_EVENT_HOLIDAYS:
            ctx.holiday_years.setdefault(key, int(year))
    elif not rel and key in ctx.holiday_years and recalls_written_year(ctx, m.start(), m.end(), this_if_past):
        # "between Election Day 2020 and Joe Biden's inauguration ... On the afternoon of Election Day, Hannity
        # texted": the holiday first written with its year, as a month and day written again (month_day)
        d = holiday_date(name, ctx.holiday_years[key])
    elif rel == "last":
        # "his vow last July Fourth", written on July 12: as "last July" in July, the year before's
        recent = this < ctx.dct and this.month != ctx.dct.month
        d = this if recent else holiday_date(name, y - 1)
    elif rel == "next":
        d = this if this > ctx.dct else holiday_date(name, y + 1)
    elif rel == "this":
        d = this
    elif (
        not rel
        and R.THAT_YEAR_AFTER.match(ctx.text, m.end())
        and (told := year_written_before(ctx, m.start())) is not None
    ):
        d = holiday_date(name, told)  # "operated until 1940 ... reopened on Christmas Day that year"
    elif not rel and (near := _near_day_of_another_year(ctx, m.start(), name)) is not None:
        d = near  # "an attack on December 19, 2016, when Amri rammed a truck into a crowded Christmas market"
    elif not rel and (said := _past_year_before(ctx, m.start(), m.end())) is not None:
        d = holiday_date(name, said)  # "Nirvana live in 1991, rocking Seattle on Halloween night": the story's year
    elif not rel and (heading := month_heading_year(ctx, this.month, m.start())) is not None:
        d = holiday_date(name, heading)  # "December 2018\n\n... the child the president spoke to on Christmas"
    elif (start := _range_start(ctx, m.start())) is not None:
        # "snowfall from October through Christmas Day": the first one after the range's start
        d = next(h for h in (holiday_date(name, start.year + k) for k in (0, 1)) if h >= start)
    else:
        # A holiday comes once a year: a past clause means the last one, a future clause the next one ("will
        # spend Christmas" written on Dec. 28 is next year's), and otherwise the nearer of the two.
        last = this if this <= ctx.dct else holiday_date(name, y - 1)
        upcoming = this if this >= ctx.dct else holiday_date(name, y + 1)
        # A past clause may still be about a holiday a few days ahead ("prayed as Easter week began").
        tense = ctx.tense(m.start(), m.end())
        nearer = last if (ctx.dct - last) <= (upcoming - ctx.dct) else upcoming
        if (
            tense == "future"
            or _COUNTDOWN.match(ctx.text, m.end())
            or _COUNTDOWN_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
            or (
                _CALLED_OFF_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
                and (upcoming - ctx.dct).days < 90
            )
        ):
            # ... or a countdown: "Memorial Day is 267 days away", "the countdown to Christmas"; or what was called
            # off ahead of it: "cities that previously called off their Christmas parades", written in November
            d = upcoming
        elif tense == "past" and (upcoming - ctx.dct).days > 10:
            d = last
        else:
            d = nearer
    return as_date(Val("W" if name.lower().endswith("week") else "D", d))
