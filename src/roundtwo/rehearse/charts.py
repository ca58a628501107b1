"""A progress series drawn as a small SVG line chart, with the good range shaded.

Drawn on the server so the page needs no chart library; the same figures are in a table
beside it for screen readers and for anyone who prefers numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.rehearse.progress import Series

WIDTH, HEIGHT, PAD = 320, 120, 24


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str
    value: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    line: str  # the polyline's points attribute
    dots: tuple[Dot, ...]
    band_y: float
    band_height: float
    top_label: str
    bottom_label: str


def chart(s: Series) -> Chart | None:
    if not s.points:
        return None
    values = [p.value for p in s.points]
    low = min(min(values), s.good[0])
    high = max(max(values), s.good[1])
    if high - low < 1e-9:
        high = low + 1

    def y(v: float) -> float:
        return round(HEIGHT - PAD - (v - low) / (high - low) * (HEIGHT - 2 * PAD), 1)

    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)
    dots = tuple(
        Dot(round(PAD + i * step, 1), y(p.value), p.label, p.value) for i, p in enumerate(s.points)
    )
    band_top, band_bottom = y(s.good[1]), y(s.good[0])
    return Chart(
        WIDTH,
        HEIGHT,
        " ".join(f"{d.x},{d.y}" for d in dots),
        dots,
        band_top,
        round(band_bottom - band_top, 1),
        f"{high:g}",
        f"{low:g}",
    )
