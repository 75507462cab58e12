"""When a lead is bold: one calibrated decision over the named evidence the final answer carries.

A bold lead promises that the reports give this figure for what was asked. `evidence` names what
the answer carries (where the lead came from, how much of the question its quote covers, whether
another retrieved passage gives another figure of the lead's unit for the same slots, or the same
one); `BoldCall` weighs it (weights fitted by eval/fit_bold_call.py on the dev halves, in
bold-call-fitted.json) and `called` shows the lead unbolded when the evidence does not single it out."""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ingest.figures import Figure, parse_figures
from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, bold_lead
from .compose import hedged
from .operations import operation
from .question_names import QUESTION_FILLER
from .slots import Slots

log = logging.getLogger(__name__)

FITTED = Path(__file__).with_name("bold-call-fitted.json")
SEARCHED = 4  # the best-ranked passages searched for a rival or an agreeing figure
_PIECES = re.compile(r"\n+|(?<=[.;])\s+(?=[A-Z(])")


@dataclass(frozen=True)
class BoldCall:
    """One weight per named evidence (`NAMES`, read from these fields), the bias, and the cut: a lead is bold when the
    probability that it is right, by these weights, is at least `cut`."""

    computed: float = 0.0            # the lead was computed from operands (a derivation)
    row: float = 0.0                 # the lead was read from a table cell
    words: float = 0.0               # the lead is words, not a figure
    computed_copied: float = 0.0     # the question asks a computation, and the lead was copied, not computed
    operation_copied: float = 0.0    # the question's words name an operation (change, share, sum ...), the lead was copied
    unit_other: float = 0.0          # the question asks a unit, and the lead figure is of another
    lead_terms: float = 0.0          # share of the question's content words in the lead's quote
    years_missing: float = 0.0       # a year asked is in neither the lead nor its quote
    rival: float = 0.0               # another passage gives another figure of the lead's unit for the same slots
    rival_same_passage: float = 0.0  # ... or another line of the lead's own passage does
    rival_ahead: float = 0.0         # how far the lead's quote covers the question beyond the rival's (0.5 without one)
    agreed: float = 0.0              # another passage gives the lead's own figure
    confidence: float = 0.0          # the answerer's confidence (capped at 1.5)
    long_words: float = 0.0          # a words lead of more than 12 words
    bias: float = 5.0
    cut: float = 0.0                 # 0: every lead the answerer bolds stays bold

    def p(self, evidence: dict[str, float]) -> float:
        """The probability that the bold lead is right."""
        z = self.bias + sum(getattr(self, n) * evidence.get(n, 0.0) for n in NAMES)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


# the named evidence, in the order eval/fit_bold_call.py writes its rows: BoldCall's weights (one list, so a weight added
# there is weighed and fitted, never left out of `p` by a second list that forgot it)
NAMES = tuple(f.name for f in fields(BoldCall) if f.name not in ("bias", "cut"))


def load(path: Path = FITTED) -> BoldCall:
    """The fitted call (the default, which changes nothing, when the file is missing: logged, since the package
    ships the fitted file and its absence means a broken install, not a choice)."""
    if not path.exists():
        log.warning("bold call: %s is missing; every bold lead stays bold and the evidence is weighed by no fit", path)
        return BoldCall()
    raw = json.loads(path.read_text(encoding="utf-8"))
    return BoldCall(**{f.name: float(raw[f.name]) for f in fields(BoldCall) if f.name in raw})


def save(call: BoldCall, path: Path = FITTED) -> None:
    """Write `call` as JSON (every weight, the bias and the cut), as `load` reads it back (eval/fit_bold_call.py --write)."""
    path.write_text(json.dumps(asdict(call), indent=1) + "\n", encoding="utf-8")


DEFAULT = load()


def _content(slots: Slots) -> list[str]:
    return [t for t in dict.fromkeys(slots.terms) if t not in QUESTION_FILLER and not t.isdigit()]


