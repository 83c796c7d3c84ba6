"""Event frames: (actor, action, target, time, place) read off a sentence's dependency parse.

Pure functions over spaCy parses; the pipeline itself is loaded by `qa.embedder.get_pipeline`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from qa.embedder import verb_lemmas
from qa.question import SPEECH_VERBS, QuestionAnalysis
from qa.timex import TimeExpression

# Dependents that belong to a noun phrase's name: "Iranian Foreign Minister Abbas Araghchi".
_NAME_DEPS = frozenset({"compound", "amod", "poss", "case", "flat", "nmod", "appos", "nummod", "det", "cc", "conj"})
_QUALIFIER_DEPS = frozenset({"advmod", "quantmod"})
# Verbs whose complement clause happened, as far as the sentence goes (besides the speech verbs, whose
# clauses are reported): knowing and finding it, or going on with it.
_ASSERTING_VERBS = frozenset(
    {"know", "learn", "find", "discover", "reveal", "show", "prove", "realize", "admit", "acknowledge", "see"}
    | {"determine", "conclude", "establish"}
    | {"begin", "start", "continue", "keep", "manage", "resume"}
)
# Nouns whose "that" clause the sentence takes as true ("the fact that ..."); other nouns' are only possible,
# feared or claimed ("a higher likelihood that at least one team wouldn't have won").
_FACTIVE_NOUNS = frozenset({"fact", "realization", "discovery", "knowledge", "proof"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_PHRASE_TOKENS = 14
_RELATIVE = frozenset({"who", "which", "that", "what", "whom"})
# Prepositions that make a time a bound rather than when the event happened ("since 1968", "until Friday").
TIME_SIGNALS = frozenset({"since", "until", "till", "before", "after", "by", "from", "through", "within"})


@dataclass(frozen=True)
class EventFrame:
    """Who did what to whom, when and where, as one sentence of an article states it."""

    article_id: str
    start: int  # the sentence's offsets in the article text
    end: int
    actor: str
    actor_label: str  # entity label of the actor's head word ("PERSON", "GPE", ...) or ""
    action: str  # lemma, with its particle: "contact", "reach out"
    verb: str  # as written, with particle, modal and negation: "contacted", "will not meet"
    target: str
    target_label: str
    place: str
    time: TimeExpression | None
    attribution: str  # who the sentence says reported it: "US President Donald Trump"
    time_signal: str = ""  # the preposition bounding the time as written ("since", "until"), "" for a point

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; the time with its TimeML value and ISO start/end days."""
        time = None
        if self.time is not None:
            span = self.time.span()
            time = {
                "text": self.time.text,
                "value": self.time.value,
                "type": self.time.type,
                "start": span[0] if span else None,
                "end": span[1] if span else None,
                "signal": self.time_signal,
            }
        return {
            "actor": self.actor,
            "action": self.action,
            "verb": self.verb,
            "target": self.target,
            "place": self.place,
            "time": time,
            "attribution": self.attribution,
            "article_id": self.article_id,
        }


