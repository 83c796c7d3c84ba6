"""Normalizers for relative expressions (to the DCT or the anchor), weekdays and times of day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from qa import timex_normalize
from qa import timex_rules as R
from qa.timex_calendar import (
    FINENESS,
    Val,
    clock_suffix,
    duration_value,
    month_of,
    parse_quantity,
    unit_key,
    weekday_beside,
)
from qa.timex_context import (
    Ctx,
    Result,
    anchor_of,
    as_date,
    month_day,
    week_ahead_on_a_sunday,
    weekday_date,
    weekday_month_day,
    weekday_of_date_before,
)

_YEARS_IN = {"year": 1, "decade": 10, "centurie": 100, "century": 100}


def n_ago(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "two weeks ago", "three days later": a shift from the DCT or from the anchor."""
    n = parse_quantity(m["num"])
    if m["half"] and n is not None:
        n /= 2  # "half an hour later"
    unit = unit_key(m["unit"])
    letter, _, gran = R.UNITS[unit]
    tail = m.group(0).lower().rsplit(" ", 1)[-1]
    if tail == "prior" and re.search(r"(?i)\bthe\s+$", ctx.text[max(0, m.start() - 5) : m.start()]):
        return ("DURATION", duration_value(n, unit), None) if n is not None else None  # "the five years prior"
    sign = -1 if tail in ("ago", "earlier", "before", "prior") else 1
    if tail in ("now", "hence"):
        sign = 1
    relative_to_ref = tail in ("earlier", "before", "later", "after", "prior")
    if n is None:
        if sign > 0 and relative_to_ref and ctx.tense(m.start(), m.end()) == "past":
            # "Several months later, she defeated ...": later than some past time the text does not date; what it
            # tells is the amount.
            return "DURATION", duration_value(None, unit), None
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if R.UNITS[unit][1]:
        # "two hours later", "ten minutes ago": a time of day we cannot place; the amount is still a duration.
        return "DURATION", duration_value(n, unit), None
    years_back = n * _YEARS_IN.get(unit, 0) if sign < 0 and not relative_to_ref else 0
    if years_back >= ctx.dct.year:
        return "DATE", f"BC{int(years_back) - ctx.dct.year + 1:04d}", None  # "some 20,000 years ago": BC17986
    if relative_to_ref and (said := _APPOSITIVE_YEAR.match(ctx.text, m.end())):
        # "Sixty-two years later, in 2021, ...": as said
        year = int(said["year"] or said["year2"])
        return as_date(Val("Y", date(year, 1, 1)))
    base: Val = Val(gran, ctx.dct)
    ref = ctx.recent_ref(m.start(), day=gran == "D") if relative_to_ref else None
    # "Sixty-four years later", "completed a decade earlier": counted from a year a paragraph back (but "40% a year
    # earlier" in an earnings report compares with the DCT's year, not a quarter told paragraphs back)
    one_year_back = sign < 0 and unit == "year" and _step_is_one(n)
    if relative_to_ref and ref is None and unit in ("year", "decade", "centurie", "century") and not one_year_back:
        ref = ctx.recent_ref(m.start(), 4)
    if relative_to_ref and ref is None and unit in ("day", "week"):
        # "On Tuesday, April 11, ... . That team will ... . The loser must win a game three days later": counted
        # from a day told a sentence or two back (not from a month or year: "a day later" is no month)
        far = ctx.recent_ref(m.start(), 3, day=True)
        if far is not None and far.gran == "D":
            far_pos = ctx.ref_pos if far is ctx.ref else ctx.day_ref_pos
            ref = None if _COUNTED_FROM_BEFORE.search(ctx.text, max(0, far_pos - 40), far_pos) else far
    # Earnings reports: "a year ago/earlier" compares with the same quarter of the previous year.
    quarter = ctx.quarter_in_focus(m.start())
    if unit == "year" and _step_is_one(n) and quarter is not None and (ref is None or ref.gran != "D"):
        ref = quarter
    if ref is not None and ref.gran in FINENESS:
        # at the anchor's granularity: "two years later" than Oct. 23 is a day; "nine days later" than 2018 is 2018
        base = replace(ref, suffix="")
    step = int(n) if n == int(n) else None
    # "two and a half years later": a fraction of a year (month, week) counts in months (days), at the base's
    # granularity
    fraction = {"year": (12, "M"), "month": (30, "D"), "week": (7, "D")}.get(unit) if step is None else None
    if step is None and fraction is None:
        return None
    if fraction is not None:
        v = base.shift(sign * round(n * fraction[0]), fraction[1])
    elif unit == "decade":
        v = base.shift(sign * 10 * step, "Y")
    elif unit == "centurie" or unit == "century":
        v = base.shift(sign * 100 * step, "Y")
    elif unit == "weekend":
        v = replace(base.shift(sign * step, "W"), gran="WE")
    elif unit == "fortnight":
        v = base.shift(sign * 2 * step, "W")
    else:
        v = base.shift(sign * step, letter if letter != "M" or not R.UNITS[unit][1] else "D")
    if sign > 0 and relative_to_ref and v.d > ctx.dct:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past":
            # "Three days later, as of Friday's close, ..." in a past clause, counted from nothing or from "today":
            # some time past, not the DCT's future; what the text tells is the amount.
            return "DURATION", duration_value(n, unit), None
        if tense != "future" or (ref is None and gran == "Y"):
            # "25 years later, the wounds are still raw": counted from an event the text does not date, it is now;
            # and years "later" are not counted ahead from the DCT itself (that is "from now").
            return "DATE", Val(gran, ctx.dct).value(), None
    # A comparison period ("a year ago" in an earnings report) must not become the new reporting period.
    return "DATE", v.value(), (None if v.gran in ("Q", "H") else v)


