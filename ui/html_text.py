"""Report and user text made safe for the web UI's HTML: escaped, newlines as <br>, clipped.
Every renderer (render.py, highlight.py, render_eval.py, render_turns.py) builds on these.
"""

from __future__ import annotations

import html
import re
from typing import Any


def esc(text: Any) -> str:
    """The text as HTML-escaped text (quotes too); None is empty."""
    return html.escape("" if text is None else str(text), quote=True)


def line_breaks(escaped: str) -> str:
    """Newlines as <br> (and no blank lines, which would end the HTML block in Markdown)."""
    return re.sub(r"\n\s*", "<br>", escaped.strip())


def clip_text(text: str | None, n: int = 220) -> str:
    """The text on one line, cut to `n` characters with '…'."""
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"
