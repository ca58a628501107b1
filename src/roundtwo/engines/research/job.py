"""extract_job: a job posting's title, duties, requirements, skills and competencies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import skill_filter
from .blocks import Block, clean, sentences, words
from .competencies import map_competencies
from .culture import culture_cues
from .document import Document, fragment_blocks, read_document
from .job_meta import company_name, employment_type, job_title, location
from .model import JobPosting, Requirement, RequirementKind
from .readable import readable_blocks
from .requirements import education, requirement_kind, years_experience
from .sections import Section, job_kind, promote_headings, split_sections
from .skill_filter import Candidate, place
from .skill_tagger import MAX_TAG_CHARS, tag_posting
from .skills import find_skills, line_skills, skill_spans
from .structured import Item, of_type, text, texts
from .unsectioned import classify_loose_items

MAX_LINE_WORDS = 80  # a "requirement" longer than this is a paragraph of prose, not a line
MAX_LINES = 80


@dataclass
class _Lines:
    duties: list[str] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    benefits: list[str] = field(default_factory=list)
    sectioned: bool = True  # False when found by guessing from unlabelled lists

    def found(self) -> bool:
        return bool(self.duties or self.requirements)


def _section_lines(section: Section) -> list[str]:
    """A section's list items, or its sentences when it has no list."""
    items = [b.text for b in section.items()]
    if not items:
        texts_ = [b.text for b in section.blocks if b.kind == "text"]
        items = [s for t in texts_ for s in sentences(t)]
    return [clean(i) for i in items if 0 < len(words(i)) <= MAX_LINE_WORDS][:MAX_LINES]


def lines_from_sections(blocks: list[Block]) -> _Lines:
    out = _Lines()
    for section in split_sections(promote_headings(blocks, job_kind), job_kind):
        lines = _section_lines(section)
        if section.kind == "responsibilities":
            out.duties += lines
        elif section.kind in {"requirements", "nice"}:
            default: RequirementKind = "nice" if section.kind == "nice" else "must"
            out.requirements += [Requirement(t, requirement_kind(t, default)) for t in lines]
        elif section.kind == "benefits":
            out.benefits += lines
    if not out.found():
        duties, reqs = classify_loose_items(blocks)
        out.duties, out.requirements = duties[:MAX_LINES], reqs[:MAX_LINES]
        out.sectioned = False
    out.duties, out.requirements = out.duties[:MAX_LINES], out.requirements[:MAX_LINES]
    return out


def _field_lines(value: object) -> list[str]:
    """A schema.org text field as lines: list members, or the sentences of one long string."""
    found = texts(value)
    if len(found) == 1 and "<" in found[0]:
        return [b.text for b in fragment_blocks(found[0]) if b.kind != "heading"]
    return [s for t in found for s in (sentences(t) if len(found) == 1 else [t])]


def _structured_lines(posting: Item) -> _Lines:
    out = _Lines()
    out.duties = _field_lines(posting.get("responsibilities"))
    for field_name in ("qualifications", "experienceRequirements"):
        for value in _field_lines(posting.get(field_name)):
            out.requirements.append(Requirement(value, requirement_kind(value)))
    return out


def _merge(first: _Lines, second: _Lines) -> _Lines:
    seen = {r.text.lower() for r in first.requirements}
    duties = list(dict.fromkeys(first.duties + second.duties))
    reqs = first.requirements + [r for r in second.requirements if r.text.lower() not in seen]
    return _Lines(duties, reqs, first.benefits + second.benefits)


def _size(lines: _Lines) -> int:
    return len(lines.duties) + len(lines.requirements)


def _best_page_lines(doc: Document) -> _Lines:
    """Sections of trafilatura's main text or of the raw page, whichever finds more lines:
    trafilatura drops chrome the raw walk misses, but sometimes merges or drops list items. A
    reading under headings beats a guess from unlabelled lists, which counts every fact-list
    item as a line (trafilatura sometimes drops the headings of a page the raw walk reads)."""
    raw = lines_from_sections(doc.blocks)
    if doc.root is None:
        return raw
    main = lines_from_sections(readable_blocks(doc.root))
    if main.sectioned != raw.sectioned:
        return main if main.sectioned else raw
    return main if _size(main) >= _size(raw) else raw


def _lines(doc: Document, posting: Item | None) -> _Lines:
    if posting is None:
        return _best_page_lines(doc)
    described = lines_from_sections(fragment_blocks(text(posting.get("description")) or ""))
    lines = _merge(_structured_lines(posting), described)
    return lines if lines.found() else _merge(lines, _best_page_lines(doc))


def _tagged(doc: Document, lexicon_names: list[str], lines: list[str]) -> list[str]:
    """Skill and knowledge phrases the learned tagger marks anywhere in the posting's text,
    then the lexicon's names as the posting spells them, each kept when the item filter judges
    it a skill there: a phrase from the benefits or a name mentioned in passing about the
    company is left out."""
    # headings stay in: the tagger learned which section a line sits under from them; it reads
    # the first MAX_TAG_CHARS characters, and so does the filter
    text = _tag_text(doc, lines)[:MAX_TAG_CHARS]
    chosen = skill_filter.active()
    tagged = tag_posting(text, chosen.decoding if chosen else None)
    candidates = [Candidate(clean(text[a:b]), a, b, "tagger", kind) for a, b, kind in tagged.spans]
    spelled, unspelled = spelled_names(lexicon_names, text, lines)
    candidates += spelled + named_by_phrases(unspelled, lines, text, candidates)
    return [c.text for c in skill_filter.kept(candidates, tagged, text)]


