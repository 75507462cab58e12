"""Near-miss stress copies of the tunable dev gold: answerable questions made unanswerable by one mechanical swap.

`python -m eval.nearmiss_stress OUT_DIR` writes OUT_DIR/nm-{y,e,m}.yaml from eval.gold.tunable() questions (never
the unseen confirm parts): y a year in the question swapped for the nearest year the report never writes; e a named
company, country or model swapped for one of the same kind (fixed list) the report never writes; m a metric word
swapped for a sibling metric the report never writes anywhere (so it cannot be 'near' the subject either). A row is
kept only when the swapped-in term is absent from the whole text of every report (the answerer searches them all); each is answerable: false, kind
unanswerable, id '<original>-nm<kind>'. Two more kinds from money/count questions: c a money question asked in a
currency no report writes at all (euros, yen, pounds: so no report states the figure in it); g a figure of a year
asked per quarter or per week, a granularity no report writes (abbreviations Q1-Q4 checked in the row's report).
Two kinds sit next to what a report DOES say (figure questions): o its year swapped for another year its own report
writes, n its company/country/model for another its own report names; each kept only when no passage of the report text
(8-line runs, table rows with their header) nor of the reports as ingest reads them (chart series) writes the new term
with half the question's subject words; both read from the files, so an existing index never changes the output.
Run `reportqa eval --gold OUT_DIR/nm-y.yaml --json` per kind. Keep the copies out of eval/gold.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from rag.extractive.years_covered import named

from .gold import load_gold, report_text, tunable

REPORTS_DIR = Path(__file__).resolve().parent.parent / "data" / "reports"

_YEAR = re.compile(r"(?<![\w.])(19[5-9]\d|20[0-4]\d)(?![\w])")
# Real names of one kind each; a name's aliases (same kind) count as the name when checking the report.
COMPANIES = ("OpenAI", "Google", "Microsoft", "Baidu", "Alibaba", "Tencent", "ByteDance", "Meta", "Anthropic", "Huawei",
             "iFlytek", "SenseTime", "Zhipu", "Nvidia", "Apple", "Amazon", "IBM", "Samsung", "Oracle", "Salesforce",
             "Siemens", "Toyota", "Sony", "Intel", "Adobe", "SAP", "Xiaomi", "JD.com", "Meituan", "NetEase")
COUNTRIES = ("China", "Japan", "Israel", "Germany", "France", "India", "Singapore", "South Korea", "Canada", "Brazil",
             "Russia", "Australia", "Italy", "Spain", "Netherlands", "Sweden", "Switzerland", "Mexico", "Indonesia",
             "Vietnam", "Norway", "Finland", "Poland", "Turkey", "Egypt", "Argentina", "Chile", "Thailand")
MODELS = ("GPT-4", "GPT-4o", "Claude 3.5 Sonnet", "Gemini", "Llama 3", "Qwen", "DeepSeek-V3", "ERNIE", "Doubao",
          "Kimi", "Grok", "Falcon", "Mistral Large", "Phi-3", "Command R", "Yi-34B", "Jamba", "BLOOM", "PaLM 2")
# Spellings of one name across the kind list: never swapped for each other.
SAME_NAME = ({"U.S.", "United States"},)
NAME_KINDS = {"company": COMPANIES, "country": ("U.S.", "United States") + COUNTRIES, "model": MODELS}
# Other spellings of a name (demonyms, parents, families): a name is absent only when these are absent too.
ALIASES = {"Japan": ("Japanese",), "Israel": ("Israeli",), "Germany": ("German",), "France": ("French",),
           "India": ("Indian",), "Singapore": ("Singaporean",), "South Korea": ("Korea", "Korean"),
           "Canada": ("Canadian",), "Brazil": ("Brazilian",), "Russia": ("Russian",), "Australia": ("Australian",),
           "Italy": ("Italian",), "Spain": ("Spanish",), "Netherlands": ("Dutch",), "Sweden": ("Swedish",),
           "Switzerland": ("Swiss",), "Mexico": ("Mexican",), "Indonesia": ("Indonesian",), "Vietnam": ("Vietnamese",),
           "Norway": ("Norwegian",), "Finland": ("Finnish",), "Poland": ("Polish",), "Turkey": ("Turkish",),
           "Egypt": ("Egyptian",), "Argentina": ("Argentine", "Argentinian"), "Chile": ("Chilean",),
           "Thailand": ("Thai",), "Google": ("Alphabet",), "Meta": ("Facebook",), "GPT-4o": ("GPT-4",),
           "Gemini": ("Bard",), "Llama 3": ("Llama",), "Qwen": ("Tongyi",), "ERNIE": ("Wenxin",),
           "Phi-3": ("Phi",), "Command R": ("Cohere",), "Yi-34B": ("01.AI",), "PaLM 2": ("PaLM",)}
# Sibling metrics a report on markets might use; a swap-in must be absent from the report's whole text.
METRIC_WORDS = ("market size", "revenues", "revenue", "financing", "investment", "sales")
SIBLING_METRICS = ("net profit", "headcount", "EBITDA", "operating margin", "capital expenditure", "dividend payout",
                   "gross margin", "employee count")


def written(term: str, text: str) -> bool:
    """`term` appears in `text` as a whole word or phrase, any letter case, any whitespace between words, also in
    its plural ('capital expenditures' writes 'capital expenditure')."""
    words = r"\s+".join(re.escape(w) for w in term.split())
    return re.search(rf"(?<![\w]){words}(?:e?s)?(?![\w])", text, re.I) is not None


def swap_year(q: str, text: str) -> str | None:
    """The question with its first year replaced by the nearest year (earlier first) `text` never writes in any form
    the answerer reads as that year ('2025', 'FY25', '2024/25'), or None."""
    m = _YEAR.search(q)
    if m is None:
        return None
    year = int(m.group(1))
    for d in range(1, 40):
        for y in (year - d, year + d):
            if not named(text, y):
                return q[:m.start()] + str(y) + q[m.end():]
    return None


def swap_name(q: str, text: str, names: tuple[str, ...], seed: int = 0) -> str | None:
    """The question with the first name of `names` it writes replaced by another name of `names` that `text` never
    writes (chosen from position `seed` on, so copies vary), or None when it names none or none is absent."""
    # a name followed by a capitalised word is part of a longer name ('China Insights Consultancy'): not swapped
    found = [(m.start(), m.end()) for n in names
             for m in [re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])(?!\s+[A-Z][a-z])", q)] if m]
    if not found:
        return None
    start, end = min(found)
    absent = [n for n in names if not any(written(a, text) or written(a, q) for a in (n,) + ALIASES.get(n, ()))]
    if not absent:
        return None
    return q[:start] + absent[seed % len(absent)] + q[end:]


def swap_metric(q: str, text: str, seed: int = 0) -> str | None:
    """The question with its first metric word replaced by a sibling metric `text` never writes, or None."""
    for word in METRIC_WORDS:
        m = re.search(rf"\b{word}\b", q)
        if m:
            absent = [s for s in SIBLING_METRICS if not written(s, text) and not written(s, q)]
            return q[:m.start()] + absent[seed % len(absent)] + q[m.end():] if absent else None
    return None


# A currency and every spelling of it: absent from the corpus only when all are.
# (¥ writes yen as well as yuan: a report writing ¥ may state a figure in yen)
CURRENCIES = {"euros": ("euro", "euros", "EUR", "€"), "yen": ("yen", "JPY", "円", "¥"),
              "pounds sterling": ("pound", "pounds", "sterling", "GBP", "£")}
_CURRENCY_WORD = re.compile(r"(?<![\w$])(?:RMB|CNY|USD|US\$|yuan|(?:US\s+)?dollars?)(?![\w])", re.I)
# A finer-than-annual granularity: (adjective, spellings whose absence makes it safe, abbreviations checked per report)
GRANULARITIES = (("quarterly", ("quarter", "quarters", "quarterly"), ("Q1", "Q2", "Q3", "Q4")),
                 ("weekly", ("week", "weeks", "weekly"), ()))
_ANNUAL = re.compile(r"\b(?:annual|yearly|full-year)\b", re.I)


def _absent(spellings: tuple[str, ...], text: str) -> bool:
    """None of `spellings` is in `text` (a symbol, '€' or '円', anywhere; a Latin word as a whole word)."""
    return not any(written(s, text) if s.isascii() and s[0].isalnum() else s in text for s in spellings)


def swap_currency(q: str, text: str, seed: int = 0) -> str | None:
    """The money question `q` asked in a currency `text` never writes in any spelling: its currency word (RMB,
    USD, dollars) swapped for it, else ' in <currency>' put before its closing mark; None when none is absent."""
    absent = [c for c, spell in CURRENCIES.items() if _absent(spell, text) and _absent(spell, q)]
    if not absent:
        return None
    cur = absent[seed % len(absent)]
    if (m := _CURRENCY_WORD.search(q)) is not None:
        return q[:m.start()] + cur + q[m.end():]
    body = q.rstrip().rstrip("?.!").rstrip()
    return f"{body} in {cur}{q.rstrip()[len(body):]}"


def swap_granularity(q: str, text: str, report: str = "", seed: int = 0) -> str | None:
    """The question about a year's figure asked per quarter or week, a granularity `text` never writes (nor
    `report` its abbreviations): 'annual' swapped for it, else put before the first metric word; None otherwise."""
    if _YEAR.search(q) is None:
        return None
    ok = [adj for adj, words, abbrev in GRANULARITIES
          if _absent(words, text) and _absent(words, q) and _absent(abbrev, report)]
    if not ok:
        return None
    adj = ok[seed % len(ok)]
    if (m := _ANNUAL.search(q)) is not None:
        return q[:m.start()] + adj + q[m.end():]
    for word in METRIC_WORDS:
        if (m := re.search(rf"\b{word}\b", q, re.I)) is not None:
            return q[:m.start()] + adj + " " + q[m.start():]
    return None


# Words that say what is asked, not about what: a passage sharing only these with a question does not write its subject.
_ASK_WORDS = frozenset("a an the of in on at to for and or by is was were are be been what which how much many did does do "
                       "its it their this that as with from per than value size total reach reached expected projected "
                       "according report market year years big large much amount show shows shown give gives chart table figure paper "
                       "white over end start first second half".split())


def passages(text: str, span: int = 8) -> list[str]:
    """The passages of a report's text: every run of `span` lines (extracted text breaks sentences across lines), and
    each row of a tab table joined to its table's first line (the header a row's year columns are written in)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    out = ["\n".join(lines[i:i + span]) for i in range(max(1, len(lines) - span + 1))]
    header: str | None = None
    for line in lines:
        if "\t" not in line:
            header = None
        elif header is None:
            header = line
        else:
            out.append(f"{header}\n{line}")
    return out


