"""A place a question names by another form of its name ('UK', 'British', 'Japanese', 'Middle Eastern', 'West
African') is the row or column a table labels with the name ('United Kingdom', 'Japan', 'Middle East', 'West
Africa'): the question is read with the table's form, so every cell lookup finds the place's cells."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

# each place's name, as tables label it, and the other forms a question writes; forms naming more than the place
# are left out ('America' heads 'North America', 'EU' is no continent, 'Indian' is also an ocean). Not
# question_names.COUNTRY_FORMS: that list leads with a passage's form ('U.S.') and keeps the wider forms
_FORMS: tuple[tuple[str, ...], ...] = (
    ("United States", "US", "U.S.", "USA", "U.S.A."), ("United Kingdom", "UK", "U.K.", "Britain", "British"),
    ("China", "Chinese", "PRC"), ("Japan", "Japanese"), ("Korea", "Korean"), ("Germany", "German"),
    ("France", "French"), ("Europe", "European"), ("Canada", "Canadian"), ("Australia", "Australian"),
    ("Brazil", "Brazilian"), ("Russia", "Russian"), ("Asia", "Asian"), ("Africa", "African"), ("Taiwan", "Taiwanese"),
    ("Italy", "Italian"), ("Spain", "Spanish"), ("Mexico", "Mexican"), ("Middle East", "Middle Eastern"),
    ("Singapore", "Singaporean"), ("Israel", "Israeli"), ("Netherlands", "Dutch"), ("Poland", "Polish"),
    ("Sweden", "Swedish"), ("Switzerland", "Swiss"), ("Indonesia", "Indonesian"),
)


def _form(text: str) -> re.Pattern[str]:
    """A form as a word run of its own, as written (case kept: 'US' is no 'us')."""
    return re.compile(rf"(?<![\w.]){re.escape(text)}(?![\w]|\.\w)")


_PATTERNS = tuple((_form(name), tuple((f, _form(f)) for f in forms)) for name, *forms in _FORMS)


def place_of(word: str) -> str | None:
    """The place a word names by its name or another form ('Chinese' -> 'China', 'European' -> 'Europe'), else None."""
    for name, *forms in _FORMS:
        if any(word == f or len(f) > 3 and word.lower() == f.lower() for f in (name, *forms)):
            return name
    return None


def _labels(tables: list[tuple[int, Table]]) -> str:
    """The row labels and column header parts of the tables, one a line."""
    parts = {p.strip() for _, t in tables for label in (*t.rows, *t.columns) for p in label.split(SEP)}
    return "\n".join(sorted(parts))


def place_named(tables: list[tuple[int, Table]], question: str, prose: str = "") -> str:
    """`question` with each place it names by another form ('UK', 'Japanese') written by the place's name, when a
    table labels a row or column with that name and none with the form asked; unchanged otherwise. A form the
    question writes with the word a passage writes after it ('Chinese plants', 'West African output') quotes that
    passage, which says it so: it stays as written."""
    if not tables:
        return question
    labels = _labels(tables)
    prose = " ".join(prose.lower().split())
    for (name, forms), (label, *_) in zip(_PATTERNS, _FORMS):
        if not name.search(labels):
            continue
        for _, pattern in forms:
            if pattern.search(question) and not pattern.search(labels):
                question = pattern.sub(lambda m: m.group(0) if _quoted(question, m, prose) else label, question)
    return question


def _quoted(question: str, match: re.Match[str], prose: str) -> bool:
    """Whether a passage writes the form with the question's next word after it."""
    after = re.match(r"\s+([\w-]+)", question[match.end():])
    return bool(after) and f"{match.group(0)} {after.group(1)}".lower() in prose
