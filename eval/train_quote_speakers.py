"""Fit the quote speaker ranker (storyline.analyze.quotes.ranker) on PolNeAR dev and print cross-validated numbers.

Dev is split into K folds by a hash of the article id; each fold's quotes are attributed by a model fitted on the
other folds and scored with issue 13's scorer (eval/quotes.py), so the printed "CV" numbers are held out. The
rules alone are scored the same way. (A learned he/she/they antecedent ranker lost to the rules under this CV,
0.848-0.870 vs 0.899 pronoun speakers, and was removed.) The shipped model is then fitted on all of dev. Articles
are analysed without their headline paragraph, as eval/quotes.py does. ``--errors`` prints the error table of the
CV predictions; ``--test`` also scores on PolNeAR test: run it once, after the choice.
``--with ecb,ecb2`` pools eval/quotes.py's ECB+ check sets with dev (folds by article over the pool; one line per
set).
Usage: python eval/train_quote_speakers.py [--folds 5] [--with SETS] [--errors] [--test] [--no-write]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes as quote_eval  # noqa: E402
from linear_fit import fit_linear  # noqa: E402

from storyline.analyze.nlp import paragraphs, parse  # noqa: E402
from storyline.analyze.per_article import _mentions  # noqa: E402
from storyline.analyze.quotes import ranker  # noqa: E402
from storyline.analyze.quotes.pronouns import genders  # noqa: E402
from storyline.analyze.quotes.speakers import find_quotes  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.model import Analysis, Quote  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "storyline" / "analyze" / "quotes"
OUT = PACKAGE / "speaker_ranker.json"
VERSION = 2


def load(split: str) -> list[dict]:
    """PolNeAR dev or test, or one of eval/quotes.py's ECB+ check sets."""
    return quote_eval.load(split)


def fold_of(doc_id: str, k: int) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest()[:8], 16) % k


def rules(rule: ranker.Speaker | None, cands: Callable) -> ranker.Speaker | None:
    """The rules' speaker alone."""
    return rule


class Parsed:
    """One article parsed once: find_quotes can then run many times with different choosers; its training
    examples are gathered once."""

    def __init__(self, doc: dict, sdoc) -> None:
        self.gold = doc
        self.offset = doc.get("body_start", quote_eval.split_headline(doc["text"]))
        self.body = doc["text"][self.offset :]
        self.doc = sdoc
        self.paras = paragraphs(self.body)
        self.mentions = _mentions(doc["id"], self.body, sdoc)
        self.known = genders(sdoc, self.mentions)
        self.examples = _examples(self)

    def quotes(self, choose: Callable) -> list[Quote]:
        """Quotes with offsets into the body (the text without its headline)."""
        return find_quotes(
            self.gold["id"],
            self.body,
            self.doc,
            self.paras,
            self.mentions,
            self.known,
            choose=choose,
        )


def parse_all(docs: list[dict]) -> list[Parsed]:
    bodies = [d["text"][d.get("body_start", quote_eval.split_headline(d["text"])) :] for d in docs]
    return [Parsed(d, s) for d, s in zip(docs, parse(bodies), strict=True)]


def fills(model: LinearModel, fill: float = DEFAULTS.analyze.quote_speaker_fill) -> Callable:
    """What ships: the rules' speaker, the model's pick when the rules found none."""
    return lambda rule, cands: ranker.best(rule, cands, fill, model)


def replaces(model: LinearModel) -> Callable:
    """The model's pick over every candidate, the rules' own included (measured, not shipped)."""

    def choose(rule: ranker.Speaker | None, cands: Callable) -> ranker.Speaker | None:
        found = cands()
        return max(found, key=lambda c: model.logit(c.features)).speaker if found else None

    return choose


def _right(speaker: ranker.Speaker, heads: list[str], body: str) -> bool:
    q = Quote("", 0, 0, "", speaker.text, speaker_start=speaker.start, speaker_end=speaker.end)
    return quote_eval.attribution_right(q, heads, body)


def examples(arts: Sequence[Parsed]) -> list[tuple[list[tuple[float, ...]], list[int]]]:
    return [g for art in arts for g in art.examples]


