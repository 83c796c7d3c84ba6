"""Lexicons and the pattern table of the TIMEX3 tagger (data only; the normalizers are in qa.timex_*)."""

from __future__ import annotations

import re

# fmt: off
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Months that open each season; winter straddles the year boundary and is dated by its December.
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "tonight": "TNI",
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "thirtieth": 30, "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
# The days of a month as ordinal words: "first" ... "thirty-first".
DAY_ORDINALS: dict[str, int] = {
    **{w: n for w, n in ORDINALS.items() if n <= 20 and w.isalpha()},
    **{f"twenty-{w}": 20 + n for w, n in ORDINALS.items() if n <= 9 and w.isalpha()},
    "thirtieth": 30,
    "thirty-first": 31,
}
UNITS_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
# Quantities that TimeML normalizes to an unknown "X" amount.
VAGUE_QUANTITIES = ("a few", "few", "several", "many", "some", "a number of", "numerous", "countless")
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
# Duration unit -> (ISO letter, needs the "T" time designator, calendar granularity of "N <unit> ago").
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "D"), "minute": ("M", True, "D"), "hour": ("H", True, "D"),
    "day": ("D", False, "D"), "night": ("D", False, "D"), "week": ("W", False, "W"),
    "weekend": ("WE", False, "W"), "fortnight": ("FN", False, "W"), "month": ("M", False, "M"),
    "quarter": ("Q", False, "Q"),
    "year": ("Y", False, "Y"), "decade": ("E", False, "Y"), "century": ("C", False, "Y"),
    "centurie": ("C", False, "Y"), "millennium": ("L", False, "Y"),
}
# fmt: on


