"""Common company values as themes: the words that name one in a value statement, the signs of it
in a story, the moment to tell and what to prepare when nothing shows it. Written for this project.

A value whose name and description trigger no theme is still matched by shared words and meaning
similarity; it just gets the generic wording for its suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    key: str
    triggers: re.Pattern[str]  # searched in the value's name and description
    signs: re.Pattern[str]  # searched in the evidence
    moment: str  # "tell it with the moment you ..."
    prompt: str  # "prepare one about a time you ..."


def _theme(key: str, triggers: str, signs: str, moment: str, prompt: str) -> Theme:
    return Theme(key, re.compile(rf"\b(?:{triggers})", re.I), re.compile(rf"\b(?:{signs})", re.I),
                 moment, prompt)  # fmt: skip


THEMES = (
    _theme("ownership",
           r"own (?:the|it|our|your|outcomes?|results?|mistakes?)|owner|ownership|accountab|"
           r"responsib|mistakes?|errors?",
           r"on[- ]call|i owned|took (?:ownership|responsibility|over)|runbook|rolled back|"
           r"wrote (?:it )?up|admit|root cause|traced|my mistake|post-?mortem|incident",
           "took ownership", "took responsibility for a result beyond your own part"),
    _theme("candour", r"plain|candid|candou?r|honest|direct|transparen|truth|open(?:ly)?\b",
           r"plainly|honest|explained (?:our|my|the|what|that)|admitted|told (?:him|her|them|"
           r"the \w+) (?:plainly|straight|the truth|that)|status page|updates? every|"
           r"pushed back|said no|showed (?:him|her|them) the|flagged|straight away",
           "said the hard thing plainly",
           "told someone an uncomfortable truth, plainly and kindly"),
    _theme("customer", r"customers?|clients?|users?|guests?|patients?\b|service",
           r"customers?|clients?|users?\b|guests?|their (?:real )?needs?|renewed",
           "put the customer's real need first",
           "changed what you did because of what a customer really needed"),
    _theme("safety", r"safe|safety|harm|risk",
           r"unsafe|safe(?:ty)?\b|near miss|hazard|incident system|reported it|patient safety|"
           r"could not (?:pass|sign)|high-risk",
           "stopped the work to keep people safe",
           "stopped or changed work to keep someone safe"),
    _theme("care", r"compassion|kind|care\b|caring|dignity|empath|wellbeing|look after|people",
           r"listened|sat (?:down )?with|calm(?:ed)?|upset|struggling|paired|thank|settled|"
           r"comfort|on (?:her|his|their) terms|asked what",
           "noticed how the person felt and acted on it",
           "looked after someone who was struggling"),
    _theme("improving", r"improv|better|curio|innovat|new ideas|why\b",
           r"introduced|rose from|fell from|cut \w+|raised|reduced|halved|second check|"
           r"set up|found (?:a|the|that|out)|broke (?:\w+ ){0,3}down|dug into|rebuilt|"
           r"asked why|looked into",
           "found a better way and measured the difference",
           "found a better way of doing something and measured the difference"),
    _theme("learning", r"learn|grow(?:th)? (?:our|your) skills|develop(?:ment)? of (?:ourselves)",
           r"qualified|learn(?:ed|t)|course|trained as|studied|certif|wrote up|post-?mortem",
           "learned something and used it", "learned a new skill and put it to use"),
    _theme("together", r"team|together|partner|collaborat|each other|families",
           r"together|agreed|partners?|with (?:the|our|their|two|five) \w+|we \w+ed|"
           r"sat with|met (?:her|him|them|the)",
           "brought people together",
           "worked with others to reach a result none of you could alone"),
    _theme("evidence", r"data|evidence|opinion|measur|test",
           r"data|tested|test with|numbers|attribution|clips|measured|usage|results? showed",
           "let the evidence decide", "changed a decision because of what the data showed"),
    _theme("speed", r"fast|speed|quick|action|ship|move|release|often",
           r"within (?:an|the) hour|same day|that (?:day|week|evening)|every (?:two )?weeks?|"
           r"quickly|in two weeks|straight away|phased",
           "moved fast without cutting corners", "acted quickly on incomplete information"),
    _theme("frugal", r"frugal|money|cost|spend|value for money|budget",
           r"saving|saved|£|\$|under budget|cost|cheaper|recovered",
           "saved money without losing quality", "did more with less money"),
    _theme("delivery", r"deliver|promise|on time|on budget|commit",
           r"on time|early|under budget|programme held|delivered|met the deadline|signed",
           "kept a promise under pressure", "delivered what you promised when it was at risk"),
    _theme("inclusion", r"inclusi|everyone|divers|disabilit|accessib|respect",
           r"accessib|wcag|screen reader|vulnerable|inclusive|divers|disabilit|dementia",
           "made room for people who would have been left out",
           "made sure someone who would have been left out was included"),
    _theme("calm", r"calm|pressure|grace|resilien",
           r"lost power|went down|tripled|backed up|calm|froze|crashed|short[- ]staffed|"
           r"two nurses short|outage",
           "kept calm and decided what to do first", "kept calm when things went wrong"),
    _theme("growing", r"grow (?:our|the|your) people|develop (?:our|the) people|mentor|coach",
           r"mentor|coach|trained|paired|apprentice|graduates?|preceptorship|chartership",
           "helped someone grow", "helped a colleague grow"),
    _theme("integrity", r"integrity|right thing|ethic|nobody is watching",
           r"could not|refused|reported|told (?:the|my) \w+ straight away|second check",
           "did the right thing when it cost you something",
           "did the right thing when nobody would have known"),
    _theme("sustainability", r"sustainab|waste|environment|green|source responsibly",
           r"waste|local suppliers?|recycl|solar|energy|carbon",
           "cut waste", "reduced waste or harm to the environment"),
    _theme("celebrate", r"fun|enjoy|celebrat|recogni[sz]e",
           r"celebrat|recogni[sz]ed|fun\b|enjoy|party|thanked the team",
           "celebrated someone else's win", "celebrated or recognised a colleague's win"),
    _theme("ambition", r"bold|think big|ambitio|grow the business",
           r"bold|ambitious|stretch (?:goal|target)|new markets?|first of its kind|"
           r"from scratch|doubled (?:revenue|sales|the business)",
           "set a bold goal and went after it", "set a bold goal and went after it"),
    _theme("listening", r"listen|voice|hear|wishes",
           r"listened|asked what|on (?:her|his|their) terms|told us|interviews?",
           "listened before you acted", "listened to someone before deciding what to do"),
)  # fmt: skip


def themes_of(name: str, description: str | None) -> list[Theme]:
    """The themes a value's name names; only when the name names none, its description's. "Have
    fun: ... make it fun for guests" is about fun, not customers."""
    for text in (name, description or ""):
        found = [(m.start(), n) for n, t in enumerate(THEMES) if (m := t.triggers.search(text))]
        if found:  # in the order the words come: "Celebrate together" is first about celebrating
            return [THEMES[n] for _, n in sorted(found)]
    return []


def signs_in(themes: list[Theme], evidence: str) -> list[str]:
    """The sign phrases of these themes found in the evidence, as written there."""
    found: list[str] = []
    for theme in themes:
        for m in theme.signs.finditer(evidence):
            if m.group(0) not in found:
                found.append(m.group(0))
    return found
