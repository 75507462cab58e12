"""The names a question uses and the forms a passage may write them in: proper names, places with
their demonyms and short forms (China/Chinese, U.S./US/United States/American), the parts of a
report a question narrows to, and the words that say how a question asks rather than what about.
Split from slots.py, which reads them into the question's Slots."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.figures import CURRENCY_CODES
from ingest.keyword import tokenize

from .cause_cues import is_cause_verb
from .term_forms import term_forms
from .title_case import initial_capital, title_cased

@dataclass(frozen=True)
class Entity:
    """A company, country or product the question names, with the forms a passage may use for it."""

    name: str
    aliases: tuple[str, ...] = ()
    place: bool = False  # a country, region or city: a figure for elsewhere does not answer for it

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


QUESTION_WORDS = {"what", "which", "who", "whom", "whose", "whether", "how", "when", "where", "why", "in", "by", "for", "the", "is", "was",
                   "did", "does", "do", "according", "among", "a", "an", "of", "on", "and", "are", "were", "has", "have"}
_MONTH_NAMES = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())


# a year's forecast or estimate mark ('2025E', '2026F'): part of the period, read with its year
_FORECAST_MARK = re.compile(r"(?<![\d.,])((?:19|20)\d{2})[EF]\b")


def proper_names(question: str) -> list[str]:
    """Capitalised words and acronyms that are not question words: 'MiniMax', 'AIGC', 'OpenAI'."""
    question = _IN_CURRENCY.sub(" ", question)  # 'in RMB 100 million': the unit of the answer, no name to find
    question = _FORECAST_MARK.sub(r"\1", question)  # '2025E-2027F': a forecast year's mark is its period's, no name 'E-2027F'
    question = _LETTERED_PLURAL.sub(_each_lettered, question)  # 'Companies D, E and F': three names
    # "Company A" is one name: a capitalised word followed by a lone capital letter
    question = re.sub(r"\b([A-Z][a-z]+) ([A-Z])(?=['’\s,?;:)]|$)", r"\1_\2", question)
    # a place named in several words ('the United States', 'Hong Kong') is one name, not two
    question = _MULTIWORD_PLACE.sub(lambda m: m.group(0).replace(" ", "_"), question)
    words = [w.replace("_", " ") for w in re.findall(r"[A-Za-z][A-Za-z0-9&.+_-]*[A-Za-z0-9+]|[A-Z]", question)]
    out = []
    titled = title_cased(question)
    for i, w in enumerate(words):
        if w.lower() in QUESTION_WORDS or not any(c.isupper() for c in w):
            continue
        if titled and " " not in w and initial_capital(w) and not _first_word_names(w):
            continue  # in a title-cased question a capital is no name signal ('Male Employees'); places still count
        if i == 0 and not any(c.isupper() for c in w[1:]) and not _first_word_names(w):
            continue  # the first word is capitalised anyway
        if w.lower() == "ai" or len(w) < 2:
            continue  # too common in these reports to tell passages apart
        if w[1:].islower() and all(t in QUESTION_FILLER or t in ASKING for t in tokenize(w)):
            continue  # 'the Total Amount', 'Shares That were': a function or asking word in capitals names nothing
        if w.lower() in _FILER and i > 0 and words[i - 1].lower() == "the":
            continue  # 'the Company', 'the Group's': the reporting entity itself, which its pages call 'we' as often
        if w.lower().rstrip("s") in _RATE_ACRONYMS:
            continue  # 'CAGR', 'YoY' name the computation asked, not a thing a passage must name
        w = _MODIFIER_SUFFIX.sub("", w)  # 'ChatGPT-style chatbots', 'CLIP-like encoders': the name is ChatGPT, CLIP
        if re.fullmatch(r"[A-Z]{2,}s", w):
            w = w[:-1]  # an acronym's plural is the acronym ('CAGRs', 'LLMs'): a passage may write it out, singular
        out.append(w)
    return out


# a hyphened word that makes a name a modifier ('ChatGPT-style', 'GPT-4-class', 'Transformer-based'): a passage
# names the thing itself, seldom the compound
_MODIFIER_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])[-‑](?:style|like|type|based|class|era|grade|level|powered|driven|"
                              r"centric|native|oriented|focused|enabled)$", re.I)


# acronyms of a rate of change: the operation asked ('the CAGR of X' is the compound annual growth of X)
_RATE_ACRONYMS = frozenset({"cagr", "yoy", "qoq"})


# a plural class noun before lone capital letters names one of each: 'Companies D, E and F', 'Regions A and B'
_LETTERED_PLURAL = re.compile(r"\b([A-Z][a-z]+?)(ies|s) ([A-Z](?:, [A-Z])*,? (?:and|or|&) [A-Z])(?=['’\s,?;:)]|$)")


def _each_lettered(m: re.Match) -> str:
    noun = m.group(1) + ("y" if m.group(2) == "ies" else "")
    letters = re.findall(r"\b[A-Z]\b", m.group(3))
    return ", ".join(f"{noun} {x}" for x in letters[:-1]) + f" and {noun} {letters[-1]}"


def _first_word_names(word: str) -> bool:
    """A question's first word is a name, though capitalised anyway, when it is a place or its demonym
    ('Japanese AI unicorn count?'). (Any capitalised first word, or one owning what follows, lost answers.)"""
    return norm_name(word) in _PLACE_NORMS


# What an annual report calls its own filer ('the Company', 'the Group'): capitalised by convention, no name.
_FILER = frozenset({"company", "group", "corporation", "partnership", "firm"})


# Words that say how a question is asked, not what it is about: no passage needs to contain them.
QUESTION_FILLER = frozenset(tokenize(
    "how big large much many size sized worth total amount number value level figure according report reported "
    "white paper say says state states stated give given kind type exact exactly approximately roughly about "
    # how a comparison is asked ('stack up against', 'versus', 'compared with') is no part of its topic
    "compare compared comparison versus vs against stack relative "
    # how a question asks why ('what was the reason for', 'what factors caused') is no part of its topic
    "reason reasons cause causes caused factor factors"))


# Words of what is computed or how an answer is asked for ('the Percentage Change', 'the Components'):
# capitalised, they still name nothing a passage must contain.
ASKING = frozenset(tokenize("percentage percent change changes increase increased decrease decreased difference "
                             "average ratio proportion growth respectively respective component components "
                             "calculation calculated calculating definition defined based considered altogether"))


_SCOPE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:industry|industries|sector|sectors|chapter|segment|section|vertical|"
                    r"verticals|market|field|domain)\b", re.I)
# Words before 'market' or 'industry' that do not narrow what is asked about.
BROAD = frozenset(tokenize("ai global worldwide overall total whole entire core model foundation application "
                            "domestic international china chinese world us u.s which what many this that its their "
                            # a comparative ('the bigger market', 'a larger share') compares; it names no part
                            "larger largest bigger biggest smaller smallest higher highest lower lowest greater greatest "
                            # a sum asked ('the combined market share') adds parts up; it names no part either
                            "combined aggregate cumulative"))


def scopes(question: str) -> list[str]:
    """What narrows the question to one part of a report: 'logistics' in 'the logistics chapter',
    'education' in 'China's education sector'; broad words ('global', 'AI') do not count."""
    out = []
    for m in _SCOPE.finditer(question):
        word = m.group(1)
        if is_cause_verb(word):
            continue  # 'what is pushing industries': the question's verb, no part of a report
        terms = tokenize(word)
        if terms and not any(t in BROAD or t in QUESTION_FILLER or t.isdigit() for t in terms) and word not in out:
            out.append(word)
    return out


