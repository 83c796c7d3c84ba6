"""The ways people reach article-qa: the `article-qa` command line and the Gradio chat."""
