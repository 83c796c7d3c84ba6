"""TimeML (TIMEX3) time-expression tagger: `tag_times(text, dct)` finds and normalizes time expressions.

Layout: qa.timex_rules holds the lexicons and the pattern table; qa.timex_normalize (calendar expressions),
qa.timex_relative (relative ones, weekdays, times of day) and qa.timex_durations (durations, sets, vague
references) the normalizers; qa.timex_context the per-document context (sentences, tense, anchors) and
qa.timex_calendar the values and date arithmetic. No I/O and no models: rules compile on first use.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

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
    season_year=timex_normalize.n_year_season,
    fiscal_year_named=timex_normalize.n_fiscal_year,
    slash_date_dmy=timex_normalize.n_slash_date,
    weekday_day_month=timex_normalize.n_weekday_month_day,
)

# An expression that writes its year out (a number or "this/last/next year"), not one that leaves it implied.
_NAMES_YEAR = re.compile(r"(?i)\d{4}|\byear\b|\bthousand\b|\bnineteen\b")

# "since February 2020": a time counted from, up to now.
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
# A line that links another story ("MORE: Top movie picks: Oct. 29-Nov. 4", "► New Tuesday: ..."): its dates are
# that story's, and anchor nothing told after it.
_LINK_LINE = re.compile(
    r"[ \t]*(?:(?:MORE|More|RELATED|Related|READ MORE|Read [Mm]ore|ALSO|SEE ALSO|See also)[ \t]*:|[►▶])"
)

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


_BLANK_LINE = re.compile(r"\n\s*\n")
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|co\.uk)/\S*")

# Named days write their words capitalized ("New Year's Eve"), unlike titles that a capital marks.
_NAMED_DAYS = (timex_normalize.n_holiday, timex_relative.n_shift_holiday)


_OPENING_QUOTE = re.compile(r"(?:^|\s)[\"“‘']$")
_TITLE_WORD_AFTER = re.compile(r"(?: (?:[A-Z][\w'’]*|\d+|of|the|a|in|on|and|to)){1,5}[,.!?]?['’\"”](?!\w)")


def _opens_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the word at start..end opens a short quotation in title case ("'Midnight Cowboy'")."""
    return bool(_OPENING_QUOTE.search(text, max(0, start - 2), start) and _TITLE_WORD_AFTER.match(text, end))


