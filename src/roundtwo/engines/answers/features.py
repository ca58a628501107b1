"""Linguistic signals of one sentence, read from spaCy's tags, dependencies and entities.

These are the general signals the STAR labeller, the specificity and ownership measures and the
follow-up generator share: tense of the main verbs, who the subjects are, numbers and named
things, and a few word-list cues (knowledge/answers/lexicon.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicons import lexicon, phrase_regex
from .outcome import read_outcome, thinking_about
from .syntax import asserted, main_verbs, span_ents, subject_kind, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PAST_TAGS = frozenset({"VBD"})
_LEARNED_ABOUT = re.compile(r"\b(?:learn(?:ed|t)?|found out) about\b")
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
_FIRST_SING = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_PLUR = frozenset({"we", "us", "our", "ours", "ourselves"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_COUNT_ENTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
_NAMED_ENTS = frozenset(
    {"ORG", "PRODUCT", "PERSON", "GPE", "LOC", "FAC", "EVENT", "NORP", "LAW", "WORK_OF_ART"}
)
_TEMPORAL_PREPS = frozenset(
    {"in", "within", "after", "for", "by", "during", "over", "on", "at", "since", "until"}
)
_MULTIPLIERS = frozenset(
    {
        "double",
        "doubled",
        "triple",
        "tripled",
        "halve",
        "halved",
        "twice",
        "half",
        "quadrupled",
        "tenfold",
    }
)


@dataclass(frozen=True)
class Features:
    text: str
    n_words: int
    main_verbs: tuple[str, ...]  # lemmas of the root and its conjoined verbs
    main_tags: tuple[str, ...]
    subject: str  # "i", "we", "generic", "other", "none" for the root's subject
    subject_lemma: str
    past: bool  # a finite past-tense verb (or past perfect) in the main clause
    any_past: bool
    present: bool
    progressive_or_perfect: bool
    passive: bool
    modal: bool
    habitual: bool
    imperative_or_question: bool
    first_sing: int
    first_plur: int
    i_subjects: int
    we_subjects: int
    numbers: tuple[str, ...]  # quantities that are not just dates
    time_expressions: tuple[str, ...]
    named: tuple[str, ...]
    tools: tuple[str, ...]
    result_opener: bool
    result_marker: bool
    achievement: bool
    cognitive: bool
    progressive: bool
    reaction_to_me: bool
    setting: bool
    now_state: bool
    unfinished: bool
    opinion: bool
    change_verb: bool
    strong_change: bool
    outcome_passive: bool
    lesson: bool
    task_cue: bool
    stative_main: bool
    existential: bool
    role_statement: bool
    preamble: bool
    vague: tuple[str, ...]
    hedges: tuple[str, ...]
    fillers: tuple[str, ...]
    impact: bool
    decision: bool
    conflict: bool
    tradeoff: bool
    has_outcome_subject: bool
    irrealis: str  # outcome.py: ongoing, intended, hypothetical, hedged, experience or ""
    completion: bool
    response: bool
    change_of_state: bool
    # read by result_missing.py only (not model inputs): a story's last clause can carry its
    # outcome ("I fitted a new hose and the van has run without a fault since")
    other_clause: bool  # a conjoined clause with its own subject, someone or something else
    present_perfect: bool  # "has run", "hasn't been locked out": a state that holds now
    # read by context.py only: the candidate changed something ("we cut the backlog from 900 to
    # 40", "I brought the count down"), unlike a change that happened to them ("we grew to 80")
    made_change: bool
    # read by context.py only: a number that measures a change, not an age, a duration, a
    # hyphenated description or a head count ("a 68-year-old patient", "a team of 12")
    measured: bool


def _verb_tense(verb: Token) -> str:
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    tags = [verb.tag_, *(a.tag_ for a in aux)]
    if verb.tag_ == "VBN" and [a.lower_ for a in aux] == ["'d"]:
        return "past"  # "we'd reduced": 'd before a past participle is "had"
    if any(
        a.lower_ in {"will", "'ll", "would", "'d", "should", "could", "can", "might", "may", "must"}
        and a.tag_ == "MD"
        for a in aux
    ):
        if any(a.lower_ in {"'d", "had"} and a.tag_ == "VBD" for a in aux):
            return "past"
        return "modal"
    if any(t in _PAST_TAGS for t in tags):
        return "past"
    if verb.tag_ == "VBN" and any(a.lower_ in {"had", "'d"} for a in aux):
        return "past"
    if any(t in _PRESENT_TAGS for t in tags):
        return "present"
    if verb.tag_ == "VB" and not aux and verb.i == verb.sent.start:
        return "imperative"
    return "none"


def _numbers(span: Span) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[int] = set()
    for ent in span_ents(span):
        if ent.label_ in _COUNT_ENTS:
            lead = span.doc[ent.start - 1] if ent.start > span.start else None
            if lead is not None and lead.text in {"$", "£", "€"}:
                out.append(span.doc[ent.start - 1 : ent.end].text)
            else:
                out.append(ent.text)
            seen.update(range(ent.start, ent.end))
        elif ent.label_ in _TIME_ENTS and any(t.like_num for t in ent):
            before = span.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            first = ent[0].lower_
            is_year = all(t.like_num and len(t.text) == 4 for t in ent if t.like_num)
            if before not in _TEMPORAL_PREPS and first not in _TEMPORAL_PREPS and not is_year:
                out.append(ent.text)
            seen.update(range(ent.start, ent.end))
    for tok in span:
        if tok.i in seen:
            continue
        if (
            tok.lower_ in _MULTIPLIERS
            or (tok.like_num and tok.pos_ == "NUM" and tok.lower_ not in {"one"})
            or re.fullmatch(r"[£$€]?\d[\d,.]*[kmb%x]?", tok.text, re.IGNORECASE)
        ):
            out.append(tok.text)
    return tuple(out)


def sentence_features(span: Span) -> Features:
    lex = lexicon()
    text = span.text
    low = text.lower()
    words = [t for t in span if not t.is_punct and not t.is_space]
    verbs = main_verbs(span)
    root = verbs[0]
    subj_tok = subject_of(root)
    subject = subject_kind(subj_tok)
    if subject not in {"i", "we"}:
        # pseudo-clefts and conjoined clauses: "what I did was I called ...", "... and I called"
        for v in verbs[1:]:
            s = subject_of(v)
            if (
                s is not None
                and subject_kind(s) in {"i", "we"}
                and v.lemma_ not in lex.stative_verbs
            ):
                subj_tok, subject = s, subject_kind(s)
                break
    tenses = [_verb_tense(v) for v in verbs]
    past = "past" in tenses
    present = "present" in tenses and not past
    any_past = any(
        t.tag_ == "VBD"
        or (
            t.tag_ == "VBN"
            and any(a.lower_ in {"had", "'d"} for a in t.children if a.dep_ == "aux")
        )
        for t in span
    )
    prog_perf = any(
        (
            v.tag_ == "VBG"
            and any(a.lemma_ == "be" and a.tag_ == "VBD" for a in v.children if a.dep_ == "aux")
        )
        or (
            v.tag_ == "VBN"
            and any(a.lower_ in {"had", "'d"} for a in v.children if a.dep_ == "aux")
        )
        for v in verbs
    )
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for v in verbs for c in v.children)
    modal = "modal" in tenses
    first_sing = sum(1 for t in span if t.lower_ in _FIRST_SING)
    first_plur = sum(1 for t in span if t.lower_ in _FIRST_PLUR)
    i_subj = sum(1 for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ == "i")
    we_subj = sum(1 for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ == "we")
    lemmas = {t.lemma_.lower() for t in span}
    main_lemmas = tuple(v.lemma_.lower() for v in verbs)
    habitual = bool(lemmas & lex.habitual_adverbs) or any(
        p in low for p in lex.habitual_adverbs if " " in p
    )
    habitual = habitual and not past
    ents = span_ents(span)
    time_expr = tuple(
        e.text
        for e in ents
        if e.label_ in _TIME_ENTS and any(t.like_num or t.pos_ == "PROPN" for t in e)
    )
    named = tuple(e.text for e in ents if e.label_ in _NAMED_ENTS)
    tool_hits = tuple(
        t.text
        for t in span
        if t.lower_ in lex.tools
        and (t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in {"sql", "excel"})
    )
    opener_re = phrase_regex(lex.result_openers)
    m = opener_re.search(low)
    result_opener = m is not None and m.start() <= max(12, len(low) // 4)
    result_marker = m is not None
    all_verb_lemmas = {
        t.lemma_.lower()
        for t in span
        if t.pos_ in {"VERB", "AUX"} and asserted(t, span) and not _phrasal_idiom(t)
    }
    change_verb = bool(all_verb_lemmas & lex.change_verbs)
    strong_change = bool(all_verb_lemmas & lex.strong_change_verbs) or bool(
        re.search(r"\bfrom\b[^.]{1,40}\bto\b", low) and any(ch.isdigit() for ch in low)
    )
    outcome_passive = any(
        v.lemma_.lower() in lex.outcome_passives and any(c.dep_ == "auxpass" for c in v.children)
        for v in verbs
    )
    lesson = bool(phrase_regex(lex.lesson_phrases).search(text)) or any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in lex.lesson_words
        and t.lemma_ != "teach"
        and subject_kind(subject_of(t)) in {"i", "we"}
        for t in span
    )
    # "that's when I learned about graph databases" is finding something out, not a lesson
    lesson = lesson and not _LEARNED_ABOUT.search(low)
    task_cue = _task_cue(span, verbs, subj_tok)
    stative_main = bool(main_lemmas) and all(lm in lex.stative_verbs for lm in main_lemmas)
    existential = any(t.dep_ == "expl" for t in span)
    role_statement = (
        subject in {"i", "we"}
        and root.lemma_ == "be"
        and any(c.dep_ in {"attr"} for c in root.children)
    )
    preamble_re = phrase_regex(lex.preamble_phrases)
    pm = preamble_re.match(low.strip(" ,.-"))
    preamble = (pm is not None and len(words) <= 8) or (len(words) <= 3 and verbs[0].pos_ != "VERB")
    vague = tuple(m.group(0) for m in phrase_regex(lex.vague_phrases).finditer(text))
    hedges = tuple(m.group(0) for m in phrase_regex(lex.hedges).finditer(text))
    fillers = tuple(m.group(0) for m in phrase_regex(lex.fillers).finditer(text))
    fillers = fillers + tuple(
        t.text for t in span if t.lower_ == "like" and t.dep_ in {"intj", "discourse"}
    )
    impact = bool({t.lower_ for t in span} & lex.impact_words)
    decision = bool(lemmas & lex.decision_verbs)
    conflict = bool(phrase_regex(lex.conflict_words).search(text))
    tradeoff = bool(phrase_regex(lex.tradeoff_words).search(text))
    numbers = _numbers(span)
    outcome = read_outcome(
        span, root, verbs, measured=bool(numbers) or strong_change, task_cue=task_cue
    )
    outcome_subject = (
        subj_tok is not None and subject == "other" and subj_tok.pos_ in {"NOUN", "PROPN", "PRON"}
    )
    return Features(
        text=text,
        n_words=len(words),
        main_verbs=main_lemmas,
        main_tags=tuple(v.tag_ for v in verbs),
        subject=subject,
        subject_lemma=subj_tok.lemma_.lower() if subj_tok is not None else "",
        past=past,
        any_past=any_past,
        present=present,
        progressive_or_perfect=prog_perf,
        passive=passive,
        modal=modal,
        habitual=habitual,
        imperative_or_question=text.rstrip().endswith("?") or "imperative" in tenses,
        first_sing=first_sing,
        first_plur=first_plur,
        i_subjects=i_subj,
        we_subjects=we_subj,
        numbers=numbers,
        time_expressions=time_expr,
        named=named,
        tools=tool_hits,
        result_opener=result_opener,
        result_marker=result_marker,
        achievement=outcome.completion or "on time" in low,
        cognitive=bool(main_lemmas) and main_lemmas[0] in lex.cognitive_verbs,
        progressive=any(
            v.tag_ == "VBG" and any(a.lemma_ == "be" for a in v.children if a.dep_ == "aux")
            for v in verbs[:1]
        ),
        reaction_to_me=subject == "other"
        and any(
            c.dep_ in {"dobj", "dative", "pobj"} and c.lower_ in {"me", "us"} for c in root.subtree
        )
        and not task_cue,
        setting=_setting(span, root),
        unfinished=bool(
            re.search(
                r"\b(going to|hoping to|hope to|plan to|planning to|will|'ll|ongoing|not "
                r"yet|haven't .{0,30} yet|so far|next (?:week|month|quarter|year))\b",
                low,
            )
        )
        and not past,
        now_state=not past
        and any(
            t.lower_ in {"now", "still", "since", "today", "anymore", "currently"} for t in span
        ),
        opinion=root.lemma_.lower() in {"think", "believe", "guess", "suppose", "find", "feel"}
        and root.tag_ in {"VBP", "VBZ"}
        and not thinking_about(root),
        change_verb=change_verb,
        strong_change=strong_change,
        outcome_passive=outcome_passive,
        lesson=lesson,
        task_cue=task_cue,
        stative_main=stative_main,
        existential=existential,
        role_statement=role_statement,
        preamble=preamble,
        vague=vague,
        hedges=hedges,
        fillers=fillers,
        impact=impact,
        decision=decision,
        conflict=conflict,
        tradeoff=tradeoff,
        has_outcome_subject=outcome_subject,
        irrealis=outcome.irrealis,
        completion=outcome.completion,
        response=outcome.response,
        change_of_state=outcome.change_of_state,
        other_clause=any(_own_other_subject(v) for v in verbs[1:] if v.dep_ == "conj"),
        present_perfect=any(_present_perfect(v) for v in verbs),
        made_change=subject in {"i", "we"} and any(_changes_something(v) for v in verbs),
        measured=bool(numbers) and any(_measures_a_change(t) for t in span if _a_number(t)),
    )


_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "shift"}
)
_UNIT_WORDS = frozenset({"percent", "per", "%", "pound", "dollar", "euro", "k", "x", "times"})
# change verbs too common to make a number beside them a measure ("I worked with", "I ran a team
# of", "I led five engineers"); they still count with a percentage, a sum or "from ... to"
_GENERIC_CHANGE = frozenset(
    {"work", "run", "lead", "keep", "make", "come", "go", "hand", "mean", "stay", "remain"}
    | {"continue", "turn", "bring", "close", "sign", "return", "fail", "free", "become"}
)
_CHANGE_PREPS = frozenset({"by", "to", "from", "past", "over", "under", "up", "down"})


def _a_number(tok: Token) -> bool:
    return (
        tok.like_num
        or tok.lower_ in _MULTIPLIERS
        or bool(re.fullmatch(r"[£$€]?\d[\d,.]*[kmb%x]?", tok.text, re.IGNORECASE))
    )


def _measures_a_change(tok: Token) -> bool:
    """The number is the size of a change: a percentage, a sum or a multiple, or the object of
    a change verb or of its "by", "to" or "from" ("reached 10,000 users", "by 40"); not an age,
    a duration, a number-noun description ("a 200-bed hospital") or a count under a common verb
    ("I led five engineers")."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 4]
    words = [t.lower_ for t in after]
    if words[:1] == ["-"] or (words[:1] and words[0] in {"year", "years"} and "old" in words):
        return False  # "68-year-old", "14-hour shifts", "68 years old"
    if tok.i > 0 and doc[tok.i - 1].lower_ == "aged":
        return False
    noun = tok.head if tok.dep_ in {"nummod", "compound", "quantmod"} else tok
    if noun.lemma_.lower() in _TIME_UNITS:
        return False
    if (
        "%" in tok.text
        or tok.text[:1] in {"$", "£", "€"}
        or (tok.i > 0 and doc[tok.i - 1].text in {"$", "£", "€"})
        or (words[:1] and words[0] in _UNIT_WORDS)
        or tok.lower_ in _MULTIPLIERS
        or noun.ent_type_ in {"MONEY", "PERCENT"}
    ):
        return True
    head, dep = noun.head, noun.dep_
    if dep == "pobj" and head.lower_ in _CHANGE_PREPS:
        head, dep = head.head, "prep"
    change = lexicon().change_verbs
    return (
        head.pos_ in {"VERB", "AUX"}
        and head.lemma_.lower() in change - _GENERIC_CHANGE
        and dep in {"dobj", "obj", "attr", "npadvmod", "advmod", "prep", "nsubjpass"}
    )


