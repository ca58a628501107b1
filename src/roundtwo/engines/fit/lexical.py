"""The words two texts share: skills, tools and content lemmas, with a small alias table.

Requirement "Experience leading teams" and bullet "Managed a team of six" share the concept
"lead" (aliases.py); "Kafka" is a skill and weighs more than "team". spaCy runs only the tagger
and lemmatizer (no parser or entities), each text once per process (a bounded cache), so a
25 x 60 matrix costs one batch of 85 short texts.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from roundtwo.engines.answers.loader import load_nlp

from .aliases import FAMILY_OF, PHRASE_PATTERNS, concept

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words every advert uses that say nothing about what the job needs.
GENERIC = frozenset(
    str.split(
        """
    experience experienced ability able strong knowledge knowledgeable proven skill skilled year
    excellent demonstrate demonstrated demonstrable track record understanding understand
    familiarity familiar work working good solid plus bonus prefer preferred require required
    requirement etc include including relevant related similar role environment level high
    hand hands-on background exposure expertise proficiency proficient competent competence
    comfortable great deep sound evidence capability capable desirable essential ideally ideal
    candidate someone person use using ensure within across various variety wide range multiple
    new well effective effectively successfully successful practical previous prior minimum
    least month confident confidence certain other such like ideally e.g. i.e. way thing lot
    """
    )
)
WEIGHTS = {"skill": 2.0, "phrase": 1.5, "NOUN": 1.0, "PROPN": 1.0, "VERB": 0.7, "ADJ": 1.0}
OTHER_WEIGHT = 0.5
PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
CACHE_LIMIT = 20_000


@dataclass(frozen=True)
class Term:
    key: str  # concept key: "lead", "kafka", "ml"
    surface: str  # as written: "Led", "Kafka", "machine learning"
    weight: float
    skill: bool = False


@dataclass(frozen=True)
class Terms:
    by_key: dict[str, Term]
    # Words inside a matched phrase ("team" in "managed a team"): not counted as asked for when
    # the text is a requirement, but found when the text is evidence.
    inner: dict[str, Term] = field(default_factory=dict)

    def find(self, key: str) -> Term | None:
        return self.by_key.get(key) or self.inner.get(key)

    @property
    def total(self) -> float:
        return sum(t.weight for t in self.by_key.values())


_cache: dict[str, Terms] = {}
_lock = threading.Lock()


def _is_skill(token: Token, key: str) -> bool:
    """Tools and named skills: "Kafka", "SQL", "PostgreSQL", "C++", "Civil 3D", "iOS"."""
    text = token.text
    return (
        token.pos_ == "PROPN"
        or any(c.isupper() for c in text[1:])
        or bool(re.search(r"[0-9+#]", text))
        or key in _KNOWN_TOOLS
    )


_KNOWN_TOOLS = frozenset({"python", "excel", "kafka", "javascript", "typescript", "dbt", "sql"})


def _phrases(text: str) -> tuple[list[Term], list[tuple[int, int]]]:
    low = text.lower()
    terms, spans = [], []
    for pattern, key in PHRASE_PATTERNS:
        for m in pattern.finditer(low):
            terms.append(Term(concept(key), text[m.start() : m.end()], WEIGHTS["phrase"]))
            spans.append((m.start(), m.end()))
    return terms, spans


def _keep(token: Token) -> bool:
    if token.is_stop or token.is_punct or token.is_space or token.like_num:
        return False
    lemma = token.lemma_.lower()
    return len(lemma) > 1 and lemma not in GENERIC and bool(re.search(r"[a-z]", lemma))


def _terms(doc: Doc) -> Terms:
    found, spans = _phrases(doc.text)
    inner: list[Term] = []
    for token in doc:
        if not _keep(token):
            continue
        key = concept(_lemma(token))
        skill = _is_skill(token, key)
        weight = WEIGHTS["skill"] if skill else WEIGHTS.get(token.pos_, OTHER_WEIGHT)
        inside = any(a <= token.idx < b for a, b in spans)
        (inner if inside else found).append(Term(key, token.text, weight, skill))
    return Terms(_heaviest(found), _heaviest(inner))


def _lemma(token: Token) -> str:
    """The lemma, except for a capitalised word inside a sentence: a name such as "Postgres" or
    "Jenkins", which the lemmatizer would cut to "postgre". "3D." at a sentence end is "3D"."""
    text = token.text.rstrip(".")
    previous = token.doc[token.i - 1].text if token.i else "."
    if text[:1].isupper() and previous not in {".", "!", "?", ":", ";", "•", "-"}:
        return text.lower()
    return token.lemma_.rstrip(".")


def _heaviest(terms: list[Term]) -> dict[str, Term]:
    """One term per key: the heaviest reading wins; among equals the first surface is kept."""
    by_key: dict[str, Term] = {}
    for term in terms:
        if term.key not in by_key or term.weight > by_key[term.key].weight:
            by_key[term.key] = term
    return by_key


def analyse(texts: Sequence[str]) -> list[Terms]:
    """The terms of each text, running spaCy once over the texts not seen before."""
    # A local copy, so another thread clearing the cache cannot take results from under us.
    found = {t: cached for t in dict.fromkeys(texts) if (cached := _cache.get(t))}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        nlp = load_nlp()
        docs = [nlp.make_doc(t) for t in missing]
        # Running the needed components by hand leaves the shared pipeline untouched, so other
        # threads using it (answer analysis) are never affected by a disabled parser.
        for name in PIPES:
            if name in nlp.pipe_names:
                docs = list(nlp.get_pipe(name).pipe(docs))  # type: ignore[attr-defined]
        fresh = {t: _terms(d) for t, d in zip(missing, docs, strict=True)}
        found.update(fresh)
        with _lock:
            if len(_cache) + len(fresh) > CACHE_LIMIT:
                _cache.clear()
            _cache.update(fresh)
    return [found[t] for t in texts]


FAMILY_CREDIT = 0.5  # a tool of the same kind counts half: it shows the skill, not the tool


@dataclass(frozen=True)
class Overlap:
    pairs: tuple[tuple[Term, Term], ...]  # (requirement term, evidence term), same concept
    kin: tuple[tuple[Term, Term, str], ...]  # same family of tools, not the same one
    coverage: float  # share of the requirement's weight found in the evidence

    def credit(self) -> dict[str, float]:
        """Requirement key -> the share of its weight this evidence earns (1 or FAMILY_CREDIT)."""
        out = {r.key: FAMILY_CREDIT for r, _, _ in self.kin}
        out.update({r.key: 1.0 for r, _ in self.pairs})
        return out


def _kin(wanted: Terms, have: Terms) -> tuple[tuple[Term, Term, str], ...]:
    found = []
    for key, term in wanted.by_key.items():
        if have.find(key) or key not in FAMILY_OF:
            continue
        families = FAMILY_OF[key]
        other = next((t for k, t in have.by_key.items() if set(FAMILY_OF.get(k, ())) &
                      set(families) and k != key), None)  # fmt: skip
        if other:
            family = next(f for f in families if f in FAMILY_OF[other.key])
            found.append((term, other, family))
    return tuple(found)


def overlap(wanted: Terms, have: Terms) -> Overlap:
    pairs = tuple((t, e) for k, t in wanted.by_key.items() if (e := have.find(k)))
    kin = _kin(wanted, have)
    o = Overlap(pairs, kin, 0.0)
    return Overlap(pairs, kin, _weighted(wanted, o.credit()))


def _weighted(wanted: Terms, credit: dict[str, float]) -> float:
    total = wanted.total
    got = sum(wanted.by_key[k].weight * c for k, c in credit.items())
    return got / total if total else 0.0


def union_coverage(wanted: Terms, overlaps: Sequence[Overlap]) -> float:
    credit: dict[str, float] = {}
    for o in overlaps:
        for key, c in o.credit().items():
            credit[key] = max(c, credit.get(key, 0.0))
    return _weighted(wanted, credit)


def describe(o: Overlap) -> str:
    """'shares "Kafka", "streaming"; related: "Led" ~ "leading"; same kind: "Airflow" for
    "Dagster" (workflow orchestrators)' (empty when nothing is shared)."""
    same = [e.surface for r, e in o.pairs if _same_word(r, e)]
    related = [f'"{e.surface}" ~ "{r.surface}"' for r, e in o.pairs if not _same_word(r, e)]
    kin = [f'"{e.surface}" for "{r.surface}" ({family})' for r, e, family in o.kin]
    parts = []
    if same:
        parts.append("shares " + ", ".join(f'"{s}"' for s in same))
    if related:
        parts.append("related: " + ", ".join(related))
    if kin:
        parts.append("same kind: " + ", ".join(kin))
    return "; ".join(parts)


def _same_word(a: Term, b: Term) -> bool:
    """Two surfaces of the same word ("pipelines", "pipeline"), not a synonym."""
    x, y = a.surface.lower(), b.surface.lower()
    return x == y or x.rstrip("s") == y.rstrip("s") or _stem(x) == _stem(y)


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word)
