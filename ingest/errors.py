"""Errors split by who is at fault: the user's input or settings, or a runtime failure."""

from __future__ import annotations


class ReportQAError(Exception):
    """Base class; `str(error)` is a one-line message that says what to do."""


class UserError(ReportQAError):
    """The user's input or settings are wrong: fix the input and retry."""


class SettingsError(UserError):
    """A setting is missing or invalid; the message names the setting."""


class IngestError(UserError):
    """One file could not be ingested; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason


class QuestionError(UserError):
    """The question itself is unusable (empty, too long)."""


class RuntimeFailure(ReportQAError):
    """Something outside the user's input failed (a server down, a timeout): retry or check the service."""


class BackendUnavailable(RuntimeFailure):
    """An LLM or Chroma server could not be reached; the message names the setting to check."""


class IndexBusy(RuntimeFailure):
    """Another process holds the ingest lock on the same data directory."""


class StorageError(RuntimeFailure):
    """The data directory's disk is full or its files are damaged; the message names the folder."""


class LLMError(BackendUnavailable):
    """The LLM server answered, but not with a chat completion (a wrong URL, a proxy page, bad JSON)."""


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """A name or message as one printable line: every control character (newline, tab, terminal
    escape) shown as its escape, e.g. '\\n' or '\\x1b', so a file name cannot split a line or drive
    the terminal."""
    return "".join(_ESCAPES.get(ch, f"\\x{ord(ch):02x}") if (ord(ch) < 32 or 0x7f <= ord(ch) <= 0x9f) else ch
                   for ch in str(text))
