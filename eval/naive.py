"""The naive LangChain baseline: what a user would otherwise build in ten lines.

RecursiveCharacterTextSplitter(1000, 200) over each report's raw text, a langchain-chroma
vector store with the same MiniLM model (our Embedder, registered as a LangChain `Embeddings`), top-4
similarity search, and the top passage's text as the answer. It never abstains and has no
`figure` field. Scored by the same metrics as ReportQA, so "better" is measured against it.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

from ingest.embedding import Embedder, as_langchain
from ingest.loaders import decode_text, load_file
from ingest.manifest import doc_info
from ingest.ingest_run import expand_paths
from ingest.settings import use_offline_env
from ingest.types import Chunk, Section
from rag.types import Answer, Citation, Passage

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4


def raw_text(path: Path) -> str:
    """Plain text files as they are (a naive pipeline does no cleaning); other formats via our loaders."""
    if path.suffix.lower() in (".txt", ".md", ".markdown"):
        return decode_text(path, path.read_bytes())
    doc, _ = load_file(path, max_bytes=500 * 2**20)
    return "\n\n".join(s.text for s in doc.sections)


class NaiveBaseline:
    """Split -> embed -> Chroma -> top-4 -> top passage as the answer."""

    name = "naive-langchain"

    def __init__(self, embedder: Embedder, persist_dir: str | Path | None = None, k: int = TOP_K) -> None:
        self.embedder = embedder
        self.k = k
        self._tmp = None
        if persist_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="reportqa-naive-")
            persist_dir = self._tmp.name
        self.persist_dir = Path(persist_dir)
        self.store = None
        self.chunks = 0

    def build(self, paths: Sequence[Path]) -> "NaiveBaseline":
        """Load, split and index every supported file under `paths`."""
        use_offline_env()
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.embedder.warm_up()
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        docs: list[Document] = []
        for path in expand_paths([Path(p) for p in paths]):
            text = raw_text(path)
            info = doc_info(path, [Section(text=text[:4000])])
            meta = {"doc_id": info.doc_id, "title": info.title, "publisher": info.publisher, "date": info.date,
                    "source": info.source}
            docs += splitter.create_documents([text], metadatas=[meta])
        self.persist_dir.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(self.persist_dir),
                                           settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(collection_name=f"naive-{uuid.uuid4().hex[:8]}", embedding_function=as_langchain(self.embedder),
                            client=client)
        for i in range(0, len(docs), 2000):
            self.store.add_documents(docs[i:i + 2000])
        self.chunks = len(docs)
        return self

    def warm_up(self) -> None:
        self.embedder.warm_up()

    def ask(self, question: str, *, mode=None, k=None, doc_ids=None) -> Answer:
        """The top passage as the answer, the top-4 as the retrieved passages (mode and k ignored)."""
        if self.store is None:
            raise RuntimeError("call build(paths) first")
        start = time.perf_counter()
        docs = self.store.similarity_search(question, k=self.k)
        retrieve = (time.perf_counter() - start) * 1000
        passages = [Passage(chunk=_chunk(d, i), score=0.0, rank=i) for i, d in enumerate(docs, start=1)]
        citations = [Citation.from_passage(1, passages[0], quote=passages[0].chunk.text)] if passages else []
        text = (passages[0].chunk.text + " [1]") if passages else ""
        total = (time.perf_counter() - start) * 1000
        return Answer(question=question, answer=text, figure=None, abstained=False, citations=citations,
                      backend=self.name, timings_ms={"retrieve": retrieve, "total": total}, passages=passages)

    def close(self) -> None:
        self.store = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def _chunk(doc, rank: int) -> Chunk:
    m = doc.metadata
    return Chunk(chunk_id=f"naive-{rank}-{hash(doc.page_content) & 0xffffffff:x}", doc_id=str(m.get("doc_id", "")),
                 text=doc.page_content, title=str(m.get("title", "")), publisher=str(m.get("publisher", "")),
                 date=str(m.get("date", "")), source=str(m.get("source", "")), page=None, page_end=None,
                 section=None, char_start=0, char_end=len(doc.page_content))