def _labelled(art: Parsed, spans: list[tuple[int, int]], groups: list[list[ranker.Candidate]]) -> list:
    """Candidate features and right/wrong labels of the groups whose quote span (offsets into the body) matches a
    scorable gold quote."""
    quoted = [a for a in art.gold["attributions"] if a["quoted"]]
    gold = [{"chars": quote_eval._tokens(" ".join(c["text"] for c in a["content"]))} for a in quoted]
    heads = quote_eval._heads(art.gold)
    found = [Quote("", s, e, art.body[s:e], None) for s, e in spans]  # matched on text only
    return [
        ([c.features for c in groups[i]], [int(_right(c.speaker, heads[j], art.body)) for c in groups[i]])
        for i, j in quote_eval.match(found, gold, 0.5, quote_eval._tokens)
        if heads[j]
    ]


def _examples(art: Parsed) -> list[tuple[list[tuple[float, ...]], list[int]]]:
    """Per quote the rules keep: the speaker ranker's candidates (the rules' antecedents for pronouns)."""
    calls: list[list[ranker.Candidate]] = []

    def record(rule, cands):
        calls.append(cands())
        return rule

    art.quotes(record)
    calls = [c for c in calls if c]
    return _labelled(art, [c[0].quote for c in calls], calls)


def fit(groups, features: Sequence[str] = ranker.FEATURES) -> dict:
    """Right vs wrong candidates of the quotes that have a choice to make (two or more, one right)."""
    groups = [(fs, ls) for fs, ls in groups if any(ls) and len(ls) > 1]
    x = [f for fs, _ in groups for f in fs]
    y = [label for _, ls in groups for label in ls]
    return fit_linear(x, y, features)


def run(arts: Sequence[Parsed], choosers: Sequence[Callable]) -> list[Analysis]:
    """Analyses with quote offsets into the whole PolNeAR text, as the scorer reads them."""
    return [
        quote_eval.shifted(Analysis(a.gold["id"], quotes=tuple(a.quotes(c))), a.offset)
        for a, c in zip(arts, choosers, strict=True)
    ]


def score(arts: Sequence[Parsed], choosers: Sequence[Callable]):
    analyses = run(arts, choosers)
    return quote_eval.score_attribution([a.gold for a in arts], analyses)


def line(name: str, s: dict[str, float]) -> str:
    return (
        f"{name}: attribution F1 {s['attribution_f1']:.3f}  quote F1 {s['quote_f1']:.3f}  speaker "
        f"{s['speaker_right']:.3f} (named {s['speaker_right_named']:.3f} of {s['speaker_named_of']} [nominal "
        f"{s['speaker_right_nominal']:.3f} of {s['speaker_nominal_of']}], pronoun "
        f"{s['speaker_right_pronoun']:.3f} of {s['speaker_pronoun_of']})"
    )


def cross_validate(arts: list[Parsed], k: int, use: Callable) -> tuple[dict[str, float], list[Analysis]]:
    """Each fold attributed by ``use(speaker model fitted on the other folds)``; all folds scored together."""
    folds = [fold_of(a.gold["id"], k) for a in arts]
    models = [
        LinearModel.from_dict(fit(examples([a for a, g in zip(arts, folds, strict=True) if g != f])))
        for f in range(k)
    ]
    analyses = run(arts, [use(models[g]) for g in folds])
    return quote_eval.score_attribution([a.gold for a in arts], analyses), analyses


def error_table(arts: Sequence[Parsed], analyses: Sequence[Analysis]) -> str:
    """Errors of the given (held-out) analyses by kind of gold source, quote boundary misses, and what each
    kind costs attribution: a wrong or missing speaker loses one right quote, a gold quote no prediction matches
    one of recall, a prediction no gold quote matches one of precision."""
    rows: Counter[str] = Counter()
    for art, an in zip(arts, analyses, strict=True):
        quotes = an.quotes
        quoted = [a for a in art.gold["attributions"] if a["quoted"]]
        gold = [{"chars": quote_eval._tokens(" ".join(c["text"] for c in a["content"]))} for a in quoted]
        heads = quote_eval._heads(art.gold)
        pairs = quote_eval.match(quotes, gold, 0.5, quote_eval._tokens)
        loose = quote_eval.match(quotes, gold, 0.01, quote_eval._tokens)
        hit_gold, hit_pred = {j for _, j in pairs}, {i for i, _ in pairs}
        for i, j in loose:
            if j not in hit_gold and i not in hit_pred:
                rows["quote: boundary wrong (overlap < 50 %)"] += 1
                hit_gold.add(j)
                hit_pred.add(i)
        rows["quote: gold quote missed"] += len(gold) - len(hit_gold)
        rows["quote: spurious prediction"] += len(quotes) - len(hit_pred)
        for i, j in pairs:
            if not heads[j]:
                rows["quote: matched, gold source unscorable"] += 1
                continue
            kind = _kind(quoted[j]["source"], art)
            ok = quote_eval.attribution_right(quotes[i], heads[j], art.gold["text"])
            rows[f"{kind}: scored"] += 1
            if quotes[i].speaker is None:
                rows[f"{kind}: speaker missing"] += 1
            elif not ok:
                rows[f"{kind}: wrong"] += 1
    return "\n".join(f"  {k:55s} {v}" for k, v in sorted(rows.items()))


