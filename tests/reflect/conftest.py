from __future__ import annotations

WEAK_ANSWER = (
    "We had a lot of issues with the warehouse software and various things were going wrong. "
    "We worked on it together and did some stuff to fix it."
)
STRONG_ANSWER = (
    "In 2023 our regional warehouse in Leeds was missing its same-day dispatch target on four "
    "days out of five. As the shift lead, I was asked to find out why within two weeks. I timed "
    "every step of the pick-and-pack process for three shifts and found that label printing "
    "held up each order by about four minutes. I proposed moving the printers next to the "
    "packing benches, ran a one-week trial with the night shift, and trained twelve packers on "
    "the new layout. Same-day dispatch rose from 61% to 94% within a month, and the site "
    "manager rolled the layout out to two other warehouses. I learned to measure before I "
    "propose a fix."
)
