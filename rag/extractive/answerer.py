"""The default answerer: grounded extraction, no LLM. Deterministic and fast.

Parses the question into slots once, scores every retrieved sentence by its named features
(features.py x weights.py), picks the best sentence of a passage about what was asked and the
figure that answers (pick.py), runs the named gates (gates.py) and composes (compose.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .passage_tables import tables_of
from .place_words import place_named
from ..types import Answer, AnswerContext
from ..asking_frame import without_frame
from .restored_case import with_case
from .typed_names import unhurried
from .closed_names import names_closed
from . import weights as weights_module
from .compose import abstain
from .explaining import explained_in_prose
from .page_prose import with_page_prose
from .features import Evidence, build
from .gates import Decision, first_gate
from .names import without_source_names
from .ordinary_names import without_ordinary_names
from .answer_covered import first_uncovered
from .defined_term import defined_term
from .slots import Slots, parse_unframed
from .weights import Weights
from . import verify
from .answer_explanation import explained
from .cells_first import cells_first
from .named_first import named_first
from .lead_sentence import lead_sentence
from .lead_answer import lead_answer
from .bold_call import called


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
            return explained(asked, refused, slots, [], uncovered[0])
        return called(asked, slots, result)

    def _composed(self, ctx: AnswerContext, slots: Slots) -> Answer:
        """The answer of a question whose frame is off and case restored, from its slots (`answer`)."""
        if (first := cells_first(self, ctx, slots)) is not None:
            return first
        evidence = build(ctx, slots, self.weights, self.depth)
        if slots.shape == "explanation" and not any(explained_in_prose(e) for e in evidence):
            # the passages retrieved are all table: an explanation is read in the prose of their page
            ctx, evidence = with_page_prose(ctx, slots, evidence, lambda c: build(c, slots, self.weights, len(c.passages)))
        if not evidence:
            return explained(ctx, abstain(ctx, [], 0.0, "nothing relevant was retrieved", self.name,
                                           self.max_chars), slots, [], "nothing_retrieved")
        def gate(s: Slots, e: Evidence, figs) -> object:
            return first_gate(Decision(ctx, s, evidence, e, figs, self.weights, self.threshold, self.min_coverage))

        if (named := named_first(self, ctx, slots, evidence, gate)) is not None:
            return named
        listed, evidence, best, items, item_parts = lead_sentence(self, ctx, slots, evidence)
        if listed is not None:
            return listed
        return lead_answer(self, ctx, slots, evidence, best, items, item_parts)

    def stream(self, ctx: AnswerContext) -> Iterator[str | Answer]:
        result = self.answer(ctx)
        yield result.answer
        yield result
