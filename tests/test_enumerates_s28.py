"""An enumeration of possessive names is an enumeration (explaining.enumerates), session 28."""

from rag.extractive.explaining import enumerates


def test_items_named_with_their_owner_are_listed_items():
    assert enumerates("Key examples include OpenAI's DALL-E, Google Brain's Imagen, Stability AI's Stable Diffusion, "
                      "and Midjourney.")
    assert enumerates("Leaders include Baidu’s ERNIE, Alibaba’s Qwen and Tencent’s Hunyuan.")
    assert not enumerates("OpenAI's model leads the ranking.")
