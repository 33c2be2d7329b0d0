"""Who did what to whom, where and when, from the dependency parse; normalised (lemmas, mention names, active
voice, pronouns resolved) so that two outlets' reports of one event produce the same (subject, verb, object) tuple.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token

from storyline.analyze.entities import PLACE_LABELS
from storyline.analyze.nlp import children, lemma, same_sentence, tokens
from storyline.analyze.quotes.pronouns import gender_of
from storyline.model import DatedMention, Event, Mention

_SKIP_LEMMAS = frozenset(
    {"be", "are", "am", "'re", "'m", "have", "do", "say", "tell", "add", "seem", "appear", "become", "get"}
)
# Verbs that attribute or judge rather than act ("X reports that...", "is believed to be"): the clause under
# them carries the event.
_ATTRIBUTION = frozenset(
    "report note claim believe think allege state explain insist argue suggest estimate know hope expect rumor"
    " consider feel mean publish post update".split()
)
_CONTROL = frozenset("try want look begin start continue manage attempt".split())  # the xcomp is the event
_NEGATING = frozenset("refuse fail decline".split())  # "refused to comply": the xcomp did not happen
_HEDGES = frozenset("may might could should can".split())
_LOCATIVE = frozenset({"in", "at", "from", "into", "near", "outside", "inside"})  # "died at <ORG>": a place
_ARG_PREPS = frozenset({"to", "on", "against", "with", "over", "for", "into"})  # "drove over Johnson"
_MALE = frozenset({"he", "him"})
_FEMALE = frozenset({"she", "her"})
_NESTED = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "xcomp", "parataxis", "csubj"})
_RELATIVE = frozenset({"who", "which", "that"})
_QUANTIFIERS = frozenset("none all some many most few both each several".split())  # "None of that swayed"


def _index(mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Character offset -> the first mention covering it, so a token's mention is one lookup."""
    at: dict[int, Mention] = {}
    for m in mentions:
        for pos in range(m.start, m.end):
            at.setdefault(pos, m)
    return at


class _Context:
    """One article's mentions, genders and PERSON subjects, for naming arguments and resolving he/she."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        known: dict[str, str],
        quoted: Sequence[tuple[int, int]],
        reach: int,
    ):
        self.at = _index(mentions)
        self.reach = reach
        self.known = known
        self.people = [
            m for m in mentions if m.label == "PERSON" and not any(a <= m.start < b for a, b in quoted)
        ]
        subjects = set()
        for m in self.people:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and span.root.dep_ in ("nsubj", "nsubjpass"):
                subjects.add(m)
        self.subjects = subjects

    def antecedent(self, pron: Token) -> Mention | None:
        """The latest earlier person of a compatible gender within reach, subjects first."""
        want = "m" if pron.lower_ in _MALE else "f"
        near = [
            m
            for m in self.people
            if m.end <= pron.idx
            and pron.idx - m.end < self.reach
            and gender_of(self.known, m.text) in (None, want)
        ]
        pool = [m for m in near if m in self.subjects] or near
        return max(pool, key=lambda m: m.end) if pool else None

    def name(self, token: Token) -> str | None:
        """The mention covering the head (a role, a name), a he/she's antecedent, a named apposition, else
        modifiers + head lemma; None for a pronoun or determiner that cannot be resolved."""
        m = self.at.get(token.idx)
        if m is not None:
            return m.text
        if token.lower_ in _MALE | _FEMALE:
            m = self.antecedent(token)
            return m.text if m is not None else None
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children(token)):  # "no one was hurt"
            return f"no {lemma(token)}"
        if not token.tag_.startswith("NN") or token.lower_ in _QUANTIFIERS:
            return None
        for child in children(token):
            if child.dep_ == "appos":
                m = self.at.get(child.idx)
                if m is not None and m.label == "PERSON":
                    return m.text
        if token.tag_ in ("NNP", "NNPS"):
            return token.text
        mods = [
            c.text.lower()
            for c in token.lefts
            if c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "JJ", "NN")
        ]
        return " ".join([*mods[-2:], lemma(token)])


def _kids(verb: Token) -> dict[str, list[Token]]:
    """A verb's children by dependency label, in text order: one walk of them for all the tests on the verb."""
    out: dict[str, list[Token]] = {}
    for c in children(verb):
        out.setdefault(c.dep_, []).append(c)
    return out


