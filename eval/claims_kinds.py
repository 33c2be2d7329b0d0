"""The kinds set: invented multi-outlet stories holding the discrepancy kinds of issue 13, with their gold.

The stories are written in ``eval/claims/<set>/stories.txt`` with the gold marked inline (format in its header);
``python eval/claims_kinds.py [set]`` turns them into ``docs.jsonl`` (one article a line: id, cluster_id, outlet,
published, text) and ``annotations/<story>.json`` (the ECB+ annotation format of eval/claims/PROTOCOL.md, each slot
with an extra ``issue`` field: the issue's kind, e.g. ``vote`` or ``gender``). ``eval/claims.py --kinds`` scores them.
The sets are invented, unlike ECB+: they check the issue's kinds, not real-world recall. ``kinds`` (session 19) has been
read and fixed against; ``kinds2`` (session 20, written before reading the claims code or the first set's stories)
is the transfer check: read only its per-kind table, not its misses one by one. ``kinds3`` (session 20, written by an
engineer who never fixes code against it) stays unseen by anyone who changes ``src/``: its per-kind table only;
``kinds4`` (session 21, written the same way, by another engineer who never reads the claims or briefing code) is a
second such transfer check, ``kinds5`` (session 22, written the same way, by another such engineer) a third,
``kinds6`` (session 23, the same way again) a fourth, whose addition is agreements with traps: near-misses (the same
number about different things, one weekday for two events, vague values, an agency story's syndicated copy) that a
predicted agreement must not land on. ``kinds7`` (session 27, the same way again) is a fifth, whose addition is
must-not-conflict traps of two different things counted or dated in one story (a quake and its aftershock, two phone
models, two games, a victim's and a suspect's ages) told in sentences that look alike. ``kinds8`` (session 28) is,
like ``kinds``, fixed against: lengths of time and a person's title told each outlet's own way, with traps of two
lengths or two titles that are different facts (a sentence and the time served, an old and a new holder of a post).
``kinds9`` (session 29) is fixed against as well: calendar days, clock times and a person's gender told each outlet's
own way, with traps of two days, two times or two people that are different facts (an arrest and a trial, opening and
closing times, a suspect and a victim, a victim's mother and father).
``kinds10`` (session 29) is fixed against too: name spellings (transliterations, a letter doubled or dropped, Mc/Mac)
and places (one event in two towns, two grounds, two bearings, a home town), with traps that are no conflict (a
hyphen in a first name, a shared surname, a town and its region, a place near another, two events' venues).
``kinds11`` (session 30, written by an engineer who did not read the claims code) is fixed against as well: calendar
days, titles, lengths of time and word-valued facts (a cause, a verdict, a vehicle, a weapon, a score) with negations,
over sixteen genres, every cross-outlet fact annotated, with traps that are no conflict (a qualified count and its
exact figure, two strikes' lengths, an old and a new post, a day and its month or week).
``kinds12`` (session 31, written by an engineer who did not read the claims code) is fixed against as well: people's
attributes (gender, age, nationality), titles, counts of several groups, places and name spellings over sixteen
genres, every cross-outlet fact annotated, with precision traps that are no conflict (two people of one surname or
title, two bodies' spokespeople, an old and a new job, a district's and a region's figure, an early count updated).
``kinds13`` (session 32, written by an engineer who did not read the claims code) is a blind gate like ``kinds3``: never
read by anyone who fixes claims code, per-kind table only; sixteen stories written like real wire coverage of ECB+
kinds of events (a quake, a shooting, an arrest, a transfer, a crash, a takeover, an election...), with background
figures, several people per story and figures of look-alike things, every cross-outlet fact annotated.
``kinds14`` (session 35, written by an engineer who did not read the claims code) is readable and fixed against after
the lead's one blind reading: twelve stories in real wire and regional style (a stabbing, a hotel fire, a quake, an
arrest, a takeover, a transfer, a prize, a resignation, a launch, a drone strike, a verdict, a storm), four outlets
each, with background figures and dates, tolls that rise, shared surnames and titles, old and new posts.
``kinds15`` (session 36, written by an engineer who did not read the claims code) is a BLIND gate like ``kinds13``:
only the lead runs it, per-kind table only; fourteen stories in real news style of kinds the earlier sets left out (a
sentencing, a health report, a budget vote, a by-election, a space capsule, a bridge collapse, a ferry, a match, a
results day, a missing walker, a protest, a wildfire, a jet's diversion, a drug trial) with background figures,
rates beside totals and traps.
``kinds16`` (session 36, written by an engineer who did not read the claims code) is readable and fixed against after the
lead's one blind reading: fourteen stories in real news style (a derailment, an outbreak, a heatwave, a merger, a mine
blast, an actress's death, a network outage, a party leadership vote, a prisoner exchange, a state visit, a cup final, a
strike, a fraud trial, a coach crash), four outlets each, with background figures, figures in several forms, tolls that
rise, two counts of one story, parts and wholes, shared surnames and old and new posts.
``kinds17`` (session 37, written by an engineer who did not read the claims code) is readable after the lead's one blind
reading: thirteen stories in real news style of kinds no readable set had (a wildfire, an earthquake, an emergency
landing, an election, a rate decision, a recall, a cave rescue, a space launch, a bribery verdict, a transfer, a flood, a
protest, a budget), four outlets each, with background figures, one figure in several forms and units, estimates of one
crowd by two sources, parts beside wholes, rates beside totals, shared surnames and former beside current posts.
``kinds18`` (session 38, written by an engineer who did not read the claims code) is readable after the lead's one blind
reading: stories in real news style of kinds chosen for precision (a mine collapse, a ferry sinking, a takeover, a
strike, a court fine, a heatwave, a championship, an outbreak, a derailment, a reshuffle, a ransomware attack, a museum
theft, a prison escape), four outlets each, with background figures, parts beside wholes, rates beside totals, later
figures that say so, shared surnames and titles, and former beside current posts.
``kinds19`` (session 39, written by an engineer who did not read the claims code) is readable after the lead's one blind
reading: fourteen stories of kinds no earlier set had (a singer entering rehab, a musician's death, a coach sacked, a
tanker hijacked, an actor's court appearance, a shopping-centre shooting, a landslide, an avalanche, a drug seizure, a
helicopter crash, an airline's collapse, a gas explosion, a kidnapping, a concert crush), four outlets each, in short
150-350 word wire, newspaper and TV-site copy like ECB+'s, with one fact told in several sentence shapes, tolls that
rise and say so, background figures about the people in the story, parts beside wholes and shared surnames.
``kinds20`` (session 40, written by an engineer who did not read the claims code) is readable after the lead's one blind
reading: fourteen stories of kinds no earlier readable set had (a raid on a fake-medicine factory, a bank robbery, a
volcano erupting, a bridge collapse, a ship collision, a cafe siege, a coup attempt, a film award, a phone launch, a
cricket record, a chief executive stepping down, a wedding food poisoning, a tornado, a stadium stand collapse), four
outlets each, in 150-400 word copy in the house styles of outlets of several English-speaking countries (a British
tabloid, Indian and Pakistani dailies, Antipodean broadcasters, Nigerian and Kenyan papers, Singapore and Philippine
sites, a US local TV site, a trade blog, a press release), with their own conventions for days, times, ages and money.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import claims_gold
from claims_gold import Gold

SETS = (
    "kinds",
    "kinds2",
    "kinds3",
    "kinds4",
    "kinds5",
    "kinds6",
    "kinds7",
    "kinds8",
    "kinds9",
    "kinds10",
    "kinds11",
    "kinds12",
    "kinds13",
    "kinds14",
    "kinds15",
    "kinds16",
    "kinds17",
    "kinds18",
    "kinds19",
    "kinds20",
)
ROOT = Path(__file__).resolve().parent / "claims"
ISSUE_KINDS = ("count", "money", "vote", "time", "date", "duration", "spelling", "gender", "role")


def with_other_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """``ISSUE_KINDS``, then the other kinds among ``kinds`` (a protocol kind such as place), each once, in order."""
    return (*ISSUE_KINDS, *sorted(set(kinds) - set(ISSUE_KINDS)))


_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)(?:\|([^|\]]*))?(?:\|([^|\]]*))?\]\]")


def parse(source: str) -> tuple[list[dict], list[dict]]:
    """(docs, annotation files as dicts) from the marked-up stories."""
    docs: list[dict] = []
    files: list[dict] = []
    for line in source.splitlines():
        if line.startswith("== "):
            files.append({"event": line[3:].strip(), "annotator": "kinds", "docs": [], "slots": []})
        elif not files:
            continue
        elif line.startswith("@ "):
            name, kind, verdict, issue = (x.strip() for x in line[2:].split("|"))
            files[-1]["slots"].append(
                {"slot": name, "kind": kind, "verdict": verdict, "issue": issue, "mentions": [], "note": ""}
            )
        elif line.startswith("-- "):
            doc, outlet, published = (x.strip() for x in line[3:].split("|"))
            files[-1]["docs"].append(doc)
            docs.append(
                {
                    "id": doc,
                    "cluster_id": files[-1]["event"],
                    "outlet": outlet,
                    "published": published,
                    "text": "",
                }
            )
        elif docs and docs[-1]["cluster_id"] == files[-1]["event"] and (line or docs[-1]["text"]):
            _add_line(docs[-1], files[-1], line)
    for d in docs:
        d["text"] = d["text"].strip()
    return docs, files


def _add_line(doc: dict, gold: dict, line: str) -> None:
    """Append one marked-up line to the doc's text, recording each marked span as a mention of its slot."""
    slots = {s["slot"]: s for s in gold["slots"]}
    text, at = doc["text"], 0
    for m in _MARK.finditer(line):
        text += line[at : m.start()]
        surface, slot, value, qualifier = m.group(1), m.group(2), m.group(3), m.group(4)
        if slot not in slots:
            raise ValueError(f"{doc['id']}: mention of undeclared slot {slot!r}")
        slots[slot]["mentions"].append(
            {
                "doc": doc["id"],
                "start": len(text),
                "end": len(text) + len(surface),
                "value": value if value and value != "-" else None,
                "qualifier": qualifier or None,
            }
        )
        text += surface
        at = m.end()
    doc["text"] = text + line[at:] + "\n"


