"""extract_company: what one company page says about the company, each fact with its source."""

from __future__ import annotations

import re

from .blocks import strip_punct
from .culture import culture_cues
from .document import Document, read_document
from .mission import find_mission
from .model import CompanyFacts, Fact, RecentItem, Source, Value
from .news import find_news
from .profile import find_competitors, find_goals, find_industry, find_products
from .sections import company_kind, split_sections
from .structured import ORGANIZATION_TYPES, Item, of_type, text
from .values import find_values

_STICKY = frozenset({"values", "products", "news", "goals"})
_TITLE_NOISE = re.compile(
    r"^(about( us)?|our (story|values|mission|company)|news(room)?|press|blog|home|careers"
    r"|who we are|company|values|mission|team|contact( us)?)$",
    re.I,
)


def _organization(items: list[Item]) -> Item | None:
    orgs = of_type(items, ORGANIZATION_TYPES)
    return orgs[0] if orgs else None


_ABOUT = re.compile(r"^about\s+(?!us\b)(.{2,60})$", re.I)


def _about(text_: str | None) -> str | None:
    """ "About Oakfield Primary School" -> "Oakfield Primary School"."""
    m = _ABOUT.match(text_.strip()) if text_ else None
    return strip_punct(m.group(1)) if m else None


def _name_from_title(title: str | None) -> str | None:
    pieces = [strip_punct(p) for p in re.split(r"\s+[|–—·•:-]\s+", title or "")]
    names = [p for p in pieces if p and not _TITLE_NOISE.match(p)]
    if len(pieces) > 1 and names:
        return names[-1] if _TITLE_NOISE.match(pieces[0]) else names[0]
    return None


def _name(doc: Document, org: Item | None) -> str | None:
    if org is not None and (name := text(org.get("name"))):
        return name
    first_heading = next((b.text for b in doc.blocks if b.kind == "heading"), None)
    return (
        doc.site_name or _name_from_title(doc.title) or _about(doc.title) or _about(first_heading)
    )


def _fact(found: tuple[str, str | None] | None, ref: str) -> Fact | None:
    return Fact(found[0], Source(ref, found[1])) if found else None


def extract_company(content: str, *, source: str, content_type: str = "text/html") -> CompanyFacts:
    """Read one already-fetched page (about, values, news...). Never raises on odd input;
    nothing found gives CompanyFacts.is_empty."""
    doc = read_document(content, content_type)
    org = _organization(doc.items)
    sections = split_sections(doc.blocks, company_kind, _STICKY)
    name = _name(doc, org)
    mission = find_mission(sections)
    industry = find_industry(doc.blocks, doc.items)
    culture = culture_cues(b.text for b in doc.blocks)
    values, principles = find_values(doc.blocks, sections)
    return CompanyFacts(
        name=Fact(name, Source(source)) if name else None,
        mission=_fact(mission, source),
        values=tuple(Value(v.name, v.description, Source(source, v.section)) for v in values),
        principles=tuple(
            Value(p.name, p.description, Source(source, p.section)) for p in principles
        ),
        goals=tuple(Fact(g, Source(source, h)) for g, h in find_goals(sections)),
        products=tuple(Fact(p, Source(source, h)) for p, h in find_products(sections, doc.items)),
        recent=tuple(
            RecentItem(n.date, n.title, n.summary, Source(source, n.section))
            for n in find_news(sections, doc.items)
        ),
        sources=(source,),
        industry=Fact(industry, Source(source)) if industry else None,
        competitors=tuple(Fact(c, Source(source)) for c in find_competitors(doc.blocks)),
        culture=tuple(Fact(label, Source(source), evidence) for label, evidence in culture),
    )
