"""Culture cues a candidate can ask about: where people work, the pace, how teams are run."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .blocks import sentences

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(rx, re.I))
    for label, rx in (
        ("Remote", r"\b(fully remote|remote[- ]first|100% remote|work from anywhere"
         r"|remote[- ]friendly|distributed (team|company)|work remotely|remote role"
         r"|remote position|\(remote\)|location: remote)"),
        ("Hybrid", r"\bhybrid\b"),
        ("On-site", r"\b(on-?site|office[- ]based|in the office (five|5) days|in-person role"
         r"|fully in[- ]office)\b"),
        ("Fast-paced", r"\b(fast[- ]paced|move fast|moving fast|high[- ]growth|hypergrowth"
         r"|rapidly growing|fast[- ]growing|scale-?up|startup pace)\b"),
        ("Sustainable pace", r"\b(sustainable pace|no crunch|calm company|reasonable hours"
         r"|work[- ]life balance)\b"),
        ("Flat structure", r"\b(flat (structure|hierarchy|organi[sz]ation)|no middle managers"
         r"|without managers|self-managed|holacracy)\b"),
        ("Small autonomous teams", r"\b(small,? (autonomous|cross-functional) teams"
         r"|autonomous teams|empowered teams|squads)\b"),
        ("Asynchronous", r"\b(async(hronous)?(-first)?( communication| work| by default)?)\b"),
        ("Flexible hours", r"\b(flexible (working )?hours|flexitime|flexible schedule)\b"),
        ("Four-day week", r"\b(four-day|4-day) (work ?)?week\b"),
        ("Structured", r"\b(established processes|well-defined processes|clear processes"
         r"|structured environment|clear career (ladder|framework|paths?))\b"),
        ("Mission-driven", r"\b(mission-driven|purpose-driven|b corp|social impact)\b"),
    )
)  # fmt: skip


def culture_cues(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(label, the sentence it was read from) for each cue, in order of first mention."""
    found: dict[str, str] = {}
    for text in texts:
        for sentence in sentences(text):
            for label, rx in _CUES:
                if label not in found and rx.search(sentence):
                    found[label] = sentence
    return list(found.items())
