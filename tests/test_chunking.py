import itertools

import pytest

from ingest.chunking import chunk_article, count_tokens
from ingest.readers import make_article, read_file

from .conftest import SEED


def _article(text, title="T"):
    return make_article(
        title=title, body=text, published=None, source="", url="", author="", source_path="x", label="x"
    )


def _seed():
    return read_file(SEED, max_bytes=10**6).articles[0]


def test_chunk_article_offsets_point_into_article_text():
    article = _seed()
    chunks = chunk_article(article, max_tokens=60, overlap=15)
    assert len(chunks) > 3
    for chunk in chunks:
        assert article.text[chunk.start : chunk.end] == chunk.text
        assert chunk.id == f"{article.id}:{article.content_hash[:8]}:{chunk.index}"


def test_chunk_article_respects_token_budget_and_covers_text():
    article = _seed()
    chunks = chunk_article(article, max_tokens=60, overlap=15)
    assert max(count_tokens(c.text) for c in chunks) <= 60
    covered = set()
    for chunk in chunks:
        covered.update(range(chunk.start, chunk.end))
    assert all(i in covered for i, ch in enumerate(article.text) if not ch.isspace())


def test_chunk_article_overlaps_whole_sentences():
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    chunks = chunk_article(_article(text), max_tokens=40, overlap=10)
    for before, after in itertools.pairwise(chunks):
        assert after.start < before.end  # the next chunk repeats the last sentence
        assert text[after.start : after.start + 8] == "Sentence"


def test_chunk_article_splits_giant_sentence_at_words():
    text = "word " * 500 + "end."
    chunks = chunk_article(_article(text), max_tokens=50, overlap=0)
    assert all(count_tokens(c.text) <= 50 for c in chunks)
    assert chunks[-1].text.endswith("end.")


def test_chunk_article_validates_arguments():
    with pytest.raises(ValueError, match="overlap must be smaller than max_tokens, got 50 >= 50"):
        chunk_article(_article("x."), max_tokens=50, overlap=50)


@pytest.mark.integration
def test_chunks_are_never_truncated_by_the_embedder(real_embedder):
    """Every chunk the indexer would embed (title included) fits in MiniLM's 256 word pieces."""
    from ingest.indexer import embedding_text, fit_chunks

    hard = (
        "Официальные лица заявили 12 января 2026 года, что переговоры продолжатся. "
        "Ticker: NASDAQ:AAPL +1.25%, 3,456,789.01 USD; https://example.com/a/very/long/path?with=params&and=more. "
        "東京で会談が行われた。 Ελληνικά κείμενα εδώ. 🙂🙂🙂 "
    ) * 40
    for article in (_seed(), _article(hard, title="A long mixed-script headline " * 3)):
        chunks = fit_chunks(article, real_embedder, max_tokens=160, overlap=32)
        lengths = real_embedder.count_tokens([embedding_text(article, c) for c in chunks])
        assert max(lengths) <= real_embedder.max_tokens
        assert all(article.text[c.start : c.end] == c.text for c in chunks)
