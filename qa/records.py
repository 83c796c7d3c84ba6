"""The typed records that flow between stages: Article -> Chunk -> Passage -> Citation -> Answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article with its clean text; `id` is stable across re-indexing."""

    id: str
    title: str
    text: str
    content_hash: str
    source: str = ""
    url: str = ""
    author: str = ""
    published: datetime | None = None
    source_path: str = ""


@dataclass(frozen=True)
class Chunk:
    """A span of an article's text: `article.text[start:end] == text`."""

    id: str
    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its article and the scores that ranked it."""

    chunk: Chunk
    article: Article
    score: float
    dense_score: float | None = None
    lexical_score: float | None = None
    # (start, end, cosine similarity to the question) of the chunk's sentences, in article offsets, from the
    # sentence vectors stored at indexing (empty for an index written before it stored them)
    sentence_similarities: tuple[tuple[int, int, float], ...] = ()


@dataclass(frozen=True)
class Citation:
    """A verbatim quote: `article.text[start:end] == quote` was checked when it was made."""

    n: int
    article_id: str
    title: str
    source: str
    url: str
    published: str | None
    quote: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields."""
        return asdict(self)


@dataclass(frozen=True)
class Period:
    """The publication times retrieval favoured: the period the question names, or the recent days."""

    start: int  # epoch seconds, inclusive
    end: int
    named: bool  # named by the question ("this week"); False for the recency window

    def contains(self, timestamp: int | None) -> bool:
        """Whether a publication time (epoch seconds; None when undated) falls in the period."""
        return timestamp is not None and self.start <= timestamp <= self.end

    def to_dict(self) -> dict[str, Any]:
        """ISO days and where the period came from."""
        return {"from": _iso_day(self.start), "to": _iso_day(self.end), "named": self.named}


@dataclass(frozen=True)
class Answer:
    """What `ask()` returns: the answer text with [n] markers and the citations they point to."""

    question: str
    text: str
    citations: tuple[Citation, ...] = ()
    abstained: bool = False
    query: str = ""
    events: tuple[dict[str, Any], ...] = field(default=())
    period: Period | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields."""
        return {
            "question": self.question,
            "text": self.text,
            "abstained": self.abstained,
            "query": self.query or self.question,
            "citations": [c.to_dict() for c in self.citations],
            "events": list(self.events),
            "period": self.period.to_dict() if self.period else None,
        }


def _iso_day(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, UTC).date().isoformat()
