"""The default answerer: grounded extraction, no LLM. Deterministic and fast.

Parses the question into slots once, scores every retrieved sentence by its named features
(features.py x weights.py), picks the best sentence of a passage about what was asked and the
figure that answers (pick.py), runs the named gates (gates.py) and composes (compose.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache, partial

from .passage_tables import tables_of
from .place_words import place_named
from ..types import Answer, AnswerContext
from ..asking_frame import without_frame
from .acronym_meaning import meaning_answer
from .restored_case import with_case
from .typed_names import unhurried
from .closed_names import names_closed
from . import weights as weights_module
from .announced import announced
from .choice import answer_choice, leader
from . import choice_page
from .choice_page import with_page_chunks
from .carried import carried_figure
from .column_extreme import column_extreme
from .crossing import first_crossing, year_extreme
from .lead_checks import cell_checks, first_doubt, sentence_checks, undoubted
from .computed_named import answer_named, remainder
from .computed_rate import rate_from_years, rate_unstated
from .computed_text import from_sentence
from .computed_midpoint import midpoint
from .computed_per import per_thing
from .computed_complement import complement
from .computed_mixed import text_complement, text_part_share
from .computed_prose_share import sentence_share
from .prose_pairs import prose_difference
from .prose_change import quoted_change
from .chart_rate import printed_rate
from .compose import abstain, compose, compose_quotes, compose_rivals, hedged
from .title_read_on import items_read_on
from .enumeration import compose_items
from .prose_order import ranked_in_prose
from .explaining import explained_in_prose, explaining
from .page_prose import with_page_prose
from .period_heading import heading_years_at
from .fallthrough import Asked, Verdict, judge
from .weak_explaining import WEAK_EXPLAINING, weak_explaining
from .shown_doubt import shown_by
from .gates_measure import narrowed_terms
from .footnotes import footnote_of
from .features import Evidence, build
from .gates import SAYS_WHY, Decision, first_gate, off_topic
from .gates import fired as soft_fired
from .hedge_refusal import hedge_refused
from .heading_line import past_heading
from .set_aside import rest_listed
from .list_sentence import list_sentence
from .names import without_source_names
from .ordinary_names import without_ordinary_names
from .before_change import before_change
from .before_amount import before_amount
from .given_whole import given_whole
from .label_runs import label_extreme
from .part_of_whole import part_of_whole, share_of_world
from .scope_parts import place_and_whole
from .pick import pick_figures, stated_in, unit_figures
from .shapes import answer_by_cells
from .gates_version import setting_other
from .side_subject import named_pair, side_subject
from .answer_covered import first_uncovered
from .sides import contrasted
from .defined_term import defined_term
from .titled_definition import titled_definition
from .slots import Slots, parse_unframed
from .superlative import called_superlative, largest_listed
from .spelled_ratio import spelled_ratio
from .read_on import read_on
from .second_ask import with_second
from .other_ones import with_other_part
from .weights import Weights
from . import rivalry, verify

EXPLAINED = 5  # candidates listed in an explanation


class ExtractiveAnswerer:
    """Answers from the passages' own sentences; `threshold` is the calibrated abstention cut."""

    name = "extractive"

    def __init__(self, threshold: float = 0.5, max_chars: int = 600, depth: int = 5,
                 min_coverage: float = 0.25, weights: Weights | None = None,
                 verifier: verify.Verifier | None = None) -> None:
        self.threshold = threshold
        self.min_coverage = min_coverage
        self.max_chars = max_chars
        self.depth = depth
        self.weights = weights if weights is not None else weights_module.DEFAULT
        self.verifier = verifier if verifier is not None else verify.load()

    def warm_up(self) -> None:
        """Nothing to load: sentence vectors and figures come with the index snapshot."""

    def slots(self, ctx: AnswerContext) -> Slots:
        """The question's slots, with names that only say which report to read moved to `sources`; `ctx.question`'s
        frame is already off (`answer`)."""
        # a bare 'What is X?' whose term the page defines asks the definition
        slots = without_ordinary_names(parse_unframed(ctx.question), ctx.passages)  # 'the Net Revenue': no name
        return defined_term(without_source_names(slots, ctx.passages), ctx.passages)

    def answer(self, ctx: AnswerContext) -> Answer:
        """The answer composed (`_composed`), abstaining when it leaves a year, measure or name asked uncovered
        (answer_covered)."""
        plain = without_frame(names_closed(with_case(unhurried(ctx.question, ctx.snapshot), ctx.snapshot), ctx.snapshot))  # 'what was india's ...': India is a name
        plain = place_named(tables_of(ctx), plain, " ".join(p.chunk.text for p in ctx.passages))  # 'UK hospitals' read as
        # the table labels the row ('United Kingdom'), unless a passage writes the question's words ('Chinese plants')
        asked = replace(ctx, question=plain) if plain != ctx.question else ctx  # 'For a slide: X': every step reads X
        slots = self.slots(asked)
        result = self._composed(asked, slots)
        # a check that weighs the period gate instead of obeying it (verify.Verifier.soft) weighs this one too
        hard = "period_covered" not in getattr(self.verifier, "soft", frozenset())
        if (uncovered := first_uncovered(asked, result, slots, years=hard)) is not None:
            refused = abstain(asked, [], 0.0, uncovered[1], self.name, self.max_chars, say_why=True)
            return self._explained(asked, refused, slots, [], uncovered[0])
        return result

    def _composed(self, ctx: AnswerContext, slots: Slots) -> Answer:
        """The answer of a question whose frame is off and case restored, from its slots (`answer`)."""
        if (meant := meaning_answer(ctx, slots.sources, self.name)) is not None:
            return self._explained(ctx, meant, slots, [], None)  # 'what does CPC stand for': the reports' definition
        shaped = answer_by_cells(ctx, slots, self.name)  # table cells the question addresses answer first
        if (rest := undoubted(ctx, complement(ctx, slots, self.name))) is not None:
            return self._explained(ctx, rest, slots, [], None)  # 'non-subscription revenue': the total less the row
        # the whole a table row, the part a sentence of its page: 'what proportion of Europe revenue came from Germany'
        if (mixed := undoubted(ctx, text_complement(ctx, slots, self.name) or text_part_share(ctx, slots, self.name)
                               or sentence_share(ctx, slots, self.name)  # or both in one sentence
                               or prose_difference(ctx, slots, self.name))):  # two amounts prose gives compared
            return self._explained(ctx, mixed, slots, [], None)
        if shaped is not None and (other := setting_other(ctx.question, " ".join(c.quote for c in shaped.citations))):
            # 'GPT-5 Codex (low)' asked, the cells read are GPT-5 Codex (high)'s: the reports give that variant
            return self._explained(ctx, abstain(ctx, [], 0.0, other, self.name, self.max_chars, say_why=True),
                                   slots, [], "version_other")
        # a ratio or margin the page does not print is no cell read as it stands: computed from its definition
        def slots_of(c: AnswerContext) -> Slots:  # this context's slots are parsed already: not twice
            return slots if c is ctx else self.slots(c)
        if (shaped is None or shaped.derivation is None) and (spelled := spelled_ratio(ctx, slots_of, self.name)) is not None:
            return self._explained(spelled[0], spelled[1], slots_of(spelled[0]), [], None)  # 'the current ratio'
        if shaped is not None:
            # a computed figure asked, a cell read as it stands; another row named; a percentage added to an amount
            _, doubt = first_doubt(cell_checks(ctx, shaped))
            per = undoubted(ctx, per_thing(ctx, slots, self.name)) if doubt and shaped.derivation is None else None
            if per is not None:
                return self._explained(ctx, per, slots, [], None)  # 'revenue per store' no row states: computed
            return self._explained(ctx, hedged(shaped, doubt) if doubt else shaped, slots, [], "answer_doubt" if doubt else None)
        evidence = build(ctx, slots, self.weights, self.depth)
        if slots.shape == "explanation" and not any(explained_in_prose(e) for e in evidence):
            # the passages retrieved are all table: an explanation is read in the prose of their page
            ctx, evidence = with_page_prose(ctx, slots, evidence, lambda c: build(c, slots, self.weights, len(c.passages)))
        if not evidence:
            return self._explained(ctx, abstain(ctx, [], 0.0, "nothing relevant was retrieved", self.name,
                                           self.max_chars), slots, [], "nothing_retrieved")
        def gate(s: Slots, e: Evidence, figs) -> object:
            return first_gate(Decision(ctx, s, evidence, e, figs, self.weights, self.threshold, self.min_coverage))

        # 'which attracted the most investment?': a sentence saying which one led, with its figure
        chosen = leader(ctx, slots, evidence, self.name, self.weights.leader_share, gate)
        # 'which ranked second': the one a sentence says followed the one that led
        chosen = chosen or ranked_in_prose(ctx, slots, evidence, self.name, self.weights.leader_share, gate)
        if chosen is not None:
            return self._explained(ctx, chosen, slots, evidence, None)
        # 'which benchmark shows the widest gap': the label a sentence lists with the largest of its parallel figures
        chosen = largest_listed(ctx, slots, evidence, self.name, self.weights.leader_share, gate) \
            or called_superlative(ctx, slots, evidence, self.name, self.weights.leader_share, gate)  # 'X remained the hottest track'
        if chosen is not None:
            return self._explained(ctx, chosen, slots, evidence, None)
        chosen = answer_choice(ctx, slots, evidence, self.name, gate)  # 'which is higher, A or B?': each one's figure
        if chosen is None and (paged := with_page_chunks(ctx, lambda c: build(c, slots, self.weights, len(c.passages)))):
            wider, deeper = paged  # a side in a chunk of the page retrieval left out (a table split over chunks)

            def gate_wider(s: Slots, e: Evidence, figs) -> object:
                return first_gate(Decision(wider, s, deeper, e, figs, self.weights, self.threshold, self.min_coverage))
            chosen = answer_choice(wider, slots, deeper, self.name, gate_wider, choice_page.DEPTH)
            if chosen is not None:
                return self._explained(wider, chosen, slots, deeper, None)
        chosen = chosen or first_crossing(ctx, slots, evidence, self.name, gate)  # 'the first year X passes 1,000'
        chosen = chosen or year_extreme(ctx, slots, evidence, self.name, gate)  # 'which year had the most deals'
        chosen = chosen or column_extreme(ctx, slots, evidence, self.name, gate)  # 'in which quarter was X lowest'
        if chosen is None and remainder(ctx.question):  # 'how much of X was left after Y': X less Y
            chosen = answer_named(ctx, slots, evidence, self.name, gate)
        if chosen is not None:
            return self._explained(ctx, chosen, slots, evidence, None)
        items, item_parts = None, []  # a list's items quoted whole (enumeration.py)
        # the best sentence of a passage about what was asked (and, for a figure question, with a
        # figure of the unit asked for)
        best = next((e for e in evidence[:5] if off_topic(ctx, slots, e) is None
                     and (e is evidence[0] or not slots.units or unit_figures(e.figures, slots))), evidence[0])
        best = past_heading(ctx, evidence, best, lambda e: off_topic(ctx, slots, e) is None,  # a title says nothing
                            words=not slots.units and not slots.years)
        if slots.shape == "comparison" and not slots.units:  # two sides asked in words: a sentence setting one against the other
            best = contrasted(ctx.question, evidence, best, self.weights.contrast_margin) or best
        if not slots.units and (slots.shape == "comparison" or named_pair(ctx.question, slots.entities) is not None):
            # a sentence about one side (its subject), the other side's quoted with it, over one naming both in passing
            # (or over a chart's data label): 'what do A and B focus on, respectively' asks in words whatever its shape
            best = side_subject(ctx.question, evidence, best, lambda e: off_topic(ctx, slots, e) is None,
                                slots.entities) or best
        if slots.shape == "explanation":  # the explaining sentence, not a row of figures
            best = explaining(evidence, best, lambda e: off_topic(ctx, slots, e) is None, self.weights.explain_margin,
                              slots, self.weights.explain_wide_margin,
                              lambda e: heading_years_at(ctx.snapshot, ctx.passages[e.passage_index].chunk, e.text),
                              lambda e: read_on(ctx.passages, evidence, e))
            best = footnote_of(evidence, best) or best  # a marked row is explained by its footnote
            # 'what does S mean by X': the sentence under the title naming X defines it
            best = titled_definition(ctx, slots, evidence, lambda e: off_topic(ctx, slots, e) is None) or best
            # 'faces several challenges.': quoted with the sentences naming them
            evidence, best = announced(evidence, best)
        elif slots.shape == "list" and (rest := rest_listed(evidence, lambda e: off_topic(ctx, slots, e) is None)) is not None:
            best = rest  # 'apart from A and B, what other X': the sentence listing the other X
        elif slots.shape == "list":  # the sentence naming the items, not one that only introduces them
            listed, evidence, best, items, item_parts = list_sentence(ctx, slots, evidence, best, self.name, self.weights)
            if listed is not None:
                return self._explained(ctx, listed, slots, evidence, None)

        def figures_of(e: Evidence) -> list:
            if e is items:  # the items a list asks, named in words: no figure leads them
                return []
            if (slots.entity and slots.unit not in ("money", "percent", "count")) or slots.shape == "explanation" \
                    or (slots.asks == "description" and not slots.units):
                # 'which company ranked first': the rank is the condition, a name the answer; 'how is the
                # discount rate determined': the explaining sentence, no figure forced first; 'what is the plan
                # for the losing investments': a description asked in words leads with no figure either
                return []
            # 'these gaps had narrowed to 0.3%, 8.1% and 3.7%': the figure at the place of the name asked
            figs = carried_figure(slots.names, evidence, e) or pick_figures(e.text, e.figures, slots)
            if slots.entity and figs and all(stated_in(f, ctx.question) for f in figs):
                return []  # 'which framework took over 30%': the question's own figure is its condition, a name answers
            return figs

        def gate_of(e: Evidence, figs, ordered: list[Evidence]):
            return first_gate(Decision(ctx, slots, ordered, e, figs, self.weights, self.threshold, self.min_coverage),
                              self.verifier.soft)

        # 'of the 220 incidents, how many stemmed from X': the whole is given, the part's share of it computed
        if (given := given_whole(ctx, slots, evidence, self.name)) is not None:
            return self._explained(ctx, given, slots, evidence, None)
        # 'the highest competitiveness score on the chart': the extreme of a measure's repeated data labels
        if (extreme := label_extreme(ctx, slots, evidence, self.name)) is not None:
            return self._explained(ctx, extreme, slots, evidence, None)
        # 'X in 2023, backing out the 4.7% rise': the amount a sentence of 2024 says that change reached, over it
        if (before := before_change(ctx, slots, evidence, self.name) or before_amount(ctx, slots, evidence, self.name)):
            return self._explained(ctx, before, slots, evidence, None)  # or '8,958, a decrease of 19 compared with FY2019'
        chosen_, verdicts = judge(evidence, best, figures_of, gate_of, self.weights.fallback_margin,
                                  self.weights.supply_margin, Asked(bool(slots.names), bool(slots.years),
                                                                  narrowed_terms(slots)))
        if chosen_ is None:  # no candidate passes: the preferred sentence's gate is the reason
            fired = verdicts[0].gate
            # the world's figure, not the place's: the place's share of that world total gives its amount
            part = part_of_whole(ctx, slots, evidence, self.name) if fired[0] == "world_figure" else None
            # 'the US count and the valuation of all X': the place's sentence, the whole's quoted with it
            part = part or (place_and_whole(ctx, slots, evidence, self.name)
                            if fired[0] == "world_figure" else None)
            part = part or share_of_world(ctx, slots, evidence, self.name)  # the share from the two counts
            # no one sentence answers 'how many times larger was A than B': each one's figure, the result computed
            part = part or answer_named(ctx, slots, evidence, self.name, gate)
            # 'what annual growth rate is implied by X rising from 2020 to 2025': the rate of the two years' figures
            part = part or rate_from_years(ctx, slots, evidence, self.name, gate)
            if part is not None:
                return self._explained(ctx, part, slots, evidence, None, verdicts)
            evidence = [best] + [e for e in evidence if e is not best]
            answer = abstain(ctx, evidence, best.score, fired[1], self.name, self.max_chars,
                             say_why=fired[0] in SAYS_WHY)
            return self._explained(ctx, answer, slots, evidence, fired[0], verdicts)
        best, figures = chosen_.evidence, chosen_.figures
        # is the lead the answer: one calibrated score over the lead's named features (verify.py)
        checked = verify.features(ctx, slots, evidence, best, figures)
        evidence = [best] + [e for e in evidence if e is not best]
        soft = soft_fired(Decision(ctx, slots, evidence, best, figures, self.weights, self.threshold, self.min_coverage),
                     self.verifier.soft) if self.verifier.soft else {}
        checked.update({f"gate_{n}": 1.0 for n in soft})
        p, why = self.verifier.decide(checked, {f"gate_{n}": r for n, r in soft.items()})
        # the rate computed from two years' figures, asked of the same evidence up to three times below: run once
        rated_once = cache(partial(rate_from_years, ctx, slots, evidence, self.name, gate))
        if why and (named := answer_named(ctx, slots, evidence, self.name, gate) or rated_once()) is not None:
            return self._explained(ctx, named, slots, evidence, None, verdicts)
        if why:
            answer = abstain(ctx, evidence, best.score, why, self.name, self.max_chars, say_why=True)
            return self._explained(ctx, answer, slots, evidence, "answer_check", verdicts, (p, checked))
        if rate_unstated(ctx.question, slots, figures) \
                and (rated := rated_once()) is not None:
            return self._explained(ctx, rated, slots, evidence, None, verdicts)  # a multiple asked, an amount led
        blocked = {id(v.evidence) for v in verdicts if v.gate}  # a sentence a gate blocked is no rival
        unblocked = [e for e in evidence if id(e) not in blocked]
        rival = rivalry.passage_rival(slots, unblocked, best, figures, self.weights.rival_margin)
        # two passages differing is a doubt too: refused, as a hedge is, when a slot is plainly missing
        if rival is not None and (refused := hedge_refused(ctx, slots, best, figures, self.verifier.against(checked))):
            answer = abstain(ctx, evidence, best.score, refused, self.name, self.max_chars, say_why=True)
            return self._explained(ctx, answer, slots, evidence, "hedge_refused", verdicts, (p, checked))
        if rival is not None and (apart := rivalry.rows_apart(slots, best, rival[0], p, self.verifier.hedge)):
            answer = abstain(ctx, evidence, best.score, apart, self.name, self.max_chars, say_why=True)
            return self._explained(ctx, answer, slots, evidence, "rows_apart", verdicts, (p, checked))
        if rival is not None:
            answer = compose_rivals(ctx, slots, best, rival[0], figures, rival[1], best.score, self.name,
                                    self.max_chars)
            return self._explained(ctx, answer, slots, evidence, "rival_figure", verdicts, (p, checked))
        if best is items:
            answer = compose_items(ctx, item_parts, best, self.name, self.max_chars)
        else:
            # a sentence a gate blocked is no complement either: its figures never join the lead
            answer = compose(ctx, slots, evidence, best, figures, best.score, self.name, self.max_chars,
                             blocked=frozenset(blocked))
        answer = from_sentence(ctx, slots, answer, figures) or answer  # 'the total in 2019 and 2018'
        answer = quoted_change(ctx, answer) or answer  # 'by how much did X decline': 'A, down from B' quoted
        answer = midpoint(ctx, answer) or answer  # 'the midpoint of the charges expected': of the range written
        answer = printed_rate(ctx, slots, answer, best) or answer  # the chart's own 'CAGR 44.9%' over its span
        answer = with_second(ctx, answer, best, evidence) or answer  # 'since when and for how many X': the next sentence counts X
        answer = with_other_part(ctx, answer, best, evidence) or answer  # 'the top X, and the secondary ones': both lists
        if slots.shape == "explanation":
            answer.shape = "explanation"
        kind, doubt = first_doubt(sentence_checks(ctx, slots, answer, best, figures, evidence, chosen_, verdicts, checked,
                                                  partial(self.verifier.doubt, checked, p), self.weights))
        if doubt and answer.derivation is None and (named := answer_named(ctx, slots, evidence, self.name, gate)
                                                    or rated_once() or undoubted(ctx, per_thing(ctx, slots, self.name))):
            return self._explained(ctx, named, slots, evidence, None, verdicts)  # no lead to trust: computed instead
        if kind == "quantity_without_figure":  # a quantity asked and only words to give: the reports do not state it
            answer = abstain(ctx, evidence, best.score, doubt, self.name, self.max_chars, say_why=True)
            return self._explained(ctx, answer, slots, evidence, "quantity_without_figure", verdicts, (p, checked))
        if doubt and answer.derivation is None and (refused := hedge_refused(ctx, slots, best, figures, self.verifier.against(checked))):
            answer = abstain(ctx, evidence, best.score, refused, self.name, self.max_chars, say_why=True)
            return self._explained(ctx, answer, slots, evidence, "hedge_refused", verdicts, (p, checked))
        if doubt and kind == "unexplained_fallback" and (weak := weak_explaining(doubt, verdicts)) is not None:
            answer = compose_quotes(ctx, slots, [weak, best], best, figures, best.score, self.name, self.max_chars)
            answer.shape, doubt = "explanation", WEAK_EXPLAINING  # the explaining sentence scoring low, then its stand-in
        if kind == "verb_object_elsewhere" and (writes := shown_by(doubt)):
            # the sentence writing the asked verb shown first, beside the lead
            answer = compose_quotes(ctx, slots, [writes, best], best, figures, best.score, self.name, self.max_chars)
        if kind == "title_lead" and (under := items_read_on(ctx, answer, best, slots.shape)) is not None:
            answer = under  # a list led by a title ending its passage: what is printed under it, read on
        if doubt:  # let through, but too weak to bold: say what the passage gives and why it is uncertain
            return self._explained(ctx, hedged(answer, doubt), slots, evidence, "answer_doubt", verdicts, (p, checked))
        # a bold lead from a sentence covering little of the question, a rival close behind: show both
        rival = rivalry.weak_lead_rival(slots, unblocked, best, figures, checked.get("sentence_coverage", 1.0),
                                        self.weights.rival_weak_coverage, self.weights.rival_weak_gap)
        if rival is not None and "**" in answer.answer:
            answer = compose_rivals(ctx, slots, best, rival[0], figures, rival[1], best.score, self.name,
                                    self.max_chars)
            return self._explained(ctx, answer, slots, evidence, "weak_lead_rival", verdicts, (p, checked))
        # a bold lead from a table row the check scores low, another passage giving another figure: show both
        rival = rivalry.weak_row_rival(slots, unblocked, best, figures, p, self.weights.rival_row_check,
                                       self.weights.rival_row_gap)
        if rival is not None and "**" in answer.answer and (apart := rivalry.rows_apart(slots, best, rival[0], p, self.verifier.hedge)):
            answer = abstain(ctx, evidence, best.score, apart, self.name, self.max_chars, say_why=True)
            return self._explained(ctx, answer, slots, evidence, "rows_apart", verdicts, (p, checked))
        if rival is not None and "**" in answer.answer:
            answer = compose_rivals(ctx, slots, best, rival[0], figures, rival[1], best.score, self.name,
                                    self.max_chars)
            return self._explained(ctx, answer, slots, evidence, "weak_row_rival", verdicts, (p, checked))
        return self._explained(ctx, answer, slots, evidence, None, verdicts, (p, checked))

    def _explained(self, ctx: AnswerContext, answer: Answer, slots: Slots, evidence: list[Evidence], gate: str | None,
                   verdicts: list[Verdict] | None = None, check: tuple[float, dict] | None = None) -> Answer:
        """The explanation: slots, the top candidates (those the gates judged first, in the order
        judged, each with the gate that blocked it or `answers`) and the gate that decided; built
        only when `ctx.explain` asks for it (the assistant drops it otherwise)."""
        if not ctx.explain:
            return answer
        judged = {id(v.evidence): v for v in verdicts or []}
        shown = [v.evidence for v in verdicts or []] + [e for e in evidence if id(e) not in judged]
        candidates = []
        for e in shown[:max(EXPLAINED, len(judged))]:
            c = {"text": e.text, "score": round(e.score, 4), "passage": e.passage_index + 1,
                 "features": {k: round(v, 4) for k, v in e.features.items() if v}}
            v = judged.get(id(e))
            if v is not None and v.gate:
                c["blocked"] = {"gate": v.gate[0], "reason": v.gate[1]}
            elif v is not None and not answer.abstained:
                c["answers"] = True
            candidates.append(c)
        answer.explanation = {"slots": slots.as_dict(), "candidates": candidates, "gate": gate,
                              "blocked": [{"candidate": n, **c["blocked"]} for n, c in enumerate(candidates, 1)
                                          if "blocked" in c]}
        if check is not None:
            answer.explanation["check"] = {"p": round(check[0], 4), "features": {k: round(v, 4) for k, v in check[1].items()}}
        return answer

    def stream(self, ctx: AnswerContext) -> Iterator[str | Answer]:
        result = self.answer(ctx)
        yield result.answer
        yield result
