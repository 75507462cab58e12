"""The spelled-out forms reports use for the field's common acronyms: a question's 'LLM' is the reports'
'large model' (the usual English for 大模型), so a passage that writes the term out names it."""

from __future__ import annotations

# acronym (upper case) -> the forms a passage may write instead; only terms of the field, never companies
TERM_FORMS: dict[str, tuple[str, ...]] = {
    "LLM": ("large language model", "large language models", "large model", "large models"),
}


def term_forms(name: str) -> tuple[str, ...]:
    """The written-out forms of an acronym of the field ('LLM', 'LLMs'), or () for any other name."""
    key = name.upper()
    return TERM_FORMS.get(key) or (TERM_FORMS.get(key[:-1], ()) if key.endswith("S") else ())
