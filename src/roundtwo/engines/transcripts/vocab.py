"""Word lists the rules share; kept together so they are easy to review and extend."""

from __future__ import annotations


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(word for chunk in chunks for word in chunk.split())


# Words that head a note, a heading or a list item far more often than they name a person.
NOT_NAMES = _words(
    "note notes nb ps p.s example examples e.g eg i.e ie tip tips step steps update edit edited",
    "summary warning caution important reminder todo fyi re subject from to cc bcc date time",
    "location agenda action actions result results outcome outcomes situation task source sources",
    "link url http https www ref reference transcript meeting title duration attendees recording",
    "day week phase option options pros cons goal goals problem solution context background",
    "next key main final bottom takeaway takeaways lesson lessons question questions answer",
    "answers",
    "q&a follow-up followup monday tuesday wednesday thursday friday saturday sunday january",
    "february march april may june july august september october november december total",
    "pro con why what how when where who which because so but and or then also however",
)

# What a listener says to keep the speaker going: "Mm-hmm", "Right, okay", "Got it".
BACKCHANNEL_WORDS = _words(
    "mm mmm mhm mm-hmm mhmm hmm uh-huh uh huh um ah oh ooh yeah yes yep yup right okay ok sure",
    "great cool nice wow interesting i see got it gotcha makes sense that that's exactly",
    "absolutely definitely totally true of course perfect good fair enough ha haha ouch no dear",
    "lovely brilliant fine alright all sounds indeed thanks thank you smart go on and then so",
    "really wonderful excellent super amazing awesome understood noted sorry please continue",
)

# Too common to show that a question reuses the answer's content.
STOP_WORDS = _words(
    "the a an and or but so if then than that this those these there their they them it its",
    "i me my we our you your he she his her him what when where which who why how was were is are",
    "be been being have has had do does did done would could should can will just about with from",
    "into onto for of to in on at by as not no yes very really quite also some any all more most",
    "much many one two like think know said say get got going make made thing things time tell",
    "way well kind sort bit lot okay right yeah actually there's it's that's i'd i'm we'd you'd",
)
