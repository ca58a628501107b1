"""Answer-level signals for the role model (context.py), the sequence decoding (sequence.py) and
the parse fixes they rest on, each on sentences written for the test."""

from __future__ import annotations

import numpy as np
import pytest

from roundtwo.engines.answers import analyze_answer
from roundtwo.engines.answers.analyze import read_sentences
from roundtwo.engines.answers.context import (
    CONTEXT,
    context_rows,
    general_claim,
    made_change_first,
    marked_first,
    measured_change,
    opens_on_outcome,
    own_evidence,
    result_first,
    scene_change,
    summary_first,
)
from roundtwo.engines.answers.result_missing import plain_action, settle_results
from roundtwo.engines.answers.roles import label_roles
from roundtwo.engines.answers.sequence import best_sequence, transition_table
from roundtwo.engines.answers.star import Scored, label_sentences

Q = "Tell me about a time you had to give someone bad news."
QUOTED = (
    "Last spring our studio lost its biggest client and two of my designers had to go. "
    "I booked a private room and told each of them myself. "
    'I said, "Your role is being cut because we lost the account. '
    'This is not about your work." '
    "I gave each of them a reference and introductions to three agencies. "
    "Both had new jobs within a month."
)


def _signal(text: str, name: str) -> list[bool]:
    _, features = read_sentences(text)
    k = list(CONTEXT).index(name)
    return [row[k] == 1.0 for row in context_rows(features)]


def test_sentences_inside_a_quotation_are_quoted_speech() -> None:
    assert _signal(QUOTED, "in_quote") == [False, False, True, True, False, False]


def test_quoted_speech_inside_a_story_is_not_labelled_other() -> None:
    labels = [s.label for s in analyze_answer(Q, QUOTED).sentences]
    assert labels[2:4] != ["other", "other"]
    assert "other" not in labels[2:4]


def test_an_answer_with_no_events_is_all_other_and_has_no_result() -> None:
    result = analyze_answer(
        Q,
        "To be honest, I haven't had to do that yet. "
        "My approach is always to be direct and kind at the same time. "
        "I think people usually take bad news better when they hear it early. "
        "In any team, trust depends on that.",
    )
    assert [s.label for s in result.sentences] == ["other"] * 4
    assert result.parts["result"] == "missing"


def test_a_story_that_stops_at_the_candidates_own_actions_has_no_result() -> None:
    result = analyze_answer(
        Q,
        "When our warehouse moved to a new site, the picking lists still used the old bay names. "
        "Pickers kept walking to empty aisles on the first morning. "
        "I printed new lists with both names side by side. "
        "I walked each picker through the new layout before the afternoon shift.",
    )
    assert result.parts["result"] == "missing"
    assert all(s.label != "result" for s in result.sentences)


def test_every_context_signal_named_as_evidence_holds_for_the_sentence() -> None:
    segments, features = read_sentences(QUOTED)
    rows = context_rows(features)
    said = {words: k for k, words in enumerate(CONTEXT.values())}
    for f, row, role in zip(
        features, rows, label_roles(features, label_sentences(features)), strict=True
    ):
        for part in role.reason.split(", "):
            if part in said:
                assert row[said[part]] == 1.0, (part, f.text)


def test_a_general_claim_is_present_tense_with_no_event() -> None:
    _, features = read_sentences(
        "I think communication is really important in any team. "
        "I wrote a one-page handover sheet last winter."
    )
    assert [general_claim(f) for f in features] == [True, False]


def test_a_contracted_past_perfect_is_past_not_hypothetical() -> None:
    _, features = read_sentences(
        "Within a year, we'd reduced deployment time to under ten minutes."
    )
    assert features[0].past
    assert features[0].irrealis != "hypothetical"


def test_thinking_about_something_is_not_a_hedge() -> None:
    _, features = read_sentences(
        "Now I only think about upcoming features when they are actually needed."
    )
    assert not features[0].opinion
    assert features[0].irrealis != "hedged"