def write(name: str = "kinds") -> None:
    """Build one set's docs.jsonl and annotations/ from its stories.txt, validated with the ECB+ set's checks."""
    here = ROOT / name
    docs, files = parse((here / "stories.txt").read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in docs}
    annotations = here / "annotations"
    annotations.mkdir(exist_ok=True)
    for old in annotations.glob("*.json"):
        old.unlink()
    problems = []
    for f in files:
        path = annotations / f"{f['event']}.json"
        problems += claims_gold.validate(f, path, by_id)
        problems += [f"{path.name}: {s['slot']}: unknown issue kind" for s in f["slots"] if not s["issue"]]
        path.write_text(json.dumps(f, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (here / "docs.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    if problems:
        raise SystemExit("\n".join(problems))
    slots = [s for f in files for s in f["slots"]]
    print(f"{len(files)} stories, {len(docs)} articles, {len(slots)} slots")
    kinds = with_other_kinds(s["issue"] for s in slots)
    for verdict in ("conflict", "update", "agreement"):
        counts = {k: sum(s["verdict"] == verdict and s["issue"] == k for s in slots) for k in kinds}
        print(f"  {verdict:9s} " + " ".join(f"{k}={n}" for k, n in counts.items() if n))


def load(name: str = "kinds") -> tuple[dict[str, dict], list[Gold], dict[tuple[str, str], str]]:
    """(docs by id, golds, issue kind by (story, slot name)) of one built set."""
    here = ROOT / name
    docs = {
        d["id"]: d for d in map(json.loads, (here / "docs.jsonl").read_text(encoding="utf-8").splitlines())
    }
    golds = claims_gold.load([here / "annotations"], docs)
    issue = {
        (g.event, s["slot"]): s["issue"]
        for g in golds
        for s in json.loads(g.path.read_text(encoding="utf-8"))["slots"]
    }
    return docs, golds, issue


if __name__ == "__main__":
    sys.exit(write(*sys.argv[1:2]))
