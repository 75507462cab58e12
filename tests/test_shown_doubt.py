"""A doubt's reason carrying the sentence its check found (shown_doubt.py): a str to every reader, the sentence to
the answer that shows it; a plain reason or no doubt carries none."""

import copy
import pickle

from rag.extractive.features import Evidence
from rag.extractive.shown_doubt import ShownDoubt, shown_by

_SENT = Evidence(0, 1, "The industry is evolving toward agents.", [], set(), set(), False, True, {}, 0.4)


def test_a_shown_doubt_is_its_reason_and_carries_its_sentence():
    doubt = ShownDoubt("another sentence says it", _SENT)
    assert doubt == "another sentence says it" and f"({doubt})" == "(another sentence says it)"
    assert shown_by(doubt) is _SENT


def test_a_plain_reason_or_none_carries_nothing():
    assert shown_by("a plain reason") is None and shown_by(None) is None


def test_a_copy_keeps_the_reason():
    doubt = ShownDoubt("why", _SENT)
    assert copy.deepcopy(doubt) == "why" and pickle.loads(pickle.dumps(doubt)) == "why"
