"""Does a sentence report an outcome that actually happened?

This is the engine's policy for the "result" part, used by the labeller (star.py), the present
flags and the present / weak / missing status (scoring.py):

- A result is an outcome reported as having happened ("handover time fell to 20 minutes",
  "I shipped the fix on day five", "the client renewed"), or a state that holds now because of
  the story ("now we close in six days").
- Not a result, whatever its words (the sentence is labelled "other"): an outcome still under
  way ("we're still trialling it", "so far", "not yet"), intended or expected ("the plan is to",
  "I'm hoping it will", "it should cut tickets once it goes live"), hypothetical ("it would have
  saved ten percent"), a vague outcome hedged by the speaker's own doubt ("I think they got it in
  the end more or less"), or a remark on how the work felt ("it was a fun time").
- A result is weak when every result sentence is generic: it says the outcome was good ("it went
  well", "the client was happy") with no measure, no named change and nobody's concrete response.
  A weak result still counts as present: the candidate did say how it ended, just not usefully.

The signals are tense, aspect and modality of the main clause, read from spaCy's parse, and three
kinds of outcome cue: completion ("shipped", "got through"), someone else's response ("several
guests asked", "the surgeon told us") and a change of state ("I became", "no longer").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .lexicons import lexicon, phrase_regex
from .syntax import subject_kind, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Irrealis = Literal["", "ongoing", "intended", "hypothetical", "hedged", "experience"]

_HYPOTHETICAL_AUX = frozenset({"would", "'d", "could", "might"})
# "would" is left out: in a story it is usually habitual past ("I would meet him daily").
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "should", "may", "might"})
_PRESENT = frozenset({"VBP", "VBZ"})
_BE_PRESENT = frozenset({"am", "'m", "is", "'s", "are", "'re"})
_HOPE_WORDS = frozenset({"hope", "hopes", "hoping", "plan", "plans", "planning", "intend", "aim"})
_HOPE_WORDS |= frozenset({"intends", "intending", "aims", "aiming", "expect", "expecting"})
_PLAN_NOUNS = frozenset({"plan", "idea", "hope", "aim", "intention", "next step", "goal"})
_ONGOING_PHRASES = (
    "ongoing",
    "in progress",
    "so far",
    "not yet",
    "not finished",
    "still waiting",
    "still working",
    "still in the middle",
    "too early to",
    "early days",
)
# First-person doubt about the outcome; "kind of" and "sort of" are left out because speakers
# use them for actions too ("so I kind of walked them through it").
_HEDGE_PHRASES = (
    "more or less",
    "not sure",
    "not really sure",
    "i guess",
    "i suppose",
    "i reckon",
    "i'd say",
    "i hope",
    "hopefully",
    "probably",
    "maybe",
    "perhaps",
)
_OPINION_ROOTS = frozenset({"think", "guess", "suppose", "believe", "feel", "reckon", "hope"})
_FEELINGS = frozenset(
    {
        "proud",
        "happy",
        "pleased",
        "relieved",
        "glad",
        "satisfied",
        "grateful",
        "thrilled",
        "delighted",
        "good",
        "great",
        "confident",
        "fulfilled",
        "excited",
    }
)
# How the work felt, not what it changed: "it was a fun time", "it was crazy busy".
_EXPERIENCE_WORDS = frozenset(
    {
        "fun",
        "busy",
        "crazy",
        "hectic",
        "stressful",
        "hard",
        "tough",
        "intense",
        "challenging",
        "interesting",
        "exhausting",
        "exciting",
        "scary",
        "mad",
        "wild",
        "experience",
        "time",
        "day",
        "week",
        "ride",
        "journey",
        "mess",
        "nightmare",
        "learning",
    }
)
# Someone else acting on the work: "several guests asked", "the client renewed".
_RESPONSE_VERBS = frozenset(
    {
        "thank",
        "praise",
        "ask",
        "say",
        "tell",
        "write",
        "email",
        "send",
        "call",
        "phone",
        "ring",
        "recommend",
        "compliment",
        "congratulate",
        "choose",
        "buy",
        "book",
        "order",
        "renew",
        "sign",
        "agree",
        "approve",
        "adopt",
        "accept",
        "invite",
        "offer",
        "promote",
        "reward",
        "return",
        "volunteer",
        "request",
        "copy",
        "reuse",
        "extend",
        "mention",
        "rate",
        "give",
        "hire",
        "vote",
        "nominate",
        "apologise",
        "apologize",
        "smile",
        "cry",
        "hug",
        "stay",
    }
)
_THIRD_PARTY_PRONOUNS = frozenset({"he", "she", "they", "someone", "everyone", "everybody"})
_CHANGE_OF_STATE = frozenset({"become", "turn"})
_CHANGE_PHRASES = (
    "no longer",
    "ever since",
    "since then",
    "from then on",
    "never again",
    "back to",
    "back on",
)
_COMPLETION_PARTICLES = frozenset({"through", "done", "over", "off"})
_PROGRESSIVE_OUTCOMES = frozenset({"use", "follow", "save", "hit", "get", "see", "keep"})


@dataclass(frozen=True)
class Outcome:
    irrealis: Irrealis  # why the sentence reports no actual outcome, or ""
    completion: bool
    response: bool
    change_of_state: bool

    @property
    def cues(self) -> int:
        return int(self.completion) + int(self.response) + int(self.change_of_state)


def _aux(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def _modal_verbs(root: Token, verbs: list[Token]) -> list[Token]:
    """Verbs whose modality is the sentence's own: the main clause, and the complement of a
    present-tense "I think" or "he says" (but not of a past "I proposed that I would ...")."""
    out = [v for v in verbs if v.dep_ != "ccomp" or v.head.tag_ in _PRESENT]
    out.extend(c for c in root.children if c.dep_ == "ccomp" and root.tag_ in _PRESENT)
    return list(dict.fromkeys(out))


def _hypothetical(span: Span, verbs: list[Token]) -> bool:
    has_if = any(t.lower_ == "if" and t.dep_ == "mark" for t in span)
    changes = lexicon().strong_change_verbs
    for v in verbs:
        aux = _aux(v)
        if not any(a in _HYPOTHETICAL_AUX for a in aux):
            continue
        if aux == ["'d"] and v.tag_ == "VBN":
            continue  # "we'd reduced" is "we had reduced", a past perfect
        # "would have saved", "if ..., it could cut"; "would save time" predicts a change
        if {"have", "'ve"} & set(aux) or has_if or v.lemma_.lower() in changes:
            return True
    return False


def _plan_statement(verb: Token) -> bool:
    """ "The plan is to roll it out", "the idea is to ..." in the present tense."""
    subj = subject_of(verb)
    return (
        verb.lemma_ == "be"
        and verb.tag_ in _PRESENT
        and subj is not None
        and subj.lower_ in _PLAN_NOUNS
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _intended(span: Span, verbs: list[Token]) -> bool:
    for v in verbs:
        aux = _aux(v)
        present = v.tag_ in _PRESENT or any(a in _BE_PRESENT for a in aux)
        if any(a in _FUTURE_AUX for a in aux) and v.tag_ in {"VB", "VBG"}:
            return True
        # spaCy lemmatises "hoping" as "hop", so the word itself is checked
        if (present and _future_progressive(v)) or _plan_statement(v):
            return True
    low = span.text.lower()
    return "hopefully" in low and not any(v.tag_ == "VBD" for v in verbs)


def _future_progressive(verb: Token) -> bool:
    """ "I'm hoping to", "we're going to", "we're planning to": intent, not work under way."""
    going_to = verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)
    return going_to or verb.lower_ in _HOPE_WORDS


def _ongoing(span: Span, verbs: list[Token]) -> bool:
    if phrase_regex(_ONGOING_PHRASES).search(span.text):
        return True
    if any(t.lower_ == "yet" for t in span) and any(t.dep_ == "neg" for t in span):
        return True
    # "we're still trialling it" is work under way; "we're now saving £400 a week" is an outcome
    outcomes = _PROGRESSIVE_OUTCOMES | lexicon().change_verbs
    return any(
        v.tag_ == "VBG"
        and any(a in _BE_PRESENT for a in _aux(v))
        and subject_kind(subject_of(v)) in {"i", "we"}
        and v.lemma_.lower() not in outcomes
        and not _future_progressive(v)
        for v in verbs
    )


def thinking_about(root: Token) -> bool:
    """ "think about", "think of": the verb's topic, not an opinion on a clause."""
    return any(c.dep_ == "prep" and c.lower_ in {"about", "of"} for c in root.children)


