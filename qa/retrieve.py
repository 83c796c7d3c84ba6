"""Hybrid retrieval: Chroma dense search and BM25 over the same chunks, fused by reciprocal rank."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from qa.records import Passage, Period
from qa.store import Filters, StoredChunk

if TYPE_CHECKING:
    import numpy as np

    from qa.embedder import Embedder
    from qa.lexical import LexicalIndex
    from qa.store import Store

RRF_K = 60  # the constant of Cormack et al.; damps the influence of the very first ranks
PERIOD_POOL = 200  # dense hits searched for the ones published in the period the question names
PER_ARTICLE = 2  # chunks of one article among the top k before other articles' get their turn


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of 1 / (k + rank) over the rankings each id appears in (rank counted from 1)."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


def within(filters: Filters, period: tuple[int, int]) -> Filters:
    """The filters narrowed to publication times in the period."""
    start = period[0] if filters.published_from is None else max(period[0], filters.published_from)
    end = period[1] if filters.published_to is None else min(period[1], filters.published_to)
    return Filters(published_from=start, published_to=end, sources=filters.sources)


class Retriever:
    """Finds the passages most likely to answer a question."""

    def __init__(self, store: Store, lexical: LexicalIndex, embedder: Embedder, top_k: int = 5, pool: int = 30) -> None:
        self.store = store
        self.lexical = lexical
        self.embedder = embedder
        self.top_k = top_k
        self.pool = pool

    def retrieve(
        self,
        question: str,
        top_k: int | None = None,
        filters: Filters | None = None,
        *,
        mode: str = "hybrid",
        period: Period | None = None,
    ) -> tuple[list[Passage], np.ndarray]:
        """The top_k passages (best first) and the query vector. mode: "hybrid", "dense" or "lexical".
        period: publication times (epoch seconds) of the time the question names; passages published then
        rank higher (their own rankings join the fusion), others still count."""
        import numpy as np

        top_k = top_k or self.top_k
        pool = max(self.pool, 3 * top_k)
        query_vector = self.embedder.embed_query(question)
        rankings: list[list[tuple[str, float]]] = []
        lexical_scores: dict[str, float] = {}
        lexical: Future[list[list[tuple[str, float]]]] | None = None
        if mode != "dense":
            # BM25 runs beside the dense search: Chroma searches without holding the GIL (a cold ask also
            # loads both indexes at once, ~0.3 s sooner).
            each = [filters]
            if period is not None:  # exact and cheap on the lexical side: a mask over the same scores
                each.append(within(filters or Filters(), (period.start, period.end)))
            lexical = _lexical_thread().submit(self.lexical.search_each, question, pool, each)
        if mode != "lexical":
            # Within the period: the in-period part of a deeper search. Chroma's own filter would be exact,
            # but a range on 100k chunks' metadata costs it ~200 ms.
            dense = self.store.dense_search(query_vector, PERIOD_POOL if period else pool, filters)
            rankings.append(dense[:pool])
            if period is not None:
                published = self.lexical.published_times([i for i, _ in dense])
                in_period = [(i, s) for (i, s), t in zip(dense, published, strict=True) if period.contains(t)]
                rankings.append(in_period[:pool])
        if lexical is not None:
            lexical_rankings = lexical.result()
            rankings.extend(lexical_rankings)
            lexical_scores = {i: s for ranking in lexical_rankings for i, s in ranking}
        fused = reciprocal_rank_fusion([[i for i, _ in ranking] for ranking in rankings])
        ranked = sorted(fused, key=lambda i: -fused[i])
        passages: list[Passage] = []
        held_back: list[Passage] = []  # an article's chunks beyond PER_ARTICLE: they follow the others
        per_article: dict[str, int] = {}
        # Fetch a few more than needed: stale chunks of an interrupted run are dropped here.
        for lo in range(0, len(ranked), 2 * top_k):
            window = ranked[lo : lo + 2 * top_k]
            found = self.store.get_chunks(window)
            articles = self.store.get_articles([stored.chunk.article_id for stored in found])
            for stored in found:
                chunk = stored.chunk
                article = articles.get(chunk.article_id)
                if article is None or article.content_hash != stored.content_hash:
                    continue
                passage = Passage(
                    chunk=chunk,
                    article=article,
                    score=fused[chunk.id],
                    dense_score=float(np.dot(query_vector, stored.embedding)),
                    lexical_score=lexical_scores.get(chunk.id),
                    sentence_similarities=_sentence_similarities(stored, query_vector),
                )
                per_article[article.id] = per_article.get(article.id, 0) + 1
                (passages if per_article[article.id] <= PER_ARTICLE else held_back).append(passage)
            if len(passages) >= top_k:
                break
        passages.extend(held_back)
        return passages[:top_k], query_vector


@functools.cache
def _lexical_thread() -> ThreadPoolExecutor:
    """The thread BM25 searches run on, one at a time (a LexicalIndex reloads itself in place)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="article-qa-bm25")


def _sentence_similarities(stored: StoredChunk, query_vector: np.ndarray) -> tuple[tuple[int, int, float], ...]:
    """(start, end, cosine similarity to the question) of each stored sentence vector, in article offsets."""
    if stored.sentences is None:
        return ()
    similarities = (stored.sentences.vectors @ query_vector).tolist()
    offset = stored.chunk.start
    return tuple((offset + a, offset + b, s) for (a, b), s in zip(stored.sentences.spans, similarities, strict=True))
