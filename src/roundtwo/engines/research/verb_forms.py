"""English verb forms for the skill nouns postings also write as verbs ("Contract drafting" as
"draft contracts", "Lead qualification" as "qualifying inbound leads"). Written for this engine.
"""

from __future__ import annotations

from functools import cache

# the last word of a lexicon skill (folded: lower case, singular) -> the verbs it names
NOMINALS: dict[str, tuple[str, ...]] = {
    "management": ("manage",), "drafting": ("draft",), "review": ("review",),
    "qualification": ("qualify",), "administration": ("administer",), "rotation": ("rotate",),
    "reconciliation": ("reconcile",), "preparation": ("prepare",), "investigation": (
        "investigate",), "analysis": ("analyse", "analyze"), "writing": ("write",),
    "handling": ("handle",), "counting": ("count",), "monitoring": ("monitor",),
    "assessment": ("assess",), "testing": ("test",), "test": ("test",), "design": ("design",),
    "development": ("develop",), "maintenance": ("maintain",), "installation": ("install",),
    "inspection": ("inspect",), "planning": ("plan",), "processing": ("process",),
    "reporting": ("report",), "recording": ("record",), "screening": ("screen",),
    "checking": ("check",), "check": ("check",), "sampling": ("sample",), "sourcing": ("source",),
    "negotiation": ("negotiate",), "forecasting": ("forecast",), "modelling": ("model",),
    "modeling": ("model",), "tracking": ("track",), "engagement": ("engage",),
    "coordination": ("coordinate",), "control": ("control",), "auditing": ("audit",),
    "audit": ("audit",), "evaluation": ("evaluate",), "optimisation": ("optimise", "optimize"),
    "optimization": ("optimise", "optimize"), "delivery": ("deliver",), "support": ("support",),
    "prescribing": ("prescribe",), "dispensing": ("dispense",), "ordering": ("order",),
    "replenishment": ("replenish",), "calibration": ("calibrate",), "validation": ("validate",),
    "implementation": ("implement",), "migration": ("migrate",), "automation": ("automate",),
    "editing": ("edit",), "proofreading": ("proofread",), "translation": ("translate",),
    "scheduling": ("schedule",), "costing": ("cost",), "pricing": ("price",),
    "generation": ("generate",), "onboarding": ("onboard",), "recruitment": ("recruit",),
    "hiring": ("hire",), "interviewing": ("interview",), "supervision": ("supervise",),
    "placement": ("place",), "repair": ("repair",), "servicing": ("service",),
    "fitting": ("fit",), "operation": ("operate",), "driving": ("drive",), "picking": ("pick",),
    "diagnosis": ("diagnose",), "teaching": ("teach",), "extraction": ("extract",),
    "prevention": ("prevent",), "reduction": ("reduce",), "protection": ("protect",),
    "resolution": ("resolve",), "closing": ("close",), "taking": ("take",), "keeping": ("keep",),
    "inspecting": ("inspect",), "survey": ("survey",), "surveying": ("survey",),
    "production": ("produce",), "improvement": ("improve",), "purification": ("purify",),
    "enumeration": ("enumerate",), "detection": ("detect",), "curation": ("curate",),
    "localisation": ("localise", "localize"), "transcription": ("transcribe",),
    "erection": ("erect",), "coaching": ("coach",), "training": ("train",),
    "facilitation": ("facilitate",), "replacement": ("replace",), "cleaning": ("clean",),
}  # fmt: skip
# one-word skills that the verb alone names, whatever follows: "negotiate terms" is Negotiation
VERB_ALONE: dict[str, tuple[str, ...]] = {
    "negotiation": ("negotiate",), "dispensing": ("dispense",), "forecasting": ("forecast",),
    "translation": ("translate",), "proofreading": ("proofread",), "editing": ("edit",),
    "underwriting": ("underwrite",), "fundraising": ("fundraise",), "calibration": (
        "calibrate",), "mediation": ("mediate",), "decontamination": ("decontaminate",),
    "catheterisation": ("catheterise", "catheterize"), "titration": ("titrate",),
    "curating": ("curate",), "coaching": ("coach",), "localisation": ("localise", "localize"),
    "triage": ("triage",), "arbitration": ("arbitrate",),
}  # fmt: skip
_IRREGULAR = {
    "write": ("wrote", "written"), "drive": ("drove", "driven"), "take": ("took", "taken"),
    "keep": ("kept",), "teach": ("taught",), "proofread": (), "forecast": (),
    "underwrite": ("underwrote", "underwritten"), "fit": ("fitted", "fitting"),
}  # fmt: skip
_DOUBLES = {"plan", "control", "model", "fit"}  # planned, controlling, modelling, fitted


def inflections(verb: str) -> set[str]:
    """The base, -s, -ed and -ing forms of a regular verb, plus listed irregular ones (a wrong
    regular form such as "writed" is harmless: no posting spells it)."""
    forms = {verb, *_IRREGULAR.get(verb, ())}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    if verb in _DOUBLES:
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


@cache
def verb_of_form() -> dict[str, str]:
    """Every known verb form -> its base form."""
    verbs = {v for table in (NOMINALS, VERB_ALONE) for vs in table.values() for v in vs}
    return {form: verb for verb in sorted(verbs) for form in inflections(verb)}
