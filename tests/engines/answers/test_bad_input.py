from __future__ import annotations

import pytest

from roundtwo.engines.answers import analyze_answer

JOB_POST = """About the role
We are looking for a Senior Data Engineer to join our team.
Responsibilities:
- Build and maintain data pipelines
- Work with analysts to deliver insights
Requirements:
- 5+ years of experience with Python and SQL
- Strong communication skills
What we offer: competitive salary, 25 days holiday, hybrid working. Apply now!"""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("Teamwork.", "too_short"),
        ("🙂🙂🙂 👍 🎉 ✨ 🚀", "too_short"),
        (JOB_POST, "job_description"),
        (
            "Trabajé en una empresa de logística donde reduje los costes de transporte un veinte "
            "por ciento gracias a una nueva planificación de rutas.",
            "not_english",
        ),
        ("我在上一家公司负责数据平台，我们把成本降低了百分之三十，团队很满意。", "not_english"),
    ],
)
def test_what_is_not_an_answer_is_refused_with_a_reason_and_a_message(
    text: str, reason: str
) -> None:
    result = analyze_answer("Tell me about a time you improved a process.", text)
    assert result.refusal is not None
    assert result.refusal.reason == reason
    assert result.refusal.message
    assert result.score == 0
    assert not any(result.present.values())
    data = result.as_dict()
    assert data["refusal"]["reason"] == reason
    assert [s["text"] for s in data["sentences"]] == [s.text for s in result.sentences]


def test_a_twenty_thousand_word_paste_is_refused_quickly_and_keeps_its_sentences() -> None:
    text = " ".join(["I fixed the build and the team shipped on time."] * 2000)
    result = analyze_answer("Tell me about a time you shipped under pressure.", text)
    assert result.refusal is not None and result.refusal.reason == "too_long"
    assert len(result.sentences) == 2000
    assert result.sentences[0].text == "I fixed the build and the team shipped on time."


@pytest.mark.parametrize(
    "text",
    [
        "# Story\n\n* **Situation**: our build took 40 minutes.\n* **Action**: I cached the "
        "dependencies.\n* **Result**: builds took 12 minutes.",
        "<div><p>I rebuilt the onboarding flow.</p><ul><li>Completion rose from 60% to 78%."
        "</li></ul></div>",
        "i led the move to the new warehouse system and we cut picking errors by half 🎉🎉 the "
        "team loved it and my manager asked me to roll it out to two more sites",
        "I led the migration." * 3,
        "I fixed it. " + "\u200b" * 50 + " Then it broke again?!?! I fixed it again…",
        "Null byte \x00 inside, and I still handled the outage and restored service in an hour.",
    ],
)
def test_markup_emoji_and_unpunctuated_text_are_analysed_without_crashing(text: str) -> None:
    result = analyze_answer("Tell me about a time you improved something.", text)
    assert result.refusal is None
    assert result.sentences
    assert 0 <= result.score <= 100
    result.to_json()


def test_a_question_that_is_empty_or_odd_does_not_break_the_analysis() -> None:
    for question in ("", "   ", "?" * 5000, "<b>q</b> 🤔"):
        result = analyze_answer(question, "I rebuilt the rota and turnover halved in six months.")
        assert result.refusal is None
