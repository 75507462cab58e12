"""Opening the embedded Chroma folder is serialised across processes (ingest/store.py `_opening`):
two processes opening a new folder at once raced on Chroma's table creation."""

import os
import threading
import time

import pytest
from filelock import FileLock

from ingest.store import _opening


def test_an_opening_waits_for_the_one_under_way(tmp_path):
    folder = tmp_path / "chroma"
    entered = threading.Event()
    holder = FileLock(str(folder) + ".open.lock")
    holder.acquire()
    t = threading.Thread(target=lambda: _enter(folder, entered))
    t.start()
    time.sleep(0.3)
    assert not entered.is_set()  # the other opening still holds the folder
    holder.release()
    t.join(timeout=10)
    assert entered.is_set()


def _enter(folder, entered):
    with _opening(folder):
        entered.set()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_this_user_may_only_read_opens_unlocked(tmp_path):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        with _opening(parent / "chroma"):
            pass  # no lock file can be made: the opening goes on, as before the lock
    finally:
        parent.chmod(0o755)


def test_a_lock_file_that_cannot_be_made_leaves_the_opening_unlocked(tmp_path):
    folder = tmp_path / "chroma"
    (tmp_path / "chroma.open.lock").mkdir()  # a directory where the lock file would go: it cannot be opened
    with _opening(folder):
        pass