def _kind(span: dict, art: Parsed) -> str:
    """Pronoun, named person, organisation, group, title-only ("the president") or other nominal."""
    source = span["text"]
    words = quote_eval._token_words(source)
    if words and set(words) <= quote_eval._PRONOUNS:
        return "pronoun"
    head = quote_eval.head_word(art.gold["text"], span) or ""
    lead = re.split(r"\s*[,(—–]\s*", source)[0]
    labels = {e.label_ for e in art.doc.ents if e.text in lead}
    if "PERSON" in labels:
        return "named PERSON"
    if "ORG" in labels and any(w[:1].isupper() for w in lead.split()[-2:]):
        return "named ORG (the White House)"
    if "NORP" in labels or (head.endswith("s") and head not in ("us",)):
        return "group (Democrats, officials)"
    if head in quote_eval._TITLES:
        return "title only (the president)"
    return "other nominal (the spokesman)"


def _cpu(arts: Sequence[Parsed], choose: Callable) -> float:
    t0 = time.process_time()
    for a in arts:
        a.quotes(choose)
    return time.process_time() - t0


def _per_set(name: str, sets: dict[str, list[Parsed]], analyses: Sequence[Analysis]) -> None:
    """One line per set of the (held-out) analyses, in the order the articles were pooled."""
    at = 0
    for split, arts in sets.items():
        part = analyses[at : at + len(arts)]
        at += len(arts)
        print(line(f"  {split} {name}", quote_eval.score_attribution([a.gold for a in arts], part)))


def main(argv: list[str]) -> int:
    if not quote_eval.DATA.exists():
        print(f"skip: {quote_eval.DATA} not found")
        return 0
    k = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 5
    extra = argv[argv.index("--with") + 1].split(",") if "--with" in argv else []
    sets = {split: parse_all(load(split)) for split in ["dev", *extra]}
    dev = [a for arts in sets.values() for a in arts]
    print(
        f"protocol: {' + '.join(sets)}, {len(dev)} articles in {k} folds by sha1(article id) % {k}; every variant "
        "below uses these same folds, each fold attributed by models fitted on the other folds"
    )
    _per_set(f"rules (= {k}-fold CV of the rules)", sets, run(dev, [rules] * len(dev)))
    _per_set(
        f"ranker replacing the rules, {k}-fold CV (not shipped)", sets, cross_validate(dev, k, replaces)[1]
    )
    fill = DEFAULTS.analyze.quote_speaker_fill
    for p in sorted({0.1, 0.3, 0.5, fill}):
        name = f"rules + ranker naming missing speakers at p >= {p}, {k}-fold CV"
        _per_set(name, sets, cross_validate(dev, k, lambda m, p=p: fills(m, p))[1])
    result = cross_validate(dev, k, fills)
    _per_set(f"fill {fill}, {k}-fold CV (shipped)", sets, result[1])
    if "--errors" in argv:
        print("errors, CV predictions:\n" + error_table(dev, result[1]))
    groups = examples(dev)
    trained_on = " + ".join(f"PolNeAR {s}" if s == "dev" else f"ECB+ {s}" for s in sets)
    model = fit(groups) | {"version": VERSION, "trained_on": trained_on, "quotes": len(groups)}
    if "--no-write" not in argv:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.name}: fitted on {len(groups)} quotes of {trained_on}")
    shipped = LinearModel.from_dict(model)
    n = len(dev)
    _per_set("shipped, fitted on all of them (not held out)", sets, run(dev, [fills(shipped)] * n))
    base, cpu = _cpu(dev, rules), _cpu(dev, fills(shipped))
    print(f"  find_quotes CPU: rules {base:.2f} s, shipped {cpu:.2f} s")
    if "--test" in argv:
        test = parse_all(load("test"))
        n = len(test)
        print(line("test rules alone", score(test, [rules] * n)))
        print(line("test shipped", score(test, [fills(shipped)] * n)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
