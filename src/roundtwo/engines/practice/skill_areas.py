"""Which of the bank's 15 skill areas a role needs, and the evidence for each.

Three signals, strongest first: a skill area's word in the job title ("Data Analyst"), the
posting's skills (each skill's area in knowledge/skills.json, mapped to the bank's areas), and
area words anywhere in the posting text. An area counts when it has at least MIN_SCORE of
evidence and at least MIN_SHARE of the best area's, so a nurse posting that mentions Excel once
does not get spreadsheet questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from roundtwo.engines import question_bank
from roundtwo.engines.research.skills import with_names_inside
from roundtwo.knowledge import load

from .text import word_pattern

TITLE_WEIGHT = 3.0
SKILL_WEIGHT = 1.0
TEXT_WEIGHT = 0.5  # per distinct area word in the text
MAX_TEXT_SCORE = 2.0  # long texts mention everything once
MIN_SCORE = 1.0
# In a whole posting one stray skill or word ("negotiation" in a lawyer's posting) is weak
# evidence; a skill the caller listed on its own is not.
MIN_SCORE_WITH_TEXT = 2.5
TEXT_MIN_WORDS = 50
MIN_SHARE = 0.25

# knowledge/skills.json groups skills into its own areas (written for engines.research, and
# still growing); these are the bank's equivalents. None: no bank area asks about it (languages,
# legal work, office tools, trades ...). A lexicon area missing here is matched by the bank area
# words in its name (see bank_area_of), so a new one degrades gracefully.
LEXICON_AREA: Mapping[str, str | None] = {
    "software": "software_engineering",
    "data": "data_analytics",
    "finance and accounting": "finance_accounting",
    "insurance and banking": "finance_accounting",
    "cloud and operations engineering": "it_security",
    "marketing": "marketing",
    "product and design": "ux_design",
    "sales and customer success": "sales",
    "healthcare": "healthcare",
    "pharmacy": "healthcare",
    "dental care": "healthcare",
    "social care": "healthcare",
    "operations and supply chain": "operations_supply_chain",
    "logistics and transport": "operations_supply_chain",
    "manufacturing and quality": "operations_supply_chain",
    "facilities and property": "operations_supply_chain",
    "project and programme management": "project_management",
    "human resources and recruiting": "people_hr",
    "education": "education",
    "customer support": "customer_support",
    "retail": "retail_hospitality",
    "hospitality and food": "retail_hospitality",
    "hospitality and trades": None,  # the lexicon's older name; hospitality skills are overridden
    "office, communication and general tools": None,
    "legal": None,
    "languages": None,
    "engineering and architecture": None,
    "trades and construction": None,
    "media and journalism": None,
    "science and laboratory": None,
    "health and safety": None,  # asked of nearly every site-based job, so no area's evidence
    "agriculture and environment": None,
    "public sector and policy": None,
    "aviation": None,
    "veterinary and animal care": None,  # the bank's clinical questions are about people
    "fashion and beauty": None,
    "security and emergency services": None,
    "sport and fitness": None,
    "arts and culture": None,
}
# A requirement, not a skill of the work: it says nothing about the job's area.
NO_AREA_SKILLS: frozenset[str] = frozenset({"Driving licence"})
# Lexicon areas that span two bank areas: these skills go to the other one.
SKILL_AREA_OVERRIDES: Mapping[str, str] = {
    **dict.fromkeys(
        (
            "Product management",
            "Product discovery",
            "Product roadmap",
            "Product analytics",
            "Amplitude",
            "Mixpanel",
            "Pendo",
            "User stories",
        ),
        "product_management",
    ),
    **dict.fromkeys(
        ("Customer success", "Customer onboarding", "Renewals", "Churn reduction"),
        "customer_support",
    ),
    **dict.fromkeys(
        (
            "Retail sales",
            "Merchandising",
            "Point of sale",
            "Food safety",
            "Food preparation",
            "Cash handling",
            "Barista",
            "Housekeeping",
            "Front desk",
            "Opera PMS",
        ),
        "retail_hospitality",
    ),
}
# Tools many professions use (engineers query databases, accountants live in Excel): each is
# only half the evidence for its lexicon area that a specialist skill is.
HALF_WEIGHT_SKILLS: frozenset[str] = frozenset(
    {
        "Excel", "Google Sheets", "SQL", "PostgreSQL", "MySQL", "MariaDB", "SQLite",
        "Oracle Database", "Microsoft SQL Server", "MongoDB", "Redis", "Cassandra", "DynamoDB",
        "Elasticsearch", "Apache Kafka", "Neo4j",
    }
)  # fmt: skip
# Job-title words the bank's keywords lack; written for this engine.
EXTRA_WORDS: Mapping[str, tuple[str, ...]] = {
    "software_engineering": (
        "software", "backend", "back-end", "frontend", "front-end", "full-stack",
        "web developer", "mobile developer", "programmer",
    ),
    "data_analytics": (
        "data scientist", "data engineer", "insight analyst", "insights", "bi developer",
        "statistician", "data analysis",
    ),
    "product_management": ("product lead", "head of product", "product management"),
    "ux_design": ("product designer", "ux researcher", "user researcher", "ui designer"),
    "marketing": ("copywriter", "seo", "ppc", "performance marketing", "communications officer"),
    "sales": ("sales executive", "sdr", "bdr", "sales representative", "sales manager"),
    "finance_accounting": (
        "financial", "bookkeeper", "auditor", "treasury", "credit controller", "payroll",
    ),
    "operations_supply_chain": (
        "planner", "buyer", "distribution", "transport", "shipping", "freight", "haulage",
    ),
    "customer_support": (
        "support advisor", "support adviser", "contact centre", "helpdesk", "support team",
    ),
    "healthcare": (
        "doctor", "physician", "physiotherapist", "therapist", "midwife", "pharmacist",
        "paramedic", "radiographer", "carer", "healthcare assistant", "dietitian", "patients",
    ),
    "education": (
        "teaching assistant", "headteacher", "instructor", "trainer", "pupil", "lessons",
    ),
    "project_management": ("project coordinator", "pmo", "project management"),
    "people_hr": ("hr business partner", "talent partner", "hr advisor", "l&d", "people team"),
    "it_security": (
        "platform engineer", "site reliability", "sre", "systems administrator",
        "network engineer", "kubernetes", "on-call",
    ),
    "retail_hospitality": (
        "shop", "front office", "receptionist", "chef", "waiter", "guests", "stores",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class AreaEvidence:
    id: str
    name: str
    score: float
    title_word: str | None = None
    skills: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


@dataclass
class _Tally:
    title_word: str | None = None
    skills: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    def score(self) -> float:
        text = min(MAX_TEXT_SCORE, TEXT_WEIGHT * len(self.words))
        skills = sum(
            SKILL_WEIGHT * (0.5 if _lexicon_name(s) in HALF_WEIGHT_SKILLS else 1.0)
            for s in self.skills
        )
        return TITLE_WEIGHT * bool(self.title_word) + skills + text


@cache
def area_words() -> Mapping[str, tuple[str, ...]]:
    """Every word that names an area: the bank's keywords, then the extra title words."""
    return {
        a.id: tuple(dict.fromkeys(k.lower() for k in (*a.keywords, *EXTRA_WORDS.get(a.id, ()))))
        for a in question_bank.skill_areas()
    }


