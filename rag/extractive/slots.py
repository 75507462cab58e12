"""A question parsed once into slots: subject/metric terms, entities, periods, the unit and scale
asked, the source named, the shape asked. Every later step reads the Slots; none re-tokenises."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ingest.figures import PERIOD_RE, SCALE_NAME, YEAR_RE
from ingest.year_forms import FORECAST_YEAR, full_years, numeric_date_years, short_part_years
from ingest.keyword import tokenize
from ingest.name_years import name_years

from .measure_names import spelled_blanked
from ..asking_frame import without_frame
from ..number_words import ordinals
from .listed_as import listed_as_asked
from .answer_kind import AMOUNT_ASKED, asks_of, asks_year
from .head_noun import asked_head
from .question_readings import readings
from .unit_cues import UNIT_CUES
from .kind_asked import asks_which_kind
from .rate_nouns import asks_rate
from .measures import metrics_of, names_service, qualifiers_of
from .rank_words import last_of_top
from .placed_verb import without_placing
from .place_phrase import place_owners, without_place
from .percent_of import percent_of_at
from .set_aside import set_aside
from .split_years import as_end_years
from .periods import FISCAL_YEAR_FORM, LISTED_YEARS, Period, counted_span, dated_months, fiscal_years, months_of, periods_of, \
    titled_name_years
from .cause_cues import cause_terms
from .shape_cues import (DIRECTION_ASKED, HOW_SAID, IMPERATIVE_LIST, asks_ratio, each_of_two,
                         list_names_asked, names_ordered, noun_phrase_names, kinds_asked, shape_of, trend_asked, contrast_in_kind)  # noqa: F401 (HOW_SAID re-exported)
from .question_names import (COUNTRY_FORMS, QUESTION_FILLER, Entity, CURRENCY_OF, QUESTION_WORDS,  # noqa: F401
                             entities_of, is_date_word, place_pairs, proper_names, scopes)  # (re-exported: read as slots' own)

_RATED = re.compile(r"\s+(?:higher|lower|better|worse|best|worst|highest|lowest|above|below|ahead)\b", re.I)
# Words that ask an amount of money, not only name what is counted ('financing deals' are counted)
_AMOUNT_WORD = re.compile(r"\b(how much|amount|value|worth|size|usd|rmb|billion|million|trillion|yuan|dollars?|"
                          r"revenues?|sales|income|price|cost|spend\w*|gdp|valuations?)\b", re.I)
_POINTS_GAP = re.compile(r"\b(gap|difference|lead|margin)\b.*\bpoints?\b", re.I)  # a difference asked in points
_PERCENT_BEFORE = re.compile(r"\b(percentage|percent|%)\s*$", re.I)
_DIRECTION_TERMS = frozenset(tokenize("way ways direction directions heading headed going moving"))
_MOVE_TERMS = frozenset(tokenize("move moves moved moving change changes changed changing shift shifts shifted shifting "
                                 "evolve evolves evolved evolving develop develops developed developing progress "
                                 "progressed fare fared behave behaved trend trends trended trending"))
_ENTITY_CUE = re.compile(r"^\s*(which|who|whose|what (company|firm|model|country|player|vendor))\b", re.I)
_FORECAST = re.compile(r"\b(by|in|for)\s+(20[3-9]\d)|\b(forecast|projected?|expected|will)\b", re.I)


@dataclass(frozen=True)
class Slots:
    """What a question asks for, parsed once (`parse`)."""

    text: str
    units: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    named_years: tuple[int, ...] = ()  # of `years`, those only naming an instrument ('the 2024 Notes'): no period
    terms: tuple[str, ...] = ()
    entity: bool = False
    forecast: bool = False
    names: tuple[str, ...] = ()  # proper names and acronyms in the question
    sources: tuple[str, ...] = ()  # names of a publisher ('according to CIC')
    rank: int | None = None  # "ranked first" -> 1
    scopes: tuple[str, ...] = ()  # "the logistics chapter" -> "logistics"
    entities: tuple[Entity, ...] = ()  # names and countries with their other forms
    periods: tuple[Period, ...] = ()
    scale: str | None = None  # 'billion' when the question asks 'how many billion'
    metrics: tuple[str, ...] = ()  # the measure asked: 'revenue', 'profit', 'financing' ...
    qualifiers: tuple[str, ...] = ()  # words that pick one variant of a measure: 'real', 'net'
    subject: tuple[str, ...] = ()  # the content terms: no question words, names, years or filler
    shape: str = "figure"  # figure | comparison | which | list | explanation | computed
    asks: str = "amount"  # amount | time | place | frequency | yesno | description (see `asks_of`)
    year_asked: bool = False  # a year or a time asked anywhere ('when will', 'since when', 'which year'): `asks_year`
    about_table: bool = False  # 'what does the table show': the sentence introducing the table answers
    months: tuple[int, ...] = ()  # months named with a year ('December 2024' -> 12): see `months_of`
    lead_unit: str | None = None  # of the units asked, the one the question names first ('how many ..., worth how much')
    ratio: bool = False  # a percent asked as the ratio of two amounts ('A as a proportion of B'): computed, not stated
    trend: bool = False  # a metric's direction over a period ('how has X changed since 2023'): both ends answer
    aside: tuple[str, ...] = ()  # items the question sets aside ('apart from A and B, what other ...'): see set_aside.py
    place: tuple[str, ...] = ()  # phrases pointing at a place in a report ('per Frost's RL page'): no slot; place_phrase.py
    asked_head: str | None = None  # the plain noun asked when the unit words name its topic ('which term ... CAGR': 'term'); head_noun.py
    # read from the question as first parsed (its set-aside clause and capitals kept; carried over by a re-parse):
    points_asked: bool = False  # a change in points asked ('by how many percentage points'): question_readings.py
    quoted: tuple[str, ...] = ()  # the terms the question quotes ('sovereign AI'), of at most six words
    term_asked: str | None = None  # the term whose definition the question asks ('how is the churn rate defined')
    words_asked: str = "words"  # what a question asking for words asks: reason | when | who | words (phrase.py)
    # values derived from these slots, kept for the one answer they serve (`derived`); no part of the slots
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, key: Any, make: Callable[[], Any]) -> Any:
        """`make()`, made on first use and kept with these slots, so a step that several parts of one
        answer ask for runs once; a `replace`d copy starts with none kept (its values may differ)."""
        memo = self._memo
        if key not in memo:
            memo[key] = make()
        return memo[key]

    @property
    def period_years(self) -> tuple[int, ...]:
        """The years asked as a period: `years` without those only naming an instrument ('the 2024 Notes')."""
        return tuple(y for y in self.years if y not in self.named_years)

    @property
    def since(self) -> int | None:
        """The first year of a 'since 2023' period (later years answer it too), or None."""
        return next((p.years[0] for p in self.periods if p.kind == "since"), None)

    @property
    def unit(self) -> str | None:
        return self.units[0] if self.units else None

    def subject_words(self, limit: int = 4) -> str:
        """The subject as the question writes it ('financing amount', not the stems 'financ amount')."""
        wanted, seen, shown = set(self.subject), set(), []
        for word in re.findall(r"[A-Za-z][A-Za-z'-]*", self.text):
            stem = next(iter(tokenize(word)), None)
            if stem in wanted and stem not in seen:
                seen.add(stem)
                shown.append(word)
        return " ".join(shown[:limit])

    def as_dict(self) -> dict:
        """The slots for an explanation (JSON-ready)."""
        return {"subject": list(self.subject), "metrics": list(self.metrics), "qualifiers": list(self.qualifiers),
                "entities": [e.name for e in self.entities], "years": list(self.years),
                "periods": [{"kind": p.kind, "years": list(p.years)} for p in self.periods],
                "unit": self.unit, "units": list(self.units), "scale": self.scale, "sources": list(self.sources),
                "shape": self.shape, "trend": self.trend, "asks": self.asks, "scopes": list(self.scopes), "rank": self.rank}


_ORDINALS = {**ordinals(1, 15), "top": 1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "10th": 10, "15th": 15}
_ORDINAL_CUES = tuple((re.compile(rf"\b(rank(ed|s)?|is|was|placed?|in)\s+{w}\b|\b{w}[- ](ranked|place)\b", re.I), n)
                      for w, n in _ORDINALS.items())  # 'ranked third', 'second place'
# one search that matches exactly when one of `_ORDINAL_CUES` would (alternation backtracks into every
# word): most questions name no ordinal, and this spares them the thirty searches
_ORDINAL_WORDS = "|".join(_ORDINALS)
_ANY_ORDINAL_CUE = re.compile(rf"\b(rank(ed|s)?|is|was|placed?|in)\s+(?:{_ORDINAL_WORDS})\b|\b(?:{_ORDINAL_WORDS})[- ](ranked|place)\b",
                              re.I)


SCALE_WORD = re.compile(rf"\b({SCALE_NAME})s?\b", re.I)  # also computed_text
# A question about a table itself: what it shows, presents, represents, sets forth.
_ABOUT_TABLE = re.compile(r"\b(does|do|did|is|was)\s+(the|this) table\s+(show|present|represent|set forth|contain|summari[sz]e|"
                          r"depict|describe|provide|report)\b|\b(shown|presented|reported|given) (in|by) (the|this) table\s*\??$",
                          re.I)
# one thing at the head of a ranking: a singular verb of leading ('which model leads'; 'which products lead' asks several)
_AT_THE_TOP = re.compile(r"^\s*(which|who|whose)\b.*\b(leads|topped(?! by)|(sits|is|was|ranks|ranked|came|comes) (at the top|first|"
                         r"number one|no\. ?1|#1)|is in first place)\b", re.I)
_LIST_ASKED = re.compile(r"^\s*(list|name|what are|which)\b", re.I)


# 'how fast did X grow': the rate of a change (a percent, or a multiple such as '15.5 times'), not X's own unit
_GROWTH_RATE = re.compile(r"\bhow (fast|quickly|rapidly)\b.*\b(grow|grew|grown|growing|rise|rose|risen|rising|increase[sd]?|"
                          r"expand(ed|ing)?|decline[sd]?|fall|fell|fallen|drop(ped)?|shr[iau]nk)\b", re.I)


# a scale word joined to a noun ('trillion-parameter models', 'billion-dollar deals') describes the noun:
# it asks no amount of that scale
_SCALE_ADJECTIVE = re.compile(rf"\b({SCALE_NAME})-(?=[a-z])", re.I)


_WHICH_MARKET = re.compile(r"^\s*(?:which|what)\s+markets?\b(?!\s+(?:size|value|worth))", re.I)


def _hyphen_joined(text: str, m: re.Match) -> bool:
    """Whether the word matched is joined by a hyphen to another word ('cost-plus', 'low-cost'): a
    compound modifier of a noun, naming no unit asked."""
    return bool(re.match(r"-[a-z]", text[m.end():m.end() + 2], re.I) or re.search(r"[a-z]-$", text[:m.start()], re.I))


_QUOTE = "\"“”"


def _quoted(text: str, m: re.Match) -> bool:
    """Whether the word matched is inside quotation marks (an odd number of quote marks before it, or
    one right before or after it): part of a label quoted from the report ('"Income taxes payable"')."""
    return sum(text[:m.start()].count(q) for q in _QUOTE) % 2 == 1 or \
        text[m.start() - 1:m.start()] in ("\"", "“") or text[m.end():m.end() + 1] in ("\"", "”")


# 'what was "Total revenue" in 2019': the quoted line item is the figure asked
_LABEL_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:is|was|were|are)\b", re.I)


# 'the end of 2024', 'end-2024', 'start of 2023', 'since 2023': the word dates the year after it
_DATE_WORD = re.compile(r"\b(end|close|start|beginning|since)(?:\s+of(?:\s+the\s+year)?\s+|-|(?<=since)\s+)(?=(?:19|20)\d\d\b)",
                        re.I)


# 'by (2024) model-based revenues', 'in terms of revenue': what a ranking is ordered by, not the figure asked
_BY_CRITERION = re.compile(r"\b(?:by|in terms of)\s+(?:(?:the|its|their|total|annual|(?:19|20)\d\d|[\w-]+-based|global|"
                           r"share of)\s+)*\S+$", re.I)


# a rank asked of a named thing ('where did X rank', 'what rank did X hold', 'what position'), not a figure
_RANK_ASKED = re.compile(r"(?:^|[,;:]\s*)where\s+(?:do|does|did|is|was|were|are)\b.*\brank|"
                         r"(?:^|[,;:]\s*)(?:what|which)\s+(?:rank|ranking|position|place)\b", re.I)


def parse(question: str, aside: tuple[str, ...] = ()) -> Slots:
    """The slots of `question` with its frame taken off ('For a slide: X', 'what's the number I should use for X':
    X is asked); see `parse_unframed`."""
    return parse_unframed(without_frame(question), aside)


def parse_unframed(question: str, aside: tuple[str, ...] = ()) -> Slots:
    """The slots of a `question` whose frame is already off (without_frame); money beats count when both match
    ('how many billion') unless no word asks an amount of money ('how many financing deals'). `aside`: items an
    earlier parse set aside (a parsed `text` no longer holds its set-aside clause), read as if the question still
    named them."""
    read = readings(question)  # (the question as first parsed: its set-aside clause and capitals kept)
    question, found = set_aside(question)  # 'Beyond performance and cost, what ...': the rest is asked
    aside = found or aside
    written = question  # the question as asked (`text`); its place phrases only say where to look
    question, place = without_place(question)
    placed = without_placing(question)  # 'where does X place Y': no rank asked
    # a spelled-out measure's words ('rate' of 'average daily rate') name the measure, not the unit asked
    plain = spelled_blanked(_SCALE_ADJECTIVE.sub("", placed))
    first = {name: m.start() for name, cue in UNIT_CUES if (m := cue.search(plain))}  # each cue searched once
    units = list(first)
    if "money" in units and all(_hyphen_joined(plain, m) for m in dict(UNIT_CUES)["money"].finditer(plain)):
        units.remove("money")  # 'a cost-plus type contract', 'low-cost models': the money word describes a noun
    if "money" in units and not _LABEL_ASKED.match(plain) and all(
            _quoted(plain, m) for m in dict(UNIT_CUES)["money"].finditer(plain)):
        units.remove("money")  # 'combined "Income taxes payable" with ...': a quoted line item, no amount asked
    if "money" in units and _WHICH_MARKET.match(plain) and sum(1 for _ in dict(UNIT_CUES)["money"].finditer(plain)) == 1:
        units.remove("money")  # 'which market has more potential, consumer or enterprise': a market is chosen, not sized
    if "multiple" in units and all(_hyphen_joined(plain, m) for m in dict(UNIT_CUES)["multiple"].finditer(plain)):
        units.remove("multiple")  # 'a multiple-model strategy': the word describes a noun, asks no multiple
    if "rank" in units and len(units) > 1 and all(m.group(0).lower().startswith("ranking")
                                                  for m in dict(UNIT_CUES)["rank"].finditer(plain)):
        units.remove("rank")  # 'what score does X post in the Artificial Analysis ranking': the table named, no rank asked
    if "score" in units and all(re.match(r"points?", m.group(0), re.I) and _PERCENT_BEFORE.search(plain[:m.start()])
                                for m in dict(UNIT_CUES)["score"].finditer(plain)):
        units.remove("score")  # 'how many percentage points': points of a percent, no score
    if "percent" in units and all(re.match(r"rate[sd]?$", m.group(0), re.I) and _RATED.match(plain[m.end():])
                                  for m in dict(UNIT_CUES)["percent"].finditer(plain)):
        units.remove("percent")  # 'which model rates higher': the verb of a judgement, no rate asked
    if units == ["score"] and _POINTS_GAP.search(plain) and not re.search(r"\b(score|index|elo|rating)s?\b", plain, re.I):
        units.append("percent")  # 'the gap between A and B, in points': points of a score or of a percent
    if _GROWTH_RATE.search(question):
        units = ["percent", "multiple"] + [u for u in units if u not in ("percent", "multiple")]
    if "money" in units and re.search(r"\bmarket shares?\b", question, re.I) and not re.search(
            r"\b(how big|size|revenue|worth|usd|rmb|billion)\b", question, re.I):
        units.remove("money")
    percent_of = percent_of_at(plain)
    if percent_of is not None:  # 'A as a percentage of total revenue': a percent asked, the money words its parts
        units = ["percent"] + [u for u in units if u != "percent"]
        first["percent"] = -1
    if "percent" in units and percent_of is None and re.search(r"\b(how big|market size|revenue|worth)\b", question, re.I) and \
            not re.search(r"\b(shares?|%|percent|percentage(?: points?)?|proportion|cagr|growth rate|slice|piece|chunk)\b", question, re.I):
        units.remove("percent")
    if re.search(r"\bexchange rates?\b", question, re.I) and not re.search(
            r"\b(%|percent|percentage|change|growth|how much)\b", question, re.I):
        # an exchange rate is the price of one currency in another: a plain number, not a percent or an amount
        units = [u for u in units if u not in ("percent", "money")]
    if "count" in units and "money" in units and re.search(r"how many (billion|million|trillion)", question, re.I):
        units.remove("count")
    elif "count" in units and "money" in units and not _AMOUNT_WORD.search(question):
        # 'how many financing deals', 'the deal count': things are counted; the money word only says which
        units.remove("count")
        units.insert(0, "count")

    if "money" in units and (_ENTITY_CUE.search(question) or _RANK_ASKED.search(plain)) and all(
            _BY_CRITERION.search(plain[:m.end()]) for m in dict(UNIT_CUES)["money"].finditer(plain)):
        # 'which company ranks third by revenues', 'where did X rank by 2024 revenue': the money word is
        # the ranking's criterion, not the figure asked
        units.remove("money")
    if "money" in units and all(names_service(plain, m) for m in dict(UNIT_CUES)["money"].finditer(plain)):
        units.remove("money")  # 'coverage across customer service and investment advisory': a service, no amount
    named_kind = "money" in units and asks_which_kind(question)  # 'which revenue stream is billed via CPM/CPC':
    if named_kind:  # a name asked, the money word its topic (also after a fronted topic and colon)
        units.remove("money")
    head = asked_head(question)  # the place phrase left out: it says where to look, not what is asked
    if units and head:
        units = []  # 'which term does the glossary pair with CAGR': a plain noun heads what is asked, CAGR its topic
    which_cue = bool(_ENTITY_CUE.search(question)) or named_kind
    shape = shape_of(question, which_cue and not units[:1] == ["money"])
    if shape in ("figure", "comparison") and not units and contrast_in_kind(question):
        shape = "explanation"  # 'how did A and B build X differently': how they differ, in words; no figure leads
    where = dict(first)  # (a percent asked 'as a percentage of' is named first)
    if _GROWTH_RATE.search(question):
        where["percent"] = min(where.get("percent", 10**6), _GROWTH_RATE.search(question).start())
    if shape == "list" and AMOUNT_ASKED.search(question) and not _LIST_ASKED.search(question):
        # 'what share of the models filed were open-source': one amount, not a list of models; 'what shares of
        # the companies were in the U.S. and in China': an amount of each
        shape = "comparison" if each_of_two(question) else "figure"
    if aside and shape == "figure" and not units:
        shape = "list"  # 'other than A and B, what do buyers consider': the rest of a list, asking no unit
    trend = shape not in ("explanation", "list", "which") and trend_asked(question)
    asks = "amount" if trend else asks_of(placed)  # 'has X narrowed since 2023': the figures at both ends answer
    if not units and asks == "amount" and shape == "figure" and asks_rate(question):
        units = ["percent"]  # 'what agent coverage has finance achieved': a rate noun asks a share of a whole
    if shape == "explanation" or asks != "amount" or shape == "list" and (
            list_names_asked(question) or names_ordered(question) or noun_phrase_names(question) or kinds_asked(question)
            or listed_as_asked(question)):
        units = []  # it asks for a description: 'rate' in 'how is the discount rate determined' names the topic
    full = full_years(question)  # "in '24", '2024-30', 'end-2029': short period forms read as full years
    dated = as_end_years(full)  # 'in 2018/19': the fiscal year ending in 2019
    years = [int(m.group(1)) for m in YEAR_RE.finditer(LISTED_YEARS.sub(", ", dated))]  # '2017,2018 and 2019'
    years += [int(m.group(1)) for m in PERIOD_RE.finditer(dated) if int(m.group(1)) not in years]
    years += [y for y in fiscal_years(dated) if y not in years]  # ('FY2022-23': 2023, as '2022-23' reads)
    years += [y for y in numeric_date_years(question) if y not in years]  # 'at 31.12.22': a date in figures
    years += [y for _, _, y in short_part_years(question) if y not in years]  # 'from Q4 23 to Q4 24', as columns read
    if (span := counted_span(question)) is not None and span[1] in years and span[0] not in years:
        years.append(span[0])  # 'the three years to 2024': from 2022
    ordinal = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\b", question)
    # 'FY19', and 'FYs' / 'FY' alone ('between both FYs'), and a month inside a full date ('at 30 June 2024'): periods, not names
    in_dates = dated_months(question)
    names = place_pairs([n for n in proper_names(CURRENCY_OF.sub("", question)) if not FISCAL_YEAR_FORM.fullmatch(n)
                         and not re.fullmatch(r"FYs?", n) and n not in in_dates])
    names += [n for n in place_owners(place) if n not in names]  # "per Frost's RL page": Frost still names the report
    terms = tokenize(question)
    dated = {t for m in _DATE_WORD.finditer(question) for t in tokenize(m.group(1))}  # 'end-2024': a period, no topic
    name_terms = {t for n in names for t in tokenize(n)}
    # 'which way is X heading' asks a direction, not a choice among names
    entity = which_cue and not units[:1] == ["money"] and not DIRECTION_ASKED.search(question)
    metrics = metrics_of(question)
    scale = SCALE_WORD.search(plain)
    cue_terms = cause_terms(question) if shape == "explanation" else set()
    if DIRECTION_ASKED.search(question):  # 'which way is X heading': how a direction is asked, not its topic
        cue_terms |= _DIRECTION_TERMS
    if trend:  # 'how did X move / change / evolve': the verb asks the direction; no passage need say it
        cue_terms |= _MOVE_TERMS
    if shape == "list" and (ordered := IMPERATIVE_LIST.match(question)):
        cue_terms |= set(tokenize(ordered.group(1)))  # 'list the ...', 'name the ...': how the names are asked
        terms = [t for t in terms if t not in cue_terms]  # no passage needs the verb asking for the list
    return Slots(
        text=written, aside=aside, place=place, units=tuple(units), years=tuple(years), terms=tuple(terms),
        named_years=tuple(y for y in years if y in name_years(question) | titled_name_years(question)),
        entity=entity, forecast=bool(_FORECAST.search(question) or FORECAST_YEAR.search(question)),
        names=tuple(names), scopes=tuple(scopes(written)), entities=entities_of(names),
        periods=periods_of(full, years), scale=scale.group(1).lower() if scale else None,
        metrics=metrics, qualifiers=qualifiers_of(question),
        subject=tuple(dict.fromkeys(t for t in terms if t not in QUESTION_FILLER and t not in QUESTION_WORDS
                                    and t not in name_terms and t not in cue_terms and t not in dated and not t.isdigit() and len(t) > 1)),
        shape=shape, asks=asks, year_asked=asks_year(question), trend=trend, asked_head=head, about_table=bool(_ABOUT_TABLE.search(question)), ratio=asks_ratio(question),
        months=tuple(sorted({m for ms in months_of(question).values() for m in ms})), **read,
        lead_unit=min(units, key=lambda u: where.get(u, 10**6)) if units else None,
        rank=int(ordinal.group(1)) if ordinal else (next((n for cue, n in _ORDINAL_CUES if cue.search(question)), None)
            if _ANY_ORDINAL_CUE.search(question) else None) or (
            last_of_top(question)) or (
            # 'which models top the index', 'which model leads / sits at the top of / is number one on the arena'
            1 if re.search(r"^\s*(which|who)\b.*\btops?\s+(the|a|its)\b", question, re.I) or _AT_THE_TOP.search(question)
            else None),
    )
