"""Skills and tools named in a posting: the project's lexicon (knowledge/skills.json), skills
written as verb phrases ("draft contracts"), named registrations, licences and certificates, and
tool-like names the lexicon lacks when they sit in a list beside ones it knows."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .credentials import credential_spans
from .lexicon import Lexicon, false_friend_spans, fold, lexicon, tokens
from .verb_phrases import verb_phrase_skills

Span = tuple[int, int, str]


def _match_at(
    toks: list[tuple[str, int, int]], i: int, text: str, lex: Lexicon
) -> tuple[str, int] | None:
    """The longest known skill starting at token i, and how many tokens it spans."""
    for n in range(min(lex.longest, len(toks) - i), 0, -1):
        words = tuple(t for t, _, _ in toks[i : i + n])
        name = lex.exact.get(words) or lex.folded.get(tuple(fold(w) for w in words))
        if name is None:
            continue
        end = toks[i + n - 1][2]
        if len(words) == 1 and len(words[0]) == 1 and text[end : end + 1] in {"-", "&", "'"}:
            continue  # "C-suite", "R&D": a lone letter is a skill only when it stands alone
        if _after_prefix(text, toks[i][1]):
            return None  # "cross-disciplinary" is not "Disciplinary and grievance"
        return name, n
    return None


def _after_prefix(text: str, start: int) -> bool:
    """The word at start ends a hyphenated compound begun by a lower-case word."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].islower()


def skill_spans(text: str) -> list[Span]:
    """(start, end, skill name) of each lexicon skill in the text."""
    lex = lexicon()
    toks = tokens(text)
    masked = false_friend_spans(text)
    found: list[Span] = []
    i = 0
    while i < len(toks):
        inside = any(a <= toks[i][1] < b for a, b in masked)
        hit = None if inside else _match_at(toks, i, text, lex)
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
# a capitalised run ending in a job noun names a role ("Dental Therapist"), not a tool
_ROLES = {
    "nurse", "therapist", "hygienist", "pharmacist", "engineer", "manager", "developer",
    "technician", "officer", "assistant", "worker", "practitioner", "consultant", "analyst",
    "designer", "director", "lead", "specialist", "coordinator", "administrator", "adviser",
    "advisor", "executive", "operative", "supervisor", "surgeon", "doctor", "teacher", "scientist",
}  # fmt: skip
# words that may follow a tool's name in a list piece without ending it
_TRAILING = {
    "is", "are", "would", "be", "desirable", "essential", "required", "production", "welcome",
    "beneficial", "advantage", "advantageous", "skills", "experience",
}  # fmt: skip
_LABEL = re.compile(r"[^,:;()]*:")
_ASIDE = re.compile(r"\([^(),]*\)")
_PLURAL_TITLE = re.compile(r"^[A-Z]{2,}s$")  # CFOs, CEOs: people, not tools


def _name_run(piece: str) -> str | None:
    """The tool-like name a list piece ends with: "experience with Snowflake" -> "Snowflake";
    none when the piece ends in a sentence ("Professional experience in data analysis")."""
    run: list[str] = []
    for token, _, _ in reversed(tokens(piece)):
        looks_like_name = token[:1].isupper() or token[:1].isdigit() or _CAMEL.search(token)
        stop = token.lower() in _NOT_TOOLS or not looks_like_name
        if stop and not run:
            if token.lower() not in _NOT_TOOLS and token.lower() not in _TRAILING:
                return None
            continue  # trailing words: "Fivetran a plus", "Snowflake in production"
        if stop or len(run) == 3:
            break
        run.insert(0, token)
    if not run or not any(c.isalpha() for c in "".join(run)) or len("".join(run)) < 2:
        return None
    if _PLURAL_TITLE.match(run[-1]) or run[-1].lower().rstrip("s") in _ROLES:
        return None
    return " ".join(run)


def listed_tools(text: str) -> list[str]:
    """Capitalised names in a list that also names a known skill ("Snowflake" in "SQL,
    Snowflake or dbt"), and CamelCase product names anywhere (NetSuite, BigQuery)."""
    spans = skill_spans(text)
    masked = text
    # a known skill or a named credential separates list pieces like a comma does
    for start, end, _ in [*spans, *credential_spans(text)]:
        masked = masked[:start] + "," * (end - start) + masked[end:]
    # "(Adult)", "(k8s)": a one-item aside explains the word before it, it lists nothing
    masked = _ASIDE.sub(lambda m: "," * len(m.group(0)), masked)
    # "Basic Qualifications:", "Advantage: .NET": a name before a colon labels what follows
    masked = _LABEL.sub(lambda m: "," * len(m.group(0)), masked)
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


def line_skills(text: str) -> list[str]:
    """Lexicon skills, skills named by verb phrases and named credentials, in order of mention;
    a credential that overlaps a lexicon skill is left to the lexicon's name for it."""
    spans = skill_spans(text)
    hits = [(start, name) for start, _, name in spans]
    hits += verb_phrase_skills(text)
    for start, end, name in credential_spans(text):
        if all(end <= s or start >= e for s, e, _ in spans):
            hits.append((start, name))
    return list(dict.fromkeys(name for _, name in sorted(hits, key=lambda h: h[0])))


def find_skills(requirement_texts: Iterable[str], other_texts: Iterable[str] = ()) -> list[str]:
    """Skills from every line given (duty and requirement lines, which is where verb phrases
    name skills rather than describe the company), then listed tools from the requirement
    lines."""
    reqs = list(requirement_texts)
    found = [s for t in [*reqs, *other_texts] for s in line_skills(t)]
    found += [tool for t in reqs for tool in listed_tools(t)]
    seen: dict[str, str] = {}
    for name in found:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def with_names_inside(skills: Iterable[str]) -> list[str]:
    """The skills, each followed by the lexicon's names it holds ("manage the annual budget" ->
    Budgeting, "Postgres" -> PostgreSQL): a posting's skills list shows the posting's own
    words, and the practice set knows skills by the lexicon's names."""
    out: dict[str, str] = {}
    for skill in skills:
        out.setdefault(skill.lower(), skill)
        for name in line_skills(skill):
            out.setdefault(name.lower(), name)
    return list(out.values())
