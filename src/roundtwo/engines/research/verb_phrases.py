"""Skills written as a verb and its object in a duty or requirement line: "qualify inbound leads"
is Lead qualification, "draft and review contracts" is Contract drafting and Contract review.

The patterns come from the lexicon itself: a skill whose last word names an action ("Budget
management", "Contract drafting") or whose first word does ("Closing deals") is also found as
that action's verb followed by the rest, so every profession the lexicon covers gets its verb
forms without a list of phrases. Only the object's own words count, with a few determiners and
adjectives allowed between: "manage the team's budgets" is found, "manage to budget" is not.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from roundtwo.knowledge import load

from .lexicon import fold, tokens
from .verb_forms import NOMINALS, VERB_ALONE, verb_of_form

MAX_FILLERS = 4
_FILLERS = {
    "a", "an", "the", "our", "your", "their", "its", "his", "her", "all", "any", "some", "each",
    "every", "new", "existing", "daily", "weekly", "monthly", "annual", "quarterly", "key",
    "complex", "multiple", "accurate", "clear", "detailed", "effective", "relevant", "routine",
    "regular", "inbound", "outbound", "incoming", "large", "small", "internal", "external",
    "both", "various", "own", "day", "company", "team's", "client", "engaging", "safe", "timely",
    "tailored", "bespoke", "personalised", "personalized",
}  # fmt: skip
# objects too vague to name a skill: "design services" is not Service design
_GENERIC = {"service", "system", "solution", "feature", "work", "task", "thing", "business",
            "product", "item", "issue", "activity", "it", "them", "this", "that"}  # fmt: skip
_JOINS = {"and", "or", "&"}
_STOPS = set(".;:!?()[]")  # a gap holding one of these ends the phrase


@dataclass(frozen=True)
class VerbIndex:
    objects: dict[str, dict[tuple[str, ...], str]]  # verb -> folded object words -> skill
    alone: dict[str, str]  # verb -> the one-word skill it names by itself
    longest: int


def _derive(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(object words, verbs) for a multi-word skill spelling, if one end names an action."""
    if words[-1] in NOMINALS:
        obj, verbs = words[:-1], NOMINALS[words[-1]]
    elif words[0].endswith("ing") and words[0] in NOMINALS:
        obj, verbs = words[1:], NOMINALS[words[0]]
    else:
        return None
    if not obj or obj[-1] in _GENERIC or set(obj) <= _FILLERS or not any(map(str.isalpha, obj)):
        return None
    return obj, verbs


@cache
def verb_index() -> VerbIndex:
    objects: dict[str, dict[tuple[str, ...], str]] = defaultdict(dict)
    alone: dict[str, str] = {}
    for entry in load("skills")["skills"]:
        if entry.get("case_sensitive"):
            continue  # product names (Mosaic, Chef) are not actions
        for spelling in [entry["name"], *entry.get("aliases", [])]:
            words = tuple(fold(t) for t, _, _ in tokens(spelling))
            if len(words) == 1:
                for verb in VERB_ALONE.get(words[0], ()):
                    alone.setdefault(verb, entry["name"])
            elif (derived := _derive(words)) is not None:
                for verb in derived[1]:
                    objects[verb].setdefault(derived[0], entry["name"])
    longest = max((len(k) for table in objects.values() for k in table), default=1)
    return VerbIndex(dict(objects), alone, longest)


@dataclass
class _Line:
    text: str
    toks: list[tuple[str, int, int]]
    words: list[str]  # folded

    def gap(self, j: int) -> str:
        """The characters between token j-1 and token j."""
        return self.text[self.toks[j - 1][2] : self.toks[j][1]] if j > 0 else ""

    def stops_before(self, j: int) -> bool:
        return bool(_STOPS & set(self.gap(j)))

    def is_filler(self, j: int) -> bool:
        word = self.words[j]
        return word in _FILLERS or (word == "to" and self.words[j - 1 : j] == ["day"])


def _chain(line: _Line, i: int, first: str) -> tuple[list[str], int]:
    """The verbs joined at token i ("draft, review and negotiate") and the token after them.
    An unknown lower-case word after "and" or a comma counts as a verb ("order, receive and
    rotate stock"); it names no skill itself, it only carries the list on to the object."""
    forms = verb_of_form()
    verbs, j, n = [first], i + 1, len(line.words)
    while j < n and not line.stops_before(j):
        token = line.toks[j][0]
        if "," in line.gap(j) and token.isalpha() and token.islower() and token not in _FILLERS:
            verbs.append(forms.get(token, token))
            j += 1
        elif line.words[j] in _JOINS and j + 1 < n and line.toks[j + 1][0].isalpha():
            nxt = line.toks[j + 1][0].lower()
            if nxt in _FILLERS or not line.toks[j + 1][0].islower():
                break
            verbs.append(forms.get(nxt, nxt))
            j += 2
        else:
            break
    return verbs, j


def _object_at(line: _Line, j: int, verbs: list[str], index: VerbIndex) -> tuple[list[str], int]:
    """Skills named by the longest object starting at token j, and the token after it."""
    for size in range(min(index.longest, len(line.words) - j), 0, -1):
        key = tuple(line.words[j : j + size])
        names = [index.objects.get(v, {}).get(key) for v in verbs]
        found = [name for name in dict.fromkeys(names) if name is not None]
        if found:
            return found, j + size
    return [], j


def _is_modifier(line: _Line, j: int) -> bool:
    """A plain lower-case word that may qualify the object after it ("supplier" in "process
    supplier invoices"); verbs and joins are not, so a phrase cannot run into the next one."""
    token = line.toks[j][0]
    return (
        token.isalpha() and token.islower() and token not in _JOINS and token not in verb_of_form()
    )


def _objects(line: _Line, j: int, verbs: list[str], index: VerbIndex) -> list[str]:
    """Skills from the object list after the verbs: "manage suppliers, contractors and budgets"."""
    found: list[str] = []
    skipped, n = 0, len(line.words)
    while j < n and skipped <= MAX_FILLERS and not line.stops_before(j):
        names, end = _object_at(line, j, verbs, index)
        if not names and _is_modifier(line, j) and j + 1 < n and not line.stops_before(j + 1):
            names, end = _object_at(line, j + 1, verbs, index)
        if names:
            found += names
            skipped, j = 0, end
            if j < n and line.words[j] in _JOINS:
                j += 1
            elif j >= n or "," not in line.gap(j):
                break
        elif line.is_filler(j):
            j, skipped = j + 1, skipped + 1
        else:
            break
    return found


def _adjective(line: _Line, i: int) -> bool:
    """An -ed form inside a phrase is usually an adjective ("planned maintenance", "controlled
    drugs"); it is a verb at the start of a line or after have/has/had/having."""
    if not line.words[i].endswith("ed") or i == 0:
        return False
    return line.words[i - 1] not in {"have", "has", "had", "having"}


def verb_phrase_skills(text: str) -> list[tuple[int, str]]:
    """(position, skill name) for each skill a verb phrase in the text names."""
    index, forms = verb_index(), verb_of_form()
    toks = tokens(text)
    line = _Line(text, toks, [fold(t) for t, _, _ in toks])
    found: list[tuple[int, str]] = []
    for i, (token, start, _) in enumerate(toks):
        verb = forms.get(token.lower())
        if verb is None or _adjective(line, i):
            continue
        if verb in index.alone:
            found.append((start, index.alone[verb]))
        verbs, j = _chain(line, i, verb)
        found += [(start, name) for name in _objects(line, j, verbs, index)]
    return found