def chunk_passages(chunk: str) -> list[str]:
    """The passages of an indexed chunk: each line joined to the chunk's first line (a chart's or table's title)."""
    lines = [ln for ln in chunk.splitlines() if ln.strip()]
    return [lines[0]] + [f"{lines[0]}\n{ln}" for ln in lines[1:]] if lines else []


def read_passages(reports_dir: Path = REPORTS_DIR) -> list[str]:
    """The passages of every report as ingest reads it (chart series and tables are written out there with their years,
    not in the report text): each cleaned section's lines joined to its title. Read from the files, never from an
    index, so the generated set is the same whether or not REPORTQA_DATA_DIR holds one."""
    from ingest.chunk import guess_title
    from ingest.loaders import load_file

    out: list[str] = []
    for path in sorted(reports_dir.glob("*.txt")):
        loaded, _ = load_file(path, path.stat().st_size)
        for sec in loaded.sections:
            out += chunk_passages("\n".join(p for p in (guess_title(sec), sec.text) if p))
    return out


def corpus_passages(corpus: str, reports_dir: Path = REPORTS_DIR) -> list[str]:
    """Every passage a swapped-in term is checked against: the report text's (`passages`) and ingest's (`read_passages`)."""
    return passages(corpus) + read_passages(reports_dir)


