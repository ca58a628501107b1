"""The lines of an experience section -> one entry per job, with its header and its bullets."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .bullets import collect_bullets, strip_marker
from .headers import (
    Header,
    header_date,
    is_location_line,
    is_organisation_line,
    looks_like_header,
    names_a_role_or_firm,
    parse_header,
)
from .model import Experience

MAX_EXTRA_HEADER_LINES = 2


@dataclass(frozen=True)
class _Block:
    first: int  # first header line
    last: int  # last header line
    header: Header
    # The block opens with a line naming only the employer, which may head several roles.
    employer_line: bool = False


def _complete(header: Header) -> bool:
    return bool(header.title and header.organisation)


def _anchors(lines: list[str]) -> list[int]:
    """Lines that open a job: those with its dates; in a resume without dates, a title-like line
    naming a role or a firm that is followed by the job's text."""
    dated = [i for i, line in enumerate(lines) if line.strip() and header_date(line)]
    if dated:
        return dated
    out = []
    for i, line in enumerate(lines):
        nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
        if (
            looks_like_header(line)
            and names_a_role_or_firm(line)
            and nxt
            and (strip_marker(nxt)[0] or not looks_like_header(nxt))
        ):
            out.append(i)
    return out


def _extend(lines: list[str], anchor: int, floor: int, ceiling: int) -> _Block:
    """Add the title or firm lines just above or below the anchor while the header lacks one,
    and a place on its own line just below."""
    first = last = anchor
    header = parse_header(lines[first : last + 1])
    for step in range(1, MAX_EXTRA_HEADER_LINES + 1):
        i = anchor - step
        if _complete(header) or i <= floor or not _header_line(lines[i]):
            break
        first = i
        header = parse_header(lines[first : last + 1])
    for step in range(1, MAX_EXTRA_HEADER_LINES + 1):
        i = anchor + step
        if i >= ceiling or not _header_line(lines[i]):
            break
        if _complete(header) and not (header.location is None and is_location_line(lines[i])):
            break
        last = i
        header = parse_header(lines[first : last + 1])
    return _Block(first, last, header, first < anchor and is_organisation_line(lines[first]))


def _header_line(line: str) -> bool:
    return bool(line.strip()) and looks_like_header(line) and not header_date(line)


def _with_employer(header: Header, previous: _Block | None) -> Header:
    """A role listed under an earlier one at the same employer takes that employer's name."""
    if header.organisation or previous is None or not previous.employer_line:
        return header
    p = previous.header
    return replace(header, organisation=p.organisation, location=header.location or p.location)


def split_jobs(lines: list[str]) -> tuple[list[Experience], list[str]]:
    """(the jobs, the bullets found before the first job)."""
    anchors = _anchors(lines)
    if not anchors:
        return [], collect_bullets(lines)
    blocks: list[_Block] = []
    for n, anchor in enumerate(anchors):
        floor = blocks[-1].last if blocks else -1
        ceiling = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        block = _extend(lines, anchor, floor, ceiling)
        header = _with_employer(block.header, blocks[-1] if blocks else None)
        employer_line = block.employer_line or (header is not block.header)
        blocks.append(replace(block, header=header, employer_line=employer_line))
    jobs = []
    for n, block in enumerate(blocks):
        end = blocks[n + 1].first if n + 1 < len(blocks) else len(lines)
        h = block.header
        bullets = tuple(collect_bullets(lines[block.last + 1 : end]))
        jobs.append(Experience(h.title, h.organisation, h.start, h.end, h.location, bullets))
    return jobs, collect_bullets(lines[: blocks[0].first])