# A day some other time is counted from: "Eight trading days after Oct. 12, ..."
_COUNTED_FROM_BEFORE = re.compile(r"(?i)\b(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\s+$")

# "Sixty-two years later, in 2021, ...", "a woman he'd met over a decade prior in 1970"
_APPOSITIVE_YEAR = re.compile(
    r"(?:,\s+in\s+" + R.YEAR4 + r"\s*,|\s+in\s+" + R.YEAR4.replace("<year>", "<year2>") + r"\b(?!\s+dollars))"
)


def _step_is_one(n: float | None) -> bool:
    """True for a quantity of exactly one ("a year ago")."""
    return n == 1


def n_ago_vague(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "years ago", "some weeks ago" as PAST_REF."""
    return "DATE", "PAST_REF", None


def n_before_after_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the day before", "the week after", "the morning after" relative to the anchor."""
    if m["part"]:
        # "a private dinner the night before": the night before the day in view (typed as "Friday night" is); it
        # does not become the anchor of what follows, which still counts from that day
        part = R.PARTS_OF_DAY[m["part"].lower()]
        base = anchor_of(ctx, m.start(), day=True)
        if base.gran != "D":
            return "DATE", "XXXX-XX-XX" + part, None
        return (
            "DATE",
            Val("D", base.d + timedelta(-1 if m["pdir"].lower() == "before" else 1), suffix=part).value(),
            None,
        )
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[m["rel"].lower()]
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    base = anchor_of(ctx, m.start(), day=unit == "D")
    v = replace(base, gran=unit if FINENESS[unit] >= FINENESS[base.gran] else base.gran, suffix="")
    return as_date(v.shift(sign, unit))


def shifted_day(m: re.Match[str], d: date) -> date | None:
    """The day d moved by the match's count of days or weeks, before or after ("two days before Friday")."""
    n = parse_quantity(m["count"]) if m["count"] else 1
    if n is None:
        return None
    week = (m["unit"] or m["units"]).lower() == "week"
    if m["dir"].lower() == "of":
        return d  # "the day of the massacre"
    sign = -1 if m["dir"].lower() == "before" else 1
    return d + timedelta(sign * int(n) * (7 if week else 1))


def vague_shift_value(m: re.Match[str], d: date) -> str | None:
    """ "in the days (weeks) before the shooting" of day d: a week (three weeks) beside d, as the month they
    fall in, or the year; None where they straddle a new year."""
    reach = timedelta(7 if m["vague"].lower() == "days" else 21)
    edge = d - reach if m["dir"].lower() == "before" else d + reach
    if edge.year != d.year:
        return None
    return f"{d.year:04d}-{d.month:02d}" if edge.month == d.month else f"{d.year:04d}"


def _shift(m: re.Match[str], d: date) -> Result | None:
    """shifted_day as a DATE result; "the week after Thanksgiving" is the week after its week, not a day."""
    day = shifted_day(m, d)
    whole_week = (m["the"] or "").lower() == "the" and (m["unit"] or "").lower() == "week"
    return as_date(Val("W" if whole_week else "D", day)) if day is not None else None


def n_shift_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the day before last Tuesday", "two days after Friday": the weekday resolved as alone, then shifted."""
    return _shift(m, weekday_date(ctx, R.WEEKDAYS[m["wd"].lower()], m.start(), m.end(), m["rel"] or ""))


def n_shift_month_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the day after Oct. 23", "a week before March 6, 1998"."""
    found = month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())
    return _shift(m, found[2].d) if found and found[2] else None


