"""Where the extractive answerer used to live; it is the rag/extractive/ package now."""

from .extractive import NOT_STATED, ExtractiveAnswerer, excerpt

__all__ = ["ExtractiveAnswerer", "NOT_STATED", "excerpt"]
