"""Answers with cited passages: hybrid retrieval, a grounded extractive answerer, LLM answerers,
citation and figure checks. `build_app(settings).assistant.ask(question)` is the entry point."""

from .assistant import Assistant
from .factory import App, build_app
from .types import Answer, Citation, Passage

__all__ = ["Answer", "App", "Assistant", "Citation", "Passage", "build_app"]
