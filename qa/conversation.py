"""Follow-up questions: the retrieval query formed from a question and the turns before it.

"And when did they plan to meet?" retrieves nothing useful alone; "when did Araghchi and Witkoff plan to
meet?" does. Personal pronouns are replaced by the people the previous turns were about, and a question
with no names of its own is given the previous subject. Pure text rules: no model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_CONTEXT_ENTITIES = 3
SHORT_QUESTION_WORDS = 3  # "When?", "Where exactly?": too short to stand alone
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_SINGULAR = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_POSSESSIVE = {"their", "theirs", "his", "her", "hers"}
# Words that point back at the previous answer without naming anything.
_DEICTIC = {"it", "its", "this", "that", "these", "those", "there", "then"}
_CONNECTIVES = ("and", "but", "so", "also", "then", "what about", "how about", "and what about")
# Capitalised words that open sentences or name times, never the people or places a follow-up means.
_NOT_NAMES = _words(
    """a an the and but or so if in on at of for to by from with as after before during since until
    according while when where who whom what which why how this that these those there it its he she they we
    i you his her their our my your also however meanwhile both one two
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december"""
)
# Titles in front of a name: "Iranian Foreign Minister Abbas Araghchi" is "Abbas Araghchi".
_TITLES = _words(
    """president minister envoy secretary spokesperson spokesman spokeswoman ambassador senator governor
    general chancellor king queen prince leader chief director adviser advisor official premier mayor
    commander representative rep sen gov dr mr mrs ms"""
)
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_MARKER = re.compile(r"\[\d+\]")
_QUESTION_WORDS = _words("who whom what when where why how which whose did do does is are was were")


@dataclass(frozen=True)
class Turn:
    """One earlier exchange: what was asked, the query retrieval used, and the answer text."""

    question: str
    answer: str = ""
    query: str = ""


@dataclass(frozen=True)
class Name:
    """A name found in text, keyed by its last word so that "Araghchi" is the same as "Abbas Araghchi"."""

    text: str  # "Abbas Araghchi"
    key: str  # "araghchi": later mentions by surname count for the same person
    person: bool  # had a title or a first name: a candidate for he/she/they


def retrieval_query(question: str, previous: Sequence[Turn] = ()) -> str:
    """The query to retrieve with: `question` itself, or, for a follow-up, the question with its context.

    Args:
        question: the question as the user typed it.
        previous: earlier turns of this conversation, oldest first.
    Returns:
        The question unchanged when it stands alone (or there is no earlier turn); else the question with
        personal pronouns replaced by the people of the previous turns, or with their names and subject added.
    """
    question = " ".join(question.split())
    if not previous or not question:
        return question
    words = [w.lower() for w in re.findall(r"[A-Za-z’']+", question)]
    pronouns = [w for w in words if w in _PLURAL | _SINGULAR]
    own_names = names(question)
    stripped = _strip_connective(question)
    short = len(words) <= SHORT_QUESTION_WORDS and not own_names
    follows = bool(pronouns) or stripped != question or short or any(w in _DEICTIC for w in words)
    if not follows:
        return question
    ranked = context_names(previous)
    people = [n for n in ranked if n.person] or ranked
    if pronouns and people:
        rewritten = _replace_pronouns(stripped, people)
        if rewritten != stripped:
            return rewritten
    # A question that names its own subject ("What about Baqaei?") keeps it; the others get the previous names.
    extra = [] if own_names else [n.text for n in ranked][:MAX_CONTEXT_ENTITIES]
    said = _lower(question) | _lower(" ".join(extra))
    subject = [w for w in _content_words(previous[-1].query or previous[-1].question) if w not in said]
    addition = " ".join(dict.fromkeys([*extra, *subject]))
    return f"{stripped} {addition}".strip() if addition else stripped


def names(text: str) -> list[Name]:
    """Runs of capitalised words that name someone or something, in order, titles and sentence openers removed."""
    text = _MARKER.sub(" ", text)
    found: list[Name] = []
    run: list[str] = []
    opening = True  # at the start of a sentence, where any word is capitalised
    for token in re.split(r"(\s+|[,;:!?()\"“”]|\.\s)", text):
        word = (token or "").strip()
        if not word:
            continue
        starts_sentence, opening = opening, word in {".", "!", "?"}
        capitalised = _WORD.fullmatch(word) is not None and word[0].isupper()
        lower = word.lower().rstrip(".")
        if capitalised and (lower in _NOT_NAMES or (starts_sentence and lower.endswith(("ing", "ed", "ly")))):
            if not run:
                continue  # a sentence opener like "According" or "Citing": a name may follow
            capitalised = False
        if capitalised:
            run.append(_clean(word))
            if word.endswith(("’s", "'s")):  # "Iran’s Foreign Ministry" is two names
                _close(run, found)
                run = []
            continue
        _close(run, found)
        run = []
    _close(run, found)
    return found


def context_names(previous: Sequence[Turn]) -> list[Name]:
    """The names of the previous turns, most talked-about first (the latest turn and the questions count double)."""
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    best: dict[str, Name] = {}
    position = 0
    for age, turn in enumerate(reversed(previous[-3:])):
        recency = 2.0 if age == 0 else 1.0
        for text, weight in ((turn.question, 2.0), (turn.answer, 1.0)):
            for name in names(text):
                score[name.key] = score.get(name.key, 0.0) + recency * weight + (0.5 if name.person else 0.0)
                first.setdefault(name.key, position)
                position += 1
                known = best.get(name.key)
                if known is None or len(name.text) > len(known.text) or (name.person and not known.person):
                    best[name.key] = Name(name.text, name.key, name.person or (known.person if known else False))
    return [best[k] for k in sorted(score, key=lambda k: (-score[k], first[k]))]


def _close(run: list[str], found: list[Name]) -> None:
    if not run:
        return
    titled = [i for i, w in enumerate(run) if w.lower().rstrip(".") in _TITLES]
    words = run[titled[-1] + 1 :] if titled and titled[-1] + 1 < len(run) else run
    if titled and titled[-1] + 1 >= len(run):
        return  # a bare title ("the President") names no one we can carry over
    person = bool(titled) or len(words) == 2
    found.append(Name(" ".join(words), words[-1].lower(), person))


def _clean(word: str) -> str:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip(".")


def _replace_pronouns(question: str, people: list[Name]) -> str:
    surnames = [p.text.split()[-1] for p in people]
    plural = " and ".join(surnames[:2])
    singular = surnames[0]

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in _PLURAL:
            text = plural
        elif lower in _SINGULAR:
            text = singular
        else:
            return word
        return f"{text}’s" if lower in _POSSESSIVE else text

    return re.sub(r"\b[A-Za-z]+\b", swap, question)


def _strip_connective(question: str) -> str:
    lower = question.lower()
    for connective in sorted(_CONNECTIVES, key=len, reverse=True):
        if lower.startswith(connective + " ") and len(question) > len(connective) + 1:
            rest = question[len(connective) + 1 :].lstrip(" ,")
            return rest[:1].upper() + rest[1:]
    return question


def _content_words(text: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2]
    return [w for w in words if w not in _QUESTION_WORDS and w not in _NOT_NAMES and w not in _PLURAL | _SINGULAR]


def _lower(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))
