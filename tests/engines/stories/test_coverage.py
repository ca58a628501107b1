"""coverage: which needed competencies the stories show, and which they miss."""

from __future__ import annotations

from roundtwo.engines.stories import Coverage, coverage


def test_gaps_and_thin_spots_are_found_against_what_the_role_needs() -> None:
    result = coverage(
        [
            ("s1", ["ownership", "problem_solving"]),
            ("s2", ["ownership", "communication"]),
            ("s3", ["mentoring"]),
        ],
        ["ownership", "communication", "leadership"],
    )
    assert result.gaps == ("leadership",)
    assert result.thin == ("communication",)
    assert result.stories_for("ownership") == ("s1", "s2")


def test_needed_competencies_come_first_then_the_rest_in_first_seen_order() -> None:
    result = coverage([("s1", ["mentoring", "ownership"])], ["leadership", "ownership"])
    assert [cid for cid, _ in result.by_competency] == ["leadership", "ownership", "mentoring"]
    assert result.by_competency[0] == ("leadership", ())


def test_repeated_tags_and_repeated_needs_count_once() -> None:
    result = coverage(
        [("s1", ["ownership", "ownership"]), ("s1", ["ownership"])], ["ownership", "ownership"]
    )
    assert result.by_competency == (("ownership", ("s1",)),)
    assert result.thin == ("ownership",)


def test_no_stories_means_every_need_is_a_gap() -> None:
    assert coverage([], ["a", "b"]) == Coverage(
        by_competency=(("a", ()), ("b", ())), gaps=("a", "b"), thin=()
    )
    assert coverage([], []) == Coverage((), (), ())
