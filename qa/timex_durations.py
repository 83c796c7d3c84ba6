"""Normalizers for durations, recurrences (SET) and underspecified references (PAST_REF, FUTURE_REF, ...)."""

from __future__ import annotations

import re

from qa import timex_rules as R
from qa.timex_calendar import duration_value, parse_quantity, unit_key
from qa.timex_context import AMOUNT_BEFORE, Ctx, Result

# Words before "a quarter" that make it a period of three months ("in a quarter", "for about a quarter").
_QUARTER_CONTEXT = re.compile(r"(?i)\b(?:in|for|within|over|during|than|per|each|every|last|past|next)\s+$")
_MODAL_BEFORE = re.compile(
    r"(?i)\b(?:will|would|could|might|may|can|shall|to|hopes?|hoped|hoping|hopefully,?)\s+$"
)  # "his goal is to one day ...", "hopes one day to work abroad"
# "one day" opening its clause or followed by one ("One day, after having been warned, he ...", "stunned one day when
# a message came", "one day it will all be gone") is some day, not a length (unless a length's word comes first:
# "in one day, ...").
_SOME_DAY_BEFORE = re.compile(
    r"(?i)(?:^|[.!?:;“\"—–(]\s*|\n)\s*(?:(?:and|but|then|yet|so|maybe|perhaps|that|where|because|if|until)\s+)?$"
)
_SOME_DAY_AFTER = re.compile(
    r"\s*(?:,|(?:when|while|as)\b|(?:last|next|this) (?:week|month|year)\b|back\b|"
    r"(?:I|you|he|she|we|they|it|the|my|his|her|our|their|this|there)\b)"
)
_SENTENCE_END_AFTER = re.compile(r"\s*[.!?]|\s+[—–]\s")  # (or a dash: "would make a great director one day — years")
# A past verb of going or happening right before: "He went out one day to watch a train", "Brian went one day with
# Vail": a day of a past story, not a length.
_PAST_STORY_VERB_BEFORE = re.compile(
    r"(?i)\b(?:went|came|walked|showed up|stopped by|dropped by|called|arrived|visited|decided|noticed|saw|heard|"
    r"asked|told|fought|met|found|woke up|got|happened|realized)(?:\s+(?:out|in|over|back|home|up|down))?\s+$"
)
_RATE_AFTER = re.compile(r"(?i)\s+(?:a|an|per|each|every)\s+(?:week|month|year|season|semester)\b")
_OFFSET_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|apart|prior|from)\b")  # "One day after her release"
_LENGTH_BEFORE = re.compile(
    r"(?i)\b(?:in|within|for|of|than|only|just|about|nearly|almost|over|under|least|most|after|by|"
    r"spent|spend|spends|spending|took|take|takes|taking|lasted|lasts|last|needs?|needed|per|each|every|the|a|"
    r"another|first|single|barely|mere)\s+$"
)


def _one_day_as_some_day(m: re.Match[str], ctx: Ctx) -> str | None:
    """ "one day" as some day: FUTURE_REF or PAST_REF by its clause, None when neither (or a title), "length" when
    it is a length after all."""
    start, end = m.start(), m.end()
    if _RATE_AFTER.match(ctx.text, end):
        return "length"  # "the schedule drops to one day a week": a rate
    modal = _MODAL_BEFORE.search(ctx.text, max(0, start - 12), start)
    if modal and modal[0].lower().startswith("to") and not re.match(r"\s+[a-z]", ctx.text[end : end + 3]):
        return "length"  # "from two days to one day –", "down to one day,": no verb follows the "to"
    if modal:
        return "FUTURE_REF"  # "Islam will one day be ...": some day in the future
    if _PAST_STORY_VERB_BEFORE.search(ctx.text, max(0, start - 20), start) and not _OFFSET_AFTER.match(ctx.text, end):
        return "PAST_REF"
    if m.group(0) == "One Day":
        return None  # "“One Day at a Time”": a title
    if (
        _SENTENCE_END_AFTER.match(ctx.text, end)
        and not _LENGTH_BEFORE.search(ctx.text, max(0, start - 12), start)
        and ctx.tense(start, end) == "future"
    ):
        return "FUTURE_REF"  # "he'll bring justice and righteousness to this world one day."
    opening = _SOME_DAY_BEFORE.search(ctx.text, max(0, start - 12), start) and not _OFFSET_AFTER.match(ctx.text, end)
    if not (opening or _SOME_DAY_AFTER.match(ctx.text, end)) or _LENGTH_BEFORE.search(
        ctx.text, max(0, start - 12), start
    ):
        return "length"
    return {"future": "FUTURE_REF", "past": "PAST_REF"}.get(ctx.tense(start, end) or "")


