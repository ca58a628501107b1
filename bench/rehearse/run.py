"""How soon after "Stop" the report of a two-minute spoken answer is ready.

The browser sends a WebM/Opus piece every 4 s; after each piece the worker transcribes what has
settled (engines.speech.incremental.advance). This replays that: a 120 s answer is encoded as
the browser would, cut into pieces by bytes, and each prefix is decoded and advanced, timing
every pass (a pass must take less than the 4 s until the next piece, or the worker falls
behind). After the last piece, the time of decode + `finish` is the stop-to-report time; the
page adds at most one poll (0.5 s) and the worker one claim (0.25 s), both reported separately.
Batch mode (decode + transcribe everything after the stop, as for an uploaded file) is timed on
the same audio; its words must be the live run's words, run after run.

Data: (a) real speech, the clips of ../shared/eval/speech joined in manifest order up to 120 s;
(b) a 120 s answer spoken by espeak-ng (en-us, 150 wpm), continuous speech. Each is run
RUNS times; medians are reported.

    .venv/bin/python bench/rehearse/run.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from _results import dated_machine_line, write_section  # noqa: E402
from _webm import as_webm  # noqa: E402

from roundtwo.engines.speech.decode import RATE, decode_audio  # noqa: E402
from roundtwo.engines.speech.incremental import Progress, advance, finish  # noqa: E402
from roundtwo.engines.speech.model import load_model  # noqa: E402
from roundtwo.engines.speech.utterances import transcribe_recording  # noqa: E402

SECONDS = 120
PIECE_SECONDS = 4
QUESTION = "Tell me about a time you led a difficult project."
PAGE_POLL_S = 0.5
WORKER_POLL_S = 0.25
ANSWER = (
    "Last spring I led the migration of our billing system to a new provider. "
    "We had two months before the old contract ended, and about forty thousand customers "
    "to move without a single wrong invoice. I was responsible for the plan and for the team "
    "of five engineers. First I split the work into stages by customer size, so that the "
    "small accounts went first and taught us what could go wrong. I set up a weekly demo "
    "with the finance team, because they would see mistakes before we did. When the third "
    "stage failed on tax rounding, I stopped the rollout for two days and wrote a comparison "
    "script that checked every invoice against the old system. "
)


def shared_speech() -> np.ndarray[Any, Any]:
    eval_dir = ROOT.parent / "shared" / "eval" / "speech"
    if not eval_dir.is_dir():
        eval_dir = Path("/work/shared/eval/speech")
    rows = [json.loads(x) for x in (eval_dir / "manifest.jsonl").read_text().splitlines() if x]
    parts: list[np.ndarray[Any, Any]] = []
    total = 0
    for row in rows:
        path = eval_dir / row["file"]
        samples = decode_audio(path.read_bytes(), path.name)
        parts += [samples, np.zeros(RATE // 4, np.float32)]
        total += samples.size + RATE // 4
        if total >= SECONDS * RATE:
            break
    return np.concatenate(parts)[: SECONDS * RATE]


def espeak_speech() -> np.ndarray[Any, Any]:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise SystemExit("espeak-ng is needed for the synthetic answer")
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "answer.wav"
        text = ANSWER * 4
        subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(wav), text], check=True)
        samples = decode_audio(wav.read_bytes(), wav.name)
    return samples[: SECONDS * RATE]


def live_run(data: bytes) -> dict[str, Any]:
    pieces = SECONDS // PIECE_SECONDS
    step = -(-len(data) // pieces)
    progress = Progress()
    passes: list[float] = []
    for i in range(1, pieces + 1):
        began = time.perf_counter()
        progress = advance(decode_audio(data[: i * step], "live.webm"), progress)
        passes.append(time.perf_counter() - began)
    began = time.perf_counter()
    report = finish(decode_audio(data, "live.webm"), progress, question=QUESTION)
    stop_to_report = time.perf_counter() - began
    return {
        "stop_to_report_s": stop_to_report,
        "max_pass_s": max(passes),
        "mean_pass_s": statistics.mean(passes),
        "settled_s": progress.settled_until,
        "words": [w.text for w in report.words],
    }


def batch_run(data: bytes) -> dict[str, Any]:
    began = time.perf_counter()
    samples = decode_audio(data, "batch.webm")
    heard = transcribe_recording(samples)
    return {"batch_s": time.perf_counter() - began, "words": [w.text for w in heard.words]}


def measure(name: str, samples: np.ndarray[Any, Any], runs: int) -> dict[str, Any]:
    data = as_webm(samples)
    live = [live_run(data) for _ in range(runs)]
    batch = [batch_run(data) for _ in range(runs)]
    median = lambda rows, key: statistics.median(r[key] for r in rows)  # noqa: E731
    return {
        "name": name,
        "stop_to_report_s": median(live, "stop_to_report_s"),
        "stop_to_report_all": [round(r["stop_to_report_s"], 2) for r in live],
        "max_pass_s": max(r["max_pass_s"] for r in live),
        "mean_pass_s": median(live, "mean_pass_s"),
        "settled_s": live[0]["settled_s"],
        "live_words": len(live[0]["words"]),
        "same_words": all(r["words"] == batch[0]["words"] for r in live + batch),
        "batch_s": median(batch, "batch_s"),
        "batch_words": len(batch[0]["words"]),
    }


def section(rows: list[dict[str, Any]], runs: int, peak_mb: float) -> str:
    lines = [
        "## Rehearsal: stop-to-report time with transcription during recording",
        "",
        dated_machine_line(f"python bench/rehearse/run.py --runs {runs}"),
        f"Load average (1 min) at the start: {os.getloadavg()[0]:.1f}.",
        f"A {SECONDS} s answer as WebM/Opus in {PIECE_SECONDS} s pieces; medians of {runs} runs.",
        "Target: the report on screen <= 3 s (median) after the candidate stops. "
        f"Add at most {PAGE_POLL_S} s for the page's poll and {WORKER_POLL_S} s for the "
        "worker's claim to the engine time below.",
        "",
        "| audio | stop to report (engine) | + polls, worst case | runs | slowest pass while "
        "speaking | mean pass | settled before stop | words live / batch | same words every run "
        "| batch after stop |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['stop_to_report_s']:.2f} s | "
            f"{r['stop_to_report_s'] + PAGE_POLL_S + WORKER_POLL_S:.2f} s | "
            f"{', '.join(map(str, r['stop_to_report_all']))} | {r['max_pass_s']:.2f} s | "
            f"{r['mean_pass_s']:.2f} s | {r['settled_s']:.0f} of {SECONDS} s | "
            f"{r['live_words']} / {r['batch_words']} | {'yes' if r['same_words'] else 'NO'} | "
            f"{r['batch_s']:.1f} s |"
        )
    lines += [
        "",
        f"Peak memory of the process: {peak_mb:.0f} MB. A pass runs after each piece; one slower "
        f"than {PIECE_SECONDS} s only delays the next (passes never queue up: one per attempt).",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    load_model()
    from roundtwo.engines.answers import analyze_answer

    analyze_answer(QUESTION, "I did it.")  # the worker warms this while the candidate speaks
    rows = [
        measure("real speech (shared eval clips joined)", shared_speech(), runs),
        measure("espeak-ng answer, continuous", espeak_speech(), runs),
    ]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = section(rows, runs, peak)
    write_section("rehearse", text)
    print(text)


if __name__ == "__main__":
    main()
