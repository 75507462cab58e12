"""The change-word patterns composed from direction_words' pieces match exactly what their hand-written forms matched."""

from __future__ import annotations

import re

import pytest

from rag.extractive import computed_doubt, gates_domain, pick

# each pattern as written before its words moved to direction_words
_OLD = {
    "pick": re.compile(r"\b(up|down|rose|rising|risen|increas(e|ed|ing)|decreas(e|ed|ing)|grew|growing|grown|"
                       r"dropp(ed|ing)|drop|fell|falling|declin(e|ed|ing)|gain(ed|ing)?|surg(e|ed|ing)|jump(ed)?|"
                       r"an? (increase|decrease|rise|drop|decline|gain|growth) of)"
                       r"(\s+\w+ly)?\s+(by\s+)?((about|over|nearly|around|approximately|more than|almost|some)\s+)?$", re.I),
    "computed_doubt": re.compile(r"(?:\b(?:increas|decreas|grew|grow|rose|rise|risen|fell|fall|declin|dropp|add|gain|improv|"
                                 r"reduc|expand|jump|climb|surg)\w*|\b(?:up|down))\s+(?:of\s+|by\s+)?(?:(?:approximately|"
                                 r"about|around|nearly|almost|some|over|more than|a further|an additional|another)\s+)?"
                                 r"(?-i:[$£€¥]|[A-Z]{1,3}\$?)?\s*$", re.I),
    "gates_domain": re.compile(r"\b(?:change|changes|increase|increases|decrease|decreases|growth|decline|rise|drop|fall|"
                               r"difference|variance|movement|movements|rank|ranking|trend|trends)\s*$", re.I),
}
_NEW = {"pick": pick._CHANGE_BEFORE, "computed_doubt": computed_doubt._CHANGE_BEFORE, "gates_domain": gates_domain._CHANGE_BEFORE}
_WORDS = ("up down rose rise rises rising risen increase increased increases increasing increasingly decrease decreased "
          "decreasing grew grow grows growing grown growth drop drops dropped dropping fell fall falls falling fallen decline "
          "declined declining declines gain gains gained gaining surge surged surging jump jumped jumps added adds improved "
          "improving reduced expanded climbed soared change changes changed difference variance movement movements rank "
          "ranking trend trends upward setup markdown").split()
_AFTER = ["", " ", " by ", " sharply ", " sharply by ", " by about ", " more than ", " by more than ", " of ", " of nearly ",
          " a further ", " an additional ", " $", " US$", " RMB ", " by approximately £", " some ", "\n", " in", " in "]
_BEFORE = ["", "Revenue ", "an ", "a ", "What was the ", "the year-on-year "]


@pytest.mark.parametrize("name", sorted(_OLD))
def test_same_matches_as_before(name: str) -> None:
    old, new = _OLD[name], _NEW[name]
    assert new.flags == old.flags
    for before in _BEFORE:
        for word in _WORDS:
            for after in _AFTER:
                for text in (f"{before}{word}{after}", f"{before}{word.upper()}{after}", f"{before}{word} of{after}"):
                    o, n = old.search(text), new.search(text)
                    assert (o and o.span()) == (n and n.span()), (name, text)


def test_pick_change_smallest() -> None:
    assert pick._CHANGE_BEFORE.search("an increase of ") and not pick._CHANGE_BEFORE.search("increases ")
