"""The Gradio chat: answers with [n] markers, the cited passages beside them, each openable in its article;
follow-up questions, filters, index statistics and uploads."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from qa.api import QA
from qa.conversation import Turn, retrieval_query
from qa.errors import ArticleQAError, QuestionError
from qa.records import Article
from qa.settings import Settings
from qa.store import Filters
from ui.render import (
    HIT_ID,
    answer_markdown,
    article_html,
    article_placeholder,
    error_html,
    markdown_text,
    retrieval_note,
    source_label,
    sources_html,
    stats_html,
    timeline_html,
    upload_report_html,
)

UPLOAD_TYPES = (".txt", ".md", ".html", ".json", ".jsonl")
MAX_UPLOAD_FILES = 50
EXAMPLES = [
    "Who contacted whom and when?",
    "According to Trump, when did Iran contact Washington?",
    "Who confirmed the channel is still open?",
]
# Runs after the viewer is filled; the timeout lets Gradio put the new HTML in the page first.
SCROLL_TO_HIT_JS = f"""() => {{
  setTimeout(() => {{
    const hit = document.getElementById("{HIT_ID}");
    if (hit) hit.scrollIntoView({{block: "center", behavior: "instant"}});
  }}, 150);
}}"""
CSS = """
.aq-sources, .aq-article, .aq-timeline, .aq-stats, .aq-upload-report { overflow-wrap: anywhere; }
.aq-source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; margin-bottom: 8px; }
.aq-n { font-weight: 700; color: var(--color-accent); }
.aq-meta { color: var(--body-text-color-subdued); font-size: 0.9em; }
.aq-source blockquote { margin: 6px 0 0 0; padding-left: 10px; border-left: 3px solid var(--color-accent); }
.aq-article { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; }
.aq-article-head { font-weight: 600; }
.aq-article-body { white-space: pre-wrap; max-height: 360px; overflow-y: auto; margin-top: 8px; line-height: 1.5; }
.aq-hit { background: #fde68a; color: #111; padding: 1px 0; border-radius: 2px; }
.aq-empty, .aq-note { color: var(--body-text-color-subdued); }
.aq-error { color: var(--error-text-color, #b91c1c); }
.aq-timeline { width: 100%; border-collapse: collapse; font-size: 0.92em; table-layout: fixed; }
.aq-timeline th:first-child { width: 22%; }
.aq-timeline th:last-child { width: 5.5em; }
.aq-timeline th { white-space: nowrap; overflow-wrap: normal; }
.aq-timeline caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.aq-timeline th, .aq-timeline td { border-bottom: 1px solid var(--border-color-primary); padding: 4px 6px;
  text-align: left; vertical-align: top; }
.aq-stats { font-size: 0.92em; line-height: 1.6; }
.aq-rejected ul { margin: 4px 0 0 18px; }
"""


@dataclass(frozen=True)
class SavedUploads:
    """Uploaded files copied into the index folder, and those refused with a reason."""

    paths: list[Path]
    rejected: list[tuple[str, str]]


def build_app(qa: QA) -> Any:
    """The Gradio Blocks app over an open index."""
    import gradio as gr

    def respond(
        question: str,
        history: list[dict[str, Any]] | None,
        turns: list[Turn] | None,
        published_from: str | None,
        published_to: str | None,
        outlets: list[str] | None,
    ) -> tuple[Any, ...]:
        history, turns = list(history or []), list(turns or [])
        if not (question or "").strip():
            return (history, gr.skip(), gr.skip(), "", turns, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip())
        query = retrieval_query(question, turns)
        history.append({"role": "user", "content": markdown_text(question)})
        try:
            answer = qa.ask(query, filters=parse_filters(published_from, published_to, outlets))
        except ArticleQAError as error:
            if qa.settings.debug:
                raise
            history.append({"role": "assistant", "content": markdown_text(f"Error: {error}")})
            return (
                history,
                error_html(str(error)),
                {"error": str(error)},
                "",
                turns,
                [],
                gr.Radio(choices=[], value=None),
                article_placeholder(),
                gr.HTML(value="", visible=False),
                query,
            )
        history.append({"role": "assistant", "content": answer_markdown(answer)})
        turns.append(Turn(question=question, answer=answer.text, query=query))
        cited = [c.to_dict() for c in answer.citations]
        timeline = timeline_html(answer.events)
        return (
            history,
            sources_html(answer),
            answer.to_dict(),
            "",
            turns,
            cited,
            gr.Radio(choices=[(source_label(c), c["n"]) for c in cited], value=None),
            article_placeholder(),
            gr.HTML(value=timeline, visible=bool(timeline)),
            retrieval_note(query, answer),
        )

    def open_source(n: int | None, cited: list[dict[str, Any]] | None) -> str:
        citation = next((c for c in cited or [] if c["n"] == n), None)
        if citation is None:
            return article_placeholder()
        try:
            article: Article = qa.store.get_article(citation["article_id"])
        except ArticleQAError as error:
            if qa.settings.debug:
                raise
            return error_html(str(error))
        return article_html(article, citation["start"], citation["end"], n=citation["n"], quote=citation["quote"])

    def index_panel() -> tuple[str, list[str]]:
        articles = qa.store.list_articles()
        return stats_html(qa.store.counts(), articles), sorted({a.get("source", "") for a in articles} - {""})

    def refresh_index_panel() -> tuple[str, Any]:
        stats, outlets = index_panel()
        return stats, gr.Dropdown(choices=outlets)

    # Gradio finds the progress bar by this default value; B008 does not apply.
    def add_articles(files: list[str] | None, progress: Any = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        from ingest.indexer import index_paths

        nonlocal qa

        saved = save_uploads(files or [], qa.settings.db / "uploads", max_bytes=upload_limit(qa.settings))
        report_html = upload_report_html("Nothing to index.", saved.rejected)
        if saved.paths:
            progress((0, len(saved.paths)), desc="Indexing", unit="articles")
            try:
                report = index_paths(
                    saved.paths,
                    qa.settings,
                    embedder=qa.embedder,
                    progress=lambda done, total: progress((done, total), desc="Indexing", unit="articles"),
                )
            except ArticleQAError as error:
                if qa.settings.debug:
                    raise
                report_html = error_html(str(error))
            else:
                rejected = saved.rejected + [(Path(e.path).name, e.reason) for e in report.rejected]
                report_html = upload_report_html(report.summary(), rejected)
                if report.added or report.updated:
                    # The indexer wrote through its own Chroma instance; a fresh QA sees the new articles at
                    # once instead of after the store notices the change on disk.
                    qa = QA(qa.settings, embedder=qa.embedder)
        stats, outlets = refresh_index_panel()
        return report_html, stats, outlets, None

    initial_stats, initial_outlets = index_panel()
    with gr.Blocks(title="article-qa") as app:
        turns = gr.State([])
        cited = gr.State([])
        with gr.Sidebar(label="Index", open=True, width=340, elem_id="aq-sidebar"):
            gr.Markdown("### Index")
            stats = gr.HTML(initial_stats, elem_id="aq-stats")
            gr.Markdown("### Filters")
            published_from = gr.DateTime(label="Published from", include_time=False, type="string", elem_id="aq-from")
            published_to = gr.DateTime(label="Published to", include_time=False, type="string", elem_id="aq-to")
            outlets = gr.Dropdown(
                label="Outlets", choices=initial_outlets, value=[], multiselect=True, elem_id="aq-outlets"
            )
            gr.Markdown("### Add articles")
            upload = gr.File(
                label=f"{' '.join(UPLOAD_TYPES)}; up to {upload_limit(qa.settings) // 1_000_000} MB each",
                file_count="multiple",
                # No file_types: Gradio would refuse a whole mixed upload; save_uploads lists each wrong file.
                elem_id="aq-upload",
            )
            upload_report = gr.HTML(elem_id="aq-upload-report")
        gr.Markdown("## article-qa\nAsk about the indexed news articles. Every answer quotes its sources verbatim.")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label="Chat",
                    height=440,
                    sanitize_html=True,
                    allow_tags=False,
                    feedback_options=None,
                    buttons=["copy"],
                    elem_id="aq-chat",
                )
                with gr.Row():
                    question = gr.Textbox(
                        show_label=False,
                        placeholder="Who contacted whom and when?",
                        lines=1,
                        scale=5,
                        elem_id="aq-question",
                    )
                    ask_button = gr.Button("Ask", variant="primary", scale=1, elem_id="aq-ask")
                gr.Examples(EXAMPLES, inputs=question)
                timeline = gr.HTML(visible=False, elem_id="aq-timeline")
                with gr.Accordion("Query used for retrieval", open=False, elem_id="aq-query-box"):
                    query_box = gr.Textbox(show_label=False, interactive=False, elem_id="aq-query")
                with gr.Accordion("Answer as JSON", open=False):
                    answer_json = gr.JSON()
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(elem_id="aq-sources")
                picker = gr.Radio(label="Open a source in its article", choices=[], elem_id="aq-open-source")
                viewer = gr.HTML(article_placeholder(), elem_id="aq-article")

        inputs = [question, chatbot, turns, published_from, published_to, outlets]
        outputs = [chatbot, sources, answer_json, question, turns, cited, picker, viewer, timeline, query_box]
        question.submit(respond, inputs, outputs, api_name="ask")
        ask_button.click(respond, inputs, outputs, api_name=False)
        picker.input(open_source, [picker, cited], viewer, api_name="open_source").then(None, js=SCROLL_TO_HIT_JS)
        upload.upload(add_articles, upload, [upload_report, stats, outlets, upload], api_name="add_articles")
        app.load(refresh_index_panel, None, [stats, outlets], api_name=False)
    return app


def parse_filters(
    published_from: str | None, published_to: str | None, outlets: Sequence[str] | None
) -> Filters | None:
    """Retrieval filters from the chat's inputs (days are whole UTC days); None when nothing is restricted."""
    start = _day(published_from, "published from")
    end = _day(published_to, "published to")
    if start and end and start > end:
        raise QuestionError(f"the date range is empty: {start} is after {end}")
    filters = Filters(
        published_from=int(datetime.combine(start, time.min, UTC).timestamp()) if start else None,
        published_to=int(datetime.combine(end, time.max, UTC).timestamp()) if end else None,
        sources=tuple(outlets or ()),
    )
    return None if filters.empty else filters


def upload_limit(settings: Settings) -> int:
    """Largest uploaded file accepted, in bytes: the indexer's own per-file limit."""
    return int(settings.max_file_mb * 1_000_000)


def save_uploads(files: Sequence[str | Path], folder: Path, *, max_bytes: int) -> SavedUploads:
    """Copy uploaded files into `folder` (they outlive Gradio's temporary copies), refusing wrong types and sizes.

    Args:
        files: paths of the uploaded temporary files, named as the user's files were.
        folder: where uploads are kept; a file of the same name is replaced (so a re-upload updates it).
        max_bytes: the largest file accepted.
    Returns:
        The copies, and (file name, reason) for each file refused.
    """
    saved: list[Path] = []
    rejected: list[tuple[str, str]] = []
    for file in files:
        path = Path(file)
        name = path.name
        if len(saved) >= MAX_UPLOAD_FILES:
            rejected.append((name, f"more than {MAX_UPLOAD_FILES} files in one upload"))
        elif path.suffix.lower() not in UPLOAD_TYPES:
            rejected.append((name, f"not an article file; expected one of {', '.join(UPLOAD_TYPES)}"))
        elif (size := path.stat().st_size) > max_bytes:
            rejected.append((name, f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit"))
        else:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / _safe_name(name)
            shutil.copyfile(path, target)
            saved.append(target)
    return SavedUploads(saved, rejected)


def launch_options(settings: Settings) -> dict[str, Any]:
    """The keyword arguments of `app.launch` for these settings: address, auth, upload limit, styling."""
    return {
        "server_name": settings.host,
        "server_port": settings.port,
        "auth": tuple(settings.auth.split(":", 1)) if settings.auth else None,
        "max_file_size": upload_limit(settings),
        "show_error": False,
        "css": CSS,
        "footer_links": ["api"],
    }


def serve(settings: Settings, *, block: bool = True) -> Any:
    """Open the index, warm the models, and serve the chat on settings.host:settings.port."""
    qa = QA(settings)
    qa.warm_up()
    app = build_app(qa)
    app.launch(prevent_thread_lock=not block, **launch_options(settings))
    return app


def _day(value: str | float | None, what: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int | float):  # a DateTime sends a timestamp when its type is changed
        return datetime.fromtimestamp(value, UTC).date()
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise QuestionError(f"{what} must be a day like 2026-01-12, got {value!r}") from None


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.-]+", "_", name)
    return f"upload{cleaned}" if cleaned.startswith(".") else cleaned  # never a hidden file