def n_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "three days", "the past two weeks", "a 10-year" as an ISO duration; ages and rates rejected."""
    after = ctx.text[m.end() : m.end() + 8]
    if m.group(0).lower() == "one day" and (some_day := _one_day_as_some_day(m, ctx)) != "length":
        return ("DATE", some_day, None) if some_day else None
    if m["old"] or re.match(r"\s+old\b", after):
        return None  # ages ("a 45-year-old man") are not annotated in news TimeML
    unit = unit_key(m["unit"])
    num = m["num"].lower()
    if num == "some" and unit == "day" and not m["plural"]:
        return "DATE", "FUTURE_REF", None  # "hope to reopen some day": someday
    if num in ("a", "an") and ctx.text[m.start() - 1 : m.start()] == "-":
        return None  # "a 2,000-calories-a-day diet", "a $500-a-month check": a rate inside a compound
    if unit == "second" and (
        re.match(r"\s*base", after) or ctx.text[max(0, m.start() - 4) : m.start()].lower() == "par-"
    ):
        return None  # "the 5-foot-6 second baseman", "birdied the par-5 second": no seconds
    if unit in ("night", "second") and num in ("a", "an", "one"):
        return None
    if unit == "quarter" and re.match(r"\s+of\b", after):
        return None  # "three-quarters of its food" is a fraction
    if unit == "quarter" and num == "three" and ctx.text[m.end() - 8 : m.end() - 7] == "-" and not m["plural"]:
        return None  # "three-quarter sleeves", "a three-quarter length": a fraction, not nine months
    if (
        unit == "quarter"
        and num in ("a", "an", "one")
        and (after.startswith("-") or not _QUARTER_CONTEXT.search(ctx.text, max(0, m.start() - 12), m.start()))
    ):
        return None  # "about a quarter said ...", "a quarter-mile": a fraction, not three months
    n = None if m["num2"] else parse_quantity(num)
    vague = num.startswith((*R.VAGUE_QUANTITIES, "hundreds", "thousands"))
    if n is None and not (m["num2"] or vague):
        return None
    if n is not None and n > 10000:
        return None
    if (
        num in ("a", "an")
        and m.group(0).lower().startswith(("a ", "an "))
        and re.search(r"\w\s+$", ctx.text[max(0, m.start() - 3) : m.start()])
        and not re.search(
            r"(?i)\b(?:for|in|about|nearly|almost|than|within|over|after|following|least|last|past|of|to|by|just|only|"
            r"some|once|twice|than|than|barely|under|is|was|be|been|takes?|took|spent|spend|lasted|"
            r"and|or|more)\s+$",
            ctx.text[max(0, m.start() - 12) : m.start()],
        )
    ):
        return None  # "358,000 a month", "$1.76 a year": a rate, which news TimeML leaves untagged
    return "DURATION", duration_value(n, unit), None


def n_duration_half(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "a year and a half", "one month"."""
    n = 1.5 if "half" in m.group(0).lower() else 1
    return "DURATION", duration_value(n, m["unit"]), None