def alt(words: list[str]) -> str:
    """A regex alternation that tries longer words first so prefixes never shadow them."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
# "July 4 weekend" is a date, not four weekends: no duration's number right after a month name.
_NOT_AFTER_MONTH = "".join(rf"(?<!\b{name} )" for name in [*_MONTH_FULL, *_MONTH_ABBR, *(f"{a}." for a in _MONTH_ABBR)])
# "last" that is the verb, left outside a duration: "meant to last a week", "the trial will last about 10 months".
_LAST_NOT_VERB = (
    "last"
    + "".join(
        rf"(?<!\b{w} last)" for w in ["to", "will", "would", "can", "could", "should", "might", "may", "must", "n't"]
    )
    + r"(?!\s+(?:an?|at least|about|around|more than|another|up to|roughly|approximately|nearly|only|between)\b)"
)
# Month names are matched capitalized only: "may" and "march" are common lowercase words.
_FULL = alt(_MONTH_FULL + [m.upper() for m in _MONTH_FULL])
MONTH = rf"(?P<month>(?:{_FULL})\b|(?:{alt(_MONTH_ABBR)})\.(?!\w)|(?:{alt(_MONTH_ABBR)})\b(?!-[a-z]))"  # Mar-a-Lago
WEEKDAY = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))s?"
DAYNUM = r"(?P<day>[0-2]?\d|3[01])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d,]\d)"
# A year that opens a range ("1977-1980", "1977-80"), and what may close one: the hyphen is no code's.
_RANGE_START_YEAR = r"(?<![\w$#.,/-])(?:1[6-9]|20)\d\d"
_RANGE_END_YEAR = r"(?:(?:1[6-9]|20)\d\d|\d\d)(?![\w-]|[.,]\d)"
# Space that crosses at most one line break: a date wraps in hard-wrapped text, but no paragraph joins a year to the
# day before it ("Premiere: May 23\n\n1984's cult classic").
ONE_LINE_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
OPTIONAL_YEAR = r"(?:(?:,?" + ONE_LINE_GAP + r"|,)" + YEAR4 + r")?"  # ", 2021" (or ",2021") after a month and day
_NUMBER_WORDS = (
    list(UNITS_WORDS)
    + list(TENS_WORDS)
    + [f"{t}{sep}{u}" for t in TENS_WORDS for u in list(UNITS_WORDS)[2:11] for sep in ("-", " ")]
)
NUM = (
    r"(?P<num>(?<![\d,.])\d+(?:,\d{3})*(?:\.\d+)?(?: 1/2|[ -]and[ -]a[ -]half)?|"
    r"a couple of|a couple|couple of|hundreds of|thousands of|"
    r"(?<!\bhundred )(?<!\bfew )(?<!\bseveral )(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[- ])?"
    r"(?:hundred|thousand)|"
    rf"{alt(list(VAGUE_QUANTITIES))}|(?:{alt(_NUMBER_WORDS)})(?:[ -]and[ -]a[ -]half)?)"
)
# "the day before ", "two weeks after ": the head of a shift from a named day (see shift_weekday).
_SHIFT_AMOUNT = (
    r"(?:(?P<the>the|a|one) (?P<unit>day|week)|"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<units>day|week)s)"
)
_SHIFT = r"(?i:\b" + _SHIFT_AMOUNT + r" (?P<dir>before|after) )"
# What news dates once and refers back to by a noun ("10 days before the shooting", "the day after his death"),
# by the kind of incident: its nouns, and the past verbs that date it ("was shot to death last Oct. 23").
INCIDENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(["shooting", "killing", "slaying", "murder", "death", "assassination", "stabbing"], "death"),
    **dict.fromkeys(["attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "massacre"], "attack"),
    **dict.fromkeys(["crash", "collision", "derailment"], "crash"),
    **dict.fromkeys(["earthquake", "quake", "tsunami"], "quake"),
    **dict.fromkeys(["election", "elections", "referendum", "vote"], "vote"),
}
INCIDENT_VERBS: dict[str, str] = {
    **dict.fromkeys(["shot", "killed", "slain", "murdered", "died", "assassinated", "stabbed", "gunned"], "death"),
    **dict.fromkeys(["attacked", "bombed", "exploded"], "attack"),
    **dict.fromkeys(["crashed", "collided", "derailed"], "crash"),
    "voted": "vote",
}
# Days news names an event by, written without their year before a noun of that event ("the Jan. 6 committee",
# "the Sept. 11 attacks"; not "the Jan. 6 anniversary", a day of its own): (month, day) -> (year, the nouns).
# fmt: off
NAMED_DAYS: dict[tuple[int, int], tuple[int, frozenset[str]]] = {
    (1, 6): (2021, frozenset({"committee", "insurrection", "attack", "capitol", "riot", "riots", "rioters", "hearing",
                              "hearings", "panel", "probe", "investigation", "defendants", "rally", "assault", "siege",
                              "violence", "mob", "perpetrators", "organizers", "insurrectionists", "prosecutions",
                              "trials", "cases", "event", "events", "criminal", "claims", "conspiracy", "conspiracies",
                              "inquiry", "footage", "coverage", "pardons", "protesters", "participants", "prisoners",
                              "sedition", "role", "remembrance", "probing", "resign", "wake", "aftermath"})),
    (9, 11): (2001, frozenset({"attacks", "attack", "terrorist", "terror", "memorial", "commission", "hijackers",
                               "events", "wake", "aftermath"})),
}
# fmt: on
# Words that tell a story of a named day's event anywhere in a text ("the rioters stormed the Capitol"); not for
# Sept. 11, a common date in calendars and round-ups that mention the attacks elsewhere.
NAMED_DAY_STORIES: dict[tuple[int, int], str] = {
    (1, 6): r"\binsurrection|\brioters\b|\bstormed the (?:U\.S\. |US )?Capitol\b|\bCapitol (?:riot|attack|breach)",
}
# "10 days before the shooting", "in the weeks before Slepian was killed", "the day of the massacre": a shift
# from an incident dated elsewhere in the text (none for "the day of"). The span stops at the count, as TimeML
# leaves the event out of the expression; "for nine days after his death" says how long, not when.
SHIFT_INCIDENT = (
    r"(?i:(?<!\bfor )(?<!\bwithin )\b(?:"
    + _SHIFT_AMOUNT
    + r"|the (?P<vague>days|weeks))(?=\s+(?P<dir>before|after|(?<=\bday )of)\s+"
    r"(?:(?:the|his|her|their|its|this|that)\s+"
    rf"(?P<modifiers>(?:[\w-]+\s+){{0,2}}?)(?P<incident>{alt(list(INCIDENT_NOUNS))})\b|"
    rf"(?P<subject>(?-i:[A-Z][a-z]+)|he|she|they)\s+(?:was|were)\s+(?P<incident_verb>{alt(list(INCIDENT_VERBS))})\b)))"
)
# "the future pope", "his future wife": a person's later role, not a time
_LATER_ROLE = (
    r"(?! (?:pope|king|queen|president|prime minister|chancellor|emperor|empress|wife|husband|spouse|bride|"
    r"in-laws?|mother-in-law|father-in-law|son-in-law|daughter-in-law|star|champion|Hall of Famer|owner|leader|"
    r"saint|first lady|governor|senator|mayor|MVP|coach)\b)"
)
_CENTURY_LEAD = r"(?:the past|the last|the next|a|one|nearly a|almost a|more than a)\s+"
HOLIDAY = (
    r"\b(?:(?P<rel>last|next|this) )?(?P<hol>Thanksgiving(?: Day)?|Orthodox Christmas(?: Day)?|Christmas(?: Day| Eve)?|"
    r"New Year['’]s(?: Day| Eve)|Easter(?: Sunday| [Ww]eek)?(?! [Ee]ggs?\b)|"  # not "a film's Easter eggs"
    r"Holy Week|Independence Day|Fourth of July|July Fourth|"
    r"Labor Day|Memorial Day|Halloween|Black Friday|Cyber Monday|Juneteenth(?: Independence Day)?|"
    r"Remembrance Sunday|"
    r"Valentine['’]s Day|Veterans Day|Boxing Day|Martin Luther King(?: Jr\.)? Day|Presidents['’]? Day|"
    r"Mother['’]s Day|Father['’]s Day|Columbus Day|Mardi Gras|Fat Tuesday|Shrove Tuesday|Giving ?Tuesday|"
    r"Ash Wednesday|Palm Sunday|Good Friday|Super Tuesday|"
    r"Election Day)\b(?!\s+Islands?\b)"  # not "Christmas Island", "Easter Island": places
)
UNIT = (
    r"(?P<unit>(?i:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|centurie|century|"
    r"millennium))"
)
SEASON = r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
PART = r"(?P<part>(?i:morning|afternoon|evening|night))"
# "3:30 p.m.", "2.30pm" (British), "10am".
CLOCK = (
    r"(?<![\d.:])(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
    r"(?:\s+(?P<tz>(?:[ECMP][SD]T|GMT|UTC))\b)?"
)
# An hour written without a.m./p.m. counts as a clock time only after one of these: "at 4 in the morning".
AFTER_CLOCK_PREPOSITION = "|".join(
    rf"(?<=\b{p} )" for p in ("at", "by", "until", "till", "around", "about", "before", "after")
)
SPOKEN_YEAR = (
    rf"(?P<spoken>(?i:nineteen (?:{alt(_NUMBER_WORDS[2:])})|"
    rf"two thousand(?: and (?:{alt(_NUMBER_WORDS[1:])}))?))"
)

# Modifiers that TimeML folds into the span of the expression they precede (the MOD attribute).
PREFIX_MODIFIER = re.compile(
    r"(?i:(?:\b(?:early|earlier|late|later|mid|the middle of|the end of|the beginning of|the start of|"
    r"the rest of|the remainder of|the first half of|the second half of|sometime|some time|"
    r"as early as|as late as|as recently as)[- ]|\bmid-))$"
)

# Words TimeML leaves outside an expression's span: a possessive ending ("last month's visit" tags "last
# month"), and the article or possessive of a noun phrase whose time expression is only a hyphenated
# modifier ("a third-quarter loss", "the two-week crisis" tag "third-quarter", "two-week").
POSSESSIVE_END = re.compile(r"(?<=[A-Za-z])['’]s$")
MODIFIER_DETERMINER = re.compile(
    r"(?i)^(?:a|an|the|its|their|his|her|our)\s+(?=\S+-(?:quarter|half|year|month|week|day|hour|minute|decade|"
    r"century)$)"
)

# Time words that running text writes in lower case. Capitalized inside a sentence they belong to a title or a
# name ("60 Minutes", "High Noon", "Good Morning America", "VOA Today", "Peace Now"), not a time expression.
TITLE_CASE_TIME_WORD = re.compile(
    r"\b(?:Seconds?|Minutes?|Hours?|Days|Nights?|Weeks?|Months?|Years?|Decades?|Centur(?:y|ies)|Noon|Midnight|Midday|"
    r"Mornings?|Afternoons?|Evenings?|Tonight|Today|Tomorrow|Yesterday|Now|Future|"
    # "the French Quarter", "a Quarter Pounder"; not "its Fourth Quarter 2022 results", "Third-Quarter"
    r"(?<!First )(?<!Second )(?<!Third )(?<!Fourth )(?<!Final )(?<!Last )(?<!-)Quarters?)\b"
)
# Seasons capitalized mid-sentence name things ("the Winter X Games", "Autumn de Wilde") unless a word before
# tells them as a time ("in the Fall.", "later this Spring or") and no capitalized word follows ("next Winter
# Olympic Games").
TITLE_CASE_SEASON = re.compile(r"\b(?:Spring|Summer|Fall|Autumn|Winter)\b")
SEASON_TIME_WORD_BEFORE = re.compile(r"(?i)\b(?:this|next|last|the|early|late|in|of|during|by)\s+$")
CAPITALIZED_AFTER = re.compile(r"\s+[A-Z0-9]")
# A short quoted title that the season ends: "The Boys of Summer," "Cool for the Summer".
SHORT_QUOTED_TITLE = re.compile(r"[\"“][A-Z][^\"“”]{0,28}[.,!?]?[\"”]?$")
# A show named by its time word: NBC's "Today" show, the "Tonight Show", "Today" co-anchor Hoda Kotb, Jenna
# Ortega in "Wednesday"; and the NFL's "Sunday Ticket".
TV_SHOW_TITLE = re.compile(
    r"[\"“‘](?:Today|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[\"”]|’(?!\w))|"
    r"\b(?:Today|TODAY|Tonight)[\"”]?\s+(?:Show|show)\b|"
    r"\bSunday\s+Ticket\b"
)
# A closing quotation mark (straight quotes close as they open).
CLOSING_QUOTE = re.compile(r"[”\"]")

# What may come right before the first word of a sentence (or of a quotation, a dateline or a list item).
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;_(\[\n\"“`'‘—-])['\"”’`\s]*$")

# A reporting verb right after a name or a time: "..., Christmas said" (a person), "Bush on Tuesday said ..." (the
# time dates the saying).
SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|reported)\b")
# "in December that year", "on Christmas Day that year": the year told before.
THAT_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?that year\b")

# Rules whose capitalization matters ("Easter" the holiday, not "eastern").
CASE_SENSITIVE = frozenset({"holiday", "shift_holiday", "season_year", "weekday_around_holiday"})

# (rule name, pattern). The name picks the normalizer n_<name> (see qa.timex.NORMALIZERS); order breaks ties
# between equally long matches, so more specific rules come first.
# A date followed by its own clock time ("Oct. 3, at 1 and 4 p.m.") takes no clock time written before it.
OWN_CLOCK_AFTER = r",?\s+at\s+\d"

RULE_TABLE: list[tuple[str, str]] = [
    # --- absolute calendar dates
    ("iso_date", r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    (
        "nth_weekday_of_month",
        r"(?i:\bthe (?P<nth>first|second|third|fourth|fifth|last) )"
        + WEEKDAY.replace("s?", "")
        + r"(?i: (?:of|in) (?:the month of )?)"  # "the last Monday in the month of May"
        + MONTH
        + r"(?:,?\s+"
        + YEAR4
        + r")?",
    ),
    (
        "weekday_month_day",
        WEEKDAY
        + r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?:,\s*|[^\S\n]+)"  # "Tuesday morning, November 8"
        + MONTH
        + r"\s+"
        + DAYNUM
        + OPTIONAL_YEAR,
    ),
    # "maybe Friday 30th ahead of the New Year's holiday": a weekday and an ordinal day of a month near the DCT
    (
        "weekday_ordinal",
        WEEKDAY + r"(?i:,?\s+(?:the\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?!\s+(?i:of)\b|\s+[A-Z])",
    ),
    ("month_day_year", MONTH + r"\s+" + DAYNUM + OPTIONAL_YEAR),
    # "on Dec.18": an abbreviation's period with no space before the day
    (
        "month_day_year",
        r"(?P<month>(?:" + alt(_MONTH_ABBR) + r")\.)(?=\d)" + DAYNUM + OPTIONAL_YEAR,
    ),
    ("month_day_rel_year", MONTH + r"\s+" + DAYNUM + r",?\s+(?:of\s+)?(?P<rel>(?i:last|this|next|that)) year\b"),
    # "Thursday 14 March", "Friday, 22 March 2013": British order after a weekday.
    (
        "weekday_day_month",
        WEEKDAY
        + r"(?:,\s*|[^\S\n]+)(?:the\s+)?"
        + DAYNUM
        + r"[^\S\n]+(?:of\s+)?"
        + MONTH
        + r"(?:,?\s+"
        + YEAR4
        + r")?",
    ),
    # "28 July"; not "July 28\n\nJuly 29" in a list, read across the line break.
    ("day_month_year", r"\b" + DAYNUM + r"[^\S\n]+(?:of\s+)?" + MONTH + OPTIONAL_YEAR),
    # "the fourth of July", "the twenty-first of March" (after "the": "a third of May's sales" is a fraction; in
    # lower case: "the Fourth of July" is the holiday)
    (
        "ordinal_of_month",
        r"(?<=\b[Tt]he )(?P<dayword>" + alt(list(DAY_ORDINALS)) + r")\s+of\s+" + MONTH + OPTIONAL_YEAR,
    ),
    ("month_year", MONTH + r",?" + ONE_LINE_GAP + r"(?:of\s+)?" + YEAR4),
    # A year cut to two digits after an apostrophe: "June '98", "in '97".
    ("month_short_year", MONTH + r"\s+['’](?P<yy>\d\d)\b(?!['’]?s)"),
    ("short_year", r"(?i:(?<=\bin )|(?<=\bsince )|(?<=\bof )|(?<=\buntil ))['’](?P<yy>\d\d)\b(?!['’]?s)"),
    (
        "month_rel_year",
        MONTH + r"\s+(?:(?:of\s+)?(?P<rel>(?i:last|this|next))|of\s+(?P<that>(?i:that|the same))) year\b",
    ),
    # "the week of March 6", "the first week of April", "the last week of June 2012".
    (
        "week_of_month",
        r"(?i:\bthe (?:(?P<nth>first|second|third|fourth|last|final) )?week of )"
        + MONTH
        + r"(?:\s+"
        + DAYNUM
        + r")?(?:,?\s+"
        + YEAR4
        + r")?",
    ),
    ("month_alone", MONTH),
    ("slash_date", r"\b(?P<mnum>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)?\d\d)\b"),
    # "22/03/2013": day first, as British and European papers write it (only when the day cannot be a month).
    ("slash_date_dmy", r"\b(?P<day>1[3-9]|2\d|3[01])/(?P<mnum>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)\b"),
    ("spoken_month_year", MONTH + r"\s+" + SPOKEN_YEAR),
    ("spoken_year", r"(?i:\bthe year )?" + SPOKEN_YEAR + r"\b(?!\s+(?i:years|hundred|thousand|people|dollars|of)\b)"),
    ("season_of_year", r"(?i:\bthe )?" + SEASON + r"\s+of\s+(?:" + YEAR4 + r"|" + SPOKEN_YEAR + r")"),
    ("year_season", r"\b" + YEAR4 + r"\s+" + SEASON + r"(?!\s+(?:Olympics|Games|Paralympics)\b)"),
    # "since summer 2019", "Fall 2023", "Spring, 1927"; a lower-case "fall"/"spring" needs a word that makes it a noun.
    (
        "season_year",
        r"(?=(?i:spring|summer|fall|autumn|winter),?\s+\d)(?:"
        + "|".join(
            rf"(?<=\b{w} )" for w in ("in", "since", "the", "of", "by", "until", "during", "from", "early", "late")
        )
        + r"|\b(?=[A-Z]|(?i:summer|winter|autumn)))"
        + SEASON
        + r",?\s+"
        + YEAR4,
    ),
    ("fiscal_year", r"(?i:\bfiscal(?: year)?\s+|\bFY\s?)" + r"(?P<year>(?:19|20)\d\d)\b"),
    ("rel_fiscal_year", r"(?i:\b(?:the )?(?P<rel>next|last|this|previous|prior|coming) (?:fiscal|financial) year)\b"),
    ("fiscal_year_named", r"(?i:\b(?:the|its|their)\s+)" + YEAR4 + r"(?i:\s+(?:fiscal|financial|calendar) year)\b"),
    ("the_year_number", r"(?i:\bthe year )" + YEAR4 + r"(?![.,]\d|-\d|\w)"),
    (
        "year",
        # not "555-2016", "978-1-2016-...": a number in a code (but "from 1977-1980": a range of years)
        r"(?<![\w$#.,/])(?:(?<!\d-)|(?<="
        + _RANGE_START_YEAR
        + r"-))"
        + YEAR4
        + r"(?!\s*(?i:percent|shares|cents|people|tons|points|%|GMT|UTC|hours\b|hrs\b|local time))(?![.,]\d|\w)"
        + r"(?!-(?!"
        + _RANGE_END_YEAR
        + r")\d)",
    ),
    # "1977-80", "the 2019–20 season": the last year of a range, written with two digits
    ("year_range_end", r"(?<=" + _RANGE_START_YEAR + r"[-–])(?P<yy>\d\d)(?![\w-]|[.,]\d)"),
    ("decade", r"(?i:\bthe\s+(?:early\s+|mid-?|late\s+)?)?(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b"),
    ("decade_short", r"(?i:\bthe\s+(?:early\s+|mid-?|late\s+)?)?['’](?P<dec2>\d0)s\b"),
    # Newspaper style without the leading apostrophe: "the 60's", "the mid-50s" (temperatures are rejected; "in his
    # mid-50s" is an age).
    (
        "decade_short",
        r"(?i:\bthe\s+(?:early\s+|mid-?|late\s+)?|(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bmy )(?<!\byour )\bmid-)"
        r"(?P<dec2>\d0)['’]?s\b",
    ),
    (
        "decade_word",
        r"(?i:\bthe\s+(?:early\s+|mid-?|late\s+)?(?P<decw>twenties|thirties|forties|fifties|sixties|"
        r"seventies|eighties|nineties))\b",
    ),
    ("century", r"(?i:\b(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)[- ]century)\b"),
    ("this_century", r"(?i:\b(?:this|the last|last|the next|next|the past) century)\b"),
    ("rel_decade", r"(?i:\b(?P<rel>this|the last|last|the next|next|the past|the current) decade)\b"),
    # --- quarters and halves (financial news)
    (
        "quarter",
        r"(?i:\b(?:the\s+|its\s+|a\s+|their\s+)?(?:(?P<qyear>(?:19|20)\d\d)(?:['’]s)?\s+|(?P<qrel>this|next|last)"
        r" year's\s+|(?P<qago>year-ago|year-earlier|comparable|comparable year-ago|same)\s+)?(?:fiscal[- ])?"
        r"(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?P<qh>quarter|half|period)s?"
        r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qyear2>(?:19|20)\d\d)|(?P<qrel2>this|next|last|the) year)|"
        r"\s+(?P<qyear3>(?:19|20)\d\d)(?![\d,.]\d))?)(?!-?(?i:\w))"  # ... "fourth-quarter 2022 figures"
        # not "the first half of the 'Danica Double'", "the second half of Biden's term" (but "the third quarter
        # of $226.3 million", "of the 2023 fiscal year")
        r"(?!\s+of\s+(?![$€£\d]|the (?:19|20)\d\d fiscal\b))"
        r"(?!\s+to\s+(?:the\s+)?(?:winter|summer|spring|fall|autumn|the season)\b)",  # "a cold second half to winter"
    ),
    # "Q1 2013", "2012 Q4", "H1 2013", "Q1 of next year": the analysts' shorthand; a half needs its year ("H1" alone
    # is a visa).
    (
        "quarter_code",
        r"\b(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?:Q(?P<qn>[1-4])|H(?P<hn>[12]))(?:[ /-]?(?P<qyear2>(?:19|20)\d\d)"
        r"|\s+of\s+(?:(?P<qyear3>(?:19|20)\d\d)|(?P<qrel>(?i:this|next|last))\s+year))?\b",
    ),
    ("quarter_adj", r"(?i:\b(?P<qord>first|second|third|fourth)-(?P<qh>quarter|half))(?=[- ])"),
    # "the last half of 1989", "the first two quarters of 1990", "the final quarter of this year".
    (
        "year_part",
        r"(?i:\bthe (?P<pos>first|last|latter|final) (?P<part>half|quarter|two quarters) of (?:fiscal )?"
        r"(?:(?P<qyear2>(?:19|20)\d\d)|(?P<qrel2>this|next|last|the) year))\b",
    ),
    (
        "the_quarter",
        r"(?i:\b(?:the|this|that|its|the latest|the current|the most recent|the latest fiscal|"
        r"the same|the year-ago|the year-earlier|the comparable|the comparable year-ago|"
        r"the previous|last year's|the latest three-month|the (?:19|20)\d\d|"
        r"the year-ago|year-ago|year-earlier) (?P<qh>quarter|period)(?![s-]))\b",
    ),
    (
        "same_period_last_year",
        r"(?i:\b(?:the|a) (?:same|corresponding|comparable) (?P<unit>period|quarter|half|month|time)"
        r"(?: of| in)? (?:last|the previous|the preceding|a) year)\b",
    ),
    (
        "nine_months",
        r"(?i:\b(?:the|its)\s+(?:first|latest|year-earlier|year-ago|past|most recent|fiscal)?\s*"
        r"(?P<num>nine|six|three)[- ]months?)\b",
    ),
    # --- ref-anchored and DCT-anchored relatives
    (
        "the_year",
        r"(?i:\b(?:the|its|their) (?P<mod>full |current fiscal |current |latest fiscal |latest |previous |"
        r"past |prior |entire |whole |same |comparable )?(?P<fy>fiscal )?year)\b"
        r"(?!-|\s+(?:ago|earlier|before|later|after|two thousand))",
    ),
    ("year_end", r"(?i:\b(?:around )?(?:year[- ]end|year's end))\b"),
    (
        "edge_of_unit",
        r"(?i:\bthe (?:end|beginning|start|middle|rest|remainder) of the (?P<unit>month|week|year|decade|century))\b",
    ),
    ("holiday", HOLIDAY + r"(?:,? +(?P<hyear>(?:19|20)\d\d)\b(?![-–]))?"),  # "Christmas 2019" (on its line)
    ("shift_holiday", _SHIFT + HOLIDAY),
    # "the Sunday after Thanksgiving", "the Friday before March 6": the first such weekday after (before) it.
    ("weekday_around_holiday", r"\b(?:[Tt]he )" + WEEKDAY + r" (?P<dir>before|after) " + HOLIDAY),
    (
        "weekday_around_date",
        r"(?i:\bthe )"
        + WEEKDAY
        + r"(?i: (?P<dir>before|after) )"
        + MONTH
        + r"\s+"
        + DAYNUM
        + r"(?:,?\s+"
        + YEAR4
        + r")?",
    ),
    (
        "in_the_unit",
        r"(?i:(?:(?<=\bearlier in )|(?<=\blater in )|(?<=\bearly in )|(?<=\blate in ))the (?P<unit>day|week|month))\b"
        r"(?!,?\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",  # "late in the day Friday": Friday's
    ),
    (
        "part_of_date",
        r"(?i:\bthe (?P<part>morning|afternoon|evening|night) of )(?:(?:"
        + WEEKDAY
        + r",?\s+)?"
        + MONTH
        + r"\s+"
        + DAYNUM
        + r"(?:,?\s+"
        + YEAR4
        + r")?|"
        + WEEKDAY.replace("?P<wd>", "?P<wd_alone>")
        + r")\b",
    ),
    ("part_alone", r"(?i:\b(?:the |mid[- ]?)(?P<part>morning|afternoon|evening)\b)"),
    (
        "part_dayrel2",
        r"(?i:\b(?:mid[- ]?|late |early )?(?P<part>morning|afternoon|evening|night) "
        r"(?P<rel>yesterday|today|tomorrow))\b",
    ),
    # not "Oct. 2 at 4 and 7 p.m., Oct. 3, at 1 and 4 p.m.": a date with its own clock time opens another item
    ("clock_date", CLOCK + r",?\s+(?:on\s+)?" + MONTH + r"\s+" + DAYNUM + OPTIONAL_YEAR + rf"(?!{OWN_CLOCK_AFTER})"),
    ("year_ago_adj", r"(?i:\b(?:year-ago|year-earlier))\b"),
    # "a quarter-century ago", "half a century ago", "the past quarter century" (not "its quarter-century low"; "a
    # half-century" alone is a plain duration).
    (
        "part_century",
        r"(?i:\b(?:" + _CENTURY_LEAD + r")?(?P<frac>quarter|half)(?:[- ]| of a | a )century(?P<ago>\s+ago)\b"
        r"|\b" + _CENTURY_LEAD + r"(?P<frac2>quarter)(?:[- ]| of a )century\b)",
    ),
    (
        "ago",
        r"(?i:\b(?:about |almost |nearly |more than |some |roughly |over )?(?P<half>half (?=an? (?:hour|minute)\b))?)"
        + r"\b"
        + NUM
        + r"\s+"
        + UNIT
        # "ago" before anything ("six weeks ago that ..."); not "earlier this year", "later that day", "later than"
        + r"s?(?:\s+or\s+so)?\s+"
        + r"(?i:(?:ago|from now|hence)\b|(?:earlier|later|prior(?! to))\b(?!\s+(?:this|that|the|than)\b))",
    ),
    ("ago_vague", r"(?i:\b(?:some |many |a few |several )?(?P<unit>years|months|weeks|days) ago)\b"),
    # "the day before last Tuesday's hearing", "two days after Oct. 23": a named day, shifted.
    (
        "shift_weekday",
        _SHIFT + r"(?:(?P<rel>(?i:last|next|this|this past|this coming)) )?" + WEEKDAY + r"\b(?!-)",
    ),
    ("shift_month_day", _SHIFT + MONTH + r"\s+" + DAYNUM + OPTIONAL_YEAR),
    ("shift_incident", SHIFT_INCIDENT),
    # "The day before, ...", "the morning after" but not "the day before authorities issued ...", where "before"
    # opens a clause.
    (
        "before_after_day",
        r"(?i:\bthe (?:(?P<rel>day|week|month|year) (?P<dir>before|after|earlier|later)|"
        r"(?P<part>morning|afternoon|evening|night) (?P<pdir>before|after))\b)"
        r"(?!\s+(?!(?i:that|when|and|but|as)\b)[A-Za-z])",
    ),
    (
        "prev_next_unit",
        r"(?i:\bthe (?P<rel>previous|prior|following|next|preceding|same) (?P<unit>day|"
        r"week|month|year|morning|evening|night|" + alt(list(WEEKDAYS)) + r")\b)",
    ),
    ("that_unit", r"(?i:\b(?:that|the same|that same) (?P<unit>day|week|month|year|morning|evening|night)\b)"),
    ("today", r"(?i:\b(?:today|tonight|tomorrow|yesterday)(?:['’]s)?)\b"),
    ("this_part", r"(?i:\b(?:this|last|tomorrow|yesterday) " + PART + r")\b"),
    ("part_dayrel", r"(?i:\b(?:overnight|last night))\b"),
    (
        "rel_unit",
        r"(?i:\b(?P<rel>this|last|next|past|the past|the last|the next|the coming|this coming|this past|"
        r"the current|current|the latest|the previous|previous|the same) (?!(?i:weekend))" + UNIT + r"(?!s)\b)"
        r"(?!-)(?<!(?i:the last year)(?= of ))",  # not "In 2018, the last year of congressional midterms"
    ),
    (
        "rel_weekday",
        r"(?i:\b(?P<rel>this|last|next|this coming|this past|the previous|the following|"
        r"the next) )" + WEEKDAY + r"\b",
    ),
    (
        "rel_season",
        r"(?i:\b(?P<rel>this|last|next|this past|this coming|this upcoming|the upcoming|the|early|late)\s+"
        r"(?:early\s+|late\s+)?)?"
        + r"\b"
        + SEASON
        # not "the fall-off in 2021", "the winter solstice" (a moment), "winter wheat" (a crop), "the fall armyworm",
        # "the fall zone below Denali Pass" (a fall from a height)
        + r"\b(?!-|\s+(?:solstice|equinox|wheat|squash|armyworms?)\b)"
        + r"(?!(?<=(?i:fall))\s+(?i:zone|line|risk|hazard|protection|prevention|arrest|guard|injur(?:y|ies))\b)"
        + r"(?:\s+of\s+(?P<sfx>this|last|next) year)?",
    ),
    (
        "rel_month_day",
        r"(?i:\b(?P<rel>last|next|this past|this coming) )" + MONTH + r"\s+" + DAYNUM + OPTIONAL_YEAR,
    ),
    # not "this Jan. 6 hearing": a day follows
    ("rel_month", r"(?i:\b(?P<rel>this|last|next|this past|this coming) )" + MONTH + r"(?!\.?\s+\d{1,2}(?!\d))"),
    # "had surgery that December"; not "found that October has ...", where "that" opens a clause.
    (
        "rel_month",
        r"(?i:\b(?P<rel>that) )"
        + MONTH
        + r"(?!\.?\s*\d)(?=[.,;:!?)]|\s+(?i:as|and|but|when|after|before|in|at|on|to|with|for|of|until)\b)",
    ),
    # "ending with the weekend of Sept. 8": the weekend around that day
    ("weekend_of_date", r"(?i:\bthe weekend)(?= of " + MONTH + r"\s+" + DAYNUM + r"(?:,?\s+" + YEAR4 + r")?)"),
    ("weekend", r"(?i:\b(?:the|this|last|next|this past|this coming|the past|past|the coming) weekend)\b"),
    # "at 9:41 Wednesday night", "at 8 Tuesday night": an hour without a.m./p.m. that the part of the day places
    (
        "clock_weekday_part",
        r"(?i:"
        + AFTER_CLOCK_PREPOSITION
        + r")(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5]\d))?\s+(?:(?-i:on)\s+)?"
        + WEEKDAY
        + r"\s+"
        + PART
        + r"\b",
    ),
    # not "from 10 p.m. to 1 a.m. On Saturday, performances ...": a capital "On" opens the next sentence
    ("weekday_time", CLOCK + r"\s+(?:(?-i:on)\s+)?" + WEEKDAY),
    ("clock_dayrel", CLOCK + r"(?: local time)?,?\s+(?P<rel>(?i:today|tonight|tomorrow|yesterday))\b"),
    ("noon_weekday", r"(?i:\b(?P<noon>noon|midnight)\s+(?:on\s+|of\s+)?)" + WEEKDAY),  # "midnight of Friday"
    (
        "noon_date",
        r"(?i:\b(?P<noon>noon|midnight)\s+(?:on\s+|of\s+)?)" + MONTH + r"\s+" + DAYNUM + OPTIONAL_YEAR,
    ),
    ("weekday_noon", WEEKDAY + r"(?i:\s+(?:at\s+)?(?P<noon>noon|midnight))"),
    (
        "weekday_part",
        r"(?i:\b(?:(?P<rel>last|next|this|this past|this coming) )?(?:early |late |earlier |later )?)"
        + WEEKDAY
        + r"\s+(?:"
        + PART
        + r"s?|(?P<overnight>overnight))\b",  # "will continue Tuesday overnight": Tuesday night
    ),
    # not "a Sunday school teacher", "her Sunday best", the "Sunday Times", the "Mail on Sunday", nor an event
    # named by its day ("Bloody Sunday", "Black Monday")
    (
        "weekday",
        r"\b(?:(?i:each|every)\s+)?(?<!\bMail on )(?<!\bBloody )(?<!\bBlack )(?<!\bBlue )"
        + WEEKDAY
        # not "Monday-night game" (but "Monday-Friday", a range)
        + r"\b(?!-(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b))(?! (?i:school|best)\b)"
        + r"(?! (?:Mirror|People|Times(?! Square)|Telegraph|Express|Mail|Star)\b)",
    ),
    ("clock", CLOCK),
    # "at 4 in the morning", "10 at night", "at 11 o'clock": an hour said in words of the day, not a.m./p.m.
    (
        "clock_spoken",
        r"(?i:(?=[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:"
        + AFTER_CLOCK_PREPOSITION
        + r")(?P<hour>1[0-2]|[1-9]|"
        + alt(list(UNITS_WORDS)[2:14])
        + r")(?:(?<=\d):(?P<minute>[0-5]\d))?"  # "at 6:30 in the morning"
        + r"(?:(?: o['’]clock)?(?: in the (?P<part>morning|afternoon|evening)| at (?P<night>night))| o['’]clock)\b)",
    ),
    # "at 07:00 local time", "until 19:30", "2200 GMT": a 24-hour clock needs a preposition or a time zone.
    (
        "clock24",
        r"(?:\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:.]\d)"
        r"|\b(?P<hour2>[01]\d|2[0-3])[:.]?(?P<minute2>[0-5]\d) ?(?=(?:GMT|UTC|local time)\b))"
        r"(?: ?(?P<tz>GMT|UTC)\b| local time\b)?",
    ),
    ("noon", r"(?i:\b(?<!\bhigh )(?P<noon>noon|midnight|midday)\b)"),  # not the idiom "high noon"
    # --- durations
    (
        "duration",
        r"(?i:\b(?:the\s+)?(?:(?:first|"
        + _LAST_NOT_VERB
        + r"|past|next|coming|previous|(?<=the )following|latest|final|"
        r"remaining|initial|preceding|succeeding|entire|full|whole)\s+)?(?:(?:about|nearly|almost|more than|"
        r"less than|at least|up to|no more than|roughly|approximately|around|"
        r"fewer than|as many as|as long as|another|an additional|the|an extra)\s+)?)"
        r"\b(?:(?!\d)|(?=\d)" + _NOT_AFTER_MONTH + r")" + NUM + r"(?:(?i:\s+(?:to|or)\s+)(?P<num2>\d+|\w+))?"
        r"(?i:\s+more)?"
        r"(?:[- ]|\s+(?i:(?:consecutive|straight|trading|business|calendar|working|full|more|long)\s+))"
        + UNIT
        + r"(?P<plural>s)?(?!\w|-(?!old\b)|\s+cares?\b)(?P<old>-old)?",
    ),
    # (not "a year-round resident", "a year-over-year gain")
    (
        "duration_half",
        r"(?i:\b(?:an?|one) (?P<unit>year|month|day|hour|minute|week)(?: and a half)?\b(?!-(?:round|over|on|to)\b))",
    ),
    (
        "half_unit",
        r"(?i:\b(?:(?:the )?(?:past|last|next|first|coming) )?(?:half an? (?P<unit>hour|day|year|century|decade)|"
        r"(?:an? )?half[- ](?P<unit2>hour|day|century|decade)))\b",
    ),
    (
        "bare_units",
        # not "two days ahead", "three hours to come": those count, and the duration rule takes them
        r"(?i:\b(?:the )?(?:(?P<rel>past|last|next|coming|recent|previous|"
        r"following|first|early|later|subsequent|ensuing|intervening)\s+)?)"
        # (not "light years": a distance)
        r"(?=(?i:minutes|hours|days|weeks|months|years|decades|centuries)\b)(?<!\d )(?<!\blight )(?<!\blight-)"
        + "".join(rf"(?<!\b{w} )" for w in [*UNITS_WORDS, *TENS_WORDS, "few", "several", "many"])
        + r"(?i:(?P<unit>minutes|hours|days|"
        r"weeks|months|years|decades|centuries)(?:\s+(?:and|or)\s+(?:months|weeks|years|days))?"
        r"(?P<ahead> ahead| to come)?)\b(?!-old\b)",  # not "the decades-old festival": an age
    ),
    ("decades_long", r"(?i:\b(?P<unit>decade|year|month|week|day|hour|century)s-long)\b"),
    # "a day-long meeting", "the weeklong trip", "a two-year-long probe"
    (
        "unit_long",
        r"(?i:\b(?:(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})-)?"
        r"(?P<unit>day|week|month|year|hour)-?long)\b",
    ),
    # --- sets
    (
        "set_adverb",
        r"(?i:\b(?P<setw>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|"
        r"semiannually|twice a (?:year|month|week|day)|once a (?:year|month|week|day)))\b",
    ),
    (
        "set_times_per",
        r"(?i:\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) times)"
        r"(?: a| per| each| every) (?P<unit>second|minute|hour|day|night|week|month|quarter|year))\b",
    ),
    ("set_every_other", r"(?i:\bevery other (?P<unit>day|night|week|month|year|" + alt(list(WEEKDAYS)) + r"))\b"),
    ("set_every_n", r"(?i:\b(?:every|each) " + NUM + r"[- ]" + UNIT + r"s?)\b"),
    (
        "set_every",
        # "a" only before a unit ("$5 a month"): "a Thursday news conference" and "a December report" are dates.
        r"(?i:\b(?:every|each|per|a(?=\s+(?:second|minute|hour|day|night|week|month|quarter|year)\b))\s+"
        r"(?P<unit>second|minute|hour|day|night|week|month|quarter|"
        r"year|morning|evening|summer|winter|spring|fall|" + alt(list(WEEKDAYS)) + r"|" + alt(_MONTH_FULL) + r"))\b",
    ),
    # --- underspecified references
    (
        "ref_present",
        r"(?i:\b(?:right now|now|nowadays|currently|these days|at present|the present|"
        r"the time being)\b)",
    ),
    # not "the past 30 seasons", "the past two seasons": a count of something
    (
        "ref_past",
        r"(?i:\b(?:recently|more recently|the past(?! (?:\d|two|three|four|five|six|seven|eight|nine|ten|few|"
        r"several|dozen)\w*\b)|the recent past|past years|lately|the old days)\b)",
    ),
    (
        "ref_future",
        # not "soon became a flood", "was soon released": soon after a past time is no future
        # nor "the Future Business Leaders of America": a name
        # nor "the future pope", "his future wife": a person's later role
        r"(?i:\b(?:the (?-i:future|Future(?! [A-Z]))(?! of)" + _LATER_ROLE + "|"
        r"(?<!as )(?<!\bwas )(?<!\bwere )(?<!\bhad )(?<!\bhas )(?<!\bhave )soon"
        r"(?! as| after| afterwards?| thereafter| before| (?:became|began|came|went|was|were|had|found|left|got|"
        r"took|made|grew|turned|followed|moved|ended|started|proved|realized|learned|discovered)\b)|"
        r"the near future|the near term|near term|"
        # not "the long term care industry", "the short term provided" (a term of office), "the long term direction"
        r"the (?:short|long) term(?! (?:care|direction|provided|effects?|impacts?|goals?|plans?|trends?|outlook|"
        r"rentals?|investments?|memory|solutions?|strategy|view|health|damage|consequences|debt|loans?|"
        r"interests?|rates?|relationship|contracts?|deals?|lease|financing|prospects|stability|success|growth)\b)|"
        r"the coming days|the coming weeks|the coming months|"
        r"the coming years|coming days|coming weeks|coming months|coming years|coming quarters|"
        r"(?:the )?upcoming (?:days|weeks|months|years)|"
        r"future quarters|a later date|as soon as possible|someday|some day(?!s)|(?<=['’]s )future(?! of)"
        + _LATER_ROLE
        + r"|\b(?-i:future|Future(?! [A-Z]))(?= (?!and\b|for\b|was\b|is\b|are\b|will\b)[a-z]{3,}\b)"
        + _LATER_ROLE
        + r"(?! (?:bets?|odds|contracts?|tense)\b)"  # "team future bets": a kind of wager, no time
        + r"|"
        r"the days ahead|the months ahead|the years ahead)\b)",
    ),
]
