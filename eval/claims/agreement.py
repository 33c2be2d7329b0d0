"""Inter-annotator agreement on the ECB+ claims annotations: how far two annotators' slots for the same events match.

Usage: ``python eval/claims/agreement.py <reference dir> <other dir>`` (each holding ``<cluster_id>.json`` files in
the format of eval/claims/PROTOCOL.md); only events present in both directories are compared.

Two slots match the way the claims scorer matches a prediction to gold: same verdict class (conflict and update
count as one class, as in scoring) and mentions that overlap (same doc, overlapping character spans) in 2 or more
docs; each slot is matched at most once, greedily by the number of overlapping docs. Per class the agreement is F1
with the first directory as reference (precision = matched / other's slots, recall = matched / reference slots).
Disagreements are listed by event and slot name with offsets only: the repository never prints article text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CLASSES = {"conflict": "conflict+update", "update": "conflict+update", "agreement": "agreement"}
MIN_DOCS = 2  # the scorer's rule: a slot is the same fact when spans overlap in 2 or more of its docs


@dataclass(frozen=True)
class Slot:
    name: str
    kind: str
    verdict: str
    mentions: tuple[tuple[str, int, int], ...]  # (doc, start, end)

    @property
    def cls(self) -> str:
        return CLASSES[self.verdict]

    def where(self) -> str:
        return " ".join(f"{d}:{s}-{e}" for d, s, e in self.mentions)


def load(directory: Path) -> dict[str, tuple[tuple[str, ...], list[Slot]]]:
    """Event -> (docs, slots) of every annotation file in ``directory``; a file that is not JSON (one an annotator
    is still writing) is skipped with a message."""
    out = {}
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            print(f"skipped {path}: {e}", file=sys.stderr)
            continue
        slots = [
            Slot(
                s["slot"],
                s["kind"],
                s["verdict"],
                tuple((m["doc"], m["start"], m["end"]) for m in s["mentions"]),
            )
            for s in data["slots"]
        ]
        out[data["event"]] = (tuple(data["docs"]), slots)
    return out


def shared_docs(a: Slot, b: Slot) -> int:
    """Docs in which a mention of ``a`` overlaps a mention of ``b``."""
    return len(
        {da for da, sa, ea in a.mentions for db, sb, eb in b.mentions if da == db and sa < eb and sb < ea}
    )


def match(ref: list[Slot], other: list[Slot], same_class: bool = True) -> list[tuple[Slot, Slot]]:
    """One-to-one pairs of slots that overlap in MIN_DOCS or more docs (and share the verdict class when asked)."""
    candidates = sorted(
        ((shared_docs(a, b), i, j) for i, a in enumerate(ref) for j, b in enumerate(other)
         if not same_class or a.cls == b.cls),
        key=lambda c: (-c[0], c[1], c[2]),
    )  # fmt: skip
    used_a, used_b, pairs = set(), set(), []
    for n, i, j in candidates:
        if n >= MIN_DOCS and i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((ref[i], other[j]))
    return pairs


def f1(matched: int, n_ref: int, n_other: int) -> tuple[float, float, float]:
    p = matched / n_other if n_other else 0.0
    r = matched / n_ref if n_ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(ref: dict, other: dict) -> tuple[dict[str, list[int]], list[str]]:
    """Per class [reference slots, other slots, matched] over the shared events, and one line per disagreement."""
    counts = {c: [0, 0, 0] for c in ("conflict+update", "agreement")}
    lines = []
    for event in sorted(set(ref) & set(other)):
        (docs_r, slots_r), (docs_o, slots_o) = ref[event], other[event]
        if set(docs_r) != set(docs_o):
            lines.append(f"{event}: docs differ ({len(set(docs_r) ^ set(docs_o))} not in both lists)")
        pairs = match(slots_r, slots_o)
        for c in counts:
            counts[c][0] += sum(s.cls == c for s in slots_r)
            counts[c][1] += sum(s.cls == c for s in slots_o)
            counts[c][2] += sum(a.cls == c for a, _ in pairs)
        lines += _disagreements(event, pairs, slots_r, slots_o)
    return counts, lines


def _disagreements(event: str, pairs: list, slots_r: list[Slot], slots_o: list[Slot]) -> Iterable[str]:
    matched_r, matched_o = {id(a) for a, _ in pairs}, {id(b) for _, b in pairs}
    for a, b in pairs:
        if a.verdict != b.verdict:
            yield f"{event}: verdict {a.verdict} (ref '{a.name}') vs {b.verdict} (other '{b.name}')"
    left_r = [s for s in slots_r if id(s) not in matched_r]
    left_o = [s for s in slots_o if id(s) not in matched_o]
    crossed = match(left_r, left_o, same_class=False)
    for a, b in crossed:
        yield (f"{event}: class {a.verdict} (ref '{a.name}', {a.kind}) vs {b.verdict} (other '{b.name}', {b.kind})"
               f" at {a.where()}")  # fmt: skip
    crossed_r, crossed_o = {id(a) for a, _ in crossed}, {id(b) for _, b in crossed}
    for s in left_r:
        if id(s) not in crossed_r:
            yield f"{event}: only ref  {s.verdict} '{s.name}' ({s.kind}) at {s.where()}"
    for s in left_o:
        if id(s) not in crossed_o:
            yield f"{event}: only other {s.verdict} '{s.name}' ({s.kind}) at {s.where()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("reference", type=Path, help="directory of the reference annotator's files")
    ap.add_argument("other", type=Path, help="directory of the second annotator's files")
    args = ap.parse_args(argv)
    ref, other = load(args.reference), load(args.other)
    shared = sorted(set(ref) & set(other))
    if not shared:
        print(f"no event annotated in both {args.reference} and {args.other}")
        return 0
    counts, lines = compare(ref, other)
    print(f"events compared: {len(shared)} ({' '.join(shared)})")
    for c, (n_r, n_o, m) in counts.items():
        p, r, f = f1(m, n_r, n_o)
        print(f"{c:16s} ref {n_r:3d}  other {n_o:3d}  matched {m:3d}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    n_r, n_o, m = (sum(v[i] for v in counts.values()) for i in range(3))
    print(f"{'all':16s} ref {n_r:3d}  other {n_o:3d}  matched {m:3d}  F1 {f1(m, n_r, n_o)[2]:.2f}")
    print(f"disagreements ({len(lines)}):")
    for line in lines:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
