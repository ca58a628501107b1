"""Skills and tools named in a posting: the project's lexicon (knowledge/skills.json), plus
tool-like names the lexicon lacks when they sit in a list beside ones it knows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from roundtwo.knowledge import load

# keeps C++, C#, Node.js, FP&A and .NET whole; splits on hyphens and slashes, so "Python-based"
# and "C/C++" count (and CI/CD is matched as the two tokens its lexicon spelling also makes)
_TOKEN = re.compile(r"\.?[A-Za-z0-9+#&]+(?:[.'’][A-Za-z0-9+#&]+)*\+*")
_SHORT_ACRONYM = re.compile(r"^[A-Z0-9&/]{1,4}$")  # AP, PR, QA, UX: read only in capitals


@dataclass(frozen=True)
class Lexicon:
    exact: dict[tuple[str, ...], str]  # case-sensitive spellings
    folded: dict[tuple[str, ...], str]  # case-insensitive spellings, lower-cased
    longest: int


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@cache
def lexicon() -> Lexicon:
    exact: dict[tuple[str, ...], str] = {}
    folded: dict[tuple[str, ...], str] = {}
    for entry in load("skills")["skills"]:
        for spelling in [entry["name"], *entry.get("aliases", [])]:
            key = tuple(t for t, _, _ in tokens(spelling))
            if entry.get("case_sensitive") or _SHORT_ACRONYM.match(spelling):
                exact.setdefault(key, entry["name"])
            else:
                folded.setdefault(tuple(t.lower() for t in key), entry["name"])
    longest = max(len(k) for k in [*exact, *folded])
    return Lexicon(exact, folded, longest)


def _match_at(
    toks: list[tuple[str, int, int]], i: int, text: str, lex: Lexicon
) -> tuple[str, int] | None:
    """The longest known skill starting at token i, and how many tokens it spans."""
    for n in range(min(lex.longest, len(toks) - i), 0, -1):
        words = tuple(t for t, _, _ in toks[i : i + n])
        name = lex.exact.get(words) or lex.folded.get(tuple(w.lower() for w in words))
        if name is None:
            continue
        end = toks[i + n - 1][2]
        if len(words) == 1 and len(words[0]) == 1 and text[end : end + 1] in {"-", "&", "'"}:
            continue  # "C-suite", "R&D": a lone letter is a skill only when it stands alone
        return name, n
    return None


def skill_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, skill name) of each lexicon skill in the text."""
    lex = lexicon()
    toks = tokens(text)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        hit = _match_at(toks, i, text, lex)
        if hit is None:
            i += 1
            continue
        found.append((toks[i][1], toks[i + hit[1] - 1][2], hit[0]))
        i += hit[1]
    return found


def known_skills(text: str) -> list[str]:
    """Lexicon skills in order of first mention."""
    return list(dict.fromkeys(name for _, _, name in skill_spans(text)))


_PIECES = re.compile(r",|;|/|\(|\)|:|\band\b|\bor\b|&|\be\.g\.|\bsuch as\b|\bincluding\b|\blike\b")
_CAMEL = re.compile(r"[a-z][A-Z]|\.js$|^[A-Z][a-z]+[0-9]+$")
_NOT_TOOLS = {
    "experience", "strong", "excellent", "good", "solid", "proven", "deep", "hands", "knowledge",
    "familiarity", "proficiency", "understanding", "exposure", "working", "advanced", "basic",
    "fluent", "native", "expert", "expertise", "ability", "demonstrated", "previous", "prior",
    "some", "any", "other", "modern", "relevant", "similar", "etc", "tools", "tool", "platforms",
    "the", "a", "an", "with", "in", "of", "we", "you", "our", "your", "bachelor", "master",
    "degree", "bsc", "msc", "phd", "ba", "ma", "years", "year", "level", "using", "use",
    "certified", "certification", "qualified", "equivalent", "nice", "plus", "bonus", "ideally",
    "preferably", "preferred", "especially", "mainly", "mostly", "eg", "ie", "i.e", "e.g",
    "languages", "frameworks", "systems", "tooling", "stack", "cloud", "big", "data", "team",
    "teams", "uk", "us", "usa", "eu", "emea", "apac", "english", "b2b", "b2c", "ceo", "cfo",
    "cto", "coo", "cmo", "vp", "kpi", "kpis", "roi", "mba", "smb", "sme", "smes", "saas",
}  # fmt: skip
_ASIDE = re.compile(r"\([^(),]*\)")
_PLURAL_TITLE = re.compile(r"^[A-Z]{2,}s$")  # CFOs, CEOs: people, not tools


def _name_run(piece: str) -> str | None:
    """The tool-like name a list piece ends with: "experience with Snowflake" -> "Snowflake"."""
    run: list[str] = []
    for token, _, _ in reversed(tokens(piece)):
        looks_like_name = token[:1].isupper() or token[:1].isdigit() or _CAMEL.search(token)
        stop = token.lower() in _NOT_TOOLS or not looks_like_name
        if stop and not run:
            continue  # trailing words: "Fivetran a plus", "Snowflake in production"
        if stop or len(run) == 3:
            break
        run.insert(0, token)
    if not run or not any(c.isalpha() for c in "".join(run)) or len("".join(run)) < 2:
        return None
    if _PLURAL_TITLE.match(run[-1]):
        return None
    return " ".join(run)


def listed_tools(text: str) -> list[str]:
    """Capitalised names in a list that also names a known skill ("Snowflake" in "SQL,
    Snowflake or dbt"), and CamelCase product names anywhere (NetSuite, BigQuery)."""
    spans = skill_spans(text)
    masked = text
    for start, end, _ in spans:  # a known skill separates list pieces like a comma does
        masked = masked[:start] + "," * (end - start) + masked[end:]
    # "(Adult)", "(k8s)": a one-item aside explains the word before it, it lists nothing
    masked = _ASIDE.sub(lambda m: "," * len(m.group(0)), masked)
    pieces = [p.strip() for p in _PIECES.split(masked) if p and p.strip(" ,")]
    in_list = bool(spans) and len(pieces) + len(spans) > 1
    toks = tokens(text)
    first = toks[0][0] if toks else ""
    found = []
    for name in (_name_run(p) for p in pieces):
        if name is None or name == first:
            continue
        if in_list or any(_CAMEL.search(t) for t in name.split()):
            found.append(name)
    return list(dict.fromkeys(found))


def find_skills(requirement_texts: Iterable[str], other_texts: Iterable[str] = ()) -> list[str]:
    """Known skills from every text given, then listed tools from the requirement texts."""
    reqs = list(requirement_texts)
    found = [s for t in [*reqs, *other_texts] for s in known_skills(t)]
    found += [tool for t in reqs for tool in listed_tools(t)]
    seen: dict[str, str] = {}
    for name in found:
        seen.setdefault(name.lower(), name)
    return list(seen.values())
