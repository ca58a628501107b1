"""Signals a sentence takes from the answer around it, for the sentence-role model (roles.py).

A sentence's words alone often cannot say whether it is part of the story: "This is not a
reflection of your performance." is what the candidate said inside a quotation (an action),
"People can move on when they understand why." closes a told story (its lesson), and the same
kind of present-tense claim before any story is a generic opening ("I think communication is
really important in any team"). These signals say where the sentence stands: inside quoted
speech, before or after the events the answer tells, in an answer that tells none, and whether
it is a general claim, talk about the answer itself, or a setback told in the past; and whether
the answer opens on an outcome and then steps back to what came before it ("We cut the backlog
from 900 to 40. The team had fallen behind after two people left."), the usual shape of a result
told first, against a change that sets the scene ("We grew from 25 to 80 engineers. Reviews
started to pile up.").
"""

from __future__ import annotations

import re

from .features import Features

# names and the words the UI shows beside a label
CONTEXT: dict[str, str] = {
    "in_quote": "quoted speech",
    "story_before": "after events already told",
    "story_after": "before the events told",
    "inside_story": "between events told",
    "no_story": "the answer tells no events",
    "general_claim": "a general claim",
    "meta": "talk about the answer itself",
    "setback": "a setback",
    "result_first": "an outcome told first, then what came before it",
    "made_change_first": "a change the candidate made, told first",
    "summary_first": "an achievement told first as a summary, then its background",
    "after_result_first": "near the end of an answer that told its outcome first",
}
_OPENING = '"“'
_CLOSING = '"”'
_META = re.compile(
    r"^\W*(?:(?:that'?s|that is|what) an? (?:great|good|interesting|tough) (?:question|one)|"
    r"(?:great|good) (?:question|one)|let me (?:think|see)|to be honest|honestly|"
    r"i don'?t (?:really )?have an? (?:specific |particular |real )?example|"
    r"i (?:honestly )?haven'?t (?:really )?had|so,? (?:a|an|the) [\w ]{0,30}\.$|"
    r"so that'?s (?:generally |basically )?(?:how|what|my)|hope that answers|does that answer)",
    re.IGNORECASE,
)
# main verbs of a setback; "drop", "go" and "leave" are left out, as results use them too
# ("failures dropped", "it went live", "she left on good terms")
_SETBACK = frozenset(
    {
        "break",
        "fail",
        "crash",
        "burn",
        "leak",
        "quit",
        "resign",
        "complain",
        "refuse",
        "slip",
        "cancel",
        "collapse",
        "push",
        "object",
        "reject",
        "escalate",
        "delay",
    }
)
_SETBACK_WORDS = re.compile(
    r"\b(?:broke|broken|failed|failing|crashed|crashing|leaking|burnt|burned|went down|"
    r"went wrong|went off|leaked|quit|resigned|walked out|complained|refused|slipped|"
    r"cancel+ed|collapsed|"
    r"stopped working|pushed back|objected|rejected|dropped out|escalated|delayed|late|"
    r"outage|down for)\b",
    re.IGNORECASE,
)