def test_the_sequence_keeps_each_most_likely_role_at_weight_zero() -> None:
    p = np.array([[0.6, 0.4], [0.45, 0.55], [0.2, 0.8]])
    table = transition_table([[0, 0, 0, 0]], 2)
    assert best_sequence(p, table, 0.0) == [0, 1, 1]


def test_the_sequence_lets_a_borderline_sentence_follow_its_neighbours() -> None:
    p = np.array([[0.9, 0.1], [0.45, 0.55], [0.9, 0.1]])
    table = transition_table([[0, 0, 0, 0, 0, 0], [1, 1]], 2)
    assert best_sequence(p, table, 1.0) == [0, 0, 0]


def test_a_sentence_with_evidence_of_its_own_keeps_its_role_whatever_its_neighbours() -> None:
    p = np.array([[0.9, 0.1], [0.45, 0.55], [0.9, 0.1]])
    table = transition_table([[0, 0, 0, 0, 0, 0], [1, 1]], 2)
    assert best_sequence(p, table, 1.0, [False, True, False]) == [0, 1, 0]


def test_a_setback_after_the_first_action_and_a_measured_result_first_have_own_evidence() -> None:
    _, features = read_sentences(
        "We cut the invoice backlog from 900 to 40 in six weeks. "
        "The finance team had fallen behind after two people left in the spring. "
        "I sorted the invoices by supplier and agreed a daily target with the team. "
        "Halfway through, the accounts system crashed for two days. "
        "I kept the team working from printed lists."
    )
    assert own_evidence(features) == [True, False, False, True, False]


def test_background_told_first_is_not_a_result_first() -> None:
    _, features = read_sentences(
        "In 2022 our team had grown from 25 to 80 engineers in a year. "
        "I was asked to set up a proper on-call rota. "
        "I wrote the rota and trained the leads."
    )
    assert own_evidence(features)[0] is False


def test_an_outcome_told_first_then_a_step_back_opens_on_the_outcome() -> None:
    _, features = read_sentences(
        "The supplier that had ignored our emails delivered the missing parts within a day. "
        "Before that, our line had stood idle for most of a week. "
        "I called their sales director and offered to collect the parts ourselves."
    )
    assert result_first(features)
    assert opens_on_outcome(features)


def test_a_change_the_candidate_made_told_first_opens_on_the_outcome() -> None:
    _, features = read_sentences(
        "We cut our refund queue from 300 cases to 20 in a month. "
        "Refunds were handled by whoever had a free moment. "
        "I gave the queue to two named people and wrote them a checklist."
    )
    assert features[0].made_change
    assert made_change_first(features)


def test_a_change_that_happened_to_the_team_told_first_does_not_open_on_an_outcome() -> None:
    _, features = read_sentences(
        "We grew from 25 to 80 engineers in eighteen months. "
        "Reviews started to pile up because nobody knew who could approve what. "
        "I set up code owners for each service."
    )
    assert not features[0].made_change
    assert not opens_on_outcome(features)


def test_an_outcome_marker_on_a_past_event_told_first_opens_on_the_outcome() -> None:
    _, features = read_sentences(
        "Long story short, the night bus route was saved and still runs. "
        "The council planned to cut it to save money. "
        "I gathered 900 signatures from shift workers and spoke at the council meeting."
    )
    assert marked_first(features)


def test_an_answer_in_the_usual_order_does_not_open_on_an_outcome() -> None:
    _, features = read_sentences(QUOTED)
    assert not opens_on_outcome(features)


@pytest.mark.parametrize(
    "sentence",
    [
        "I worked with a 68-year-old patient who had diabetes.",
        "I ran a team of 12 nurses for three years.",
        "We worked 14-hour shifts for two weeks.",
        "I led five engineers.",
        "I worked at a 200-bed hospital.",
        "She was 68 and lived alone, and it worked in 2 days.",
    ],
)
def test_an_age_a_duration_or_a_head_count_beside_a_change_verb_is_no_measured_change(
    sentence: str,
) -> None:
    _, features = read_sentences(sentence)
    assert not measured_change(features[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales went up 20 percent.",
        "The app reached 10,000 users in a month.",
        "Complaints fell by 40.",
        "We doubled the sign-ups.",
        "In 2021 we won 3 contracts.",
        "Our churn went from 8% to 3%.",
    ],
)
def test_a_number_that_sizes_a_change_is_a_measured_change(sentence: str) -> None:
    _, features = read_sentences(sentence)
    assert measured_change(features[0])


