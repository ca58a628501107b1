"""The sentences a thank-you draft is made of, written for this project.

Each slot has several phrasings; a draft takes `slot[(variant + shift) % len(slot)]`, so one
interviewer always gets the same wording and `draft_all` can give each member of a panel a
different set (the main slots have four phrasings, enough for a panel of four). Warm drafts
use contractions ("I would" -> "I'd"); formal ones do not.

Every kind line speaks from the candidate's side ("I am drawn to where X is heading") rather
than reporting what the interviewer said, so no template puts words in anyone's mouth.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .model import Tone

SHIFT: Final = {"thanks": 0, "topic": 1, "specific": 2, "kind": 0, "tie": 1, "interest": 3}

SUBJECT: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "Thank you: second interview for {role}",
        "Second interview for {role} at {company}: thank you",
        "Thank you for the second interview ({role})",
        "With thanks: {role} at {company}",
    ),
    "warm": (
        "Thank you, {first}: {role} second interview",
        "Thanks for the second conversation about {role_phrase}",
        "Great to talk again, {first}",
        "Thank you for the second round, {first}",
    ),
}

GREETING: Final[dict[Tone, str]] = {"formal": "Dear {name},", "warm": "Hi {name},"}

THANKS: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "Thank you for meeting me again for the second interview for {role_phrase} at {company}.",
        "Thank you for the time you gave me in our second conversation about {role_phrase}.",
        "I am grateful for our second conversation and for the time you took to meet me again.",
        "Thank you for seeing me again in the second round for {role_phrase} at {company}.",
    ),
    "warm": (
        "Thanks so much for making time for a second conversation about {role_phrase}.",
        "Thank you for meeting me again in the second round; I really enjoyed it.",
        "It was great to talk with you again in the second round, and thank you for your time.",
        "Thank you for a second conversation; it was a pleasure to meet again.",
    ),
}

# The topic comes last: the user's words may hold a comma or a clause of their own.
TOPIC: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "I particularly valued our discussion of {topic}.",
        "I found it especially useful to talk about {topic}.",
        "I have been reflecting on what we discussed about {topic}.",
        "I appreciated the chance to talk through {topic}.",
    ),
    "warm": (
        "I really enjoyed getting into {topic}.",
        "A highlight for me was our chat about {topic}.",
        "Since we spoke, I have kept thinking about {topic}.",
        "The part I enjoyed most was our discussion of {topic}.",
    ),
}

NEEDS_TOPIC: Final = "[Add one thing you discussed with {name}.]"

# After a colon, so a remark reads the same whether it is a clause or a phrase.
SPECIFIC: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "One point of yours has stayed with me: {specific}.",
        "I took particular note of something you said: {specific}.",
        "I have kept thinking about one thing you mentioned: {specific}.",
    ),
    "warm": (
        "Something you said has stuck with me: {specific}.",
        "I keep coming back to what you said: {specific}.",
        "One thing you mentioned has stayed with me: {specific}.",
    ),
}

# What each kind of interviewer cares about, from the candidate's side. Every line of a kind
# carries its keyword (direction/strategy, work, team, department, references, perspective).
KIND: Final[dict[str, tuple[str, ...]]] = {
    "executive": (
        "I am drawn to the direction {company} is taking, and I would welcome the chance to "
        "help deliver it.",
        "Beyond the day-to-day work, it is the longer-term strategy at {company} that makes "
        "this role compelling to me.",
        "The direction {company} is heading in is a large part of why I want this role, and I "
        "would be glad to help shape the strategy behind it.",
    ),
    "department_head": (
        "I would be keen to help the team's work connect with the rest of the department, "
        "beyond my own remit.",
        "I value working across teams, and I would look forward to doing that across your "
        "department.",
        "I would welcome the chance to help the department's teams pull in the same direction.",
    ),
    "hiring_manager": (
        "I would relish taking on what the role needs in its first months, and delivering for "
        "you and the team.",
        "I would welcome the chance to show you what I can deliver for the team in the first "
        "months.",
        "It is the kind of challenge I would like to take on as part of your team.",
    ),
    "peer": (
        "It is exactly the kind of hands-on work I want to be doing day to day.",
        "I would enjoy working through problems like this alongside you and the team.",
        "I came away keen to get stuck into the work itself with you.",
    ),
    "hr": (
        "Please let me know if you need anything further from me for the next stage, such as "
        "references or my availability.",
        "I am happy to provide anything that would help the process, such as references or "
        "dates for the next step.",
        "If it helps the process, I can send references or my availability whenever you need them.",
    ),
    "other": (
        "Your perspective gave me a fuller picture of {company} and of the role.",
        "I appreciated hearing your perspective on how the team works.",
        "Hearing your perspective added a great deal to my picture of the role.",
    ),
}

# {anchor} starts the sentence ("Our discussion of X", 'Your question "..."', "That point");
# {clause} is the story's result as a clause ("I cut failed payments by 40%"): a story's title
# is the user's label for it, not prose.
TIE_STORY: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "{anchor} brought to mind my own experience: {clause}.",
        "{anchor} connects with something I have done before: {clause}.",
        "{anchor} made me think of a time when {clause}.",
    ),
    "warm": (
        "{anchor} reminded me of when {clause}.",
        "{anchor} made me think of a time when {clause}.",
        "{anchor} took me straight back to when {clause}.",
    ),
}
TIE_STRENGTH: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "{anchor} plays to one of my strengths: {strength}.",
        "{anchor} is close to what I do best: {strength}.",
        "{anchor} sits squarely within one of my strengths: {strength}.",
    ),
    "warm": (
        "{anchor} plays right to one of my strengths: {strength}.",
        "{anchor} is close to what I do best: {strength}.",
        "{anchor} is right up my street: {strength} is one of my strengths.",
    ),
}
ANCHOR_TOPIC: Final[dict[Tone, str]] = {
    "formal": "Our discussion of {topic}",
    "warm": "Our talk about {topic}",
}
ANCHOR_QUESTION: Final = "Your question “{question}”"
ANCHOR_SPECIFIC: Final = "That point"

NEXT_STEPS: Final[dict[str, tuple[str, ...]]] = {
    "hr": (
        "Thank you as well for setting out the next steps: {next}.",
        "Thank you for explaining what happens next: {next}.",
    ),
    "other": (
        "I look forward to the next step you mentioned: {next}.",
        "I have noted the next step you mentioned: {next}.",
    ),
}

RAPPORT: Final[dict[str, str]] = {
    "clause": "It was good to find out that {rapport}.",
    "phrase": "I also enjoyed our chat about {rapport}.",
}

INTEREST: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": (
        "I remain very interested in {role_phrase} at {company} and would welcome the chance "
        "to contribute.",
        "Our conversation has confirmed my interest in {role_phrase} at {company}.",
        "I am very keen to join {company} in {role_phrase}, and I look forward to hearing from "
        "you.",
        "I would be glad to bring my experience to {role_phrase} at {company}.",
    ),
    "warm": (
        "I am really excited about {role_phrase} at {company} and would love to be part of "
        "the team.",
        "I would love to join {company} in {role_phrase}.",
        "I am keener than ever on {role_phrase} at {company}.",
        "The conversation made me even more excited about {role_phrase} at {company}.",
    ),
}

SIGN_OFF: Final[dict[Tone, tuple[str, ...]]] = {
    "formal": ("Kind regards,", "With best regards,", "Yours sincerely,", "Best regards,"),
    "warm": ("Best wishes,", "All the best,", "Thanks again,", "Warm regards,"),
}

_CONTRACTIONS: Final = (
    ("I would ", "I'd "),
    ("I am ", "I'm "),
    ("I have been ", "I've been "),
    ("I have kept ", "I've kept "),
    ("It is ", "It's "),
)


def pick(options: Sequence[str], variant: int, slot: str) -> str:
    return options[(variant + SHIFT.get(slot, 0)) % len(options)]


def voiced(template: str, tone: Tone) -> str:
    """The template in the draft's tone: warm drafts contract "I would" and the like."""
    if tone == "warm":
        for full, short in _CONTRACTIONS:
            template = template.replace(full, short)
    return template
