"""Ask latency, cold start, memory and index growth (run by hand, not a test).

    .venv/bin/python bench/ask_speed.py [--db /tmp/article-qa-bench] [--questions 120] [--sizes 10000,30000,100000]

Against the dev-corpus index at --db (built by bench/retrieval_eval.py):
1. warm `QA.ask()` latency p50/p95 over the first N dev questions, each asked on its quiz day (the whole
   extractive answer: retrieval, sentence scoring, spaCy frames), against the bare query embedding in the
   same process, and that process's peak RSS and its reading process's (each index is measured in a fresh
   child process); on the dev index also with all reading done in one process, as without qa.reading's
   second process;
2. scaling: indexes of 10k, 30k and 100k chunks made by copying the dev index's chunks and vectors (no
   re-embedding), dated as a fresh index of the feed would date them (the day in the URL); past the dev
   size the copies are synthetic articles with slightly perturbed vectors and the same texts. For each:
   warm p50/p95, peak RSS and the index's size on disk;
3. cold `article-qa ask` wall time in a fresh process, and its peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.retrieval_eval import asked_at  # noqa: E402
from ingest.indexer import index_paths  # noqa: E402
from ingest.readers import published_from_url  # noqa: E402
from qa.api import QA  # noqa: E402
from qa.reading import reading_process  # noqa: E402
from qa.settings import Settings  # noqa: E402
from qa.store import ArticleWrite, Store, StoredChunk  # noqa: E402

QUESTIONS = ROOT.parent / "shared" / "bench" / "realtimeqa-2023h1" / "questions.jsonl"


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    return float(np.percentile(values, q))


def time_asks(qa: QA, questions: list[dict]) -> list[float]:
    """Milliseconds per warm ask, each question asked on its quiz day (as bench/retrieval_eval.py does)."""
    qa.ask(questions[0]["question"])
    timings = []
    for question in questions:
        t0 = time.perf_counter()
        qa.ask(question["question"], asked_at=asked_at(question))
        timings.append(1000 * (time.perf_counter() - t0))
    return timings


def peak_rss_mb(pid: int) -> float:
    """A live process's peak RSS (Linux's VmHWM). Not getrusage(RUSAGE_CHILDREN): it counts a child's
    pre-exec moment, when the forked child still maps all of this process."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def disk_size(folder: Path) -> int:
    """Bytes under a folder."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def copy_index(source: Store, target_db: Path, settings: Settings, chunk_target: int, embedder_name: str) -> int:
    """Fill a new index with about chunk_target chunks copied from source (synthetic copies past its size)."""
    target_settings = replace(settings, db=target_db)
    target = Store(target_settings, embedder_name=embedder_name, dim=source.dim)
    rows = source.list_articles()
    rng = np.random.default_rng(0)
    copied, round_no = 0, 0
    while copied < chunk_target:
        for lo in range(0, len(rows), 200):
            batch = rows[lo : lo + 200]
            articles = source.get_articles([r["id"] for r in batch])
            # Chunk ids are "<article id>:<content hash[:8]>:<index>" (see ingest.chunking).
            chunk_ids = [
                f"{r['id']}:{r['content_hash'][:8]}:{i}"
                for r in batch
                if r["id"] in articles
                for i in range(r["chunks"])
            ]
            by_article: dict[str, list[StoredChunk]] = {}
            for stored in source.get_chunks(chunk_ids):
                by_article.setdefault(stored.chunk.article_id, []).append(stored)
            for article_id, pieces in by_article.items():
                article = articles[article_id]
                if article.published is None:  # as a fresh index of the feed would read it today
                    article = replace(article, published=published_from_url(article.url))
                pieces.sort(key=lambda p: p.chunk.index)
                chunks = [p.chunk for p in pieces]
                vectors = np.array([p.embedding for p in pieces], dtype=np.float32)
                sentences = [p.sentences for p in pieces] if all(p.sentences for p in pieces) else []
                if round_no:
                    article = replace(
                        article, id=f"syn{round_no}-{article.id}", content_hash=f"syn{round_no}{article.content_hash}"
                    )
                    chunks = [replace(c, id=f"syn{round_no}-{c.id}", article_id=article.id) for c in chunks]
                    vectors = vectors + rng.normal(0, 0.02, vectors.shape).astype(np.float32)
                    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
                write = ArticleWrite(article, chunks, vectors, "bench", replaces=True, sentences=sentences)
                target.put_articles([write], title_prefix=True)
                copied += len(chunks)
                if copied >= chunk_target:
                    break
            if copied >= chunk_target:
                break
        round_no += 1
    index_paths([], target_settings)  # builds the BM25 side over what was written
    return copied


def warm_worker(db: str, count: int, one_process: bool) -> None:
    """Run in a child process: warm asks against one index; prints one JSON line with the figures."""
    settings = Settings.load(db=db)
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines if line.strip()][:count]
    qa = QA(settings, share_reading=not one_process)
    qa.warm_up()
    helper = None if one_process else reading_process()
    if not one_process and (helper is None or not helper.wait_ready(60)):
        raise SystemExit("the reading process did not start")
    t0 = time.perf_counter()
    for question in questions:
        qa.embedder.embed_query(question["question"])
    embed_ms = 1000 * (time.perf_counter() - t0) / len(questions)
    timings = time_asks(qa, questions)
    reader_rss_mb = peak_rss_mb(helper.pid) if helper is not None else 0.0
    print(
        json.dumps(
            {
                "chunks": qa.store.counts()["chunks"],
                "embed_ms": embed_ms,
                "p50": percentile(timings, 50),
                "p95": percentile(timings, 95),
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "reader_rss_mb": reader_rss_mb,
                "disk_mb": disk_size(settings.db) / 1e6,
            }
        )
    )


def measure_warm(db: Path, count: int, *, one_process: bool = False) -> dict:
    """Warm-ask figures of one index, measured in a fresh process (so its peak RSS is that index's alone)."""
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(db), "--questions", str(count)] + ["--one-process"] * one_process,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def report_warm(label: str, figures: dict) -> None:
    p50, p95, embed = figures["p50"], figures["p95"], figures["embed_ms"]
    reader = f" (+ {figures['reader_rss_mb']:.0f} MB reading process)" if figures["reader_rss_mb"] else ""
    print(
        f"warm ask, {label} ({figures['chunks']} chunks): p50 {p50:.0f} ms, p95 {p95:.0f} ms "
        f"({p50 / embed:.1f}x / {p95 / embed:.1f}x its bare query embedding of {embed:.1f} ms); "
        f"peak RSS {figures['rss_mb']:.0f} MB{reader}; on disk {figures['disk_mb']:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/article-qa-bench")
    parser.add_argument("--questions", type=int, default=120)
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--scale-dir", default="", help="keep the scaled indexes here (default: a temp folder)")
    parser.add_argument("--worker", default="", help=argparse.SUPPRESS)
    parser.add_argument("--one-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        warm_worker(args.worker, args.questions, args.one_process)
        return
    if args.build:
        settings = Settings.load(db=args.db)
        source = QA(settings)
        size = int(args.sizes)
        print(copy_index(source.store, Path(args.build), settings, size, source.embedder.name))
        return

    settings = Settings.load(db=args.db)
    print(f"{args.questions} dev questions; each index measured warm in its own process")
    one_process = measure_warm(settings.db, args.questions, one_process=True)
    report_warm("dev index, all reading in one process (the baseline)", one_process)
    shared = measure_warm(settings.db, args.questions)
    report_warm("dev index", shared)
    print(
        f"  sharing the reading with a second process: p50 {one_process['p50'] / shared['p50']:.2f}x faster, "
        f"p95 {one_process['p95'] / shared['p95']:.2f}x"
    )

    scale_root = Path(args.scale_dir or tempfile.mkdtemp(prefix="aq-scale-"))
    for size in [int(s) for s in args.sizes.split(",") if s]:
        db = scale_root / f"chunks-{size}"
        if not (db / "chroma").exists():
            # In a child process that has exited before the index is measured, as `article-qa index` would have:
            # a writer that is still alive leaves part of its vectors for the reader to replay from Chroma's log.
            t0 = time.perf_counter()
            build = [sys.executable, __file__, "--build", str(db), "--db", args.db, "--sizes", str(size)]
            copied = subprocess.run(build, capture_output=True, text=True, check=True).stdout.split()[-1]
            print(f"  built {copied}-chunk index in {time.perf_counter() - t0:.0f} s")
        report_warm("scaled index", measure_warm(db, args.questions))

    cli = str(Path(sys.executable).parent / "article-qa")
    cold, cold_rss = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        child = subprocess.Popen(
            [cli, "ask", "Who won the Super Bowl?", "--json"],
            stdout=subprocess.DEVNULL,
            env={**os.environ, "ARTICLE_QA_DB": str(settings.db)},
        )
        _, status, usage = os.wait4(child.pid, 0)  # like wait(), and the child's own peak RSS
        cold.append(time.perf_counter() - t0)
        cold_rss.append(usage.ru_maxrss / 1024)
        child.returncode = os.waitstatus_to_exitcode(status)
        assert child.returncode == 0, "article-qa ask failed"
    print(
        f"cold `article-qa ask` on the dev index: median {statistics.median(cold):.2f} s over 3 runs; "
        f"peak RSS {max(cold_rss):.0f} MB"
    )
    flags = f"--db {args.db} --questions {args.questions} --sizes {args.sizes}"
    print(f"reproduce: .venv/bin/python bench/ask_speed.py {flags}")


if __name__ == "__main__":
    main()
