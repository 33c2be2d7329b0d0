"""Jobs said of a named person with a verb ("Ana Bello, who chairs the county council", "Bello heads the roads
department", "Bello has coached the town team since 2019"): the doer's job ("chair", "head", "coach"), as ROLE
descriptions the briefing compares with the job nouns other outlets write (briefing.attributes).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from storyline.analyze.nlp import children, lemma
from storyline.lexicon.titles import agent_job
from storyline.model import Mention

_PRESENT = frozenset(("VBZ", "VBP"))  # "heads", "chair": the job held now; "coached" may be a former one
_SPECIFIC = frozenset(("det", "poss", "compound"))


def find_verb_roles(article_id: str, people: Sequence[tuple[Mention, Span]]) -> list[Mention]:
    """A ROLE mention on each verb of a job whose subject is a named person (each with its tokens; a relative
    clause's "who" is the name it follows), said in the present ("heads") or present perfect ("has coached"),
    of one body ("the team", "the county council", "Harlow Rovers"; not "plays football", "leads a march")."""
    found = []
    for person, name in people:
        for verb in _verbs_of(name.root):
            job = agent_job(lemma(verb))
            if job and _current(verb) and any(_one_body(c) for c in children(verb) if c.dep_ == "dobj"):
                end = verb.idx + len(verb)
                found.append(Mention(article_id, verb.idx, end, verb.text, "ROLE", refers=person.start))
    return found


def _verbs_of(name: Token) -> Iterator[Token]:
    """The verbs a name is the subject of: its own head, or a relative clause on it ("X, who heads ...")."""
    if name.dep_ == "nsubj" and name.head.tag_.startswith("VB"):
        yield name.head
    for clause in children(name):
        if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in children(clause)):
            yield clause


def _current(verb: Token) -> bool:
    """Present ("chairs") or present perfect ("has coached"): a job the person holds when the outlet writes."""
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in _PRESENT and lemma(c) == "have"
                                      for c in children(verb))  # fmt: skip


def _one_body(obj: Token) -> bool:
    """An object that is one named or definite body ("the team", "its press office", "Harlow Rovers"), not a
    thing in general ("football", "a march")."""
    if obj.ent_type_ in ("ORG", "GPE", "FAC") or obj.tag_ in ("NNP", "NNPS"):
        return True
    return obj.tag_.startswith("NN") and any(
        c.dep_ in _SPECIFIC and (c.dep_ != "det" or c.lower_ == "the") for c in children(obj)
    )
