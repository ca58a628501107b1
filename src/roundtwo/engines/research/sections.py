"""Group blocks under their headings and say what each heading is about.

Job postings and company pages use different heading vocabularies ("What we offer" is benefits
in a posting, products on a company page), so each has its own classifier.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from .blocks import BOLD_LEVEL, Block

_JOB_PATTERNS: tuple[tuple[str, str], ...] = (
    ("nice", r"nice to haves?|bonus|preferred|desirable|a plus|pluses|extra credit|ideally"
     r"|good to have|even better|would be great|not required|optional|stand out|advantage"
     r"|would help|it helps if|if you also have"),
    ("benefits", r"benefit|perks|what we offer|we offer|what you ll get|what s in it|in return"
     r"|compensation|salary|package|^why\b|rewards|what we provide|life at"),
    ("process", r"hiring process|interview process|how to apply|next steps|recruitment process"
     r"|application process|^apply"),
    ("requirements", r"requirement|look(ing)? for|who you are|qualification|you have|you ll need"
     r"|you will need|you ll bring|you will bring|must haves?|what you bring|about you|essential"
     r"|skills|experience|your profile|your background|is this you|ideal candidate"
     r"|what you need|you should have|required|criteria|person specification|the person"
     r"|what it takes|you might be|we d love|who we want|what we need|you ll have|you will have"
     r"|^you re$|^you are$|^you need|^you must|^you should|^technolog|tech stack|^tools$"
     r"|^our stack|must have"),
    ("responsibilities", r"what you ll do|what you will do|you ll be doing|you will be doing"
     r"|responsibilit|the role|your role|role overview|your impact|in this role|day to day"
     r"|duties|the job|what the job involves|job description|your day|your mission"
     r"|what you ll work on|what you will work on|you ll own|the opportunity|the position"
     r"|what you ll achieve|key tasks|main tasks|your tasks|^you ll$|^you will$|you ll be"
     r"|working on|what you ll be doing|tasks$"
     r"|you ll$|you will$|your week|typical day|typical week|day in the life"),
    ("about", r"about us|about the company|who we are|company overview|our story|about \w+$"
     r"|company description|^company$"),
)  # fmt: skip

_COMPANY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("mission", r"mission|why we exist|purpose|our why|what drives us|reason we exist"),
    ("values", r"values|what we value|principles|what we believe|we believe|what we stand for"
     r"|beliefs|tenets|our code|what guides us|our dna|how we behave|behaviours|behaviors"),
    ("culture", r"how we work|culture|the way we work|working here|ways of working|life at"),
    ("goals", r"goals|strategy|strategic|priorities|roadmap|looking ahead|what s next|year ahead"
     r"|ambitions|objectives|plans for|where we re going|our focus|the next chapter"),
    ("news", r"news|press|updates|announcements|latest|recent|what s new|in the media"
     r"|media coverage|blog"),
    ("history", r"history|milestones|timeline|our journey|how we started|founded"),
    ("benefits", r"benefit|perks|why join|why work|join us|careers|open roles|jobs|we re hiring"),
    ("features", r"features|how it works|why choose|why customers|integrations|pricing|plans"),
    ("products", r"products|services|solutions|platform|what we make|what we build|what we sell"
     r"|what we do|what we offer|offerings|our apps?|our tools|portfolio|brands"),
    ("team", r"^(our |the )?(leadership |management )?team$|meet the|leadership|founders|board"
     r"|our people|investors|backed by"),
    ("contact", r"contact|get in touch|find us|offices|locations|visit us"),
    ("about", r"about|who we are|our story|overview|at a glance"),
)  # fmt: skip


def _compile(patterns: tuple[tuple[str, str], ...]) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(rf"(?:^|\b)(?:{rx})")) for kind, rx in patterns]


_JOB = _compile(_JOB_PATTERNS)
_COMPANY = _compile(_COMPANY_PATTERNS)


def heading_words(heading: str) -> str:
    """Lower-case ASCII words: "What you’ll do:" -> "what you ll do"."""
    return re.sub(r"[^a-z0-9]+", " ", heading.lower()).strip()


def _first_match(heading: str, table: list[tuple[str, re.Pattern[str]]]) -> str:
    text = heading_words(heading)
    if not text or len(text.split()) > 12:
        return "other"
    return next((kind for kind, rx in table if rx.search(text)), "other")


def job_kind(heading: str) -> str:
    return _first_match(heading, _JOB)


def company_kind(heading: str) -> str:
    return _first_match(heading, _COMPANY)


def promote_headings(blocks: list[Block], classify: Callable[[str], str]) -> list[Block]:
    """A short plain line that the vocabulary knows as a heading and that a list follows ("The
    role" in a styled <div>) is a heading: div-soup pages style their headings by class alone."""
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        short = block.kind == "text" and len(block.text.split()) <= 8
        line_before_list = blocks[i + 1].kind == "item" and not block.text.rstrip().endswith(".")
        known = short and classify(block.text) != "other"
        after_prose = i == 0 or blocks[i - 1].kind == "heading" or _ends_prose(blocks[i - 1])
        if known and (line_before_list or _heading_line(block.text, after_prose)):
            out[i] = replace(block, kind="heading", level=BOLD_LEVEL)
    return out


def _ends_prose(block: Block) -> bool:
    return block.text.rstrip().endswith((".", "!", "?", ":"))


def _heading_line(text: str, after_prose: bool) -> bool:
    """Pasted plain text keeps its section words as lines of their own: "Skills", "Job
    Benefits", "What you'll be working on…", "You have:". A requirement line reads as a phrase
    instead ("Experience with Kafka"), so only one word, a trailing ellipsis or colon, or a
    short Title Case line after a paragraph counts; a Title Case line inside a run of short
    lines is a list item ("Performance Based Company Bonus")."""
    text = text.strip()
    parts = text.rstrip(".…:").split()
    if len(parts) == 1 or (text.endswith(("…", "...", ":")) and len(parts) <= 8):
        return True
    title_case = all(p[:1].isupper() or not p[:1].isalpha() for p in parts)
    return after_prose and title_case and len(parts) <= 4


@dataclass(frozen=True)
class Section:
    kind: str  # "intro" for what comes before the first heading
    heading: str | None
    level: int
    blocks: tuple[Block, ...]  # everything under the heading, deeper headings included

    def items(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "item"]


def split_sections(
    blocks: Iterable[Block],
    classify: Callable[[str], str],
    sticky: frozenset[str] = frozenset(),
) -> list[Section]:
    """Cut at headings. A deeper heading stays inside its parent when it says nothing of its
    own, or when the parent is a kind whose parts are sub-headed (a value per h3 under
    "Our values", even one called "Be ambitious" that would read as a goals heading)."""
    out: list[Section] = []
    kind, heading, level = "intro", None, 0
    body: list[Block] = []
    for block in blocks:
        if block.kind != "heading":
            body.append(block)
            continue
        child = classify(block.text)
        deeper = heading is not None and block.level > level
        # a page title (h1) is never sticky: "What we value" may head a whole careers page
        held = kind in sticky and level > 1 and child != kind
        if deeper and (child == "other" or held):
            body.append(block)
            continue
        if heading is not None or body:
            out.append(Section(kind, heading, level, tuple(body)))
        kind, heading, level, body = child, block.text, block.level, []
    if heading is not None or body:
        out.append(Section(kind, heading, level, tuple(body)))
    return out
