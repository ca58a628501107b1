"""Benchmark of the transcript-import engine on transcripts written for the project.

    .venv/bin/python bench/transcripts/bench.py                 # dev split only (while tuning)
    .venv/bin/python bench/transcripts/bench.py --holdout       # dev and holdout
    .venv/bin/python bench/transcripts/bench.py --write         # both, and update bench/RESULTS.md

Data: bench/transcripts/data/ (the transcripts; .docx.json files are paragraph lists turned into
real .docx files with python-docx at run time) and bench/transcripts/expected/ (per transcript:
split, candidate, speakers, expected pairs).
Quality: speaker lists found exactly; pair precision and recall. A predicted pair matches an
expected one when asked_by is equal, the predicted question contains the expected key phrase,
and the expected answer start appears within the first few words of the predicted answer (its
own length plus 6 words, so a leading "Sure." or "Um, yeah." is allowed); each expected pair
matches at most one predicted pair, in order. Follow-up accuracy: over matched pairs, the share
whose follow_up_of points at the prediction matched to the expected root (or both None).
Speed: parse_transcript + pair_questions on a generated one-hour Teams-style WebVTT file.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import docx

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "transcripts")]

from _results import machine  # noqa: E402
from _results import write_section as write_results  # noqa: E402
from render import render  # noqa: E402

from roundtwo.engines.transcripts import (  # noqa: E402
    MAX_BYTES,
    AskedQuestion,
    QAPair,
    closing_questions,
    list_speakers,
    pair_questions,
    parse_transcript,
)

HERE = Path(__file__).parent
DATA, EXPECTED, MESSY = HERE / "data", HERE / "expected", HERE / "messy"
_WORD = re.compile(r"[\w']+")


def _norm(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def file_bytes(name: str) -> tuple[bytes, str]:
    """The bytes a user would upload; .docx.json specs become a real .docx and .script files
    the export of the tool they name (render.py)."""
    if (MESSY / name).exists():
        path = MESSY / name
        if path.suffix == ".script":
            data, ext = render(path.read_text(encoding="utf-8"))
            return data, path.stem + ext
        return path.read_bytes(), name
    path = DATA / name
    if not name.endswith(".docx.json"):
        return path.read_bytes(), name
    document = docx.Document()
    for paragraph in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]:
        lines = paragraph.split("\n")
        run = document.add_paragraph().add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), name.removesuffix(".json")


def pair_matches(pred: QAPair, want: dict[str, Any]) -> bool:
    if pred.asked_by != want["asked_by"]:
        return False
    if " ".join(_norm(want["question"])) not in " ".join(_norm(pred.question)):
        return False
    start = _norm(want["answer_start"])
    window = " ".join(_norm(pred.answer)[: len(start) + 6])
    return " ".join(start) in window


def asked_matches(pred: AskedQuestion, want: dict[str, Any]) -> bool:
    if " ".join(_norm(want["question"])) not in " ".join(_norm(pred.question)):
        return False
    start = _norm(want["answer_start"])
    return " ".join(start) in " ".join(_norm(pred.answer)[: len(start) + 6])


def not_pairs(preds: tuple[QAPair, ...], phrases: list[str]) -> list[str]:
    """Predicted pairs whose question is small talk, logistics or an aside named in the case."""
    keys = [" ".join(_norm(p)) for p in phrases]
    return [p.question for p in preds if any(k in " ".join(_norm(p.question)) for k in keys)]


def match(preds: tuple[QAPair, ...], wanted: list[dict[str, Any]]) -> dict[int, int]:
    """Expected index -> predicted index, greedy in order, one-to-one."""
    used: set[int] = set()
    found: dict[int, int] = {}
    for e, want in enumerate(wanted):
        for p, pred in enumerate(preds):
            if p not in used and pair_matches(pred, want):
                found[e] = p
                used.add(p)
                break
    return found


def evaluate(cases: list[dict[str, Any]]) -> dict[str, Any]:
    tp = n_pred = n_exp = fu_ok = speakers_ok = cq_found = cq_wanted = cq_pred = 0
    misses: list[str] = []
    chatter: list[str] = []
    for case in cases:
        data, filename = file_bytes(case["file"])
        transcript = parse_transcript(data, filename)
        speakers_ok += {s.name for s in list_speakers(transcript)} == set(case["speakers"])
        preds = pair_questions(transcript, case["candidate"])
        chatter += [
            f"{case['file']}: {q[:60]!r}" for q in not_pairs(preds, case.get("not_pairs", []))
        ]
        if "candidate_questions" in case:
            asked = closing_questions(transcript, case["candidate"])
            cq_pred += len(asked)
            cq_wanted += len(case["candidate_questions"])
            for want in case["candidate_questions"]:
                hit = any(asked_matches(a, want) for a in asked)
                cq_found += hit
                if not hit:
                    misses.append(
                        f"{case['file']}: candidate question {want['question']!r} not kept"
                    )
        wanted = case["pairs"]
        found = match(preds, wanted)
        tp, n_pred, n_exp = tp + len(found), n_pred + len(preds), n_exp + len(wanted)
        for e, p in found.items():
            root = wanted[e]["follow_up_of"]
            expected_p = None if root is None else found.get(root, -1)
            ok = preds[p].follow_up_of == expected_p
            fu_ok += ok
            if not ok:
                misses.append(
                    f"{case['file']}: pair {e} ({wanted[e]['question']!r}) should follow up "
                    f"pair {root}, got {preds[p].follow_up_of}"
                )
        stem = case["file"]
        misses += [
            f"{stem}: missed {w['question']!r}" for e, w in enumerate(wanted) if e not in found
        ]
        matched_p = set(found.values())
        misses += [
            f"{stem}: extra {p.question[:60]!r}" for i, p in enumerate(preds) if i not in matched_p
        ]
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_exp if n_exp else 0.0
    return {
        "transcripts": len(cases),
        "expected": n_exp,
        "predicted": n_pred,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "follow_up_accuracy": fu_ok / tp if tp else 0.0,
        "speakers_ok": speakers_ok,
        "misses": misses,
        "chatter": chatter,
        "candidate_questions": (cq_found, cq_wanted, cq_pred),
    }


def one_hour_vtt(cues: int = 3000, seconds: float = 3600.0) -> bytes:
    """A Teams-style file of `cues` captions over an hour, cycling the dev Teams transcript."""
    source = (DATA / "teams_software_engineer.vtt").read_text(encoding="utf-8")
    texts = re.findall(r"^(<v [^>]+>.*</v>)$", source, flags=re.M)
    step = seconds / cues
    out = ["WEBVTT", ""]
    for i in range(cues):
        start, end = i * step, (i + 1) * step - 0.05
        stamp = [
            f"{int(t // 3600):02d}:{int(t % 3600 // 60):02d}:{t % 60:06.3f}" for t in (start, end)
        ]
        out += [f"9b1d4c2e-53aa-4f0e-8c61-2f7d0e9a4b13/{i}-0", f"{stamp[0]} --> {stamp[1]}"]
        out += [texts[i % len(texts)], ""]
    return "\n".join(out).encode("utf-8")


def near_limit_seconds() -> tuple[int, float]:
    """Worst case the app must expect: a WebVTT file just under MAX_BYTES, parsed and paired."""
    cues = 30000
    data = one_hour_vtt(cues, seconds=cues * 1.2)
    while len(data) > MAX_BYTES:
        cues -= 1000
        data = one_hour_vtt(cues, seconds=cues * 1.2)
    t = time.perf_counter()
    pair_questions(parse_transcript(data, "big.vtt"), "Daniel Osei")
    return len(data), time.perf_counter() - t


def speed(runs: int = 5) -> dict[str, float]:
    data = one_hour_vtt()
    parse_ms, pair_ms = [], []
    transcript = parse_transcript(data, "long.vtt")
    for _ in range(runs):
        t = time.perf_counter()
        transcript = parse_transcript(data, "long.vtt")
        parse_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        pairs = pair_questions(transcript, "Daniel Osei")
        pair_ms.append((time.perf_counter() - t) * 1000)
    return {
        "bytes": len(data),
        "turns": len(transcript.turns),
        "pairs": len(pairs),
        "parse_ms": statistics.median(parse_ms),
        "pair_ms": statistics.median(pair_ms),
    }


def load_cases() -> list[dict[str, Any]]:
    """The first 13 transcripts (splits dev, holdout), then the messy 12 (messy dev, holdout)."""
    cases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.json"))]
    for path in sorted(MESSY.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        cases.append({**case, "split": f"messy {case['split']}"})
    return cases


def report(with_holdout: bool) -> str:
    cases = load_cases()
    names = (
        ["messy holdout", "messy dev", "dev", "holdout"] if with_holdout else ["messy dev", "dev"]
    )
    splits = {name: [c for c in cases if c["split"] == name] for name in names}
    if with_holdout:
        splits["all"] = cases
    results = {name: evaluate(group) for name, group in splits.items()}
    fast = speed()
    big_bytes, big_s = near_limit_seconds()
    messy = [c for c in cases if c["split"].startswith("messy")]
    kinds = Counter(
        c.get("format", c["file"].split(".", 1)[1].removesuffix(".json")) for c in messy
    )
    lines = [
        "## Transcript import (engines/transcripts)",
        "",
        f"Date: {date.today().isoformat()}. Machine: {machine()}. "
        "Command: `.venv/bin/python bench/transcripts/bench.py --write`.",
        f"Data, messy set first: bench/transcripts/messy/, {len(messy)} messy interviews written "
        "for the project (4 holdout, written with the dev 8 before any rule was changed and "
        "scored once at the end; "
        + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        + "; .script files are conversations turned into each tool's export by render.py, "
        "cues cut mid-sentence): arrival small talk, time checks, scheduling the next step, "
        "asides between interviewers, and a closing part where the candidate asks questions. "
        "Then the first 13 (bench/transcripts/data/, expected/: 10 dev, 3 holdout): Teams and "
        "Zoom WebVTT, SubRip, five text label styles, two Teams .docx layouts.",
        "",
        "| figure | " + " | ".join(splits) + " |",
        "| --- |" + " --- |" * len(splits),
    ]

    def row(name: str, fn: Any) -> None:
        lines.append(f"| {name} | " + " | ".join(fn(results[s]) for s in splits) + " |")

    row("transcripts / expected pairs", lambda r: f"{r['transcripts']} / {r['expected']}")
    row("speaker lists exactly right", lambda r: f"{r['speakers_ok']} / {r['transcripts']}")
    row("pairs predicted", lambda r: str(r["predicted"]))
    row("pair precision", lambda r: f"{r['precision']:.3f}")
    row("pair recall", lambda r: f"{r['recall']:.3f}")
    row("pair F1", lambda r: f"{r['f1']:.3f}")
    row("follow-up attachment accuracy (matched pairs)", lambda r: f"{r['follow_up_accuracy']:.3f}")
    row("small-talk, logistics or aside pairs (target 0)", lambda r: str(len(r["chatter"])))
    row(
        "candidate's closing questions kept / written (kept in all)",
        lambda r: (
            "{} / {} ({})".format(*r["candidate_questions"])
            if r["candidate_questions"][1]
            else "n/a"
        ),
    )
    errors = [m for name in splits if name != "all" for m in results[name]["misses"]]
    lines += [
        "",
        "- Matching: same asked_by; the predicted question contains the expected key phrase; the "
        "expected answer start lies within the predicted answer's first words (its length + 6).",
        f"- Speed: a generated one-hour Teams WebVTT ({fast['bytes'] / 1024:.0f} KiB, 3,000 cues, "
        f"{fast['turns']} turns): parse_transcript median {fast['parse_ms']:.0f} ms, "
        f"pair_questions median {fast['pair_ms']:.0f} ms ({fast['pairs']} pairs), 5 runs. "
        f"Worst case, a WebVTT file just under the 5 MB limit ({big_bytes / 1024 / 1024:.1f} MiB): "
        f"parse and pair in {big_s:.1f} s (one run); run it off the request thread.",
        "- Errors: " + ("; ".join(errors) if errors else "none") + ".",
        "- Small talk, logistics or asides returned as pairs: "
        + (
            "; ".join(c for name in splits if name != "all" for c in results[name]["chatter"])
            or "none"
        )
        + ".",
        "- Caveats: one author wrote the transcripts, the expected pairs and the rules, so these "
        "figures flatter the engine. The messy 12 were all written before the small-talk, "
        "logistics and aside rules; the rules were then written against the messy dev 8 and "
        "the messy holdout 4 (14 pairs, 7 closing questions) was scored once, at the end, so it "
        "is the fairest figure here and still small. Of the first 13, the holdout 3 (15 pairs) "
        "was scored once when those rules were written. The .script exports are generated, so "
        "they are tidier than real ones: no speech-recognition errors, no speakers merged or "
        "mislabelled by the tool. Small talk is found by phrases (smalltalk.py): an interviewer "
        'who asks a real question in words those phrases hold out ("were you okay for time on '
        'that project?") loses the pair. Expect lower figures on real interviews.',
    ]
    return "\n".join(lines) + "\n"


def write_section(section: str) -> None:
    write_results("transcripts", section)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="also score the holdout split")
    parser.add_argument("--write", action="store_true", help="score all and update RESULTS.md")
    args = parser.parse_args()
    section = report(with_holdout=args.holdout or args.write)
    print(section)
    if args.write:
        write_section(section)


if __name__ == "__main__":
    main()
