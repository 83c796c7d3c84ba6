"""Runs the time tagger over dumped TimeML documents and writes scorer input.

    python bench/timex_eval.py DOCS.jsonl OUT.jsonl [--baseline dateparser]

DOCS.jsonl holds {"doc", "dct", "text"} lines (score_timex.py --dump); OUT.jsonl gets
{"doc", "timexes": [{"start", "end", "value", "type"}]} lines for score_timex.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.timex import tag_times


def dateparser_baseline(text: str, dct: str) -> list[dict[str, Any]]:
    """Naive baseline: dateparser.search.search_dates relative to the DCT, every hit a day-valued DATE."""
    from datetime import datetime

    from dateparser.search import search_dates

    base = datetime.fromisoformat(dct[:10])
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for phrase, when in found:
        start = text.find(phrase, pos)
        if start < 0:
            continue
        pos = start + len(phrase)
        out.append({"start": start, "end": pos, "value": when.date().isoformat(), "type": "DATE"})
    return out


def ours(text: str, dct: str) -> list[dict[str, Any]]:
    """The rule-based tagger of qa.timex."""
    return [{"start": t.start, "end": t.end, "value": t.value, "type": t.type} for t in tag_times(text, dct)]


def main(argv: list[str] | None = None) -> None:
    """Tags every document and reports throughput."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs")
    ap.add_argument("out")
    ap.add_argument("--baseline", choices=["dateparser"], help="run a baseline tagger instead of qa.timex")
    args = ap.parse_args(argv)
    tagger = dateparser_baseline if args.baseline == "dateparser" else ours
    docs = [json.loads(line) for line in Path(args.docs).read_text().splitlines() if line.strip()]
    t0 = time.perf_counter()
    rows = [{"doc": d["doc"], "timexes": tagger(d["text"], d["dct"])} for d in docs]
    elapsed = time.perf_counter() - t0
    with open(args.out, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    n = sum(len(r["timexes"]) for r in rows)
    print(f"{len(docs)} documents, {n} expressions, {len(docs) / max(elapsed, 1e-9):.1f} documents/second")
    baseline = f" --baseline {args.baseline}" if args.baseline else ""
    print(f"reproduce: python bench/timex_eval.py {args.docs} {args.out}{baseline}")
    print(f"score with: python score_timex.py GOLD_DIR {args.out}")


if __name__ == "__main__":
    main()
