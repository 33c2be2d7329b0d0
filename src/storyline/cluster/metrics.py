"""B-cubed and pairwise precision / recall / F1 of a predicted partition against gold labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """Item-averaged B-cubed (Bagga & Baldwin 1998) over the items both mappings label."""
    items = [i for i in gold if i in pred]
    if not items:
        return 0.0, 0.0, 0.0
    joint = Counter((gold[i], pred[i]) for i in items)
    gsize = Counter(gold[i] for i in items)
    psize = Counter(pred[i] for i in items)
    p = sum(joint[(gold[i], pred[i])] / psize[pred[i]] for i in items) / len(items)
    r = sum(joint[(gold[i], pred[i])] / gsize[gold[i]] for i in items) / len(items)
    return p, r, _f1(p, r)


def pairwise(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """Precision / recall of same-cluster item pairs, counted from contingency tables (no pair loop)."""
    items = [i for i in gold if i in pred]
    joint = Counter((gold[i], pred[i]) for i in items)

    def pairs(c: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in c.values())

    tp = pairs(joint)
    pp = pairs(Counter(pred[i] for i in items))
    gp = pairs(Counter(gold[i] for i in items))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, _f1(p, r)
