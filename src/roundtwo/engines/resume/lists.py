"""Skills, education and the achievements outside a job: the simpler sections of a resume."""

from __future__ import annotations

import re

from .bullets import collect_bullets, is_continuation, strip_marker
from .dates import has_date

MAX_SKILL_WORDS = 6


def parse_skills(lines: list[str]) -> list[str]:
    """ "Languages: Python, SQL" and "• Kafka • dbt" -> ["Python", "SQL", "Kafka", "dbt"]."""
    skills: list[str] = []
    for line in lines:
        _, text = strip_marker(line)
        label, sep, rest = text.partition(":")
        if sep and len(label.split()) <= 4 and rest.strip():
            text = rest
        for item in _split_list(text):
            item = item.strip(" .-–—")
            if item and len(item.split()) <= MAX_SKILL_WORDS and re.search(r"[A-Za-z]", item):
                skills.append(item)
    return dedupe(skills)


def _split_list(text: str) -> list[str]:
    """Split on commas, semicolons, bars and dots, but not inside brackets:
    "Excel (VLOOKUP, pivot tables), Xero" -> ["Excel (VLOOKUP, pivot tables)", "Xero"]."""
    items, depth, current = [], 0, ""
    for char in re.sub(r"\s/\s|\t", ",", text):
        depth += (char in "([") - (char in ")]")
        if char in ",;|•·▪●" and depth <= 0:
            items.append(current.strip())
            current, depth = "", 0
        else:
            current += char
    return [*items, current.strip()]


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(strip_marker(line)[1])
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def parse_education(lines: list[str]) -> list[str]:
    """One string per qualification: "BSc Computer Science, University of Bristol, 2015 – 2018".
    A block with several dated lines holds several qualifications, each ending at its date."""
    entries: list[str] = []
    for block in _blocks(lines):
        if sum(1 for line in block if has_date(line)) < 2:
            entries.append(", ".join(block))
            continue
        current: list[str] = []
        for line in block:
            current.append(line)
            if has_date(line):
                entries.append(", ".join(current))
                current = []
        if current:
            entries.append(", ".join(current))
    return [" ".join(e.split()) for e in entries]


def parse_other(lines: list[str]) -> list[str]:
    """Projects, volunteering, awards: the bullets under each name line ("Bus tracker app",
    "Mentor, Design Buddies (2019 – present)"), or a line itself when nothing is under it (an
    award is its own achievement)."""
    markers_used = any(strip_marker(line)[0] for line in lines)
    items: list[str] = []
    group: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() or (markers_used and _names_what_follows(lines, i, group)):
            items += collect_bullets(group)
            group = []
        else:
            group.append(line)
    return dedupe(items + collect_bullets(group))


def _names_what_follows(lines: list[str], i: int, group: list[str]) -> bool:
    marked, text = strip_marker(lines[i])
    following = next((line for line in lines[i + 1 :] if line.strip()), "")
    if marked or not strip_marker(following)[0]:
        return False
    return not group or not is_continuation(strip_marker(group[-1])[1], text, True)
