"""Figures written with no number: zero tolls as negations ("no one was killed", "there were no casualties"), counts
of one with "a"/"an" ("a man died"), lengths of one unit ("a decade-long dispute", "a fortnight"), and how often an
act happened told by an adverb ("married twice"). Each can align with another outlet's written figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.claim_measures import event_of, measure_of, subject_of
from storyline.analyze.claim_numbers import fmt_value, read_number
from storyline.analyze.claim_setting import sentence_setting
from storyline.analyze.claim_words import FIGURE_LABELS
from storyline.analyze.nlp import children, doc_text, lemma, sentence_of, tokens, word_ids
from storyline.lexicon.measures import DURATION_DAYS, MEASURES, PAIRS, REPEATS
from storyline.model import ClaimSlot, DatedMention

# Tolls a "no ..." phrase can zero: "no casualties" is neither dead nor hurt; "no arrests have been made" is one.
_ZERO_TOLLS = {
    "dead": ("dead",),
    "injured": ("injured",),
    "casualty": ("dead", "injured"),
    "arrested": ("arrested",),
}
_ZERO_REPORTS = frozenset(("report", "sign", "word"))  # "no reports of any casualties"
_ZERO_WORDS = frozenset(("no", "nobody", "none", "-"))  # the quantifier is no event word
_ZERO_CUES = ("no", "nobody", "none", "one")  # the words ``_zeroed`` reads a zero from ("no one")


def zero_counts(article_id: str, doc: Doc, dates: Sequence[DatedMention]) -> list[ClaimSlot]:
    """Zero tolls written as negations, read off the parse: "no one was killed or injured", "nobody was hurt",
    "none of them died", "there were no casualties", "no reports of any casualties", "no dead or wounded".
    Each names a figure, 0, of the measure its verb or noun (and their conjuncts) belongs to, so it can
    contradict another outlet's "seven killed"."""
    out, cues = [], word_ids(doc, _ZERO_CUES)
    for t in tokens(doc):
        target = _zeroed(t) if t.lower in cues else None
        if target is None:
            continue
        words = [target, *target.conjuncts]
        if doc[target.i + 1 : target.i + 2].text in ("or", "and") and target.i + 2 < len(doc):
            words.append(doc[target.i + 2])  # "no dead or wounded": the parse hangs "wounded" elsewhere
        found = {w: lemma(w) if lemma(w) in _ZERO_TOLLS else MEASURES.get(lemma(w)) for w in words}
        tolls = [w for w, m in found.items() if m in _ZERO_TOLLS]
        measures = dict.fromkeys(m for w in tolls for m in _ZERO_TOLLS[found[w]])
        if not measures:
            continue
        first = _no_before(t) if t.lower_ == "one" else t  # "no one", "no-one"
        out += [
            _implied_claim(article_id, first, max(w.idx + len(w) for w in tolls), m, "0", dates)
            for m in measures
        ]
    return out


_UNIT_LENGTH = re.compile(
    r"(?=[-f])(?:-long\b|\bfortnight\b)", re.IGNORECASE
)  # lookahead as claim_setting._ERA


def unit_lengths(article_id: str, doc: Doc, dates: Sequence[DatedMention]) -> list[ClaimSlot]:
    """Lengths of one unit written with no figure, which the entity recogniser mostly leaves out: a unit made an
    adjective ("a decade-long dispute", "a year-long inquiry") is its noun's length; "a fortnight" ("spent a
    fortnight in hospital") is its verb's. Each compares with a written figure's ("eight years", "two weeks")."""
    if not _UNIT_LENGTH.search(doc_text(doc)):
        return []  # most bodies have none: one regex scan, no walk over the tokens
    out = []
    for t in tokens(doc):
        days = DURATION_DAYS.get(t.lower_)
        if days is None or (t.i and doc[t.i - 1].like_num):
            continue
        after = doc[t.i + 1 : t.i + 3]
        if len(after) == 2 and after[0].text == "-" and after[1].lower_ == "long" and after[1].dep_ == "amod":
            root, start, end = after[1], t.idx, after[1].idx + len(after[1])
            measure = measure_of(after[1], verb_only=True, length=True)
        elif t.lower_ == "fortnight" and t.i and doc[t.i - 1].lower_ in ("a", "an"):
            root, start, end = t, doc[t.i - 1].idx, t.idx + len(t)
            measure = measure_of(t, verb_only=True, length=True)
        else:
            continue
        if measure is None:
            continue
        when, update = sentence_setting(sentence_of(t), dates)
        out.append(ClaimSlot(article_id, start, end, "duration", measure, fmt_value(days), unit="days",
                             subject=subject_of(root), time=when, update=update, event=event_of(root)))  # fmt: skip
    return out


# Words after "twice" that make it a rate or a ratio ("twice a week", "twice per season"), no count of the act.
_RATE_WORDS = frozenset(("a", "an", "per", "each", "every"))


def repeat_counts(article_id: str, doc: Doc, dates: Sequence[DatedMention]) -> list[ClaimSlot]:
    """How often an act happened, told by an adverb of its verb ("she married twice", "he was shot twice"): the
    count "N times" gives ("married three times"), under the measure the verb gives it, so the two can meet. Not a
    ratio or a rate ("twice as fast", "twice the size", "twice a week"): there the adverb modifies another word, or
    a rate's word follows it. A toll's verb gives no toll ("was arrested twice" counts arrests, not the arrested:
    analyze.claim_measures)."""
    out, repeats = [], word_ids(doc, REPEATS)
    for t in tokens(doc):
        if (
            t.lower not in repeats
            or t.dep_ != "advmod"
            or not t.head.tag_.startswith("VB")
            or any(children(t))
        ):
            continue
        if doc[t.i + 1 : t.i + 2].text.lower() in _RATE_WORDS:
            continue
        measure = measure_of(t, verb_only=False)
        if measure is None:
            continue
        when, update = sentence_setting(sentence_of(t), dates)
        out.append(ClaimSlot(article_id, t.idx, t.idx + len(t), "count", measure, fmt_value(REPEATS[t.lower_]),
                             subject=subject_of(t), time=when, update=update, event=event_of(t)))  # fmt: skip
    return out


