"""Import an interview transcript and pair the interviewers' questions with the candidate's answers.

`parse_transcript(data, filename)` reads WebVTT (Teams voice tags, Zoom/Meet "Name: text"),
SubRip, plain text ("Name: text", "[00:01:02] Name: text", "Name  0:03" headers) and Teams
.docx files, choosing the reader by content with the file name as a tie-break, and returns a
`Transcript` of `Turn`s: consecutive cues by one speaker merged, names settled to one spelling,
markup and inline timestamps removed. It raises `TranscriptError`, whose message is a sentence
for the user, for an empty, oversized (> `MAX_BYTES`), binary or unknown file, and when fewer
than two named speakers are found. `list_speakers` summarises who spoke, most words first, so
the user can say which one they are. `pair_questions(transcript, candidate)` treats everyone
else as an interviewer: a question is the interviewer run since the candidate last spoke, from
the first sentence that really asks (a question mark, or an opener such as "tell me", "walk me
through", "how would you"); preamble like "Great, thanks." is left out of the question and kept
in `remarks` (it often holds a hint: "We're looking for someone who..."). The asker is whoever
asked last in that run. The answer is every candidate turn until the next real question;
interviewer back-channels ("Mm-hmm.", "Right.") and short interjections do not end it, and a
candidate's clarifying question folds the interviewer's reply into the question. Greetings,
audio and screen checks, wrap-up ("any questions for us?") and everything the candidate asks
after it are left out, as are answers under four words. A question that probes the previous
answer ("How did you measure that?", a short "And why...?", or reusing its content words)
and does not announce a new topic ("Tell me about a time...", "Let's move on") gets
`follow_up_of`, the index of the root pair of that thread, so follow-ups of follow-ups all point
at the first question. `closing_questions(transcript, candidate)` keeps that closing part
apart: the questions the candidate asked after the wrap-up, each with the interviewers' answer
(closing.py). Times run from the question's first turn to the answer's last (None when
the file has no times).
"""

from __future__ import annotations

from .closing import AskedQuestion, closing_questions
from .errors import TranscriptError
from .model import MAX_BYTES, QAPair, SpeakerSummary, Transcript, Turn
from .pairing import pair_questions
from .parse import list_speakers, parse_transcript

__all__ = [
    "MAX_BYTES",
    "AskedQuestion",
    "QAPair",
    "SpeakerSummary",
    "Transcript",
    "TranscriptError",
    "Turn",
    "closing_questions",
    "list_speakers",
    "pair_questions",
    "parse_transcript",
]
