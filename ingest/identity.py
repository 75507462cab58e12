"""Which report a file is: its identity (the file as the user gave it) and a readable doc id that
no other report holds, so a file never replaces another report whatever its name or script."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection
from pathlib import Path

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
                     "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u".split()))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()))
_MAP = {k: ("" if v == "-" else v) for k, v in {**_CYRILLIC, **_GREEK}.items()}


def transliterate(text: str) -> str:
    """Latin letters for `text`: accents dropped (NFKD), Cyrillic and Greek mapped; other scripts kept."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(_MAP.get(ch, ch) for ch in decomposed if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")


def preferred_id(source: str) -> str:
    """The id a file name asks for: its stem in lower-case Latin letters, digits and dashes; a name
    with letters no table transliterates (CJK, Arabic, ...) gets a short hash of the name."""
    stem = Path(source).stem or source
    latin = transliterate(stem)
    slug = _slug(latin)
    untranslated = any(ch.isalpha() and not ch.isascii() for ch in latin)
    if untranslated:
        digest = hashlib.sha1(unicodedata.normalize("NFC", stem).encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"doc-{digest}"
    elif len(slug) < 3:
        slug = f"{slug}-doc" if slug else "doc"
    return slug


def allocate_id(wanted: str, source: str, taken: Collection[str]) -> str:
    """`wanted`, or when another report holds it `wanted-EXT` (memo-html), then `wanted-2`, `-3`..."""
    wanted = wanted.lstrip("-") or "doc"
    if wanted not in taken:
        return wanted
    ext = _slug(Path(source).suffix.lower())
    if ext and f"{wanted}-{ext}" not in taken:
        return f"{wanted}-{ext}"
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def path_key(path: Path) -> str:
    """The identity of a file named on the command line: its resolved path."""
    return f"path:{path.resolve()}"


def upload_key(name: str) -> str:
    """The identity of a file uploaded through the web UI: its name with extension."""
    return f"upload:{name}"


def same_bytes(version: str, digest: str) -> bool:
    """Whether a report version ('3f2a...' or a rebuild of it, '3f2a....2') was read from bytes with `digest`."""
    return version.split(".", 1)[0] == digest


def rebuilt(version: str) -> str:
    """The next version of a report rebuilt from the same bytes: its chunks get new ids, so the
    rebuild is written beside the old version and replaces it in the crash-safe order."""
    digest, _, n = version.partition(".")
    return f"{digest}.{int(n or 0) + 1}"


class Claims:
    """The registered reports (and those this run adds) by identity, bytes and id: which report a
    file is, and an id for a file that is none of them."""

    def __init__(self, records: Collection) -> None:
        self.records = {r.doc_id: r for r in records}

    def match(self, key: str, content_hash: str, legacy_id: str, source: str) -> tuple[object | None, str]:
        """(record, how): the report with this identity ("key"), else one with the same bytes
        ("bytes": a renamed or copied file), else a record an older version wrote for this file
        name, which had no identity ("legacy"); (None, "new") when the file is a new report."""
        records = list(self.records.values())
        for how, hit in (("key", lambda r: r.key == key),
                         ("bytes", lambda r: same_bytes(r.content_hash, content_hash)),
                         ("legacy", lambda r: not r.key and r.doc_id == legacy_id and r.source == source)):
            found = next((r for r in records if hit(r)), None)
            if found is not None:
                return found, how
        return None, "new"

    def new_id(self, wanted: str, source: str) -> str:
        return allocate_id(wanted, source, self.records)

    def claim(self, record) -> None:
        """Record what this run registers, so later files of the run see it."""
        self.records[record.doc_id] = record
