"""The Gradio chat: answers with [n] markers, and the cited passages beside them."""

from __future__ import annotations

from typing import Any

from qa.api import QA
from qa.errors import ArticleQAError
from qa.settings import Settings
from ui.render import answer_markdown, sources_html

EXAMPLES = [
    "Who contacted whom and when?",
    "According to Trump, when did Iran contact Washington?",
    "Who confirmed the channel is still open?",
]
CSS = """
.aq-source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; margin-bottom: 8px; }
.aq-n { font-weight: 700; }
.aq-meta { color: var(--body-text-color-subdued); font-size: 0.9em; }
.aq-source blockquote { margin: 6px 0 0 0; padding-left: 10px; border-left: 3px solid var(--color-accent); }
"""


def build_app(qa: QA) -> Any:
    """The Gradio Blocks app over an open index."""
    import gradio as gr

    def respond(
        question: str, history: list[dict[str, Any]] | None
    ) -> tuple[list[dict[str, Any]], str, dict[str, Any], str]:
        history = list(history or [])
        try:
            answer = qa.ask(question)
        except ArticleQAError as error:
            history += [{"role": "user", "content": question}, {"role": "assistant", "content": f"Error: {error}"}]
            return history, "", {"error": str(error)}, ""
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer_markdown(answer)},
        ]
        return history, sources_html(answer), answer.to_dict(), ""

    with gr.Blocks(title="article-qa") as app:
        gr.Markdown("## article-qa\nAsk about the indexed news articles. Every answer quotes its sources verbatim.")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=480, sanitize_html=True, allow_tags=False)
                question = gr.Textbox(label="Question", placeholder="Who contacted whom and when?", lines=1)
                ask_button = gr.Button("Ask", variant="primary")
                gr.Examples(EXAMPLES, inputs=question)
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(elem_id="aq-sources")
                with gr.Accordion("Answer as JSON", open=False):
                    answer_json = gr.JSON()
        outputs = [chatbot, sources, answer_json, question]
        question.submit(respond, [question, chatbot], outputs, api_name="ask")
        ask_button.click(respond, [question, chatbot], outputs, api_name=False)
    return app


def serve(settings: Settings, *, block: bool = True) -> Any:
    """Open the index, warm the model, and serve the chat on settings.host:settings.port."""
    qa = QA(settings)
    qa.embedder.embed_query("warm up")
    app = build_app(qa)
    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        prevent_thread_lock=not block,
        show_error=False,
        css=CSS,
        footer_links=["api"],
    )
    return app
