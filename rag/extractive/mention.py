"""`names.mentions`, `names.mentions_entity` and the other-place half of `features.elsewhere` with
their patterns built once per question (`Mentions()` in `features.build`) instead of once per
sentence scored. Each test answers exactly as the function it stands for (tests/test_mention.py
compares them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .kept_patterns import compiled
from .names import MONTHS, NOT_LATER, VERSIONED, spelled_out, whole_word
from .slots import COUNTRY_FORMS

def mention_test(name: str) -> Callable[[str], bool]:
    """A test of lower-case text answering as `names.mentions(text, name)`."""
    n = re.sub(r"['’]s$", "", name.lower())
    if " " in n:  # 'Company A' is not 'Company E': a name of several words is matched whole
        whole = whole_word(n)
        return lambda text: whole.search(text) is not None
    acronym = len(name) >= 3 and name.isupper() and name.isalpha()
    if len(n) <= 3 and name.isupper():  # a short acronym is a whole word, or its plural ('US' is not in 'measures')
        short = compiled(rf"(?<![a-z0-9]){re.escape(n)}s?(?![a-z0-9])")
        return lambda text: short.search(text) is not None or (len(n) == 3 and name.isalpha() and spelled_out(n, text))
    parts = [p for p in re.split(r"[-‑/]", n) if len(p) >= 2]
    part_tests = [mention_test(p) for p in parts] if len(parts) > 1 else None
    stem = n[:3] if n in MONTHS else n[:4]  # 'October' -> 'oct', 'Chinese' -> 'chin'
    stem_re = compiled(rf"\b{re.escape(stem)}") if len(n) >= 5 and not VERSIONED.search(n) else None

    later = compiled(rf"{re.escape(n)}{NOT_LATER}") if VERSIONED.search(n) else None

    def test(text: str) -> bool:
        if n in text and (later is None or later.search(text) is not None):
            return True  # ('GPT-4' is not named by 'GPT-4o', a later version)
        if acronym and spelled_out(n, text):
            return True
        if part_tests is not None:
            return all(t(text) for t in part_tests)
        # the stem must be in the text before its word-start pattern can match there
        return stem_re is not None and stem in text and stem_re.search(text) is not None

    return test


class Mentions:
    """The name tests of one question, each built on first use."""

    def __init__(self) -> None:
        self._names: dict[str, Callable[[str], bool]] = {}
        self._aliases: dict[str, list[tuple[str, re.Pattern]]] = {}
        self._elsewhere: dict[tuple[str, ...], re.Pattern | None] = {}

    def mentions(self, text: str, name: str) -> bool:
        test = self._names.get(name)
        if test is None:
            test = self._names[name] = mention_test(name)
        return test(text)

    def mentions_entity(self, text: str, entity) -> bool:
        """As `names.mentions_entity`: the name, or one of its other forms as a whole word."""
        if self.mentions(text, entity.name):
            return True
        pats = self._aliases.get(entity.name)
        if pats is None:
            pats = self._aliases[entity.name] = [(form.lower(), whole_word(form.lower())) for form in entity.aliases]
        return any(form in text and p.search(text) for form, p in pats)

    def other_place(self, text: str, places: list) -> bool:
        """As the second half of `features.elsewhere`: the text names a place other than `places`."""
        key = tuple(f for e in places for f in e.forms)
        if key not in self._elsewhere:
            asked = {f.lower() for f in key}
            forms = [form for forms in COUNTRY_FORMS if not asked & {f.lower() for f in forms} for form in forms]
            # one alternation finds a match exactly when one of the forms alone would
            self._elsewhere[key] = (re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(f.lower()) for f in forms)})"
                                               rf"(?![a-z0-9])") if forms else None)
        other = self._elsewhere[key]
        return other is not None and other.search(text) is not None
