"""The CLI through its installed entry point, as a user runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = str(Path(sys.executable).parent / "article-qa")


def run(*args, check=True):
    result = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300, env=os.environ.copy())
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_cli_help_lists_commands():
    out = run("--help").stdout
    for command in ("index", "ask", "list", "remove", "stats", "serve"):
        assert command in out


def test_cli_bad_usage_exits_2():
    assert run("ask", check=False).returncode == 2


def test_cli_unknown_article_is_one_clear_error(index_home):
    result = run("remove", "nope", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "article-qa: error: no article with id 'nope' in the index"


@pytest.mark.integration
def test_cli_index_ask_list_remove(seed_corpus, tmp_path, index_home):
    bad = tmp_path / "articles" / "broken.json"
    bad.write_text('{"title": ')
    first = run("index", str(seed_corpus))
    assert first.stdout.startswith("1 added, 0 updated, 0 unchanged, 0 removed, 1 rejected")
    assert "rejected: " in first.stderr and "broken.json: invalid JSON" in first.stderr

    again = run("index", str(seed_corpus), "--json")
    assert json.loads(again.stdout)["unchanged"] == 1

    answer = json.loads(run("ask", "Who contacted whom and when?", "--json").stdout)
    quote = next(
        c
        for c in answer["citations"]
        if "Araghchi contacted White House Envoy Steve Witkoff over the weekend" in c["quote"]
    )
    assert quote["published"].startswith("2026-01-12") and quote["source"] == "Shafaq News"

    unrelated = json.loads(run("ask", "Which club won the 2025 Champions League final?", "--json", "-k", "3").stdout)
    assert unrelated["abstained"] is True and unrelated["citations"] == []

    plain = run("ask", "Who confirmed the channel is still open?").stdout
    assert "Baqaei" in plain and "[1]" in plain

    listed = json.loads(run("list", "--json").stdout)
    assert [row["source"] for row in listed] == ["Shafaq News"]
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["articles"] == 1 and stats["chunks"] >= 2

    assert run("remove", listed[0]["id"]).stdout.strip() == "1 removed"
    assert json.loads(run("list", "--json").stdout) == []


@pytest.mark.integration
def test_cli_unchanged_reindex_does_not_import_torch(seed_corpus, index_home):
    run("index", str(seed_corpus))
    probe = (
        "import sys; from ui.cli import main\n"
        f"try:\n    main(['index', {str(seed_corpus)!r}])\nexcept SystemExit as e:\n    assert e.code == 0, e\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'gradio', 'spacy') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 1 unchanged" in result.stdout


def test_cli_serve_refuses_exposed_host_without_auth(index_home):
    result = run("serve", "--host", "0.0.0.0", check=False)
    assert result.returncode == 2
    assert "--auth" in result.stderr


@pytest.mark.integration
def test_cli_ask_answers_without_importing_torch(seed_corpus, index_home):
    run("index", str(seed_corpus))
    probe = (
        "import sys; from ui.cli import main\n"
        "try:\n    main(['ask', 'Who contacted whom and when?', '--json'])\n"
        "except SystemExit as e:\n    assert not e.code, e\n"
        "assert not sys.modules.get('torch'), 'torch was imported'\n"
        "assert 'sentence_transformers' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Araghchi contacted White House Envoy Steve Witkoff" in result.stdout
