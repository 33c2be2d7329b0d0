"""The quote speaker rules on PolNeAR's reported (unquoted) attributions, which no rule was tuned on.

The rules in analyze/quotes were tuned on quoted attributions; PolNeAR annotates many more reported ones ('He
said that ...', 'Jo Ames argued ...'): a second, untuned check on the same rules, scored as eval/quotes.py scores
a quote's speaker (the gold source's head word, a pronoun's named antecedent's, in the predicted speaker or the
names of the entity the article's resolution gives it).
- he/she: each reported attribution whose source is he/she outside quotation marks, resolved as a quote's pronoun
  is (the same speech events, named subjects and last quote's speaker);
- cue subjects: each reported attribution with a named or common-noun source whose cue holds one of the rules' cue
  words, its speaker read as a quote's would be from that cue (speakers.cue_speaker).
Usage: python eval/reported_speakers.py [dev|test] [--limit N] [--show]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from eval.quotes import (
    _PRONOUNS,
    _antecedent,
    _with_source,
    _words,
    attribution_right,
    entity_words,
    head_word,
    load,
    split_headline,
)
from storyline.analyze import resolve_entities
from storyline.analyze.descriptions import find_descriptions
from storyline.analyze.nlp import paragraphs, parse
from storyline.analyze.per_article import _mentions
from storyline.analyze.quotes.attribution import cue_speaker
from storyline.analyze.quotes.pronouns import Speaker, genders, resolve_pronoun
from storyline.analyze.quotes.speaker_pools import speaker_pools, with_untagged_names
from storyline.analyze.quotes.speakers import find_quotes
from storyline.model import Analysis, Article, Mention, Quote
from storyline.settings import DEFAULTS


def _resolved(
    doc_id: str, body: str, mentions: Sequence[Mention], found: Sequence[Speaker | None]
) -> list[tuple[Quote, set[str]] | None]:
    """Each found speaker as a quote with its entity's names (eval/quotes.entity_words), resolved within the
    article as analysis resolves a quote's: descriptions ('the congressman') to the person they refer to."""
    said = [Quote(doc_id, 0, 0, "", f.text, speaker_start=f.start, speaker_end=f.end) for f in found if f]
    entities, (an,) = resolve_entities(
        [Article(doc_id, doc_id, body)], [Analysis(doc_id, mentions=tuple(mentions), quotes=tuple(said))]
    )
    by_id = {e.id: e for e in entities}
    quotes = iter(an.quotes)
    return [(q := next(quotes), entity_words(q, by_id)) if f else None for f in found]


def _score(doc: dict, parsed: Doc, body: str, k: int, show: bool) -> Counter[str]:
    """Right and scored counts for the document's reported he/she and cue-subject attributions."""
    settings = DEFAULTS.analyze
    paras = paragraphs(body)
    mentions = _mentions(doc["id"], body, parsed)
    known = genders(parsed, mentions)
    quotes = find_quotes(doc["id"], body, parsed, paras, mentions, known, settings)
    pooled = with_untagged_names(parsed, mentions)  # the mentions as find_quotes reads them
    _, quoted, cues, events, subjects = speaker_pools(
        body, parsed, paras, pooled, settings.max_said_block_paragraphs
    )
    cue_at = {t.idx: t for t in cues}
    sources = _with_source(doc)
    scored: list[tuple[str, Speaker | None, str, int, int]] = []  # kind, found, gold head, source span
    for a in doc["attributions"]:
        src = a["source"]
        if a["quoted"] or not src or src["start"] < k:
            continue
        start, end = src["start"] - k, src["end"] - k
        if any(s <= start < e for s, e in quoted):
            continue  # inside someone's quotation: not the narration's
        if src["text"].lower() in ("he", "she"):
            kind, ante = "he/she", _antecedent(a, sources, doc["text"])
            head = head_word(doc["text"], ante["source"]) if ante else None
            if head is None:
                continue
            last = [q for q in quotes if q.end <= start and q.speaker is not None]
            prev = last[-1] if last else None
            found = resolve_pronoun(
                Speaker(body[start:end], start, end, pronoun=True, head=src["text"].lower()),
                events,
                subjects,
                prev
                and Speaker(
                    prev.speaker, prev.speaker_start, prev.speaker_end, head=prev.speaker.split()[-1]
                ),
                pooled,
                known,
                settings.quote_speaker_reach,
                settings.pronoun_reach,
                settings.narrated_subject_reach,
            )
        elif not (_words(src["text"]) <= _PRONOUNS) and a["cue"]:
            cs, ce = a["cue"]["start"] - k, a["cue"]["end"] - k
            cue = next((cue_at[i] for i in sorted(cue_at) if cs <= i < ce), None)
            head = head_word(doc["text"], src)
            if cue is None or head is None:
                continue
            found = cue_speaker(cue, body, quoted, pooled)
            common = any(w == head for w in re.findall(r"\w+", src["text"]))  # "a spokesman", "officials"
            kind = "cue subject, nominal" if common else "cue subject, named"
        else:
            continue
        scored.append((kind, found, head, start, end))
    described = find_descriptions(doc["id"], parsed, mentions)
    everyone = sorted([*mentions, *described], key=lambda m: (m.start, m.end))
    resolved = _resolved(doc["id"], body, everyone, [found for _, found, *_ in scored])
    out: Counter[str] = Counter()
    for (kind, found, head, start, end), said in zip(scored, resolved, strict=True):
        ok = said is not None and attribution_right(said[0], [head], body, said[1])
        for name in {kind, kind.split(",")[0]}:
            out[name] += ok
            out[name + " of"] += 1
        if show and not ok:
            print(f"{doc['id'][:40]} [{kind}] gold {head!r} got {found and found.text!r}")
            print("   ", repr(body[max(0, start - 300) : end + 100]))
    return out


def main(argv: list[str]) -> int:
    split = argv[0] if argv and not argv[0].startswith("-") else "dev"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    docs = load(split, limit)
    offsets = [split_headline(d["text"]) for d in docs]
    bodies = [d["text"][k:] for d, k in zip(docs, offsets, strict=True)]
    total: Counter[str] = Counter()
    for doc, parsed, body, k in zip(docs, parse(bodies), bodies, offsets, strict=True):
        total += _score(doc, parsed, body, k, "--show" in argv)

    def right(key: str) -> str:
        return f"{total[key] / max(1, total[key + ' of']):.3f} of {total[key + ' of']}"

    print(
        f"PolNeAR {split} reported attributions: he/she speakers right {right('he/she')}, cue subjects right "
        f"{right('cue subject')} (named {right('cue subject, named')}, nominal {right('cue subject, nominal')})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
