"""The `article-qa` command line: a thin layer that calls the library and formats what it returns."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import click

from qa.errors import ArticleQAError
from qa.settings import Settings

_read_only_run = False  # set by a command that only read the index: the program then leaves without teardown


def run() -> None:
    """The `article-qa` program. After a command that only read the index (`ask`) nothing is left to save or
    close, so it leaves at once: Python's orderly teardown of chromadb, onnxruntime and ~900 modules would
    take another ~0.3 s. The reading process ends by itself when its socket closes."""
    try:
        main()
    except SystemExit as leaving:
        if _read_only_run and not leaving.code:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        raise


def _only_read() -> None:
    global _read_only_run
    _read_only_run = True


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    return Settings.load(db=ctx.obj["db"], chroma_url=ctx.obj["chroma_url"], **overrides)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's errors into one clear line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ArticleQAError as error:
            if Settings.load().debug:
                raise
            click.echo(f"article-qa: error: {error}", err=True)
            sys.exit(1)

    return wrapper


def json_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100, "terminal_width": 100})
@click.option(
    "--db",
    type=click.Path(file_okay=False),
    help="Index folder [env ARTICLE_QA_DB; default ~/.local/share/article-qa].",
)
@click.option("--chroma-url", help="Use a Chroma server instead of the embedded store [env ARTICLE_QA_CHROMA_URL].")
@click.version_option(package_name="article-qa")
@click.pass_context
def main(ctx: click.Context, db: str | None, chroma_url: str | None) -> None:
    """Answer questions about a folder of news articles, with verbatim cited passages."""
    ctx.obj = {"db": db, "chroma_url": chroma_url}


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--prune", is_flag=True, help="Remove indexed articles whose source files are gone.")
@click.option("--rebuild", is_flag=True, help="Drop the whole index first (needed after changing the embedder).")
@json_option
@click.pass_context
@handles_errors
def index(ctx: click.Context, paths: tuple[str, ...], prune: bool, rebuild: bool, as_json: bool) -> None:
    """Index the articles in PATHS (.txt .md .html .json .jsonl files and folders)."""
    from ingest.indexer import index_paths
    from ingest.indexer import rebuild as rebuild_index

    settings = _settings(ctx)
    if rebuild:
        rebuild_index(settings)
    with _ProgressBar() as bar:
        report = index_paths(paths, settings, prune=prune, progress=bar.update)
    for error in report.rejected:
        click.echo(f"rejected: {error}", err=True)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.summary())


@main.command()
@click.argument("question")
@click.option(
    "-k", "--top-k", type=click.IntRange(1, 50), default=None, help="Passages to retrieve [env ARTICLE_QA_TOP_K; 5]."
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or before this day.")
@click.option("--source", "sources", multiple=True, help="Only articles from this outlet (repeatable).")
@json_option
@click.pass_context
@handles_errors
def ask(
    ctx: click.Context,
    question: str,
    top_k: int | None,
    since: datetime | None,
    until: datetime | None,
    sources: tuple[str, ...],
    as_json: bool,
) -> None:
    """Answer QUESTION from the indexed articles, quoting and citing them."""
    from qa.api import QA
    from qa.store import Filters

    settings = _settings(ctx, top_k=top_k)
    filters = Filters(
        published_from=int(since.replace(tzinfo=UTC).timestamp()) if since else None,
        published_to=int(until.replace(tzinfo=UTC).timestamp()) + 86399 if until else None,
        sources=sources,
    )
    answer = QA(settings, one_shot=True).ask(question, top_k=settings.top_k, filters=filters)
    _only_read()
    if as_json:
        click.echo(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(answer.text)
    for c in answer.citations:
        date = (c.published or "")[:10] or "undated"
        click.echo(f"\n[{c.n}] {c.title} ({c.source or 'unknown outlet'}, {date}) {c.url}".rstrip())
        click.echo(f"    “{c.quote}” (chars {c.start}-{c.end} of {c.article_id})")


@main.command(name="list")
@json_option
@click.pass_context
@handles_errors
def list_articles(ctx: click.Context, as_json: bool) -> None:
    """List the indexed articles, newest first."""
    from qa.api import QA

    rows = QA(_settings(ctx)).store.list_articles()
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        click.echo(
            f"{row['id']}  {(row.get('published') or '')[:10] or 'undated   '}  "
            f"{row.get('source', '')[:20]:20}  {row.get('title', '')}"
        )


@main.command()
@click.argument("ids", nargs=-1, required=True)
@click.pass_context
@handles_errors
def remove(ctx: click.Context, ids: tuple[str, ...]) -> None:
    """Remove the articles with these IDS from the index."""
    from ingest.indexer import remove_articles

    removed = remove_articles(ids, _settings(ctx))
    click.echo(f"{len(removed)} removed")


@main.command()
@json_option
@click.pass_context
@handles_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """Show what the index holds."""
    from qa.api import QA

    qa = QA(_settings(ctx))
    rows = qa.store.list_articles()
    numbers = {
        "location": qa.store.location,
        **qa.store.counts(),
        "embedder": qa.embedder.name,
        "newest_article": max((r.get("published", "") for r in rows), default="") or None,
        "last_indexed": datetime.fromtimestamp(max(r.get("indexed_at", 0) for r in rows), tz=UTC).isoformat()
        if rows
        else None,
        "outlets": len({r.get("source", "") for r in rows}),
    }
    if as_json:
        click.echo(json.dumps(numbers, indent=2))
        return
    for key, value in numbers.items():
        click.echo(f"{key:15} {value}")


@main.command()
@click.option("--host", default=None, help="Address to listen on [env ARTICLE_QA_HOST; 127.0.0.1, this machine only].")
@click.option("--port", type=int, default=None, help="Port [env ARTICLE_QA_PORT; 7860].")
@click.option("--auth", default=None, help="user:password required to use the chat [env ARTICLE_QA_AUTH].")
@click.pass_context
@handles_errors
def serve(ctx: click.Context, host: str | None, port: int | None, auth: str | None) -> None:
    """Start the chat in the browser."""
    from ui.chat import serve as serve_chat

    settings = _settings(ctx, host=host, port=port, auth=auth)
    if settings.host not in {"127.0.0.1", "localhost", "::1"} and not settings.auth:
        raise click.UsageError(
            "--host exposes the chat to the network; set --auth user:password (or ARTICLE_QA_AUTH) too"
        )
    from qa.verb_vectors import load_verb_vectors

    if load_verb_vectors() is None:
        click.echo("First start on this machine: building the verb vectors, once (~10 s)...", err=True)
    serve_chat(settings)


def reference_text() -> str:
    """The help of the group and of every command, as the README shows it."""
    parts = []
    with click.Context(main, info_name="article-qa", **main.context_settings) as ctx:
        parts.append(f"$ article-qa --help\n{main.get_help(ctx)}")
        for name, command in sorted(main.commands.items()):
            with click.Context(command, parent=ctx, info_name=name, **main.context_settings) as sub_ctx:
                parts.append(f"$ article-qa {name} --help\n{command.get_help(sub_ctx)}")
    return "\n\n".join(parts)


class _ProgressBar:
    """A tqdm bar on stderr that appears only once a run has enough articles to be worth watching."""

    MIN_ARTICLES = 20

    def __init__(self) -> None:
        self._bar: Any = None

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            if total < self.MIN_ARTICLES:
                return
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="article", file=sys.stderr, disable=None)
        self._bar.update(done - self._bar.n)

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
