from __future__ import annotations

from roundtwo.engines.transcripts import Turn, parse_transcript

from .conftest import labelled, make_docx, teams_vtt


def test_a_teams_vtt_with_voice_tags_yields_one_speaker_per_voice() -> None:
    data = teams_vtt(
        ("00:00:01.000", "00:00:04.000", "Jane Doe", "Tell me about your last project."),
        ("00:00:04.500", "00:00:09.000", "Sam Lee", "I rebuilt our billing service."),
        ("00:00:09.000", "00:00:12.000", "Sam Lee", "It took three months."),
    )
    transcript = parse_transcript(data, "meeting.vtt")
    assert transcript.format == "vtt"
    assert transcript.turns == (
        Turn("Jane Doe", "Tell me about your last project.", 1.0, 4.0),
        Turn("Sam Lee", "I rebuilt our billing service. It took three months.", 4.5, 12.0),
    )


def test_a_teams_cue_with_two_voices_is_split_between_them() -> None:
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Jane Doe>Why?</v>\n"
        b"<v Sam Lee>Because the old one kept failing.</v>\n"
    )
    turns = parse_transcript(data, "x.vtt").turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("Jane Doe", "Why?"),
        ("Sam Lee", "Because the old one kept failing."),
    ]


def test_a_zoom_vtt_reads_names_from_the_cue_text_and_continues_unnamed_cues() -> None:
    data = b"""WEBVTT

1
00:00:01.020 --> 00:00:03.500
Priya Natarajan: Tell me about a campaign that failed.

2
00:00:03.900 --> 00:00:06.100
Leo Martins: Our referral launch got no sign-ups.

3
00:00:06.200 --> 00:00:08.000
So I rebuilt the landing page.

4
00:00:08.100 --> 00:00:09.000
Priya Natarajan: What happened then?
"""
    turns = parse_transcript(data, "zoom.vtt").turns
    assert [t.speaker for t in turns] == ["Priya Natarajan", "Leo Martins", "Priya Natarajan"]
    assert turns[1].text == "Our referral launch got no sign-ups. So I rebuilt the landing page."
    assert (turns[1].start, turns[1].end) == (3.9, 8.0)


def test_a_vtt_without_its_header_is_still_read_as_webvtt() -> None:
    data = (
        b"00:01.000 --> 00:03.000\nAnn Lee: Hello there.\n\n00:03.500 --> 00:05.000\nBo Chen: Hi!\n"
    )
    transcript = parse_transcript(data, "captions.txt")
    assert transcript.format == "vtt"
    assert [t.speaker for t in transcript.turns] == ["Ann Lee", "Bo Chen"]


def test_an_srt_with_name_labels_and_a_name_alone_in_capitals_is_read() -> None:
    data = b"""1
00:00:01,000 --> 00:00:03,000
Helen Price: Why do you want to teach here?

2
00:00:03,500 --> 00:00:07,000
Jess Whitfield: I trained in a school like this one.

3
00:00:07,500 --> 00:00:09,000
HELEN PRICE:
<i>Great.</i> And what about behaviour?

4
00:00:09,500 --> 00:00:12,000
- Jess Whitfield: Clear routines.
- Helen Price: Thanks.
"""
    transcript = parse_transcript(data, "teacher.srt")
    assert transcript.format == "srt"
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Helen Price", "Why do you want to teach here?"),
        ("Jess Whitfield", "I trained in a school like this one."),
        ("Helen Price", "Great. And what about behaviour?"),
        ("Jess Whitfield", "Clear routines."),
        ("Helen Price", "Thanks."),
    ]
    assert transcript.turns[0].start == 1.0


def test_plain_text_with_name_colon_lines_keeps_continuation_lines_with_the_speaker() -> None:
    data = labelled(
        "Marco: Tell me about a time you trained someone.",
        "Sofia: We hired an apprentice.",
        "He was fast but messy.",
        "Marco: And then?",
        "Sofia: He runs the veg section now.",
    )
    transcript = parse_transcript(data, "notes.txt")
    assert transcript.format == "text"
    assert transcript.turns[1] == Turn(
        "Sofia", "We hired an apprentice. He was fast but messy.", None, None
    )
    assert len(transcript.turns) == 4


