"""Roles for a whole answer at once: the most likely sequence under the role model's
probabilities and how often one role follows another in the labelled answers (Viterbi).

Stories move in a few common ways (situation, then task, then actions, then results), so a
sentence the model finds borderline takes the role that fits its neighbours. The transition
table is counted from the training labels (bench/answers/train_roles.py) and weighed against the
model's probabilities by a weight chosen out of fold; with weight 0 each sentence keeps its own
most likely role. A sentence whose own words say it breaks the usual order (a complication after
the story began, a measured result told first: context.own_evidence) is left out of the
transitions, so the prior neither moves it nor lets it move its neighbours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray


def transition_table(sequences: list[list[int]], n_labels: int) -> NDArray[np.float64]:
    """log P(next role | role), with one added to every count so nothing is impossible."""
    counts = np.ones((n_labels, n_labels))
    for seq in sequences:
        for a, b in zip(seq, seq[1:], strict=False):
            counts[a, b] += 1
    return np.asarray(np.log(counts / counts.sum(axis=1, keepdims=True)), dtype=np.float64)


def best_sequence(
    p: NDArray[np.float64],
    log_transitions: NDArray[np.float64] | None,
    weight: float,
    own: list[bool] | None = None,
) -> list[int]:
    """The role sequence maximising sum(log p) + weight * sum(log transitions), where a
    transition into or out of a sentence with evidence of its own (`own`, context.py) counts
    for nothing: such a sentence keeps its most likely role and does not pull its neighbours."""
    if log_transitions is None or weight == 0.0 or len(p) < 2:
        return [int(k) for k in p.argmax(axis=1)]
    free = own if own is not None else [False] * len(p)
    emit = np.log(np.clip(p, 1e-9, 1.0))
    score = emit[0].copy()
    back = np.zeros(p.shape, dtype=np.int64)
    for i in range(1, len(p)):
        trans = 0.0 * log_transitions if free[i - 1] or free[i] else weight * log_transitions
        cand = score[:, None] + trans  # previous role x this role
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emit[i]
    path = [int(score.argmax())]
    for i in range(len(p) - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]