def _own(kids: Mapping[str, list[Token]], *deps: str) -> Token | None:
    """The first child (in text order) of any of these labels."""
    found = [kids[d][0] for d in deps if d in kids]
    return min(found, key=lambda t: t.i) if found else None


def _roles(verb: Token, kids: Mapping[str, list[Token]]) -> tuple[Token | None, Token | None, bool]:
    """(doer, undergoer, passive) in active terms: passives swap ("X was arrested by police": police, X);
    shared subjects come from the governing verb ("X gunned the engine and drove"), relative clauses and
    participles from the noun they modify. An active verb without a doer found gives (None, ..., False).
    ``kids``: the verb's children by label (``_kids``)."""
    obj = _own(kids, "dobj", "dative", "attr")
    patient = _own(kids, "nsubjpass")
    agent = next((g for a in kids.get("agent", ()) for g in children(a) if g.dep_ == "pobj"), None)
    subj = _own(kids, "nsubj")
    if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subj = verb.head
    if patient is not None:
        if patient.lower_ in _RELATIVE and verb.dep_ == "relcl":
            patient = verb.head
        return agent, patient, True
    if subj is not None:
        return subj, obj, False
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "Born in Lisvale in 1931, Varga ..."
        return agent, _own(_kids(verb.head), "nsubj", "nsubjpass"), True
    if (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    ):  # "the family founded by Luciano"; "a man suspected" is no act
        return (agent, verb.head, True) if agent is not None else (None, None, False)
    if verb.dep_ == "acl":  # "the man driving"
        return verb.head, obj, False
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.tag_.startswith("VB") and verb.head.i != verb.i:
        head_kids = _kids(verb.head)
        controller = _own(head_kids, "dobj", "nsubjpass") if verb.dep_ == "xcomp" else None
        if controller is not None:  # "urged jurors to sentence", "X is expected to resign"
            return controller, obj, False
        doer, _, _ = _roles(verb.head, head_kids)
        return doer, obj, False
    return None, obj, False


def _named_prep_object(preps: Sequence[Token], at: Mapping[int, Mention]) -> Token | None:
    """'drove over Johnson', 'clashed with Summit': a named non-place object of an argument preposition (of
    the verb's ``preps``, its children labelled prep)."""
    for prep in preps:
        if prep.lower_ in _ARG_PREPS:
            for g in children(prep):
                m = at.get(g.idx) if g.dep_ == "pobj" else None
                if m is not None and m.label not in PLACE_LABELS:
                    return g
    return None


