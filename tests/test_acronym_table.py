"""The reports' own acronym table (rag/acronym_table.py) and the answer to what a defined acronym stands for."""

from rag.acronym_table import defined_forms, definitions, form_written, spells
from rag.extractive.acronym_meaning import acronyms_asked, defining_line
from rag.extractive.gates_unknown import known
from rag.extractive.question_names import Entity


def test_glossary_line_defines_both_ways():
    t = definitions(["Terms\nMaaS: Model-as-a-Service 模型即服务\nLLM: Large language model 大语言模型"])
    assert defined_forms(t, "MaaS") == {"model-as-a-service"}
    assert defined_forms(t, "LLMs") == {"large language model"}  # plural and case forms
    assert defined_forms(t, "Large language models") == {"llm"}  # the reverse direction


def test_parenthesised_definitions():
    t = definitions(["Its Total Addressable Market (TAM) grew.", "RLHF (Reinforcement Learning from Human Feedback) helps."])
    assert defined_forms(t, "TAM") == {"total addressable market"}
    assert defined_forms(t, "rlhf") == {"reinforcement learning from human feedback"}


def test_undefined_acronym_and_loose_initials_stay_unexpanded():
    t = definitions(["The average market (TAM) and Diffusion Transformer (DiT)."])
    assert not defined_forms(t, "TAM") and not defined_forms(t, "genAI")
    assert not spells("TAM", "the average market")


def test_form_written_whole_words():
    assert form_written({"large language model"}, "three large language models were")
    assert not form_written({"cpc"}, "cpcs-x")


def test_defined_mixed_case_name_is_known():
    t = definitions(["GenAI: generative AI"])
    assert known(Entity("genAI"), {}, t) and not known(Entity("genAI"), {})


def test_meaning_asked_only_when_every_acronym_is_defined():
    t = definitions(["CPC: Cost per click\nCPM: Cost per mille"])
    assert acronyms_asked("What do CPC and CPM stand for in CIC's terms list?", t, ("CIC",)) == ["CPC", "CPM"]
    assert acronyms_asked("What do CPC and XYZ stand for?", t) == []
    assert acronyms_asked("What CPM do advertisers pay?", t) == []  # a figure asked, not a meaning
    assert defining_line("CPM", "Terms\nCPC: Cost per click\nCPM: Cost per mille 每千") == "CPM: Cost per mille 每千"


def test_a_term_or_full_form_asked_for_an_acronym_asks_its_meaning():
    # 'which (Chinese) term', 'what full form': the report's own name for the acronym, read from its definition line
    t = definitions(["CPC: Cost per click 每次点击成本"])
    assert acronyms_asked("Which Chinese term does the report give for CPC?", t) == ["CPC"]
    assert acronyms_asked("Which full form does the report give CPC?", t) == ["CPC"]
    assert acronyms_asked("Which translation does the report give CPC?", t) == []  # no term asked: left as asked


def test_an_acronym_that_expands_to_asks_its_meaning():
    # 'what does BERT expand to': the acronym's own expansion; a measure that 'expands to' a size asks a figure
    t = definitions(["BERT: Bidirectional Encoder Representations from Transformers\nCPM: Cost per mille"])
    assert acronyms_asked("What does BERT expand to in the report's list of terms?", t) == ["BERT"]
    assert acronyms_asked("What does spending expand to in CPM terms by 2030?", t) == []
    assert acronyms_asked("What does the CPM market expand to by 2030?", t) == []