def test_a_result_the_rules_veto_without_a_reason_shows_no_empty_brackets() -> None:
    _, features = read_sentences(
        "Our team was small. I called the supplier. The meeting was on a Tuesday."
    )
    model = [Scored("situation", {}, ""), Scored("action", {}, ""), Scored("result", {}, "")]
    rules = [
        Scored("situation", {}, "past state"),
        Scored("action", {}, "'i' did something"),
        Scored("situation", {}, ""),
    ]
    settled = settle_results(features, model, rules)
    assert settled[2].label == "situation"
    assert settled[2].reason == "no outcome the rules confirm"
    assert "()" not in " ".join(r.reason for r in settled)


def test_an_achievement_told_first_as_a_summary_then_background_opens_on_the_outcome() -> None:
    _, features = read_sentences(
        "I got our allotment society's first grant through the council last year. "
        "The society had no money for tools and the shed roof leaked. "
        "I wrote the application and collected letters of support from members."
    )
    assert summary_first(features)
    assert opens_on_outcome(features)


def test_my_biggest_win_was_opens_on_the_outcome() -> None:
    _, features = read_sentences(
        "My biggest win was getting the museum's archive online for the first time. "
        "Researchers could only see the letters by visiting in person. "
        "I scanned the collection with two volunteers and catalogued every item."
    )
    assert summary_first(features)


@pytest.mark.parametrize(
    "answer",
    [
        # joining somewhere is the scene, not an achievement
        "I joined a small printing firm as its first designer in 2020. "
        "The owners did everything by hand. "
        "I set up templates for their most common jobs.",
        # a completion followed by what came next is the start of the story
        "We shipped the new booking page in March. "
        "A week later, customers started calling to say it double-charged them. "
        "I rolled it back and wrote tests for every payment path.",
        # a frame in the first sentence
        "When I was a shift lead, I fixed the rota for our warehouse. "
        "Nobody knew who was on call. "
        "I put the rota on the wall.",
    ],
)
def test_a_scene_told_first_is_no_summary_of_an_achievement(answer: str) -> None:
    _, features = read_sentences(answer)
    assert not summary_first(features)


@pytest.mark.parametrize(
    "answer",
    [
        "Our membership fell by a quarter over the summer. "
        "A new gym had opened in the next street. "
        "I was asked to win members back.",
        "Our printing costs doubled in a year. "
        "Every team had been printing its own reports in colour. "
        "I set up one shared printer with black and white as the default.",
        "Our app's users tripled after a television advert. "
        "The login server started crashing every evening. "
        "I moved the sessions to a cache.",
    ],
)
def test_a_change_that_sets_the_scene_told_first_is_no_result_first(answer: str) -> None:
    _, features = read_sentences(answer)
    assert scene_change(features)
    assert not result_first(features)
    assert not opens_on_outcome(features)


def test_a_deed_that_sums_up_the_outcome_told_first_is_a_result_not_a_plain_action() -> None:
    analysis = analyze_answer(
        "Tell me about a time you solved a problem under pressure.",
        "I rescued our village fete after the marquee company pulled out two days before. "
        "The fete had run every summer for forty years. "
        "The marquee company phoned to say their lorry had broken down. "
        "I borrowed three gazebos from the scout group and moved the stalls into the church hall.",
    )
    assert analysis.sentences[0].label == "result"
    assert analysis.present["result"]


def test_a_change_the_candidate_made_is_no_plain_action() -> None:
    _, features = read_sentences("We got our first-time fix rate up to 90 percent, from about 70.")
    assert not plain_action(features[0])