def n_half_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "half an hour", "half a year", "a half-hour", "half-century"."""
    return "DURATION", duration_value(0.5, m["unit"] or m["unit2"]), None


# "minutes" as the record of a meeting: what it says, shows or where it is from.
_MINUTES_OF_A_MEETING = re.compile(
    r"\s+(?:said|say|says|show|shows|showed|(?:from|of)\b[^.]{0,40}\bmeeting|released|"
    r"were released|indicated|noted|revealed|suggested)\b"
)
_COUNTED_MINUTES = re.compile(r"(?i)\b(?:within|final|last|first|closing|opening|few|several|just|only|mere|for)\s+$")


def n_bare_units(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "months", "the past years", "weeks ahead": unknown-amount durations or vague refs."""
    rel = (m["rel"] or "").lower()
    unit = unit_key(m["unit"])
    if (
        unit == "minute"
        and not rel
        and _MINUTES_OF_A_MEETING.match(ctx.text, m.end())
        and not _COUNTED_MINUTES.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None  # "according to minutes from the central bank's March meeting", "the minutes said"
    if rel == "early" and unit == "hour":
        return None  # "the early hours of Thursday morning": a time of day, tagged by what follows
    if rel == "recent" and unit in ("year", "day"):
        return "DATE", "PAST_REF", None
    # (but "years ahead of schedule", like "weeks ahead of the election", says how long before)
    ahead = m["ahead"] and unit != "week" and not ctx.text.startswith(" of", m.end())
    if rel == "coming" or ahead:
        return "DATE", "FUTURE_REF", None
    return "DURATION", duration_value(None, unit), None


def n_decades_long(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "decades-long" as an unknown number of years."""
    return "DURATION", duration_value(None, m["unit"]), None


def n_unit_long(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "a day-long meeting", "a weeklong trip", "a two-year-long probe": that many units, one if no count."""
    return "DURATION", duration_value(parse_quantity(m["count"]) if m["count"] else 1, m["unit"]), None


_SET_WORDS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "semiannually": "P6M",
}


# A capitalized "Daily"/"Weekly" after a capitalized word or possessive, or before a name, names a paper.
_NEWSPAPER_NAME = re.compile(r"\b[A-Z]\w*(?:'s|’s)? (?:Daily|Weekly)\b|\b(?:Daily|Weekly) [A-Z][a-z]")

# "daily"/"weekly" as a noun, a newspaper: before its name or as the subject of a reporting verb ("the Communist
# Party daily Granma", "the news weekly Der Spiegel", "the English-language daily said").
_PERIODICAL_NOUN = re.compile(
    r"\s+(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]|(?:said|says|reported|reports|quoted|quotes|wrote|writes|carried|cited|added|published)\b)"
)


# Nouns of an amount counted per period: "weekly" before them gives the amount's period, not a recurrence.
_AMOUNT_NOUN = re.compile(
    r"\s+(?:average|total|count|number|figure|high|low|record|rate|salary|wage|pay|payment|benefit|"
    r"allowance|rent|budget|spending|sales|cases|deaths)s?\b"
)


def n_set_adverb(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "daily", "twice a year" as a SET; attributive "quarterly dividend" rejected."""
    w = m["setw"].lower()
    if _NEWSPAPER_NAME.search(ctx.text, max(0, m.start() - 24), min(len(ctx.text), m.end() + 12)):
        return None  # "China Daily", "the People's Daily", "Daily Telegraph": a newspaper's name
    if w in ("daily", "weekly", "monthly") and _PERIODICAL_NOUN.match(ctx.text, m.end()):
        return None  # "the party daily Granma": a newspaper
    if w in _SET_WORDS:
        # Before a noun, "quarterly" and "monthly" mostly name the period of an amount ("quarterly dividend",
        # "monthly payment"), which news TimeML leaves untagged; it tags "daily life", "a daily rally" and "his
        # weekly radio address" as the recurrences they are.
        if w in ("quarterly", "monthly") and re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 3]):
            return None
        if w == "weekly" and _AMOUNT_NOUN.match(ctx.text, m.end()):
            return None  # "the weekly average of new cases", "his $3 weekly salary": an amount's period
        return "SET", _SET_WORDS[w], None
    unit = w.split()[-1]
    return "SET", duration_value(1, unit), None


def n_set_times_per(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "three times a year", "twice a week" as a SET of that period."""
    return "SET", duration_value(1, m["unit"]), None


def n_set_every_other(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "every other week" as a SET with a two-unit period; "every other Thursday" as Thursdays."""
    unit = m["unit"].lower()
    if unit in R.WEEKDAYS:
        return "SET", f"XXXX-WXX-{R.WEEKDAYS[unit] + 1}", None
    return "SET", duration_value(2, unit), None


def n_set_every_n(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "every four years", "every 10 minutes", "every few months" as a SET with that period."""
    n = parse_quantity(m["num"])
    if n is None and not any(m["num"].lower().startswith(v) for v in R.VAGUE_QUANTITIES):
        return None
    return "SET", duration_value(n, m["unit"]), None


def n_set_every(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "every week", "each Monday", "$5 a month" as a SET."""
    w = m.group(0).lower()
    quant, unit = w.split()[0], m["unit"].lower()
    if quant == "a" and not AMOUNT_BEFORE.search(ctx.text[max(0, m.start() - 30) : m.start()]):
        return None
    if unit in R.WEEKDAYS:
        return "SET", f"XXXX-WXX-{R.WEEKDAYS[unit] + 1}", None
    if unit in R.MONTHS:
        return "SET", f"XXXX-{R.MONTHS[unit]:02d}", None
    if unit in R.SEASONS:
        return "SET", f"XXXX-{R.SEASONS[unit]}", None
    if unit in ("morning", "evening"):
        return "SET", f"XXXX-XX-XX{R.PARTS_OF_DAY[unit]}", None
    return "SET", duration_value(1, unit), None


_NOW_NAME_BEFORE = re.compile(r"\b(?:USA(?: TODAY['’]s)?|ID) $")
_NOW_NAME_AFTER = re.compile(r" (?:team|video)\b")


def n_ref_present(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "now", "currently", "the time being" as PRESENT_REF."""
    w = m.group(0).lower()
    if w == "today's":
        return None
    if m.group(0) == "NOW" and (
        _NOW_NAME_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()) or _NOW_NAME_AFTER.match(ctx.text, m.end())
    ):
        return None  # "USA TODAY's NOW team", "a USA NOW video", Abbott's "ID NOW" test: a name
    if w in ("current", "the current") and re.match(
        r"\s+(?:account|accounts|events|affairs|"
        r"assets|liabilities|law|rules|system)\b",
        ctx.text[m.end() : m.end() + 14],
    ):
        return None
    return "DATE", "PRESENT_REF", None


def n_ref_past(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "recently", "the past" as PAST_REF."""
    return "DATE", "PAST_REF", None


def n_ref_future(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "soon", "the future", "the coming weeks" as FUTURE_REF."""
    return "DATE", "FUTURE_REF", None


def n_part_century(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "a quarter-century ago" (the year 25 years before the DCT's), "the past quarter century" (P25Y); not
    "its quarter-century low", a modifier."""
    years = 25 if (m["frac"] or m["frac2"]).lower() == "quarter" else 50
    if m["ago"]:
        return "DATE", str(ctx.dct.year - years), None
    return "DURATION", f"P{years}Y", None
