"""A name ending in a version number on the smallest inputs: 'GPT-4' is not named by 'GPT-4o' or 'GPT-4.5' (another
model), and `mention.mention_test` answers as `names.mentions` does."""

from __future__ import annotations

import pytest

from rag.extractive.mention import mention_test
from rag.extractive.names import mentions


@pytest.mark.parametrize("text, name, named", [
    ("gpt-4o facilitated a new surge", "GPT-4", False),
    ("gpt-4.5 is larger", "GPT-4", False),
    ("gpt-4 tapped into professional domains", "GPT-4", True),
    ("gpt-4's reach grew.", "GPT-4", True),
    ("runway gen 45 scored", "Gen 4", False),
    ("runway gen 4 scored", "Gen 4", True),
    ("qwen2.5-max leads", "Qwen2.5", True),
])
def test_a_later_version_names_another_model(text, name, named):
    assert mentions(text, name) is named
    assert mention_test(name)(text) is named
