"""Hybrid retrieval: Chroma dense search and BM25 over the same chunks, fused by reciprocal rank."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qa.records import Passage

if TYPE_CHECKING:
    import numpy as np

    from qa.embedder import Embedder
    from qa.lexical import LexicalIndex
    from qa.store import Filters, Store

RRF_K = 60  # the constant of Cormack et al.; damps the influence of the very first ranks


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of 1 / (k + rank) over the rankings each id appears in (rank counted from 1)."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


class Retriever:
    """Finds the passages most likely to answer a question."""

    def __init__(self, store: Store, lexical: LexicalIndex, embedder: Embedder, top_k: int = 5, pool: int = 30) -> None:
        self.store = store
        self.lexical = lexical
        self.embedder = embedder
        self.top_k = top_k
        self.pool = pool

    def retrieve(
        self, question: str, top_k: int | None = None, filters: Filters | None = None, *, mode: str = "hybrid"
    ) -> tuple[list[Passage], np.ndarray]:
        """The top_k passages (best first) and the query vector. mode: "hybrid", "dense" or "lexical"."""
        import numpy as np

        top_k = top_k or self.top_k
        pool = max(self.pool, 3 * top_k)
        query_vector = self.embedder.embed_query(question)
        dense = self.store.dense_search(query_vector, pool, filters) if mode != "lexical" else []
        lexical = self.lexical.search(question, pool, filters) if mode != "dense" else []
        fused = reciprocal_rank_fusion([[i for i, _ in dense], [i for i, _ in lexical]])
        lexical_scores = dict(lexical)
        ranked = sorted(fused, key=lambda i: -fused[i])
        passages: list[Passage] = []
        # Fetch a few more than needed: stale chunks of an interrupted run are dropped here.
        for lo in range(0, len(ranked), 2 * top_k):
            window = ranked[lo : lo + 2 * top_k]
            found = self.store.get_chunks(window)
            articles = self.store.get_articles([chunk.article_id for chunk, _, _ in found])
            for chunk, content_hash, embedding in found:
                article = articles.get(chunk.article_id)
                if article is None or article.content_hash != content_hash:
                    continue
                passages.append(
                    Passage(
                        chunk=chunk,
                        article=article,
                        score=fused[chunk.id],
                        dense_score=float(np.dot(query_vector, embedding)),
                        lexical_score=lexical_scores.get(chunk.id),
                    )
                )
            if len(passages) >= top_k:
                break
        return passages[:top_k], query_vector
