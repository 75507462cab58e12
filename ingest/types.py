"""Typed values that flow between the ingest stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import Table

TABLES_PART = 4000  # characters per `tablesN` metadata value


def _joined_parts(meta: dict, key: str) -> str:
    """A long string stored as metadata values key0, key1, ... joined back."""
    parts, i = [], 0
    while f"{key}{i}" in meta:
        parts.append(str(meta[f"{key}{i}"]))
        i += 1
    return "".join(parts)


@dataclass(frozen=True)
class DocInfo:
    """Citation metadata of one report."""

    doc_id: str
    title: str
    publisher: str = ""
    date: str = ""
    source: str = ""


@dataclass
class Section:
    """One page (PDF, recovered page breaks) or one headed section, as cleaned text."""

    text: str
    page: int | None = None
    heading: str | None = None


@dataclass
class Chunk:
    """A retrievable passage with everything a citation needs."""

    chunk_id: str
    doc_id: str
    text: str
    title: str
    publisher: str
    date: str
    source: str
    page: int | None
    page_end: int | None
    section: str | None
    char_start: int
    char_end: int
    content_hash: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)  # spans in `text`
    tables_json: str = ""  # the cells of the tables this chunk's rows come from (ingest.tables JSON)

    @property
    def tables(self) -> list["Table"]:
        """The tables whose rows this chunk holds, cells addressable by (row, column)."""
        from .tables import tables_from_json

        return tables_from_json(self.tables_json)

    def metadata(self) -> dict[str, str | int]:
        """Chroma metadata: scalars only, None values left out."""
        meta: dict[str, str | int] = {
            "doc_id": self.doc_id, "title": self.title, "publisher": self.publisher, "date": self.date,
            "source": self.source, "char_start": self.char_start, "char_end": self.char_end,
            "content_hash": self.content_hash,
            "sentences": ";".join(f"{s},{e}" for s, e in self.sentences),
        }
        if self.page is not None:
            meta["page"] = self.page
        if self.page_end is not None:
            meta["page_end"] = self.page_end
        if self.section:
            meta["section"] = self.section
        for i in range(0, len(self.tables_json), TABLES_PART):  # Chroma Cloud allows 4 KiB per value
            meta[f"tables{i // TABLES_PART}"] = self.tables_json[i:i + TABLES_PART]
        return meta

    @classmethod
    def from_record(cls, chunk_id: str, text: str, meta: dict) -> "Chunk":
        spans = [tuple(int(x) for x in part.split(",")) for part in str(meta.get("sentences", "")).split(";") if part]
        return cls(
            chunk_id=chunk_id, doc_id=str(meta["doc_id"]), text=text, title=str(meta.get("title", "")),
            publisher=str(meta.get("publisher", "")), date=str(meta.get("date", "")), source=str(meta.get("source", "")),
            page=meta.get("page"), page_end=meta.get("page_end"), section=meta.get("section"),
            char_start=int(meta.get("char_start", 0)), char_end=int(meta.get("char_end", 0)),
            content_hash=str(meta.get("content_hash", "")), sentences=[(s, e) for s, e in spans],
            tables_json=_joined_parts(meta, "tables"),
        )


@dataclass
class FileResult:
    """What happened to one file in an ingest run (the `--json` contract)."""

    path: str
    doc_id: str | None
    status: str  # added | unchanged | updated | error
    chunks: int = 0
    error: str | None = None

    def as_dict(self) -> dict:
        return {"path": self.path, "doc_id": self.doc_id, "status": self.status, "chunks": self.chunks, "error": self.error}
