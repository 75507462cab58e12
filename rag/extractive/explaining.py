"""Which sentence a wordy shape quotes. Explanation answers ('how is X determined', 'why did X
decrease', 'what does X include'): the explaining sentence, not a table row, quoted with no figure
forced to the front. List answers ('what are the top use cases'): the sentence that enumerates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.keyword import tokenize

from .features import Evidence, neighbour
from .rows import ROW_LINE
from .slots import Slots
from .claim_before import concluded_from
from .direction_words import CHANGE_STEMS
from .definition_asked import cause_only, definition_asked
from .pace_asked import pace_asked, states_pace
from .lead_kind import causes_asked, defines_only

Dated = Callable[[Evidence], list[int]]  # the years of the period heading a sentence sits under
Follows = Callable[[Evidence], "Evidence | None"]  # the sentence after one in its report (read_on)

# Words a sentence uses when it explains: a cause, a method, a definition or what something holds.
_EXPLAINS = re.compile(r"\b(because|due to|(was |were |is |are )?driven by|as a result|result(ed|s)? (of|from)|primarily|attributable|"
                       r"determined|calculated|computed|measured|derived|by (dividing|adding|comparing|comparison)|"
                       r"consist(s|ed)? of|compris(e|es|ed|ing)|includ(e|es|ed|ing)|represent(s|ed)?|defined as|"
                       r"means|refers? to|reflect(s|ed)?|based on|"
                       # a cause or a constraint said with a verb: 'has led to', 'is restricted by', 'fuelled by'
                       r"led to|leads? to|leading to|caused by|owing to|thanks to|fuel(l)?ed by|stem(s|med)? from|"
                       r"(restricted|constrained|limited|hindered|held back|hampered) by|"
                       # a means: 'through dynamic task scheduling', 'thereby enhancing'; where a cause or a
                       # difficulty lies: 'the pain points lie in ...'
                       r"through\s+(?!(?:19|20)\d\d\b|the end\b)(?:[\w-]+\s+){0,2}?[\w-]+(?:ing|tion|ment|sion)s?|"
                       r"thereby|by means of|lies? in|lay in|"
                       # a purpose: 'aiming to reduce human intervention', 'in order to', 'designed to'
                       r"aim(s|ed|ing)? (to|at)|in order to|so as to|with the (aim|goal|objective) of|"
                       r"(designed|intended) to)\b", re.I)
# A mechanism: 'the longer the model thinks, the better it performs', 'improves in proportion to',
# 'enhances as the load extends'
_MECHANISM = re.compile(r"\bthe (more|less|longer|shorter|larger|smaller|higher|lower|greater|faster)\b[^,;.]{0,80}, the "
                        r"(more|less|better|worse|higher|lower|greater|larger|smaller|faster)\b|\bin proportion to\b|"
                        r"\b(improves?|enhances?|increases?|grows?|rises?|falls?|declines?) as\b|"
                        # a mechanism stated: 'the core mechanism involves ...', 'the approach works by ...'
                        r"\b(mechanism|principle|approach|method|process)\s+(involves|works|consists|lies|is based)\b",
                        re.I)
# A sentence whose subject is a mechanism ('The core mechanism involves ...') speaks of the thing its
# passage is about: it names what is asked even without its words
_STATES_MECHANISM = re.compile(r"^\s*(?:[-–•]\s*)?(?:the|its|this|their)\s+(?:[\w-]+\s+)?(?:mechanism|principle)\s+"
                               r"(?:involves|works|consists|lies|is)\b", re.I)
# A table's header line as the index writes it: column paths joined by ' | '
_HEADER_LINE = re.compile(r"\S › \S[^|]*\s\|\s")
_LOOK = 8  # how far down the ranking an explaining sentence may be taken from
# A sentence that states a consequence of the one before it: its cause is that sentence
_RESULT = re.compile(r"^\s*(as a result|consequently|therefore|thus|hence|accordingly|for this reason)\b", re.I)
# A sentence that refers back to the one before it: 'This momentum was driven by ...'
_ANAPHOR = re.compile(r"^\s*(this|these|that|those|such|it|they|the (increase|decrease|growth|decline|rise|surge|drop|"
                      r"change|momentum|trend))\b", re.I)


def carried(after: Evidence, base: Evidence) -> Evidence:
    """The sentence continuing `base` in its passage (its cause, its items) answers with the evidence
    score of the sentence it continues: what the question matched is that one, read on. Read on over a
    chunk boundary (`read_on`), the measure or variant the earlier chunk names is named for it too."""
    if after.passage_index != base.passage_index:
        after = replace(after, features={**after.features, **{k: min(after.features.get(k, 0.0), base.features.get(k, 0.0))
                                                              for k in _PASSAGE_SLOTS if k in after.features}})
    return after if after.score >= base.score else replace(after, score=base.score)


_PASSAGE_SLOTS = ("metric_missing", "qualifier_missing")  # slots a passage names or misses as a whole


def _lists_figures(e: Evidence) -> bool:
    """A table row, a figure line the index wrote for one, or a table's header line ('As of 2019 ›
    Cost | As of 2019 › Losses'): it lists figures or their columns and explains nothing."""
    return bool(e.row or ROW_LINE.search(e.text) or _HEADER_LINE.search(e.text))