def bank_area_of(lexicon_area: str) -> str | None:
    """The bank area of one of the lexicon's areas: the table above, else the only bank area
    whose words appear in its name ("logistics and transport" -> operations)."""
    if lexicon_area in LEXICON_AREA:
        return LEXICON_AREA[lexicon_area]
    hits = {area for area, _ in _words_in(lexicon_area)}
    return hits.pop() if len(hits) == 1 else None


@cache
def _lexicon() -> Mapping[str, tuple[str, str | None]]:
    """Lower-cased skill name or alias -> (shown name, bank area)."""
    out: dict[str, tuple[str, str | None]] = {}
    for entry in load("skills")["skills"]:
        name = str(entry["name"])
        area = None if name in NO_AREA_SKILLS else bank_area_of(str(entry["area"]))
        area = SKILL_AREA_OVERRIDES.get(name, area)
        for spelling in (name, *entry.get("aliases", ())):
            out.setdefault(str(spelling).lower(), (name, area))
    return out


def _lexicon_name(skill: str) -> str:
    known = _lexicon().get(skill.strip().lower())
    return known[0] if known else skill


def area_of_skill(skill: str) -> str | None:
    """The bank area of one skill: the lexicon's, else an area word inside it ("nursing")."""
    known = _lexicon().get(skill.strip().lower())
    if known is not None:
        return known[1]
    hits = _words_in(skill)
    return hits[0][0] if len(hits) == 1 else None


def _words_in(text: str) -> list[tuple[str, str]]:
    """(area id, word) for every area word found in the text."""
    lowered = text.lower()  # a plain substring test first: most words are absent
    return [
        (area, word)
        for area, words in area_words().items()
        for word in words
        if word in lowered and word_pattern(word).search(text)
    ]


def find_areas(title: str, skills: Sequence[str], text: str) -> tuple[AreaEvidence, ...]:
    """The areas the role needs, best first, with what showed each one."""
    tallies: dict[str, _Tally] = {a.id: _Tally() for a in question_bank.skill_areas()}
    for area, word in _words_in(title):
        tallies[area].title_word = tallies[area].title_word or word
    counted: set[str] = set()
    for skill in with_names_inside(skills):
        skill_area = area_of_skill(skill)
        name = _lexicon_name(skill)  # "Postgres" and the PostgreSQL it names count once
        if skill_area is not None and name not in counted:
            counted.add(name)
            tallies[skill_area].skills.append(skill)
    for area, word in _words_in(text):
        tallies[area].words.append(word)
    minimum = MIN_SCORE_WITH_TEXT if len(text.split()) >= TEXT_MIN_WORDS else MIN_SCORE
    return _matched(tallies, minimum)


def _matched(tallies: Mapping[str, _Tally], minimum: float) -> tuple[AreaEvidence, ...]:
    names = {a.id: a.name for a in question_bank.skill_areas()}
    scored = sorted(((t.score(), area) for area, t in tallies.items()), reverse=True)
    best = scored[0][0] if scored else 0.0
    return tuple(
        AreaEvidence(
            id=area,
            name=names[area],
            score=score,
            title_word=tallies[area].title_word,
            skills=tuple(tallies[area].skills),
            words=tuple(tallies[area].words),
        )
        for score, area in scored
        if score >= minimum and score >= MIN_SHARE * best
    )


def with_tie_break(
    areas: Iterable[AreaEvidence], similarity: Mapping[str, float]
) -> tuple[AreaEvidence, ...]:
    """Re-order areas whose evidence is equal by how close the posting reads to each one;
    similarity is only a tie-break because WordLlama on a whole posting is noisy."""
    return tuple(sorted(areas, key=lambda a: (a.score, similarity.get(a.id, 0.0)), reverse=True))
