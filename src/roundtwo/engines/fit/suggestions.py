"""What to prepare for each gap: a story for a partial match, an honest answer for a gap, and
how to tell a value story. Every sentence names only what the evidence really shows."""

from __future__ import annotations

import re

from .model import Match
from .years import YearsCheck

_LEAD_INS = re.compile(
    r"^(?:(?:a |an )?(?:proven |demonstrable |strong |solid |good |excellent |deep |some )?"
    r"(?:hands-on )?(?:track record|experience|knowledge|understanding|proficiency|skills?"
    r"|background|familiarity|exposure|expertise)\s*(?:of|with|in|as|using|on)?\s+"
    r"|(?:strong |good |excellent )|(?:able|ability) to |confident (?:in )?"
    r"|\d+\+? ?(?:or more )?years?(?: of)?(?: experience)?(?: (?:of|in|with))? )",
    re.I,
)
_CREDENTIAL = re.compile(
    r"\b(?:qualif\w*|certif\w*|licen[cs]e\w*|registered|registration|chartered|degree|"
    r"accredit\w*|membership|member of|diploma|course|cima|acca|cipd|iosh|nebosh|qts|ceng|"
    r"lpc|sqe|nvq|edition)\b",
    re.I,
)
_LANGUAGE = re.compile(
    r"\b(?:fluent|fluency|speaker|bilingual|native speaker|spoken and written|language skills)\b",
    re.I,
)
SHORT_WORDS = 5
_TRAILING = re.compile(r"\s+(?:experience|skills?|knowledge|background)$", re.I)


def focus(requirement: str) -> str:
    """ "Strong Python and SQL" -> "Python and SQL"; "Ability to stay calm" -> "stay calm";
    "Budgeting and forecasting experience" -> "budgeting and forecasting"."""
    text = requirement.strip().rstrip(".")
    if len(text.split()) <= SHORT_WORDS:  # in a longer one, "... surgical experience" reads well
        text = _TRAILING.sub("", text)
    original = text
    for _ in range(3):  # "3+ years of strong experience with ..." has several lead-ins
        shorter = _LEAD_INS.sub("", text, count=1)
        if shorter == text or not shorter:
            break
        text = shorter
    # A capital the advert put at the start of its sentence goes; one inside it ("Python",
    # after "Strong ") is a name and stays.
    first = text.split()[0] if text.split() else ""
    if text == original and first[:1].isupper() and first[1:].islower():
        text = text[0].lower() + text[1:]
    return text


def _closest(match: Match) -> str:
    return f'"{match.text}" ({match.source})'


def partly(
    requirement: str, best: Match | None, missing: list[str], years: YearsCheck | None
) -> str:
    topic = focus(requirement)
    if years and not years.enough:
        return (
            f"Prepare a story about {topic} that shows depth: you have about {years.shown:.1f} "
            f"years of matching work and the role asks for {years.asked:g}; say what you did in "
            "that time that counts for more."
        )
    closest = f"your closest evidence is {_closest(best)}" if best else "nothing shows it fully"
    gap = (
        "; it does not mention " + ", ".join(f'"{m}"' for m in missing)
        if missing
        else "; it only touches on it"
    )
    return f"Prepare a story about {topic} that shows it directly: {closest}{gap}."


def gap(requirement: str, kind: str) -> str:
    topic = focus(requirement)
    if _CREDENTIAL.search(requirement):
        how = "whether you hold it, are working towards it, or when you could have it"
    elif _LANGUAGE.search(requirement):
        how = "the level you have now and how you are learning"
    else:
        how = f"the closest thing you have done to {topic}, and how you would learn it early on"
    note = " It is a nice-to-have, so keep the answer short." if kind == "nice" else ""
    return f"Prepare an honest answer about the gap: say how you would close it ({how}).{note}"
