"""The web UI on a non-loopback address without a login lets anyone who reaches the port upload
and remove reports: refused unless the user says so explicitly, and then warned about."""

from __future__ import annotations

from ingest.errors import SettingsError
from rag.llm import is_loopback_host


def exposure_warning(host: str, has_login: bool, allow_no_login: bool) -> str | None:
    """None when binding is safe; a warning when allowed explicitly; a SettingsError otherwise."""
    if has_login or is_loopback_host(host):
        return None
    if not allow_no_login:
        raise SettingsError(f"refusing to serve on {host} without a login: anyone who reaches it could upload "
                            "and remove reports; set REPORTQA_AUTH=user:password, bind 127.0.0.1, or pass "
                            "--allow-no-login")
    return (f"serving on {host} without a login (--allow-no-login): anyone who reaches this port can upload "
            "and remove reports; set REPORTQA_AUTH=user:password to require one")
