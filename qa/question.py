"""What a question asks for: the answer types its wh-words expect, its action and its named entities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from qa.timex import tag_times

# wh-word -> the kinds of answer it expects (spaCy entity labels, or TIME/PLACE/QUANTITY for the slot).
WH_TYPES: dict[str, frozenset[str]] = {
    "who": frozenset({"PERSON", "ORG", "GPE", "NORP"}),
    "whom": frozenset({"PERSON", "ORG", "GPE", "NORP"}),
    "whose": frozenset({"PERSON", "ORG", "GPE", "NORP"}),
    "when": frozenset({"TIME"}),
    "where": frozenset({"PLACE"}),
    "how many": frozenset({"QUANTITY"}),
    "how much": frozenset({"QUANTITY"}),
}
# Verbs that carry no event of their own in a question ("what did X do", "what happened").
LIGHT_VERBS = frozenset({"be", "do", "have", "happen", "occur", "take", "go", "get", "make"})
PERIOD_LEAD_DAYS = 3  # reporting on a period starts a little before it: "this week" stories from the weekend
SPEECH_VERBS = frozenset(
    {"say", "tell", "report", "announce", "claim", "state", "add", "note", "write", "confirm", "according"}
    | {"tweet", "post", "inform", "remind", "explain", "insist", "argue", "warn", "declare", "disclose", "testify"}
)


@dataclass(frozen=True)
class QuestionAnalysis:
    """The parts of a question that event frames are matched against."""

    text: str
    wh: tuple[str, ...]
    expected: frozenset[str]
    action: str  # lemma of the main verb ("" when the question has none worth matching)
    action_phrase: str  # the verb with its particle, e.g. "reach out"
    entities: tuple[str, ...]
    according_to: str  # "Trump" in "According to Trump, ..."

    @property
    def wants_time(self) -> bool:
        return "TIME" in self.expected

    @property
    def wants_agent(self) -> bool:
        return any(w in self.wh for w in ("who", "whom", "whose"))


def analyze_question(doc: Any) -> QuestionAnalysis:
    """Analyze a question parsed by spaCy (`doc = nlp(question)`)."""
    lowered = doc.text.lower()
    wh: list[str] = []
    for phrase in ("how many", "how much"):
        if phrase in lowered:
            wh.append(phrase)
    for token in doc:
        word = token.lower_
        if word in WH_TYPES and word not in wh:
            wh.append(word)
    expected = frozenset().union(*(WH_TYPES[w] for w in wh)) if wh else frozenset()
    root = _main_verb(doc)
    action = root.lemma_.lower() if root is not None and root.lemma_.lower() not in LIGHT_VERBS else ""
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), "") if root is not None else ""
    according_to = ""
    for token in doc:
        if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
            according_to = " ".join(t.text for t in doc[token.i + 2].subtree if t.pos_ in {"PROPN", "NOUN"})
    entities = tuple(dict.fromkeys(e.text for e in doc.ents)) or tuple(
        dict.fromkeys(t.text for t in doc if t.pos_ == "PROPN")
    )
    return QuestionAnalysis(
        text=doc.text,
        wh=tuple(wh),
        expected=expected,
        action=action,
        action_phrase=f"{action} {particle}".strip() if action else "",
        entities=entities,
        according_to=according_to,
    )


def _main_verb(doc: Any) -> Any:
    roots = [t for t in doc if t.dep_ == "ROOT"]
    for root in roots:
        if root.pos_ == "VERB":
            return root
        # "Who is the envoy who was contacted?" / "What is Iran doing?": a verb under a copula or auxiliary root
        for child in root.children:
            if child.pos_ == "VERB" and child.dep_ in {"ccomp", "xcomp", "acl", "relcl", "advcl"}:
                return child
    return roots[0] if roots and roots[0].pos_ in {"VERB", "AUX"} else None


def question_period(question: str, asked_at: datetime) -> tuple[int, int] | None:
    """The publication times (epoch seconds, inclusive) of articles about the period the question names
    ("this week", "in June", "on Sunday", "last year"), resolved against when it is asked; None when it
    names no calendar period."""
    for expression in tag_times(question, asked_at):
        span = expression.span()
        if span is None:
            continue
        first = datetime.combine(date.fromisoformat(span[0]), datetime.min.time(), UTC)
        last = datetime.combine(date.fromisoformat(span[1]), datetime.min.time(), UTC) + timedelta(days=1)
        return int((first - timedelta(days=PERIOD_LEAD_DAYS)).timestamp()), int(last.timestamp()) - 1
    return None


def recent_period(asked_at: datetime, days: int) -> tuple[int, int] | None:
    """The publication times of the `days` days up to `asked_at`: what a news question that names no
    period is most likely about. None when days is 0."""
    if days <= 0:
        return None
    return int((asked_at - timedelta(days=days)).timestamp()), int(asked_at.timestamp())
