"""STAR roles from a small learned model that weighs the rules' evidence (star.py), the
sentence's linguistic signals (features.py), its wording (WordLlama) and its place in the story.

The model is multinomial logistic regression, trained by bench/answers/train_roles.py and shipped
as plain weights in knowledge/answers/roles_model.json (numpy applies it; scikit-learn is only
needed to train). Because the model is linear, the reason given for a label is exact: the inputs
that added most to the winning role's score against the other roles' average, in words
("goal or duty", "place in the story", "wording like other task sentences", "rules: ...").
Without WordLlama the rules' labels stand unchanged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from .context import CONTEXT, context_rows, opens_on_outcome, own_evidence
from .features import Features
from .loader import load_embedder
from .result import LABELS, Label
from .sequence import best_sequence
from .star import Scored

if TYPE_CHECKING:
    from numpy.typing import NDArray

MODEL_FILE = "roles_model.json"
_QUOTE = re.compile(r"[\"“”]")

# boolean signals of features.py the model reads, with the words the UI shows for them
FLAGS: dict[str, str] = {
    "past": "past tense",
    "any_past": "past tense",
    "present": "present tense",
    "progressive_or_perfect": "ongoing or earlier state",
    "passive": "passive",
    "modal": "would, could or will",
    "habitual": "what usually happens",
    "imperative_or_question": "question or instruction",
    "result_opener": "outcome marker",
    "result_marker": "outcome marker",
    "achievement": "something completed",
    "cognitive": "thinking verb",
    "progressive": "ongoing action",
    "reaction_to_me": "others' response",
    "setting": "time or place frame",
    "now_state": "state now",
    "unfinished": "not finished yet",
    "opinion": "opinion",
    "change_verb": "change verb",
    "strong_change": "change in a measure",
    "outcome_passive": "outcome passive",
    "lesson": "lesson",
    "task_cue": "goal or duty",
    "stative_main": "state verb",
    "existential": "there was",
    "role_statement": "role statement",
    "preamble": "preamble",
    "impact": "impact word",
    "decision": "decision verb",
    "conflict": "conflict",
    "tradeoff": "trade-off",
    "has_outcome_subject": "someone or something else as subject",
    "completion": "something completed",
    "response": "others' response",
    "change_of_state": "change of state",
}
SUBJECTS = ("i", "we", "generic", "other", "none")
IRREALIS = ("ongoing", "intended", "hypothetical", "hedged", "experience")
POSITION = ("first", "last", "rel", "rel2")
# signals that mean something else early and late in a story ("now I ..." at the end is a change)
PLACED: dict[str, str] = {
    "late_present": "present tense near the end",
    "late_now": "a state now, near the end",
    "early_past": "past tense near the start",
}


def feature_names(use_rules: bool) -> list[str]:
    names = list(FLAGS)
    names += [f"subject_{s}" for s in SUBJECTS] + [f"irrealis_{s}" for s in IRREALIS]
    names += ["numbers", "time_expression", "named", "hedge", "first_sing", "first_plur"]
    names += ["long", "short", "quoted"]
    names += [f"pos_{p}" for p in POSITION] + list(PLACED) + list(CONTEXT)
    if use_rules:
        names += [f"rule_{lab}" for lab in LABELS]
        names += [f"prev_rule_{lab}" for lab in LABELS] + [f"next_rule_{lab}" for lab in LABELS]
    return names


_WORDS = {
    "numbers": "a number",
    "time_expression": "a date or time",
    "named": "a named thing",
    "hedge": "hedge",
    "first_sing": "'I', 'me' or 'my'",
    "first_plur": "'we' or 'our'",
    "long": "a long sentence",
    "short": "a short sentence",
    "quoted": "quoted words",
}


def _explain(name: str, label: Label) -> str:
    if name.startswith("emb_"):
        return f"wording like other {label} sentences"
    if name in PLACED:
        return PLACED[name]
    if name in CONTEXT:
        return CONTEXT[name]
    if name in _WORDS:
        return _WORDS[name]
    if name.startswith("pos_"):
        return "place in the story"
    if name.startswith(("prev_rule_", "next_rule_")):
        return "the sentences around it"
    if name.startswith("rule_"):
        return "rules"
    if name.startswith("subject_"):
        return {"i": "'I' as subject", "we": "'we' as subject", "generic": "general subject"}.get(
            name.removeprefix("subject_"), "subject"
        )
    if name.startswith("irrealis_"):
        return "outcome " + name.removeprefix("irrealis_")
    return FLAGS.get(name, name.replace("_", " "))


def _is_yes_no(name: str) -> bool:
    """A yes/no input: absent, it reads "no past tense", not "past tense"."""
    return not name.startswith(("emb_", "rule_", "prev_rule_", "next_rule_", "pos_rel"))


def _row(
    f: Features, i: int, n: int, scored: list[Scored] | None, context: list[float]
) -> list[float]:
    row = [float(getattr(f, name)) for name in FLAGS]
    row += [float(f.subject == s) for s in SUBJECTS] + [float(f.irrealis == s) for s in IRREALIS]
    row += [float(bool(x)) for x in (f.numbers, f.time_expressions, f.named, f.hedges)]
    row += [float(f.first_sing > 0), float(f.first_plur > 0)]
    row += [float(f.n_words >= 25), float(f.n_words <= 6), float(bool(_QUOTE.search(f.text)))]
    rel = i / (n - 1) if n > 1 else 0.0
    row += [float(i == 0), float(i == n - 1), rel, rel * rel]
    past = f.past or f.any_past
    row += [float(f.present and rel >= 0.6), float(f.now_state and rel >= 0.5)]
    row += [float(past and rel <= 0.3)] + context
    if scored is not None:
        row += [scored[i].scores[lab] for lab in LABELS]
        prev = scored[i - 1].label if i > 0 else None
        nxt = scored[i + 1].label if i + 1 < n else None
        row += [float(prev == lab) for lab in LABELS] + [float(nxt == lab) for lab in LABELS]
    return row


def design(
    features: list[Features], scored: list[Scored] | None, embeddings: NDArray[np.float32] | None
) -> NDArray[np.float64]:
    """One row per sentence: signals, position, the rules' scores (when given), wording."""
    n = len(features)
    ctx = context_rows(features)
    rows = np.array(
        [_row(f, i, n, scored, c) for i, (f, c) in enumerate(zip(features, ctx, strict=True))],
        dtype=np.float64,
    )
    if embeddings is not None:
        rows = np.hstack([rows, np.asarray(embeddings, dtype=np.float64)])
    return rows