def subject_words(q: str) -> set[str]:
    """The question's content words (no years, no asking words): what its figure is of and about."""
    return {w for w in re.findall(r"[a-z][a-z0-9&.-]+", q.lower()) if w not in _ASK_WORDS and len(w) > 2}


def swap_year_elsewhere(q: str, report: str, corpus_passages: list[str]) -> str | None:
    """The question with its first year replaced by the nearest other year its own `report` writes, kept only when no
    passage of `corpus_passages` names that year with at least half of the question's subject words (the year is
    written, for another metric or row, never with this one), or None."""
    m = _YEAR.search(q)
    if m is None or len(_YEAR.findall(q)) > 1:
        return None
    year, subject = int(m.group(1)), subject_words(q)
    if len(subject) < 2:
        return None
    need = (len(subject) + 1) // 2
    for d in range(1, 16):
        for y in (year - d, year + d):
            if not named(report, y):
                continue
            if any(named(p, y) and sum(written(w, p) for w in subject) >= need for p in corpus_passages):
                continue
            return q[:m.start()] + str(y) + q[m.end():]
    return None


def swap_name_elsewhere(q: str, report: str, corpus_passages: list[str], seed: int = 0) -> str | None:
    """The question with its first known name (company, country, model) replaced by another of the same kind its own
    `report` writes, kept only when no passage of `corpus_passages` writes that name (or an alias) with at least half
    of the question's other subject words (the name is in the report, never with this metric), or None."""
    for names in NAME_KINDS.values():
        found = [(m.start(), m.end(), n) for n in names
                 for m in [re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])(?!\s+[A-Z][a-z])", q)] if m]
        if not found:
            continue
        start, end, old = min(found)
        subject = subject_words(q[:start] + " " + q[end:]) - subject_words(" ".join((old,) + ALIASES.get(old, ())))
        if len(subject) < 2:
            return None
        need = (len(subject) + 1) // 2
        same = next((g for g in SAME_NAME if old in g), {old})
        ok = [n for n in names if n not in same and written(n, report) and not written(n, q)
              and not any(written(a, old) or written(old, a) for a in (n,) + ALIASES.get(n, ()))
              and not any(any(written(a, p) for a in (n,) + ALIASES.get(n, ()))
                          and sum(written(w, p) for w in subject) >= need for p in corpus_passages)]
        return q[:start] + ok[seed % len(ok)] + q[end:] if ok else None
    return None


