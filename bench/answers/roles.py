"""Sentence roles and "result missing", per set and per source: rules, learned, combination.

    .venv/bin/python bench/answers/roles.py            # print the figures
    .venv/bin/python bench/answers/roles.py --write    # also update bench/RESULTS.md's section

Needs scikit-learn (the `train` extra). Every method but "rules" is scored out of fold, leaving
one source out at a time: each real repository and each of the project's files (dev.jsonl,
holdout2, own3, holdout3), so no author's answers are split between training and testing.
"shipped" is the model in knowledge/answers/roles_model.json as the engine runs it; it was
trained on every source it is scored on, so its figures are in-sample and shown only as a check.
Figures: sentence macro-F1 and per-role F1 (each gold sentence takes the label of the engine
sentence that covers most of it), "result missing" F1 (the answer-level decision in
result_missing.py), and the share of answers with a result that are called "result missing".
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "answers")]

from _results import machine  # noqa: E402
from _results import write_section as write_results  # noqa: E402
from labelled import Answer, fold_of, gold_alignment, load_answers  # noqa: E402
from train_roles import (  # noqa: E402
    METHODS,
    SHIPPED,
    WEIGHTS,
    choose_weight,
    fit,
    fold_models,
    predict,
)

from roundtwo.engines.answers.result import LABELS  # noqa: E402
from roundtwo.engines.answers.result_missing import result_missing, settle_results  # noqa: E402
from roundtwo.engines.answers.roles import MODEL_FILE, classify, label_roles, load_model  # noqa: E402
from roundtwo.engines.answers.star import Scored, label_sentences  # noqa: E402

MODEL_BYTES = (ROOT / "src" / "roundtwo" / "knowledge" / "answers" / MODEL_FILE).stat().st_size

Predictions = dict[str, list[Scored]]  # answer id -> roles


def out_of_fold(answers: list[Answer], method: str, **options: float) -> Predictions:
    out: Predictions = {}
    for fold in sorted({fold_of(a) for a in answers}):
        train = [a for a in answers if fold_of(a) != fold]
        model = fit(train, method, **options)
        for a in answers:
            if fold_of(a) == fold:
                out[a.item["id"]] = predict(model, a)
    return out


def with_sequence(
    answers: list[Answer], method: str
) -> tuple[Predictions, Predictions, dict[str, float]]:
    """Out-of-fold roles, each sentence alone and decoded as a sequence (sequence.py). Each
    fold's transition weight is chosen on the other folds' out-of-fold predictions, never on
    its own labels."""
    models = fold_models(answers, method)
    alone: Predictions = {}
    out: Predictions = {}
    weights: dict[str, float] = {}
    for fold, model in models.items():
        weights[fold] = choose_weight(answers, models, leave_out=fold)
        tuned = replace(model, transition_weight=weights[fold])
        for a in answers:
            if fold_of(a) == fold:
                alone[a.item["id"]] = predict(model, a)
                out[a.item["id"]] = predict(tuned, a)
    return alone, out, weights


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(answers: list[Answer], preds: Predictions) -> dict[str, Any]:
    conf: Counter[tuple[str, str]] = Counter()
    missing: Counter[str] = Counter()
    for a in answers:
        roles = settle_results(a.features, preds[a.item["id"]], a.rules)
        conf.update(gold_alignment(a.item, a.segments, [r.label for r in roles]))
        said = result_missing(a.features, roles, a.rules)
        gold = a.result_missing
        missing["tp" if gold and said else "fp" if said else "fn" if gold else "tn"] += 1
    per = {
        lab: _f1(
            conf[(lab, lab)],
            sum(conf[(g, lab)] for g in LABELS if g != lab),
            sum(conf[(lab, p)] for p in LABELS if p != lab),
        )
        for lab in LABELS
    }
    present = [lab for lab in LABELS if any(g == lab for g, _ in conf)]
    with_result = missing["fp"] + missing["tn"]
    return {
        "answers": len(answers),
        "sentences": sum(conf.values()),
        "macro": statistics.fmean(per[lab] for lab in present),
        "per": per,
        "counts": Counter(g for g, _ in conf.elements()),
        "missing_f1": _f1(missing["tp"], missing["fp"], missing["fn"]),
        "gold_missing": missing["tp"] + missing["fn"],
        "false_missing": (missing["fp"], with_result),
    }


def groups(answers: list[Answer]) -> dict[str, list[Answer]]:
    real = [a for a in answers if a.set == "real"]
    out: dict[str, list[Answer]] = {"real, all": real}
    by_source: defaultdict[str, list[Answer]] = defaultdict(list)
    for a in real:
        small = sum(b.source == a.source for b in real) < 5
        by_source["real, 5 one-answer sources" if small else f"real, {a.source}"].append(a)
    out.update(sorted(by_source.items(), key=lambda kv: -len(kv[1])))
    for a in answers:
        if a.set == "project":
            out.setdefault(a.source, []).append(a)
    return {k: v for k, v in out.items() if v}


def _cell(r: dict[str, Any]) -> str:
    per = " / ".join(f"{r['per'][lab]:.2f}" if r["counts"][lab] else "-" for lab in LABELS)
    fm, wr = r["false_missing"]
    miss = f"{r['missing_f1']:.2f} ({r['gold_missing']})" if r["gold_missing"] else "- (0)"
    return f"{r['macro']:.3f} | {per} | {miss} | {fm}/{wr}"


def table(answers: list[Answer], methods: dict[str, Predictions]) -> list[str]:
    lines = [
        "| set / source (answers, sentences) | method | macro-F1 | F1 S / T / A / R / O | "
        "result missing F1 (answers without one) | with a result, called missing |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, members in groups(answers).items():
        for method, preds in methods.items():
            r = score(members, preds)
            label = f"{name} ({r['answers']}, {r['sentences']})"
            lines.append(f"| {label} | {method} | {_cell(r)} |")
    return lines


def shipped(answers: list[Answer]) -> Predictions:
    model = load_model()
    return {a.item["id"]: classify(model, a.features, a.rules, a.embeddings) for a in answers}


def model_cost(answers: list[Answer], runs: int = 40) -> str:
    """Milliseconds the role model adds to one answer of about 300 words (WordLlama embedding
    of its sentences and the model), against the rules alone, in this process."""
    words, features = 0, []
    for a in answers:
        features += a.features
        words += sum(f.n_words for f in a.features)
        if words >= 300:
            break
    rules = label_sentences(features)
    label_roles(features, rules)
    rule_ms, model_ms = [], []
    for _ in range(runs):
        t = time.perf_counter()
        rules = label_sentences(features)
        rule_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        label_roles(features, rules)
        model_ms.append((time.perf_counter() - t) * 1000)
    return (
        f"- Cost: on {len(features)} sentences ({words} words) the rules take "
        f"{statistics.median(rule_ms):.1f} ms and the role model (WordLlama embedding and the "
        f"weights) {statistics.median(model_ms):.1f} ms more, median of {runs}, 1-minute load "
        f"average {os.getloadavg()[0]:.1f} on this shared machine. The model file is "
        f"{MODEL_BYTES / 1024:.0f} KiB and loads with the engine's other data."
    )


def missing_errors(answers: list[Answer], preds: Predictions) -> str:
    """The answers whose "result missing" decision is wrong: fp said missing, fn the reverse."""
    out = []
    for a in answers:
        said = result_missing(a.features, settle_results(a.features, preds[a.item["id"]], a.rules))
        if said != a.result_missing:
            out.append(f"{a.item['id']} ({'fp' if said else 'fn'})")
    return ", ".join(out) or "none"


# fresh holdouts, each written and labelled in its own commit before a round of changes, never
# trained on and used for no choice; scored by the engine as shipped at the end of the round
FRESH: dict[str, str] = {
    "holdout4": (
        "12 answers (6 without a result: an intention, a feeling, a hypothetical, a story that "
        "stops at an action, no story, an ongoing and hedged outcome; 6 with one: measured and "
        "first, plain and first, in a conjoined clause, plain without numbers, a lesson, after a "
        "mid-story complication), written before the second round of the result-missing "
        "decision and scored once at its end (shipped then: macro-F1 0.942, result missing F1 "
        "0.92, h4-logistics-result-first called missing). Scored again with each later round's "
        "engine (third and fourth rounds); nothing was chosen on it and its text was not read "
        "to write the fourth round's signals."
    ),
    "holdout5": (
        "10 answers written for this round (results told first) before any of its changes and "
        "committed on their own: 5 tell the result first (measured with the candidate as the "
        "one who made the change, measured with something else as subject, plain, a recognition, "
        "a spoken summary), 5 are situation-first stories and weak answers (two open on a "
        "change that sets the scene, one of them a story that stops at its actions; a generic "
        "opening with a hope at the end; a feeling at the end). Scored once, at the end. The "
        "author of own5 and of this round's signals wrote it; one of its sentences (\"I turned "
        'around our worst territory last year.") was parsed once while checking how spaCy '
        "attaches particles, after the particle rule was written; nothing changed after that."
    ),
    "holdout6": (
        "8 answers written for the fourth round (results told plainly first, with no marker, no "
        "step back and often no change the candidate made) before any of its changes and "
        'committed on their own: 5 tell the result first (a completion, "my proudest '
        'achievement was ...", a plain deed with a later result, a finished project, a spoken '
        "summary; three with no later result), 3 are counter-examples (a fall in sales that "
        "sets the scene followed by a past perfect and an ongoing ending, joining an "
        "organisation told first, a feeling at the end). Scored once, at the end. Its author "
        "wrote own6 and this round's signals; two of its opening sentences were parsed once by "
        "mistake while the signals were being checked (their parse was read, nothing was "
        "changed for them)."
    ),
}


def fresh_rows(name: str, fresh: list[Answer]) -> list[str]:
    """A fresh holdout scored by the engine as shipped (its model never saw these answers)."""
    methods = {"rules": {a.item["id"]: a.rules for a in fresh}, "shipped": shipped(fresh)}
    lines = [
        "| set (answers, sentences) | method | macro-F1 | F1 S / T / A / R / O | "
        "result missing F1 (answers without one) | with a result, called missing |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for method, preds in methods.items():
        r = score(fresh, preds)
        lines.append(
            f"| project {name} ({r['answers']}, {r['sentences']}) | {method} | {_cell(r)} |"
        )
    return [
        "",
        f"### {name}: written before the changes it scores",
        "",
        f"{FRESH[name]} File: bench/answers/{name}.jsonl.",
        "",
        *lines,
        "",
        f'- "Result missing" errors on {name} (shipped): '
        + missing_errors(fresh, methods["shipped"])
        + ".",
    ]


def report(answers: list[Answer], fresh: dict[str, list[Answer]]) -> str:
    methods: dict[str, Predictions] = {"rules": {a.item["id"]: a.rules for a in answers}}
    for method in METHODS:
        if method != SHIPPED:
            methods[method] = out_of_fold(answers, method)
    methods[SHIPPED], methods[f"{SHIPPED} + sequence"], weights = with_sequence(answers, SHIPPED)
    methods["shipped (in-sample)"] = shipped(answers)
    real = [a for a in answers if a.set == "real"]
    lines = [
        "## Sentence roles and result missing (engines/answers/roles.py)",
        "",
        f"Date: {date.today().isoformat()}. Machine: {machine()}. "
        "Command: `.venv/bin/python bench/answers/roles.py --write`.",
        f"Data: real first: {len(real)} public answers by people outside the project "
        "(/work/shared/eval/answers, 7 openly licensed repositories, one annotator's labels), "
        f"then the project's own {len(answers) - len(real)} (bench/answers/dev.jsonl: dev and "
        "holdout splits; holdout2.jsonl; own3.jsonl and holdout3.jsonl, written for issue 15 "
        'with many "other" sentences and weak answers; own5.jsonl, 23 answers with results told '
        "first in many wordings and first sentences that tell a change as the scene; "
        "own6.jsonl, 12 answers with results told plainly first and counter-examples).",
        "Method: every learned figure is out of fold, one source left out at a time (each "
        "real repository, dev.jsonl, holdout2.jsonl, own3.jsonl, own5.jsonl, own6.jsonl, "
        "holdout3.jsonl); "
        "the model is "
        "refitted on all other sources. Methods: rules = star.py alone (today's labeller, with "
        "the same result settling); learned = logistic regression over spaCy signals, WordLlama "
        "sentence embeddings, position and the answer-level signals of context.py (quoted "
        "speech, before, between or after the events told, an answer with no events, a general "
        "claim, talk about the answer, a setback, an outcome told first, an achievement told first "
        "as a summary); combined = the same "
        "plus the rules' scores "
        "and the rules' labels of the neighbouring sentences; + sequence = combined decoded "
        "as a sequence (sequence.py). "
        '"Result missing" is the answer-level decision in result_missing.py for every method.',
        "",
        *table(answers, methods),
        "",
        *choice(weights, answers, methods),
        model_cost(answers),
        *caveats(),
        *(line for name, items in fresh.items() for line in fresh_rows(name, items)),
    ]
    return "\n".join(lines) + "\n"


def targets(answers: list[Answer], preds: Predictions) -> str:
    """The issue's targets against the shipped method's real-answer figures, unrounded."""
    r = score([a for a in answers if a.set == "real"], preds)
    low = min(LABELS, key=lambda lab: r["per"][lab])
    fm, wr = r["false_missing"]

    def met(ok: bool) -> str:
        return "met" if ok else "not met"

    return (
        f"- Targets on the real answers (shipped method, out of fold): macro-F1 {r['macro']:.3f} "
        f"(>= 0.80, {met(r['macro'] >= 0.8)}); lowest class {low} {r['per'][low]:.3f} (>= 0.70, "
        f"{met(r['per'][low] >= 0.7)}); result missing F1 {r['missing_f1']:.3f} on "
        f"{r['gold_missing']} answers without a result (>= 0.90, {met(r['missing_f1'] >= 0.9)}); "
        f"answers with a result called missing {fm}/{wr} = {fm / wr:.1%} (<= 5%, "
        f"{met(fm / wr <= 0.05)})."
    )


def choice(
    weights: dict[str, float], answers: list[Answer], methods: dict[str, Predictions]
) -> list[str]:
    per_fold = ", ".join(f"{w:g}" for w in sorted(set(weights.values())))
    held = [a for a in answers if a.source == "project holdout3"]
    alone = score(held, methods[SHIPPED])["macro"] if held else float("nan")
    seq = score(held, methods[f"{SHIPPED} + sequence"])["macro"] if held else float("nan")
    return [
        targets(answers, methods[f"{SHIPPED} + sequence"]),
        '- "Result missing" errors on the real answers (shipped method, out of fold; fp: said '
        "missing, gold has a result; fn: the reverse): "
        + missing_errors([a for a in answers if a.set == "real"], methods[f"{SHIPPED} + sequence"])
        + ".",
        f'- Shipped: "{SHIPPED} + sequence" (C 0.02, wording weight 0.3): the role model, then the '
        "most likely role sequence under a table of how often one role follows another "
        "(sequence.py, Viterbi), weighed against the model by a transition weight chosen out of "
        f"fold from {', '.join(f'{w:g}' for w in WEIGHTS)} (chosen per scored fold on the other "
        f"folds: {per_fold}; the shipped file records its own). Before this change (issue 15) "
        'the shipped model was "combined" without the answer-level signals of context.py: real '
        "answers 0.797 macro-F1, F1 S / T / A / R / O 0.91 / 0.85 / 0.89 / 0.84 / 0.50, "
        "result missing F1 0.57.",
        '- "Result missing" is one decision per answer (result_missing.py): a result must be an '
        "outcome that happened, stated first, last or plainly (an intention, a feeling, a "
        "hypothetical, a hedge or a general claim is relabelled other, saying so); when every "
        "sentence left as a result is a plain action of the candidate's (a story that stops at "
        "what they did), those sentences are actions and the result is missing; and the rules "
        "must find an outcome too. Second round (this one): a sentence with a conjoined clause "
        'of someone or something else ("... and the van has run without a fault since") or a '
        "present perfect is no plain action, and the rules' veto spares such an outcome and a "
        'state that holds now after a story told in the past ("Now I only think about upcoming '
        'features when ..."); the reason given for a decision ("The main reason was easy '
        'scaling") is an action, and an outcome that did not last, with more work after it '
        '("That helped for a while, but ..."), is a complication, as the labelling rules say. '
        "An answer-level logistic regression over the result probabilities, outcome signals and "
        "the last sentence was tried in the first round and did no better out of fold, so it "
        "was not shipped. Before this round (same table, shipped method, real answers): "
        "macro-F1 0.864, other 0.696, result missing F1 0.75 (xayrulloh-02 missed, "
        "xayrulloh-14 called missing).",
        "- Results told first (third round of issue 15): an answer opens on its outcome when its "
        "first sentence tells an outcome in the past (a change in a measure, a change the "
        'candidate made, a completion, others\' response; not a frame such as "In 2022", '
        '"there was" or an earlier state, "had grown") and either the next sentence steps back '
        'to before it ("When I joined", "Before that", "At the time", a past perfect), or the '
        'candidate made the change (a measure verb with an object: "We cut the backlog from 900 '
        'to 40", not "We grew from 25 to 80 engineers"), or it opens on an outcome marker '
        '("Long story short, ..."). In such an answer every sentence is read without its place '
        "in the story (the place inputs are set to their training mean, where they weigh "
        "nothing: a first sentence is not background, nor a last one the result, because of "
        'where it stands); the opening is two inputs of the model, shown as the reason ("an '
        'outcome told first, then what came before it", "a change the candidate made, told '
        'first"), the later sentences carry "near the end of an answer that told its outcome '
        "first\", the opening is left out of the sequence's transitions, and the rules' veto in "
        "the result-missing decision spares it (the rules read a sentence before the first "
        'action as background). The strict xfail test ("We cut the invoice backlog from 900 to '
        '40 in six weeks." then background and two actions) passes and its marker is removed; '
        "it also passes with a model trained without own5, so the signals, not the new labels, "
        "carry it. The reason beside a label now names the rules' own reason only when the "
        'rules chose that role (it showed "rules: change in a measure" beside a situation). '
        "Before this round (same table, shipped method, real answers): macro-F1 0.868, F1 S / T "
        "/ A / R / O 0.90 / 0.86 / 0.94 / 0.92 / 0.73, result missing F1 1.00 (4), 0/38 called "
        "missing.",
        "- Results told plainly first (fourth round of issue 15): a fourth opening signal, an "
        "achievement told first as a summary: the first sentence is in the past with the "
        'candidate as subject (or "My biggest win was ...", "The project I\'m proudest of ..."), '
        "its predicate achieves, completes or changes something (the outcome lexicons, a change "
        "the candidate made, or a short list of summary verbs: get, bring, turn, win, finish, "
        'deliver, save, fix, find, stop ...), it has no frame or scene words ("When I", "At '
        'the time", "there was", "as a ...", "I joined / worked / was", "In my last role"), and '
        "the next sentence is background (a step back, a state, the candidate's role, someone "
        'or something else) and does not move on in time ("A week later", "In launch week", '
        '"Then"). It is shown as "an achievement told first as a summary, then its background" '
        "and treated like the other openings (place inputs neutralised, spared by the rules' "
        "veto). A change that sets the scene is no result told first: a change the wrong way "
        'told by something else ("Our sales dropped", "Our energy bills doubled", "The team '
        'shrank"; a short list of measures that should grow or shrink) or one followed by a '
        'setback ("Our user base tripled. The nightly reports started failing."). A result '
        'told first that reads as the candidate\'s deed ("I rescued a wedding ...") and a '
        'change the candidate made ("We got our on-time deliveries up to 97 percent") are no '
        '"plain action" in the result-missing decision, so they are no longer turned into '
        "actions when nothing later is a result. A measured change now needs a number that sizes "
        'the change (not an age, a duration, a number-noun description or a head count: "I '
        'worked with a 68-year-old patient"), and a vetoed result whose rules gave no reason '
        'shows "no outcome the rules confirm" without empty brackets. own6 (12 answers) was '
        "written with these signals, after looking at own5's out-of-fold errors; no "
        "signal was checked against holdout4's text. own6 is scored out of fold but never "
        "trained on (labelled.SCORE_ONLY): with it in training (7 of its 12 answers tell the "
        "result first) the real answers' first sentences moved towards result (53 real "
        "sentences wrong out of fold against 49 without it, 50 before this round); so its "
        '"shipped (in-sample)" row is out of sample too. Before this round (same table, '
        "shipped method, out of fold): real answers macro-F1 0.876, F1 S / T / A / R / O 0.92 / "
        "0.84 / 0.94 / 0.92 / 0.76, result missing F1 1.00 (4), 0/38 called missing; own5 5/18 "
        'answers with a result called "result missing"; holdout4 0.946 with '
        "h4-logistics-result-first called missing.",
        "- Known limits: a result told first with none of these signals stays situation: an "
        'outcome of someone or something else told plainly ("The council approved my '
        'redesign", "The boy ... was back in class every day by the spring"), a present-tense '
        'summary ("The thing I\'m proudest of is that every new starter now gets ..."), a verb '
        'spaCy tags as present ("I cut forty minutes off my route last year"), and parses that '
        'go wrong; when nothing after it is a result the answer is called "result missing" (the '
        "own5 and own6 rows, out of fold, show how often). The measures that should grow or "
        "shrink are a word list. "
        "The signals are English word lists and parses. On holdout3 (8 answers, 39 sentences, "
        "written before the first round and scored at its end, now seen, so a development set), "
        f'"combined + sequence" scores {seq:.3f} against {alone:.3f} for "combined": the '
        "sequence prior still hurts answers that break the usual order. It is shipped because "
        'it is chosen by the cross-validated figures on every other set, real first. "other" '
        "has 9 real sentences (all from Xayrulloh), so its F1 moves a lot with each one. The "
        "shipped file (in-sample row) calls one real answer with a result missing, as in the "
        'previous round: xayrulloh-14, whose closing "Now I only think about upcoming features '
        'when ..." the sequence turns into other after the general claim before it. With own5 '
        "added, the transition weight chosen on all folds for the shipped file rose from 0.4 to "
        "0.6; in bench/answers/bench.py (in-sample) one more holdout2 answer is then called "
        '"result missing" (vehicle-tech-turbo: its closing outcome, "After I replaced the hose '
        'the van did 3,000 miles without a fault ...", is turned into an action by the '
        "sequence), so holdout2's result missing F1 there falls from 0.960 to 0.923.",
    ]


def caveats() -> list[str]:
    return [
        "- Limits: 29 of the 42 real answers come from one source (chitamoor), all polished "
        "manager stories in S-T-A-R order; only 4 real answers have no result (all from "
        'Xayrulloh), so a real "result missing" F1 rests on 4 positives. The real set was '
        "read while the features, the sequence decoding and the result-missing decision were "
        "written (its errors were looked at: quoted speech, present-tense lessons, a story "
        "ending on an action), so its figures are development figures, not a clean test. The "
        "transition weight of a scored fold is chosen on the other folds' out-of-fold "
        "predictions, whose models saw the scored fold in training; its own labels never pick "
        "it. The project's sets were written by the project; holdout3 (8 answers) was written "
        "and labelled with own3 (18) before any model ran on either, kept out of every choice, "
        "and scored at the end (twice: the first run put it in the dev.jsonl fold by mistake; "
        "only the fold was changed between the runs). The second round of the result-missing "
        "decision was written after looking at the real errors again (xayrulloh-02: the reason "
        'for a decision, and "could’ve used" misread because of its curly apostrophe; '
        'xayrulloh-14: a changed habit told as "Now I ...", which the rules\' veto removed), so '
        "the real result-missing figures are development figures too: only holdout4 and "
        "holdout5 and holdout6 (below) are unseen (holdout4 no longer quite: it is scored "
        "again). "
        "own5 (23 answers) was written for the third round after its xfail case was known, and "
        "its signals were written while looking at own5's out-of-fold errors, so own5 is a "
        "development set; so is own6 (fourth round). Spoken answers are few in every set. "
        "The shipped model is trained on every source except the one GPL-3.0 answer "
        "(erin99-01) and own6 (scored only).",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    fresh = {name: load_answers(only_fresh=name) for name in FRESH}
    section = report(load_answers(include_holdout=True), fresh)
    print(section)
    if args.write:
        write_results("answer-roles", section)


if __name__ == "__main__":
    main()