def explained_in_prose(e: Evidence) -> bool:
    """A prose sentence (no table row, figure line or header line) that explains."""
    return not _lists_figures(e) and explains(e.text)


def explains(text: str) -> bool:
    """The sentence says why, how or what a thing holds (not only a figure). A cue inside brackets is an
    aside ('(including OpenAI, Google)' gives examples), a negated one says nothing ('have not been fully
    reflected'): the sentence's claim is what is outside them."""
    text = _NEGATED.sub(" ", _ASIDE.sub(" ", text))
    return bool(_EXPLAINS.search(text) or _MECHANISM.search(text))


_NEGATED = re.compile(r"\bnot\s+(?:(?:been|be|yet|fully|entirely|always)\s+){0,2}\w+", re.I)  # 'have not been fully reflected'
_ASIDE = re.compile(r"\([^()]*\)")  # a bracketed aside: examples, an abbreviation, a source


def explaining(evidence: list[Evidence], best: Evidence, usable, margin: float, slots: Slots | None = None,
               wide: float = 1.0, dated: Dated | None = None, follows: Follows | None = None) -> Evidence:
    """The sentence to quote for an explanation: among the sentences scoring at least `margin` of the
    best (`usable` says which are on topic), the prose ones (a table row lists figures, it explains
    nothing) that explain, the one covering most of the question's terms (ties: the higher ranked);
    else the sentence right after the best prose one when it explains it ('This momentum was driven
    by ...', 'The capability enhances as the load extends'); else the best prose sentence; else `best`.
    With the question's `slots`: a sentence explaining the opposite change ('why the rise' and 'is
    expected to decline due to ...') is none of these; and an explaining sentence whose own subject
    (what comes before its cause words) is the thing asked answers first, from the wider pool of
    sentences scoring at least `wide` of the best ('This increasing urbanization is driven by ...'); when none
    of the first pool explains, one of that wider pool stating a cause of the thing asked (`cause_said`).
    `dated` gives the years of the period heading a sentence sits under (`of_year_asked`); `follows` the
    sentence after one in its report, over a chunk boundary too (`read_on`)."""
    top = max(e.score for e in evidence) if evidence else best.score
    if slots is not None and definition_asked(slots.text):  # what X means: a cause of X's change is no answer
        usable = (lambda given: lambda e: given(e) and not cause_only(e.text))(usable)
    # why X: a sentence only defining a term explains none
    cause = slots is not None and causes_asked(slots) and not definition_asked(slots.text)
    pool = [best] + [e for e in evidence[:_LOOK] if e is not best and e.score >= margin * top]
    prose = [e for e in pool if not _lists_figures(e) and usable(e)]
    if slots is not None:
        asked = _direction(slots.text, _CHANGE_ASKED)
        prose = [e for e in prose if not _opposite(asked, e.text)]
        # the best prose sentences: table rows and header lines ranked above them take no place
        wide_pool = [e for e in [e for e in evidence if not _lists_figures(e)][:_WIDE_LOOK]
                     if e.score >= wide * top and usable(e) and not _opposite(asked, e.text)]
        if pace_asked(slots.text):  # 'what will speed up X': the sentence saying what quickens it
            paced = _pace_said(evidence, prose, usable, wide * top)
            if paced is not None:
                return paced
        wider = [e for e in wide_pool if explains(e.text) and (_names_the_asked(e.text, slots) or _STATES_MECHANISM.match(e.text))
                 and not (cause and defines_only(e.text))]
        wider = of_year_asked(wider, evidence, slots, dated)
        if wider:  # a sentence of the first pool first, then the higher ranked
            return _cause_after(max(wider, key=lambda e: (e in pool, -evidence.index(e))), evidence, usable, slots, follows)
    explaining_ = [e for e in prose if explains(e.text) and not (cause and defines_only(e.text))]
    if slots is not None and not explaining_:
        # none of the first pool explains: a sentence of the wider pool stating a cause or purpose of the
        # thing asked (`cause_said`: '... has enabled early-stage projects to attract capital through ...')
        caused = of_year_asked([e for e in wide_pool if e.features.get("cause_said")], evidence, slots, dated)
        if caused:
            return _cause_after(caused[0], evidence, usable, slots, follows)
    if slots is not None:
        explaining_ = of_year_asked(explaining_, evidence, slots, dated)
    if explaining_:  # the one naming most of what is asked: an explanation is about the thing asked
        chosen = max(explaining_, key=lambda e: (round(e.features.get("overlap", 0.0), 6), -explaining_.index(e)))
        if _RESULT.match(chosen.text):
            return _cause_of(chosen, evidence)
        return _cause_after(chosen, evidence, usable, slots, follows) if slots is not None else chosen
    base = (of_year_asked(prose, evidence, slots, dated) if slots is not None else prose)[0] if prose else best
    # 'Consequently, the market will expand ...' states the effect a question asks the cause of: the
    # sentence before it gives that cause, though neither says so in words of explaining
    if slots is not None and _RESULT.match(base.text):
        return _cause_of(base, evidence)
    after = neighbour(evidence, base, 1)
    # 'why does X mark a new stage' and 'X marks a new stage.': the claim asked about, not its reason,
    # which the sentence after it gives
    if slots is not None and after is not None and restates(base.text, slots.text) and not _lists_figures(after) \
            and usable(after):
        return carried(after, base)
    # the sentence right after the best one, when it explains it ('This momentum was driven by ...') or
    # states the mechanism of what the best one names ('the longer ..., the better ...')
    if after is not None and (_ANAPHOR.match(after.text) and explains(after.text) or _MECHANISM.search(after.text)) \
            and not _lists_figures(after):
        return carried(after, base)
    # 'This feedback loop could make AI ...' restates the claim asked and refers back: the sentence before says why
    before = neighbour(evidence, base, -1) if slots is not None else None
    if before is not None and not _lists_figures(before) and usable(before) and concluded_from(base.text, before.text, slots):
        return carried(before, base)
    return base


