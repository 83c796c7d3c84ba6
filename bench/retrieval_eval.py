"""Retrieval and answer quality on the news QA dev set (run by hand, not a test).

    .venv/bin/python bench/retrieval_eval.py [--db DIR] [--corpus ../shared/bench/realtimeqa-2023h1/corpus.jsonl]
        [--questions ../shared/bench/realtimeqa-2023h1/questions.jsonl] [--limit N]

Indexes the corpus (a no-op when the index at --db already holds it), then for the answerable questions
reports answer-recall@1/5/10 (a retrieved passage containing the gold answer, case-insensitive, whitespace
folded) for hybrid, BM25-only and dense-only retrieval over the same chunks, and the share of answers whose
text contains the gold answer. Each question is asked on its quiz day, so "this week" means that week, and a
question that names no period favours the week before it (recent_days); the last rows leave out that
recency window, then every period. Over all questions it tabulates the
abstention trade-off per threshold: answered wrongly (an answer without the gold text) against abstained
wrongly (abstained where the answer would have held it).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.indexer import index_paths
from qa.api import QA
from qa.settings import Settings

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "realtimeqa-2023h1"
KS = (1, 5, 10)
THRESHOLDS = (0.35, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1)


def fold(text: str) -> str:
    """Lower-cased with runs of whitespace as one space: the DPR answer-matching convention."""
    return re.sub(r"\s+", " ", text.lower()).strip()


def asked_at(question: dict) -> datetime:
    """When the question was asked: the end of its quiz day ("this week" is that week)."""
    day = datetime.strptime(question["date"], "%Y/%m/%d").replace(tzinfo=UTC)
    return day + timedelta(days=1, seconds=-1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/article-qa-bench", help="index folder (reused between runs)")
    parser.add_argument("--corpus", default=str(SHARED / "corpus.jsonl"))
    parser.add_argument("--questions", default=str(SHARED / "questions.jsonl"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N questions")
    parser.add_argument("--skip-answers", action="store_true", help="retrieval figures only")
    parser.add_argument("--no-index", action="store_true", help="measure the index at --db as it is")
    args = parser.parse_args()

    settings = Settings.load(db=args.db, min_relevance=-10.0)
    if not args.no_index:
        started = time.perf_counter()
        report = index_paths([args.corpus], settings)
        print(f"index: {report.summary()} in {time.perf_counter() - started:.1f} s")
    qa = QA(settings)
    lines = Path(args.questions).read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines if line.strip()]
    if args.limit:
        questions = questions[: args.limit]
    answerable = [q for q in questions if q["answerable"]]

    print(f"\nanswer-recall@k over {len(answerable)} answerable questions (same chunks, same index)")
    print(f"{'mode':8} " + " ".join(f"@{k:<5}" for k in KS) + "  ms/question")
    configured = qa.settings
    for mode in ("hybrid", "lexical", "dense", "hybrid, named periods only", "hybrid, no period"):
        hits = {k: 0 for k in KS}
        timings = []
        for q in answerable:
            t0 = time.perf_counter()
            if mode == "hybrid, no period":
                passages, _ = qa.retriever.retrieve(q["question"], max(KS))
            else:
                qa.settings = configured.with_(recent_days=0) if mode.endswith("only") else configured
                passages = qa.retrieve(q["question"], top_k=max(KS), mode=mode.split(",")[0], asked_at=asked_at(q))
            timings.append(time.perf_counter() - t0)
            gold = fold(q["answer"])
            first = next((i for i, p in enumerate(passages) if gold in fold(p.chunk.text)), None)
            for k in KS:
                hits[k] += first is not None and first < k
        figures = " ".join(f"{hits[k] / len(answerable):.3f} " for k in KS)
        print(f"{mode:8} {figures}  {1000 * statistics.mean(timings):.0f}")
    qa.settings = configured
    if args.skip_answers:
        return

    rows = []
    for q in questions:
        answer = qa.ask(q["question"], asked_at=asked_at(q))
        best = max((c.score for c in answer.citations), default=float("-inf"))
        rows.append((q["answerable"], fold(q["answer"]) in fold(answer.text), best))
    right = sum(ok for answerable_q, ok, _ in rows if answerable_q)
    print(f"\nanswers containing the gold text: {right}/{len(answerable)} = {right / len(answerable):.3f} (answerable)")
    print(f"\nabstention trade-off over all {len(rows)} questions ({len(answerable)} answerable)")
    print("threshold  answered  answered-wrongly  abstained-wrongly  answered-right")
    for t in THRESHOLDS:
        answered = [(ok, best) for _, ok, best in rows if best >= t]
        wrong = sum(not ok for ok, _ in answered)
        abstained_wrongly = sum(ok for _, ok, best in rows if best < t)
        print(f"{t:9.2f}  {len(answered):8d}  {wrong:16d}  {abstained_wrongly:17d}  {len(answered) - wrong:14d}")
    print(f"\nreproduce: .venv/bin/python bench/retrieval_eval.py --db {args.db}")


if __name__ == "__main__":
    main()
