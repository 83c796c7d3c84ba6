"""Ingest throughput against the embedder's own speed, and the no-op re-index (run by hand, not a test).

    .venv/bin/python bench/ingest_speed.py [--articles 300] [--noop-db DIR]

1. Takes the first N articles of the dev corpus (../shared/bench/realtimeqa-2023h1/corpus.jsonl), indexes them
   into a fresh temporary index with each embedder, and in the same run times the bare model over the very
   same chunk texts (sentence-transformers `SentenceTransformer.encode`, batch 64, normalized). Prints
   articles/s, chunks/s and the ratio ingest / bare encode.
2. No-op re-index: runs `article-qa index CORPUS` in a fresh process against an index that already holds the
   corpus (--noop-db, default the retrieval bench's index) and reports its wall time and whether torch (or
   sentence-transformers, onnxruntime, spaCy, gradio, chromadb) was imported.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.indexer import embedding_text, fit_chunks, index_paths  # noqa: E402
from ingest.readers import read_file  # noqa: E402
from qa.embedder import get_embedder  # noqa: E402
from qa.settings import Settings  # noqa: E402

CORPUS = ROOT.parent / "shared" / "bench" / "realtimeqa-2023h1" / "corpus.jsonl"
NOOP_PROBE = """
import sys, time
started = time.perf_counter()
from ui.cli import main
try:
    main(["index", sys.argv[1]])
except SystemExit as exit:
    assert exit.code in (0, None), exit.code
modules = ("torch", "sentence_transformers", "onnxruntime", "spacy", "gradio", "chromadb")
heavy = [m for m in modules if m in sys.modules]
print(f"NOOP {time.perf_counter() - started:.2f} {','.join(heavy) or 'none'}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--noop-db", default="/tmp/article-qa-bench")
    parser.add_argument("--embedders", default="minilm,minilm-onnx")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with open(args.corpus, encoding="utf-8") as source, open(subset, "w", encoding="utf-8") as out:
            for _, line in zip(range(args.articles), source, strict=False):
                out.write(line)
        articles = read_file(subset, max_bytes=10**8, max_feed_bytes=10**9).articles
        settings = Settings.load(db=Path(tmp) / "probe")
        baseline_model = get_embedder("minilm")
        texts = [
            embedding_text(a, c)
            for a in articles
            for c in fit_chunks(a, baseline_model, max_tokens=settings.chunk_tokens, overlap=settings.chunk_overlap)
        ]
        print(f"{len(articles)} articles, {len(texts)} chunks (the first {args.articles} of {args.corpus})")

        baseline_model.embed_query("warm up")
        t0 = time.perf_counter()
        baseline_model._model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        bare = time.perf_counter() - t0
        bare_rate = len(texts) / bare
        print(f"bare SentenceTransformer.encode: {bare:.1f} s, {bare_rate:.1f} chunks/s (baseline = 1.00)")

        for name in args.embedders.split(","):
            embedder = get_embedder(name)
            embedder.embed_query("warm up")
            db = Path(tmp) / f"index-{name}"
            t0 = time.perf_counter()
            report = index_paths([subset], Settings.load(db=db, embedder=name), embedder=embedder)
            took = time.perf_counter() - t0
            print(
                f"article-qa index [{name}]: {took:.1f} s, {len(report.added) / took:.1f} articles/s, "
                f"{report.chunks / took:.1f} chunks/s, ratio vs bare encode {report.chunks / took / bare_rate:.2f}"
            )

    noop = Settings.load(db=args.noop_db)
    if (noop.db / "chroma").exists():
        result = subprocess.run(
            [sys.executable, "-c", NOOP_PROBE, args.corpus],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "ARTICLE_QA_DB": str(noop.db)},
            check=False,
        )
        line = next((x for x in result.stdout.splitlines() if x.startswith("NOOP")), "")
        summary = next((x for x in result.stdout.splitlines() if "unchanged" in x), result.stderr.strip()[-200:])
        if line:
            _, seconds, heavy = line.split()
            print(f"no-op re-index of {args.corpus}: {seconds} s in a fresh process; {summary}; heavy imports: {heavy}")
    else:
        print(f"no-op re-index skipped: no index at {noop.db} (run bench/retrieval_eval.py first)")
    print(f"reproduce: .venv/bin/python bench/ingest_speed.py --articles {args.articles} --noop-db {args.noop_db}")


if __name__ == "__main__":
    main()
