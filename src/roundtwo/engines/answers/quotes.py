"""Short quotations of the answer for messages and follow-up questions."""

from __future__ import annotations

import re


def clip(text: str, max_words: int = 14) -> str:
    """The first words of `text`, with an ellipsis when cut; trailing punctuation dropped."""
    words = text.split()
    out = " ".join(words[:max_words])
    out = re.sub(r"^(?:and|so|but|then|um|uh|okay|ok|well|yeah)\b[\s,]*", "", out, flags=re.I)
    out = out.rstrip(" ,;:.!?")
    if len(words) > max_words:
        out += "…"
    return out or text.strip()