_WIDE_LOOK = 12

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def period_year(e: Evidence, evidence: list[Evidence], dated: Dated | None = None, latest: bool = False) -> int | None:
    """The year a sentence speaks of: the first it names ('for fiscal 2018 as compared to fiscal 2017':
    2018; with `latest`, the last of a change's two years: 'from 2018 to 2019' speaks of 2019), else, when
    it refers back ('The increase was primarily due to ...'), the one the sentence before it names; else
    the later year of the period heading it sits under (`dated`: 'Fiscal Year 2018 Compared with Fiscal
    Year 2017' over 'Revenue increased $13.8 billion or 14%' dates it 2018)."""
    found = [int(y) for y in _YEAR.findall(e.text)]
    if not found and _ANAPHOR.match(e.text):
        before = neighbour(evidence, e, -1)
        found = [int(y) for y in _YEAR.findall(before.text)] if before is not None else []
    if found:
        return max(found) if latest else found[0]
    heading = dated(e) if dated is not None else []
    return max(heading) if heading else None


def year_asked(slots: Slots) -> tuple[int | None, bool]:
    """The one year an explanation is asked of, and whether it is the later end of a change: 'why did X
    increase in 2018' -> (2018, False); 'why did X rise by 14% from 2018 to 2019' or 'in fiscal 2019
    compared to fiscal 2018' -> (2019, True): a change between two years is spoken of at the later one."""
    years = sorted(set(slots.years))
    if len(years) == 1:
        return years[0], False
    if len(years) == 2 and _direction(slots.text, _CHANGE_ASKED):
        return years[1], True
    return None, False


