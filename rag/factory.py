"""The one factory: concrete parts built from settings. CLI, web UI, evaluation and benchmarks
all call it; nothing heavy is loaded until `warm_up()`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ingest.embedding import Embedder
from ingest.pipeline import Library
from ingest.settings import Settings

from .assistant import Assistant
from .extractive import ExtractiveAnswerer
from .retrieve import HybridSearch
from .types import Answerer


@dataclass
class App:
    """Everything a front end needs, sharing one embedder and one Chroma client."""

    settings: Settings
    embedder: Embedder
    library: Library
    searcher: HybridSearch
    assistant: Assistant

    @cached_property
    def retriever(self):
        """The search as a LangChain `HybridRetriever` (LangChain is imported on first use)."""
        from .lc_retriever import HybridRetriever

        return HybridRetriever(searcher=self.searcher, mode=self.searcher.mode, k=self.searcher.k)

    def warm_up(self) -> "App":
        self.assistant.warm_up()
        return self

    def with_answerer(self, answerer: Answerer) -> Assistant:
        """Another assistant over the same index (for comparisons and the web UI's switch)."""
        return Assistant(self.searcher, answerer)


def build_answerer(settings: Settings) -> Answerer:
    """'extractive' (default, no LLM) or an LLM spec such as 'ollama:llama3.1' / 'openai:gpt-4o-mini'."""
    spec = (settings.llm or "extractive").strip()
    if spec in ("", "extractive", "none", "default"):
        return ExtractiveAnswerer(threshold=settings.abstain_threshold)
    from .llm import build_llm_answerer

    return build_llm_answerer(settings)


def build_app(settings: Settings | None = None, embedder: Embedder | None = None) -> App:
    """All parts from settings; pass an already loaded `embedder` to share one model."""
    settings = settings or Settings()
    if (embedder is None or embedder.model_name != settings.embed_model_path
            or embedder.requested_backend != settings.embed_backend):
        embedder = Embedder(settings.embed_model_path, batch_size=settings.embed_batch_size,
                            backend=settings.embed_backend, cache_dir=settings.cache_dir)
    library = Library(settings, embedder)
    searcher = HybridSearch(library=library, embedder=embedder, mode=settings.mode, k=settings.k)
    assistant = Assistant(searcher, build_answerer(settings))
    return App(settings, embedder, library, searcher, assistant)
