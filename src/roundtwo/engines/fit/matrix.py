"""Requirements x evidence -> one row per requirement: covered, partly or not covered, and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from roundtwo.engines.resume import Experience

from . import suggestions
from .lexical import Overlap, Terms, analyse, describe, overlap, union_coverage
from .model import Evidence, FitRow, Match, RequirementInput, Status
from .scoring import FIT, Params, combine, explain
from .semantic import similarities
from .years import YearsCheck, check_years

MAX_MATCHES = 3
MISSING_WEIGHT = 1.0  # nouns, adjectives, skills, phrases; a missing verb is not named


@dataclass(frozen=True)
class Pair:
    evidence: Evidence
    overlap: Overlap
    similarity: float | None
    score: float

    def match(self) -> Match:
        why = explain(describe(self.overlap), self.similarity)
        return Match(self.evidence.id, self.evidence.text, self.evidence.source, why, self.score)


def _pairs(
    wanted: Terms, evidence: Sequence[Evidence], terms: Sequence[Terms], sims: list[float] | None,
    p: Params,
) -> list[Pair]:  # fmt: skip
    pairs = []
    for j, (item, have) in enumerate(zip(evidence, terms, strict=True)):
        o = overlap(wanted, have)
        sim = sims[j] if sims is not None else None
        pairs.append(Pair(item, o, sim, combine(o.coverage, sim, p)))
    return sorted(pairs, key=lambda x: -x.score)


def row_score(wanted: Terms, top: Sequence[Pair], p: Params) -> float:
    """The best single match, or the top matches' shared words together (a requirement for
    "Python and SQL" met by one bullet on each) with the best meaning similarity."""
    if not top:
        return 0.0
    union = union_coverage(wanted, [x.overlap for x in top])
    return max(top[0].score, combine(union, top[0].similarity, p))


def status_of(score: float, p: Params) -> Status:
    return "covered" if score >= p.upper else "partly" if score >= p.lower else "not_covered"


def _missing(wanted: Terms, top: Sequence[Pair]) -> list[str]:
    found = {t.key for x in top for t, _ in x.overlap.pairs}
    heavy = [t for t in wanted.by_key.values() if t.weight >= MISSING_WEIGHT]
    return [t.surface for t in heavy if t.key not in found][:3]


def _title_matches(wanted: Terms, experiences: Sequence[Experience]) -> list[Experience]:
    titles = analyse([j.title or "" for j in experiences])
    return [
        j
        for j, t in zip(experiences, titles, strict=True)
        if any(term.weight >= MISSING_WEIGHT for term, _ in overlap(wanted, t).pairs)
    ]


def _row(
    requirement: RequirementInput, wanted: Terms, pairs: list[Pair], p: Params,
    experiences: Sequence[Experience], today: date,
) -> FitRow:  # fmt: skip
    top = pairs[: p.top_k]
    score = row_score(wanted, top, p)
    status = status_of(score, p)
    if status == "not_covered" and any(x.overlap.kin for x in top):
        # A tool of the same kind (aliases.FAMILIES) is partial evidence by definition.
        status = "partly"
    shown = [x for x in top if x.score >= p.lower or x.overlap.kin] or top[:1]
    years: YearsCheck | None = None
    if status != "not_covered" and experiences:
        titled = _title_matches(wanted, experiences)
        years = check_years(
            requirement.text, [x.evidence.text for x in shown], titled, experiences, today
        )
        if years and years.jobs and not years.enough and status == "covered":
            status = "partly"
    matches = () if status == "not_covered" else tuple(x.match() for x in shown[:MAX_MATCHES])
    return FitRow(
        requirement=requirement.text,
        kind=requirement.kind,
        status=status,
        score=round(score, 4),
        matches=matches,
        suggestion=_suggest(requirement, status, matches, _missing(wanted, top), years),
        years_note=years.note() if years else None,
    )


def _suggest(
    requirement: RequirementInput, status: Status, matches: tuple[Match, ...],
    missing: list[str], years: YearsCheck | None,
) -> str | None:  # fmt: skip
    if status == "covered":
        return None
    if status == "partly":
        best = matches[0] if matches else None
        return suggestions.partly(requirement.text, best, missing, years)
    return suggestions.gap(requirement.text, requirement.kind)


def build_fit_matrix(
    requirements: list[RequirementInput],
    evidence: list[Evidence],
    *,
    experiences: Sequence[Experience] = (),
    today: date | None = None,
    params: Params = FIT,
) -> tuple[FitRow, ...]:
    """One row per requirement, in the order given. `experiences` (from the resume) let a
    "5+ years of ..." requirement be checked against the dates of the jobs that match it."""
    if not requirements:
        return ()
    req_texts = [r.text for r in requirements]
    ev_texts = [e.text for e in evidence]
    terms = analyse(req_texts + ev_texts)
    wanted, have = terms[: len(req_texts)], terms[len(req_texts) :]
    # The requirement without its lead-in ("Experience with", "Strong") embeds closer to the
    # evidence that meets it: on the dev split this raised the AUC of covered vs not covered
    # from 0.84 to 0.90.
    sims = similarities([suggestions.focus(t) for t in req_texts], ev_texts) if evidence else None
    rows = []
    for i, requirement in enumerate(requirements):
        row_sims = [float(s) for s in sims[i]] if sims is not None else None
        pairs = _pairs(wanted[i], evidence, have, row_sims, params)
        rows.append(_row(requirement, wanted[i], pairs, params, experiences, today or date.today()))
    return tuple(rows)