def test_otter_style_name_and_time_headers_start_each_turn() -> None:
    data = b"""Nadia Rahman  0:04
Tell me about an analysis that changed a decision.

Chris Olsen  0:09
I looked at churn by discount size.
The biggest discounts churned fastest.

Nadia Rahman  1:02:03
Interesting.
"""
    turns = parse_transcript(data, "otter.txt").turns
    assert [(t.speaker, t.start) for t in turns] == [
        ("Nadia Rahman", 4.0),
        ("Chris Olsen", 9.0),
        ("Nadia Rahman", 3723.0),
    ]
    assert (
        turns[1].text
        == "I looked at churn by discount size. The biggest discounts churned fastest."
    )
    assert turns[0].end == 9.0  # a turn ends where the next one starts when only starts are given


def test_bracketed_parenthesised_and_bare_leading_timestamps_are_read_as_start_times() -> None:
    for line_a, line_b in [
        ("[00:00:03] Hannah Cole: Hello.", "[00:00:07] Ewa Nowak: Hi."),
        ("(00:00:03) Hannah Cole: Hello.", "(00:00:07) Ewa Nowak: Hi."),
        ("00:00:03 Hannah Cole: Hello.", "00:00:07 Ewa Nowak: Hi."),
        ("Hannah Cole (00:00:03): Hello.", "Ewa Nowak (00:00:07): Hi."),
    ]:
        turns = parse_transcript(f"{line_a}\n{line_b}\n".encode(), "t.txt").turns
        assert [(t.speaker, t.text, t.start) for t in turns] == [
            ("Hannah Cole", "Hello.", 3.0),
            ("Ewa Nowak", "Hi.", 7.0),
        ], line_a


def test_a_teams_docx_with_name_and_time_paragraphs_is_read() -> None:
    data = make_docx(
        [
            "Second interview",
            "4 March 2026, 14:00",
            "Ines Duarte started transcription",
            "Ines Duarte   0:03",
            "Could you walk us through your case study?",
            "Kai Nakamura   0:09",
            "Sure. The clinic wanted fewer phone bookings.",
            "We flipped the flow.",
            "Ines Duarte stopped transcription",
        ]
    )
    transcript = parse_transcript(data, "Interview.docx")
    assert transcript.format == "docx"
    assert [(t.speaker, t.text, t.start) for t in transcript.turns] == [
        ("Ines Duarte", "Could you walk us through your case study?", 3.0),
        ("Kai Nakamura", "Sure. The clinic wanted fewer phone bookings. We flipped the flow.", 9.0),
    ]


def test_an_older_teams_docx_with_arrow_times_and_last_first_names_is_read() -> None:
    data = make_docx(
        [
            "0:0:0.0 --> 0:0:4.510\nWojcik, Anna\nWhat's your experience with scanners?",
            "0:0:5.120 --> 0:0:9.300",
            "Ali, Mohammed",
            "I trained the pickers on them.",
        ]
    )
    turns = parse_transcript(data, "old.docx").turns
    assert [(t.speaker, t.text, t.start, t.end) for t in turns] == [
        ("Wojcik, Anna", "What's your experience with scanners?", 0.0, 4.51),
        ("Ali, Mohammed", "I trained the pickers on them.", 5.12, 9.3),
    ]


def test_the_format_comes_from_the_content_not_the_file_name() -> None:
    vtt = teams_vtt(
        ("00:00:01.000", "00:00:02.000", "A Person", "Hello?"),
        ("00:00:02.000", "00:00:03.000", "B Person", "Hi."),
    )
    assert parse_transcript(vtt, "transcript.txt").format == "vtt"
    assert parse_transcript(b"Ann: Hi.\nBob: Hello.\n", "oddly-named.vtt").format == "text"