def swaps(q: str, text: str, seed: int = 0) -> dict[str, str]:
    """The near-miss rewrites of `q` that could be made, by kind: y (year), e (named entity), m (metric)."""
    out: dict[str, str] = {}
    if (y := swap_year(q, text)) is not None:
        out["y"] = y
    for names in NAME_KINDS.values():
        if (e := swap_name(q, text, names, seed)) is not None:
            out["e"] = e
            break
    if (mt := swap_metric(q, text, seed)) is not None:
        out["m"] = mt
    return out


def main(out: str) -> None:
    # the answerer searches every report, so a swapped-in term must be absent from all of them, not just the row's
    corpus = "\n".join(report_text(p.stem, REPORTS_DIR) or "" for p in sorted(REPORTS_DIR.glob("*.txt")))
    rows: dict[str, list[dict]] = {"y": [], "e": [], "m": [], "c": [], "g": [], "o": [], "n": []}
    read = corpus_passages(corpus)
    for n, g in enumerate(q for q in load_gold() if tunable(q) and q.answerable and q.report):
        made = swaps(g.question, corpus, n)
        # only a single stated figure changes with currency or granularity (an order, a ratio, a trend's direction do not)
        if g.kind == "figure" and g.unit == "money" and (c := swap_currency(g.question, corpus, n)) is not None:
            made["c"] = c
        if g.kind == "figure" and g.unit in ("money", "count") and \
                (gr := swap_granularity(g.question, corpus, report_text(g.report, REPORTS_DIR) or "", n)) is not None:
            made["g"] = gr
        if g.kind == "figure" and (o := swap_year_elsewhere(g.question, report_text(g.report, REPORTS_DIR) or "",
                                                             read)) is not None:
            made["o"] = o
        if g.kind == "figure" and (nm := swap_name_elsewhere(g.question, report_text(g.report, REPORTS_DIR) or "",
                                                              read, n)) is not None:
            made["n"] = nm
        for kind, question in made.items():
            row = {k: v for k, v in g.as_dict().items() if k not in ("source", "quote", "page", "section")}
            rows[kind].append({**row, "id": f"{g.id}-nm{kind}", "question": question, "answerable": False,
                               "expected": [], "kind": "unanswerable",
                               "notes": f"near miss ({kind}) of {g.id}: {g.question}"})
    Path(out).mkdir(parents=True, exist_ok=True)
    for kind, qs in rows.items():
        Path(out, f"nm-{kind}.yaml").write_text(yaml.safe_dump({"questions": qs}, allow_unicode=True, sort_keys=False))
        print(f"nm-{kind}: {len(qs)} questions")


if __name__ == "__main__":
    main(sys.argv[1])
