"""Registrations, licences, cards and certificates a posting names, whether or not the lexicon
knows them: "registered with the GPhC" is GPhC registration, "a valid CSCS card" is CSCS card,
"Certificate in Advanced Veterinary Nursing" is itself a skill.

Only names that look like proper names count (an acronym, a number, or two capitalised words),
so "a valid passport", "a full licence" and "a first aid certificate" give nothing here.
"""

from __future__ import annotations

import re

# GPhC, NMC, HCPC, RCVS, SIA, JIB, PA1: two or more capitals
_ACRONYM = r"(?:[A-Z][a-z]?[A-Z][A-Za-z]{0,4}|[A-Z]{2,}[0-9]*)"
_CAPWORD = rf"(?:{_ACRONYM}|[A-Z][a-z'’]+|[0-9]{{1,4}})"
_ORG = rf"(?:{_ACRONYM}\b|[A-Z][a-z]+(?:\s+(?:(?:and|of|for)\s+)?[A-Z][a-z]+){{0,5}})"
_RUN = rf"{_CAPWORD}(?:\s+&?\s*{_CAPWORD}){{0,5}}"
_NOUN = r"(?i:card|licen[cs]e|ticket|badge|passport|certificate|certification|diploma|award"
_NOUN += r"|qualification|accreditation|membership|attestation)"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "registered with the GPhC", "registration with Social Work England"
    (re.compile(rf"(?i:\bregist(?:ered|ration)\s+(?:as\s+[\w -]{{1,40}}?\s+)?with\s+(?:the\s+)?)"
                rf"(?P<org>{_ORG})"), "{org} registration"),
    (re.compile(rf"\b(?P<org>{_ACRONYM})[\s-]+(?i:regist(?:ered|ration))\b"), "{org} registration"),
    (re.compile(rf"(?i:\b(?:member|membership|fellow)\s+of\s+(?:the\s+)?)(?P<org>{_ORG})"),
     "{org} membership"),
    # "CSCS card", "NEBOSH National General Certificate", "JIB ECS gold card"
    (re.compile(rf"\b(?P<head>{_RUN})(?:\s+(?:gold|blue|green|red|black|white))?\s+{_NOUN}\b"),
     "{all}"),
    # "Certificate in Advanced Veterinary Nursing", "Level 3 Diploma in Adult Care"
    (re.compile(rf"\b(?:(?:{_ACRONYM}|Level\s+\d)\s+)?(?:Certificate|Diploma|Award)\s+in\s+"
                rf"(?P<head>{_CAPWORD}(?:\s+(?:(?:and|of|&)\s+)?{_CAPWORD}){{0,5}})"), "{all}"),
    # "NVQ Level 3 in electrical installation"
    (re.compile(r"\b(?P<head>NVQ|SVQ|BTEC|HNC|HND)(?:\s+Level\s+\d)?(?:\s+(?:Diploma|Certificate))?"
                r"(?:\s+in\s+[A-Za-z][a-z]+(?:\s+(?!(?:or|and|with|to|at|from)\b)[a-z]+){0,3})?"),
     "{all}"),
]  # fmt: skip
# words that start a run without being part of the name: "a Valid CSCS card", "Full UK licence"
_LEADING = {"a", "an", "the", "valid", "current", "full", "clean", "uk", "eu", "us", "any",
            "relevant", "recognised", "recognized", "your", "our", "enhanced"}  # fmt: skip
_CHECKS = {"dbs", "pvg", "crb"}  # background checks an employer runs, not skills
_PLACES = {"uk", "eu", "us", "usa", "england", "wales", "scotland"}


def _looks_named(head: str) -> bool:
    """An acronym or a number among the words, or at least two capitalised words."""
    words = head.split()
    lower = {w.lower() for w in words}
    if not words or lower & _CHECKS or (len(words) == 1 and lower <= _PLACES):
        return False
    strong = any(re.fullmatch(_ACRONYM, w) or w.isdigit() for w in words)
    return strong or sum(w[:1].isupper() for w in words if w.lower() != "and") >= 2


def _trim(text: str, start: int, end: int) -> tuple[int, str]:
    """The match without leading words that are not part of the name, and its new start."""
    words = text[start:end].split()
    while len(words) > 1 and words[0].lower() in _LEADING:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start, " ".join(words)


def credential_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each registration, licence, card or certificate in the text."""
    found = []
    for pattern, shape in _PATTERNS:
        for m in pattern.finditer(text):
            start, whole = _trim(text, m.start(), m.end())
            groups = m.groupdict()
            head = groups.get("org") or _trim(text, m.start(), m.end("head"))[1]
            if _looks_named(head):
                found.append((start, m.end(), shape.format(org=groups.get("org"), all=whole)))
    return _longest_first(found)


def _longest_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of overlapping spans ("Level 3 Diploma" in "Level 3 Diploma in Adult Care"), the longest."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: s[0] - s[1]):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)
