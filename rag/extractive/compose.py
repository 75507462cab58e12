"""Composition: the answer text from the chosen evidence (lead figure in bold, quoted sentences
with [n] markers, a complementing sentence), and the "not in the reports" answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ingest.figures import Figure, parse_figures
from ingest.keyword import tokenize

from .label_window import clause_start
from .lead_hedge import hedged_display
from .lead_line import lead_figure, lead_text, listed_lead, listed_text
from ..types import Answer, AnswerContext, Citation, Passage
from .side_subject import other_subject
from .sides import other_side
from .announced import introduced_items
from .facts import placed
from .features import Evidence, neighbour
from .names import mentions
from .nil import nil_sentence
from .count_led import asks_count
from .count_words import count_word_asked, digits, enumeration_count, stated_count
from .paired_year import paired_year
from .kind_phrase import kind_phrase
from .kind_unsaid import kind_unsaid
from .lead_items import introduced, several_asked, short_items
from .term_members import bracket_members
from .stated_list import stated_list
from .predicated_name import predicated_name
from .phrase import DATE
from .phrase_lead import answering_sentence, lead_phrase, names_like
from .pick import pick_figures
from .prose_measure import measured
from .rows import entity_cell, is_row
from .slots import Slots
from .trend import ends_asked

NOT_STATED = "The reports don't state this."


def compose(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], best: Evidence, figures: list[Figure],
            confidence: float, backend: str, max_chars: int, blocked: frozenset[int] = frozenset()) -> Answer:
    """Lead with the figure (or name, or for a question asking for words the phrase that answers)
    and quote the best sentence, plus one that complements or closely rivals it. A sentence a gate
    blocked (`blocked`: ids) is no complement: its figures never join the lead."""
    used: list[Evidence] = [best]
    listed = listed_lead(figures, slots.years, best.text, ctx.question)  # each item's figure the best sentence lists, asked at once
    items = introduced_items(evidence, best) if slots.shape in ("explanation", "list") else []
    extra = complement(slots, [e for e in evidence if id(e) not in blocked], best, partial(placed, ctx))
    # a trend stated in words by the best sentence: its own phrase leads, never a figure of a sentence quoted beside it
    words_trend = bool(best.features.get("trend_direction")) and not figures
    if extra is not None:
        used.append(extra)
        more = _same_place(best, extra, figures) or [
            f for f in pick_figures(extra.text, extra.figures, slots) if all(f.value != g.value for g in figures)]
        if slots.years and extra.years and not extra.year_ok:
            more = []  # quoted for the name it adds, but a figure of a year not asked never leads
        if scope_only(slots, best, figures):
            more = []  # quoted for the one place that scopes the question ('the country' in the best): its figure is another measure
        later = [f for f in extra.figures if figures and f.unit == figures[0].unit and (f.year or 0) > (slots.since or 9999)]
        if slots.trend and later:  # 'since 2018': the other end is the latest year the next sentence gives
            more = [max(later, key=lambda f: f.year or 0)]
        if words_trend and ends_asked(slots) is None:
            more = []  # a direction said in words, no two ends asked: the figure quoted beside it is no lead
        figures = figures + more[:1] if slots.shape != "explanation" else figures  # no figure leads an explanation
    best_terms = set(tokenize(best.text))
    for e in ([] if extra is not None else evidence[1:4]):
        terms = set(tokenize(e.text))
        similar = len(terms & best_terms) / max(1, len(terms | best_terms))
        close = e.score >= 0.85 * best.score
        # another row of the table the answer's row is from adds nothing but noise
        other_row = bool(figures) and best.row and e.row
        if close and similar < 0.6 and not other_row:
            used.append(e)
            break
    used[1:1] = [i for i in items if i not in used]  # the items the best sentence's colon announces come right after it
    # a question asking for words leads with the phrase of a quoted sentence that answers, not a figure
    # (only when every quoted sentence still fits after it: the lead never costs the best's quote)
    room = max_chars - sum(min(len(e.text), 380) + 6 for e in used)
    rival_limit = best_limit = 380
    if extra is not None and sum(min(len(e.text), 380) + 6 for e in used) > max_chars - 40:
        # the complement (the other side, year or name asked) is part of the answer: both quotes are cut to fit
        rival_limit = best_limit = max(120, (max_chars - 40) // 2 - 6)
    if extra is None and len(used) > 1:
        # a close rival quoted beside the best is cut to the window of it that fits (its words nearest
        # the question's) so the best's own phrase (in words, no figure) can lead; a complement (the
        # other year or name asked) is never cut
        alone = max_chars - min(len(best.text), 380) - 6
        own = _phrase(ctx.question, slots, best.text, alone, bool(figures))
        if isinstance(own, str) and len(own) + 6 > room and not [f for f in parse_figures(own) if f.unit != "year"]:
            rival_limit = alone - len(own) - 12
            if rival_limit >= 120:
                room = len(own) + 6
            else:
                used, room = [best], alone
    phrase = next((p for e in ([best] if words_trend else used)
                   if (p := _phrase(ctx.question, slots, e.text, room, bool(figures)))), None)
    if isinstance(phrase, Figure):  # what a quoted sentence answers with is a figure: it leads
        figures, phrase = (figures or [phrase]), None
    paired = paired_year(slots, best.text)  # 'when will X reach 1.37 billion': the year dated to that figure
    if paired:
        phrase, figures = paired, []
    if slots.entity and not is_row(best.text) and not (phrase and names_like(phrase)) and \
            (named := predicated_name(ctx.question, best.text)):
        phrase = named  # 'which X led': the name the best sentence ranks first, not its figure or clause
    if phrase:
        figures = []
    nil = nil_sentence(slots, best.text) if not figures and not words_trend else None
    if nil:  # 'had no accrued interest': the best says there was none, in words; that statement is the answer
        phrase = None
    listed = listed if listed and figures[:len(listed)] == listed else []
    figures, listed = measured(figures, used, ctx.question), measured(listed, used, ctx.question)  # '219.8 kg': a figure leads with its unit
    if figures and not phrase and asks_count(ctx.question) and stated_count(ctx.question, best.text):
        figures, listed = [], []  # 'how many X': the best sentence counts X (in words, or by listing X); its figures measure else
    lead = f"**{phrase}**." if phrase else listed_text(listed) if listed else lead_text(figures, slots.years)
    if slots.entity and not lead:
        name = entity_cell(best.text, slots)
        lead = f"**{name}**." if name else ""
    if not lead and not nil and (count := count_word_asked(ctx.question, best.text)
                                 or enumeration_count(ctx.question, best.text)):
        lead = f"**{digits(count)}**."  # 'how many X': the count the best sentence writes in words (or lists X by) leads
    # nothing shorter answers a question asking for words: the answering sentence is the lead, in bold
    whole = None if lead or slots.units or slots.entity else answering_sentence(ctx.question, best.text)
    if whole and kind_unsaid(ctx.question, whole):
        whole = None  # 'what restraints': a sentence never naming restraints (nor any cause) is no bold answer
    if nil and not lead:
        whole = nil
    if len(used) == 1 and slots.shape == "comparison":
        # one sentence answers a comparison alone (both sides in it): its quote takes the answer's room, so what
        # it says of the later side is not cut off at the usual limit
        best_limit = max(best_limit, max_chars - len(lead) - 8)
    answer = _answer(ctx, slots, used, best, figures, lead, confidence, backend, max_chars, whole=whole,
                     rival_limit=rival_limit, best_limit=best_limit)
    if answer.figure is None and isinstance(phrase, str) and slots.asks == "time" and DATE.fullmatch(phrase):
        answer.figure = phrase  # 'when did X happen': the date that leads is the answer's figure
    if answer.figure is None and paired:
        answer.figure = paired
    if listed and not phrase:
        answer.figure = " and ".join(hedged_display(f) for f in listed)
    return answer


def _phrase(question: str, slots: Slots, text: str, room: int, figured: bool) -> str | Figure | None:
    """The phrase of `text` that answers a question asking for words (or asking a unit or year
    no figure of the sentences gives: 'the symbol ... on the Nasdaq Global Market'), or the figure
    when the phrase is one ('to 98.7%'); None for a table row, or when it does not fit in the `room`
    the quoted sentences leave."""
    if is_row(text):
        return None
    phrase = lead_phrase(question, slots.units if figured else (), slots.years if figured else (), text, slots.words_asked)
    phrase = phrase.lstrip(" .;:,") if phrase else phrase  # a phrase starts with a word, never the stop before it
    if phrase and slots.entity and not names_like(phrase) and phrase != kind_phrase(question, text) and \
            not (several_asked(question) and short_items(phrase) and introduced(text, phrase)) and \
            phrase != bracket_members(question, text) and phrase != stated_list(question, text):
        return None  # 'which company ...' asks a name: a clause is no answer to it ('which approach ...' asks a kind)
    bare = re.sub(r"^(?:(?:to|by|of|at|from|about|approximately|around|nearly|over|up to)\s+)+", "", phrase or "")
    found = parse_figures(bare) if bare else []  # parsed once
    if bare and [f for f in found if f.unit != "year"] and re.fullmatch(
            r"[\d$%.,()\s-]+|" + re.escape(found[0].text), bare.strip()):
        return found[0]  # the phrase is a figure ('to 98.7%'): it leads, as for any figure question
    if phrase and " " not in phrase.strip() and phrase[:1].islower() and not _COMPOUND.fullmatch(phrase.strip()):
        return None  # one common word ('hubs') names nothing the question asked; a hyphened term ('available-for-sale') does
    return phrase if phrase and len(phrase) + 6 <= room else None


_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+){2,}")  # a term of three or more hyphened words: 'available-for-sale'


def compose_rivals(ctx: AnswerContext, slots: Slots, best: Evidence, rival: Evidence, figures: list[Figure],
                   rival_figures: list[Figure], confidence: float, backend: str, max_chars: int) -> Answer:
    """Two passages give different figures for the same slots and neither is clearly ahead: no
    bold lead, say what each gives ('[1] gives 30.1%; [2] gives 0.3%.'); the quotes that follow say
    of what (the question's subject words, strung together, read badly: 'for key insights share')."""
    answer = _answer(ctx, slots, [best, rival], best, figures, "", confidence, backend, max_chars)
    n_best = 1
    n_rival = next((c.n for c in answer.citations if c.quote == rival.text), 2)
    lead = f"The passages differ: [{n_best}] gives {figures[0].display}; [{n_rival}] gives {rival_figures[0].display}."
    answer.answer = f"{lead} {answer.answer}"[:max_chars]
    answer.figure = None
    answer.warnings.append("two passages give different figures; none is clearly ahead")
    return answer


def compose_quotes(ctx: AnswerContext, slots: Slots, used: list[Evidence], best: Evidence, figures: list[Figure],
                   confidence: float, backend: str, max_chars: int, limit: int = 380, best_limit: int = 180) -> Answer:
    """No lead: the sentences `used` quoted in order, each with its citation (`limit` characters each, `best_limit`
    for `best`, the sentence the others are shown beside)."""
    return _answer(ctx, slots, used, best, figures, "", confidence, backend, max_chars, rival_limit=limit,
                   best_limit=best_limit)


def hedged(answer: Answer, why: str) -> Answer:
    """The answer without its bold lead, saying why it is not certain: the check (verify.py) finds
    the lead let through but weak, and a wrong bold figure is the most damaging answer there is."""
    plain = answer.answer.replace("**", "")
    answer.answer = f"Not certain: {why}. {plain}"
    answer.figure = None
    answer.warnings.append(f"not certain: {why}")
    return answer


def _answer(ctx: AnswerContext, slots: Slots, used: list[Evidence], best: Evidence, figures: list[Figure],
            lead: str, confidence: float, backend: str, max_chars: int, whole: str | None = None,
            rival_limit: int = 380, best_limit: int = 380) -> Answer:
    passages: list[Passage] = []
    citations: list[Citation] = []
    parts: list[str] = []
    numbers: list[int] = []  # the citation each part quotes
    for ev in used:
        passage = ctx.passages[ev.passage_index]
        if passage not in passages:
            passages.append(passage)
            fig_text = next((f.text for f in figures if ev is best), None)
            citations.append(Citation.from_passage(len(passages), passage, quote=ev.text, figure=fig_text))
        n = passages.index(passage) + 1
        shown = f"**{whole}**" if whole and ev is best else excerpt(ev.text, slots, best_limit if ev is best else rival_limit)
        parts.append(f"{shown} [{n}]")
        numbers.append(n)
    body = " ".join(parts)
    text = f"{lead} {body}" if lead else body
    while len(text) > max_chars and len(parts) > 1:
        parts.pop()
        numbers.pop()
        body = " ".join(parts)
        text = f"{lead} {body}" if lead else body
    citations = [c for c in citations if c.n in numbers]  # several quoted sentences may share one citation
    figure = lead_figure(figures, slots.years)
    return Answer(question=ctx.question, answer=text[:max_chars], figure=figure, abstained=False,
                  citations=citations, backend=backend, passages=list(ctx.passages), confidence=confidence)


def complement(slots: Slots, evidence: list[Evidence], best: Evidence,
               at: Callable[[Evidence], tuple[str, int] | None] | None = None) -> Evidence | None:
    """A second sentence for what the best one leaves out: the other year, company or unit
    of a comparison or a two-part question ('how much ..., and what share'); `at` places a sentence in its report."""
    if not slots.units and (other := other_subject(slots.text, evidence, best, slots.entities, at)) is not None:
        return other  # 'A vs B: what does each do best' asked in words: the sentence about B with the one about A
    lowered = best.text.lower()
    missing_years = [y for y in slots.years if y not in best.years]
    since = slots.since
    if slots.trend and since is not None and best.years and max(best.years) <= since:
        # a trend since a year: the best gives its start; the other end is any later year of the same topic
        missing_years = sorted({y for e in evidence[1:12] for y in e.years if y > since})
    missing_names = [n for n in slots.names if not mentions(lowered, n)]
    have_units = {f.unit for f in best.figures}
    missing_units = [u for u in slots.units[:2] if u in ("money", "percent") and u not in have_units]
    if best.features.get("trend_direction") and not [f for f in best.figures if f.unit != "year"]:
        missing_units = []  # a trend stated in words answers without a figure: no other unit is sought
    if not (missing_years or missing_names or (len(slots.units) > 1 and missing_units)):
        return other_side(slots.text, evidence, best)  # 'X compared with Y': the sentence about Y
    # the sentence right after the best one, referring back to it ('By the end of 2024, these gaps had
    # narrowed to ...'), continues it: it gives the other period of the same items
    follow = neighbour(evidence[1:12], best, 1)
    measured = {f.unit for f in best.figures if f.unit != "year"}  # what the best's series counts or weighs
    if (follow is not None and follow.score >= 0.7 * best.score and any(y in follow.years for y in missing_years)
            and (_REFERS_BACK.search(follow.text[:60]) or _continues(follow, measured))):
        return follow
    for e in evidence[1:12]:
        if e.text == best.text or e.score < 0.7 * best.score:
            continue
        text = e.text.lower()
        if (any(y in e.years for y in missing_years) or any(mentions(text, n) for n in missing_names)
                or any(f.unit in missing_units for f in e.figures)):
            return e
    return None


def scope_only(slots: Slots, best: Evidence, figures: list[Figure]) -> bool:
    """The best sentence gives a figure of the unit asked and of every year asked, and lacks only the name of the
    one place the question is about (a scope, not a side compared)."""
    places = [e for e in slots.entities if e.place]
    lowered = best.text.lower()
    missing = [n for n in slots.names if not mentions(lowered, n)]
    return (len(places) == 1 and bool(missing) and all(n in places[0].forms for n in missing)
            and bool(figures) and bool(slots.units) and figures[0].unit == slots.units[0]
            and all(y in best.years for y in slots.years))


def _continues(e: Evidence, measured: set[str]) -> bool:
    """The sentence gives figures in the unit of the series it would continue (a count after a count)."""
    return any(f.unit in measured for f in e.figures if f.unit != "year")


_REFERS_BACK = re.compile(r"\b(these|those|such|the same|both)\b", re.I)


def _same_place(best: Evidence, extra: Evidence, figures: list[Figure]) -> list[Figure]:
    """'In 2023 ... by 17.5%, 13.5% and 24.3% on A, B and C.' then 'By 2024 these gaps had narrowed to 0.3%, 8.1%
    and 1.6%': a sentence referring back lists its figures in the order of the one before, so the figure at the
    place of the best's answers for the same item ([] unless both list as many figures of that unit)."""
    if not figures or not _REFERS_BACK.search(extra.text[:60]):
        return []
    mine = [f for f in best.figures if f.unit == figures[0].unit]
    theirs = [f for f in extra.figures if f.unit == figures[0].unit]
    at = next((i for i, f in enumerate(mine) if f.start == figures[0].start), None)
    return [theirs[at]] if at is not None and len(mine) == len(theirs) > 1 else []


def abstain(ctx: AnswerContext, evidence: list[Evidence], confidence: float, reason: str, backend: str,
            max_chars: int, say_why: bool = False) -> Answer:
    """'The reports don't state this.' with the closest passages and the reason as a warning; with
    `say_why` the reason (the slot the passages miss) is said in the answer too."""
    citations: list[Citation] = []
    seen: set[int] = set()
    for ev in evidence:
        if ev.passage_index in seen:
            continue
        seen.add(ev.passage_index)
        citations.append(Citation.from_passage(len(citations) + 1, ctx.passages[ev.passage_index], quote=ev.text))
        if len(citations) == 3:
            break
    if not citations:
        citations = [Citation.from_passage(i + 1, p) for i, p in enumerate(ctx.passages[:3])]
    nearest = "; ".join(f"[{c.n}] {c.title}" + (f", page {c.page}" if c.page is not None else "")
                        for c in citations)
    why = f" Why: {reason}." if say_why and reason else ""
    text = NOT_STATED + why + (f" Closest passages: {nearest}." if nearest else "")
    return Answer(question=ctx.question, answer=text[:max_chars], figure=None, abstained=True,
                  citations=citations, backend=backend, passages=list(ctx.passages), confidence=confidence,
                  warnings=[f"not answered: {reason}"] if reason else [])


_NOTE_START = 12  # characters of a parenthesis a cut may leave open before it is a note cut short


def excerpt(text: str, slots: Slots, limit: int) -> str:
    """`text`, or when longer than `limit` the window of it that holds most of the question's terms
    and figures ('... exemplified by Qianxun Intelligence'), cut at words and marked with '…'."""
    if len(text) <= limit:
        return text
    wanted = set(slots.terms)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    prefix = [0.0]
    for a, b in words:
        prefix.append(prefix[-1] + (1.0 if set(tokenize(text[a:b])) & wanted else 0.0)
                      + (0.5 if re.search(r"\d", text[a:b]) else 0.0))
    best, best_end, best_score, j = 0, 1, -1.0, 0
    for i in range(len(words)):  # the run of words from i that fits, j past its last word
        j = max(j, i + 1)
        while j < len(words) and words[j][1] - words[i][0] <= limit - 2:
            j += 1
        if prefix[j] - prefix[i] >= best_score:  # ties: the later window, where a clause ends
            best, best_end, best_score = i, j, prefix[j] - prefix[i]
        if j == len(words):
            break
    if slots.entity:  # a label asked: its words precede the matched ones ('the financial sector has ...')
        best, best_end = clause_start([text[x:y] for x, y in words], [prefix[k + 1] - prefix[k] for k in range(len(words))],
                                      best, best_end)
    a, b = words[best][0], words[best_end - 1][1]
    shown = text[a:b]
    opened = shown.rfind("(")
    # '26,383 (100…': the start of a note cut short reads as another figure; a long aside cut is kept
    if b < len(text) and opened > max(0, shown.rfind(")")) and len(shown) - opened <= _NOTE_START:
        shown = shown[:opened].rstrip(" ,;:")
    return ("…" if a > 0 else "") + shown + ("…" if b < len(text) else "")
