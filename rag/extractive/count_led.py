"""A count asked, led by a figure that counts nothing: no bold.

'How many sectors had occupancy above 95%?' is answered by a whole number of things. A lead with a currency or a
percent sign or code ('USD'), a negative, or a fraction with no scale ('100.0', '(7) and (12)', '$ 4,024.5') is a measure of one of
the things, not their number; and a count of the things meeting a condition is one number, never several.
"""

from __future__ import annotations

import re

from ingest.figures import CURRENCY_CODES

from .count_listed import fronted, number_asked
from .lead_form import BARE_PAIR
from .row_sets import THRESHOLD
from .set_aside_rows import aside_last

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_DIGIT = re.compile(r"\d")
_NOT_COUNT = re.compile(rf"[$€£¥₩%]|\bper ?cent\b|^\s*[-−–(]|\(\s*\d|\b(?:{'|'.join(CURRENCY_CODES)})\b", re.I)  # 'USD 41,761 million' too
_FRACTION = re.compile(r"\d\.\d")
_SCALE = re.compile(r"\b(?:thousands?|millions?|billions?|mn|bn|k|m)\b", re.I)
# the things counted move or meet a bound: 'how many X increased / declined / had ... above 95%'
_CONDITION = re.compile(r"\b(?:increas|decreas|rose|risen|fell|fallen|declin|grew|grown|improv|worsen|reduc|rais|boost|"
                        r"lowered)\w*|\bor\s+(?:more|less|fewer|above|below|higher|lower|greater|over|under)\b", re.I)
COUNT_LED_WHY = "the question asks how many, and the lead '{lead}' counts nothing"
# a count asked however it is framed: 'How many X ...', 'In / For how many of the X ...', 'Number of X with ...'
# (not 'how many times / points / percent / basis points', which ask a multiple or a difference)
_COUNT_ASKED = re.compile(r"^\s*(?:(?:in|for|on|at|during|over|across|of)\s+)?how many\b"
                          r"(?!\s+(?:more\s+|fewer\s+)?(?:times|points?|percent|percentage|basis|bps|pp)\b)", re.I)
# the periods a count counts: 'in how many (of the) years / quarters / seasons'
_PERIODS = re.compile(r"\bhow many\s+(?:of the\s+)?(?:\w+\s+)?(?:years|quarters|months|seasons|periods|half-years)\b", re.I)
_MOST_PERIODS = 100  # no report page shows more periods than this: a larger lead counts something else
# the range a count's periods are taken from: 'from 2022 to 2025E', 'between 2019 and 2023', '2021-2024'
_RANGE = re.compile(r"\b(?:from|between)\s+(?:fy\s?)?((?:19|20)\d{2})[a-z]?\s*(?:to|and|through|until|-|–)\s*(?:fy\s?)?"
                    r"((?:19|20)\d{2})[a-z]?(?![\w/])", re.I)
_ITEM_YEAR = re.compile(r"^\s*(?:fy\s?|fiscal\s+)?((?:19|20)\d{2})[a-z]?\s*$", re.I)


# a lead in a unit of measure ('50 MW', '7,720 thousand'): a measure of one of the things, never their number
_UNIT_LEAD = re.compile(r"^\s*[\d,.]+\s*(?:thousand|million|billion|trillion|mn|bn|tn|MW|GW|kW|MWh|GWh|TWh|kWh|TEU|DWT|"
                        r"bbl|boe|Mt|kt|kg|km|ha|tonnes?|MB|GB|TB)\s*$")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# two figures compared in each row ('imported more than they exported'): a condition, as a bound is
_COMPARED = re.compile(r"\b(?:more|less|fewer|higher|lower|greater|larger|smaller|shorter|longer|faster|slower|"
                       r"earlier|later|cheaper|better|worse)\b[^?]*\bthan\b", re.I)
# a lead read from a sentence ('**7** (2025). Ysmar returned ...'): no computed list of the things counted follows it
_FROM_SENTENCE = re.compile(r"^\s*\*\*(\d+)\*\*\s*(?:\((?:FY\s?)?(?:19|20)\d{2}[^)]*\)\s*)?\.?\s+(?P<rest>.*)$", re.S)
# the ways a sentence writes a whole number that is no count: signed ('+7'), a compound adjective ('7-year'), a share
_NO_COUNT_FORM = r"(?:(?<=[+−])|(?<=\s-)){n}(?!\d|[.,]\d)|(?<![\d.,]){n}(?:-[a-z]|\s*%|\s+per\s*cent)"
# the whole listing of a table's rows: a count with no condition read
_LISTING = re.compile(r"^\s*\*\*\d+\*\*\s*—\s*The table lists\b")
# the lead read as one row's cell: '**1,688**. Germany — Exports: 1,688; ...'
_CELL_READ = re.compile(r"^\s*\*\*([\d,]+)\*\*\.\s+([^—\n;]+?)\s+—\s+([^\n]*)")
_DIFFERENCE = re.compile(r"\bhow many\s+(?:more|fewer|less)\b", re.I)
_COUNT_LABEL = re.compile(r"\b(?:number|count|no\.)\b", re.I)
_OPENS_HOW_MANY = re.compile(r"^\s*how many\b", re.I)
# a lead in a period unit ('2.5 years', '18 months') measures a duration: 'in how many years' may ask one
_DURATION = re.compile(r"\d\s*(?:years?|months?|weeks?|days?|quarters?)\s*$", re.I)


