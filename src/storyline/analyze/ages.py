"""A person's age read off the parse around a figure ("Ali Khan, 38,", "the 38-year-old gunman", "died at 91",
"Smith, aged 61", "He was 95") and whose it is; and the figures that are ages or house numbers, no counts."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from storyline.analyze.claim_measures import completed_noun, subject_of
from storyline.analyze.claim_numbers import read_number
from storyline.analyze.nlp import children, lemma
from storyline.analyze.nlp import tokens as doc_tokens  # read_age's ``tokens`` are the figure's


def read_age(ent: Span, tokens: Sequence[Token], root: Token) -> tuple[float, str] | None:
    """(age, whose) of "Ali Khan, 38," / "the 38-year-old gunman" / "Khan, aged 38" / "Khan died at 91"."""
    words = {t.lower_ for t in doc_tokens(ent.doc)[ent.start : ent.end + 2]}
    whose: Token | None = None
    if "year-old" in ent.text.lower() or ({"year", "old"} <= words and "-" in ent.text):
        whose = _year_old(root)
    elif (
        root.dep_ in ("appos", "npadvmod", "amod")
        and root.like_num
        and not _partitive(root)
        and (
            root.head.ent_type_ == "PERSON"
            or _set_off(root)
            and (
                root.head.tag_ in ("NNP", "NNPS")
                or root.head.dep_ in _NOMINAL
                and _named_elsewhere(root.head)
            )
        )
    ):
        whose = root.head
    elif is_age(root):
        name = subject_of(root)
        if name and (v := read_number(tokens[:1])) is not None:
            return v, name.split()[-1]
    if whose is None:
        return _age_phrase(tokens)
    value = read_number([t for t in tokens if t.like_num])
    if value is None or not 0 < value < 125:
        return None
    return value, whose.text


def _partitive(root: Token) -> bool:
    """A figure of a group its "of" phrase names ("Ali Khan, one of 40 inmates freed", "Khan, one of three
    brothers"): a share of that group, no age; an age's "of" ("Khan, 38, of Leeds") follows a comma."""
    nxt = root.doc[root.i + 1 : root.i + 2]
    return bool(nxt) and nxt[0].lower_ == "of" and nxt[0].head.i == root.i


_PEOPLE_PRONOUNS = frozenset(("he", "she"))
_NOMINAL = frozenset(("nsubj", "nsubjpass", "dobj", "pobj"))


def _year_old(root: Token) -> Token | None:
    """Whose a "N-year-old" is: the noun it describes ("the 38-year-old gunman") or, written as a noun itself,
    the "old" ("the 38-year-old was hurt"), either one the name set beside it when there is one ("the
    38-year-old driver, Ali Khan," / "Ali Khan, a 38-year-old,")."""
    head = root.head
    noun = head if head.tag_.startswith("NN") else root if root.dep_ in _NOMINAL else None
    if noun is None:
        return None
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return noun.head
    return next((c for c in children(noun) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), noun)


def _age_phrase(tokens: Sequence[Token]) -> tuple[float, str] | None:
    """(age, whose) of an age the phrase around its figure names: "at the age of 95", "at age 95", "Smith, age
    61", "died in her sleep, aged 91", "Pitman, aged 24", "27 year old Simpson", or a person's "He was 95" /
    "Lopez, who was 18" (a bare figure after "be" whose subject is a person)."""
    figure = [t for t in tokens if t.like_num]
    if not figure or (value := read_number(figure)) is None or not 0 < value < 125:
        return None
    num, head = figure[-1], figure[-1].head  # "twenty-three": "three" heads the figure
    before = num.doc[figure[0].i - 1] if figure[0].i else num
    age_of = head.head.lower_ if head.lower_ == "of" else ""  # "at the age of 95"
    named = "age" in (head.lower_, age_of) or "aged" in (head.lower_, before.lower_)
    if not named and num.i + 1 < len(num.doc) and num.doc[num.i + 1].lower_ in ("year", "years"):
        old = num.doc[num.i + 2 : num.i + 3]
        if old.text.lower() == "old":  # "27 year old Simpson", written without hyphens
            name = [t for t in num.doc[old.end : old.end + 4] if t.tag_.startswith("NN")]
            return (value, name[-1].text) if name else None
    copular = num.dep_ in ("attr", "acomp") and lemma(head) == "be" and not list(children(num))
    if not (named or copular):
        return None
    whose = _age_owner(num)
    person = whose is not None and (
        whose.lower_ in _PEOPLE_PRONOUNS or whose.ent_type_ == "PERSON" or whose.tag_ == "NNP"
    )
    if whose is None or (copular and not person):
        return None
    return value, whose.text


def _age_owner(num: Token) -> Token | None:
    """Whose an age is: the name an "age"/"aged" phrase is set beside ("Smith, age 61", "Pitman, aged 24"), else
    the subject of the first verb above with one (a relative clause's "who" is the noun it modifies)."""
    for t in num.ancestors:
        if t.dep_ in ("appos", "acl") and t.lower_ in ("age", "aged"):
            return t.head
        if t.tag_.startswith("VB"):
            subj = next((c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return t.head if subj.tag_ == "WP" and t.dep_ == "relcl" else subj
    return None


def no_count(root: Token) -> bool:
    """A figure the parse places in something else than a count: a house number ("31 Quarry Street", the
    number of a street spaCy tags FAC), an age ("71 and 45-years-old", "6-to 9-week-old": "old" is its head or
    conjunct), or one part of a split count ("one Canadian and one Scottish climber": the number counts an
    adjective whose noun a conjunct carries)."""
    head = root.head
    if root.dep_ == "nummod" and head.ent_type_ == "FAC":
        return True
    if "old" in {head.lower_, head.head.lower_} | {t.lower_ for t in root.conjuncts}:
        return True
    return (
        root.dep_ == "nummod" and head.tag_ == "JJ" and any(t.tag_.startswith("NN") for t in head.conjuncts)
    )


def _set_off(root: Token) -> bool:
    """A number between commas right after a name ("Ilse Varga, 52, ..."): the news style of an age, also
    where spaCy takes the name for an organisation."""
    doc = root.doc
    return (
        root.i >= 1 and doc[root.i - 1].text == "," and (root.i + 1 == len(doc) or doc[root.i + 1].is_punct)
    )


def _named_elsewhere(word: Token) -> bool:
    """A capitalised word the tagger took for no name ("Tahere, 25, finished", a surname read as an adverb) that
    its article writes capitalised inside a sentence too ("batter Rangi Tahere struck"): a proper name, as a
    reader takes it, so a figure set off after it is an age."""
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper):
        return False
    return any(
        t.text == word.text and t.i != word.i and t.nbor(-1).is_alpha  # a word before it, as written
        for t in word.doc
        if t.i > 0
    )


def is_age(root: Token) -> bool:
    """ "died at 91", "aged 91": an age; not "at N" after a verb with an object ("put the magnitude at 4.8",
    "estimated the turnout at 300"), which states the object's figure, nor after a count that "stands" or
    "remains" at it ("the toll stands at 9")."""
    head = root.head
    if head.lower_ == "at" and head.head.tag_.startswith("VB"):
        return not any(c.dep_ == "dobj" for c in children(head.head)) and completed_noun(root) is None
    return head.lower_ in ("aged", "age")
