"""The default answerer: grounded extraction, no LLM. Deterministic and fast.

Scores the sentences of the retrieved passages against the question (MiniLM meaning from the
sentence vectors computed at ingest, key-term overlap, the unit and year asked for), picks the
best sentence of a passage about what was asked, finds the figure that answers (rag/pick.py),
and leads with it. Abstains, with the reason, when the evidence is weak, off topic or does not
cover the year asked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np

from ingest.figures import Figure
from ingest.keyword import tokenize

from .names import lists_names, mentions, new_names, singular, subject_of, without_source_names
from .pick import entity_cell, is_numbering, is_row, pick_figures, unit_figures
from .question import QUESTION_FILLER, QuestionInfo, analyse
from .types import Answer, AnswerContext, Citation, Passage

NOT_STATED = "The reports don't state this."


UNIT_BONUS = 0.1  # a sentence with a figure of the unit asked for


ENTITY_BONUS = 0.1  # for 'which company ...': a sentence naming companies or products


@dataclass
class Candidate:
    """One sentence of one passage, scored against the question."""

    passage_index: int
    sentence_index: int
    text: str
    figures: list[Figure]
    score: float
    semantic: float
    overlap: float
    year_ok: bool
    years: set[int]
    passage_years: set[int]


class ExtractiveAnswerer:
    """Answers from the passages' own sentences; `threshold` is the calibrated abstention cut."""

    name = "extractive"

    def __init__(self, threshold: float = 0.5, max_chars: int = 600, depth: int = 5,
                 min_coverage: float = 0.25) -> None:
        self.threshold = threshold
        self.min_coverage = min_coverage
        self.max_chars = max_chars
        self.depth = depth

    def warm_up(self) -> None:
        """Nothing to load: sentence vectors and figures come with the index snapshot."""

    # -- scoring -----------------------------------------------------------------------------
    def candidates(self, ctx: AnswerContext, info: QuestionInfo) -> list[Candidate]:
        """Every sentence of the top passages, best first; `info` with source names split off
        (`without_source_names`), as `answer` passes it."""
        snap = ctx.snapshot
        qvec = np.asarray(ctx.query_vector, dtype=np.float32)
        qterms = set(info.terms)
        first_unit = replace(info, units=info.units[:1])
        # rarer terms tell sentences apart: 'layer' in 'application-layer' counts more than 'ai'
        weight = {t: (snap.keyword.idf(t) or 0.0) for t in qterms}
        total_weight = sum(weight.values()) or 1.0
        out: list[Candidate] = []
        for pi, passage in enumerate(ctx.passages[: self.depth]):
            pos = snap.position.get(passage.chunk_id)
            if pos is None:
                continue
            chunk = snap.chunks[pos]
            infos = snap.sentences[pos]
            vecs = snap.vectors_of(pos).astype(np.float32)
            sims = vecs @ qvec if len(vecs) else np.zeros(0)
            caption_years: set[int] = set()
            heading_terms = set(tokenize(chunk.section or "")) | set(tokenize(chunk.text[: chunk.text.find("\n")]))
            lowered_chunk = chunk.text.lower() + " " + (chunk.section or "").lower()
            meta = f"{chunk.publisher} {chunk.title}".lower()
            other_source = bool(info.sources) and not all(mentions(meta, n) for n in info.sources)
            chunk_years = {f.year for si_ in infos for f in si_.figures if f.year} | {
                int(f.number) for si_ in infos for f in si_.figures if f.unit == "year"}
            chunk_names = (sum(1 for n in info.names if mentions(lowered_chunk, n)) / len(info.names)
                           if info.names else 0.0)
            topic_terms = set(tokenize(chunk.text[infos[0].start:infos[0].end])) if infos else set()
            if infos and len(infos) > 1 and infos[0].end - infos[0].start < 60:  # a title line: the next is the topic
                topic_terms |= set(tokenize(chunk.text[infos[1].start:infos[1].end]))
            prev_terms: set[str] = set()
            for si, sent in enumerate(infos):
                text = chunk.text[sent.start:sent.end]
                row = is_row(text)
                years_in = {f.year for f in sent.figures if f.year} | {int(f.number) for f in sent.figures if f.unit == "year"}
                if not row:
                    caption_years |= years_in
                else:
                    years_in |= caption_years  # a table row belongs to its caption's year
                figures = sent.figures if "rank" in info.units else [f for f in sent.figures if not is_numbering(text, f)]
                if len(text) < 12 and not figures:
                    continue
                sterms = set(tokenize(text))
                # the heading, the passage's first sentence and the sentence before count at half weight:
                # 'Leading players include ...' after 'Audio is the universal interface ...'
                context = heading_terms | topic_terms | prev_terms
                overlap = (sum(weight[t] for t in qterms & sterms)
                           + 0.5 * sum(weight[t] for t in (qterms & context) - sterms)) / total_weight
                prev_terms = sterms
                unit_hit = unit_figures(figures, info) if info.units else []
                # 'by what multiples did the number and value grow': the first unit asked is the answer's
                primary = bool(unit_hit) and (len(info.units) == 1 or bool(unit_figures(figures, first_unit)))
                year_ok = not info.years or bool(set(info.years) & years_in)
                # a sentence without the year, in a passage that has it, is not evidence against it
                # (one dated another year speaks of that year)
                year_bonus = (0.08 if year_ok else (-0.15 if not set(info.years) & chunk_years else
                                                    -0.08 if years_in else 0.0)) if info.years else 0.0
                words = len(text.split())
                residue = (not row and not re.search(r"[.!?)\]”\"]$", text) and words > 25) or words > 80
                lowered = text.lower()
                names = sum(1 for n in info.names if mentions(lowered, n)) / len(info.names) if info.names else 0.0
                # 'which companies lead ...': a sentence naming others than the question does answers it
                named = 0.0
                if info.entity and not info.units and new_names(text, info) >= 2:
                    named = ENTITY_BONUS * (2 if lists_names(text) else 1)  # 'include OpenAI, MiniMax, and ElevenLabs'
                rank_hit = info.rank is not None and row and re.search(rf"\brank: {info.rank}\b", lowered) is not None
                score = (named + 0.5 * float(sims[si]) + 0.35 * overlap + 0.1 * names + 0.15 * chunk_names + (0.15 if rank_hit else 0.0)
                         + ((UNIT_BONUS if primary else UNIT_BONUS / 2) if unit_hit else (-0.12 if info.unit else 0.0))
                         + year_bonus - (0.2 if other_source else 0.0)
                         - (0.1 if residue else 0.0)
                         + 0.04 / (1 + pi))
                out.append(Candidate(pi, si, text, figures, score, float(sims[si]), overlap, year_ok, years_in,
                                     chunk_years))
        out.sort(key=lambda c: -c.score)
        return out


    # -- answering ---------------------------------------------------------------------------
    def answer(self, ctx: AnswerContext) -> Answer:
        info = without_source_names(analyse(ctx.question), ctx.passages)
        cands = self.candidates(ctx, info)
        if not cands:
            return self._abstain(ctx, [], 0.0, "nothing relevant was retrieved")
        # the best sentence of a passage about what was asked: the names and scope it names
        # (and, for a figure question, with a figure of the unit asked for)
        best = next((c for c in cands[:5] if self.off_topic(ctx, info, c) is None
                     and (c is cands[0] or not info.units or unit_figures(c.figures, info))), cands[0])
        cands = [best] + [c for c in cands if c is not best]
        figures = pick_figures(best.text, best.figures, info)
        if info.entity and info.unit not in ("money", "percent", "count"):
            figures = []  # "which company ranked first": the rank is the condition, a name the answer
        confidence = best.score
        reason = self.abstain_reason(ctx, info, cands, best, figures)
        if reason:
            return self._abstain(ctx, cands, confidence, reason)
        return self._compose(ctx, info, cands, best, figures, confidence)

    def abstain_reason(self, ctx: AnswerContext, info: QuestionInfo, cands: list[Candidate], best: Candidate,
                       figures: list[Figure]) -> str | None:
        """Why the evidence is too weak to answer, or None when it is good enough."""
        # a question that names no unit cannot earn the unit bonus a figure question does
        threshold = self.threshold - (0.0 if info.units else UNIT_BONUS)
        if best.score < threshold:
            return f"evidence score {best.score:.2f} is below the threshold {threshold:.2f}"
        if info.years and not best.year_ok and not set(info.years) & best.passage_years:
            return f"the best passage does not cover {', '.join(map(str, info.years))}"
        if info.years and info.unit in ("money", "percent", "count") and not any(
                (f.year in info.years or (f.year is None and (c.years | c.passage_years) & set(info.years)))
                for c in cands[:3] for f in unit_figures(c.figures, info)):
            return f"no {info.unit} figure for {', '.join(map(str, info.years))} in the passages"
        if info.unit in ("money", "percent") and not figures and best.score < self.threshold + 0.1 and \
                not any(pick_figures(c.text, c.figures, info) for c in cands[:3]):
            return f"no {info.unit} figure in the best passages"
        reason = self.off_topic(ctx, info, best)
        if reason:
            return reason
        chunk = ctx.passages[best.passage_index].chunk
        where = _where(chunk)
        coverage = self.coverage(ctx, info, where)
        if coverage < self.min_coverage:
            return f"the best passage covers {coverage:.0%} of the question's key terms"
        rows = [c.text for c in cands if is_row(c.text)]
        if info.rank is not None and (is_row(best.text) or rows) and not any(
                re.search(rf"\brank: {info.rank}\b", text, re.I) for text in ([best.text] if is_row(best.text) else rows)):
            return f"no table row is ranked {info.rank}"
        return None

    def off_topic(self, ctx: AnswerContext, info: QuestionInfo, cand: Candidate) -> str | None:
        """Why the candidate's passage is not about what the question names (its source, names or
        scope), or None when it is."""
        chunk = ctx.passages[cand.passage_index].chunk
        if info.sources and not all(mentions(f"{chunk.publisher} {chunk.title}".lower(), n) for n in info.sources):
            return f"the best passage is not from {', '.join(info.sources)}"
        where = _where(chunk)
        missing = [n for n in info.names if not mentions(where, n)
                   and not subject_of(ctx.snapshot, n, chunk.doc_id)]
        if missing:
            return f"the best passage does not mention {', '.join(missing)}"
        outside = [w for w in info.scopes if not mentions(where, w)]
        if outside:
            return f"the best passage is not about {', '.join(outside)}"
        counted = re.search(r"\bhow many ([a-z][a-z-]+)", info.text, re.I)
        if counted and counted.group(1).lower() not in QUESTION_FILLER and not mentions(where, singular(counted.group(1))):
            return f"the best passage does not count {counted.group(1)}"  # 'how many parameters', a row of scores
        return None

    def coverage(self, ctx: AnswerContext, info: QuestionInfo, where: str) -> float:
        """IDF-weighted share of the question's terms (those the corpus has) found in `where`:
        a passage about the global market does not answer a question about logistics."""
        keyword = ctx.snapshot.keyword
        present = set(tokenize(where))
        total = got = 0.0
        for term in set(info.terms) - QUESTION_FILLER:
            if term.isdigit():
                continue  # years and numbers are checked on their own
            idf = keyword.idf(term)
            if idf is None:
                continue  # a word no report uses ('worldwide') cannot tell passages apart
            total += idf
            got += idf if term in present else 0.0
        return got / total if total else 1.0

    def stream(self, ctx: AnswerContext) -> Iterator[str | Answer]:
        result = self.answer(ctx)
        yield result.answer
        yield result

    def _compose(self, ctx: AnswerContext, info: QuestionInfo, cands: list[Candidate], best: Candidate,
                 figures: list[Figure], confidence: float) -> Answer:
        used: list[Candidate] = [best]
        extra = self._complement(info, cands, best)
        if extra is not None:
            used.append(extra)
            more = [f for f in pick_figures(extra.text, extra.figures, info) if all(f.value != g.value for g in figures)]
            figures = figures + more[:1]
        best_terms = set(tokenize(best.text))
        for c in ([] if extra is not None else cands[1:4]):
            terms = set(tokenize(c.text))
            similar = len(terms & best_terms) / max(1, len(terms | best_terms))
            close = c.score >= 0.85 * best.score
            # another row of the table the answer's row is from adds nothing but noise
            other_row = bool(figures) and is_row(best.text) and is_row(c.text)
            if close and similar < 0.6 and not other_row:
                used.append(c)
                break
        passages: list[Passage] = []
        citations: list[Citation] = []
        parts: list[str] = []
        lead = _lead(figures, info)
        if info.entity and not lead:
            name = entity_cell(best.text, info)
            lead = f"**{name}**." if name else ""
        for cand in used:
            passage = ctx.passages[cand.passage_index]
            if passage not in passages:
                passages.append(passage)
                fig_text = next((f.text for f in figures if cand is best), None)
                citations.append(Citation.from_passage(len(passages), passage, quote=cand.text, figure=fig_text))
            n = passages.index(passage) + 1
            parts.append(f"{excerpt(cand.text, info, 380)} [{n}]")
        body = " ".join(parts)
        text = f"{lead} {body}" if lead else body
        while len(text) > self.max_chars and len(parts) > 1:
            parts.pop()
            citations = citations[: len(parts)]
            body = " ".join(parts)
            text = f"{lead} {body}" if lead else body
        figure = figures[0].display if figures else None
        return Answer(question=ctx.question, answer=text[: self.max_chars], figure=figure, abstained=False,
                      citations=citations, backend=self.name, passages=list(ctx.passages), confidence=confidence)

    def _complement(self, info: QuestionInfo, cands: list[Candidate], best: Candidate) -> Candidate | None:
        """A second sentence for what the best one leaves out: the other year, company or unit
        of a comparison or a two-part question ('how much ..., and what share')."""
        lowered = best.text.lower()
        missing_years = [y for y in info.years if y not in best.years]
        missing_names = [n for n in info.names if not mentions(lowered, n)]
        have_units = {f.unit for f in best.figures}
        missing_units = [u for u in info.units[:2] if u in ("money", "percent") and u not in have_units]
        if not (missing_years or missing_names or (len(info.units) > 1 and missing_units)):
            return None
        for c in cands[1:12]:
            if c.text == best.text or c.score < 0.7 * best.score:
                continue
            text = c.text.lower()
            if (any(y in c.years for y in missing_years) or any(mentions(text, n) for n in missing_names)
                    or any(f.unit in missing_units for f in c.figures)):
                return c
        return None

    def _abstain(self, ctx: AnswerContext, cands: list[Candidate], confidence: float, reason: str = "") -> Answer:
        citations: list[Citation] = []
        seen: set[int] = set()
        for cand in cands:
            if cand.passage_index in seen:
                continue
            seen.add(cand.passage_index)
            citations.append(Citation.from_passage(len(citations) + 1, ctx.passages[cand.passage_index], quote=cand.text))
            if len(citations) == 3:
                break
        if not citations:
            citations = [Citation.from_passage(i + 1, p) for i, p in enumerate(ctx.passages[:3])]
        nearest = "; ".join(f"[{c.n}] {c.title}" + (f", page {c.page}" if c.page is not None else "")
                            for c in citations)
        text = NOT_STATED + (f" Closest passages: {nearest}." if nearest else "")
        return Answer(question=ctx.question, answer=text[: self.max_chars], figure=None, abstained=True,
                      citations=citations, backend=self.name, passages=list(ctx.passages), confidence=confidence,
                      warnings=[f"not answered: {reason}"] if reason else [])


def _where(chunk) -> str:
    """Everything that says what a passage is about: its text, report title, publisher, section, file."""
    return " ".join((chunk.text, chunk.title, chunk.publisher, chunk.section or "", chunk.source)).lower()


def _lead(figures: list[Figure], info: QuestionInfo) -> str:
    if not figures:
        return ""
    shown = [f"**{f.display}**" + (f" ({f.year})" if f.year else "") for f in figures]
    return ", ".join(shown) + "."


def excerpt(text: str, info: QuestionInfo, limit: int) -> str:
    """`text`, or when longer than `limit` the window of it that holds most of the question's terms
    and figures ('... exemplified by Qianxun Intelligence'), cut at words and marked with '…'."""
    if len(text) <= limit:
        return text
    wanted = set(info.terms)
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
    a, b = words[best][0], words[best_end - 1][1]
    return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")