_QUOTATION = re.compile(r"\"[^\"\n]*\"|“[^“”\n]*”")
_WORD = re.compile(r"[A-Za-z]+")
_MINOR_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs"]
)


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the span, written in words, lies inside a short quotation in title case that says more than the span:
    a title ("How the Grinch Stole Christmas!", "A Charlie Brown Christmas", "Fox News Sunday"), not a scare-quoted
    day ("so-called “Black Friday”") nor a date written in a title ("a “June 30, 2014 Statement of ...”")."""
    if any(c.isdigit() for c in text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    for q in _QUOTATION.finditer(text, line_start, min(len(text), end + 80)):
        if q.end() <= start:
            continue
        if q.start() >= start or q.end() <= end or q.end() - q.start() > 62:
            return False
        inner = text[q.start() + 1 : q.end() - 1].strip(" ,.!?")
        words = _WORD.findall(inner)
        outside = _WORD.findall(text[q.start() + 1 : start] + " " + text[end : q.end() - 1])
        title_case = all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words)
        return bool(outside) and inner[:1].isupper() and len(words) <= 8 and title_case
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at pos opens a sentence (or a quotation, a dateline, a list item)."""
    return R.SENTENCE_OPENING.search(text, max(0, pos - 6), pos) is not None


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the span writes a time word capitalized mid-sentence, as titles and names do ("60 Minutes"), or
    names a TV show ("Today" show)."""
    if R.TV_SHOW_TITLE.match(text, max(0, start - 1)) or R.TV_SHOW_TITLE.match(text, start):
        return True
    if _LINE_START.search(text, max(0, start - 4), start) and text.startswith(":", end):
        return False  # a forecast's label, its line's head: "Saturday Night: Mostly cloudy"
    for m in R.TITLE_CASE_TIME_WORD.finditer(text, start, end):
        if not _opens_sentence(text, m.start()):
            return True
        if _opens_quoted_title(text, m.start(), m.end()):
            return True  # "'Midnight Cowboy' (1969)", "“Tomorrow Never Dies”": a quoted title in title case
    # a season capitalized mid-sentence names something ("the Winter X Games", "Autumn de Wilde", "The Lion in
    # Winter"), unless its year is written with it ("in Fall 2023") or it is told as a time ("in the Fall.")
    season = R.TITLE_CASE_SEASON.search(text, start, end)
    if season and _opens_quoted_title(text, season.start(), season.end()):
        return True  # "“Summer of 85,” chosen for last year's Cannes"
    if not season or _opens_sentence(text, season.start()):
        return False
    if re.search(r"\d{4}", text[start:end]):
        return False
    told_as_time = R.SEASON_TIME_WORD_BEFORE.search(text, max(0, season.start() - 12), season.start())
    title_quote = R.SHORT_QUOTED_TITLE.search(text, max(0, season.start() - 30), season.end())
    return not told_as_time or bool(R.CAPITALIZED_AFTER.match(text, end)) or bool(title_quote)


def tag_times(text: str, dct: datetime | date | str) -> list[TimeExpression]:
    """Every time expression in text, normalized against the document creation time dct; in a live blog or a
    dated log, the entries under each date line (see _log_headings) are read as written on that date."""
    written = _parse_dct(dct)
    found = _tag_block(text, written)
    headings = _log_headings(text) if "\n" in text else []
    if len(headings) < 2:
        return found
    out = [t for t in found if t.start < headings[0].start()]
    day: date | None = None
    for h, end in zip(headings, [*(n.start() for n in headings[1:]), len(text)], strict=True):
        block = [t for t in found if h.start() <= t.start < end]
        day = _heading_day(h, found, day)
        if day is None:
            out += block
            continue
        # "July 24\n\n... killed by a train last week ... died at the scene Friday": that week, that Friday
        out += [
            replace(t, start=t.start + h.start(), end=t.end + h.start()) for t in _tag_block(text[h.start() : end], day)
        ]
    return out


# What dates the entries of a live blog or log: a line that is only a date ("July 24", "Tuesday, July 21, 2020"),
# or only a weekday ("MONDAY ... SUNDAY ... SATURDAY") where the weekdays run back. (Not a paragraph opened by a
# date and a colon: that is mostly a calendar of coming events, "July 26: North Carolina runoffs", whose year the
# line alone does not settle.)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_DATE_HEADING = re.compile(
    r"^[ \t]*(?P<date>(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    + _MONTH_NAME
    + r"\s+\d{1,2}(?:,?[ \t]+(?:19|20)\d\d)?)[ \t]*$",
    re.MULTILINE,
)
_WEEKDAY_HEADING = re.compile(
    r"^[ \t]*(?P<date>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[ \t]*$", re.MULTILINE
)


def _log_headings(text: str) -> list[re.Match[str]]:
    """The date lines of a live blog or log, in order: date lines, and weekday lines when each is the day before
    the one above it (a week's schedule runs forward, and its days are better left to the tense)."""
    weekdays = list(_WEEKDAY_HEADING.finditer(text))
    names = [R.WEEKDAYS[w["date"].lower()] for w in weekdays]
    runs_back = len(weekdays) >= 2 and all((a - b) % 7 == 1 for a, b in itertools.pairwise(names))
    return sorted([*_DATE_HEADING.finditer(text), *(weekdays if runs_back else [])], key=lambda m: m.start())


def _heading_day(h: re.Match[str], found: list[TimeExpression], before: date | None) -> date | None:
    """The day a date line stands for: its tagged value; but a weekday line right after the line of the day after
    it is the day before that one, as a live blog runs back ("MONDAY ... SUNDAY ... SATURDAY")."""
    if h.re is _WEEKDAY_HEADING and before is not None and R.WEEKDAYS[h["date"].lower()] == (before.weekday() - 1) % 7:
        return before - timedelta(1)
    tag = next((t for t in found if t.start == h.start("date")), None)
    return date.fromisoformat(tag.value) if tag and _DAY_LEVEL.fullmatch(tag.value) else None


def _tag_block(text: str, dct: date) -> list[TimeExpression]:
    """Every time expression in text, normalized against dct (see tag_times)."""
    ctx = Ctx(text, dct)
    links = [(u.start(), u.end()) for u in _LINK.finditer(text)] if "/" in text or "www." in text else []
    cands = [
        (m.start(), m.end(), i, m, fn)
        for i, m, fn in _matches(text)
        if not any(a <= m.start() < b for a, b in links)  # "usatoday.com/story/nation-now/2014/12/30/..."
        and not _BLANK_LINE.search(m.group(0))  # "closings in June\n\n10 dark bars": two paragraphs
    ]
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
        if (fn not in _NAMED_DAYS and _in_title(text, start, end)) or _in_quoted_title(text, start, end):
            continue
        if val is not None and typ in ("DATE", "TIME") and not _LINK_LINE.match(text, text.rfind("\n", 0, start) + 1):
            # "Since February 2020, the number fell ..., according to a report released in early October": a
            # time counted from to now lends its year to nothing after it
            names_year = bool(_NAMES_YEAR.search(text, start, end)) and not _SINCE_BEFORE.search(
                text, max(0, start - 8), start
            )
            ctx.note(val, start, names_year=names_year)
        pre = R.PREFIX_MODIFIER.search(text, max(prev_end, start - 24), start)
        if pre and typ in ("DATE", "TIME"):
            start = pre.start()
        if R.POSSESSIVE_END.search(text, start, end) or (
            len(value) == 4 and value.isdigit() and text[end - 2 : end] in ("'s", "’s")
        ):
            end -= 2  # "Friday's", "2020's record"
        if (det := R.MODIFIER_DETERMINER.match(text[start:end])) and re.match(r"\s+\w", text[end : end + 2]):
            start += det.end()
        out.append(TimeExpression(start, end, text[start:end], typ, value, anchor))
        prev_end = end
    dated = _clock_halves(_incident_shifts_dated(ctx, _range_years(text, out)))
    dated = _with_coordinated_days(text, _clock_times_dated(text, _recurring_clocks(text, dated)))
    return _days_after_a_stale_date(
        text, ctx.dct, _quoted_days_dated(ctx, _live_blog_days(text, ctx.dct, _weekday_ranges(ctx, dated)))
    )


# A day the text gives an incident: one mentioned this near a word naming it ("was shot to death last Oct. 23",
# "the Oct. 23 killing").
_INCIDENT_REACH = 60
_INCIDENT_SHIFT = re.compile(R.SHIFT_INCIDENT)
# "was shot to death at 10 p.m.": a clock time in the clause of an incident's verb.
_INCIDENT_VERB_BEFORE = re.compile(rf"(?i)\b(?:{R.alt(list(R.INCIDENT_VERBS))})\b[^,;.]{{0,30}}$")
_CLOCK_ONLY = re.compile(R.CLOCK)
_APPOSITION = re.compile(r",\s*")


def _incident_kinds(words: set[str]) -> set[str]:
    """The kinds of incident (R.INCIDENT_NOUNS) that these words name."""
    return {k for w in words if (k := R.INCIDENT_NOUNS.get(w) or R.INCIDENT_VERBS.get(w))}


def _incident_shifts_dated(ctx: Ctx, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each shift from an incident ("10 days before the shooting", "the day after
    his death") and each clock time in an incident's clause ("was shot to death at 10 p.m.") dated from the
    day the text gives that incident (see _incident_date)."""
    text = ctx.text
    shifts = {i: m for i, t in enumerate(found) if (m := _INCIDENT_SHIFT.match(text, t.start)) and m.end() == t.end}
    clocks = {
        i: verb
        for i, t in enumerate(found)
        if t.type == "TIME"
        and _CLOCK_ONLY.fullmatch(t.text)
        and (verb := _INCIDENT_VERB_BEFORE.search(text, max(0, t.start - 50), t.start))
    }
    if not shifts and not clocks:
        return found
    dated = _dates_with_words_near(ctx, [t for i, t in enumerate(found) if i not in shifts])
    out = list(found)
    for i, m in shifts.items():
        # "the Pelosi attack" is not the January 6 one: a name in the noun phrase (or the subject of the verb,
        # "before Slepian was killed") must be near the day too.
        if m["incident"]:
            word, kind = m["incident"].lower(), R.INCIDENT_NOUNS[m["incident"].lower()]
            named = [w for w in _WORD.findall(m["modifiers"]) if w[0].isupper() and len(w) > 2]
        else:
            word, kind = m["incident_verb"].lower(), R.INCIDENT_VERBS[m["incident_verb"].lower()]
            named = [m["subject"]] if m["subject"][0].isupper() and len(m["subject"]) > 2 else []
        names = frozenset(w.lower() for w in named)
        if i > 0 and _APPOSITION.fullmatch(text, found[i - 1].end, found[i].start):
            out[i] = replace(found[i], type=found[i - 1].type, value=found[i - 1].value)  # "Friday, the day before"
        elif incident := _incident_date(ctx, dated, kind, word, m.start(), names, days_only=not m["vague"]):
            if not _DAY_LEVEL.fullmatch(incident.value[:10]):
                value: str | None = incident.value  # "in the days before the slaying" of "last fall"
            elif m["vague"]:
                value = timex_relative.vague_shift_value(m, date.fromisoformat(incident.value[:10]))
            else:
                shifted = timex_relative.shifted_day(m, date.fromisoformat(incident.value[:10]))
                value = shifted.isoformat() if shifted else None
            out[i] = replace(found[i], type="DATE", value=value) if value else found[i]
    for i, verb in clocks.items():
        t = found[i]
        s, e = ctx.sentence(t.start)
        alone = not any(u is not t and s <= u.start < e for u in found)
        word = verb[0].split()[0].lower()
        if alone and (incident := _incident_date(ctx, dated, R.INCIDENT_VERBS[word], word, t.start)):
            out[i] = replace(t, value=incident.value[:10] + t.value[10:])
    return out


def _dates_with_words_near(ctx: Ctx, found: list[TimeExpression]) -> list[tuple[TimeExpression, set[str]]]:
    """The past single days, months and seasons among the found expressions, each with the words of its
    sentence near it, less those naming an incident of another day (_NOT_ITS_DAY)."""
    dated = []
    for t in found:
        if t.type == "DATE" and _PERIOD_LEVEL.fullmatch(t.value) and t.value[:10] <= ctx.dct.isoformat():
            s, e = ctx.sentence(t.start)
            near = _NOT_ITS_DAY.sub(" ", ctx.text[max(s, t.start - _INCIDENT_REACH) : min(e, t.end + _INCIDENT_REACH)])
            dated.append((t, {w.lower() for w in _WORD.findall(near)}))
    return dated


def _incident_date(
    ctx: Ctx,
    dated: list[tuple[TimeExpression, set[str]]],
    kind: str,
    word: str,
    pos: int,
    names: frozenset[str] = frozenset(),
    days_only: bool = True,
) -> TimeExpression | None:
    """The date the text gives an incident of this kind: a past day (or month or season) mentioned near a word
    for that kind, outside the sentence at pos (which dates something else relative to it) and near the names
    given; one named with the same word first, then one told before ("the shooting" points back), then the
    nearest."""
    here = ctx.sentence(pos)
    named = [
        (word in words, t.start < pos, -abs(t.start - pos), t)
        for t, words in dated
        if kind in _incident_kinds(words)
        and ctx.sentence(t.start) != here
        and names <= words
        and (not days_only or _DAY_LEVEL.fullmatch(t.value[:10]))
    ]
    return max(named, key=lambda c: c[:3])[3] if named else None


# "2 a.m. on the second Sunday of March", "10 a.m. (0735 GMT) Friday", "at 6 a.m. near Slepian's home 10 days
# before the murder": what joins a clock time to its date.
_CLOCK_TO_DATE = re.compile(
    r"(?: ?[A-Z]{2,4}T?| local time)?(?:\s*\([^()]{1,20}\))?"
    r"(?:\s+(?:near|outside|inside|in|at|behind)(?:\s+(?!(?:and|or|but|when|while|as|that)\b)[\w'’.-]+){1,3})?"
    r",?\s+(?:on\s+)?$"
)
_OWN_CLOCK_AFTER = re.compile(R.OWN_CLOCK_AFTER)
_HEADS_DATED_ENTRY = re.compile(r"[^\S\n]*\n\s*[^\n]*:")  # from the clock's end to the colon after the date
_LABELLED_LINE = re.compile(r"[^\n:]{1,40}:\s")  # "March 17: Sage Cafe ...", "Best time: Before 6 a.m."
_DAY_LEVEL = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
_PERIOD_LEVEL = re.compile(r"\d{4}-(?:\d\d-\d\d(?:T.*)?|\d\d|SP|SU|FA|WI)")
# An incident named near a day that is not its day: "was charged Thursday ... with murder", "closed Wednesday to
# mark one year since the massacre", "Friday, two days after the shooting".
_NOT_ITS_DAY = re.compile(
    r"(?i)(?:\b(?:charged|charges|accused|convicted|guilty|indicted|suspected|suspect)\b[^.;]{0,50}?\b(?:with|of)|"
    r"\b(?:since|before|after|anniversary of))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{R.alt(list(R.INCIDENT_NOUNS))})\b"
)
_RESTATED = re.compile(r"(?:\s*[A-Z]{2,4})?\s*\(")  # "9:33 a.m. EDT (8:33 a.m. CDT)"
# "between noon and 3 p.m. Sept. 13, 1984", "from 9 a.m. to 3 p.m. Friday": a clock time opening a range of hours.
_CLOCK_RANGE = re.compile(r"\s*(?:to|and|until|till|through|-|–)\s*")
_BARE_CLOCK = re.compile(R.CLOCK + r"|(?i:noon|midnight|midday)")
_WEEKLY_CLOCK = re.compile(r"XXXX-WXX-\dT\d\d:\d\d")
_NAMES_DAY = re.compile(rf"(?i)\b(?:{R.alt(list(R.WEEKDAYS))})\b")


def _on_day(t: TimeExpression, day: str) -> TimeExpression:
    """A clock time moved onto day (an ISO date, or a weekly "XXXX-WXX-3"), its hour kept."""
    return replace(t, value=day + t.value[t.value.index("T") :])


def _zone_day_shift(t: TimeExpression, restated: TimeExpression) -> int:
    """Days from t's day to the day of the same moment restated in another zone: -1 when the restated hour is more
    than 12 hours later ("2:58 a.m. UT (9:58 p.m. ET)"), 1 when more than 12 hours earlier, else 0."""
    hours = int(restated.value[11:13]) - int(t.value[11:13])
    return -1 if hours > 12 else 1 if hours < -12 else 0


def _names_day_in_parens(text: str, pos: int) -> bool:
    """Whether a weekday is named between pos and the closing parenthesis after it ("(4:30 a.m. ET Monday)")."""
    close = text.find(")", pos)
    return _NAMES_DAY.search(text, pos, close if close >= 0 else len(text)) is not None


def _clock_times_dated(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each clock time written right before a date moved onto that date, each one
    restated in parentheses with its day ("at 4 in the morning (4 a.m. EDT Thursday)") onto that day, and each
    one opening a range of hours onto the day of the range's end ("between noon and 3 p.m. Sept. 13, 1984")."""
    out = list(found)
    for i, (t, nxt) in enumerate(itertools.pairwise(found)):
        opens_range = t.type == "TIME" and "T" in t.value and _BARE_CLOCK.fullmatch(t.text) is not None
        opens_range = opens_range and _CLOCK_RANGE.fullmatch(text, t.end, nxt.start) is not None
        if opens_range and nxt.type == "SET" and _WEEKLY_CLOCK.fullmatch(nxt.value):
            weekly = nxt.value[: nxt.value.index("T")]  # "from 10 a.m. to 4 p.m. Wednesdays": every Wednesday
            out[i] = replace(_on_day(t, weekly), type="SET")
            continue
        if t.type != "TIME" or "T" not in t.value or not _DAY_LEVEL.fullmatch(nxt.value[:10]):
            continue
        in_parens = nxt.type == "TIME" and _RESTATED.fullmatch(text, t.end, nxt.start)
        # a clock restated with a day of its own dates t; one that names none takes t's ("2:58 a.m. UT (9:58 p.m. ET)")
        restated = in_parens and (
            nxt.value[:10] != t.value[:10] or not _BARE_CLOCK.fullmatch(nxt.text) or _names_day_in_parens(text, nxt.end)
        )
        # the range's end names its day ("3 p.m. Friday"), not only its hour
        dated_end = opens_range and nxt.type == "TIME" and "T" in nxt.value and not _BARE_CLOCK.fullmatch(nxt.text)
        # (not a clock time with its own weekday before another weekday: "at 10:59 p.m. on Monday, Wednesday and
        # Saturday"; but "7:30 p.m. Thursday, Aug. 9" is Aug. 9)
        listed = _NAMES_DAY.search(t.text) and _NAMES_DAY.fullmatch(nxt.text)
        # a day's part is a day too: "back at work at 5:30 the next morning"
        a_day = nxt.type == "DATE" or _DAY_PART.fullmatch(nxt.value) is not None
        to_date = a_day and _CLOCK_TO_DATE.fullmatch(text, t.end, nxt.start) and not listed
        if to_date and "\n" in text[t.end : nxt.start]:
            # not across lines ("Wednesday: Before noon or after 7:00 p.m.\n\nThursday: ..."), but a live blog's
            # headline takes the date of the entry it heads ("Ducey to hold press conference at 2 p.m.\n\nApril 7:")
            to_date = _HEADS_DATED_ENTRY.fullmatch(text, t.end, nxt.end + 1) and not _LABELLED_LINE.match(
                text, text.rfind("\n", 0, t.start) + 1
            )
        if (to_date and not _OWN_CLOCK_AFTER.match(text, nxt.end)) or restated or dated_end:
            day = nxt.value[:10]
            if dated_end and nxt.value[10:] < t.value[10:]:  # "from 10 p.m. to 1 a.m. Saturday": from Friday
                day = (date.fromisoformat(day) - timedelta(1)).isoformat()
            if restated:  # "11:30 p.m. HST (4:30 a.m. ET Monday)": Sunday in Hawaii
                day = (date.fromisoformat(day) - timedelta(_zone_day_shift(t, nxt))).isoformat()
            out[i] = _on_day(t, day)
        elif in_parens and "T" in nxt.value:
            # "At 2:58 a.m. UT (9:58 p.m. ET)": the same moment, told in a zone where the day is the one before
            if shift := _zone_day_shift(t, nxt):
                out[i + 1] = _on_day(nxt, (date.fromisoformat(t.value[:10]) + timedelta(shift)).isoformat())
        elif (
            opens_range
            and nxt.type == "TIME"
            and _BARE_CLOCK.fullmatch(nxt.text)
            and nxt.value < t.value
            and not t.value.endswith("T24:00")  # "between midnight and 5 a.m." is one night's hours
        ):
            # "a block party from 10 p.m. to 1 a.m.": a range of hours that ends past midnight ends the next day
            out[i + 1] = _on_day(nxt, (date.fromisoformat(t.value[:10]) + timedelta(1)).isoformat())
    for i in range(len(found) - 2):
        # "11 a.m. to 12:30 p.m., Wednesday": a range of hours whose end is dated by the day after it starts that
        # day too
        t, end, day = found[i], found[i + 1], found[i + 2]
        in_range = _BARE_CLOCK.fullmatch(t.text) and _BARE_CLOCK.fullmatch(end.text) and t.value[10:] <= end.value[10:]
        if (
            in_range
            and t.type == end.type == "TIME"
            and day.type == "DATE"
            and _DAY_LEVEL.fullmatch(day.value)
            and _CLOCK_RANGE.fullmatch(text, t.end, end.start)
            and _CLOCK_TO_DATE.fullmatch(text, end.end, day.start)
        ):
            out[i] = _on_day(t, day.value)
    return out


# "each Thursday at 6 p.m.", "at 7 p.m. daily", "Sundays from 10 a.m. to noon", "every other Wednesday in Room 119
# at 2:30 p.m.": a clock time told with a recurrence recurs with it; it is no hour of the article's day.
_SET_THEN_CLOCK = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3})?"  # "in Room 119"
    r"(?i:,?\s+(?:at|from|starting at|beginning at)\s+|,\s*)"
    r"(?i:\d{1,2}(?::\d\d)?\s*(?:to|until|-|–)\s*)?"  # "from 6 to 8 p.m.", ", 6-8 p.m."
)
_CLOCK_THEN_SET = re.compile(r"(?: ?[A-Z]{2,4}T?| local time)?,?\s+(?:on\s+)?")
_WEEKLY = re.compile(r"XXXX-WXX-\d")
_NAMES_OWN_DAY = re.compile(r"[A-Z][a-z]")


