"""A plan per interviewer: their angle, likely questions, lead stories, questions to ask, tips.

Members are planned in the order given, and what one member gets constrains the next: likely
questions and questions to ask are not repeated across the panel, and lead stories are spread
(leads.py). What cannot be avoided, such as one story for three people, becomes a warning.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from roundtwo import knowledge
from roundtwo.engines.asking import AskContext, AskSuggestion, questions_to_ask
from roundtwo.engines.prep_plan import join_names
from roundtwo.engines.question_bank import competency
from roundtwo.engines.stories import coverage

from .leads import Lead, assign_leads, story_tags
from .likely import likely_questions
from .model import LikelyQuestion, MemberPlan, PanelMember, PanelPlan, StoryRef
from .profile import Profile, kind_data, panel_data, profile

GAP_LIMIT = 4  # competencies named in one warning; more would read as a list, not advice
WEIGHED_FOR_GAPS = 3  # each member's top competencies count as needed


def plan_panel(
    members: Sequence[PanelMember],
    *,
    stories: Sequence[StoryRef] = (),
    role_competencies: Sequence[str] = (),
    candidate_questions: Mapping[str, Sequence[LikelyQuestion]] | None = None,
    ask_context: AskContext | None = None,
    max_lead_stories: int = 2,
) -> PanelPlan:
    """The plan for the whole panel; an empty panel gets one warning asking for interviewers."""
    messages = panel_data()["messages"]
    if not members:
        return PanelPlan((), (str(messages["empty"]),))
    role_title = ask_context.role_title if ask_context else None
    profiles = [profile(m, role_competencies, role_title) for m in members]
    taken: list[str] = []
    likely = [
        likely_questions(
            p,
            role_competencies=role_competencies,
            given=(candidate_questions or {}).get(p.member.id),
            taken=taken,
        )
        for p in profiles
    ]
    leads = assign_leads(profiles, stories, max_lead_stories)
    asks = _questions_to_ask(profiles, ask_context)
    plans = tuple(
        MemberPlan(
            member=p.member,
            perspective=p.perspective,
            evaluates=p.evaluates,
            likely_questions=likely[i],
            lead_stories=tuple(
                (lead.story, _story_why(i, lead, leads, profiles)) for lead in leads[i]
            ),
            questions_to_ask=asks[i],
            tips=_tips(p),
        )
        for i, p in enumerate(profiles)
    )
    return PanelPlan(plans, _warnings(profiles, stories, leads, role_competencies))


def _questions_to_ask(
    profiles: Sequence[Profile], base: AskContext | None
) -> list[tuple[AskSuggestion, ...]]:
    """Per member, with everything planned for earlier members counted as already asked."""
    asked: list[str] = list(base.already_asked) if base else []
    result = []
    for p in profiles:
        ctx = dataclasses.replace(base, kind=p.kind) if base else AskContext(kind=p.kind)
        ctx = dataclasses.replace(ctx, already_asked=tuple(asked))
        picked = questions_to_ask(ctx, limit=int(kind_data(p.kind)["ask_count"]))
        asked.extend(s.question for s in picked)
        result.append(picked)
    return result


def _story_why(i: int, lead: Lead, leads: list[list[Lead]], profiles: Sequence[Profile]) -> str:
    messages = panel_data()["messages"]
    p = profiles[i]
    if lead.shows:
        key = "story_why_values" if lead.values else "story_why"
        values = " and ".join(f'"{v}"' for v in lead.story.values[:2])
        why = messages[key].format(
            competencies=_names(lead.shows[:2]), label=p.label, values=values
        )
    else:
        why = messages["story_why_weak"].format(label=p.label, wanted=_names(p.evaluates[:2]))
    # Only a shared opening story is worth a note: second stories may repeat on a big panel.
    others = [
        profiles[j].member.name
        for j, their in enumerate(leads)
        if j != i and their[:1] and their[0].story is lead.story
    ]
    if leads[i][:1] == [lead] and others:
        why += " " + messages["story_why_shared"].format(names=join_names(others))
    return str(why)


def _tips(p: Profile) -> tuple[str, ...]:
    tips = [str(t) for t in kind_data(p.kind)["tips"]]
    ask_point = knowledge.load("second_round")["kinds"][p.kind]["ask_point"]
    tips.append(str(ask_point))
    if p.focus is not None:
        tips.append(panel_data()["messages"]["focus_tip"].format(focus=p.focus.focus))
    return tuple(tips)


def _warnings(
    profiles: Sequence[Profile],
    stories: Sequence[StoryRef],
    leads: list[list[Lead]],
    role_competencies: Sequence[str],
) -> tuple[str, ...]:
    messages = panel_data()["messages"]
    if not stories:
        return (str(messages["no_stories"]),)
    warnings = _same_lead(profiles, leads)
    gap = _gaps(profiles, stories, role_competencies)
    return (*warnings, *([gap] if gap else []))


def _same_lead(profiles: Sequence[Profile], leads: list[list[Lead]]) -> list[str]:
    """A story that opens the conversation with two or more people."""
    messages = panel_data()["messages"]
    first: dict[str, list[int]] = {}
    for i, member_leads in enumerate(leads):
        if member_leads:
            first.setdefault(member_leads[0].story.id, []).append(i)
    warnings = []
    for who in first.values():
        if len(who) < 2:
            continue
        title = leads[who[0]][0].story.title.strip() or "one story"
        if len(who) == len(profiles):
            count = "both" if len(who) == 2 else f"all {_number(len(who))}"
            warnings.append(messages["same_lead_all"].format(title=title, count=count))
        else:
            names = join_names(profiles[i].member.name for i in who)
            warnings.append(messages["same_lead_some"].format(title=title, names=names))
    return warnings


def _gaps(
    profiles: Sequence[Profile], stories: Sequence[StoryRef], role_competencies: Sequence[str]
) -> str | None:
    """Competencies the panel will look for that no story shows (tagged or suggested)."""
    messages = panel_data()["messages"]
    needed = list(role_competencies) + [c for p in profiles for c in p.evaluates[:WEIGHED_FOR_GAPS]]
    tagged = [(s.id, story_tags(s)) for s in stories]
    gaps = coverage(tagged, needed).gaps[:GAP_LIMIT]
    if not gaps:
        return None
    who = [p.member.name for p in profiles if set(p.evaluates[:WEIGHED_FOR_GAPS]) & set(gaps)]
    names = join_names(who) if who else "the role"
    key = "gaps" if len(gaps) == 1 else "gaps_many"
    return str(messages[key].format(competencies=_names(gaps, joiner="or"), names=names))


def _names(competency_ids: Sequence[str], joiner: str = "and") -> str:
    names = [competency(c).name.lower() for c in competency_ids]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {joiner} {names[-1]}"


def _number(n: int) -> str:
    words: list[str] = knowledge.load("second_round")["numbers"]
    return words[n] if n < len(words) else str(n)