@dataclass(frozen=True)
class RoleModel:
    names: tuple[str, ...]
    use_rules: bool
    use_embedding: bool
    mean: NDArray[np.float64]
    scale: NDArray[np.float64]
    coef: NDArray[np.float64]  # labels x inputs
    intercept: NDArray[np.float64]
    # log P(next role | role) and its weight against the probabilities (sequence.py)
    transitions: NDArray[np.float64] | None = None
    transition_weight: float = 0.0

    def probabilities(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        z = (x - self.mean) / self.scale @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return np.asarray(p / p.sum(axis=1, keepdims=True), dtype=np.float64)

    def reasons(self, x: NDArray[np.float64], winners: list[int], top: int = 3) -> list[str]:
        """The inputs that raised each winning role most above the other roles' average."""
        zx = (x - self.mean) / self.scale
        relative = self.coef - self.coef.mean(axis=0, keepdims=True)
        out = []
        for raw, row, k in zip(x, zx, winners, strict=True):
            label = LABELS[k]
            totals: dict[str, float] = {}
            for name, value, present in zip(self.names, row * relative[k], raw, strict=True):
                words = _explain(name, label)
                if present == 0 and _is_yes_no(name):
                    if name in PLACED or name in CONTEXT or name in {"pos_first", "pos_last"}:
                        continue  # "not near the start" says nothing a reader can check
                    words = f"no {words}"  # the model counts a missing signal too
                totals[words] = totals.get(words, 0.0) + float(value)
            best = sorted((v, w) for w, v in totals.items() if v > 0.1)[::-1][:top]
            out.append(", ".join(w for _, w in best) or "no strong signal")
        return out

    def to_json(self, **extra: object) -> str:
        """The weights, plus what training records beside them (data counts, a check set)."""
        return json.dumps(
            {
                **extra,
                "names": list(self.names),
                "use_rules": self.use_rules,
                "use_embedding": self.use_embedding,
                "labels": list(LABELS),
                "mean": [round(v, 6) for v in self.mean.tolist()],
                "scale": [round(v, 6) for v in self.scale.tolist()],
                "coef": [[round(v, 6) for v in r] for r in self.coef.tolist()],
                "intercept": [round(v, 6) for v in self.intercept.tolist()],
                "transitions": None
                if self.transitions is None
                else [[round(v, 6) for v in r] for r in self.transitions.tolist()],
                "transition_weight": self.transition_weight,
            }
        )

    @classmethod
    def from_json(cls, raw: str) -> RoleModel:
        data = json.loads(raw)
        if tuple(data["labels"]) != LABELS:
            raise ValueError("role model labels do not match the engine's")
        return cls(
            tuple(data["names"]),
            bool(data["use_rules"]),
            bool(data["use_embedding"]),
            np.array(data["mean"]),
            np.array(data["scale"]),
            np.array(data["coef"]),
            np.array(data["intercept"]),
            None if data.get("transitions") is None else np.array(data["transitions"]),
            float(data.get("transition_weight", 0.0)),
        )


@cache
def load_model() -> RoleModel:
    path = resources.files("roundtwo.knowledge").joinpath("answers", MODEL_FILE)
    return RoleModel.from_json(path.read_text(encoding="utf-8"))


def _with_rule_reason(why: str, rule_reason: str) -> str:
    """Name the rules' own evidence where the rules weighed in ("rules: lesson"); when the rules
    chose another role, their scores still weigh in, shown as "rules" alone."""
    if not rule_reason:
        return why
    return ", ".join(f"rules: {rule_reason}" if w == "rules" else w for w in why.split(", "))


def _without_place(model: RoleModel, x: NDArray[np.float64]) -> NDArray[np.float64]:
    """The rows with every input about a sentence's place in the story set to its training mean,
    where it weighs nothing: in an answer that tells its outcome first, a first sentence is not
    background and a last one not the result because of where they stand, so the words decide
    (and the reasons shown name no place)."""
    out = x.copy()
    for k, name in enumerate(model.names):
        if name.startswith("pos_") or name in PLACED:
            out[:, k] = model.mean[k]
    return out


# said first when the sentence's own most likely role gave way to the sequence's
_NEIGHBOURS = "fits the roles of the sentences around it"


def classify(
    model: RoleModel,
    features: list[Features],
    scored: list[Scored],
    embeddings: NDArray[np.float32] | None,
) -> list[Scored]:
    """The model's role per sentence, with its probabilities as scores and its true reasons."""
    if model.use_embedding and embeddings is None:
        return scored
    x = design(
        features,
        scored if model.use_rules else None,
        embeddings if model.use_embedding else None,
    )
    if opens_on_outcome(features):
        x = _without_place(model, x)
    p = model.probabilities(x)
    winners = best_sequence(p, model.transitions, model.transition_weight, own_evidence(features))
    reasons = []
    for why, rules, k, row in zip(model.reasons(x, winners), scored, winners, p, strict=True):
        # the rules' reason explains the rules' own label: name it only when that is this one
        rule_reason = rules.reason if rules.label == LABELS[k] else ""
        said = _with_rule_reason(why, rule_reason)
        reasons.append(said if k == int(row.argmax()) else f"{_NEIGHBOURS}, {said}")
    return [
        Scored(LABELS[k], {lab: float(v) for lab, v in zip(LABELS, row, strict=True)}, why)
        for k, row, why in zip(winners, p, reasons, strict=True)
    ]


def label_roles(features: list[Features], scored: list[Scored]) -> list[Scored]:
    """The shipped model's roles, given the rules' (`scored`); the rules' own when WordLlama
    cannot be loaded."""
    model = load_model()
    embedder = load_embedder() if model.use_embedding else None
    emb = embedder.embed([f.text for f in features]) if embedder is not None else None
    return classify(model, features, scored, emb)