def n_shift_incident(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "10 days before the shooting", "the day after his death", "in the weeks before Slepian was killed": a
    duration and a day not known yet; the day
    the text gives the incident dates them once the whole text is tagged (qa.timex._incident_shifts_dated)."""
    if m["vague"]:
        return "DURATION", "PXD" if m["vague"].lower() == "days" else "PXW", None
    if m["the"] and m["the"].lower() == "the":
        return "DATE", "XXXX-XX-XX", None
    n = parse_quantity(m["count"]) if m["count"] else 1
    return ("DURATION", duration_value(n, m["unit"] or m["units"]), None) if n is not None else None


def _weekday_around(m: re.Match[str], d: date) -> Result:
    """The first day named by the match's weekday after (or before) the day d."""
    return as_date(Val("D", weekday_beside(d, R.WEEKDAYS[m["wd"].lower()], 1 if m["dir"].lower() == "after" else -1)))


def n_weekday_around_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the Sunday after Thanksgiving", "the Monday before Christmas"."""
    found = timex_normalize.n_holiday(m, ctx)
    return _weekday_around(m, found[2].d) if found and found[2] else None


def n_weekday_around_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the Friday before March 6", "the Monday after Oct. 23, 1998"."""
    found = month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())
    return _weekday_around(m, found[2].d) if found and found[2] else None


def n_shift_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the day after Thanksgiving", "two days before Christmas"."""
    found = timex_normalize.n_holiday(m, ctx)
    return _shift(m, found[2].d) if found and found[2] else None


_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|within|during|throughout|over)\s+$")
_PAST_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|within|during|throughout|over|in)\s+$")  # "over the last day"


