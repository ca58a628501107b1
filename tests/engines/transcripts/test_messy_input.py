from __future__ import annotations

from roundtwo.engines.transcripts import pair_questions, parse_transcript

from .conftest import labelled, teams_vtt


def test_false_labels_inside_an_answer_stay_part_of_the_answer() -> None:
    data = labelled(
        "Marco: Why was the garnish section behind?",
        "Sofia: They were plating at 10:30 on a busy night.",
        "Note: this was only one service.",
        "e.g.: the microgreens were picked during service.",
        "Our menu is at https://example.org/menu.",
        "Example: steak sat for a minute.",
        "Marco: Okay, thanks.",
        "Sofia: You're welcome.",
    )
    turns = parse_transcript(data, "chef.txt").turns
    assert [t.speaker for t in turns] == ["Marco", "Sofia", "Marco", "Sofia"]
    assert "Note: this was only one service." in turns[1].text
    assert "https://example.org/menu" in turns[1].text
    assert "at 10:30 on" in turns[1].text


def test_a_two_word_name_counts_as_a_label_even_when_it_appears_once() -> None:
    data = labelled(
        "Jane Doe: Tell me about yourself.",
        "Sam Lee: I'm a nurse.",
        "Jane Doe: Thanks.",
        "Ruth Okafor: Can I add one question about rotas?",
    )
    speakers = {t.speaker for t in parse_transcript(data, "t.txt").turns}
    assert speakers == {"Jane Doe", "Sam Lee", "Ruth Okafor"}


def test_inline_timestamps_are_removed_from_the_words() -> None:
    data = labelled(
        "[00:00:01] Ann Lee: So what did you say?",
        "[00:00:04] Bo Chen: So I said 00:12:01 that we [00:12:03] should stop.",
    )
    assert parse_transcript(data, "t.txt").turns[1].text == "So I said that we should stop."


def test_html_like_tags_and_entities_in_cues_are_stripped() -> None:
    data = teams_vtt(
        ("00:00:01.000", "00:00:02.000", "Ann Lee", "<i>Why</i> did you &amp; the team choose Go?"),
        ("00:00:02.000", "00:00:05.000", "Bo Chen", "<c.colorE5E5E5>Speed</c> &lt;and&gt; hiring."),
    )
    turns = parse_transcript(data, "t.vtt").turns
    assert [t.text for t in turns] == ["Why did you & the team choose Go?", "Speed <and> hiring."]


def test_unknown_and_numbered_speakers_are_kept_as_speakers() -> None:
    data = labelled(
        "Speaker 1: Can you tell me about a mistake you made?",
        "Speaker 2: I ordered the wrong part once and caught it on delivery.",
        "Unknown speaker: How did you catch it?",
        "Speaker 2: The coil voltage on the label did not match the drawing.",
    )
    transcript = parse_transcript(data, "t.txt")
    assert {t.speaker for t in transcript.turns} == {"Speaker 1", "Speaker 2", "Unknown speaker"}
    pairs = pair_questions(transcript, "speaker 2")
    assert [p.asked_by for p in pairs] == ["Speaker 1", "Unknown speaker"]


def test_the_same_person_spelled_differently_is_one_speaker() -> None:
    data = labelled(
        "JANE DOE: Tell me about your team.",
        "Sam Lee: Six engineers, all remote.",
        "Jane Doe: How do you run stand-ups?",
        "Sam Lee (Guest): Async, in a shared channel.",
    )
    turns = parse_transcript(data, "t.txt").turns
    assert [t.speaker for t in turns] == ["Jane Doe", "Sam Lee", "Jane Doe", "Sam Lee"]


def test_overlapping_cues_keep_the_interrupted_answer_whole() -> None:
    data = teams_vtt(
        ("00:00:01.000", "00:00:04.000", "Ann Lee", "Tell me about a time you missed a deadline."),
        ("00:00:04.500", "00:00:10.000", "Bo Chen", "We shipped the audit report two days late"),
        ("00:00:08.000", "00:00:08.600", "Ann Lee", "Mm-hmm."),
        ("00:00:09.500", "00:00:14.000", "Bo Chen", "because the data export failed twice."),
        ("00:00:13.000", "00:00:13.400", "Ann Lee", "Right."),
        ("00:00:14.000", "00:00:18.000", "Bo Chen", "Now we run the export a week early."),
        ("00:00:18.500", "00:00:21.000", "Ann Lee", "What would you do differently?"),
        ("00:00:21.500", "00:00:25.000", "Bo Chen", "Flag the risk to the client on day one."),
    )
    pairs = pair_questions(parse_transcript(data, "t.vtt"), "Bo Chen")
    assert len(pairs) == 2
    assert pairs[0].answer == (
        "We shipped the audit report two days late because the data export failed twice. "
        "Now we run the export a week early."
    )
    assert (pairs[0].start, pairs[0].end) == (1.0, 18.0)
    assert pairs[1].follow_up_of == 0


def test_a_candidate_answering_in_many_short_turns_between_back_channels_is_one_answer() -> None:
    lines = ["Ann Lee: Walk me through how you handled the outage."]
    pieces = ["So the pager went off", "at two in the morning", "and the database was full"]
    pieces += [
        "I cleared the old logs",
        "and added an alert at eighty percent",
        "it has not recurred",
    ]
    for piece, nod in zip(
        pieces, ["Mm-hmm.", "Okay.", "Right.", "Yeah.", "Uh-huh.", "Got it."], strict=True
    ):
        lines += [f"Bo Chen: {piece}", f"Ann Lee: {nod}"]
    lines += [
        "Ann Lee: Okay, let's move on. Why do you want this role?",
        "Bo Chen: I like on-call work, honestly.",
    ]
    pairs = pair_questions(parse_transcript(labelled(*lines), "t.txt"), "Bo Chen")
    assert [p.question for p in pairs] == [
        "Walk me through how you handled the outage.",
        "Why do you want this role?",
    ]
    assert pairs[0].answer == " ".join(pieces)


def test_utf8_with_a_bom_utf16_and_windows_1252_files_are_all_decoded() -> None:
    text = (
        "Zoë Müller: Can you walk me through the café project?\n"
        "José Núñez: Sure, it was a rebrand.\n"
    )
    for data in (
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.encode("utf-16"),
        text.encode("utf-16-le"),
        text.encode("cp1252"),
    ):
        turns = parse_transcript(data, "t.txt").turns
        assert [t.speaker for t in turns] == ["Zoë Müller", "José Núñez"]
