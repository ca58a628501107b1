"""The panel planner: a plan for each interviewer in round two.

Public API (plain Python, no Django):

- `plan_panel(members, *, stories, role_competencies, candidate_questions, ask_context,
  max_lead_stories=2) -> PanelPlan`: per member, their perspective and the competencies they
  evaluate (from second_round.json "kinds" and panel.json, refined by title and notes), 5-8
  likely questions, lead stories spread across the panel, questions to ask them (engines.asking,
  never repeated across the panel) and tips; plus warnings for the panel as a whole.
"""

from __future__ import annotations

from .model import LikelyQuestion, MemberPlan, PanelMember, PanelPlan, StoryRef
from .plan import plan_panel

__all__ = ["LikelyQuestion", "MemberPlan", "PanelMember", "PanelPlan", "StoryRef", "plan_panel"]
