"""article-qa's question answering: `from qa import ask`.

Imports here are light; models and Chroma load on first use.
"""

from qa.api import QA, ask, open_qa
from qa.records import Answer, Article, Chunk, Citation, Passage
from qa.settings import Settings
from qa.store import Filters

__all__ = ["QA", "Answer", "Article", "Chunk", "Citation", "Filters", "Passage", "Settings", "ask", "open_qa"]
