"""Odd input never raises: empty pages, broken markup, other languages, huge pages."""

from __future__ import annotations

import time

import pytest

from roundtwo.engines.research import extract_company, extract_job
from roundtwo.engines.research.model import JobPosting


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        ("", "text/html"),
        ("   \n\t ", "text/html"),
        ("<html><body></body></html>", "text/html"),
        ("<div></div><br/><p>&nbsp;</p>", "text/html"),
        ("", "text/plain"),
        ("", "text/markdown"),
        ("\x00\x00\x00", "text/html"),
    ],
)
def test_an_empty_page_gives_an_empty_result(content: str, content_type: str) -> None:
    assert extract_job(content, source="s", content_type=content_type).is_empty
    assert extract_company(content, source="s", content_type=content_type).is_empty


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><p>unclosed <b>bold <ul><li>a<li>b</p></html>",
        "<<<>>> <p <h2>Requirements</h2><ul><li>SQL</ul></ul></ul>",
        '<?xml version="1.0" encoding="UTF-8"?><html><body><h1>Koch (m/w/d)</h1></body></html>',
        '<script type="application/ld+json">{"@type": ["JobPosting", null], "title": 7}</script>',
        '<script type="application/ld+json">[1, "x", null, {"@graph": "nope"}]</script>',
        '<div itemscope itemtype="x"><span itemprop="name"></span></div>',
        "<h2>Our values</h2><ul><li></li><li>   </li></ul><time datetime='garbage'>x</time>",
        "\ufeff<p>Byte order mark</p>\udcff",
        "<p>" + "\u202e" * 50 + "</p>",
        "%PDF-1.4 \x01\x02\x03 binary-looking text",
    ],
)
def test_malformed_input_does_not_raise(content: str) -> None:
    extract_job(content, source="s")
    extract_company(content, source="s")


def test_other_languages_return_what_they_can() -> None:
    german = """<html><head><meta property="og:site_name" content="Backhaus"></head><body>
    <h1>Über uns</h1><h2>Unsere Werte</h2><h3>Ehrlichkeit</h3><p>Wir sagen, was wir denken.</p>
    <h2>Aufgaben</h2><ul><li>Brot backen mit Python-Kenntnissen</li></ul></body></html>"""
    assert extract_company(german, source="s").as_dict()["name"] == "Backhaus"
    job = extract_job(german, source="s")
    assert job.title == "Über uns"
    assert "Python" in job.skills
    japanese = "<h1>ソフトウェアエンジニア</h1><ul><li>Python の経験 3 年以上</li></ul>"
    assert extract_job(japanese, source="s").title == "ソフトウェアエンジニア"


def test_unknown_content_types_are_sniffed() -> None:
    assert extract_job(
        "<h1>Nurse</h1>", source="s", content_type="application/x-whatever"
    ).title == ("Nurse")
    plain = extract_job("Nurse\n\nRequirements:\n- BLS", source="s", content_type="")
    assert [r.text for r in plain.requirements] == ["BLS"]


def _timed_job(items: int) -> tuple[float, JobPosting]:
    page = "<h2>Requirements</h2><ul>" + "<li>Experience with Python and SQL</li>" * items
    start = time.perf_counter()
    job = extract_job(page + "</ul>", source="s")
    return time.perf_counter() - start, job


def test_a_huge_page_is_cut_and_still_answers() -> None:
    # Time grows with the page, not with its square: a ratio within one run holds on a busy
    # machine where an absolute limit would not (linear is about 10x here, quadratic 100x).
    small, _ = _timed_job(6_000)
    huge, job = _timed_job(60_000)
    assert huge < small * 30
    assert len(job.requirements) == 80
    assert job.skills == ("Python", "SQL")
    assert extract_company("<p>" + "word " * 600_000 + "</p>", source="s").values == ()
