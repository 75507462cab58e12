"""General text cleaning for extracted reports: nothing here knows about a particular file.

Steps: Unicode and whitespace normalisation, page recovery from a repeated header, removal of
lines repeated on most pages and of extraction residue (phone numbers, colour codes, bare number
series from charts), stray HTML tags and Markdown escapes, sentence joins and hyphenated breaks.
"""

from __future__ import annotations

import html
import re
import statistics
import unicodedata
from collections import Counter

from .charts import read_all_charts
from .contents import read_contents
from .label_bars import read_label_bars
from .pies import read_pies
from .types import Section

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}?>")
_LI_OPEN = re.compile(r"<li[^<>]*>", re.I)
_PHONE = re.compile(r"^\+?[\d\s()\-]{7,}$")
_COLOUR = re.compile(r"^(\d{1,3})[ ,]+(\d{1,3})[ ,]+(\d{1,3})$")
_NUMERIC_TOKEN = re.compile(r"^[(\[]?[-+]?(\d[\d,]*(\.\d+)?|\.\d+)[%EeFfx)\]]?$")
_JOIN = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][\"”’])(?=[A-Z])|(?<=\d[%.][.!?])(?=[A-Z][a-z])"
                   r"|(?<=\d%[.!?])(?=[A-Z][a-z])|(?<=[a-z0-9]\d[.!?])(?=[A-Z][a-z]{2})")
_MID_SENTENCE = re.compile(r"\b(by|of|to|from|at|in|on|for|with|than|about|and|or|the|a|an|only|nearly|over|"
                           r"reached|reach|generated|stored|exceeded|exceeding|is|are|was|were|be|been)$")
_HYPHEN_BREAK = re.compile(r"([A-Za-z]+)-\n([a-z]+)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$%&|~<>])")


_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# a superscript number after a figure, or standing before a note: a footnote mark, unless it is a unit's power ('10⁶');
# after a word NFKC's glued digit ('Emissions1') is the mark readers already take as one
_SUPER_MARK = re.compile(r"(?:(?<=\d)|(?<=[)%*])|(?:^|(?<=\s)))(?P<n>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?![¹²³⁴⁵⁶⁷⁸⁹⁰])")
_POWER_BASE = re.compile(r"(?:(?:^|[^A-Za-z])(?:[kcdm]?m|Nm|ft|in|yd|mi|sq)|(?:^|[^\d.,])10)$")


def footnote_superscripts(text: str) -> str:
    """Superscript footnote marks on figures and notes written as the bracketed marks tables also print ('2024¹' ->
    '2024(1)', '¹ Provisional' -> '(1) Provisional'): NFKC would glue them into the figure they mark ('20241')."""
    if not any(ch in text for ch in "¹²³⁴⁵⁶⁷⁸⁹⁰"):
        return text
    def mark(m: re.Match) -> str:
        if _POWER_BASE.search(text[max(0, m.start() - 4):m.start()]):
            return m.group(0)
        return f"({m.group('n').translate(_SUPERSCRIPT)})"
    return _SUPER_MARK.sub(mark, text)


def normalise_unicode(text: str) -> str:
    """NFKC, no zero-width characters, Unix newlines, no trailing spaces or tabs on a line; superscript footnote
    marks bracketed first."""
    text = footnote_superscripts(text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH))
    text = _CONTROL.sub("", text)  # ESC, BEL, DEL, C1: a report must not drive a reader's terminal
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return "\n".join(line.rstrip(" \u3000") for line in text.split("\n"))


