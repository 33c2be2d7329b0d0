"""Build the first-name -> gender table (src/storyline/analyze/first_names.json) and print what it holds.

Run: PYTHONPATH=src .venv/bin/python eval/train_first_names.py [--no-write]
Source: the 1990 US census first-name frequency lists (public domain) as shipped in the MIT-licensed PyPI package
`names==0.3.0` (dev extra). A name goes in as male or female when that gender holds at least MIN_SHARE of its
combined frequency; names used by both ("Chris", "Leslie") stay out, so he/she stays open for them. A lookup table,
not a fitted model: there is nothing to hold out; its effect is measured by eval/quotes.py (pronoun sources).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import names

from storyline.analyze import gender

OUT = Path(gender.__file__).with_name("first_names.json")
VERSION = 1
MIN_SHARE = 0.9  # a name 90 % one gender in the census; below that it is left unknown


def _freq(path: Path) -> dict[str, float]:
    """Name -> percent of people of that gender carrying it ('JAMES 3.318 3.318 1')."""
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = float(parts[1])
    return out


def build() -> dict[str, object]:
    folder = Path(names.__file__).parent
    male, female = _freq(folder / "dist.male.first"), _freq(folder / "dist.female.first")
    table: dict[str, list[str]] = {"m": [], "f": []}
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= MIN_SHARE * (m + f):
            table["m"].append(name)
        elif f >= MIN_SHARE * (m + f):
            table["f"].append(name)
    return {
        "version": VERSION,
        "source": "US census 1990 via PyPI names==0.3.0",
        "min_share": MIN_SHARE,
    } | table


def main(argv: list[str]) -> int:
    data = build()
    print(f"kept {len(data['m'])} male and {len(data['f'])} female first names (one gender >= {MIN_SHARE})")
    if "--no-write" not in argv:
        OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
