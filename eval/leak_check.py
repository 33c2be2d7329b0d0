"""Evaluation-data text that slipped into the project: the rule is that eval-data is read, never copied.

Scans the project's own files (src, tests, eval, bench, docs, examples, README.md; tracked and new files, never
../shared/eval-data) for
  (a) six-word runs (lower-cased, punctuation dropped) that also occur in an ECB+ or PolNeAR text, an extraction
      gold body or a metadata gold title, unless generic: found in 3 or more distinct eval documents, or made of
      stop words and numbers only;
  (b) names of two or more capitalised words that occur in ECB+ or PolNeAR texts but in no file of examples/
      (the invented demo corpus), unless generic: found in 3 or more ECB+ topics (each topic is one kind of
      event, so a name confined to one or two belongs to their events' people and places) or 3 or more PolNeAR
      articles, made of ordinary words ECB+ writes in lower case ('Fire Chief'), or a country.
Each hit prints file:line, the project's words and the eval document holding them; hits read and judged no copy
are listed in eval/leak_check_judged.txt and not printed. The eval text is read at run time and never written
anywhere. Exit 1 on hits, 0 when clean; 0 with one line when eval-data is absent.

Run: PYTHONPATH=src .venv/bin/python eval/leak_check.py
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.lexicon.countries import COUNTRIES  # noqa: E402
from storyline.lexicon.dates import MONTHS, WEEKDAYS  # noqa: E402
from storyline.lexicon.folding import spell_key  # noqa: E402
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS  # noqa: E402

DATA = ROOT.parent / "shared" / "eval-data"
SCANNED = ("src", "tests", "eval", "bench", "docs", "examples", "README.md")
RUN = 6  # words in a copied run: five-word runs hit stock phrases of news prose, seven miss reworded tails
GENERIC_DOCS = (
    3  # a run in this many eval documents is stock phrasing ("said in a statement on ..."), not a copy
)
GENERIC_TOPICS = 3  # a name in this many ECB+ topics is a place or body of the news at large, not an event's
NAME_WORDS = 6  # longest capitalised run compared as a name
# Hits read and judged no copy (stock phrasing, a newspaper's or a body's name, an annotation's slot label), one a
# line as the hit prints it; '#' starts a comment.
JUDGED = Path(__file__).with_name("leak_check_judged.txt")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # a word with the apostrophes inside it ("don't")
_APOSTROPHES = str.maketrans("", "", "'’")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
_POSSESSIVE = re.compile(r"['’]s$")  # "Korea's" is Korea
_NAME_RUN = re.compile(rf"{_CAPITALISED.pattern}(?:[ \t]+{_CAPITALISED.pattern})+")


@dataclass(frozen=True)
class Hit:
    """One finding: where in the project, what, and which eval document holds it."""

    path: str
    line: int
    kind: str
    text: str
    source: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.text!r} (eval: {self.source})"


def words(text: str) -> list[tuple[str, int]]:
    """Lower-cased words with their character offsets; apostrophes and other punctuation dropped."""
    return [(m.group().lower().translate(_APOSTROPHES), m.start()) for m in _WORD.finditer(text)]


def eval_texts(data: Path = DATA) -> Iterator[tuple[str, str]]:
    """(document key, text) for every eval text a project file could copy from."""
    with gzip.open(data / "clustering" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for record in map(json.loads, f):
            yield f"ecb+ {record['id']}", f"{record['title']}\n{record['text']}"
    for split in ("dev", "test"):
        with (data / "quotes" / f"polnear_{split}.jsonl").open(encoding="utf-8") as f:
            for record in map(json.loads, f):
                yield f"polnear {record['id']}", record["text"]
    truth = json.loads((data / "extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, entry in truth.items():
        yield f"extraction {key[:12]}", entry["articleBody"]
    gold = json.loads((data / "metadata" / "gold.json").read_text(encoding="utf-8"))
    for entry in gold.values():
        if title := (entry.get("trafilatura_meta") or {}).get("title"):
            yield f"metadata {entry['page']}", title


def project_files(root: Path = ROOT) -> list[Path]:
    """The scanned text files, tracked or new (git's ignore rules leave caches and builds out)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *SCANNED],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    files = []
    for name in dict.fromkeys(filter(None, listed)):
        path = root / name
        if path != JUDGED and path.is_file() and b"\0" not in path.read_bytes()[:4096]:
            files.append(path)
    return files


def _generic(run: tuple[str, ...]) -> bool:
    return all(w in STOP_WORDS or w.isdigit() for w in run)


def _line_starts(text: str) -> list[int]:
    """The offset where each line starts: bisecting it gives an offset's 1-based line number."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def copied_runs(files: dict[str, str], data: Path = DATA) -> list[Hit]:
    """(a): each maximal stretch of a project file whose six-word runs all occur in one to two eval documents."""
    wanted: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    tokens = {name: words(text) for name, text in files.items()}
    for name, toks in tokens.items():
        for i in range(len(toks) - RUN + 1):
            run = tuple(w for w, _ in toks[i : i + RUN])
            if not _generic(run):
                wanted[run].append((name, i))
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, text in eval_texts(data):
        toks = [w for w, _ in words(text)]
        for i in range(len(toks) - RUN + 1):
            run = tuple(toks[i : i + RUN])
            if run in wanted and len(holders[run]) < GENERIC_DOCS:
                holders[run].add(key)
    starts: dict[str, dict[int, str]] = defaultdict(dict)
    for run, docs in holders.items():
        if len(docs) < GENERIC_DOCS:
            for name, i in wanted[run]:
                starts[name][i] = min(docs)
    hits = []
    for name, found in starts.items():
        toks, lines = tokens[name], _line_starts(files[name])
        for i in sorted(found):
            if i - 1 in found:
                continue
            end = i
            while end + 1 in found:
                end += 1
            text = " ".join(w for w, _ in toks[i : end + RUN])
            hits.append(Hit(name, bisect_right(lines, toks[i][1]), "copied run", text, found[i]))
    return hits


def name_spans(text: str) -> Iterator[tuple[int, str]]:
    """(offset, name) for every run of 2 to NAME_WORDS capitalised words inside each capitalised stretch, not
    opening or closing on a stop word ('The', 'Of')."""
    for m in _NAME_RUN.finditer(text):
        parts = [
            (p.start() + m.start(), _POSSESSIVE.sub("", p.group())) for p in _CAPITALISED.finditer(m.group())
        ]
        for i in range(len(parts)):
            for j in range(i + 2, min(len(parts), i + NAME_WORDS) + 1):
                first, last = parts[i][1].lower(), parts[j - 1][1].lower()
                if first not in STOP_WORDS and last not in STOP_WORDS:
                    yield parts[i][0], " ".join(p for _, p in parts[i:j])


@dataclass(frozen=True)
class EvalNames:
    """Capitalised name runs with where they occur: the ECB+ topics (each one kind of event) and the PolNeAR
    articles, each counted up to GENERIC_TOPICS; and the words ECB+ writes in lower case in GENERIC_DOCS or more
    documents (ordinary words: 'fire', 'chief', 'court')."""

    ecb: dict[str, set[str]]
    polnear: dict[str, set[str]]
    ordinary: frozenset[str]

    def generic(self, name: str) -> bool:
        """A name of the news at large (in many topics or articles), a title or body made of ordinary words
        ('Fire Chief', 'City Council'), or a country: no event's own person or place."""
        return (
            len(self.ecb.get(name, ())) >= GENERIC_TOPICS
            or len(self.polnear.get(name, ())) >= GENERIC_TOPICS
            or all(w.lower() in self.ordinary for w in name.split())
            or spell_key(name) in COUNTRIES
        )

    def where(self, name: str) -> set[str]:
        return self.ecb.get(name, set()) | self.polnear.get(name, set())


def _count(where: dict[str, set[str]], text: str, label: str) -> None:
    for _, name in name_spans(text):
        held = where[name]
        if len(held) < GENERIC_TOPICS:
            held.add(label)


def eval_names(data: Path = DATA) -> EvalNames:
    """Every capitalised name run in ECB+ and PolNeAR with where it occurs, and ECB+'s ordinary lower-case
    words."""
    ecb: dict[str, set[str]] = defaultdict(set)
    lower: dict[str, int] = defaultdict(int)
    with gzip.open(data / "clustering" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for record in map(json.loads, f):
            text = f"{record['title']}\n{record['text']}"
            _count(ecb, text, f"ecb+ topic {record['topic_id']}")
            for word in set(re.findall(r"\b[a-z][a-z'’-]*\b", text)):
                lower[word] += 1
    polnear: dict[str, set[str]] = defaultdict(set)
    for key, text in eval_texts(data):
        if key.startswith("polnear "):
            _count(polnear, text, key)
    ordinary = {w for w, n in lower.items() if n >= GENERIC_DOCS} | STOP_WORDS | set(MONTHS) | set(WEEKDAYS)
    return EvalNames(dict(ecb), dict(polnear), frozenset(ordinary))


def eval_names_used(files: dict[str, str], data: Path = DATA) -> list[Hit]:
    """(b): capitalised names an ECB+ event's or a PolNeAR article's text holds that the invented demo corpus
    does not."""
    names = eval_names(data)
    invented = {
        name for path, text in files.items() if path.startswith("examples/") for _, name in name_spans(text)
    }
    hits = []
    for path, text in files.items():
        if path.startswith("examples/"):
            continue
        lines, seen = _line_starts(text), set()
        for offset, name in name_spans(text):
            if (found := names.where(name)) and name not in invented and not names.generic(name):
                line = bisect_right(lines, offset)
                if (line, name) not in seen:
                    seen.add((line, name))
                    hits.append(Hit(path, line, "eval name", name, ", ".join(sorted(found))))
    return _longest(hits)


def _longest(hits: Iterable[Hit]) -> list[Hit]:
    """Drop a name hit inside a longer one on the same line ('Jane Doe' within 'Mary Jane Doe')."""
    hits = list(hits)
    return [
        h
        for h in hits
        if not any(
            o.path == h.path and o.line == h.line and o.text != h.text and f" {h.text} " in f" {o.text} "
            for o in hits
        )
    ]


def judged(path: Path = JUDGED) -> frozenset[str]:
    """The judged hits' texts, each as its words (so spacing and case in the file do not matter)."""
    lines = (line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(key for line in lines if (key := _key(line)))


def _key(text: str) -> str:
    return " ".join(w for w, _ in words(text))


def main() -> int:
    if not (DATA / "clustering" / "ecbplus_docs.jsonl.gz").is_file():
        print(f"eval-data absent ({DATA}): leak check skipped")
        return 0
    files = {
        str(p.relative_to(ROOT)): p.read_text(encoding="utf-8", errors="replace") for p in project_files()
    }
    known = judged()
    found = [h for h in copied_runs(files) + eval_names_used(files) if _key(h.text) not in known]
    hits = sorted(found, key=lambda h: (h.path, h.line, h.kind, h.text))
    for hit in hits:
        print(hit)
    print(f"{len(hits)} hits in {len({h.path for h in hits})} of {len(files)} files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