COUNTRY_FORMS: tuple[tuple[str, ...], ...] = (
    ("U.S.", "US", "USA", "United States", "America", "American"),
    ("China", "Chinese", "PRC"),
    ("UK", "U.K.", "United Kingdom", "Britain", "British"),
    ("Japan", "Japanese"), ("Korea", "Korean"), ("India", "Indian"), ("Germany", "German"),
    ("France", "French"), ("Europe", "European", "EU"), ("Israel", "Israeli"), ("Singapore", "Singaporean"),
    ("Canada", "Canadian"), ("Australia", "Australian"), ("Brazil", "Brazilian"), ("Russia", "Russian"),
    ("Asia", "Asian"), ("Africa", "African"), ("Latin America",), ("Middle East",), ("Beijing",), ("Shanghai",),
    ("Shenzhen",), ("Hangzhou",), ("Hong Kong",), ("Taiwan", "Taiwanese"), ("Italy", "Italian"), ("Spain", "Spanish"),
)


_MULTIWORD_PLACE = re.compile(r"\b(?:" + "|".join(re.escape(f) for forms in COUNTRY_FORMS for f in forms if " " in f)
                             + r")\b")


def norm_name(name: str) -> str:
    """A name compared as entities_of compares it: lower case, without dots or spaces ('U.S.' = 'us')."""
    return re.sub(r"[.\s]", "", name.lower())


