"""What a sentence or turn is doing in an interview: asking, small talk, back-channel, probing.

General spoken-English cues only: question marks, interrogative and imperative openers ("tell
me", "walk me through", "how would you"), greeting and logistics phrases, and short
acknowledgements ("Mm-hmm.", "Right.").
"""

from __future__ import annotations

import re

from .vocab import BACKCHANNEL_WORDS

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"[\w'’-]+")
_FILLER = (
    r"(?:(?:so|and|but|also|okay|ok|right|alright|all right|great|good|now|then|well|sure|"
    r"perfect|cool|nice|fine|fair|lovely|thanks|thank you|um|uh|yeah|yes|next|first|lastly|"
    r"finally|just one|one more)[,.!]?\s+)*"
)
_AUX = r"(?:is|was|are|were|do|does|did|would|could|should|will|can|has|have|had|might|'s)"
# A wh-word opens a question only when a verb follows it the way it does in a question:
# "What was the outcome" asks, "What I'm looking for is..." and "When I joined..." do not.
_WH = (
    rf"(?:what {_AUX}|what (?:kind|sort|type|made|makes|happened|else|if)|what's|"
    rf"how {_AUX}|how (?:long|much|many|often|come|so)|why {_AUX}|why not|"
    rf"(?:when|where|who|whom) {_AUX}|who else|which (?:\w+ )?{_AUX}|which (?:one|of))"
)
_OPENER = re.compile(
    _FILLER + r"(?:tell (?:me|us)|walk (?:me|us)|talk (?:me|us)|take (?:me|us)|describe|explain|"
    r"share (?:a|an|one|some|your (?!screen))|give (?:me|us)|talk about|can you|could you|"
    r"would you|will you|do you|did you|have you|had you|are you|were you|is there|are there|"
    r"was there|was it|is it|was that|is that|did that|did it|did they|"
    + _WH
    + r"|i'?d (?:like|love) (?:to|you to)|i want(?:ed)? to (?:hear|know|understand|ask)|"
    r"i'?m (?:curious|interested|keen)|let'?s (?:talk|hear|discuss|dig|look)|imagine|suppose|"
    r"say you|if you (?:had|could|were|joined|got))\b",
    re.IGNORECASE,
)
_EMBEDDED_ASK = re.compile(
    r"\b(?:tell (?:me|us) (?:about|how|what|why|more)|walk (?:me|us) through|"
    r"talk (?:me|us) through|take (?:me|us) through|(?:like|love|want) to (?:hear|know|understand)"
    r" (?:about|how|what|why|more|your)|give (?:me|us) an example|describe (?:a|an|the|how|what|"
    r"your)|explain (?:how|what|why|your)|i'?m (?:curious|interested) (?:about|in|how|what|why))",
    re.IGNORECASE,
)
_WH_WORDS = frozenset(("what", "why", "how", "when", "where", "who", "which"))
_EXCLAMATION = re.compile(r"^(?:what an?|how (?:interesting|nice|cool|great|lovely|funny|sad))\b")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def is_ask(sentence: str) -> bool:
    s = sentence.strip()
    if s.endswith("?"):
        return True
    if s.endswith("!") or _EXCLAMATION.match(s.lower()):
        return False
    return bool(_OPENER.match(s) or _EMBEDDED_ASK.search(s))


def is_backchannel(text: str) -> bool:
    """A listener's "Mm-hmm." or "Right, okay.": it does not take the floor."""
    said = words(text)
    if not said:
        return True
    if len(said) <= 2:  # "Go on.", "Oh no.", "Really?" but not "Why?" or "How come?"
        asks = _OPENER.match(text.strip()) or said[0] in _WH_WORDS
        return not (text.strip().endswith("?") and asks)
    return len(said) <= 6 and "?" not in text and all(w in BACKCHANNEL_WORDS for w in said)
