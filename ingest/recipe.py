"""Which reader made a report's chunks: a digest of the code and settings that shape chunk text.

Unchanged files are skipped at ingest, so without this a library ingested before a reader
improved (a chart's data labels, a table of contents) would keep its old chunks for good, and
its answers would depend on when it was built. The registry keeps this id per report; an ingest
reads a report whose id differs again, and `reportqa docs` shows which reports are due.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# The modules whose code decides a chunk's text and metadata (not storage, search or embedding).
SHAPING = ("loaders", "clean", "tables", "cell_values", "table_blocks", "table_sources", "charts", "contents", "chunk",
           "sentences", "pages", "figures", "metadata", "manifest", "heading_grid", "pies", "cell_marks",
           "row_indent", "chart_stacks", "name_years", "row_sums", "comparative_brackets", "label_bars", "year_forms", "row_lines",
           "markup", "figure_ranges", "figure_brackets", "table_headers", "unit_spread", "year_parts")


@lru_cache(maxsize=8)
def reader_id(chunk_tokens: int, overlap_tokens: int) -> str:
    """12 hex digits naming this reader: its modules' source and the chunk sizes."""
    digest = hashlib.sha256(f"{chunk_tokens}/{overlap_tokens}".encode())
    here = Path(__file__).parent
    for name in SHAPING:
        digest.update(name.encode())
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()[:12]