def asks_count(question: str) -> str | None:
    """The question read as 'How many X ...' when it asks a count of things, however framed ('In how many of the
    years ...', 'Number of vendors with ...', 'In 2024, how many ...'); else None."""
    read = aside_last(fronted(number_asked(question)))  # 'Excluding totals, how many ...': the clause read last
    return read if _COUNT_ASKED.match(read) else None


def count_not_led(question: str, answer_text: str) -> str | None:
    """COUNT_LED_WHY when a 'how many' question (not 'how many times / points / percent') leads with a figure
    that is no count (a currency or percent sign, a negative, a fraction with no scale in lead or question), or
    with several figures while it counts the things meeting a condition; else None."""
    if (asked := asks_count(question)) is None:
        return None
    fronted_frame, question = not _OPENS_HOW_MANY.match(question), asked  # ('in / for how many', 'number of')
    bold = [b for b in _BOLD.findall(answer_text or "") if _DIGIT.search(b)]
    if not bold:
        return None
    if fronted_frame and _DURATION.search(bold[0]):
        return None  # 'in how many years is X to be recognized' -> '2.5 years': a duration asked, in its own unit
    scaled = bool(_SCALE.search(question))
    for lead in bold:
        if _NOT_COUNT.search(lead) or (_FRACTION.search(lead) and not scaled and not _SCALE.search(lead)
                                       and not scaled_cell(answer_text, lead)):
            return COUNT_LED_WHY.format(lead=lead)
    if _PERIODS.search(question) and ((n := _whole(bold[0])) is not None and n > _MOST_PERIODS
                                      or _FRACTION.search(bold[0]) or _SCALE.search(bold[0])):
        return COUNT_LED_WHY.format(lead=bold[0])  # '160,000' or '6.8 million' for 'in how many quarters': a measure
    several = len(bold) > 1 or BARE_PAIR.fullmatch(bold[0]) is not None or len(_FIGURE.findall(bold[0])) > 1
    condition = THRESHOLD.search(question) or _CONDITION.search(question)  # (several: '1,840 and 2,010' in one lead)
    if several and (condition or _COMPARED.search(question)):
        return COUNT_LED_WHY.format(lead=", ".join(bold))
    if _no_count_form(answer_text) or (condition and _LISTING.match(answer_text or "")):
        return COUNT_LED_WHY.format(lead=", ".join(bold))
    if _DIFFERENCE.search(question):
        return None  # 'how many more X than Y': a difference asked, in the measure's own unit
    if (condition or _COMPARED.search(question)) and (_UNIT_LEAD.match(bold[0]) or _one_cell(answer_text)):
        return COUNT_LED_WHY.format(lead=bold[0])  # the things meeting a condition, led by one thing's measure
    return None


def _no_count_form(answer_text: str) -> bool:
    """Whether a whole-number lead read from a sentence is written there only as no count is: signed ('+7'), as a
    compound adjective ('a 7-year Eurobond') or as a share ('7%')."""
    m = _FROM_SENTENCE.match(answer_text or "")
    if m is None:
        return False
    n = re.escape(m.group(1))
    every = list(re.finditer(rf"(?<![\d.,]){n}(?!\d|[.,]\d)", m.group("rest")))
    odd = list(re.finditer(_NO_COUNT_FORM.format(n=n), m.group("rest")))
    return bool(every) and len({o.start() for o in odd if m.group("rest")[o.start():o.start() + len(m.group(1))] == m.group(1)}) == len(every)


# a scale followed by a unit of measure ('million cu yd', 'thousand tonnes'): the cell measures one thing, counts nothing
_MEASURE_SCALE = re.compile(r"\b(?:thousands?|millions?|billions?|mn|bn|m|k)\s+(?:cu|cubic|sq|square|tonnes?|tons?|t|m3|"
                            r"litres?|liters?|hl|hectolitres?|barrels?|bbl|boe|kwh|mwh|gwh|twh|km|miles|ha|hectares|oz|"
                            r"ounces|gallons?)\b", re.I)
