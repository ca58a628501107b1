"""A heavy profile stays fast. The 300 ms target itself is measured by bench/practice/bench.py;
this bound is loose so a busy test machine cannot make it flaky, and only catches a regression
by an order of magnitude."""

from __future__ import annotations

import time

from roundtwo.engines import question_bank
from roundtwo.engines.practice import RoleProfile, WeakSpot, embeddings, suggest_questions
from roundtwo.engines.practice.role import read_role

LOOSE_BOUND_S = 1.5


def test_a_heavy_profile_is_suggested_quickly(data_profile: RoleProfile) -> None:
    profile = RoleProfile(
        title=data_profile.title,
        competencies=data_profile.competencies,
        skills=data_profile.skills,
        text=data_profile.text,
        values=tuple(f"Value {n}" for n in range(10)),
        interviewer_kinds=("executive", "peer", "hr"),
        weak_spots=tuple(WeakSpot(f"Question {n} from round one?", "vague") for n in range(10)),
        followups=tuple(f"What happened next in case {n}?" for n in range(40)),
        asked_in_round_one=tuple(q.text for q in question_bank.all_questions()[::3]),
    )
    embeddings.warm_up()
    suggest_questions(profile)
    read_role.cache_clear()
    start = time.perf_counter()
    assert len(suggest_questions(profile)) == 20
    assert time.perf_counter() - start < LOOSE_BOUND_S