def _clause(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses nested under it."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in children(t) if c.dep_ not in _NESTED]
    return out


class _Clause(NamedTuple):
    """What ``_where_when`` reads of a clause, kept per doc: a governing verb's clause is read for each verb under
    it."""

    # (token index, text) of each place a prepositional object names, in text order
    places: list[tuple[int, str]]
    starts: list[int]  # the start of each of its tokens, ascending


def _read_clause(node: Token, at: Mapping[int, Mention]) -> _Clause:
    tokens = sorted(_clause(node), key=lambda t: t.i)
    places = [
        (t.i, m.text)
        for t in tokens
        if t.dep_ == "pobj"
        and (m := at.get(t.idx)) is not None
        and (m.label in PLACE_LABELS or (m.label == "ORG" and t.head.lower_ in _LOCATIVE))
    ]
    return _Clause(places, [t.idx for t in tokens])


def _place(clause: _Clause, skip: tuple[int, int] | None) -> str | None:
    """A place named in a prepositional phrase of the clause (not inside its subject's tokens ``skip``)."""
    return next((text for i, text in clause.places if skip is None or not skip[0] <= i < skip[1]), None)


def _date(clause: _Clause, dates: Sequence[DatedMention]) -> str | None:
    """The first dated mention holding the start of one of the clause's tokens (a bisection a date, not a token
    scan)."""
    at = clause.starts
    for d in dates:
        k = bisect_left(at, d.start)
        if k < len(at) and at[k] < d.end:
            return d.date
    return None


def _where_when(
    verb: Token,
    subj: Token | None,
    at: Mapping[int, Mention],
    dates: Sequence[DatedMention],
    clauses: dict[int, _Clause],
) -> tuple[str | None, str | None]:
    """Place and date from the verb's clause, else from the clause governing it ("X gunned ... and drove").
    ``clauses`` keeps each token's clause for the doc's other verbs (a governing verb's is read again)."""
    place = when = None
    node = verb
    skip = (subj.left_edge.i, subj.right_edge.i + 1) if subj is not None else None
    for _ in range(3):
        clause = clauses.get(node.i)
        if clause is None:
            clause = clauses[node.i] = _read_clause(node, at)
        place = place or _place(clause, skip)
        when = when or _date(clause, dates)
        if (place and when) or node.head.i == node.i:
            break
        node = node.head
    return place, when


def _verb_lemma(verb: Token, kids: Mapping[str, list[Token]]) -> str:
    particle = _own(kids, "prt")
    return f"{lemma(verb)} {particle.lower_}" if particle is not None else lemma(verb)


def find_events(
    article_id: str,
    doc: Doc,
    mentions: Sequence[Mention],
    known: dict[str, str],
    dates: Sequence[DatedMention],
    quoted: Sequence[tuple[int, int]],
    pronoun_reach: int,
) -> list[Event]:
    """Events outside quotations, in active terms, with the place and date of their own clause; hedged
    ("may have"), attributing ("reports that") and controlling ("tried to") verbs give way to what they govern.
    ``known``: the article's genders (quotes.pronouns.genders), worked out once for quotes and events."""
    ctx = _Context(doc, mentions, known, quoted, pronoun_reach)
    clauses: dict[int, _Clause] = {}
    events = []
    for verb in tokens(doc):
        if not verb.tag_.startswith("VB") or verb.dep_ in ("aux", "auxpass", "amod"):
            continue
        if any(a <= verb.idx < b for a, b in quoted):
            continue
        if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":":  # "Published: January 3", "Posted:"
            continue
        kids = _kids(verb)
        verb_lemma = _verb_lemma(verb, kids)
        if verb_lemma in _SKIP_LEMMAS or verb_lemma in _ATTRIBUTION:
            continue
        if "xcomp" in kids and (verb_lemma in _CONTROL or "nsubjpass" in kids):
            continue  # "tried to flee", "is expected to resign": the xcomp is the event
        if any(c.lower_ in _HEDGES for c in kids.get("aux", ())):
            continue
        doer, undergoer, passive = _roles(verb, kids)
        if doer is None and not passive:
            continue  # an imperative, a headline fragment: nobody did it
        subject = ctx.name(doer) if doer is not None else None
        if doer is not None and subject is None:
            continue  # "it", "they", "you": nothing to report who did it
        if undergoer is None:
            undergoer = _named_prep_object(kids.get("prep", ()), ctx.at)
        obj = ctx.name(undergoer) if undergoer is not None else None
        if subject is None and obj is None:
            continue
        negated = "neg" in kids or (verb.dep_ == "xcomp" and lemma(verb.head) in _NEGATING)
        place, when = _where_when(verb, doer, ctx.at, dates, clauses)
        parts = [t for t in (doer, verb, undergoer) if t is not None and same_sentence(t, verb)]
        start = min(t.left_edge.idx if t is not verb else t.idx for t in parts)
        last = max(parts, key=lambda t: t.i)
        end_tok = last if last is verb else last.right_edge
        events.append(
            Event(
                article_id,
                start,
                max(end_tok.idx + len(end_tok.text), verb.idx + len(verb.text)),
                subject,
                verb_lemma,
                obj if obj != subject else None,
                when,
                place,
                negated,
            )
        )
    return events
