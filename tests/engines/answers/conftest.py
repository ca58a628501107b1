from __future__ import annotations

import pytest

from roundtwo.engines.answers import AnswerAnalysis, analyze_answer

STRONG_QUESTION = "Tell me about a time you reduced costs."
STRONG_ANSWER = (
    "Our AWS bill had grown to about $80,000 a month and nobody could explain why. "
    "My manager asked me to bring it down by 20% without hurting reliability. "
    "I tagged every resource by team and built a Grafana dashboard showing spend per service. "
    "I found idle staging clusters running all weekend, so I scheduled them to shut down outside "
    "working hours. I also moved our batch jobs to spot instances. "
    "The monthly bill dropped to $58,000, a 27% reduction, and each team now reviews its own "
    "spend every sprint."
)


@pytest.fixture(scope="session")
def strong() -> AnswerAnalysis:
    return analyze_answer(STRONG_QUESTION, STRONG_ANSWER)
