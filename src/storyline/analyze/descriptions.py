"""Jobs said of a named person in one article ("X was deputy director", "the coach" after "Coach X", "X, who
chairs the council", "X said her office"): ROLE mentions that refer to that person, so one person's roles and gender
compare across outlets (briefing.attributes). Role references to a title's holder over time are analyze.roles'.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from storyline.analyze.gender import FEMALE_NOUNS, MALE_NOUNS, first_name_gender
from storyline.analyze.nlp import doc_text, lemma, tokens
from storyline.analyze.possessive_gender import find_possessive_genders
from storyline.analyze.verb_roles import find_verb_roles
from storyline.lexicon.titles import neutral_job
from storyline.model import Mention

# Verbs whose object, not subject, holds the job ("named X as coach", "appointed X head coach"); after the others the
# object is where the job is held ("joined Brenmoor as coach": the subject is the coach).
_NAMING_VERBS = frozenset("hire name appoint elect".split())
# Verbs whose "as" object is a job: the subject's ("Ames worked as the deputy director", "served as coach"), or the
# object's after a naming verb.
_AS_VERBS = _NAMING_VERBS | frozenset("work serve act join remain continue return start".split())
_SUBJECTS = ("nsubj", "nsubjpass")
# The object of "named X as coach"; spaCy may take a name after "named" for its object predicate ("oprd").
_NAMED = frozenset(("dobj", "oprd"))
_ENDED = frozenset(("until", "till"))  # "was coach until 2019": a job held up to a time
# Modifiers kept with a description's noun ("the Democratic senator", "the team coach"); an age or a grade
# ("the 45-year-old coach", "the youngest actor", "the touring actress") says nothing of the job.
_DESCRIPTION_MODIFIERS = frozenset(("amod", "compound"))
_NO_JOB_TAGS = frozenset(("JJR", "JJS", "VBN", "VBG", "CD", "HYPH"))
# Characters back a gendered description ("the actress") looks for a named person of that gender; the
# reach of one or two sentences (eval/claims.py: both read halves unchanged, 17 more links, 15 right).
_GENDERED_REACH = 300


# Titles written before a name, as the job a later description of that person names: "Sen. Carl Pruett" ...
# "the senator", "Rep. Dan Whitlock" ... "the California congressman" (a U.S. Representative is a congressman).
# Before a name "Rep." is a member of Congress; the briefing keeps a bare "rep" ambiguous (reporter).
_REPRESENTATIVE = frozenset({"rep", "representative"})


def _job(token: Token) -> str:
    """The gender-neutral job a noun names ("spokeswoman" -> "spokesperson", "Sen." -> "senator"), '' for a word
    that is no job."""
    word = token.lower_.rstrip(".")
    return neutral_job("congressman" if word in _REPRESENTATIVE else word)


def _described_span(token: Token) -> tuple[int, int]:
    """The role words of a description: its noun and the job modifiers right before it, not the article."""
    first = token
    for left in reversed(list(token.lefts)):
        if (
            left.dep_ not in _DESCRIPTION_MODIFIERS
            or left.i != first.i - 1
            or left.tag_ in _NO_JOB_TAGS
            or left.lower_ in ("old", "young")
        ):
            break
        first = left
    return first.idx, token.idx + len(token)


def _predicate_subject(token: Token) -> Token | None:
    """The subject a job noun is said of: "X was deputy director", "X worked as the coach", "As coach, X said",
    "X, who was the coach" (the relative pronoun's antecedent); the object of "named X as coach" or "named X
    coach", not of "joined Y as coach" (the subject joined as coach)."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "as" and verb.head.tag_.startswith("VB"):
        fronted = verb.i == verb.sent.start  # "As chief executive, X apologised": the clause's subject's job
        verb = verb.head
        if lemma(verb) not in _AS_VERBS and lemma(verb) != "be" and not fronted:
            return None
    elif token.dep_ == "oprd" and lemma(verb) in _NAMING_VERBS:
        pass  # "named Rui Tavares head coach": the job is the object's predicate
    elif token.dep_ != "attr" or lemma(verb) != "be":
        return None
    if any(c.dep_ == "prep" and c.lower_ in _ENDED for c in (*verb.children, *token.children)):
        return None  # "X, who was president until 2020": a job that ended, no title the outlet gives X now
    named = (c for c in verb.children if c.dep_ in _NAMED and c is not token)
    if token.dep_ != "attr" and lemma(verb) in _NAMING_VERBS and (said_of := next(named, None)):
        return said_of  # "named Vikram Rao as head coach": the object holds the job
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def _unnamed_holder(t: Token) -> tuple[int, int] | None:
    """The span of an unnamed job holder of a gendered job and whom they work for ("a spokesman for the fire
    service", "a fire service spokeswoman", "Westline Ferries' spokeswoman", "a spokesperson for the council":
    the briefing reads that one's gender off a he/she), so outlets can be compared on the holder's gender
    (briefing.attributes); None for such a word with no employer written."""
    word = t.lower_
    if word not in MALE_NOUNS and word not in FEMALE_NOUNS and not (word.endswith("person") and _job(t)):
        return None
    employer = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    if employer is not None and any(c.dep_ == "pobj" for c in employer.children):
        last = max(x.i for c in employer.children if c.dep_ == "pobj" for x in c.subtree)
        return t.idx, t.doc[last].idx + len(t.doc[last])
    before = [c for c in t.lefts if c.dep_ in ("compound", "poss")]
    if before:
        first = min(x.idx for c in before for x in c.subtree)
        return first, t.idx + len(t)
    return None


class _Cast:
    """The article's named people, each with its span of tokens (built once for every reader of the names), who
    covers each character, and the jobs given to each (by surname)."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
        named = ((m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in self.people)
        self.spans: list[tuple[Mention, Span]] = [(m, name) for m, name in named if name is not None]
        self.at = {i: m for m in self.people for i in range(m.start, m.end)}
        self.first = {m.text.split()[-1]: m.text.split()[0] for m in self.people if len(m.text.split()) >= 2}
        # (person mention, job) in text order: titles, then as found
        self.jobs: list[tuple[Mention, str]] = [
            (m, job) for m, name in self.spans if name.start > 0 and (job := _job(doc[name.start - 1]))
        ]

    def holder(self, job: str, before: int) -> Mention | None:
        """The nearest person before ``before`` the article gives ``job``."""
        return next((m for m, j in reversed(self.jobs) if j == job and m.start < before), None)

    def of_gender(self, word: str, job: str, before: int) -> Mention | None:
        """For a gendered job noun nobody in the article holds ("the actress"): the person named last before,
        within _GENDERED_REACH, when the article gives them no job and their first name is of that gender."""
        gender = "m" if word in MALE_NOUNS else "f" if word in FEMALE_NOUNS else None
        if gender is None or any(j == job for _, j in self.jobs):
            return None
        last = next((m for m in reversed(self.people) if m.end <= before), None)
        if last is None or before - last.end > _GENDERED_REACH:
            return None
        surname = last.text.split()[-1]
        if surname in {m.text.split()[-1] for m, _ in self.jobs}:
            return None
        first = self.first.get(surname)
        return last if first is not None and first_name_gender(first) == gender else None


_RANKING = frozenset({"first", "last", "only", "next"})


def _ranked_among(token: Token) -> bool:
    """A job ranked among its holders ("the first Trade Secretary to visit", "the youngest coach", "the most
    popular politician in the city": a superlative written with "most"/"least"/"best"): a class the person joins,
    not the title an outlet gives them."""
    return any(
        c.dep_ == "amod"
        and (
            c.tag_ == "JJS"
            or c.ent_type_ == "ORDINAL"
            or c.lower_ in _RANKING
            or any(a.dep_ == "advmod" and a.tag_ == "RBS" for a in c.children)
        )
        for c in token.children
    )


def find_descriptions(article_id: str, doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """ROLE mentions of the jobs said of a named person, each with the start of that person's mention in
    ``refers``, so one person's roles compare across outlets (briefing.attributes): a predicate ("Ames was
    deputy finance director", "X worked as the coach"), and a definite description ("the coach") of the nearest
    earlier person given that job in the article, or for a gendered job nobody holds ("the actress") the person
    just named if of that gender; a job said with a verb ("X, who chairs the council": analyze.verb_roles); the
    his/her tied to a name (analyze.possessive_gender). No other description is linked: "the officer" after a
    named victim is somebody else (the nearest earlier person: eval/claims.py 2 more false conflicts held-out, 1
    true lost fit)."""
    cast = _Cast(doc, mentions)
    taken = {i for m in mentions if m.label == "ROLE" for i in range(m.start, m.end)}  # find_roles' own
    found: list[Mention] = []
    for t in tokens(doc):
        job = _job(t) if t.tag_ in ("NN", "NNP") else ""
        if not job or t.idx in cast.at or t.idx in taken or _ranked_among(t):
            continue
        subject = _predicate_subject(t)
        person = cast.at.get(subject.idx) if subject is not None else None
        if person is None and t.dep_ != "appos":  # "the city's deputy mayor, Tom Reyes,": the name set beside
            person = next(
                (cast.at[c.idx] for c in t.children if c.dep_ == "appos" and c.idx in cast.at), None
            )
        if person is None and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            if t.dep_ in ("compound", "appos") or any(c.dep_ == "appos" for c in t.children):
                continue  # "John Smith, the coach": an apposition the name's own reader takes (briefing)
            person = cast.holder(job, t.idx) or cast.of_gender(t.lower_, job, t.idx)
        if person is None:
            if (span := _unnamed_holder(t)) is not None:  # "a spokesman for the fire service"
                found.append(Mention(article_id, *span, doc_text(doc)[span[0] : span[1]], "ROLE"))
            continue
        start, end = _described_span(t)
        found.append(Mention(article_id, start, end, doc_text(doc)[start:end], "ROLE", refers=person.start))
        cast.jobs.append((person, job))
    return [
        *found,
        *find_verb_roles(article_id, cast.spans),
        *find_possessive_genders(article_id, cast.spans),
    ]
