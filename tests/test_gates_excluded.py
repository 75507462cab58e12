from types import SimpleNamespace

from rag.extractive.gates_excluded import excluded_scope, exclusion_asked
from rag.extractive.slots import parse


def _decision(question: str, text: str):
    return SimpleNamespace(slots=parse(question), best=SimpleNamespace(text=text, row=False), figures=[])


def test_an_exclusion_scopes_the_question():
    assert exclusion_asked("What was MiniMax's share among non-U.S. players?")
    assert exclusion_asked("How many AI firms are there outside China?")
    assert exclusion_asked("What was revenue excluding acquisitions?")
    assert exclusion_asked("What was non-GAAP operating income?") is None  # a measure, not a scope
    assert exclusion_asked("What share of non-current assets is goodwill?") is None


def test_a_lead_without_the_exclusion_gives_the_whole():
    q = "What was MiniMax's market share among non-U.S. players in 2024?"
    assert excluded_scope(_decision(q, "MiniMax held a 0.3% market share in 2024."))
    assert excluded_scope(_decision(q, "Among non-U.S. players, MiniMax held 12% in 2024.")) is None
    assert excluded_scope(_decision("What was MiniMax's market share in 2024?", "MiniMax held 0.3%.")) is None
