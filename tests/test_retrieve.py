import json
from datetime import UTC, datetime

from ingest.indexer import index_paths
from qa.api import QA
from qa.retrieve import reciprocal_rank_fusion, within
from qa.store import Filters


def test_reciprocal_rank_fusion_rewards_agreement():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)
    assert max(fused, key=fused.get) == "b"
    assert fused["a"] == 1 / 61
    assert fused["b"] == 1 / 62 + 1 / 61


def test_within_narrows_filters_to_the_period():
    narrowed = within(Filters(published_from=100, sources=("Wire",)), (50, 500))
    assert (narrowed.published_from, narrowed.published_to, narrowed.sources) == (100, 500, ("Wire",))
    assert within(Filters(), (50, 500)) == Filters(published_from=50, published_to=500)


def test_a_period_the_question_names_ranks_articles_published_then_first(tmp_path, settings, fake_embedder):
    feed = tmp_path / "feed.jsonl"
    older = {
        "title": "Council budget vote",
        "text": "The city council voted on the harbour budget. The council budget vote on the harbour was close.",
        "url": "https://n.example/older",
        "published_at": "2022-11-02T09:00:00Z",
    }
    recent = {
        "title": "Council meets",
        "text": "The city council voted on Tuesday to keep the ferry running through the winter.",
        "url": "https://n.example/recent",
        "published_at": "2023-01-03T09:00:00Z",
    }
    feed.write_text("\n".join(json.dumps(a) for a in (older, recent)))
    index_paths([feed], settings, embedder=fake_embedder)
    qa = QA(settings.with_(recent_days=0), embedder=fake_embedder)

    def first_title(question, asked_at):
        return qa.retrieve(question, top_k=2, asked_at=asked_at)[0].article.title

    thursday = datetime(2023, 1, 5, 12, tzinfo=UTC)
    assert first_title("What did the council vote on?", thursday) == "Council budget vote"  # no period named
    assert first_title("What did the council vote on this week?", thursday) == "Council meets"
    # Asked a year later, "this week" holds neither: plain relevance again.
    assert first_title("What did the council vote on this week?", datetime(2024, 1, 4, tzinfo=UTC)) == (
        "Council budget vote"
    )


def test_a_question_naming_no_period_favours_the_last_recent_days(tmp_path, settings, fake_embedder):
    feed = tmp_path / "feed.jsonl"
    articles = [
        (
            "Ferry timetable",
            "The ferry timetable for the harbour ferry changes. The ferry leaves at noon.",
            "2022-06-01",
        ),
        ("Harbour news", "The harbour ferry now leaves at ten in the morning.", "2023-01-04"),
    ]
    feed.write_text(
        "\n".join(
            json.dumps({"title": t, "text": x, "url": f"https://n.example/{n}", "published_at": f"{d}T09:00:00Z"})
            for n, (t, x, d) in enumerate(articles)
        )
    )
    index_paths([feed], settings, embedder=fake_embedder)
    question, thursday = "When does the harbour ferry leave?", datetime(2023, 1, 5, 12, tzinfo=UTC)

    def titles(recent_days, asked_at=thursday):
        qa = QA(settings.with_(recent_days=recent_days), embedder=fake_embedder)
        return [p.article.title for p in qa.retrieve(question, top_k=2, asked_at=asked_at)]

    assert titles(0) == ["Ferry timetable", "Harbour news"]  # plain relevance
    assert titles(7) == ["Harbour news", "Ferry timetable"]  # published the day before: the latest news
    assert titles(7, datetime(2024, 3, 1, tzinfo=UTC)) == ["Ferry timetable", "Harbour news"]  # nothing recent


def test_at_most_two_chunks_of_one_article_before_the_others(tmp_path, settings, fake_embedder):
    long_story = " ".join(f"Paragraph {n} says the lighthouse lamp of Varnholm was repaired." for n in range(6))
    short = "The lighthouse lamp shone again."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            json.dumps({"title": t, "text": x, "url": f"https://n.example/{t}", "published_at": "2023-01-04T09:00:00Z"})
            for t, x in (("long", long_story), ("short", short))
        )
    )
    small = settings.with_(chunk_tokens=16, chunk_overlap=0, recent_days=0)
    index_paths([feed], small, embedder=fake_embedder)
    qa = QA(small, embedder=fake_embedder)
    question = "Was the Varnholm lighthouse lamp repaired?"
    passages = qa.retrieve(question, top_k=4)
    assert [p.article.title for p in passages][:3] == ["long", "long", "short"]
    assert len(passages) == 4 and passages[3].article.title == "long"  # the rest still come after
    assert len({p.chunk.id for p in passages}) == 4


def test_passages_carry_each_stored_sentence_similarity_in_article_offsets(tmp_path, settings, fake_embedder):
    feed = tmp_path / "feed.jsonl"
    story = {
        "title": "Ferry",
        "text": "The ferry runs all winter. The council voted on Tuesday to keep it. Fares stay the same.",
        "url": "https://n.example/ferry",
    }
    feed.write_text(json.dumps(story))
    index_paths([feed], settings, embedder=fake_embedder)
    question = "What did the council vote on?"
    [passage] = QA(settings, embedder=fake_embedder).retrieve(question, top_k=1)
    sentences = [passage.article.text[a:b] for a, b, _ in passage.sentence_similarities]
    assert sentences == [
        "The ferry runs all winter.",
        "The council voted on Tuesday to keep it.",
        "Fares stay the same.",
    ]
    expected = fake_embedder.embed_documents(sentences) @ fake_embedder.embed_query(question)
    stored = [similarity for *_, similarity in passage.sentence_similarities]
    assert max(abs(s - float(e)) for s, e in zip(stored, expected, strict=True)) < 0.01  # int8 on disk
