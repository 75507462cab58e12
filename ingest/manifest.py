"""Report metadata: a folder's manifest.yaml when it names the file, else what the file says."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import yaml

from .clean import heading_of
from .identity import preferred_id
from .types import DocInfo, Section

MANIFEST = "manifest.yaml"


def slugify(name: str) -> str:
    """The doc id rule before issue 11 (kept to recognise reports registered by older versions)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]
    return slug if len(slug) >= 3 else (slug + "-doc")[:80]


def manifest_entries(folder: Path) -> dict[str, dict]:
    """Entries of `folder/manifest.yaml`, by file name (empty when there is none)."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(e["file"]): e for e in data.get("reports", []) if isinstance(e, dict) and e.get("file")}


def manifest_entry(path: Path, folders: dict[Path, dict[str, dict]] | None = None) -> dict:
    """The manifest entry naming file `path` ({} when none); `folders` keeps each folder's
    entries read once (a run reads one manifest per folder, not one per question about a file)."""
    if folders is None:
        return manifest_entries(path.parent).get(path.name, {})
    if path.parent not in folders:
        folders[path.parent] = manifest_entries(path.parent)
    return folders[path.parent].get(path.name, {})


def legacy_doc_id(path: Path, source_name: str | None = None, entry: dict | None = None) -> str:
    """The id an older version gave this file (manifest entry, else `slugify` of the stem)."""
    entry = manifest_entry(path) if entry is None else entry
    return str(entry.get("doc_id") or slugify(Path(source_name or path.name).stem))


def doc_info(path: Path, sections: list[Section], source_name: str | None = None, entry: dict | None = None) -> DocInfo:
    """Title, publisher and date from the manifest (`entry`, else read), else the first heading or the
    file name; the id the file asks for (the library gives another when a different report holds it)."""
    source = source_name or path.name
    entry = manifest_entry(path) if entry is None else entry
    title = entry.get("title") or _first_heading(sections) or Path(source).stem.replace("_", " ").replace("-", " ")
    return DocInfo(
        doc_id=str(entry.get("doc_id") or preferred_id(source)),
        title=str(title)[:300], publisher=str(entry.get("publisher", "")), date=str(entry.get("date", "")),
        source=source,
    )


def _first_heading(sections: list[Section]) -> str | None:
    for sec in sections[:5]:
        for line in sec.text.split("\n")[:20]:
            found = heading_of(line)
            if found and found[0] == 1:
                return found[1]
    return None


def with_file_metadata(info: DocInfo, path: Path, meta: dict[str, str], entry: dict | None = None) -> DocInfo:
    """`info` with the title, publisher and date the file itself states (`meta`, from
    ingest/metadata.py) wherever the manifest gives none: a stated title beats the first
    heading and the file name, the manifest beats both."""
    entry = manifest_entry(path) if entry is None else entry
    changes = {k: str(meta[k]) for k in ("title", "publisher", "date") if meta.get(k) and not entry.get(k)}
    return replace(info, **changes) if changes else info
