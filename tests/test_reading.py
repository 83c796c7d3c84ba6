import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from qa.compose import Candidate
from qa.reading import CloseReading, ReadingProcess, reading_process, sentence_times, split_by_length
from qa.records import Article
from qa.sentences import sentence_spans
from tests.conftest import ROOT, SEED

QUESTION = "Who contacted whom and when?"


def seed_candidates() -> list[Candidate]:
    """Every sentence of the seed article, as retrieval would hand them over."""
    from ingest.readers import read_file

    [article] = read_file(SEED, max_bytes=10_000_000).articles
    return [Candidate(article, start, end, passage_rank=0) for start, end in sentence_spans(article.text)]


@pytest.fixture(scope="module")
def helper():
    process = ReadingProcess()
    assert process.wait_ready(120), "the reading process did not load spaCy"
    yield process
    process.close()


@pytest.fixture(scope="module")
def read_here():
    """The question's analysis and every seed sentence's frames, read in this process alone."""
    with CloseReading(QUESTION, None) as reading:
        reading.start(seed_candidates())
        return reading.result()


def test_sentence_times_reads_anchors_in_the_sentences_just_before():
    filler = "Officials met again to discuss the harbour budget and the ferry timetable. " * 12
    text = filler + "On Sunday, the envoy arrived in Oslo. A day earlier, the talks had stalled."
    article = Article(
        id="a", title="T", text=text, content_hash="h", published=datetime(2026, 1, 12, 17, 0, tzinfo=UTC)
    )
    start = text.index("A day earlier")
    times = sentence_times(article, start, len(text))
    assert [(t.text, t.value) for t in times] == [("A day earlier", "2026-01-10")]
    assert all(text[t.start : t.end] == t.text for t in times)  # offsets into the article
    assert sentence_times(replace(article, published=None), start, len(text)) == []
    assert sentence_times(article, text.index("Officials"), text.index("Officials") + 73) == []  # no time in it


def test_sentence_times_resolves_that_day_from_the_sentence_before():
    text = "The envoy landed in Oslo on 3 March 2025. Later that day, the talks began."
    article = Article(
        id="a", title="T", text=text, content_hash="h", published=datetime(2026, 1, 12, 17, 0, tzinfo=UTC)
    )
    start = text.index("Later")
    assert [(t.text, t.value) for t in sentence_times(article, start, len(text))] == [("Later that day", "2025-03-03")]


def test_split_by_length_balances_the_text_and_keeps_every_candidate():
    article = Article(id="a", title="T", text="x" * 1000, content_hash="h")
    lengths = [300, 40, 220, 90, 150, 60]
    starts = [0, 300, 340, 560, 650, 800]
    candidates = [Candidate(article, s, s + n, passage_rank=0) for s, n in zip(starts, lengths, strict=True)]
    first, second = split_by_length(candidates)
    assert sorted(first + second, key=lambda c: c.start) == candidates
    sizes = [sum(c.end - c.start for c in share) for share in (first, second)]
    assert abs(sizes[0] - sizes[1]) <= 40
    assert split_by_length(candidates[:1]) in (([], candidates[:1]), (candidates[:1], []))


@pytest.mark.integration
def test_close_reading_shared_with_the_reading_process_reads_the_same(helper, read_here):
    analysis, frames = read_here
    assert analysis.action == "contact"
    assert any(f.action == "contact" for found in frames.values() for f in found)
    with CloseReading(QUESTION, helper) as reading:
        assert reading._helper is helper  # claimed: the question went to the reading process
        reading.start(seed_candidates())
        assert reading._theirs and reading._mine  # the sentences were split between the two processes
        assert reading.result() == read_here


@pytest.mark.integration
def test_close_reading_does_not_share_a_busy_reading_process(helper, read_here):
    assert helper.claim()
    try:
        with CloseReading(QUESTION, helper) as reading:
            assert reading._helper is None
            reading.start(seed_candidates())
            assert reading.result() == read_here
    finally:
        helper.release()
    assert helper.claim()  # free again
    helper.release()


@pytest.mark.integration
def test_close_reading_error_in_the_reading_process_is_raised_and_the_process_stays_usable(helper, read_here):
    good = seed_candidates()[0]
    broken = Candidate(None, 0, 500, passage_rank=0)  # type: ignore[arg-type]  # the longest: the helper's share
    with pytest.raises(RuntimeError, match="the reading process failed"), CloseReading(QUESTION, helper) as reading:
        reading.start([good, broken])
        assert reading._theirs == [broken]
        reading.result()
    with CloseReading(QUESTION, helper) as reading:
        assert reading._helper is helper
        reading.start(seed_candidates())
        assert reading.result() == read_here


@pytest.mark.integration
def test_close_reading_reads_here_what_a_dead_reading_process_owed(read_here):
    process = ReadingProcess()
    assert process.wait_ready(120)
    with CloseReading(QUESTION, process) as reading:
        reading.start(seed_candidates())
        process._process.kill()
        process._process.wait()
        assert reading.result() == read_here
    assert not process.claim()  # gone for good: later questions are read here
    process.close()


@pytest.mark.integration
def test_one_shot_ask_from_a_script_without_a_main_guard_reads_in_the_reading_process_and_runs_once(
    tmp_path, seed_corpus, settings, real_embedder
):
    from ingest.indexer import index_paths

    index_paths([seed_corpus], settings, embedder=real_embedder)
    runs = tmp_path / "runs.txt"
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from qa.api import QA
        from qa.embedder import pipeline_loaded
        from qa.settings import Settings

        with open({str(runs)!r}, "a") as out:
            out.write("ran\\n")
        answer = QA(Settings.load(db={str(settings.db)!r}), one_shot=True).ask({QUESTION!r})
        print(answer.text)
        print("spaCy loaded here:", pipeline_loaded())
        """)
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Araghchi" in done.stdout
    assert "spaCy loaded here: False" in done.stdout  # the question and every sentence were read over there
    assert runs.read_text() == "ran\n"  # the reading process did not run the script again


def test_reading_process_is_none_where_it_cannot_be_started(monkeypatch):
    def no_fd_passing(*args, **kwargs):
        raise ValueError("pass_fds not supported on Windows")

    monkeypatch.setattr("qa.reading.subprocess.Popen", no_fd_passing)
    assert reading_process.__wrapped__() is None  # the uncached function: questions are then read here