# verbs that make a change with a particle or a complement: "brought it down", "got it loading"
_CAUSE_VERBS = frozenset({"bring", "get", "turn"})
_CAUSE_PARTICLES = frozenset({"down", "up", "around", "round"})


def _changes_something(verb: Token) -> bool:
    """The verb (or the one it governs: "managed to cut") changes an object: a measure verb with
    a direct object ("cut the backlog"), or bring, get or turn with a particle or a complement."""
    strong = lexicon().strong_change_verbs
    for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        deps = {c.dep_ for c in v.children}
        # spaCy hangs "down" and "up" on the object or the number too ("the count down")
        particles = {t.lower_ for t in v.subtree if t.dep_ in {"prt", "advmod", "quantmod"}}
        lemma = v.lemma_.lower()
        if lemma in strong and ("dobj" in deps or "obj" in deps) and not _phrasal_idiom(v):
            return True
        if lemma in _CAUSE_VERBS and (
            particles & _CAUSE_PARTICLES or deps & {"xcomp", "ccomp", "oprd"}
        ):
            return True
    return False


def _own_other_subject(verb: Token) -> bool:
    """The verb has a subject of its own that is not the candidate ("... and the van has run")."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(own) and subject_kind(own[0]) not in {"i", "we"}


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        a.lemma_ == "have" and a.tag_ in _PRESENT_TAGS for a in verb.children if a.dep_ == "aux"
    )


def _phrasal_idiom(verb: Token) -> bool:
    """Phrasal verbs whose meaning is not the change verb's: "the van kept cutting out"."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return verb.lemma_.lower() in {"cut", "drop", "turn"} and bool(particles & {"out", "off", "by"})


