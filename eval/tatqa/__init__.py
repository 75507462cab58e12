"""TAT-QA as a public benchmark for `reportqa eval --tatqa FILE`: real annual-report pages
(a table and its paragraphs), each ingested as an HTML page and questioned within that page."""

from .data import DEV_END, Context, TatQuestion, load_tatqa, parse_pages, split_of
from .normalise import lead_exact, holds_gold
from .score import TatScore, score_answer, summarise_tatqa

__all__ = ["DEV_END", "Context", "TatQuestion", "TatScore", "holds_gold", "lead_exact", "load_tatqa", "parse_pages",
           "score_answer", "split_of", "summarise_tatqa"]
