"""Fuzzing (issue 7): hypothesis properties of the sentence splitter, the citation marker parser
and checker, and the loaders' cleaning; and a bounded fuzz run of load_file on mutated PDFs
(each either loads or raises IngestError, never another exception, never a hang).

The bugs these found ('[1-2-3]' crashing the citation check, control characters and decomposed
marks surviving cleaning) are fixed; their tests and examples stay as regressions."""

from __future__ import annotations

import random
import re
import signal
import time

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from ingest.clean import clean_sections, normalise_unicode, strip_html
from ingest.errors import IngestError
from ingest.loaders import load_file
from ingest.sentences import split_sentences
from ingest.types import Section
from rag.verify import check, parse_markers, strip_markers

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))

# report-like text: abbreviations, decimals, CJK stops, quotes, tables, odd whitespace
TOKENS = ["The", "market", "grew", "e.g.", "U.S.", "approx.", "no.", "Fig.", "3.5", "USD", "1,000", "12.5%", ".", "!",
          "?", "。", "！", "？", "“", "”", "\"", "'", ")", "(", "[1]", "\n", "\n\n", " ", "  ", "\t", "a.", "B.", "Mr.",
          "...", "?!", "x", "市场", "增长", "\u3000", "\u00a0", "\r", "\x0b", "\x0c", "\u2028", "\u200b", "Rank: 1;",
          "Company name: MiniMax;", "#", "## Heading", "- item", "<b>", "</b>", "<li>", "&amp;", "**", "\\$"]
report_text = st.one_of(st.lists(st.sampled_from(TOKENS), max_size=80).map(" ".join),
                        st.lists(st.sampled_from(TOKENS), max_size=80).map("".join),
                        st.text(max_size=300))


