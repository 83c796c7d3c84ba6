"""`kill -9` of a real `article-qa index` at several points: the index stays readable and whole after each
kill, and a rerun completes it.

One index is taken through a series of runs, each killed at a later point than the one before (while the model
loads, at the first commit, in the middle of a group of commits, between groups, while BM25 is rebuilt, in the
middle of replacing every article with a new version), then a rerun goes to the end. After every kill: each
committed article has exactly its chunks, retrieval shows no part of an uncommitted one, BM25 either matches the
store or only lags it, and `ask()` answers with verbatim quotes. Run with -s to see what was found after each kill.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from qa.api import QA, lexical_folder
from qa.lexical import LexicalIndex
from qa.settings import Settings
from qa.store import REOPEN_QUIET_SECONDS, Store

pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]

CLI = str(Path(sys.executable).parent / "article-qa")
FEED_ARTICLES = 150
TEXT_ARTICLES = 30
TOTAL = FEED_ARTICLES + TEXT_ARTICLES
PEOPLE = ["Amara Osei", "Lukas Brandt", "Mei Tanaka", "Rafael Duarte", "Ingrid Holm", "Tariq Nasser", "Priya Menon"]
TOWNS = ["Varnholt", "Quellbridge", "Ostermoor", "Kallisto Bay", "Drummond Falls", "Sel Harbor", "Brightwater"]
TOPICS = ["water rights", "the rail link", "a fishing quota", "the school budget", "a port expansion", "wind farms"]


def _article_text(i: int, version: int) -> tuple[str, str]:
    rng = random.Random(i * 7919 + version)
    town = TOWNS[i % len(TOWNS)]
    title = f"{town} dispatch {i}: {rng.choice(TOPICS)}" + (" (revised)" if version > 1 else "")
    sentences = [f"The {town} council recorded case number {i} on a {rng.choice(['Monday', 'Tuesday', 'Friday'])}."]
    for _ in range(13):
        a, b = rng.sample(PEOPLE, 2)
        sentences.append(
            f"{a} met {b} in {town} to discuss {rng.choice(TOPICS)}, and {rng.randint(2, 90)} residents attended."
        )
    if version > 1:
        sentences.append(f"A correction was issued for case number {i} after the meeting.")
    return title, " ".join(sentences)


def write_corpus(folder: Path, version: int = 1) -> None:
    """A JSONL feed and a folder of text files; about 2-3 chunks an article with the real model."""
    folder.mkdir(exist_ok=True)
    with open(folder / "feed.jsonl", "w") as feed:
        for i in range(FEED_ARTICLES):
            title, text = _article_text(i, version)
            feed.write(json.dumps({"title": title, "text": text, "url": f"https://dispatch.example/{i}"}) + "\n")
    texts = folder / "texts"
    texts.mkdir(exist_ok=True)
    for i in range(FEED_ARTICLES, TOTAL):
        title, text = _article_text(i, version)
        (texts / f"dispatch-{i}.txt").write_text(f"{title}\n\n{text}\n")


class Watcher:
    """Reads the index from this process while a writer runs in another one (as `serve` would)."""

    def __init__(self, settings: Settings, embedder) -> None:
        self.settings = settings
        self.store = Store(settings, embedder_name=embedder.name, dim=embedder.dim)

    def articles(self) -> int:
        return self.store.counts()["articles"]

    def hashes(self) -> dict[str, str]:
        return {s.article_id: s.content_hash for s in self.store.article_states().values()}


def run_until(folder: Path, trigger: Callable[[float], bool], *, poll: float = 0.05) -> tuple[int, float]:
    """Start `article-qa index FOLDER`, kill -9 it when trigger(seconds since start) is true; (exit code, seconds)."""
    started = time.monotonic()
    writer = subprocess.Popen(
        [CLI, "index", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy()
    )
    try:
        while writer.poll() is None:
            if trigger(time.monotonic() - started):
                os.kill(writer.pid, signal.SIGKILL)
                break
            time.sleep(poll)
        writer.wait(timeout=600)
    finally:
        if writer.poll() is None:
            writer.kill()
    _, err = writer.communicate()
    assert writer.returncode in (0, -signal.SIGKILL), err.decode()
    return writer.returncode, time.monotonic() - started


def check_consistent(settings: Settings, embedder) -> dict[str, object]:
    """Assert the index is whole as a reader sees it; return what was found."""
    time.sleep(REOPEN_QUIET_SECONDS + 0.2)  # a reader picks up another process's writes once they go quiet
    qa = QA(settings, embedder=embedder)
    store = qa.store
    states = store.article_states()
    rows = store.list_articles()
    articles = store.get_articles([r["id"] for r in rows])
    chunks = list(store.iter_chunk_texts())
    committed: Counter[str] = Counter()
    orphans = 0
    for _, article_id, content_hash, meta in chunks:
        state = states.get(article_id)
        if state is None or state.content_hash != content_hash:
            orphans += 1  # written by a killed run, never committed: must be invisible
            continue
        committed[article_id] += 1
        assert articles[article_id].text[meta["start"] : meta["end"]] == meta["text"]
    for row in rows:  # all its chunks or none: an article record exists only with every chunk of its version
        assert committed[row["id"]] == row["chunks"], (row["id"], committed[row["id"]], row["chunks"])
        indices = sorted(m["index"] for _, a, h, m in chunks if a == row["id"] and h == states[row["id"]].content_hash)
        assert indices == list(range(row["chunks"]))

    lexical = LexicalIndex(lexical_folder(settings))
    bm25_in_sync = lexical.current_fingerprint() == store.fingerprint(states)
    if bm25_in_sync:
        lexical.search("council", 1)  # loads it
        committed_ids = {cid for cid, a, h, _ in chunks if a in states and states[a].content_hash == h}
        assert set(lexical.chunk_ids()) == committed_ids

    for question in ("Who met Mei Tanaka in Varnholt?", "What was discussed about the rail link in Ostermoor?"):
        for passage in qa.retrieve(question, top_k=8):
            state = states[passage.article.id]  # a passage only ever comes from a committed article version
            assert passage.article.content_hash == state.content_hash
            assert passage.article.text[passage.chunk.start : passage.chunk.end] == passage.chunk.text
        answer = qa.ask(question)
        for citation in answer.citations:
            assert articles[citation.article_id].text[citation.start : citation.end] == citation.quote
    return {"articles": len(rows), "chunks": sum(committed.values()), "orphans": orphans, "bm25_in_sync": bm25_in_sync}


def test_index_survives_kill_9_at_every_stage_and_rerun_completes(tmp_path, settings, real_embedder):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    watcher = Watcher(settings, real_embedder)
    dirty = settings.db / "index.dirty"
    findings: list[tuple[str, int, float, dict[str, object]]] = []
    base: dict[str, int] = {}
    quiet: dict[str, float] = {}

    def start(name: str) -> int:
        base[name] = watcher.articles()
        return base[name]

    def grew_then_paused(name: str) -> Callable[[float], bool]:
        """True once commits have started in this run and then stopped for a while (the next group is embedding)."""

        def trigger(_: float) -> bool:
            count = watcher.articles()
            if count != quiet.get("count"):
                quiet.update(count=count, since=time.monotonic())
                return False
            return count > base[name] and time.monotonic() - quiet["since"] > 0.7

        return trigger

    kills: list[tuple[str, Callable[[float], bool]]] = [
        ("while the model loads, before any write", lambda seconds: seconds > 1.5),
        ("right after the first article commit", lambda _: watcher.articles() >= 1),
        ("in the middle of a group of commits", lambda _: watcher.articles() >= base["mid-group"] + 25),
        ("between two groups (embedding the next)", grew_then_paused("between groups")),
        ("while BM25 is rebuilt after the last commit", lambda _: watcher.articles() >= TOTAL and dirty.exists()),
    ]
    names = ["start", "first commit", "mid-group", "between groups", "bm25"]
    for (label, trigger), name in zip(kills, names, strict=True):
        start(name)
        code, seconds = run_until(corpus, trigger)
        findings.append((label, code, seconds, check_consistent(settings, real_embedder)))

    # Replace every article with a new version and kill the run half way through the replacements.
    done = check_consistent(settings, real_embedder)
    if done["articles"] != TOTAL or not done["bm25_in_sync"]:
        code, seconds = run_until(corpus, lambda _: False)
        findings.append(("(no kill: run to the end)", code, seconds, check_consistent(settings, real_embedder)))
    before = watcher.hashes()
    write_corpus(corpus, version=2)

    def half_updated(_: float) -> bool:
        now = watcher.hashes()
        return sum(now.get(k) != v for k, v in before.items()) >= 40

    code, seconds = run_until(corpus, half_updated)
    after_update_kill = check_consistent(settings, real_embedder)
    findings.append(("half way through replacing every article", code, seconds, after_update_kill))
    # Every article is there, old or new version; a text file without a URL gets a new id when edited, and its
    # old article is retired just after the new one is in, so a kill in between may show both for a moment.
    assert TOTAL <= after_update_kill["articles"] <= TOTAL + 1

    code, seconds = run_until(corpus, lambda _: False)
    final = check_consistent(settings, real_embedder)
    findings.append(("(no kill: the rerun)", code, seconds, final))

    for label, code, seconds, found in findings:
        print(f"kill point: {label:45} exit {code:>3} after {seconds:5.1f} s -> {found}")
    killed = [f for f in findings if f[1] == -signal.SIGKILL]
    assert len(killed) >= 5, f"only {len(killed)} runs were killed: {findings}"
    assert final == {"articles": TOTAL, "chunks": final["chunks"], "orphans": 0, "bm25_in_sync": True}
    assert not set(watcher.hashes().items()) & set(before.items())  # every article is now its new version
    answer = QA(settings, embedder=real_embedder).ask("Which case number got a correction after the meeting?")
    assert answer.citations and all("correction was issued" in c.quote for c in answer.citations[:1])