def n_prev_next_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the previous day", "the following Monday", "the next month" relative to the anchor."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    sign = {"previous": -1, "prior": -1, "preceding": -1, "following": 1, "next": 1, "same": 0}[rel]
    if (
        rel == "next"
        and unit in ("day", "week", "month", "year")
        and _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return "DURATION", f"P1{unit[0].upper()}", None  # "for the next month", "within the next week": how long
    day = unit in R.WEEKDAYS or unit in ("day", "morning", "evening", "night")
    base = anchor_of(ctx, m.start(), day=day)
    if day and ctx.recent_ref(m.start(), day=True) is None:
        # "The day before last Tuesday's hearing, Manuel went ... [two sentences] ... in court the next morning":
        # a narrative's day a few sentences back, rather than the DCT's.
        far = ctx.recent_ref(m.start(), 3, day=True)
        # ("in late August ... [two sentences] ... played the same night": a night of that month, not the DCT's)
        base = far if far is not None and (far.gran == "D" or (sign == 0 and far.gran == "M")) else base
        told = ctx.ref  # "We were in Boston in 2012 ... [a paragraph] ... The next night was Game 6": a past story
        parts = unit in ("morning", "evening", "night")
        if parts and far is None and told and told.d < ctx.dct and ctx.tense(m.start(), m.end()) == "past":
            base = told
    elif not day and ctx.recent_ref(m.start()) is None and (far := ctx.recent_ref(m.start(), 3)) is not None:
        # "It first caught his eye in 2013. ... [two sentences] ... the following year would have been" (but not a
        # year for "the next month": too coarse to count from)
        unit_gran = {"week": "W", "month": "M", "year": "Y"}[unit]
        base = far if FINENESS[far.gran] <= FINENESS[unit_gran] else base
    if unit in R.WEEKDAYS and FINENESS[base.gran] > FINENESS["M"]:
        # counted from a year or a season: some such day of that year, its date unknown; but ahead of the DCT in a
        # clause that looks ahead ("the 2005 draft. ... whatever happens over the next Sunday ... will be")
        if ctx.tense(m.start(), m.end()) not in ("future", "present"):
            return "DATE", f"{base.d.year:04d}-WXX-{R.WEEKDAYS[unit] + 1}", None
        base = Val("D", ctx.dct)
    if unit in R.WEEKDAYS:
        return as_date(Val("D", weekday_beside(base.d, R.WEEKDAYS[unit], sign)))
    if unit in ("morning", "evening", "night"):
        if base.gran != "D":
            return as_date(base)  # "in 1996 ... the next morning": a morning of that year, day unknown
        return as_date(Val("D", base.d + timedelta(sign), suffix=R.PARTS_OF_DAY[unit]))
    g = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    if sign == 0 and g == "D" and base.gran != "D":
        return ("DATE", base.value() + "-XX", None) if base.gran == "M" else None  # "in August ... the same day"
    if base.gran == "Y" and g != "Y":
        # "like 2019's 'Endgame', they sputter out in the following week": some week of that year, which one unknown
        return "DATE", f"{base.d.year:04d}" + {"D": "-XX-XX", "W": "-WXX", "M": "-XX"}[g], None
    v = replace(base, gran=g, suffix="") if FINENESS[g] >= FINENESS[base.gran] else base
    v = v.shift(sign, g)
    unanchored = ctx.recent_ref(m.start(), 1 if g == "D" else 3, day=g == "D") is None
    if sign > 0 and unanchored and v.d > ctx.dct and ctx.tense(m.start(), m.end()) == "past":
        return "DATE", "PAST_REF", None  # "Sicknick, who died the next day": after an undated event, still past
    return as_date(v)


def n_that_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "that day", "the same week" as the anchor at that granularity."""
    unit = m["unit"].lower()
    ref = ctx.recent_ref(m.start(), 3, day=unit in ("day", "morning", "evening", "night"))
    if ref is None:
        return None
    if unit in ("morning", "evening", "night"):
        if ref.gran != "D":
            return None  # "in 1996 ... that night": no day to put the night on
        return as_date(Val("D", ref.d, suffix=R.PARTS_OF_DAY[unit]))
    g = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    if g == "D" and ref.gran == "M" and "same" in m.group(0).lower():
        return "DATE", ref.value() + "-XX", None  # "last October ... that same day": a day of that month
    if FINENESS[g] < FINENESS[ref.gran]:
        return None
    return as_date(replace(ref, gran=g, suffix=""))


def n_in_the_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the day" of "later in the day", "the week" of "earlier in the week": the anchor's day/week/month."""
    g = {"day": "D", "week": "W", "month": "M"}[m["unit"].lower()]
    ref = ctx.recent_ref(m.start(), 1)
    base = ref if ref is not None and FINENESS[ref.gran] <= FINENESS[g] else Val("D", ctx.dct)
    return as_date(replace(base, gran=g, suffix=""))


def n_part_of_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the morning of March 6", "the night of Friday, Oct. 23", "the night of Thursday": that day with the part
    of day."""
    if m["wd_alone"]:
        d = weekday_date(ctx, R.WEEKDAYS[m["wd_alone"].lower()], m.start(), m.end())
    elif (
        m["wd"]
        and not m["year"]
        and (fit := weekday_month_day(ctx, R.WEEKDAYS[m["wd"].lower()], month_of(m), int(m["day"]), m.start()))
    ):
        d = fit
    else:
        res = month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())
        if res is None or res[2] is None:
            return None
        d = res[2].d
    v = Val("D", d, suffix=R.PARTS_OF_DAY[m["part"].lower()])
    return "DATE", v.value(), v


# Nouns after "today's" that name one day's event or edition ("today's vote"), not the present age.
_TODAYS_EVENT = re.compile(
    r"\s+(?:\w+\s+)?(?:editions?|paper|newspaper|issue|meeting|session|vote|voting|election|talks|summit|hearing|"
    r"game|match|race|announcement|decision|deadline|trading|ceremony|quiz|program|programme|broadcast|show|"
    r"rally|visit|parade|march|speech|statement|report|conference|attack|bombing|strike|protest|debate)\b"
)


def n_today(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "today", "tonight", "tomorrow", "yesterday" from the DCT."""
    if m.group(0).startswith("TODAY") and ctx.text.endswith("USA ", max(0, m.start() - 4), m.start()):
        return None  # the newspaper USA TODAY
    w0 = m.group(0).lower().replace("’", "'")
    if w0.endswith("'s") and w0.startswith("today") and not _TODAYS_EVENT.match(ctx.text, m.end()):
        return None  # "today's world" is generic
    w = w0.removesuffix("'s")
    if w == "tomorrow" and re.search(r"(?i)\b(?:a|an)\s+(?:\w+\s+)?$", ctx.text[max(0, m.start() - 20) : m.start()]):
        return "DATE", "FUTURE_REF", None  # "hope for a better tomorrow": the future
    off = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[w]
    return as_date(Val("D", (_quote_day(ctx, m.start(), m.end()) or ctx.dct) + timedelta(off)))


# The attribution right after a closing quotation mark, with the day it was said: '," Bowser told reporters Sunday',
# '," Feinstein said in a statement Tuesday'.
_ATTRIBUTION_DAY = re.compile(
    r"[,.!?]?[”\"]\s*,?\s*(?:\w[^.\n”\"“]{0,60}?\s)?"
    r"(?:said|says|told\s+[^.\n”\"“]{0,25}?|tweeted|wrote|added)\s+"
    r"(?:in\s+an?\s+(?:\w+\s+)?(?:statement|interview|post|tweet)\s+)?(?:on\s+)?"
    rf"((?i:{R.alt(list(R.WEEKDAYS))}))\b"
)


def _quote_day(ctx: Ctx, start: int, end: int) -> date | None:
    """The day a quotation was said, when the span is inside one whose attribution names an earlier weekday:
    '"We have a child who was killed today," Bowser told reporters Sunday' written on Monday is Sunday's."""
    para_start = ctx.text.rfind("\n", 0, start) + 1
    para_end = ctx.text.find("\n", end)
    para_end = len(ctx.text) if para_end < 0 else para_end
    before = ctx.text[para_start:start]
    opened = before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1
    close = R.CLOSING_QUOTE.search(ctx.text, end, para_end)
    if not opened or close is None or "“" in ctx.text[end : close.start()]:
        return None
    said = _ATTRIBUTION_DAY.match(ctx.text, max(end, close.start() - 1), para_end)
    if said is None:
        return None
    back = (ctx.dct.weekday() - R.WEEKDAYS[said[1].lower()]) % 7
    # six days back is more often the day after the DCT in a live story updated since ("said Sunday" on Saturday)
    return ctx.dct - timedelta(back) if 0 < back < 6 else None


def n_this_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "this morning", "yesterday afternoon", "last night"."""
    w = m.group(0).lower().split()[0]
    off = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[w]
    part = m["part"].lower()
    if w == "last" and part != "night":
        return None
    said = _quote_day(ctx, m.start(), m.end()) or ctx.dct  # '"I spoke to him this morning," she said Friday'
    return as_date(Val("D", said + timedelta(off), suffix=R.PARTS_OF_DAY[part]))


# "overnight" meaning suddenly ("became wealthy virtually overnight", "reform does not happen overnight") or a
# kind of thing ("an overnight shelter", "the overnight shift"), not a night.
_OVERNIGHT_IDIOM_BEFORE = re.compile(
    r"(?i)(?:\b(?:almost|virtually|nearly|practically|seemingly|literally|basically|essentially)\s+|"
    r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:just|really|simply|necessarily|always|likely|going|have|has|need|to)\s+){0,3}"
    r"(?:happen|change|appear|start|become|disappear|fix|solve|build|do|shrink|turn|transform|occur|develop|"
    r"emerge|be (?:fixed|solved|built|done|resolved|undone|changed|reversed))\w*\b[^.,;:!?]{0,40}|"
    r"\b(?:become|became|becoming|becomes|turn(?:ed|ing|s)? into)\b[^.,;:!?]{0,50})$"
)
_OVERNIGHT_KIND_AFTER = re.compile(
    r"\s+(?:shelters?|shifts?|camp\w*|guests?|delivery|shipping|borrowing|lending|rates?|stays?|parking|"
    r"sensations?|success(?:es)?|stars?|celebrit(?:y|ies)|windfall|bags?|oats|trips?|visits?|lows?|highs?|hours|"
    r"temperatures?)\b"
)


def n_part_dayrel(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "overnight", "last night" as the night before the DCT; "overnight" in a future clause as the coming one
    ("snow will mix with rain overnight")."""
    overnight = m.group(0).lower() == "overnight"
    if overnight and (
        _OVERNIGHT_IDIOM_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start())
        or _OVERNIGHT_KIND_AFTER.match(ctx.text, m.end())
    ):
        return None
    ahead = overnight and ctx.tense(m.start(), m.end()) == "future"
    return as_date(Val("D", ctx.dct - timedelta(0 if ahead else 1), suffix="TNI"))