def of_year_asked(found: list[Evidence], evidence: list[Evidence], slots: Slots,
                  dated: Dated | None = None) -> list[Evidence]:
    """Of explaining sentences, when some speak of the year asked, all but those speaking of another
    year ('why did X increase in 2018': not the sentence explaining the 2019 increase over 2018)."""
    year, latest = year_asked(slots)
    if year is None:
        return found
    years = [period_year(e, evidence, dated, latest) for e in found]
    if year not in years:
        return found
    return [e for e, y in zip(found, years) if y is None or y == year]


_WHY = re.compile(r"^\s*why\b", re.I)


def restates(text: str, question: str, share: float = 0.75) -> bool:
    """Whether a why-question holds `share` or more of the sentence's words: the sentence states the
    claim the question asks the reason of, and says nothing of that reason itself."""
    if not _WHY.match(question) or explains(text):
        return False
    words = set(tokenize(text))
    return len(words) >= 4 and len(words & set(tokenize(question))) >= share * len(words)


# Words of a change, up or down: the question's may be nouns ('the rise', 'growth'); a sentence's
# direction is read from its verbs and nouns of change, not 'growth' (which names a measure: 'growth rates')
_UP = r"ris(?:e|es|ing|en)|rose|increas(?:e|es|ed|ing)|grow(?:s|ing|n)?|grew|surg(?:e|es|ed|ing)|climb(?:s|ed|ing)?|" \
      r"expand(?:s|ed|ing)?|expansion|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|gain(?:s|ed|ing)?|boom(?:s|ed|ing)?"
_DOWN = r"declin(?:e|es|ed|ing)|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|shr[iau]nk(?:s|ing)?|" \
        r"slow(?:s|ed|ing|down)?|contract(?:s|ed|ing|ion)?|plung(?:e|es|ed|ing)|narrow(?:s|ed|ing)?|cut(?:s|ting)?"
_CHANGE_ASKED = (re.compile(rf"\b(?:{_UP}|growth)\b", re.I), re.compile(rf"\b(?:{_DOWN})\b", re.I))
_CHANGE_SAID = (re.compile(rf"\b(?:{_UP})\b", re.I), re.compile(rf"\b(?:{_DOWN})\b", re.I))


def _direction(text: str, cues) -> set[str]:
    return {d for d, cue in zip(("up", "down"), cues) if cue.search(text)}


def _opposite(asked: set[str], text: str) -> bool:
    """The question asks one direction of change and the sentence says only the other."""
    said = _direction(text, _CHANGE_SAID)
    return len(asked) == 1 and bool(said) and not (said & asked)


def _pace_said(evidence: list[Evidence], prose: list[Evidence], usable, floor: float) -> Evidence | None:
    """A prose sentence scoring `floor` or more that says what quickens or slows something ('... will
    accelerate this trend'), in the passage of a sentence the question matched (`prose`): 'this trend'
    is that passage's topic. Quoted with the score of that sentence (`carried`)."""
    for e in evidence:
        base = next((p for p in prose if p.passage_index == e.passage_index), None)
        if base is not None and e.score >= floor and states_pace(e.text) and not _lists_figures(e) and usable(e):
            return carried(e, base)
    return None


def _names_the_asked(text: str, slots: Slots) -> bool:
    """The sentence's own subject (its words before the cause: 'This increasing urbanization is | driven by')
    holds at least half of the question's subject terms (the words of change and the cue verb aside)."""
    m = _EXPLAINS.search(text)
    if m is None or m.start() == 0:
        return False
    wanted = [t for t in slots.subject if not _CHANGE_WORD.fullmatch(t)]
    if not wanted:
        return False
    head = set(tokenize(text[:m.start()]))
    return sum(t in head for t in wanted) * 2 >= len(wanted)