def _hedged(span: Span, root: Token) -> bool:
    opinion = root.lemma_.lower() in _OPINION_ROOTS and root.tag_ in _PRESENT
    # "I only think about features when ..." is what the speaker does now, not a doubt
    opinion = opinion and not thinking_about(root)
    if opinion and subject_kind(subject_of(root)) == "i":
        return True
    return bool(phrase_regex(_HEDGE_PHRASES).search(span.text))


def _experience(verbs: list[Token]) -> bool:
    for v in verbs:
        subj = subject_of(v)
        if _own_feeling(v, subj):
            return True
        if v.lemma_ != "be" or subj is None or subj.lower_ not in {"it", "that", "this"}:
            continue
        for comp in v.children:
            if comp.dep_ not in {"acomp", "attr"}:
                continue
            words = {comp.lemma_.lower(), *(c.lemma_.lower() for c in comp.children)}
            if words & _EXPERIENCE_WORDS:
                return True
    return False


def _own_feeling(verb: Token, subj: Token | None) -> bool:
    """ "I felt really proud", "we were all so relieved": how the speaker felt about it."""
    if subj is None or subj.lower_ not in {"i", "we"} or verb.lemma_ not in {"feel", "be"}:
        return False
    return any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _FEELINGS for c in verb.children)


def _completed(verb: Token) -> bool:
    """An achievement verb used for finishing something, not "kept checking", "I managed a
    team" or "the road was closed"."""
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    if lemma not in lexicon().achievement_verbs or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if "auxpass" in deps or (verb.tag_ == "VBN" and not deps & {"aux"}):
        return False
    if lemma == "keep":
        return "dobj" in deps
    if lemma == "manage":
        return "xcomp" in deps
    return not (lemma == "stay" and "xcomp" in deps)


