"""The ten preparation areas as the workspace shows them, in order."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.engines.areas import AREA_KEYS


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str
    built: bool  # False: the page says honestly that this area's tools are coming


AREAS: tuple[Area, ...] = (
    Area(
        "understand",
        "Understand the second round",
        "What a second interview looks for, and a dated plan up to the day.",
        True,
    ),
    Area(
        "reflect",
        "Reflect on round one",
        "What you were asked, how you answered, and what they hinted at.",
        True,
    ),
    Area(
        "research",
        "Research company and role",
        "Mission, values, goals and news; how your experience covers the role.",
        True,
    ),
    Area(
        "questions",
        "Behavioral and technical questions",
        "Your stories and a practice set tailored to this role.",
        True,
    ),
    Area("ask", "Questions to ask", "Good questions for each person you will meet.", True),
    Area("fit", "Cultural fit", "The company's values matched to your own stories.", True),
    Area(
        "interviewers",
        "Your interviewers",
        "Who you will meet, and what each of them cares about.",
        True,
    ),
    Area(
        "rehearse",
        "Rehearse",
        "Mock interviews out loud, with feedback on content and delivery.",
        True,
    ),
    Area(
        "documents",
        "Documents to bring",
        "Resume copies, references, portfolio and a printable day pack.",
        True,
    ),
    Area("followup", "Follow up", "A personal thank-you note to each interviewer.", True),
)
AREAS_BY_KEY = {area.key: area for area in AREAS}
assert tuple(AREAS_BY_KEY) == AREA_KEYS, "the workspace must list every area, in order"