# the stems of words of change and continuation ('increas', 'ris', 'continu'): the subject asked without them
_CHANGE_WORD = re.compile(r"(?:ris|rose|increas|grow|grew|surg|" + CHANGE_STEMS + r")\w*", re.I)


# Words of a cause ('due to', 'driven by', 'the pain points lie in'): what a why-question asks, unlike
# the wider cues of a method or a content ('primarily operate on', 'includes')
_CAUSE = re.compile(r"\b(because|due to|driven by|as a result|result(ed|s)? (of|from)|attributable|led to|leads? to|"
                    r"leading to|caused by|owing to|thanks to|fuel(l)?ed by|stem(s|med)? from|"
                    r"(restricted|constrained|limited|hindered|held back|hampered) by|lies? in|lay in)\b", re.I)


def _cause_after(chosen: Evidence, evidence: list[Evidence], usable, slots: Slots, follows: Follows | None = None) -> Evidence:
    """A why-question and a sentence stating no cause, the first of the _AHEAD sentences after it in its report
    stating one ('... still primarily operate on free models.' then 'The core pain points lie in ...'): that
    one, read on; the sentences between are prose on topic (a detail of the claim, not another matter)."""
    if not _WHY.match(slots.text) or _CAUSE.search(chosen.text):
        return chosen
    follows = follows or (lambda e: neighbour(evidence, e, 1))
    asked = _direction(slots.text, _CHANGE_ASKED)
    at = chosen
    for _ in range(_AHEAD):
        after = follows(at)
        if after is None or _lists_figures(after) or not usable(after) or _opposite(asked, after.text):
            return chosen
        if _CAUSE.search(after.text):
            return carried(after, chosen)
        at = after
    return chosen


_AHEAD = 2  # how many sentences after a claim its cause may come (one sentence of detail between)


def _cause_of(effect: Evidence, evidence: list[Evidence]) -> Evidence:
    """'As a result, leading products come from companies with in-house R&D' says the effect a why-question
    names; the sentence before it in its passage gives the cause (kept unless it is a table row)."""
    before = neighbour(evidence, effect, -1)
    if before is None or _lists_figures(before):
        return effect
    return carried(before, effect)


# An enumeration: 'information search, writing, coding, and business analysis', or items after
# 'include', 'such as', 'spanning', 'namely' or a colon
_ITEM = r"[A-Za-z][\w.&/+'’-]*(?: [A-Za-z][\w.&/+'’-]*){0,3}"  # possessives too: 'OpenAI's DALL-E'
_ENUMERATES = re.compile(rf"{_ITEM}, {_ITEM},? (?:and|or) {_ITEM}|"
                         rf"\b(?:includ(?:e|es|ed|ing)|such as|spanning|span|namely|like)\s+{_ITEM}(?:,\s*{_ITEM})*,?\s+"
                         rf"(?:and|or)\s+{_ITEM}")


def enumerates(text: str) -> bool:
    """The sentence lists things (three or more, or two after 'include' / 'such as' / 'spanning')."""
    return bool(_ENUMERATES.search(text))


def enumerating(evidence: list[Evidence], best: Evidence, usable, margin: float, subject: tuple[str, ...] = ()) -> Evidence:
    """The sentence to quote for a list question ('what are the top use cases', 'which sectors ...'):
    `best` when it enumerates; else the prose sentence that does, on topic (`usable`), scoring at least
    `margin` of the best and naming a word of the question's `subject`, the one covering most of the
    question's terms (ties: the higher ranked); else `best`."""
    if enumerates(best.text) or best.row:
        return best  # a table row answering a list question is kept: the table path lists rows
    top = max(e.score for e in evidence) if evidence else best.score
    # a sentence listing the items asked names what they are (a word of the question's subject):
    # 'circulated, quoted, copied or reproduced' lists no applications; of those, the one naming most
    # of what is asked (ties: the higher ranked), as for an explanation
    listing = [e for e in evidence[:_LOOK] if e is not best and e.score >= margin * top and not _lists_figures(e)
               and usable(e) and enumerates(e.text) and (not subject or set(tokenize(e.text)) & set(subject))]
    if listing:
        return max(listing, key=lambda e: (round(e.features.get("overlap", 0.0), 6), -listing.index(e)))
    return best