def strip_html(text: str) -> str:
    """Drop stray HTML tags, turning list items into '; '-separated phrases; unescape entities."""
    if "<" not in text and "&" not in text:
        return text
    text = _LI_OPEN.sub("; ", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = re.sub(r"(^|\t)\s*;\s*", r"\1", text)  # a cell that started with a list item
    text = re.sub(r"\s*;\s*(;\s*)+", "; ", text)
    return re.sub(r"[ ]{2,}", " ", text)


def strip_markdown_inline(text: str) -> str:
    """Remove bold markers and backslash escapes (`\\$20` -> `$20`), keep the words."""
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    return _MD_ESCAPE.sub(r"\1", text)


def is_noise_line(line: str) -> bool:
    """Extraction residue: phone numbers, RGB colour codes, bare number series from charts, rules."""
    s = line.strip()
    if not s or "\t" in line:
        return False
    if re.fullmatch(r"[-=_*·•.]{3,}", s):
        return True
    if _PHONE.match(s) and sum(c.isdigit() for c in s) >= 7:
        return True
    colour = _COLOUR.match(s)
    if colour and all(int(g) <= 255 for g in colour.groups()):
        return True
    tokens = s.split()
    return all(_NUMERIC_TOKEN.match(t) for t in tokens)


def find_page_marker(lines: list[str], min_pages: int = 3) -> list[int] | None:
    """Indexes of lines that start a page, when a header recurs through the text.

    The marker is the most frequent non-trivial line (or pair of consecutive lines, which is
    stricter when the first line also occurs in body text) recurring at least `min_pages` times
    with a steady gap between occurrences.
    """
    stripped = [l.strip() for l in lines]
    usable = [len(s) >= 4 and not s.startswith("#") and "\t" not in l for s, l in zip(stripped, lines)]
    singles = Counter(s for s, ok in zip(stripped, usable) if ok)
    pairs = Counter((stripped[i], stripped[i + 1]) for i in range(len(lines) - 1) if usable[i] and usable[i + 1])
    for line, count in singles.most_common(5):
        if count < min_pages:
            return None
        idx = [i for i, s in enumerate(stripped) if s == line]
        best_pair = max(((p, n) for p, n in pairs.items() if p[0] == line), key=lambda x: x[1], default=None)
        if best_pair and best_pair[1] >= min_pages and best_pair[1] >= 0.8 * count:
            idx = [i for i in idx if i + 1 < len(lines) and stripped[i + 1] == best_pair[0][1]]
        gaps = [b - a for a, b in zip(idx, idx[1:])]
        if gaps and statistics.median(gaps) >= 8:
            return idx
    return None


def split_pages(text: str) -> list[Section] | None:
    """Recover pages of a paged text export from its repeated header (page 1 precedes the first)."""
    lines = text.split("\n")
    starts = find_page_marker(lines)
    if not starts:
        return None
    bounds = ([0] if starts[0] > 0 else []) + starts + [len(lines)]
    pages = []
    for number, (a, b) in enumerate(zip(bounds, bounds[1:]), start=1):
        pages.append(Section(text="\n".join(lines[a:b]), page=number))
    return pages


def drop_repeated_lines(sections: list[Section], share: float = 0.5, min_pages: int = 3) -> list[Section]:
    """Remove lines that appear on at least `share` of the pages (running headers, footers)."""
    if len(sections) < min_pages:
        return sections
    per_page = Counter()
    for sec in sections:
        per_page.update({l.strip() for l in sec.text.split("\n") if l.strip()})
    limit = max(min_pages, share * len(sections))
    repeated = {line for line, n in per_page.items() if n >= limit and not line.startswith("#")}
    if not repeated:
        return sections
    return [Section("\n".join(l for l in s.text.split("\n") if l.strip() not in repeated), s.page, s.heading) for s in sections]


def dehyphenate(text: str, vocabulary: set[str]) -> str:
    """Join words broken across lines: drop the hyphen when the joined word occurs elsewhere."""
    def repl(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        joined = left + right
        if joined.lower() in vocabulary and f"{left}-{right}".lower() not in vocabulary:
            return joined
        return f"{left}-{right}"
    return _HYPHEN_BREAK.sub(repl, text)


_GLUED_PERCENT = re.compile(r"\b([A-Za-z]{2,})(\d[\d,]*(?:\.\d+)?%)")
_GLUED_YEARS = re.compile(r"(?<![\d.,])((?:19|20)\d{2})((?:19|20)\d{2})(?=[EF]?(?![\d%]))")


def restore_year_ranges(text: str) -> str:
    """`20202024` -> `2020-2024`: a range whose dash was lost in extraction, so both years count."""
    def repl(m: re.Match) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        return f"{a}-{b}" if 0 < b - a <= 60 else m.group(0)
    return _GLUED_YEARS.sub(repl, text)


def _caption_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", text.lower()))


def swap_crossed_captions(texts: list[str]) -> list[str]:
    """Two neighbouring tables (in one section or the next) whose captions differ in a word the other
    table's cells say and its own do not ('Speech Arena' over rows of video models, 'Video Arena' over
    'Speech-02-HD', 'TTS-1'): extraction crossed their captions, so each takes the other's."""
    pages = [t.split("\n") for t in texts]
    tables: list[tuple[int, int, set[str]]] = []  # (section, caption line, words of the cells below the header)
    for n, lines in enumerate(pages):
        i = 0
        while i < len(lines):
            if "\t" not in lines[i]:
                i += 1
                continue
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            k = i - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            if k >= 0 and "\t" not in lines[k]:
                tables.append((n, k, _caption_words("\n".join(lines[i + 1:j]))))
            i = j
    for (na, ca, cells_a), (nb, cb, cells_b) in zip(tables, tables[1:]):
        words_a, words_b = _caption_words(pages[na][ca]), _caption_words(pages[nb][cb])
        only_a, only_b = words_a - words_b, words_b - words_a
        if nb - na <= 1 and only_a and only_b and only_b & cells_a and only_a & cells_b \
                and not only_a & cells_a and not only_b & cells_b:
            pages[na][ca], pages[nb][cb] = pages[nb][cb], pages[na][ca]
    return ["\n".join(lines) for lines in pages]


def repair_joins(text: str) -> str:
    """`applications.Policy` -> `applications. Policy` (sentences glued by extraction); a chart's
    label glued to its percentage (`CAGR44.9%`, `yoy50.3%`) gets its space back."""
    return _GLUED_PERCENT.sub(r"\1 \2", _JOIN.sub(" ", text))


_LABEL_THEN_LOWER = re.compile(r"(?m)^([^\s#>|•*-][^\n\t]{0,58}[^\s.:;!?,])\n\n?(?=[a-z][^\n\t]{12,}$)")


_LONE_PERCENT = re.compile(r"^\s*[-+]?\d[\d,]*(?:\.\d+)?%\s*$")
_LONE_FIGURE = re.compile(r"^\s*[-+]?\d[\d,]*(?:\.\d+)?%?\s*$")


def attach_lone_values(text: str) -> str:
    """A chart's category label with its value on the next line ('Data management tools' then
    '38.1%'): a lone percentage between a label and a line that is not another number is that
    label's value, joined to it instead of dropped as residue; so is a lone figure under a label
    ending in a colon ('Number of enterprises:' / '116,000'). A run of percentages is a series
    whose order cannot be trusted to match the labels, so it is left alone."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = out[-1] if out else ""
        keyed = prev.rstrip().endswith(":") and _LONE_FIGURE.match(line)  # 'Number of enterprises:' / '116,000'
        # a pie's data label 'B end,' / '31%': the comma says the value follows, even before another series
        paired = prev.rstrip().endswith(",") and _LONE_PERCENT.match(line)
        if ((_LONE_PERCENT.match(line) or keyed) and "\t" not in prev and re.search(r"[A-Za-z]{3}", prev)
                and not re.search(r"\d%?\s*$", prev) and (paired or not is_noise_line(nxt))):
            out[-1] = f"{prev.rstrip()} {line.strip()}"
            continue
        out.append(line)
    return "\n".join(out)


def join_label_continuations(text: str) -> str:
    """A diagram's label and its description: 'GPT-4' then 'tapped into professional domains ...'.
    A line that starts in lower case continues the short line before it, even across a blank line."""
    return _LABEL_THEN_LOWER.sub(r"\1 ", text)


def wrap_width_of(texts: list[str]) -> int | None:
    """The width prose was wrapped at: the 90th percentile of line lengths over the document."""
    prose = sorted(len(l) for t in texts for l in t.split("\n") if l.strip() and "\t" not in l)
    return prose[int(0.9 * (len(prose) - 1))] if len(prose) >= 3 else None


def join_wrapped_lines(text: str, wrap_width: int | None = None) -> str:
    """Reflow hard-wrapped prose: a long line continues into the next; short lines stand alone.

    Pass the document's wrap width: a page of nothing but short lines (a heading and a table)
    must not count its own short lines as 'long'."""
    lines = text.split("\n")
    wrap_width = wrap_width or wrap_width_of([text])
    if not wrap_width:
        return text
    out: list[str] = []
    last = ""  # the previous physical line (out[-1] may hold a whole joined paragraph)
    for line in lines:
        s = line.strip()
        if out and s and out[-1] and "\t" not in line and "\t" not in out[-1] and not out[-1].startswith("#") \
                and not s.startswith(("#", "- ", "• ")):
            prev = out[-1]
            wrapped = len(last) >= 0.6 * wrap_width and not last.endswith(":")
            # a short line ends a paragraph, or is a chart label: only a long line wraps on
            continues = len(last) >= 0.4 * wrap_width and (s[0].islower() or last.endswith((",", "-", "(")))
            # a narrow column or a chart label broken over short lines ('About 20 in' / 'the UK and
            # 6-8 in' / 'Israel'): a line that stops on a small word ('by', 'of the') goes on with
            # the next word or figure, and an unfinished line goes on with a lower-case one
            if len(last) >= 0.1 * wrap_width:
                stops_mid = bool(_MID_SENTENCE.search(last)) and (s[0].isalnum() or s[0] in "(“\"'$~")
                unfinished = s[0].islower() and not last.endswith((".", "!", "?"))
                continues = continues or stops_mid or unfinished
            if wrapped or continues:
                out[-1] = prev + ("" if prev.endswith("-") and s[0].islower() else " ") + s
                last = s
                continue
        out.append(s if "\t" not in line else line)
        last = s
    return "\n".join(out)


def clean_sections(sections: list[Section], *, reflow: bool, paged: bool | None = None) -> list[Section]:
    """Run every cleaning step over a document's pages or sections, in order.

    Running headers and footers are only removed across real pages (`paged`, by default when
    the sections carry page numbers): a paragraph repeated in headed sections is content."""
    sections = [Section(normalise_unicode(s.text), s.page, s.heading) for s in sections]
    if paged if paged is not None else any(s.page is not None for s in sections):
        sections = drop_repeated_lines(sections)
    vocabulary = {w.lower() for s in sections for w in re.findall(r"[A-Za-z][A-Za-z-]+", s.text)}
    width = wrap_width_of([s.text for s in sections]) if reflow else None
    plain = swap_crossed_captions([strip_markdown_inline(strip_html(sec.text)) for sec in sections])
    cleaned = []
    for sec, text in zip(sections, read_all_charts(plain)):
        text = read_contents(text)  # charts read before their numbers count as residue
        text = attach_lone_values(read_pies(text))
        text = "\n".join(l for l in text.split("\n") if not is_noise_line(l))
        text = join_label_continuations(dehyphenate(text, vocabulary))
        if reflow:
            text = join_wrapped_lines(text, width)
        text = read_label_bars(restore_year_ranges(repair_joins(text)))  # once a bar's broken label is whole
        text = re.sub(r"[ \u3000]{2,}", " ", text)
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        cleaned.append(Section(text, sec.page, sec.heading))
    return cleaned


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, text) for a Markdown heading line, else None."""
    m = _MD_HEADING.match(line.strip())
    if not m:
        return None
    title = strip_markdown_inline(strip_html(m.group(2))).strip(" #*")
    return (len(m.group(1)), title) if title else None