_EVENT_AFTER = re.compile(
    r"\s+(?:of|after|before)\s+(?:(?:the|a|an|his|her|their|its|my|our|your|he|she|they|we|I)\b|[A-Z])"
)


def n_part_alone(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the morning", "mid-afternoon" on the anchor day; "the morning after the midterms" on a day not known."""
    if _EVENT_AFTER.match(ctx.text, m.end()):
        return "TIME", "XXXX-XX-XX" + R.PARTS_OF_DAY[m["part"].lower()], None
    ref = ctx.recent_ref(m.start(), 1)
    d = ref.d if ref is not None and ref.gran == "D" else ctx.dct
    return as_date(Val("D", d, suffix=R.PARTS_OF_DAY[m["part"].lower()]))


def n_part_dayrel2(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "late night yesterday", "morning today"."""
    off = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["rel"].lower()]
    return as_date(Val("D", ctx.dct + timedelta(off), suffix=R.PARTS_OF_DAY[m["part"].lower()]))


_QUOTE_BEFORE = re.compile(r"[\"“`]\s*$")


def n_rel_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last week", "this month", "next year", "the past month"."""
    rel = m["rel"].lower()
    if m["unit"].istitle() and m["rel"].istitle() and _QUOTE_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start()):
        return None  # a quoted title: ABC's "This Week"
    unit = unit_key(m["unit"])
    letter, is_time, gran = R.UNITS[unit]
    if is_time or unit in ("decade", "century", "centurie", "millennium", "night"):
        return None
    if unit == "weekend":
        return None  # handled by the weekend rule
    if (
        unit == "day"
        and rel in ("last", "the last")
        and not _PAST_SPAN_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return None  # "on its last day", "Friday is the last day to register": a final day, not yesterday
    if rel in ("past", "the past", "the last") and unit != "year":
        return "DURATION", f"P1{letter}", None
    if rel == "the same":
        ref = ctx.recent_ref(m.start(), 3)
        return as_date(replace(ref, gran=gran)) if ref is not None and FINENESS[ref.gran] <= FINENESS[gran] else None
    if unit == "quarter" and rel in ("the latest", "the previous", "previous"):
        return None
    off = {
        "this": 0,
        "last": -1,
        "next": 1,
        "past": -1,
        "the past": -1,
        "the last": -1,
        "the next": 1,
        "the coming": 1,
        "this coming": 1,
        "this past": -1,
        "the current": 0,
        "current": 0,
        "the latest": -1,
        "the previous": -1,
        "previous": -1,
    }[rel]
    if rel in ("the next", "the coming") and unit != "year":
        return "DURATION", f"P1{letter}", None
    if unit == "week" and rel == "this" and week_ahead_on_a_sunday(ctx, m.start(), m.end()):
        off = 1  # "the House will vote on it later this week", written on a Sunday: the days ahead, Monday on
    if unit == "week" and rel == "this past" and ctx.dct.weekday() >= 5:
        off = 0  # "an empty stage this past week", written on a weekend: the week now ending
    v = Val(gran, ctx.dct).shift(off, gran)
    return as_date(v)


def n_rel_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last Friday", "next Tuesday", "the following Monday"."""
    wd = R.WEEKDAYS[m["wd"].lower()]
    if m["rel"].lower() in ("the previous", "the following", "the next"):
        base = anchor_of(ctx, m.start(), day=True).d
        return as_date(Val("D", weekday_beside(base, wd, -1 if m["rel"].lower() == "the previous" else 1)))
    return as_date(Val("D", weekday_date(ctx, wd, m.start(), m.end(), m["rel"])))


_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
_SAID_OR_RECENTLY_BEFORE = re.compile(r"(?i)\b(?:said|told|wrote|recently as|before)\s+$")


def n_weekend(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the weekend", "last weekend", "this weekend", "next weekend" as an ISO week's weekend."""
    w, dct = m.group(0).lower(), ctx.dct
    sat_back = dct - timedelta((dct.weekday() - 5) % 7)
    if w == "this weekend" and dct.weekday() < 5:
        # written on a weekday: the coming one, unless past; from Thursday on, the coming one even in a past
        # clause ("In the run-up to this weekend's tournament, Trump has promoted ..."), unless it is what was said
        # or done then ("Cuomo said this weekend", "Recently as this weekend")
        forward = ctx.tense(m.start(), m.end()) != "past" or (
            dct.weekday() >= 3 and not _SAID_OR_RECENTLY_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        )
    else:
        forward = "next" in w or "coming" in w or (w.endswith("the weekend") and ctx.future(m.start(), m.end()))
        # "Rain seems to be hanging around for the start of the weekend": a present clause "for" it looks ahead
        forward = forward or (
            w.endswith("the weekend")
            and _FOR_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) is not None
            and ctx.tense(m.start(), m.end()) in ("present", None)
        )
    if forward and dct.weekday() >= 5 and w.endswith("the weekend"):
        sat = sat_back  # written on a Saturday, "the weekend" ahead is the one under way
    elif forward:
        sat = dct + timedelta((5 - dct.weekday()) % 7 or 7) if dct.weekday() < 5 else sat_back + timedelta(7)
    elif (w.startswith("last") or "past" in w) and dct.weekday() >= 5:
        sat = sat_back - timedelta(7)
    else:
        sat = sat_back
    return as_date(Val("WE", sat))


def n_weekday_time(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "10 a.m. Friday" as a time on that weekday; "4 p.m. Wednesdays" as that time every Wednesday."""
    t = clock_suffix(m)
    if t is None:
        return None
    if m.group(0)[-1] in "sS":
        return "SET", f"XXXX-WXX-{R.WEEKDAYS[m['wd'].lower()] + 1}{t}", None
    d = weekday_date(ctx, R.WEEKDAYS[m["wd"].lower()], m.start(), m.end())
    return as_date(Val("D", d, suffix=t))


def n_clock(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "10:35 a.m." on the day it falls on (see _clock_day)."""
    t = clock_suffix(m)
    if t is None:
        return None
    return "TIME", Val("D", _clock_day(m, ctx, int(t[1:3])), suffix=t).value(), None


def n_clock_spoken(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "at 4 in the morning", "10 at night", "at 11 o'clock", on the day they fall on (see _clock_day)."""
    hour = int(m["hour"]) if m["hour"].isdigit() else R.UNITS_WORDS[m["hour"].lower()]
    hour = _hour_in_part(hour, "night" if m["night"] else m["part"])
    return "TIME", Val("D", _clock_day(m, ctx), suffix=f"T{hour:02d}:{m['minute'] or '00'}").value(), None


def _hour_in_part(hour: int, part: str | None) -> int:
    """An hour said without a.m./p.m., on the 24-hour clock the part of the day puts it on: "8 in the evening" is
    20:00, "2 at night" 02:00, "12:10 Tuesday afternoon" 12:10; with no part, a morning hour."""
    part = part.lower() if part else None
    later = part is not None and part != "morning" and not (part == "night" and hour < 5)
    return hour % 12 + (12 if later else 0)


def n_clock_weekday_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "at 9:41 Wednesday night", "at 12:10 Tuesday afternoon": the hour placed by the part of the day, on that
    weekday ("at 2 Saturday night" is 02:00, as "2 at night" is)."""
    hour = _hour_in_part(int(m["hour"]), m["part"])
    d = weekday_date(ctx, R.WEEKDAYS[m["wd"].lower()], m.start(), m.end())
    return as_date(Val("D", d, suffix=f"T{hour:02d}:{m['minute'] or '00'}"))


def _clock_day(m: re.Match[str], ctx: Ctx, hour: int | None = None) -> date:
    """The day a bare clock time falls on: a weekday shortly after it on its line ("10:35 a.m. (0735 GMT)
    Friday"), else the day the narrative is on, or the one after when the narrative is on that day's night and the
    hour is a small one ("Late on Saturday night, hundreds gathered ... around 3 a.m."), else, in a past clause,
    the day of a clock time just before that took the narrative's day. (A date written right after it, "9:45 a.m.
    on Friday, March 15", is moved onto the clock time once both are tagged: qa.timex._clock_times_dated.)"""
    _s, e = ctx.sentence(m.start())
    if wd := _WEEKDAY_AFTER.match(ctx.text, m.end(), min(e, m.end() + 40)):
        return weekday_date(ctx, R.WEEKDAYS[wd["wd"].lower()], m.start(), m.end())
    # "this Tuesday, November 8 ... The eclipse began at 3:02 a.m.", also past a quote in between
    ref = ctx.recent_ref(m.start(), 2, day=True)
    if ref is None or ref.gran != "D":
        # "My son left out of my door at 6:15. He called me at 6:18": in a story told in the past, the day of a
        # clock time just before that took the narrative's day
        last = ctx.clock_day
        if (
            last
            and last[0] > ctx.ref_pos
            and ctx.sentence_of(m.start()) - ctx.sentence_of(last[0]) <= 2
            and ctx.tense(m.start(), m.end()) == "past"
        ):
            ctx.clock_day = (m.start(), last[1])
            return last[1]
        return ctx.dct
    if hour is not None and 0 < hour < 5 and ref == ctx.day_ref and ctx.day_ref_part in ("TNI", "TEV"):
        return ref.d + timedelta(1)
    ctx.clock_day = (m.start(), ref.d)
    return ref.d


def n_clock24(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "at 07:00 local time", "2200 GMT": a 24-hour clock time, dated like "10:35 a.m."; not "10:35 a.m.
    (0735 GMT)", which restates the time just given in another zone."""
    if ctx.text[max(0, m.start() - 1) : m.start()] == "(":
        return None
    zoned = m["tz"] or m.group(0).endswith("local time")
    if m["hour"] and not zoned and not _CLOCK24_PREPOSITION.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "19:30" alone may be a score or a verse; "at 19:30" is a time
    if _GAME_CLOCK_AFTER.match(ctx.text, m.end()):
        return None  # "scored at 1:35 of overtime", "with 4:10 left": a game clock
    hour, minute = int(m["hour"] or m["hour2"]), int(m["minute"] or m["minute2"])
    return "TIME", Val("D", _clock_day(m, ctx), suffix=f"T{hour:02d}:{minute:02d}").value(), None


_GAME_CLOCK_AFTER = re.compile(
    r"(?i)\s+(?:of|into)\s+(?:the\s+)?(?:overtime|OT|first|second|third|fourth|final|period|quarter|half|round)\b"
    r"|\s+(?:left|remaining|to go|to play)\b"
)
_CLOCK24_PREPOSITION = re.compile(r"(?i)\b(?:at|by|to|until|till|from|before|after|around|about) $")
_WEEKDAY_AFTER = re.compile(r"[^.;\n]*?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

_NOON = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}


def n_clock_dayrel(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "10 a.m. today", "9 p.m. yesterday": a clock time on the day the word names."""
    t = clock_suffix(m)
    if t is None:
        return None
    off = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[m["rel"].lower()]
    return as_date(Val("D", ctx.dct + timedelta(off), suffix=t))


def n_noon_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "noon Saturday", "Friday at midnight"; "noon on Saturdays" every Saturday."""
    wd = R.WEEKDAYS[m["wd"].lower()]
    if re.search(r"(?i)days\b", m.group(0)):
        return "SET", f"XXXX-WXX-{wd + 1}{_NOON[m['noon'].lower()]}", None
    d = weekday_date(ctx, wd, m.start(), m.end())
    return as_date(Val("D", d, suffix=_NOON[m["noon"].lower()]))


def n_noon_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "midnight on Dec. 31", "noon June 5, 1998": that time on that date."""
    res = month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())
    if res is None or res[2] is None:
        return None
    return as_date(replace(res[2], suffix=_NOON[m["noon"].lower()]))


_DOOMSDAY_CLOCK = re.compile(r"(?i)\bDoomsday Clock\b")


def n_noon(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "noon", "midnight" on the day it falls on (see _clock_day); not the midnight of the Doomsday Clock."""
    if m["noon"].lower() == "midnight" and _DOOMSDAY_CLOCK.search(ctx.text):
        return None  # "It's still only 100 seconds to midnight": the clock's metaphor for the apocalypse
    return "TIME", Val("D", _clock_day(m, ctx), suffix=_NOON[m["noon"].lower()]).value(), None


def n_weekday_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Friday night", "early Monday morning", "Tuesday overnight"; "Tuesday nights", "Sunday mornings" as a SET."""
    wd = R.WEEKDAYS[m["wd"].lower()]
    part = R.PARTS_OF_DAY["night" if m["overnight"] else m["part"].lower()]
    if re.search(r"(?i)days\b|s$", m.group(0)):
        return "SET", f"XXXX-WXX-{wd + 1}{part}", None
    if _any_such_day(m, ctx):
        return "DATE", f"XXXX-WXX-{wd + 1}{part}", None  # "on a Sunday night"
    d = weekday_date(ctx, wd, m.start(), m.end(), m["rel"] or "")
    v = Val("D", d, suffix=part)
    return "DATE", v.value(), v  # news TimeML types "Friday night" as a DATE, unlike "10 p.m."


def n_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Monday" (by tense), "each Thursday"/"Mondays" as a SET."""
    wd = R.WEEKDAYS[m["wd"].lower()]
    if m.group(0).lower().startswith(("each", "every")) or m.group(0).lower().endswith("s"):
        return "SET", f"XXXX-WXX-{wd + 1}", None
    if not m["wd"][0].isupper():
        return None
    if _EVERY_WEEKDAY_AND_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return "SET", f"XXXX-WXX-{wd + 1}", None  # "drawings are held every Tuesday and Friday": every Friday too
    if _IN_A_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) and _IN_A_NAME_AFTER.match(
        ctx.text, m.end()
    ):
        return None  # "the Uniform Monday Holiday Act", "the Lucky Friday Mine": a weekday inside a name
    if (named := weekday_of_date_before(ctx, wd, m.start())) is not None:
        return as_date(Val("D", named))  # "On Sept. 5, 1882 — a Tuesday —"
    if _any_such_day(m, ctx):
        return "DATE", f"XXXX-WXX-{wd + 1}", None  # "the awards are on a Tuesday this year": any Tuesday
    return as_date(Val("D", weekday_date(ctx, wd, m.start(), m.end())))


_EVERY_WEEKDAY_AND_BEFORE = re.compile(
    rf"(?i)\b(?:every|each)\s+(?:{R.alt(list(R.WEEKDAYS))})(?:,\s*(?:{R.alt(list(R.WEEKDAYS))}))*(?:,?\s+(?:and|or)|,)\s+$"
)
# A weekday between two capitalized words is part of a name, unless the word before says when ("On Friday Turner
# said", "Late Thursday Smith ...") or the one after is a month ("Thursday June 4").
_IN_A_NAME_BEFORE = re.compile(
    r"(?<![.!?:]\s)(?<![.!?:]\s\s)(?<!^)\b(?!(?:On|Late|Early|Since|By|Until|Till|Through|From|Before|After|Last|Next|This|"
    r"And|Or|But|Each|Every|Of|The|Starting|Beginning|Ending|Closed|Open|Opens|Closes)\s)[A-Z][a-z]+\s$"
)
_IN_A_NAME_AFTER = re.compile(r"\s(?!(?:" + R.alt([w.title() for w in R.MONTHS]) + r")\b)[A-Z][a-z]+\b")
_GENERIC_ARTICLE = re.compile(r"(?i)\ban? $")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”']|$|(?:and|or|but|in|at|of|for|this|that|because|when|to|than)\b)")


def _any_such_day(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether "a" makes the weekday any such day ("on a Tuesday"), not one event's ("a Thursday news conference")."""
    return bool(_GENERIC_ARTICLE.search(ctx.text, max(0, m.start() - 3), m.start())) and bool(
        _NO_NOUN_AFTER.match(ctx.text, m.end())
    )


def n_clock_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "5 p.m. EST, Nov. 6" (or "3 p.m. Sept. 13, 1984") as a time on that date."""
    t = clock_suffix(m)
    res = month_day(ctx, month_of(m), int(m["day"]), m["year"], m.start(), m.end())
    if t is None or res is None or res[2] is None:
        return None
    return as_date(replace(res[2], suffix=t))
