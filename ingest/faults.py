"""Faults of the environment (disk full, a damaged database, a Chroma server gone) turned into
one-line errors that name the data directory or server and say what to do; used at every entry
point of the front ends, so no raw stack trace reaches a user."""

from __future__ import annotations

import errno
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import BackendUnavailable, ReportQAError, RuntimeFailure, StorageError

if TYPE_CHECKING:
    from .settings import Settings

log = logging.getLogger(__name__)

_FULL = re.compile(r"database or disk is full|no space left|disk quota|\d+ requested and \d+ written", re.I)
_DAMAGED = re.compile(r"disk image is malformed|file is not a database|\(code: (?:11|26)\)|database corrupt", re.I)
_TRANSPORT = re.compile(r"could not connect to a chroma server|connection (?:refused|reset|aborted)|"
                        r"server disconnected|remote end closed", re.I)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and its causes/contexts (a driver error is often wrapped once or twice)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def _is_transport(exc: BaseException) -> bool:
    try:
        import httpx

        if isinstance(exc, (httpx.TransportError, httpx.RemoteProtocolError)):
            return True
    except ImportError:  # pragma: no cover - chromadb brings httpx
        pass
    return isinstance(exc, ConnectionError) or bool(_TRANSPORT.search(str(exc)))


def _server(settings: "Settings") -> str:
    return f"{settings.chroma_host}:{settings.chroma_port}"


def backend_error(exc: BaseException, settings: "Settings") -> ReportQAError | None:
    """The one-line error for an environment fault behind `exc`; None when `exc` is not one
    (a bug, which the caller reports as unexpected)."""
    if isinstance(exc, ReportQAError):
        return exc
    data = settings.data_dir
    for e in _chain(exc):
        text = str(e)
        if (isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)) or _FULL.search(text):
            where = getattr(e, "filename", None) or data
            return StorageError(f"the disk holding {where} is full: free some space there (or point "
                                "REPORTQA_DATA_DIR at a disk with room) and retry")
        if _DAMAGED.search(text):
            where = f"the Chroma server at {_server(settings)}" if settings.server_mode else \
                settings.chroma_dir / "chroma.sqlite3"
            return StorageError(f"the index database {where} is damaged (database disk image is malformed): "
                                f"move {data} aside and run `reportqa ingest` again, or restore it from a backup")
        if settings.server_mode and _is_transport(e):
            return BackendUnavailable(f"the Chroma server at {_server(settings)} stopped answering: restart it "
                                      "(`chroma run --path DIR --port PORT`) and retry, or unset REPORTQA_CHROMA_HOST")
    if any(type(e).__module__.startswith("chromadb") for e in _chain(exc)):
        first = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        return RuntimeFailure(f"the index in {data} failed ({first}): retry; if it persists, run with "
                              "--verbose and check the disk and the Chroma version")
    return None


@contextmanager
def backend_errors(settings: "Settings") -> Iterator[None]:
    """Raise environment faults inside the block as their one-line ReportQAError (bugs pass through)."""
    try:
        yield
    except ReportQAError:
        raise
    except Exception as exc:
        translated = backend_error(exc, settings)
        if translated is None:
            raise
        log.debug("translated %s", type(exc).__name__, exc_info=True)
        raise translated from exc
