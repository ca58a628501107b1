"""technical_prep: for each skill area the role needs, the questions to rehearse, the practical
formats the second round may use (with the bank's preparation steps) and a short checklist."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from roundtwo.engines.question_bank import PracticalFormat

from . import embeddings, ranking
from .duplicates import near_duplicate
from .model import PracticalFormatInfo, RoleProfile, TechPrep
from .practical import formats_for
from .profile import normalise
from .role import Role, read_role
from .skill_areas import AreaEvidence
from .text import in_sentence
from .why import area_reason, join

QUESTIONS_PER_AREA = 4
FORMATS_PER_AREA = 3
CHECKLIST_PER_FORMAT = 2
# One refresher per area, written for this engine: what second-round panels in the area probe.
REFRESHERS: Mapping[str, str] = {
    "software_engineering": "Refresh how you debug a slow or failing service and how you argue "
    "a design trade-off; have one system you built ready to sketch",
    "data_analytics": "Refresh SQL joins and window functions, how you judge whether a difference "
    "is real, and one analysis that changed a decision",
    "product_management": "Prepare one product decision from problem to measured result, and how "
    "you said no to something",
    "ux_design": "Pick two portfolio pieces and rehearse the problem, your research, the options "
    "you dropped and what changed after testing",
    "marketing": "Have the numbers of one campaign ready: spend, channel, acquisition cost and "
    "what you stopped doing",
    "sales": "Prepare your quota history and one deal from first call to close, including how you "
    "handled the hardest objection",
    "finance_accounting": "Refresh how the three statements link, how you explain a variance and "
    "one model you built and who used it",
    "operations_supply_chain": "Prepare one process you improved with before-and-after figures, "
    "and how you handle a supplier or capacity shortfall",
    "customer_support": "Have your support metrics ready and one escalation you turned around, "
    "step by step",
    "healthcare": "Refresh escalation of a deteriorating patient, safe medication practice and "
    "safeguarding; have one patient situation ready to describe",
    "education": "Prepare a lesson you would teach, how you adapt it for different learners, and "
    "how you check understanding",
    "project_management": "Prepare one project from plan to close: scope, risks you tracked, a "
    "change you managed and how you reported status",
    "people_hr": "Refresh employment law basics you use and one employee relations case from start "
    "to resolution",
    "it_security": "Refresh how you would troubleshoot an outage and lead an incident, and how you "
    "keep systems patched and access under control",
    "retail_hospitality": "Have your store or shift figures ready and one time you turned a "
    "difficult guest or customer around",
}


def technical_prep(profile: RoleProfile, *, limit_areas: int = 4) -> tuple[TechPrep, ...]:
    """One TechPrep per matched skill area, best first; empty for a general profile."""
    try:
        limit_areas = max(0, int(limit_areas))
    except (TypeError, ValueError):
        limit_areas = 4
    role = read_role(normalise(profile))
    if role.general or limit_areas == 0:
        return ()
    similarity = embeddings.question_similarity(role.vector)
    candidates = ranking.technical(role, similarity)
    return tuple(_prep(role, area, candidates) for area in role.areas[:limit_areas])


def _questions(area_id: str, candidates: Sequence[ranking.Candidate]) -> tuple[str, ...]:
    chosen: list[str] = []
    for c in sorted((c for c in candidates if c.topic == area_id), key=lambda c: -c.score):
        if not any(near_duplicate(c.text, t) for t in chosen):
            chosen.append(c.text)
        if len(chosen) == QUESTIONS_PER_AREA:
            break
    return tuple(chosen)


def _info(fmt: PracticalFormat) -> PracticalFormatInfo:
    return PracticalFormatInfo(
        id=fmt.id,
        name=fmt.name,
        description=fmt.description,
        typical_duration=fmt.typical_duration,
        how_to_prepare=fmt.how_to_prepare,
    )


def _steps(
    area: AreaEvidence, questions: Sequence[str], formats: Sequence[PracticalFormat]
) -> tuple[str, ...]:
    steps = []
    if area.skills:
        steps.append(
            f"For each of {join(list(area.skills[:4]))}, write down one concrete example from "
            "your own work, with a number you can quote"
        )
    steps.append(REFRESHERS[area.id])
    if questions:
        steps.append(
            f"Answer the {len(questions)} questions below out loud, about two minutes each, then "
            "check yourself against their likely follow-ups"
        )
    if formats:
        # format names contain "or" themselves ("Case study or ..."), so list them with ";"
        names = "; ".join(in_sentence(f.name) for f in formats)
        steps.append(
            f"Ask your contact which of these the second round includes ({names}), and prepare "
            "the one they name using the steps listed with it"
        )
    return tuple(steps)


def _checklist(area: AreaEvidence, formats: Sequence[PracticalFormat]) -> tuple[str, ...]:
    items = [f"One example ready for each {in_sentence(area.name)} skill the posting names"]
    for fmt in formats:
        items += fmt.checklist[:CHECKLIST_PER_FORMAT]
    return tuple(dict.fromkeys(items))


def _prep(role: Role, area: AreaEvidence, candidates: Sequence[ranking.Candidate]) -> TechPrep:
    formats = formats_for(area.id, role.panel)[:FORMATS_PER_AREA]
    questions = _questions(area.id, candidates)
    return TechPrep(
        skill_area=area.id,
        name=area.name,
        why=area_reason(area, lead="The role needs"),
        questions=questions,
        formats=tuple(_info(f) for f in formats),
        steps=_steps(area, questions, formats),
        checklist=_checklist(area, formats),
    )
