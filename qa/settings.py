"""The one settings object. Flags and ARTICLE_QA_* variables map onto the same fields; this is the only
module that reads the environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from qa.errors import SettingsError

ENV_PREFIX = "ARTICLE_QA_"
_CHROMA_NAME = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]")  # what Chroma accepts as a database name


def default_db() -> Path:
    """Where the index lives unless told otherwise: $XDG_DATA_HOME/article-qa (~/.local/share/article-qa)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "article-qa"


def cache_folder() -> Path:
    """Where models derived from the packaged ones are kept: $XDG_CACHE_HOME/article-qa (~/.cache/article-qa)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "article-qa"


@dataclass(frozen=True)
class Settings:
    """Every tunable of article-qa; each field `x` is also the variable `ARTICLE_QA_X`."""

    db: Path = Path()
    chroma_url: str = ""
    chroma_database: str = ""
    embedder: str = "minilm"
    query_embedder: str = "minilm-int8"
    chunk_tokens: int = 160
    chunk_overlap: int = 32
    top_k: int = 5
    recent_days: int = 7
    min_relevance: float = 0.5
    max_file_mb: float = 10.0
    max_feed_mb: float = 2000.0
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str = ""
    debug: bool = False

    def __post_init__(self) -> None:
        if self.db == Path():
            object.__setattr__(self, "db", default_db())
        if self.chunk_tokens < 16:
            raise SettingsError(f"chunk_tokens must be at least 16, got {self.chunk_tokens}")
        if not 0 <= self.chunk_overlap < self.chunk_tokens:
            raise SettingsError(
                "chunk_overlap must be >= 0 and smaller than chunk_tokens, "
                f"got {self.chunk_overlap} >= {self.chunk_tokens}"
            )
        if self.top_k < 1:
            raise SettingsError(f"top_k must be at least 1, got {self.top_k}")
        if self.recent_days < 0:
            raise SettingsError(f"recent_days must be 0 or more, got {self.recent_days}")
        if not 0 < self.port < 65536:
            raise SettingsError(f"port must be between 1 and 65535, got {self.port}")
        if self.auth and ":" not in self.auth:
            raise SettingsError("auth must look like user:password")
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise SettingsError(f"chroma_url must start with http:// or https://, got {self.chroma_url!r}")
        if self.chroma_database and not _CHROMA_NAME.fullmatch(self.chroma_database):
            raise SettingsError(
                "chroma_database must be 3-512 letters, digits, '.', '_' or '-', starting and ending with a letter or "
                f"digit, got {self.chroma_database!r}"
            )

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ARTICLE_QA_* variables, then explicit overrides (flags); None overrides are ignored."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _convert(f.name, f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "db" in values:
            values["db"] = Path(values["db"]).expanduser()
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def _convert(name: str, type_name: Any, raw: str) -> Any:
    kind = str(type_name)
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            return raw.strip().lower() in {"1", "true", "yes", "on"}
    except ValueError:
        raise SettingsError(f"{ENV_PREFIX}{name.upper()} must be a {kind}, got {raw!r}") from None
    return raw