_COUNTRY_NORMS = tuple(frozenset(norm_name(x) for x in forms) for forms in COUNTRY_FORMS)  # as entities_of compares them
_PLACE_NORMS = frozenset().union(*_COUNTRY_NORMS)
_DOCUMENT_PARTS = frozenset("chapter section part table figure note notes appendix page exhibit item".split())


def is_date_word(name: str) -> bool:
    """A month, a fiscal/quarter marker or a year under a calendar/fiscal prefix ('November', 'Sept.', 'FY', 'Q4',
    '1H', 'CY2025E', 'FY24A')."""
    return name.lower().rstrip(".") in _MONTH_NAMES or re.fullmatch(
        r"FY|CY|[1-4]Q|Q[1-4]|[12]H|H[12]|(?:FY|CY)'?(?:\d{2}|(?:19|20)\d{2})[AEF]?", name) is not None


# a place's name before a currency names the currency ('in US dollars', 'Hong Kong dollars'), not a place asked about
CURRENCY_OF = re.compile(r"(?<![\w.])(?:" + "|".join(sorted((re.escape(f) for forms in COUNTRY_FORMS for f in forms),
                                                           key=len, reverse=True))
                          + r")\s+(?=(?:dollars?|yuan|renminbi|yen|pounds?|euros?|won|rupees?)\b)")


# a currency code the answer is asked in ('in RMB 100 million', 'in USD'): the unit asked (gates_currency reads it)
_IN_CURRENCY = re.compile(rf"(?<=\bin )(?:{'|'.join(CURRENCY_CODES)})\b")


def place_pairs(names: list[str]) -> list[str]:
    """Two places joined by a dash ('US-China gap', 'China–U.S. trade') name each place, in whatever
    form a passage writes it ('U.S.', 'Chinese'); other names are kept as they are."""
    out: list[str] = []
    paired: set[str] = set()  # a place a pair names is named once, before or after the pair
    for name in names:
        parts = re.split(r"[-–—]", name)
        if len(parts) == 2 and all(norm_name(p) in _PLACE_NORMS for p in parts) and norm_name(parts[0]) != norm_name(parts[1]):
            out += [p for p in parts if p not in out]
            paired.update(parts)
        elif name not in paired:
            out.append(name)
    return out


def entities_of(names: list[str]) -> tuple[Entity, ...]:
    """Each name with the other forms a passage may use: U.S./US/United States/American, China/Chinese."""
    out = []
    for name in names:
        if is_date_word(name) or name.lower() in _DOCUMENT_PARTS:
            continue  # 'November 2024', 'FY 2019', 'Chapter 2' are dates and parts, not entities a passage must name
        norm = norm_name(name)
        forms = next((f for f, norms in zip(COUNTRY_FORMS, _COUNTRY_NORMS) if norm in norms), ())
        # a term of the field ('LLM') may be written out ('large model'): those forms name it too
        out.append(Entity(name, tuple(f for f in forms if f != name) + term_forms(name), place=bool(forms)))
    return tuple(out)