def _task_cue(span: Span, verbs: list[Token], subj: Token | None) -> bool:
    """Goal, duty or obligation: "my job was to", "I needed to", "I was asked to"."""
    lex = lexicon()
    for v in verbs:
        lemma = v.lemma_.lower()
        # "I needed to ...", and "she gave me a week to fix it" (the infinitive hangs off the
        # object)
        has_to = any(
            c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.lower_ == "to" for a in c.children)
            for c in v.children
        ) or any(
            g.dep_ in {"acl", "relcl"}
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in g.children)
            for c in v.children
            if c.dep_ == "dobj"
            for g in c.children
        )
        obj_me = any(c.dep_ in {"dobj", "dative"} and c.lower_ in {"me", "us"} for c in v.children)
        if obj_me and (has_to or any(c.lemma_.lower() in lex.task_nouns for c in v.subtree)):
            return True
        s = subject_of(v)
        if s is not None and s.lemma_.lower() in lex.task_nouns and lemma == "be":
            return True
        if lemma in lex.task_verbs and has_to:
            return True
        if (
            lemma in lex.task_passives
            and any(c.dep_ == "auxpass" for c in v.children)
            and s is not None
            and s.lower_ in {"i", "we"}
        ):
            return True
        if lemma == "be" and any(
            c.dep_ == "acomp" and c.lower_ in lex.task_adjectives for c in v.children
        ):
            return True
    low = span.text.lower()
    return bool(
        re.search(
            r"\b(in charge of|it was (?:my|our) (?:job|role|responsibility)|i "
            r"was there to|my job|my role|my task|my goal|my aim|the "
            r"goal|the aim|the task|the challenge)\b",
            low,
        )
    ) and not bool(re.search(r"\b(achieved|reached|met|hit)\b", low))


def _setting(span: Span, root: Token) -> bool:
    """The sentence opens with a time or place frame: "In 2021,", "At my last job", "When I ..."."""
    first = span[0]
    if first.lower_ in {"and", "so", "but", "um", "uh", "okay", "well"} and len(span) > 1:
        first = span[1]
    if first.i >= root.i:
        return False
    if first.lower_ in {
        "when",
        "while",
        "during",
        "at",
        "in",
        "on",
        "last",
        "a",
        "back",
        "before",
        "early",
        "one",
    }:
        head = first
        while head.head.i != head.i and head.head.i < root.i and head.head.i >= span.start:
            head = head.head
        return head.dep_ in {"prep", "advcl", "npadvmod", "advmod"} or head.head.i == root.i
    return any(e.label_ in {"DATE", "TIME"} and e.start <= first.i + 1 for e in span_ents(span))
