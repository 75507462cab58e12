"""`HybridSearch` as a LangChain `BaseRetriever`, so it composes with any LangChain chain.

Kept apart from rag/retrieve.py because importing LangChain's retriever machinery costs about
a second of CPU, which a cold `reportqa ask` does not need.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from ingest.settings import RetrievalMode

from .retrieve import HybridSearch, SearchResult
from .types import Passage


class HybridRetriever(BaseRetriever):
    """LangChain retriever over a `HybridSearch`; `mode`, `k` and `doc_ids` are its own defaults."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearch
    mode: RetrievalMode = "hybrid"
    k: int = 5
    doc_ids: list[str] | None = None

    @property
    def library(self):
        return self.searcher.library

    @property
    def embedder(self):
        return self.searcher.embedder

    def search(self, query: str, *, k: int | None = None, mode: RetrievalMode | None = None,
               doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Passages for `query` with their fused, dense and keyword scores."""
        return self.searcher.search(query, k=k or self.k, mode=mode or self.mode, doc_ids=doc_ids or self.doc_ids)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [to_document(p) for p in self.search(query).passages]


def to_document(passage: Passage) -> Document:
    """A LangChain Document carrying all chunk metadata and the scores."""
    meta: dict[str, Any] = passage.chunk.metadata()
    meta.update(chunk_id=passage.chunk_id, score=passage.score, dense_score=passage.dense_score,
                bm25_score=passage.bm25_score, rank=passage.rank)
    return Document(page_content=passage.chunk.text, metadata=meta, id=passage.chunk_id)