# the sentence after an opening outcome goes back to before it: a time before the change ("When I
# joined", "At the time", "Before that") or a past perfect ("the queue had been growing")
_STEPS_BACK = re.compile(
    r"^\W*(?:(?:so|and|well),? )?(?:when (?:i|we) (?:first )?(?:took|joined|started|arrived|"
    r"inherited|came|moved)|before (?:that|then|this|i|we)|at the time|back then|until then|"
    r"previously|originally|it (?:all )?(?:started|began)|th(?:at|is) (?:all )?(?:came|started|"
    r"began))\b",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(
    r"\b(?:had|'d)(?: not| never| already| long)? (?!(?:often|even|ten|seven|eleven)\b)"
    r"(?:been|\w+ed|\w+en)\b"
)
_LATE = 0.6  # the last two fifths of an answer, where a result told last would stand


def _told(f: Features) -> bool:
    """An event told in the past: the backbone of a story."""
    return bool(f.past or f.any_past) and not f.modal and f.irrealis != "hypothetical"


def _quote_states(features: list[Features]) -> list[bool]:
    """Per sentence: it opens inside a quotation, or holds a quotation mark."""
    inside, out = False, []
    for f in features:
        starts_inside = inside
        marks = [ch for ch in f.text if ch in _OPENING or ch in _CLOSING]
        for ch in marks:
            # a straight quote opens or closes; a curly one says which it is
            inside = not inside if ch == '"' else ch in _OPENING
        out.append(starts_inside or bool(marks))
    return out


def general_claim(f: Features) -> bool:
    """A present-tense or modal claim with no event in it ("in any team you need ...")."""
    if f.past or f.any_past or f.now_state:
        return False
    return (f.present or f.modal) and (
        f.subject in {"generic", "none"} or f.habitual or f.opinion or f.modal
    )


def setback(f: Features) -> bool:
    """Something going wrong, told in the past by someone or something other than the
    candidate ("the mixer motor burnt out", "two engineers quit")."""
    if not (f.past or f.any_past) or f.subject in {"i", "we"}:
        return False
    return bool(_SETBACK_WORDS.search(f.text)) or any(v in _SETBACK for v in f.main_verbs[:1])


def steps_back(f: Features) -> bool:
    """The sentence goes back to a time before the one just told ("When I joined, ...", "The
    queue had been growing for a year")."""
    return bool(_STEPS_BACK.search(f.text) or _PAST_PERFECT.search(f.text.lower()))


def outcome_told(f: Features) -> bool:
    """A change or a completion told in the past as the sentence's main news, not as a frame
    ("In 2022 ...", "there was ...") nor as an earlier state ("had grown")."""
    if not (f.past or f.any_past) or f.modal or f.irrealis:
        return False
    if f.progressive_or_perfect or f.existential or f.setting:
        return False
    # a change verb beside a number is not enough here ("I worked with a 68-year-old patient")
    return bool(
        f.strong_change
        or f.made_change
        or f.achievement
        or f.completion
        or f.response
        or f.change_of_state
        or f.outcome_passive
    )


def result_first(features: list[Features]) -> bool:
    """The answer opens on an outcome and its next sentence steps back to before it, unless the
    opening is a change that set the scene (scene_change)."""
    return (
        len(features) > 2
        and outcome_told(features[0])
        and steps_back(features[1])
        and not scene_change(features)
    )


# a measure that is good when it grows, or one that is good when it shrinks: a change the wrong
# way, told first, is the problem the story answers ("Our sales dropped by 30 percent"), not its
# outcome
_GOOD_MEASURES = frozenset(
    {"sale", "sales", "revenue", "profit", "income", "footfall", "booking", "order", "customer"}
    | {"traffic", "attendance", "satisfaction", "score", "rating", "retention", "margin"}
    | {"morale", "signup", "membership", "visitor", "user", "budget", "funding", "team", "staff"}
    | {"headcount", "share", "donation", "enrolment", "enrollment", "engagement", "uptime"}
)
_BAD_MEASURES = frozenset(
    {"cost", "bill", "complaint", "error", "churn", "turnover", "absence", "defect", "backlog"}
    | {"delay", "incident", "wait", "waste", "overtime", "spend", "queue", "latency", "downtime"}
    | {"outage", "injury", "accident", "debt", "fall", "mistake", "bug", "sickness", "price"}
)
_DOWN = frozenset({"drop", "fall", "decline", "decrease", "shrink", "slump", "plummet", "dip"})
_UP = frozenset({"rise", "grow", "increase", "jump", "climb", "double", "triple", "soar", "spike"})


def worsened(f: Features) -> bool:
    """Something other than the candidate changed the wrong way ("Our sales dropped", "Our energy
    bills doubled", "The team shrank from ten to six")."""
    if f.subject in {"i", "we"} or not f.main_verbs:
        return False
    verb, noun = f.main_verbs[0], f.subject_lemma
    return (verb in _DOWN and noun in _GOOD_MEASURES) or (verb in _UP and noun in _BAD_MEASURES)


def scene_change(features: list[Features]) -> bool:
    """The answer opens on a change that set the scene: a change the wrong way, or one followed
    by something going wrong ("Our user base tripled. The nightly reports started failing.")."""
    if len(features) < 2 or features[0].made_change:
        return False
    return worsened(features[0]) or (setback(features[1]) and not steps_back(features[1]))


# the opening is a summary of what the candidate achieved: "I got the cafe off the ground", "My
# biggest win was halving our time to hire"; not a frame ("When I joined", "At the time", "there
# was", "as a nurse") nor joining, working or being somewhere
_ACHIEVEMENT_NOUN = re.compile(
    r"^\W*(?:\w+,? ){0,2}(?:(?:my|our) (?:\w+ )?(?:win|achievement|accomplishment|success|"
    r"highlight)s? (?:was|were)|the \w+ (?:i'm|i am|i was|we're|we were) (?:most )?proud(?:est)? "
    r"of)\b",
    re.IGNORECASE,
)
_SCENE_WORDS = re.compile(
    r"\b(?:when (?:i|we)|at the time|back then|there (?:was|were)|as (?:a|an|the|our|my)|"
    r"(?:i|we) (?:joined|started|worked|was|were|had)\b|in my (?:last|previous|first|old|"
    r"current)|used to)\b",
    re.IGNORECASE,
)
_SUMMARY_VERBS = frozenset(
    {"get", "bring", "turn", "win", "finish", "complete", "deliver", "save", "launch", "land"}
    | {"secure", "find", "solve", "fix", "resolve", "pass", "clear", "hit", "beat", "achieve"}
    | {"halve", "double", "cut", "reduce", "rescue", "recover", "close", "sign", "keep", "build"}
    | {"stop", "prevent"}
)


def summary_told(f: Features) -> bool:
    """An achievement told as a summary: the candidate (or "my biggest win") in the past, with a
    predicate of achieving, completing or changing something, and no scene-setting words."""
    if not f.past or f.modal or f.irrealis or f.setting or f.task_cue:
        return False
    if _SCENE_WORDS.search(f.text):
        return False
    if _ACHIEVEMENT_NOUN.search(f.text):
        return True  # "My biggest win was halving ...": "was halving" is no progressive here
    if f.progressive_or_perfect or f.existential:
        return False
    if f.subject not in {"i", "we"} or f.role_statement or f.stative_main:
        return False
    achieved = f.achievement or f.completion or f.made_change or f.change_of_state
    return achieved or (bool(f.main_verbs) and f.main_verbs[0] in _SUMMARY_VERBS)


# a sentence that moves on in time tells what came next, not the background ("We shipped the
# dashboard after six months of work. In launch week the usage data was flat.")
_LATER = re.compile(
    r"^\W*(?:(?:and|so|but),? )?(?:then|after(?:wards| that| this| the)?|later|next|the next|"
    r"the following|in (?:the )?(?:launch|first|following|next|same)|within|by the end|"
    r"(?:a|one|two|three|a few) \w+ later|once)\b",
    re.IGNORECASE,
)


def background(f: Features) -> bool:
    """A sentence of background rather than the candidate's next step or what came next: a
    state, someone or something else, the candidate's role, or a step back in time."""
    if steps_back(f):
        return True
    if _LATER.search(f.text):
        return False
    if f.existential or f.role_statement or f.stative_main:
        return True
    return f.subject not in {"i", "we"} and not f.task_cue


def summary_first(features: list[Features]) -> bool:
    """The answer opens on a summary of what the candidate achieved and goes on with how it came
    about ("I got our kitchen through its first inspection with no findings. The restaurant was
    new and nobody wrote down any cleaning routines.")."""
    return len(features) > 2 and summary_told(features[0]) and background(features[1])


def made_change_first(features: list[Features]) -> bool:
    """The answer opens on a change the candidate made ("We cut the backlog from 900 to 40"),
    not one that happened to them ("We grew from 25 to 80 engineers")."""
    return len(features) > 2 and outcome_told(features[0]) and features[0].made_change


def marked_first(features: list[Features]) -> bool:
    """The answer opens on an outcome marker and a past event ("Long story short, our deploys
    went from two hours to eight minutes", "In the end we kept the client")."""
    f = features[0] if len(features) > 2 else None
    return f is not None and f.result_opener and bool(f.past or f.any_past) and not f.irrealis


def opens_on_outcome(features: list[Features]) -> bool:
    """The answer tells its outcome first: then a sentence's place says nothing of its role."""
    return (
        result_first(features)
        or made_change_first(features)
        or marked_first(features)
        or summary_first(features)
    )


def context_rows(features: list[Features]) -> list[list[float]]:
    """One row of CONTEXT signals per sentence, in CONTEXT's order."""
    told = [_told(f) for f in features]
    steps = result_first(features)
    made = made_change_first(features)
    summary = summary_first(features)
    outcome_first = opens_on_outcome(features)
    n = len(features)
    quotes = _quote_states(features)
    any_told = any(told)
    first = told.index(True) if any_told else len(told)
    last = len(told) - 1 - told[::-1].index(True) if any_told else -1
    rows = []
    for i, f in enumerate(features):
        before, after = first < i, last > i
        rows.append(
            [
                float(quotes[i]),
                float(before),
                float(after and not before),
                float(after and before),
                float(not any_told),
                float(general_claim(f)),
                float(bool(_META.search(f.text))),
                float(setback(f)),
                float(steps and i == 0),
                float(made and i == 0),
                float(summary and i == 0),
                float(outcome_first and i > 0 and i / (n - 1) >= _LATE),
            ]
        )
    return rows


def measured_change(f: Features) -> bool:
    """A change in a measure told in the past ("we cut the backlog from 900 to 40"), not a change
    verb beside any number ("I worked with a 68-year-old patient")."""
    return bool(f.past or f.any_past) and bool(f.strong_change or (f.change_verb and f.measured))


def own_evidence(features: list[Features]) -> list[bool]:
    """Sentences whose words say their role whatever the usual order of a story, so the
    sequence decoding (sequence.py) neither moves them nor lets them move their neighbours: a
    setback told after the story began (a complication, "the mixer motor burnt out"), and a
    measured change told in the first sentence and not as its background, or any outcome told
    first with a step back after it (a result first)."""
    told = [_told(f) for f in features]
    first = told.index(True) if any(told) else len(told)
    opening = len(features) > 2 and (
        opens_on_outcome(features)
        or (
            measured_change(features[0])
            and outcome_told(features[0])
            and not scene_change(features)
        )
    )
    return [(i > first and setback(f)) or (i == 0 and opening) for i, f in enumerate(features)]