# a row line closed by a scale note ('Kanto Bank: 4.6; Total: 35.2 (millions)'); a header's scale is read by _SCALE
_SCALE_NOTE = re.compile(r"\((?:thousands?|millions?|billions?|mn|bn|m)\)\s*$", re.I)


def scaled_cell(answer_text: str, lead: str) -> bool:
    """Whether the lead is a row cell whose column header or row line's closing note states a scale: a fraction in
    thousands or millions counts things ('331.4' passenger journeys, million)."""
    for line in (answer_text or "").split("  "):
        cells = line.split(" — ", 1)[-1]  # 'Label — col: cell; ...' or 'Rank: 3; Operator: X; ...'
        if "; " not in cells or not re.search(rf":\s*{re.escape(lead)}(?![\d,.]|\d)", cells):
            continue
        if _SCALE_NOTE.search(line.strip()):
            return True
        if any(_SCALE.search(name) and not _MEASURE_SCALE.search(name)
               for name in re.findall(rf"(?:^|; | — )([^:;—]+):\s*{re.escape(lead)}(?![\d,.])", line)):
            return True
    return False


def _one_cell(answer_text: str) -> bool:
    """Whether the lead is one row's cell read back ('**1,688**. Germany — Exports: 1,688'), the row no count's own
    ('Number of stores')."""
    m = _CELL_READ.match(answer_text)
    return m is not None and re.search(rf":\s*{re.escape(m.group(1))}(?![\d,.])", m.group(3)) is not None \
        and not _COUNT_LABEL.search(m.group(2))


def _whole(lead: str) -> int | None:
    """The whole number a lead writes ('1,840' -> 1840), or None."""
    plain = lead.replace(",", "").strip()
    return int(plain) if plain.isdigit() else None


def out_of_range(question: str, answer_text: str) -> str | None:
    """A count of periods 'from Y1 to Y2' names only periods in that range: when the periods its lead lists
    ('**5** (2021, 2022, ...)') include a year outside the range, the count is of other periods; else None."""
    if asks_count(question) is None or (r := _RANGE.search(question)) is None:
        return None
    m = _LISTED.match(answer_text or "")
    if m is None:
        return None
    low, high = sorted((int(r.group(1)), int(r.group(2))))
    items = [i for i in re.split(r",\s*|\s+and\s+", m.group(1)) if i.strip()]
    years = [int(y.group(1)) for i in items if (y := _ITEM_YEAR.match(i))]
    if len(years) != len(items):
        return None  # not a list of periods
    outside = [y for y in years if not low <= y <= high]
    return OUT_OF_RANGE_WHY.format(year=outside[0], low=low, high=high) if outside else None


OUT_OF_RANGE_WHY = "the count takes in {year}, outside the range asked ({low} to {high})"


# the rows a count lists after its number: '**4** (Xinjiang, Inner Mongolia, Other provinces)'
_LISTED = re.compile(r"^\s*\*\*\d+\*\*\s*\(([^()]*)\)")
# a residual bucket: 'Others', 'All other', 'Rest of world'; 'Other provinces' when provinces are counted
_RESIDUAL_ITEM = re.compile(r"^\s*(?:(?:all\s+)?others?|rest of\b.*)\s*$", re.I)
_OTHER_KIND = re.compile(r"^\s*others?\s+([a-z][\w-]*)\s*$", re.I)
_COUNTED = re.compile(r"\bhow many\s+(?:of the\s+)?(?:[\w-]+\s+)?([a-z][\w-]*s)\b", re.I)
RESIDUAL_COUNTED_WHY = "the count takes in '{item}', the residual of the unnamed ones, which is no one item counted"


def residual_counted(question: str, answer_text: str) -> str | None:
    """RESIDUAL_COUNTED_WHY when a count's listed rows include a residual bucket ('Others', or 'Other provinces' when
    provinces are counted): it gathers the items not named, so it is no one of the things counted; else None.
    ('Other operating expenses' is a line of its own: only 'Other' with the counted noun alone is residual.)"""
    m = _LISTED.match(answer_text or "")
    if m is None:
        return None
    counted = {g.lower() for g in _COUNTED.findall(question)}
    items = [i.strip() for i in m.group(1).split(",")]
    item = next((i for i in items if _RESIDUAL_ITEM.match(i) or ((k := _OTHER_KIND.match(i)) and k.group(1).lower() in counted)), None)
    return RESIDUAL_COUNTED_WHY.format(item=item) if item else None