def _completion(verbs: list[Token]) -> bool:
    for v in verbs:
        if _completed(v):
            return True
        # "we got through the service", "we pulled it off", "we got it done", "it went live"
        particles = {c.lower_ for c in v.children}
        if v.lemma_.lower() in {"get", "pull", "make"} and particles & _COMPLETION_PARTICLES:
            return True
        if v.lemma_.lower() == "go" and v.tag_ == "VBD" and "live" in particles:
            return True
    return False


def _response(verbs: list[Token], task_cue: bool) -> bool:
    if task_cue:
        return False
    for v in verbs:
        if v.lemma_.lower() not in _RESPONSE_VERBS:
            continue
        past = v.tag_ == "VBD" or (v.tag_ == "VBN" and "have" in {a.lemma_ for a in v.children})
        subj = subject_of(v)
        third = subj is not None and (
            subj.pos_ in {"NOUN", "PROPN"} or subj.lower_ in _THIRD_PARTY_PRONOUNS
        )
        if past and third:
            return True
    return False


def _change_of_state(span: Span, verbs: list[Token]) -> bool:
    if phrase_regex(_CHANGE_PHRASES).search(span.text):
        return True
    # "it turned out they had ..." is a discovery, not a change
    return any(
        v.lemma_.lower() in _CHANGE_OF_STATE
        and v.tag_ == "VBD"
        and not any(c.lower_ == "out" for c in v.children)
        for v in verbs
    )


def read_outcome(
    span: Span, root: Token, verbs: list[Token], *, measured: bool, task_cue: bool
) -> Outcome:
    """Outcome signals of one sentence; `measured` is true when it states a number or a change
    in a measure, which keeps a hedge or a feeling from cancelling it."""
    own = _modal_verbs(root, verbs)
    completion = _completion(verbs)
    response = _response(verbs, task_cue)
    change = _change_of_state(span, verbs)
    concrete = measured or completion or response or change
    irrealis: Irrealis = ""
    if _hypothetical(span, own):
        irrealis = "hypothetical"
    elif _ongoing(span, own):
        irrealis = "ongoing"
    elif _intended(span, own):
        irrealis = "intended"
    elif not concrete and _hedged(span, root):
        irrealis = "hedged"
    elif not concrete and _experience(verbs):
        irrealis = "experience"
    return Outcome(irrealis, completion, response, change)
