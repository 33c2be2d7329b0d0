"""He/she speakers of PolNeAR's reported (unquoted) attributions, resolved by the quote speakers' pronoun rules.

The rules in analyze/quotes/pronouns.py were tuned on quoted attributions; PolNeAR annotates many more
reported ones ('He said that ...'), which no rule was read against: a second, untuned check on the same rules.
Each unquoted attribution whose source is he/she and lies outside quotation marks is resolved as a quote's
pronoun would be (the same speech events, named subjects and last quote's speaker) and scored as eval/quotes.py
scores a pronoun source (the gold antecedent's head word in the resolved speaker).
Usage: python eval/quote_pronouns.py [dev|test] [--limit N] [--show]
"""

from __future__ import annotations

import sys

from eval.quotes import _PRONOUNS, _antecedent, _words, attribution_right, head_word, load, split_headline
from storyline.analyze.nlp import paragraphs, parse
from storyline.analyze.per_article import _mentions
from storyline.analyze.quotes.pronouns import Speaker, genders, resolve_pronoun
from storyline.analyze.quotes.speakers import find_quotes, speaker_pools
from storyline.model import Quote
from storyline.settings import DEFAULTS


def _resolved(doc: dict, parsed, body: str, k: int, show: bool) -> tuple[int, int]:
    """(right, scored) over the document's unquoted he/she attributions."""
    settings = DEFAULTS.analyze
    paras = paragraphs(body)
    mentions = _mentions(doc["id"], body, parsed)
    known = genders(parsed, mentions)
    quotes = find_quotes(doc["id"], body, parsed, paras, mentions, known, settings)
    _, quoted, _, events, subjects = speaker_pools(
        body, parsed, paras, mentions, settings.max_said_block_paragraphs
    )
    named = [a for a in doc["attributions"] if a["source"] and not (_words(a["source"]["text"]) <= _PRONOUNS)]
    right = scored = 0
    for a in doc["attributions"]:
        src = a["source"]
        if a["quoted"] or not src or src["text"].lower() not in ("he", "she") or src["start"] < k:
            continue
        start, end = src["start"] - k, src["end"] - k
        if any(s <= start < e for s, e in quoted):
            continue  # inside someone's quotation: not the narration's pronoun
        ante = _antecedent(a, named, doc["text"])
        head = head_word(ante["source"]["text"]) if ante else None
        if head is None:
            continue
        last = [q for q in quotes if q.end <= start and q.speaker is not None]
        prev = (
            Speaker(
                last[-1].speaker,
                last[-1].speaker_start,
                last[-1].speaker_end,
                head=last[-1].speaker.split()[-1],
            )
            if last
            else None
        )
        pron = Speaker(body[start:end], start, end, pronoun=True, head=src["text"].lower())
        found = resolve_pronoun(
            pron,
            events,
            subjects,
            prev,
            mentions,
            known,
            settings.quote_speaker_reach,
            settings.pronoun_reach,
            settings.narrated_subject_reach,
        )
        said = found and Quote(
            doc["id"], start, end, "", found.text, speaker_start=found.start, speaker_end=found.end
        )
        ok = found is not None and attribution_right(said, [head], body)
        scored += 1
        right += ok
        if show and not ok:
            print(
                f"{doc['id'][:40]} {src['text']} gold {ante['source']['text']!r} got {found and found.text!r}"
            )
            print("   ", repr(body[max(0, start - 400) : end + 60]))
    return right, scored


def main(argv: list[str]) -> int:
    split = argv[0] if argv and not argv[0].startswith("-") else "dev"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    docs = load(split, limit)
    offsets = [split_headline(d["text"]) for d in docs]
    bodies = [d["text"][k:] for d, k in zip(docs, offsets, strict=True)]
    right = scored = 0
    for doc, parsed, body, k in zip(docs, parse(bodies), bodies, offsets, strict=True):
        r, n = _resolved(doc, parsed, body, k, "--show" in argv)
        right, scored = right + r, scored + n
    print(f"PolNeAR {split}: reported he/she speakers right {right / max(1, scored):.3f} of {scored}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