# -- sentence splitter ----------------------------------------------------------------------------------
@FUZZ
@given(report_text)
@example("Revenue was USD 1.5 bn. in 2024. Growth e.g. 3.5% vs. 2.1%!Next")
@example("第一句。第二句！第三句？")
def test_sentence_spans_are_ordered_disjoint_and_cover_every_non_space_character(text):
    spans = split_sentences(text)
    end = 0
    for start, stop in spans:
        assert end <= start < stop <= len(text), spans
        assert "\n" not in text[start:stop]
        assert not text[start].isspace() and not text[stop - 1].isspace()
        end = stop
    covered = [False] * len(text)
    for start, stop in spans:
        covered[start:stop] = [True] * (stop - start)
    missed = [(i, ch) for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missed, (missed[:5], spans)


# -- citation markers --------------------------------------------------------------------------------------
marker = st.one_of(
    st.integers(1, 999).map(lambda n: ([n], f"[{n}]")),
    st.lists(st.integers(1, 999), min_size=2, max_size=4).map(lambda ns: (ns, "[" + ", ".join(map(str, ns)) + "]")),
    st.tuples(st.integers(1, 900), st.integers(1, 49)).map(lambda t: (list(range(t[0], t[0] + t[1] + 1)),
                                                                      f"[{t[0]}-{t[0] + t[1]}]")),
)
filler = st.text(alphabet=st.characters(blacklist_characters="[]", blacklist_categories=("Cs",)), max_size=30)


@FUZZ
@given(st.lists(st.tuples(filler, marker), max_size=8), filler)
def test_markers_round_trip_in_order_of_first_use(parts, tail):
    text = "".join(f"{words}{shown}" for words, (_, shown) in parts) + tail
    expected: list[int] = []
    for _, (numbers, _) in parts:
        for n in numbers:
            if n not in expected:
                expected.append(n)
    assert parse_markers(text) == expected
    assert parse_markers(strip_markers(text)) == []


bracketed = st.text(alphabet="[]0123456789,-– x.", max_size=40)


@FUZZ
@given(st.one_of(bracketed, report_text), st.lists(report_text, max_size=4))
def test_marker_parser_and_check_never_raise(text, passages):
    cited = parse_markers(text)
    verdict = check(text, passages)
    assert verdict.cited == cited
    assert set(verdict.invalid_markers) == {n for n in cited if not 1 <= n <= len(passages)}
    assert all(isinstance(f, str) for f in verdict.unsupported_figures)


@FUZZ
@given(bracketed)
@example("see the notes [1-2-3]")
def test_marker_parser_never_raises_on_chained_ranges(text):
    parse_markers(text)
    check(text, ["USD 1 billion"])


# -- cleaning ----------------------------------------------------------------------------------------------
@FUZZ
@given(report_text)
def test_normalise_unicode_output_is_normalised(text):
    out = normalise_unicode(text)
    assert "\r" not in out
    assert not any(ch in out for ch in ZERO_WIDTH)
    assert not any(line.endswith((" ", "\u3000")) for line in out.split("\n"))  # tabs: empty table cells


@FUZZ
@given(report_text)
@example("a\u200b\u0301")
def test_normalise_unicode_is_idempotent(text):
    once = normalise_unicode(text)
    assert normalise_unicode(once) == once


@FUZZ
@given(report_text)
def test_strip_html_never_raises_and_is_idempotent_without_entities(text):
    out = strip_html(text)
    assert isinstance(out, str)
    if "&" not in text:
        assert strip_html(out) == out


@FUZZ
@given(st.lists(report_text, min_size=1, max_size=6), st.booleans())
def test_clean_sections_never_raises_and_keeps_the_pages(texts, reflow):
    sections = [Section(t, page=i + 1) for i, t in enumerate(texts)]
    out = clean_sections(sections, reflow=reflow)
    assert [s.page for s in out] == [s.page for s in sections]
    for s in out:
        assert "\r" not in s.text and "\n\n\n" not in s.text and s.text == s.text.strip()
        assert not any(ch in s.text for ch in ZERO_WIDTH)


@FUZZ
@given(st.lists(report_text, min_size=1, max_size=4), st.booleans())
@example(["\x1b[2J report"], False)
def test_clean_sections_output_has_no_control_characters(texts, reflow):
    for s in clean_sections([Section(t) for t in texts], reflow=reflow):
        assert not CONTROL.search(s.text), repr(s.text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(report_text, st.sampled_from([".txt", ".md", ".html"]), st.sampled_from(["utf-8", "utf-16", "latin-1", "gb18030"]))
def test_loaded_text_never_holds_control_characters(tmp_path_factory, text, ext, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    path = tmp_path_factory.mktemp("fuzz") / f"doc{ext}"
    path.write_bytes(data)
    try:
        doc, _ = load_file(path, 2**20)
    except IngestError as exc:
        assert "\n" not in str(exc)
        return
    for s in doc.sections:
        assert not CONTROL.search(s.text), repr(s.text[:200])
        assert s.heading is None or not CONTROL.search(s.heading)


# -- load_file on mutated PDFs ------------------------------------------------------------------------------------
class Hang(BaseException):
    """Raised by the alarm; a BaseException so the loaders' `except Exception` cannot swallow it."""


def _alarm(signum, frame):
    raise Hang()


def base_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for page in range(1, 4):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {page}. The fuzzed robotics market reached USD {page}.5 billion in 2024, "
                             f"up {page * 3}% on 2023. Service robots grew fastest.")
        pdf.cell(0, 6, f"Rank {page}\tVendor {page}\t{page * 10}%")
    return bytes(pdf.output())


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    kind = rng.choice(["flip", "flip", "truncate", "delete", "duplicate", "insert", "zero", "swap-digits"])
    if kind == "flip":
        for _ in range(rng.randint(1, 30)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == "truncate":
        del b[rng.randrange(8, len(b)):]
    elif kind == "delete":
        i = rng.randrange(len(b))
        del b[i:i + rng.randint(1, 400)]
    elif kind == "duplicate":
        i = rng.randrange(len(b))
        b[i:i] = b[i:i + rng.randint(1, 400)]
    elif kind == "insert":
        i = rng.randrange(len(b))
        b[i:i] = rng.choice([b"<<", b">>", b"obj", b"endobj", b"stream", b"/Length 999999", b"[", b"(", b"\\",
                             b"0 0 R", bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))])
    elif kind == "zero":
        i = rng.randrange(len(b))
        b[i:i + rng.randint(1, 200)] = bytes(min(200, len(b) - i))
    else:  # change the numbers the xref and the object references rely on
        digits = [i for i, c in enumerate(b) if 48 <= c <= 57]
        for i in rng.sample(digits, min(len(digits), rng.randint(1, 20))):
            b[i] = rng.randint(48, 57)
    return bytes(b)


def test_load_file_on_mutated_pdfs_loads_or_raises_ingest_error(tmp_path):
    rng = random.Random(20251122)
    original = base_pdf()
    path = tmp_path / "mutant.pdf"
    tally = {"loaded": 0, "IngestError": 0}
    slowest = 0.0
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for i in range(200):
            data = mutate(original, rng)
            path.write_bytes(data)
            started = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, 10)
            try:
                doc, _ = load_file(path, 2**20)
                tally["loaded"] += 1
                assert doc.sections and all(isinstance(s.text, str) for s in doc.sections)
            except IngestError as exc:
                tally["IngestError"] += 1
                assert str(path) in str(exc) and "\n" not in str(exc)
            except Hang:
                (tmp_path / f"hang-{i}.pdf").write_bytes(data)
                pytest.fail(f"iteration {i}: load_file ran over 10 s (kept as hang-{i}.pdf)")
            except Exception as exc:  # anything else is a bug: keep the input
                (tmp_path / f"crash-{i}.pdf").write_bytes(data)
                pytest.fail(f"iteration {i}: {type(exc).__name__}: {exc} (kept as crash-{i}.pdf)")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            slowest = max(slowest, time.perf_counter() - started)
    finally:
        signal.signal(signal.SIGALRM, old)
    print(f"\n200 mutated PDFs: {tally}, slowest {slowest:.2f} s")
    assert tally["loaded"] and tally["IngestError"]  # the mutations reach both outcomes
