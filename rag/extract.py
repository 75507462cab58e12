"""The default answerer: grounded extraction, no LLM. Deterministic and fast.

Scores the sentences of the retrieved passages against the question (MiniLM meaning from the
sentence vectors computed at ingest, key-term overlap, the unit and year asked for), picks the
best sentence, finds the figure that answers, and leads with it. Abstains when the evidence
is weak or does not cover the year asked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np

from ingest.figures import Figure
from ingest.keyword import tokenize

from .question import QUESTION_FILLER, QuestionInfo, analyse
from .types import Answer, AnswerContext, Citation, Passage

NOT_STATED = "The reports don't state this."
UNIT_BONUS = 0.1  # a sentence with a figure of the unit asked for
ENTITY_BONUS = 0.1  # for 'which company ...': a sentence naming companies or products
_UNIT_OF_FIGURE = {"money": {"money"}, "percent": {"percent"}, "count": {"count", "number"}, "multiple": {"multiple"},
                   "score": {"count", "number"}, "rank": {"count", "number"}}


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
        snap = ctx.snapshot
        info = without_source_names(info, ctx.passages)
        qvec = np.asarray(ctx.query_vector, dtype=np.float32)
        qterms = set(info.terms)
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
            other_source = bool(info.sources) and not all(_mentions(meta, n) for n in info.sources)
            chunk_years = {f.year for si_ in infos for f in si_.figures if f.year} | {
                int(f.number) for si_ in infos for f in si_.figures if f.unit == "year"}
            chunk_names = (sum(1 for n in info.names if _mentions(lowered_chunk, n)) / len(info.names)
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
                figures = sent.figures if "rank" in info.units else [f for f in sent.figures if not _numbering(text, f)]
                if len(text) < 12 and not figures:
                    continue
                sterms = set(tokenize(text))
                # the heading, the passage's first sentence and the sentence before count at half weight:
                # 'Leading players include ...' after 'Audio is the universal interface ...'
                context = heading_terms | topic_terms | prev_terms
                overlap = (sum(weight[t] for t in qterms & sterms)
                           + 0.5 * sum(weight[t] for t in (qterms & context) - sterms)) / total_weight
                prev_terms = sterms
                unit_hit = self._unit_figures(figures, info) if info.units else []
                # 'by what multiples did the number and value grow': the first unit asked is the answer's
                primary = bool(unit_hit) and (len(info.units) == 1 or bool(
                    self._unit_figures(figures, replace(info, units=info.units[:1]))))
                year_ok = not info.years or bool(set(info.years) & years_in)
                # a sentence without the year, in a passage that has it, is not evidence against it
                # (one dated another year speaks of that year)
                year_bonus = (0.08 if year_ok else (-0.15 if not set(info.years) & chunk_years else
                                                    -0.08 if years_in else 0.0)) if info.years else 0.0
                words = len(text.split())
                residue = (not row and not re.search(r"[.!?)\]”\"]$", text) and words > 25) or words > 80
                lowered = text.lower()
                names = sum(1 for n in info.names if _mentions(lowered, n)) / len(info.names) if info.names else 0.0
                # 'which companies lead ...': a sentence naming others than the question does answers it
                named = 0.0
                if info.entity and not info.units and _new_names(text, info) >= 2:
                    named = ENTITY_BONUS * (2 if _lists_names(text) else 1)  # 'include OpenAI, MiniMax, and ElevenLabs'

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

    @staticmethod
    def _unit_figures(figures: list[Figure], info: QuestionInfo) -> list[Figure]:
        wanted = set()
        for unit in info.units:
            wanted |= _UNIT_OF_FIGURE.get(unit, set())
        if not wanted:
            return [f for f in figures if f.unit != "year"]
        return [f for f in figures if f.unit in wanted]

    def pick_figures(self, cand: Candidate, info: QuestionInfo) -> list[Figure]:
        """The figure(s) that answer: right unit, right year (one per year asked when several);
        in a table row, the figure of the column the question names."""
        cell = best_cell(cand.text, info)
        if cell is not None:
            figs = [f for f in cand.figures if cell[0] <= f.start < cell[1]]
            if figs:
                return figs[:1]
        figs = _ranges(cand.text, self._unit_figures(cand.figures, info))
        # a figure the question itself states is its condition ('when tasks exceed 5 steps'), not the answer
        figs = [f for f in figs if not _stated_in(f, info.text)] or figs
        if not figs:
            return []
        respective = _respective(cand.text, figs, info)
        if respective is not None:
            return [respective]
        if len(figs) > 1:
            fit = [_fit(cand.text, f, info) for f in figs]
            if max(fit) > min(fit):
                figs = [f for _, f in sorted(zip(fit, figs), key=lambda x: -x[0])]
        if info.years:
            by_year = [next((f for f in figs if f.year == y), None) for y in info.years]
            picked = [f for f in by_year if f is not None]
            if picked:
                return picked if len(info.years) > 1 else picked[:1]
        if info.forecast:
            dated = [f for f in figs if f.year]
            if dated:
                return [max(dated, key=lambda f: f.year)]
        return figs[:1]

    # -- answering ---------------------------------------------------------------------------
    def answer(self, ctx: AnswerContext) -> Answer:
        info = without_source_names(analyse(ctx.question), ctx.passages)
        cands = self.candidates(ctx, info)
        if not cands:
            return self._abstain(ctx, [], 0.0, "nothing relevant was retrieved")
        # the best sentence of a passage about what was asked: the names and scope it names
        # (and, for a figure question, with a figure of the unit asked for)
        best = next((c for c in cands[:5] if self.off_topic(ctx, info, c) is None
                     and (c is cands[0] or not info.units or self._unit_figures(c.figures, info))), cands[0])
        cands = [best] + [c for c in cands if c is not best]
        figures = self.pick_figures(best, info)
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
        info = without_source_names(info, ctx.passages)
        # a question that names no unit cannot earn the unit bonus a figure question does
        threshold = self.threshold - (0.0 if info.units else UNIT_BONUS)
        if best.score < threshold:
            return f"evidence score {best.score:.2f} is below the threshold {threshold:.2f}"
        if info.years and not best.year_ok and not set(info.years) & best.passage_years:
            return f"the best passage does not cover {', '.join(map(str, info.years))}"
        if info.years and info.unit in ("money", "percent", "count") and not any(
                (f.year in info.years or (f.year is None and (c.years | c.passage_years) & set(info.years)))
                for c in cands[:3] for f in self._unit_figures(c.figures, info)):
            return f"no {info.unit} figure for {', '.join(map(str, info.years))} in the passages"
        if info.unit in ("money", "percent") and not figures and best.score < self.threshold + 0.1 and \
                not any(self.pick_figures(c, info) for c in cands[:3]):
            return f"no {info.unit} figure in the best passages"
        reason = self.off_topic(ctx, info, best)
        if reason:
            return reason
        chunk = ctx.passages[best.passage_index].chunk
        where = " ".join((chunk.text, chunk.title, chunk.publisher, chunk.section or "", chunk.source)).lower()
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
        if info.sources and not all(_mentions(f"{chunk.publisher} {chunk.title}".lower(), n) for n in info.sources):
            return f"the best passage is not from {', '.join(info.sources)}"
        where = " ".join((chunk.text, chunk.title, chunk.publisher, chunk.section or "", chunk.source)).lower()
        missing = [n for n in info.names if not _mentions(where, n)
                   and not _subject_of(ctx.snapshot, n, chunk.doc_id)]
        if missing:
            return f"the best passage does not mention {', '.join(missing)}"
        outside = [w for w in info.scopes if not _mentions(where, w)]
        if outside:
            return f"the best passage is not about {', '.join(outside)}"
        counted = re.search(r"\bhow many ([a-z][a-z-]+)", info.text, re.I)
        if counted and counted.group(1).lower() not in QUESTION_FILLER and not _mentions(where, _singular(counted.group(1))):
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
            more = [f for f in self.pick_figures(extra, info) if all(f.value != g.value for g in figures)]
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
        missing_names = [n for n in info.names if not _mentions(lowered, n)]
        have_units = {f.unit for f in best.figures}
        missing_units = [u for u in info.units[:2] if u in ("money", "percent") and u not in have_units]
        if not (missing_years or missing_names or (len(info.units) > 1 and missing_units)):
            return None
        for c in cands[1:12]:
            if c.text == best.text or c.score < 0.7 * best.score:
                continue
            text = c.text.lower()
            if (any(y in c.years for y in missing_years) or any(_mentions(text, n) for n in missing_names)
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


_CELL = re.compile(r"(?:^|; )([^:;]{1,60}): ([^;]*)")


def is_row(text: str) -> bool:
    """A labelled table row as the chunker writes it: 'Rank: 10; Company name: MiniMax; ...'."""
    return len(_CELL.findall(text)) >= 2 and "; " in text


def best_cell(text: str, info: QuestionInfo) -> tuple[int, int] | None:
    """Span of the row cell whose column name the question asks about (e.g. 'Market share, %')."""
    if not is_row(text):
        return None
    wanted = set(info.terms)
    best, best_score = None, 0.0
    for m in _CELL.finditer(text):
        name_terms = set(tokenize(m.group(1)))
        if info.rank is not None and "rank" in name_terms:
            continue  # "which company ranks third": the rank is the condition, not the answer
        score = len(name_terms & wanted) / max(1, len(name_terms))
        if info.unit == "percent" and "%" in m.group(1) + m.group(2):
            score += 0.5
        if info.unit == "rank" and "rank" in name_terms:
            score += 0.5
        if score > best_score and re.search(r"\d", m.group(2)):
            best, best_score = (m.start(2), m.end(2)), score
    return best


def without_source_names(info: QuestionInfo, passages: list[Passage]) -> QuestionInfo:
    """Drop names that only say which report to read ('according to CIC'): they are in the
    citation metadata, not in the sentences, and must not favour boilerplate naming the publisher."""
    publishers = {p.chunk.publisher for p in passages if p.chunk.publisher}
    # acronyms ('CIC') and the later words of a publisher's name ('Sullivan', 'LeadLeo'); a first
    # word like 'China' (China Insights Consultancy) is too often the topic itself
    source_words = {w.lower() for pub in publishers for w in re.findall(r"[A-Za-z&]+", pub)[1:]}
    source_words |= {a.lower() for pub in publishers for a in re.findall(r"\b[A-Z]{2,}\b", pub)}
    kept = [n for n in info.names if n.lower() not in source_words]
    if len(kept) == len(info.names):
        return info
    return replace(info, names=kept, sources=[n for n in info.names if n not in kept])


def _mentions(text: str, name: str) -> bool:
    """Whether `text` (lower-case) names `name`: 'China's' and 'Chinese' find 'china', 'Oct' 'October',
    'ICBC' 'Industrial and Commercial Bank of China'."""
    n = re.sub(r"['’]s$", "", name.lower())
    if " " in n:  # 'Company A' is not 'Company E': a name of several words is matched whole
        return re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", text) is not None
    if n in text:
        return True
    if len(name) >= 3 and name.isupper() and name.isalpha() and n in _initials(text):
        return True
    parts = [p for p in re.split(r"[-‑/]", n) if len(p) >= 2]
    if len(parts) > 1:
        return all(_mentions(text, p) for p in parts)
    stem = n[:3] if n in _MONTHS else n[:4]  # 'October' -> 'oct', 'Chinese' -> 'chin'
    return len(n) >= 5 and re.search(rf"\b{re.escape(stem)}", text) is not None


_MINOR_WORDS = {"and", "of", "the", "for", "&", "in"}


def _initials(text: str) -> str:
    """First letters of the words of `text`, small joining words skipped: where an acronym can stand."""
    return "".join(w[0] for w in re.findall(r"[a-z][a-z0-9]*", text) if w not in _MINOR_WORDS)


def _subject_of(snapshot, name: str, doc_id: str, share: float = 1 / 3) -> bool:
    """Whether `name` is in a third or more of a report's passages ('China' in a China report): the subject of
    the whole report, so a passage that leaves it out is still about it."""
    terms = tokenize(name)
    return len(terms) == 1 and snapshot is not None and snapshot.report_share(terms[0], doc_id) >= share


_MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
           "december"}


_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)*")
_COMMON_CAPITALS = {"AI", "The", "In", "This", "These", "It", "Its", "As", "By", "For", "From", "With", "And"}


def _new_names(text: str, info: QuestionInfo) -> int:
    """How many capitalised names `text` has that the question does not (the first word aside)."""
    asked = info.text.lower()
    names = {m.group(0) for m in _NAME.finditer(text) if m.start() > 0}
    return sum(1 for n in names if n not in _COMMON_CAPITALS and n.lower() not in asked)


_NUMBERING = re.compile(r"\b(rank|chapter|part|section|no\.?)\s*:?\s*$", re.I)


def _numbering(text: str, figure: Figure) -> bool:
    """'Rank: 1', 'Chapter 5': a number that orders or labels, not an amount."""
    if figure.unit not in ("count", "number"):
        return False
    # a section number: '3.10 Analysis of AI in the Transportation Industry'
    return _NUMBERING.search(text[:figure.start]) is not None or (
        figure.start == 0 and re.match(r"\d+(?:\.\d+)*\s+[A-Z][a-z]", text) is not None)


def _ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """'6-8', '15-30%': a range parsed as two figures is one answer, shown whole."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == f.unit and re.fullmatch(r"\s?[-–~]\s?", text[prev.end:f.start]):
            out[-1] = replace(prev, text=text[prev.start:f.end], end=f.end)
        else:
            out.append(f)
    return out