def _covers(content: list[str], text: str) -> float:
    if not content:
        return 1.0
    words = set(tokenize(text))
    return sum(t in words for t in content) / len(content)


def _figure(text: str) -> Figure | None:
    return next((f for f in parse_figures(text) if f.unit != "year"), None)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def evidence(ctx: AnswerContext, slots: Slots, answer: Answer) -> dict[str, float] | None:
    """The named evidence of a bold answer (None when the answer has no bold lead)."""
    return read(ctx, slots, answer)[0]


def read(ctx: AnswerContext, slots: Slots, answer: Answer) -> tuple[dict[str, float] | None, tuple[str, bool] | None]:
    """The named evidence of a bold answer and its best rival: (the figure it gives, whether in the lead's own
    passage), or None without one ((None, None) without a bold lead)."""
    lead = bold_lead(answer.answer) if not answer.abstained else None
    if not lead:
        return None, None
    fig = _figure(lead)
    quote = answer.citations[0].quote if answer.citations else ""
    chunk = answer.citations[0].chunk_id if answer.citations else None
    content = _content(slots)
    lead_terms = _covers(content, f"{lead} {quote}")
    said = f"{lead} {quote} {answer.answer[:200]}"
    out = {"computed": float(answer.derivation is not None),
           "row": float(answer.derivation is None and (answer.shape is not None or " — " in quote)),
           "words": float(fig is None), "lead_terms": lead_terms,
           "computed_copied": float(slots.shape == "computed" and answer.derivation is None and fig is not None),
           "operation_copied": float(operation(slots.text or ctx.question) is not None and answer.derivation is None
                                     and fig is not None),
           "unit_other": float(fig is not None and bool(slots.units) and fig.unit not in slots.units),
           "years_missing": float(any(str(y) not in said for y in slots.years)),
           "confidence": min(1.5, float(answer.confidence or 0.0)),
           "long_words": float(fig is None and len(lead.split()) > 12),
           "rival": 0.0, "rival_same_passage": 0.0, "rival_ahead": 0.5, "agreed": 0.0}
    rival = None
    if fig is None or answer.derivation is not None:
        return out, rival
    for passage in ctx.passages[:SEARCHED]:
        own = passage.chunk.chunk_id == chunk
        for piece in _PIECES.split(passage.chunk.text):
            if not piece.strip() or (quote and piece.strip() in quote) or any(str(y) not in piece for y in slots.years):
                continue
            terms = _covers(content, piece)
            if terms < lead_terms - 0.15:
                continue
            theirs = [f for f in parse_figures(piece) if f.unit == fig.unit]
            if not own and any(_same(f.value, fig.value) for f in theirs):
                out["agreed"] = 1.0
            elif theirs and not any(_same(f.value, fig.value) for f in theirs):
                out["rival_same_passage" if own else "rival"] = 1.0
                if lead_terms - terms < out["rival_ahead"]:
                    out["rival_ahead"], rival = max(-0.5, lead_terms - terms), (theirs[0].display, own)
    return out, rival


def called(ctx: AnswerContext, slots: Slots, answer: Answer, call: BoldCall = DEFAULT) -> Answer:
    """The answer with its named bold evidence recorded (`bold_evidence`), its lead unbolded when the
    call's probability is under its cut: the figure still leads, saying it is not certain and why."""
    ev, rival = read(ctx, slots, answer)
    answer.bold_evidence = ev
    if ev is None or call.cut <= 0.0 or call.p(ev) >= call.cut:
        return answer
    lead = bold_lead(answer.answer)
    if rival is None:
        why = "the evidence does not single this lead out"
    else:  # (a rival on another line of the lead's own passage is no 'other passage')
        where = "another line of the same passage" if rival[1] else "another passage"
        why = f"[1] gives {lead}; {where} gives {rival[0]} for what was asked, and neither is clearly ahead"
    return hedged(answer, why)
