from pathlib import Path

import pytest

from qa.errors import SettingsError
from qa.settings import Settings


def test_settings_env_then_overrides():
    settings = Settings.load({"ARTICLE_QA_DB": "/tmp/x", "ARTICLE_QA_TOP_K": "3", "ARTICLE_QA_PORT": "9000"}, port=9100)
    assert settings.db == Path("/tmp/x")
    assert settings.top_k == 3
    assert settings.port == 9100


def test_settings_default_db_under_xdg(monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "/data")
    assert Settings.load({}).db == Path("/data/article-qa")


def test_settings_default_host_is_loopback():
    assert Settings.load({}).host == "127.0.0.1"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ARTICLE_QA_TOP_K": "many"}, "ARTICLE_QA_TOP_K must be a int"),
        ({"ARTICLE_QA_CHUNK_OVERLAP": "200"}, "chunk_overlap must be >= 0 and smaller than chunk_tokens"),
        ({"ARTICLE_QA_TOP_K": "0"}, "top_k must be at least 1"),
        ({"ARTICLE_QA_RECENT_DAYS": "-1"}, "recent_days must be 0 or more"),
        ({"ARTICLE_QA_AUTH": "nopassword"}, "auth must look like user:password"),
        ({"ARTICLE_QA_CHROMA_URL": "localhost:8000"}, "chroma_url must start with http"),
    ],
)
def test_settings_rejects_bad_values(env, message):
    with pytest.raises(SettingsError, match=message):
        Settings.load(env)