def _singular(word: str) -> str:
    """'parameters' -> 'parameter', 'industries' -> 'industr', so either form is found."""
    w = word.lower()
    return w[:-3] if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _stated_in(figure: Figure, question: str) -> bool:
    """Whether the question holds this figure's number (not a year)."""
    number = f"{figure.number:g}"
    return bool(re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", question))


def _fit(text: str, figure: Figure, info: QuestionInfo) -> float:
    """How well a figure matches the question's words around it: '97 languages' for 'how many
    languages', the U.S. figure in a sentence naming several countries."""
    wanted = set(info.terms)
    after = tokenize(text[figure.end:figure.end + 30])[:2]
    score = 2.0 if set(after) & wanted else 0.0
    start = max(text.rfind(",", 0, figure.start), text.rfind(";", 0, figure.start)) + 1
    clause = text[start:figure.end + 40].lower()
    return score + sum(1.0 for n in info.names if _mentions(clause, n))


_ITEM = r"[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,2}"
_ENUMERATION = re.compile(rf"({_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM})")


def _lists_names(text: str) -> bool:
    """Whether `text` enumerates names: 'OpenAI, MiniMax, and ElevenLabs', 'Character AI and Talkie'."""
    return any(sum(1 for i in re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", m.group(1)) if i[:1].isupper()) >= 2
               for m in _ENUMERATION.finditer(text)) or bool(re.search(r"\b[A-Z]\w+(?: [A-Z]\w+)* and [A-Z]\w+", text))


def _respective(text: str, figures: list[Figure], info: QuestionInfo) -> Figure | None:
    """'... by 17.5%, 13.5%, 24.3%, and 31.6% on MMLU, MMMU, MATH, and HumanEval': the figure in the
    place of the one listed item the question names."""
    if len(figures) < 2:
        return None
    for m in _ENUMERATION.finditer(text):
        items = [i.strip() for i in re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", m.group(1)) if i.strip()]
        if len(items) != len(figures) or any(re.search(r"\d", i) for i in items):
            continue
        named = [k for k, item in enumerate(items) if _mentions(info.text.lower(), item)]
        if len(named) == 1:
            return figures[named[0]]
    return None


def entity_cell(text: str, info: QuestionInfo) -> str | None:
    """For 'which company ...' questions on a table row: the first named cell the question lacks."""
    if not is_row(text):
        return None
    asked = info.text.lower()
    for m in _CELL.finditer(text):
        value = m.group(2).strip()
        if value and not re.search(r"\d", value) and value.lower() not in asked:
            return value
    return None


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