# Verbs whose passive subject or object is who the toll counts ("a girl was killed", "injuring a worker"); the
# active subject of these is the cause ("a bomb killed"), but "die"'s subject is the dead.
_TOLL_VERBS = frozenset(("kill", "injure", "wound", "hurt"))


def one_counts(article_id: str, doc: Doc, dates: Sequence[DatedMention]) -> list[ClaimSlot]:
    """Counts of one written with "a"/"an": a sentence ("serving a life sentence") or who a toll verb counts ("a
    young girl was killed", "injuring a co-worker", "a man died"), all of them when several are joined by "and"
    (``_named_together``). Marked ``implied``: the briefing compares them only with another outlet's written
    figure of the slot."""
    out, articles = [], word_ids(doc, ("a", "an"))
    for t in tokens(doc):
        if t.lower not in articles or t.dep_ != "det":
            continue
        noun = t.head
        while noun.dep_ == "amod" and noun.head.i != noun.i:
            noun = noun.head  # "a third co-worker": the parse may hang "a" on the adjective
        if any(w.tag_ == "CD" or w.ent_type_ in FIGURE_LABELS for w in noun.subtree if w.i < noun.i):
            continue  # "a 10-year sentence", "a $5 fine": a written figure says what is counted
        verb = noun.head
        # the counted noun itself only for a sentence: "an injury" or "a death" is no count of the injured
        measure = "sentence" if MEASURES.get(lemma(noun)) == "sentence" else None
        if measure is None and verb.tag_.startswith("VB"):
            measure = _toll_of(noun, verb)
        if measure is None:
            continue
        if lemma(noun) in PAIRS and any(c.lower_ == "of" for c in children(noun)):
            continue  # "a couple of men were hurt": a vague few, no figure
        named = 1.0 if measure == "sentence" else _named_together(noun)
        if named is None:
            continue
        end = max(noun.idx + len(noun), verb.idx + len(verb) if noun.dep_.startswith("nsubj") else 0)
        end = max([end, *(w.idx + len(w) for w in noun.conjuncts)])  # "killed a guard and a driver"
        out.append(_implied_claim(article_id, t, end, measure, fmt_value(named), dates))
    return out


def _named_together(noun: Token) -> float | None:
    """How many a toll's subject or object names when it is one of several joined by "and" ("a woman and her son
    were killed": 2; "a guard and four other men were hurt": 5): one for each singular conjunct (two for a couple,
    lexicon.measures PAIRS: "an elderly couple died"), a conjunct's own figure for it; None when a conjunct is a
    plural with none ("a man and his children"), a count no word gives."""
    if any(c.dep_ == "cc" and c.lower_ != "and" for c in children(noun)):
        return None  # "a guard or a driver": one of them
    total = PAIRS.get(lemma(noun), 1.0)
    for other in noun.conjuncts:
        figure = [w for w in children(other) if w.dep_ == "nummod"]
        if figure and (value := read_number(figure)) is not None:
            total += value
        elif other.tag_ in ("NN", "NNP") and not figure:
            total += 1
        else:
            return None
    return total


def _toll_of(noun: Token, verb: Token) -> str | None:
    """The toll a noun is counted in by its verb: the passive subject or object of "kill"/"injure" ("a girl was
    killed", "injuring a worker"), the subject of "die", the object "left" dead or wounded."""
    if (lemma(verb) in _TOLL_VERBS and noun.dep_ in ("nsubjpass", "dobj")) or (
        lemma(verb) == "die" and noun.dep_ == "nsubj"
    ):
        return MEASURES.get(lemma(verb))
    if lemma(verb) == "leave" and noun.dep_ == "dobj":
        state = next((c for c in children(verb) if c.dep_ in ("oprd", "acomp", "xcomp")), None)
        return MEASURES.get(lemma(state)) if state is not None else None
    return None


def _implied_claim(
    article_id: str, t: Token, end: int, measure: str, value: str, dates: Sequence[DatedMention]
) -> ClaimSlot:
    """A count no figure states, from its first word ``t`` to ``end``: its event from the parse, its
    sentence's date and update words as a written figure's."""
    when, update = sentence_setting(sentence_of(t), dates)
    event = " ".join(w for w in event_of(t).split() if w not in _ZERO_WORDS)
    return ClaimSlot(
        article_id, t.idx, end, "count", measure, value, time=when, update=update, event=event, implied=True
    )


def _zeroed(t: Token) -> Token | None:
    """The verb or noun a zero quantifier negates: "nobody"/"none"/"no one" -> their verb, "no" -> its noun
    ("no casualties"), or what a "no reports of" reports."""
    low = t.lower_
    one = low == "one" and _no_before(t).lower_ == "no"
    if low in ("nobody", "none") or one:
        return t.head if t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_.startswith("VB") else None
    if low != "no" or t.dep_ != "det" or t.head.lower_ == "one":
        return None
    head = t.head
    if lemma(head) in _ZERO_REPORTS:
        return next(
            (g for c in children(head) if c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"), None
        )
    return head


def _no_before(t: Token) -> Token:
    """The word before a token, over a hyphen ("no" of "no-one")."""
    doc = t.doc
    i = t.i - 1 - (t.i >= 2 and doc[t.i - 1].text == "-")
    return doc[max(i, 0)]
