"""Load bench for the chat: N concurrent sessions ask questions through gradio_client for a while.

Run by hand, not a test. Against a running chat:

    .venv/bin/python bench/load_chat.py --url http://127.0.0.1:7860/

or let it index a folder into a temporary index and start `article-qa serve` over it:

    .venv/bin/python bench/load_chat.py --corpus corpus/

Reports requests served, errors (the goal is 0) and p50/p95/max latency, and the command that reproduces them.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUESTIONS = [
    "Who contacted whom and when?",
    "According to Trump, when did Iran contact Washington?",
    "Who confirmed the channel is still open?",
    "What happened to the Iranian rial?",
    "Which club won the 2025 Champions League final?",  # not covered: an abstention is an answer too
]


@dataclass
class Results:
    """What every session saw, gathered under one lock."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    abstained: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _answer_of(outputs: Any) -> dict[str, Any]:
    """The answer dict among the /ask outputs, found by its shape so the bench outlives layout changes."""
    for output in outputs if isinstance(outputs, list | tuple) else [outputs]:
        if isinstance(output, dict) and ("citations" in output or "error" in output):
            return output
    raise ValueError(f"no answer among the outputs: {str(outputs)[:200]}")


def session(url: str, number: int, deadline: float, results: Results) -> None:
    """One chat session (its own client, so its own Gradio session) asking until the deadline."""
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
        params = client.view_api(print_info=False, return_format="dict")["named_endpoints"]["/ask"]["parameters"]
    except Exception as error:  # a bench counts failures instead of stopping at the first
        with results.lock:
            results.errors.append(f"session {number}: cannot connect: {error}")
        return
    defaults = [p.get("parameter_default") for p in params[1:]]
    i = number
    while time.monotonic() < deadline:
        question = QUESTIONS[i % len(QUESTIONS)]
        i += 1
        started = time.perf_counter()
        try:
            answer = _answer_of(client.predict(question, *defaults, api_name="/ask"))
            failure = answer.get("error")
        except Exception as error:  # counted and reported below
            failure = f"{type(error).__name__}: {error}"
            answer = {}
        elapsed = time.perf_counter() - started
        with results.lock:
            if failure:
                results.errors.append(f"session {number}: {failure}")
            else:
                results.latencies.append(elapsed)
                results.abstained += bool(answer.get("abstained"))


@contextmanager
def serve_corpus(corpus: Path) -> Iterator[str]:
    """Index corpus into a temporary index, start `article-qa serve` over it, yield its URL."""
    cli = str(Path(sys.executable).parent / "article-qa")
    with tempfile.TemporaryDirectory(prefix="load-chat-") as home:
        env = {**os.environ, "ARTICLE_QA_DB": home}
        env.pop("ARTICLE_QA_CHROMA_URL", None)
        subprocess.run([cli, "index", str(corpus)], check=True, env=env)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([cli, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 180
            while True:
                try:
                    with urllib.request.urlopen(url, timeout=2):
                        break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("article-qa serve did not start") from None
                    time.sleep(0.5)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)


def run(url: str, sessions: int, seconds: float) -> Results:
    """Drive `sessions` concurrent sessions against url for `seconds`."""
    results = Results()
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=session, args=(url, n, deadline, results)) for n in range(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def report(results: Results, sessions: int, seconds: float, command: str) -> str:
    """The figures as text."""
    lat = sorted(results.latencies)
    if not lat:
        return f"no request succeeded; {len(results.errors)} errors, first: {results.errors[:3]}\n$ {command}"
    p95 = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))]
    lines = [
        f"sessions: {sessions} concurrent for {seconds:g} s",
        f"requests served: {len(lat)} ({len(lat) / seconds:.2f}/s), of which abstained: {results.abstained}",
        f"errors: {len(results.errors)}",
        f"latency: p50 {statistics.median(lat):.2f} s, p95 {p95:.2f} s, max {lat[-1]:.2f} s",
        f"reproduce: {command}",
    ]
    lines += [f"  error: {e}" for e in results.errors[:5]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running chat, e.g. http://127.0.0.1:7860/")
    where.add_argument("--corpus", type=Path, help="index this folder into a temporary index and serve it")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    command = shlex.join([sys.executable, *sys.argv])
    if args.url:
        print(report(run(args.url, args.sessions, args.seconds), args.sessions, args.seconds, command))
        return
    with serve_corpus(args.corpus) as url:
        print(report(run(url, args.sessions, args.seconds), args.sessions, args.seconds, command))


if __name__ == "__main__":
    main()
