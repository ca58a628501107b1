"""One thank-you draft: the sentences chosen, filled from the notes, and trimmed to fit.

A draft is built from optional parts that are dropped, least important first, until the body
fits `max_words`: rapport, the next step (except for HR, where it is the point), the second
topic, the specific remark, the kind line, the story tie. The greeting, the thanks, one topic
(or the placeholder asking the user for one), the interest in the role and the sign-off always
stay; if even they do not fit, the body is cut at the cap (never seen with the notes capped).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from roundtwo.engines.interviewers import KINDS

from . import phrases as p
from .match import best_tie
from .model import Candidate, Draft, InterviewerDebrief, Tie, Tone
from .notes import Notes, read_notes, story_clause, topic_phrase
from .text import clean_note, email_address, greeting_name, one_line, word_count

MAX_WORDS = 200
MAX_NAME_WORDS = 6
MAX_ROLE_WORDS = 8
MAX_SUBJECT_CHARS = 90
VARIANTS = 4  # the main slots have four phrasings each
OPTIONAL = ("rapport", "next", "second_topic", "specific", "kind", "tie")  # dropped first..last
_LABELS = {
    "rapport": "the rapport note",
    "next": "the next step",
    "second_topic": "the second topic",
    "specific": "the remark",
    "kind": "the line for their role",
    "tie": "the story or strength",
}


@dataclass(frozen=True)
class Context:
    debrief: InterviewerDebrief
    candidate: Candidate
    notes: Notes
    tone: Tone
    kind: str
    variant: int
    company: str
    role: str
    tie: Tie | None
    fields: dict[str, str]  # the names and role phrases every template may use


def stable_variant(name: str) -> int:
    """The same number for the same name on every run (unlike hash(), which is salted)."""
    digest = hashlib.blake2b(one_line(name).casefold().encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big")


def draft_thank_you(
    debrief: InterviewerDebrief,
    candidate: Candidate,
    *,
    company: str,
    role: str,
    tone: Tone = "warm",
    max_words: int = MAX_WORDS,
    variant: int | None = None,
    avoid: Sequence[str] = (),
) -> Draft:
    """A thank-you email for one interviewer, under `max_words` words (greeting to signature).

    `variant` picks the phrasing set (default: from the interviewer's name); `avoid` lists
    topics and stories other drafts of the panel already use, so this one leads elsewhere.
    """
    ctx = _context(debrief, candidate, company, role, tone, variant, avoid)
    enabled = set(OPTIONAL)
    body = _body(ctx, enabled)
    dropped: list[str] = []
    for part in OPTIONAL:
        if word_count(body) <= max_words:
            break
        if part in enabled:
            enabled.discard(part)
            body = _body(ctx, enabled)
            dropped.append(part)
    if word_count(body) > max_words:
        body = _hard_cut(body, max_words)
    return Draft(
        interviewer=one_line(debrief.name),
        to=email_address(debrief.email),
        subject=_subject(ctx),
        body=body,
        topics_used=_topics_used(ctx, enabled),
        needs_topic=not ctx.notes.topics,
        word_count=word_count(body),
        warnings=_warnings(ctx, dropped, max_words),
        tie=ctx.tie if "tie" in enabled else None,
        variant=ctx.variant,
        remark=ctx.notes.specific if "specific" in enabled else "",
    )


def _context(
    debrief: InterviewerDebrief,
    candidate: Candidate,
    company: str,
    role: str,
    tone: Tone,
    variant: int | None,
    avoid: Sequence[str],
) -> Context:
    company = " ".join(one_line(company).split()[:MAX_ROLE_WORDS]) or "your organisation"
    role = one_line(role)
    role = " ".join(role.split()[:MAX_ROLE_WORDS])
    notes = read_notes(debrief, keep=(company, role))
    avoided = {a.casefold() for a in avoid}
    # Topics another draft already leads with go last, so each interviewer hears their own.
    topics = tuple(sorted(notes.topics, key=lambda t: t.casefold() in avoided))
    notes = replace(notes, topics=topics)
    anchors = (*topics, notes.specific, *notes.questions)
    kind = debrief.kind if debrief.kind in KINDS else "other"
    return Context(
        debrief=debrief,
        candidate=candidate,
        notes=notes,
        tone=tone,
        kind=kind,
        variant=stable_variant(debrief.name) if variant is None else variant,
        company=company,
        role=role,
        tie=best_tie(anchors, candidate, kind=kind, avoid=avoid),
        fields=_fields(debrief.name, company, role, tone),
    )


def _fields(name: str, company: str, role: str, tone: Tone) -> dict[str, str]:
    full = " ".join(one_line(name).split()[:MAX_NAME_WORDS])
    if role.lower().endswith(("role", "position", "post", "job")):
        role_phrase = f"the {role}"
    else:
        role_phrase = f"the {role} role" if role else "the role"
    return {
        "name": greeting_name(full, formal=tone == "formal"),
        "first": greeting_name(full, formal=False),
        "full": full,
        "company": company,
        "role": role or "the role",
        "role_phrase": role_phrase,
    }


def _say(ctx: Context, template: str, **extra: str) -> str:
    return p.voiced(template, ctx.tone).format(**ctx.fields, **extra)


def _body(ctx: Context, enabled: set[str]) -> str:
    # A tie sits next to what it answers: after the topic, or after the remark it follows up.
    on_topic = ctx.tie is not None and ctx.tie.anchor in ctx.notes.topics
    first = [_say(ctx, p.pick(p.THANKS[ctx.tone], ctx.variant, "thanks")), _topic(ctx, enabled)]
    second = _specific(ctx, enabled)
    (first if on_topic else second).extend(_tie(ctx, enabled))
    second += _kind_line(ctx, enabled)
    third = [*_next_steps(ctx, enabled), *_rapport(ctx, enabled)]
    third.append(_say(ctx, p.pick(p.INTEREST[ctx.tone], ctx.variant, "interest")))
    sign_off = p.SIGN_OFF[ctx.tone][ctx.variant % len(p.SIGN_OFF[ctx.tone])]
    paragraphs = [
        p.GREETING[ctx.tone].format(name=ctx.fields["name"]) if ctx.fields["name"] else "Hello,",
        " ".join(first),
        " ".join(second),
        " ".join(third),
        f"{sign_off}\n{one_line(ctx.candidate.name)}",
    ]
    return "\n\n".join(x for x in paragraphs if x)


def _topic(ctx: Context, enabled: set[str]) -> str:
    if not ctx.notes.topics:
        return p.NEEDS_TOPIC.format(name=ctx.fields["full"] or "them")
    topic, _ = _named_topics(ctx, enabled)
    return _say(ctx, p.pick(p.TOPIC[ctx.tone], ctx.variant, "topic"), topic=topic)


def _named_topics(ctx: Context, enabled: set[str]) -> tuple[str, tuple[str, ...]]:
    if "second_topic" in enabled:
        return topic_phrase(ctx.notes.topics)
    return ctx.notes.topics[0], ctx.notes.topics[:1]


def _topics_used(ctx: Context, enabled: set[str]) -> tuple[str, ...]:
    if not ctx.notes.topics:
        return ()
    _, named = _named_topics(ctx, enabled)
    tie = ctx.tie
    if "tie" in enabled and tie is not None and tie.anchor in ctx.notes.topics:
        named = tuple(dict.fromkeys((*named, tie.anchor)))
    return named


def _specific(ctx: Context, enabled: set[str]) -> list[str]:
    if "specific" not in enabled or not ctx.notes.specific:
        return []
    template = p.pick(p.SPECIFIC[ctx.tone], ctx.variant, "specific")
    return [_say(ctx, template, specific=ctx.notes.specific)]


def _tie(ctx: Context, enabled: set[str]) -> list[str]:
    tie = ctx.tie
    if "tie" not in enabled or tie is None:
        return []
    if tie.anchor == ctx.notes.specific and "specific" not in enabled:
        return []  # "That point" would point at nothing
    return [_tie_sentence(ctx, tie, enabled)]


def _tie_sentence(ctx: Context, tie: Tie, enabled: set[str]) -> str:
    notes = ctx.notes
    _, named = _named_topics(ctx, enabled) if notes.topics else ("", ())
    if tie.anchor == notes.specific:
        anchor = p.ANCHOR_SPECIFIC
    elif tie.anchor in notes.questions:
        anchor = p.ANCHOR_QUESTION.format(question=tie.anchor)
    else:
        anchor = p.ANCHOR_TOPIC[ctx.tone].format(topic=tie.anchor)
        if named == (tie.anchor,):  # the sentence before names just this topic
            anchor = "That conversation" if ctx.tone == "formal" else "That chat"
    if tie.kind == "story":
        story = next(s for s in ctx.candidate.stories if s.title == tie.text)
        template = p.pick(p.TIE_STORY[ctx.tone], ctx.variant, "tie")
        return _say(ctx, template, anchor=anchor, clause=story_clause(story))
    strength = clean_note(tie.text, max_words=10)
    template = p.pick(p.TIE_STRENGTH[ctx.tone], ctx.variant, "tie")
    return _say(ctx, template, anchor=anchor, strength=strength)


def _kind_line(ctx: Context, enabled: set[str]) -> list[str]:
    if "kind" not in enabled:
        return []
    return [_say(ctx, p.pick(p.KIND[ctx.kind], ctx.variant, "kind"))]


def _next_steps(ctx: Context, enabled: set[str]) -> list[str]:
    # For HR the process is the point of the email, so their next step survives trimming.
    if not ctx.notes.next_steps or ("next" not in enabled and ctx.kind != "hr"):
        return []
    options = p.NEXT_STEPS["hr" if ctx.kind == "hr" else "other"]
    return [_say(ctx, p.pick(options, ctx.variant, "next"), next=ctx.notes.next_steps)]


def _rapport(ctx: Context, enabled: set[str]) -> list[str]:
    # Small talk belongs in a warm note; a formal one stays on the role.
    if "rapport" not in enabled or ctx.tone != "warm" or not ctx.notes.rapport:
        return []
    shape = "clause" if ctx.notes.rapport_is_clause else "phrase"
    return [_say(ctx, p.RAPPORT[shape], rapport=ctx.notes.rapport)]


def _subject(ctx: Context) -> str:
    template = p.pick(p.SUBJECT[ctx.tone], ctx.variant, "subject")
    subject = one_line(template.format(**ctx.fields))
    if len(subject) > MAX_SUBJECT_CHARS:
        subject = subject[: MAX_SUBJECT_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return subject


def _hard_cut(body: str, max_words: int) -> str:
    words = body.split(" ")
    while word_count(" ".join(words)) > max_words - 1 and len(words) > 1:
        words.pop()
    return " ".join(words) + " …"


def _warnings(ctx: Context, dropped: list[str], max_words: int) -> tuple[str, ...]:
    name = ctx.fields["full"]
    out = []
    if not ctx.notes.topics:
        out.append(
            f"No topic noted for {name}: replace the bracketed line with one thing you "
            "discussed, so the email is clearly written to them."
        )
    out += [f"A long note was cut to its start: “{s}”." for s in ctx.notes.shortened]
    if dropped:
        parts = ", ".join(_LABELS[d] for d in dropped)
        out.append(f"Shortened to stay under {max_words} words: left out {parts}.")
    # HR talks about the process: a draft without a story is normal there, not a gap.
    if ctx.tie is None and ctx.kind != "hr" and (ctx.candidate.stories or ctx.candidate.strengths):
        out.append(
            f"None of your stories or strengths matched what {name} said closely; add a "
            "line linking one if it fits."
        )
    elif not ctx.candidate.stories and not ctx.candidate.strengths:
        out.append("Add stories or strengths to tie one to what the interviewer said.")
    if email_address(ctx.debrief.email) is None:
        out.append(f"No usable email address for {name}: add it before sending.")
    return tuple(out)
