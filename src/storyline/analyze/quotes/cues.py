"""Speech cues in a parsed body: the verbs of saying ("said", "told", "fired back"), the nouns of a report ("Ames's
claim that ...") and "according to", each a place where a quote's speaker may be named (analyze.quotes.speakers)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import lemmas, tokens, word_ids
from storyline.lexicon.speech import SPEECH_VERBS

# verbs that report speech with their particle ("fired back", "weighed in", "spoke out"), not alone ("fired")
PHRASAL_SPEECH = {
    "back": frozenset("fire push shoot strike".split()),
    "in": frozenset("weigh chime".split()),
    "out": frozenset("speak lash point".split()),
    "up": frozenset("pipe speak".split()),
}
_PHRASAL_VERBS = frozenset().union(*PHRASAL_SPEECH.values())
# a possessor's report named by a noun with its 'that' clause ("Jo Ames's claim that ...")
SPEECH_NOUNS = frozenset(
    "claim claims statement assertion warning promise pledge argument suggestion remark insistence "
    "accusation charge vow boast contention".split()
)
# the words ``all_cues`` tests a token's lower-case form against
_CUE_WORDS = SPEECH_NOUNS | {"according", "per"}


def all_cues(doc: Doc, quoted: list[tuple[int, int]]) -> list[Token]:
    """Speech verbs (and 'according to') outside quotations, in text order."""
    out, last = [], len(doc) - 1
    words = word_ids(doc, _CUE_WORDS)
    for t in tokens(doc):
        # each read once: the tests below open with the tag, the lemmas or the word they need; a word none of
        # them names is not decoded
        tag, low = t.tag_, t.lower_ if t.lower in words else ""
        verb, noun = tag.startswith("VB"), tag in ("NN", "NNS")
        found = lemmas(t) if verb or noun else ()
        said = not SPEECH_VERBS.isdisjoint(found)
        if (
            (
                verb
                and (said or not _PHRASAL_VERBS.isdisjoint(found) and _phrasal_speech(t))
                and not _counts(t)
            )
            or (low in SPEECH_NOUNS and _speech_noun(t))
            or (noun and said and verb_read_as_noun(t))
            or (low == "according" and t.i < last and doc[t.i + 1].lower_ == "to")
            or (low == "per" and _per_source(t))
        ):
            if not any(s <= t.idx < e for s, e in quoted):
                out.append(t)
    return out


def _counts(t: Token) -> bool:
    """'Jo Ames added 90 yards', 'added two goals': a speech verb whose object, right after it, is an amount adds,
    not says (a hearer, 'told 200 supporters', is no amount; an amount the parse hung on the verb from a later
    clause is not its object)."""
    return "tell" not in lemmas(t) and any(
        c.dep_ == "dobj"
        and c.left_edge.i <= t.i + 2
        and (
            c.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
            or any(g.dep_ == "nummod" for g in c.children)
        )
        for c in t.children
    )


def _phrasal_speech(t: Token) -> bool:
    """'"...," Jo Ames fired back': a verb that reports speech with its particle."""
    # the verb's lemma first: a verb's children are a walk over its whole subtree
    return (
        t.tag_.startswith("VB")
        and not _PHRASAL_VERBS.isdisjoint(lemmas(t))
        and any(
            c.dep_ in ("prt", "advmod")
            and not PHRASAL_SPEECH.get(c.lower_, frozenset()).isdisjoint(lemmas(t))
            for c in t.children
        )
    )


def _per_source(t: Token) -> bool:
    """'..., per the party's bylaws', 'per Reuters': a source; not a unit ('$5 per gallon')."""
    return t.lower_ == "per" and any(
        c.dep_ == "pobj" and (c.tag_.startswith("NNP") or any(d.dep_ in ("det", "poss") for d in c.children))
        for c in t.children
    )


def _speech_noun(t: Token) -> bool:
    """'Jo Ames's claim that ...': a report noun with a named possessor and the clause it reports."""
    return (
        t.lower_ in SPEECH_NOUNS
        and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in t.children)
        and any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.lefts) for c in t.children)
    )


def verb_read_as_noun(t: Token) -> bool:
    """'The NFL's policy states: "..."', 'heard a cop yell, "..."': a speech verb the tagger took for a noun,
    after a noun and right before the colon or comma that opens a quotation."""
    doc = t.doc
    return (
        t.tag_ in ("NN", "NNS")
        and not SPEECH_VERBS.isdisjoint(lemmas(t))  # first: one cached look-up, no neighbour tokens built
        and 0 < t.i < len(doc) - 2
        and doc[t.i - 1].tag_ in ("NN", "NNS", "NNP", "NNPS")
        and doc[t.i + 1].text in (":", ",")
        and doc[t.i + 2].text in ('"', "“")
    )


def cue_candidates(cues: list[Token], lo: int, hi: int) -> list[Token]:
    return [t for t in cues if lo <= t.idx < hi]