def named_by_phrases(
    names: list[str], lines: Sequence[str], text: str, tagged: list[Candidate]
) -> list[Candidate]:
    """Each name no line spells out as the tagger's phrase that names it ("Negotiate with
    suppliers" for Negotiation), kept like the name; by the name itself where the tagger
    marked no such phrase, so a line that names a known skill is never left without one."""
    if not names:
        return []
    wanted, out = set(names), []
    for line in lines:
        named = [n for n in line_skills(line) if n in wanted]
        if not named:
            continue
        start = text.find(line)
        inside = [c for c in tagged if start >= 0 and start <= c.start < start + len(line)]
        for name in named:
            phrase = next((c for c in inside if name in line_skills(c.text)), None)
            where = (phrase.text, phrase.start, phrase.end) if phrase else (name, -1, -1)
            out.append(Candidate(*where, source="lexicon"))
            wanted.discard(name)
    return out


def _tag_text(doc: Document, lines: list[str]) -> str:
    """The page's text; the posting's own lines when they are longer (a page that carries its
    posting only as schema.org data)."""
    page = "\n".join(b.text for b in doc.blocks)
    own = "\n".join(lines)
    return own if len(own) > len(page) else page


class _Spellings:
    """Where a text names each lexicon skill, in the text's own words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._aliases: dict[str, tuple[int, int]] | None = None

    def of(self, name: str) -> tuple[str, int, int] | None:
        start, end = place(name, self.text)
        if start >= 0:
            return name, start, end
        if self._aliases is None:
            self._aliases = {}
            for a, b, known in skill_spans(self.text):
                self._aliases.setdefault(known, (a, b))
        if name in self._aliases:
            a, b = self._aliases[name]
            return clean(self.text[a:b]), a, b
        return None


def spelled_names(
    names: list[str], text: str, lines: Sequence[str] = ()
) -> tuple[list[Candidate], list[str]]:
    """Each lexicon name where the tagged text names it, in its own words: an alias as written
    ("Postgres", not "PostgreSQL"); a name spelled only in a line past the tagged text is kept
    unplaced, so the filter cannot judge it. Then the names no line spells out (a verb
    phrase's name, "Budgeting" for "plan the spending"): named_by_phrases lists them."""
    in_text = _Spellings(text)
    in_lines = [_Spellings(line) for line in lines]
    found, unspelled = [], []
    for name in names:
        where = in_text.of(name)
        if where is not None:
            found.append(Candidate(where[0], where[1], where[2], "lexicon"))
            continue
        elsewhere = next((w for line in in_lines if (w := line.of(name))), None)
        if elsewhere is not None:
            found.append(Candidate(elsewhere[0], source="lexicon"))
        else:
            unspelled.append(name)
    return found, unspelled


def _skills(posting: Item | None, lines: _Lines, doc: Document) -> list[str]:
    """Skills listed in schema.org, then the tagger's phrases in page order, then the lexicon's
    skills as the posting spells them ("Controlled drugs" beside "manage controlled drugs")."""
    listed: list[str] = []
    if posting is not None:
        for value in texts(posting.get("skills")):
            listed += [clean(v) for v in value.split(",") if 0 < len(words(v)) <= 5]
    reqs = [r.text for r in lines.requirements]
    found = find_skills(reqs, lines.duties)
    seen: dict[str, str] = {}
    for name in [*listed, *_tagged(doc, found, [*lines.duties, *reqs])]:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def _years(posting: Item | None, lines: _Lines) -> int | None:
    if posting is not None:
        months = _months(posting.get("experienceRequirements"))
        if months:
            return max(1, months // 12)
    must = [r.text for r in lines.requirements if r.kind == "must"]
    return years_experience(must) or years_experience([r.text for r in lines.requirements])


def _months(value: Any) -> int | None:
    if isinstance(value, dict):
        raw = value.get("monthsOfExperience")
        try:
            return int(float(raw)) if raw is not None else None
        except (TypeError, ValueError):
            return None
    return None


def _education(posting: Item | None, lines: _Lines) -> str | None:
    if posting is not None:
        value = posting.get("educationRequirements")
        if isinstance(value, dict) and value.get("credentialCategory"):
            return text(value.get("credentialCategory"))
        if text(value):
            return text(value)
    return education([r.text for r in lines.requirements])


def extract_job(content: str, *, source: str, content_type: str = "text/html") -> JobPosting:
    """Read one already-fetched posting. Never raises on odd input; nothing found gives an
    empty posting (JobPosting.is_empty)."""
    doc = read_document(content, content_type)
    postings = of_type(doc.items, {"jobposting"})
    posting = postings[0] if postings else None
    lines = _lines(doc, posting)
    reqs = lines.requirements
    all_text = [b.text for b in doc.blocks]
    return JobPosting(
        title=job_title(doc, posting),
        company=company_name(doc, posting),
        location=location(doc, posting),
        employment_type=employment_type(doc, posting),
        responsibilities=tuple(lines.duties),
        requirements=tuple(reqs),
        skills=tuple(_skills(posting, lines, doc)),
        competencies=tuple(map_competencies(lines.duties + [r.text for r in reqs])),
        source=source,
        years_experience=_years(posting, lines),
        education=_education(posting, lines),
        culture=tuple(label for label, _ in culture_cues(all_text)),
        benefits=tuple(lines.benefits),
    )
