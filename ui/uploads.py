"""Storing files uploaded through the web UI under `settings.uploads_dir`.

Names are sanitised (no folders, no path traversal, no hidden files, only safe characters), the
extension must be one the loaders read, the size is limited, and a file never overwrites another
upload: a clash gets a numbered suffix, while re-uploading identical bytes reuses the stored file.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
from pathlib import Path

from ingest.errors import UserError
from ingest.loaders import SUPPORTED

MAX_STEM = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def sanitise_name(name: str) -> str:
    """A safe file name for `name` ('../../etc/x.PDF' -> 'x.pdf'); UserError for an unsupported type."""
    raw = str(name or "").replace("\\", "/").split("/")[-1]
    raw = unicodedata.normalize("NFKD", raw).replace("\x00", "")
    raw = "".join(ch for ch in raw if not unicodedata.combining(ch))  # 'é' -> 'e'

    stem, dot, ext = raw.rpartition(".")
    if not dot:
        stem, ext = raw, ""
    ext = "." + ext.lower() if ext else ""
    if ext not in SUPPORTED:
        shown = raw or "(no name)"
        raise UserError(f"{shown}: unsupported file type {ext or '(none)'}: upload one of {', '.join(SUPPORTED)}")
    stem = _UNSAFE.sub("_", stem)
    stem = re.sub(r"\s+", " ", re.sub(r"_{2,}", "_", stem)).strip(" ._-")[:MAX_STEM].strip(" ._-")
    return f"{stem or 'upload'}{ext}"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _candidates(name: str):
    stem, ext = os.path.splitext(name)
    yield name
    for i in range(2, 10_000):
        yield f"{stem}-{i}{ext}"


def store_upload(src: str | Path, original_name: str | None, uploads_dir: Path, max_mb: float) -> tuple[Path, bool]:
    """Copy an uploaded temp file into `uploads_dir` under a sanitised, unused name.

    Returns (stored path, reused): `reused` when an earlier upload with the same name held the
    same bytes, so nothing new was written. UserError for a bad type, an empty or an over-size file.
    """
    src = Path(src)
    name = sanitise_name(original_name or src.name)
    shown = original_name or src.name
    size = src.stat().st_size
    if size == 0:
        raise UserError(f"{shown}: the file is empty")
    if size > max_mb * 2**20:
        raise UserError(f"{shown}: {size / 2**20:.1f} MB is over the {max_mb:g} MB upload limit "
                        "(REPORTQA_MAX_UPLOAD_MB)")
    root = uploads_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    digest = None
    for candidate in _candidates(name):
        target = root / candidate
        if target.parent != root:  # defence in depth: sanitise_name never yields a folder
            raise UserError(f"{shown}: not a valid file name")
        if target.exists():
            digest = digest or _digest(src)
            if target.is_file() and target.stat().st_size == size and _digest(target) == digest:
                return target, True
            continue
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:  # another upload took the name just now
            continue
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            shutil.copyfileobj(inp, out)
        return target, False
    raise UserError(f"{shown}: too many uploads with this name; rename the file")


def display_name(name: str) -> str:
    """The name a user uploaded, as the report's identity and source: its last path part, no
    control characters."""
    raw = str(name or "").replace("\\", "/").split("/")[-1]
    return "".join(ch for ch in raw if ch.isprintable()).strip() or "upload"


def update_question(src: str | Path, name: str, docs: list) -> str | None:
    """The question to ask before an upload replaces a report: set when a report was uploaded
    under this name (with extension) and the new file's bytes differ, else None."""
    from ingest.identity import same_bytes, upload_key

    record = next((d for d in docs if getattr(d, "key", "") == upload_key(name)), None)
    if record is None or same_bytes(record.content_hash, _digest(Path(src))[:16]):
        return None
    return (f"{name}: a report was already uploaded under this name ({record.doc_id}); nothing was changed. "
            f"To replace it with this file, tick “{REPLACE_LABEL}” and add it again")


REPLACE_LABEL = "Update reports uploaded under the same name"
