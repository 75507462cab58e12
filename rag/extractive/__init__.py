"""The extractive answerer (no LLM): slots -> named features x weights -> gates -> composition."""

from .answerer import ExtractiveAnswerer
from .compose import NOT_STATED, excerpt
from .slots import Slots, parse

__all__ = ["ExtractiveAnswerer", "NOT_STATED", "Slots", "excerpt", "parse"]