def _recurring_clocks(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each clock time told right after or right before a recurrence ("each Thursday
    at 6 p.m.", "at 7 p.m. daily"), and the other end of its range of hours, made recurring: weekly
    ("XXXX-WXX-4T18:00") with a weekday's set, any day's ("XXXX-XX-XXT19:00") with another."""
    out = list(found)
    for i, t in enumerate(found):
        if not _is_bare_clock(t):
            continue
        prev, nxt = found[i - 1] if i else None, found[i + 1] if i + 1 < len(found) else None
        if prev and prev.type == "SET" and _SET_THEN_CLOCK.fullmatch(text, prev.end, t.start):
            recurrence, hours = prev, _with_range_end(text, found, i, i + 1)  # "Sundays from 10 a.m. to noon"
        elif nxt and nxt.type == "SET" and _CLOCK_THEN_SET.fullmatch(text, t.end, nxt.start):
            recurrence, hours = nxt, _with_range_end(text, found, i, i - 1)  # "from 2 p.m. to midnight daily"
        else:
            continue
        for k in hours:
            clock = _CLOCK_VALUE.search(found[k].value)
            if _WEEKLY.match(recurrence.value):
                out[k] = replace(found[k], type="SET", value=recurrence.value[:10] + clock[1])
            else:
                out[k] = replace(found[k], value="XXXX-XX-XX" + clock[1])
    return out


def _is_bare_clock(t: TimeExpression) -> bool:
    """Whether t is a clock time dated only by the article ("6 p.m.", "11 p.m. ET"), not one that names its own
    day ("1 a.m. Sunday")."""
    return t.type == "TIME" and _CLOCK_VALUE.search(t.value) is not None and not _NAMES_OWN_DAY.search(t.text)


def _with_range_end(text: str, found: list[TimeExpression], i: int, j: int) -> list[int]:
    """[i], and j too when the clock time there makes a range of hours with the one at i ("from 6 p.m. to 8 p.m.")."""
    if 0 <= j < len(found) and _is_bare_clock(found[j]):
        a, b = sorted((i, j))
        if _CLOCK_RANGE.fullmatch(text, found[a].end, found[b].start):
            return [i, j]
    return [i]


# "at 3:06", a clock time without a.m. or p.m., told just after "a text at 3:10 p.m.": the same afternoon.
_BARE_HOUR_MINUTE = re.compile(r"(?:[1-9]|1[01]):[0-5]\d")
_CLOCK_HOUR = re.compile(r"T(\d\d):(\d\d)$")


def _clock_halves(found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each bare morning-looking clock time moved to the afternoon or evening when
    the clock time told just before it (within 300 characters) is one within three hours of that."""
    out = list(found)
    for i, t in enumerate(found):
        clock = _CLOCK_HOUR.search(t.value)
        if i == 0 or t.type != "TIME" or clock is None or not _BARE_HOUR_MINUTE.fullmatch(t.text):
            continue
        prev = next((p for p in reversed(found[:i]) if p.type == "TIME" and _CLOCK_HOUR.search(p.value)), None)
        if prev is None or t.start - prev.end > 300:
            continue
        prev_hour, later = int(_CLOCK_HOUR.search(prev.value)[1]), int(clock[1]) + 12
        if prev_hour >= 13 and abs(later - prev_hour) <= 3:
            out[i] = replace(t, value=f"{prev.value[: prev.value.index('T')]}T{later:02d}:{clock[2]}")
    return out


# "from July 8 through July 24, 1780", "between June 1 and June 30, 2020": the first date takes the year written
# with the second.
_DATE_RANGE_JOIN = re.compile(r",?\s*(?:through|thru|to|until|till|and|or|-|–)\s*")
_WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d$")


def _range_years(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each day written without its year before a day written with one, in a range
    or a pair, dated in that year (the year before if its month and day come later)."""
    out = list(found)
    for i, (t, nxt) in enumerate(itertools.pairwise(found)):
        if not (_DAY_LEVEL.fullmatch(t.value) and _DAY_LEVEL.fullmatch(nxt.value) and t.type == nxt.type == "DATE"):
            continue
        if _WRITTEN_YEAR.search(t.text) or not _WRITTEN_YEAR.search(nxt.text):
            continue
        if not _DATE_RANGE_JOIN.fullmatch(text, t.end, nxt.start):
            continue
        year = int(nxt.value[:4]) - (t.value[5:] > nxt.value[5:])
        out[i] = replace(t, value=f"{year}{t.value[4:]}")
    return out


# "April 24 and 25", "March 16-17": a second day number that shares the month of the date before it; and
# "20 to 22 April", "between 1 and 14 March": a first one that shares the month of the date after it.
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DAY_AFTER = re.compile(
    r"\s*(?:-|–|and|or|to|through|until)\s*" + _DAY + r"(?![\d.,:%]\d|\w|\s*(?:%|percent|[ap]\.?m\b))"
)
_DAY_BEFORE = re.compile(r"(?<![\d.,$])\b" + _DAY + r"\s*(?:-|–|and|or|to)\s*$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-(\d\d)")


def _opens_with_day(t: TimeExpression, day: int) -> bool:
    """Whether t's text starts with its day number ("22 April")."""
    return (m := re.match(r"\d{1,2}", t.text)) is not None and int(m[0]) == day


def _ends_with_day(t: TimeExpression, day: int) -> bool:
    """Whether t's text ends with its day number ("April 24"), not with a year."""
    return (m := re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?$", t.text)) is not None and int(m[1]) == day


def _same_month(date_found: TimeExpression, day: re.Match[str]) -> TimeExpression:
    """The bare day number matched as day, dated in the month of date_found."""
    value = f"{date_found.value[:8]}{int(day['day']):02d}"
    return TimeExpression(day.start("day"), day.end("day"), day["day"], "DATE", value, date_found.anchor)


def _with_coordinated_days(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions plus the bare day numbers coordinated with one of their dates."""
    out: list[TimeExpression] = []
    for i, t in enumerate(found):
        day = _DAY_VALUE.fullmatch(t.value)
        if day is None or t.type != "DATE":
            out.append(t)
            continue
        prev_end = out[-1].end if out else 0
        first = int(day[1])
        before = _DAY_BEFORE.search(text, max(prev_end, t.start - 12), t.start) if _opens_with_day(t, first) else None
        if before and int(before["day"]) < first:
            out.append(_same_month(t, before))
        out.append(t)
        next_start = found[i + 1].start if i + 1 < len(found) else len(text)
        after = _DAY_AFTER.match(text, t.end, next_start) if _ends_with_day(t, first) else None
        if after and int(after["day"]) > first:
            if year := _YEAR_AFTER_RANGE.match(text, after.end()):  # "May 1-3, 1866": the range's year
                with contextlib.suppress(ValueError):
                    out[-1] = replace(t, value=date(int(year[1]), int(t.value[5:7]), first).isoformat())
            out.append(_same_month(out[-1], after))
    return out


_YEAR_AFTER_RANGE = re.compile(r",\s*((?:1[6-9]|20)\d\d)\b")


# "Wednesday through Sunday": a range of weekdays runs forward ("Friday and Thursday" lists need not); "open ...
# Wednesday through Sunday" is a weekly schedule.
_RANGE_JOIN = re.compile(r"\s*(?:through|thru|to|until|-|–)\s*")
_WEEKDAY_IN = re.compile(
    rf"(?i)^(?:\d.*\s)?(?:early |late )?(?P<wd>{R.alt(list(R.WEEKDAYS))})(?:\s+(?:{R.alt(list(R.PARTS_OF_DAY))}))?$"
)
_SCHEDULE = re.compile(r"(?i)\b(?:open|opens|closed|closes|hours(?!\s+(?:of|a|per)\b))\b")  # not "five hours of work"
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)$")


def _weekday_ranges(ctx: Ctx, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each range of weekdays ordered (its end falls on or after its start) and, where
    the sentence tells opening hours, its ends (and the clock time that opens the range of hours) made weekly
    sets: "open from 8 a.m. to 4 p.m. Wednesday through Sunday"."""
    text, out = ctx.text, list(found)
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        start_day, end_day = _WEEKDAY_IN.match(first.text), _WEEKDAY_IN.match(last.text)
        if not (start_day and end_day and _RANGE_JOIN.fullmatch(text, first.end, last.start)):
            continue
        if not (_DAY_LEVEL.match(first.value) and _DAY_LEVEL.match(last.value)):  # dated days, not sets
            continue
        span = (R.WEEKDAYS[end_day["wd"].lower()] - R.WEEKDAYS[start_day["wd"].lower()]) % 7
        # "Monday-Friday from 9 a.m. to 5 p.m.": hours after a range of three days or more (not a tournament's
        # "Thursday-Friday, 7 a.m. to noon" on television)
        weekly_hours = span >= 2 and (_hours_follow(text, out, i + 2) or _hours_precede(text, out, i))
        schedule = _SCHEDULE.search(text, ctx.sentence(first.start)[0], first.start) or weekly_hours
        if schedule and ctx.tense(first.start, first.end) != "past":  # not "the road was closed Monday to Friday"
            for j, t, named in ((i, first, start_day), (i + 1, last, end_day)):
                weekday = R.WEEKDAYS[named["wd"].lower()]
                clock = _CLOCK_VALUE.search(t.value)
                out[j] = replace(t, type="SET", value=f"XXXX-WXX-{weekday + 1}" + (clock[1] if clock else ""))
            opening = out[i - 1] if i > 0 else None  # "from 8 a.m." of any such day
            clock = _CLOCK_VALUE.search(opening.value) if opening else None
            if opening and clock and _RANGE_JOIN.fullmatch(text, opening.end, first.start):
                out[i - 1] = replace(opening, value="XXXX-XX-XX" + clock[1])
            _more_hours(ctx, out, i + 2)
            continue
        begins = date.fromisoformat(first.value[:10])
        ends = begins + timedelta((R.WEEKDAYS[end_day["wd"].lower()] - begins.weekday()) % 7)
        if last.value[:10] != ends.isoformat():
            out[i + 1] = replace(last, value=ends.isoformat() + last.value[10:])
    return out


_FROM_JOIN = re.compile(r"(?i),?\s*(?:from\s+)?")


def _hours_follow(text: str, found: list[TimeExpression], k: int) -> bool:
    """Whether a range of clock times follows a range of weekdays ending at found[k - 1]: "Monday-Friday from 9 a.m.
    to 5 p.m." tells the hours of every such week."""
    if k + 1 >= len(found) or found[k].type != "TIME" or found[k + 1].type != "TIME":
        return False
    joined = _FROM_JOIN.fullmatch(text, found[k - 1].end, found[k].start)
    return bool(joined and _RANGE_JOIN.fullmatch(text, found[k].end, found[k + 1].start))


def _hours_precede(text: str, found: list[TimeExpression], i: int) -> bool:
    """Whether a range of clock times ends on the range of weekdays opening at found[i]: "from 8 a.m. to 5 p.m.
    Monday through Friday", where the tagger reads "5 p.m. Monday" as one expression."""
    if i == 0 or found[i - 1].type != "TIME" or not re.match(r"\d|noon|midnight", found[i].text, re.IGNORECASE):
        return False
    return bool(_RANGE_JOIN.fullmatch(text, found[i - 1].end, found[i].start))


_HOURS_JOIN = re.compile(r"(?i)[\s,;]*(?:(?:and|from|to|through|until)\s+|[-–]\s*)?")


def _more_hours(ctx: Ctx, out: list[TimeExpression], k: int) -> None:
    """Make weekly the hours that go on after a weekly range of opening hours, in place: "open from 9 a.m. to 5 p.m.
    Monday-Saturday and noon to 5 p.m. Sunday"."""
    sentence_end = ctx.sentence(out[k - 1].start)[1]
    while (
        k < len(out) and out[k].start < sentence_end and _HOURS_JOIN.fullmatch(ctx.text, out[k - 1].end, out[k].start)
    ):
        t, named = out[k], _WEEKDAY_IN.match(out[k].text)
        clock = _CLOCK_VALUE.search(t.value)
        if named and _DAY_LEVEL.match(t.value):
            weekday = R.WEEKDAYS[named["wd"].lower()]
            out[k] = replace(t, type="SET", value=f"XXXX-WXX-{weekday + 1}" + (clock[1] if clock else ""))
        elif clock and t.type == "TIME":
            out[k] = replace(t, value="XXXX-XX-XX" + clock[1])
        else:
            return
        k += 1


# A live blog: a line that is only a date heads the entries that follow, each opening with its clock time
# ("Sunday, April 12\n\n4:16 PM: Doña Ana County records first death").
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _live_blog_days(text: str, dct: date, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each clock time that opens a line dated by the date heading above it, or, in a
    log of clock headings with no date line above them, by the day of the log (see _log_clocks_dated)."""
    out, heading, unheaded = list(found), None, []
    for i, t in enumerate(found):
        at_line_start = _LINE_START.search(text, max(0, t.start - 8), t.start) is not None
        if t.type == "DATE" and _DAY_LEVEL.fullmatch(t.value) and at_line_start and _LINE_END.match(text, t.end):
            heading = t.value
        elif t.type == "TIME" and at_line_start and "T" in t.value and _CLOCK_ONLY.match(t.text):
            if heading is None:
                unheaded.append(i)
            elif _CLOCK_ONLY.fullmatch(t.text):
                out[i] = replace(t, value=heading + t.value[t.value.index("T") :])
    return _log_clocks_dated(text, dct, out, unheaded)


# "12:59 a.m. ET Wednesday": the day an entry of a live blog names.
_LOG_ENTRY_WEEKDAY = re.compile(
    rf"(?:\s*[A-Z]{{2,4}}\b)?,?\s+(?:on\s+)?(?P<wd>{R.alt([w.title() for w in R.WEEKDAYS])})\b"
)
_LOG_DAY_TURN = 180  # minutes an hour may rise down a live blog, entries out of order, before a day turns


def _log_clocks_dated(text: str, dct: date, found: list[TimeExpression], heads: list[int]) -> list[TimeExpression]:
    """The found expressions with the clock times opening lines at heads (indexes in found) dated as a live blog's
    entries, when their hours run back down the page ("9:33 p.m. Search and rescue teams stand down ... 11:43
    a.m. Displaced Germantown residents ..."), not from the day the entry before last named: the log's day (dct)
    at the foot, one day later above each turn of the day ("1 a.m." over "11:55 p.m.", "11 a.m." over "11:45
    p.m.") and the nearest day of its name at an entry that names one ("12:50 a.m. ET Thursday"). A list whose hours
    run forward is a timeline of some other day, and left as it was."""
    minutes = [
        int(v[(i := v.index("T")) + 1 : i + 3]) * 60 + int(v[i + 4 : i + 6]) for v in (found[k].value for k in heads)
    ]
    back = sum(a > b for a, b in itertools.pairwise(minutes))
    if len(heads) < 3 or back < 2 * sum(a < b for a, b in itertools.pairwise(minutes)):
        return found
    out, day = list(found), dct
    for k in range(len(heads) - 1, -1, -1):
        if k + 1 < len(heads) and minutes[k] < minutes[k + 1] - _LOG_DAY_TURN:
            day += timedelta(1)
        t = found[heads[k]]
        if named := _LOG_ENTRY_WEEKDAY.match(text, t.start + _CLOCK_ONLY.match(t.text).end()):
            day += timedelta((R.WEEKDAYS[named["wd"].lower()] - day.weekday() + 3) % 7 - 3)
        if _CLOCK_ONLY.fullmatch(t.text) or (named and _DAY_LEVEL.match(t.value)):
            out[heads[k]] = _on_day(t, day.isoformat())
    return out


# A weekday's name alone, with at most a part of the day or a clock time: "Sunday", "early Wednesday morning".
_NAMED_WEEKDAY = re.compile(
    rf"(?i)(?:(?:early|late)\s+)?(?:{R.CLOCK}\s+(?:on\s+)?)?(?P<wd>{R.alt(list(R.WEEKDAYS))})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)


# The items of a round-up, each opened by its place: "Juneau: The city will receive ...".
_ROUND_UP_ITEM = re.compile(r"(?m)^[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2}: ")


def _days_after_a_stale_date(text: str, dct: date, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each weekday dated six days before the DCT moved to the day after it, when the
    text also names the DCT's own weekday: the story was written on the DCT and updated the next day ("The chaos of
    Saturday turned into shock and grief across the country on Sunday", its URL dated that Saturday), which a
    story that names its own day and the same weekday of the week before hardly ever is. (A round-up of the week's
    local news, "50 states" style, names both.)"""
    named = [(t, m) for t in found if (m := _NAMED_WEEKDAY.fullmatch(t.text)) and _DAY_LEVEL.match(t.value)]
    today, week_before = dct.isoformat(), (dct - timedelta(6)).isoformat()
    moved = {id(t) for t, _m in named if t.value[:10] == week_before}
    names_today = any(t.value[:10] == today and R.WEEKDAYS[m["wd"].lower()] == dct.weekday() for t, m in named)
    if not moved or not names_today or len(_ROUND_UP_ITEM.findall(text)) >= 15:
        return found
    # a bare clock time dated from a moved weekday moves with it ("on Wednesday morning ... shortly after midnight")
    last_day: TimeExpression | None = None
    for t in found:
        if _BARE_CLOCK.fullmatch(t.text) and last_day is not None and id(last_day) in moved:
            if t.value[:10] == week_before:
                moved.add(id(t))
        elif _DAY_LEVEL.match(t.value):
            last_day = t
    day_after = (dct + timedelta(1)).isoformat()
    return [replace(t, value=day_after + t.value[10:]) if id(t) in moved else t for t in found]


# "Ford said Monday. “Today’s announcement ...”": a day told from "today" in a quotation opened right after a dated
# saying counts from the day of the saying, not from the DCT.
_SAYING_DAY_WORDS = frozenset(
    {"today", "tonight", "this morning", "this afternoon", "this evening", "yesterday", "tomorrow", "last night"}
)
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|announced|wrote|added|tweeted|posted|stated|spoke|speaks|testified)\b[^.!?“”\"]{0,50}$"
)
_BEFORE_QUOTE = re.compile(r"\W{0,3}")  # ". “", ", “", ": “"


def _quoted_days_dated(ctx: Ctx, found: list[TimeExpression]) -> list[TimeExpression]:
    """The found expressions with each "today" ("tonight", "yesterday", ...) of a quotation counted from the day of
    the saying that opens it ("Polis said at a news conference Friday. “... we're able to announce today ...”")."""
    text, out = ctx.text, list(found)
    for i, t in enumerate(found):
        if t.text.lower() not in _SAYING_DAY_WORDS or not _DAY_LEVEL.match(t.value):
            continue
        paragraph = text.rfind("\n", 0, t.start) + 1
        quote = max(text.rfind("“", paragraph, t.start), text.rfind('"', paragraph, t.start))
        if quote < 0 or "”" in text[quote : t.start]:
            continue
        if text[quote] == '"' and text.count('"', paragraph, t.start) % 2 == 0:
            continue  # the straight quote before closes a quotation
        said = [s for s in found[:i] if s.end <= quote][-1:]
        if not said or not _DAY_LEVEL.match(said[0].value) or date.fromisoformat(said[0].value[:10]) >= ctx.dct:
            continue
        if _BEFORE_QUOTE.fullmatch(text, said[0].end, quote) and _SAID_BEFORE.search(
            text, max(0, said[0].start - 70), said[0].start
        ):
            day = date.fromisoformat(t.value[:10]) + (date.fromisoformat(said[0].value[:10]) - ctx.dct)
            out[i] = replace(t, value=day.isoformat() + t.value[10:])
    return out