def extract_frames(doc: Any, *, article_id: str, offset: int, times: list[TimeExpression]) -> list[EventFrame]:
    """Frames of every predicate with a subject in a parsed sentence.

    `offset` is where the sentence starts in the article; `times` are the article's time expressions
    (article offsets), of which those inside the sentence attach to the verb that governs them.
    """
    time_of = _attach_times(doc, offset, times)
    frames = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"amod", "aux", "auxpass", "compound"}:
            continue
        if not _asserted(verb):
            continue
        subject = _subject(verb)
        if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
            subject = verb.head  # "unrest that erupted on December 28": the unrest erupted
        elif subject is None or subject.lower_ in _RELATIVE:
            continue
        if verb.pos_ == "AUX" and not any(c.dep_ in {"acomp", "attr"} for c in verb.children):
            continue
        passive = subject.dep_ == "nsubjpass"
        agent = next((gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"), None)
        actor_head = agent if passive else subject
        if passive and agent is None and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "the policy is set to expire": what the sentence says is in the clause, not "is set"
        target_text, target_label = _target(verb)
        if not target_text and actor_head is not None and actor_head.pos_ == "PRON" and not list(actor_head.children):
            continue  # "He'd planned", "We enjoy": says nothing without the sentence (whose quote still shows)
        if passive:
            target_text, target_label = _phrase(subject), _label(subject)
        if actor_head is None and not target_text:
            continue
        time, signal = time_of.get(verb.i, (None, ""))
        frames.append(
            EventFrame(
                article_id=article_id,
                start=offset,
                end=offset + len(doc.text),
                actor=_phrase(actor_head) if actor_head is not None else "",
                actor_label=_label(actor_head) if actor_head is not None else "",
                action=_action(verb),
                verb=_verb_text(verb, passive=passive and actor_head is None),
                target=target_text,
                target_label=target_label,
                place=_place(verb),
                time=time,
                attribution=_attribution(verb, doc),
                time_signal=signal,
            )
        )
    return frames


def _subject(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:  # "Iran called and proposed talks"
        before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.head.i + 1 else None
        if before is not None and before.pos_ in {"NOUN", "PROPN"} and before.head.i < verb.i:
            return None  # "Weir won the Masters and Oosthuizen was ...": a subject parsed into the object
        return _subject(verb.head)
    return None


def _phrase(head: Any) -> str:
    """The name-like part of a noun phrase around its head, as written."""
    keep = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            wanted = (
                child.dep_ in _NAME_DEPS
                or (head.pos_ == "NOUN" and child.dep_ in {"prep", "pobj"})
                # What bounds or qualifies it, written before it: "at least one team", "nearly half",
                # "only three senators" (without them the phrase says something else).
                or (child.dep_ in _QUALIFIER_DEPS and child.i < token.i)
            )
            if wanted and child.i not in keep:
                keep.add(child.i)
                stack.append(child)
    lo, hi = min(keep), max(keep)
    while hi > lo and head.doc[hi].dep_ in {"cc", "case", "punct"}:
        hi -= 1
    if hi - lo + 1 > _MAX_PHRASE_TOKENS:
        lo, hi = max(lo, head.i - _MAX_PHRASE_TOKENS + 1), head.i
    return head.doc[lo : hi + 1].text


def _label(head: Any) -> str:
    if head.ent_type_:
        return head.ent_type_
    named = [t.ent_type_ for t in head.subtree if t.ent_type_]
    return named[-1] if named else ""


def _asserted(verb: Any) -> bool:
    """Whether the sentence states that the verb's event happened: not when its clause is only what another
    verb denies, expects, wants or plans ("Iran denied that it had contacted Washington": no contact; "Few
    expected the deal to collapse"). A reported clause counts (its frame names who reported it), as does one
    that a verb of knowing or going on takes for granted ("police found that he had fled"). A noun's "that"
    clause only counts after "the fact" and its kin ("a higher likelihood that the team won": no win)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:  # "... and proposed talks"
        clause = clause.head
    of_noun = clause.dep_ in {"acl", "ccomp"} and clause.head.pos_ in {"NOUN", "PROPN"}  # "the likelihood that"
    if of_noun and any(c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in clause.children):
        return clause.head.lemma_.lower() in _FACTIVE_NOUNS
    if clause.dep_ not in {"ccomp", "xcomp"} or clause.head.i > clause.i:
        return True  # a clause before its verb is mostly a misparse or reported ("..., officials said")
    return clause.head.lemma_.lower() in SPEECH_VERBS | _ASSERTING_VERBS


def _target(verb: Any) -> tuple[str, str]:
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:  # "failed to win the vote", "have yet to identify the suspect": all of it, as written
        return _clause(xcomp, start=verb.i + 1), ""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "attr", "acomp"}:
            return _phrase(child), _label(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "with", "into", "against"}:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return f"{child.text} {_phrase(obj)}", _label(obj)
    for child in verb.children:
        if child.dep_ == "ccomp":
            return _clause(child), ""
    return "", ""


def _clause(head: Any, start: int | None = None) -> str:
    """The clause under head as written (from `start`, when given, to its end), without closing punctuation."""
    tokens = list(head.subtree)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    first = tokens[0].i if start is None or not tokens else min(start, tokens[0].i)
    return head.doc[first : tokens[-1].i + 1].text if tokens else ""


def _action(verb: Any) -> str:
    """The verb's lemma with its particle; for "to be" with an agent noun, that noun's verb: "are the
    winners of" wins, "is the founder of" founds (so "Who won ...?" finds it)."""
    if verb.lemma_.lower() == "be":
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None and (made_from := agent_noun_verb(attr.lemma_.lower())):
            return made_from
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{verb.lemma_.lower()} {particle}".strip()


def agent_noun_verb(noun: str) -> str | None:
    """The verb an agent noun is made from, when the lemmatizer knows it as a verb: "winner" -> "win",
    "founder" -> "found", "manager" -> "manage", "governor" -> "govern"; None for "member" or "water"."""
    for suffix in ("er", "or"):
        stem = noun.removesuffix(suffix)
        if stem == noun or len(stem) < 2:
            continue
        undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
        for verb in (stem, undoubled, stem + "e"):
            if verb and verb in verb_lemmas():
                return verb
    return None


def _verb_text(verb: Any, *, passive: bool) -> str:
    """The verb as written with its auxiliaries, modal, negation and particle ("wouldn't have won", "will
    not meet", "reached out"). A passive's "was"/"been" only when the frame keeps the passive voice (no
    agent to make the actor); an infinitive's "to" never."""
    wanted = {"aux", "neg"} | ({"auxpass"} if passive else set())
    before = [c for c in verb.children if c.i < verb.i and c.tag_ != "TO" and (c.dep_ in wanted or c.tag_ == "MD")]
    tokens = [*before, verb, *(c for c in verb.children if c.dep_ == "prt")]
    tokens.sort(key=lambda t: t.i)
    # Written spacing between neighbours ("would" + "n't" -> "wouldn't"), a space across a gap.
    gaps = [t.whitespace_ if after.i == t.i + 1 else " " for t, after in itertools.pairwise(tokens)]
    return "".join(t.text + gap for t, gap in zip(tokens, [*gaps, ""], strict=True))


def _place(verb: Any) -> str:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at", "near", "outside", "inside"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in _PLACE_LABELS:
                    return f"{child.text} {_phrase(obj)}"
    return ""


def _attribution(verb: Any, doc: Any) -> str:
    # "Trump said that Iran had contacted ...": the event is reported by the speech verb's subject.
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"} and clause.head.dep_ == "conj":
        clause = clause.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":  # "... said Iran had called and proposed talks"
        clause = clause.head
    if clause.dep_ in {"ccomp", "conj"} and clause.head.lemma_.lower() in SPEECH_VERBS:
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None:
            return _phrase(speaker)
    # "..., Axios reported on Monday."
    for child in verb.children:
        if child.dep_ in {"advcl", "parataxis", "ccomp"} and child.lemma_.lower() in SPEECH_VERBS:
            speaker = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if speaker is not None:
                return _phrase(speaker)
    for token in doc:  # "According to Axios, ..."
        if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
            obj = doc[token.i + 2]
            return _phrase(next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), obj))
    return ""


def _attach_times(doc: Any, offset: int, times: list[TimeExpression]) -> dict[int, tuple[TimeExpression, str]]:
    """verb token index -> the time expression it governs (the nearest verb above the expression), with the
    preposition that bounds it, if one does (TIME_SIGNALS; TimeML leaves it outside the expression)."""
    attached: dict[int, tuple[TimeExpression, str]] = {}
    end = offset + len(doc.text)
    for time in times:
        if time.start < offset or time.end > end:
            continue
        span = doc.char_span(time.start - offset, time.end - offset, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        signal = before if before in TIME_SIGNALS else ""
        token = span.root
        # Compare positions: spaCy makes a new Token object on every access, so `token.head is token` never holds.
        while token.head.i != token.i and not (token.pos_ == "VERB" and token not in span):
            token = token.head
        if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT":
            attached.setdefault(token.i, (time, signal))
    return attached


ACTION_MATCH = 0.55  # cosine of "to <verb>" phrases above which two actions are taken to mean the same
FRAME_WINDOW = 0.25  # frames scoring within this of the best one are reported too


@dataclass(frozen=True)
class RankedFrame:
    """A frame that answers the question, with how well, and the sentence (by index) it came from."""

    frame: EventFrame
    sentence: int
    score: float


def rank_frames(
    question: QuestionAnalysis,
    frames: list[tuple[EventFrame, int, float]],
    action_similarity: dict[str, float],
    *,
    limit: int = 3,
) -> list[RankedFrame]:
    """The frames that answer the question, in time order (undated last).

    `frames` holds (frame, sentence index, sentence relevance); `action_similarity` maps a frame action to its
    similarity with the question's action (equal lemmas count as 1).
    """
    ranked: list[RankedFrame] = []
    for frame, sentence, relevance in frames:
        if question.action:
            similarity = 1.0 if frame.action == question.action_phrase else action_similarity.get(frame.action, 0.0)
            if similarity < ACTION_MATCH:
                continue
        elif frame.action.split()[0] in SPEECH_VERBS:
            continue  # "what happened?": the reported event, not the reporting
        else:
            similarity = 0.5
        score = relevance + 0.5 * similarity + _slot_bonus(question, frame)
        ranked.append(RankedFrame(frame, sentence, score))
    if not ranked:
        return []
    best = max(r.score for r in ranked)
    chosen: list[RankedFrame] = []
    for r in sorted(ranked, key=lambda r: -r.score):
        key = (r.frame.actor.lower(), r.frame.action, r.frame.target.lower())
        if r.score >= best - FRAME_WINDOW and all(
            key != (c.frame.actor.lower(), c.frame.action, c.frame.target.lower()) for c in chosen
        ):
            chosen.append(r)
        if len(chosen) == limit:
            break
    return sorted(chosen, key=lambda r: (_time_key(r.frame), -r.score))


def _slot_bonus(question: QuestionAnalysis, frame: EventFrame) -> float:
    bonus = 0.0
    if question.wants_time:
        bonus += 0.2 if frame.time is not None and frame.time.span() else -0.3
    if question.wants_agent:
        bonus += 0.1 if frame.actor_label == "PERSON" else (-0.2 if not frame.actor else 0.0)
        if "whom" in question.wh:
            bonus += 0.1 if frame.target_label == "PERSON" else 0.0
    said = f"{frame.actor} {frame.target} {frame.attribution}".lower()
    bonus += 0.1 * sum(entity.lower() in said for entity in question.entities)
    if question.according_to and question.according_to.lower() in frame.attribution.lower():
        bonus += 0.3
    return bonus


def _time_key(frame: EventFrame) -> str:
    span = frame.time.span() if frame.time is not None else None
    return span[0] if span else "9999"
