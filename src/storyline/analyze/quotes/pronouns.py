"""Who a speaker is when the parse does not say: a pronoun's antecedent ("he said", "she added": the latest
earlier person who can be it), and the phrase beside a cue verb the parser hung on the quotation.

Gender comes from the article itself (Mr / Ms titles, gendered nouns next to the name, and the he/she that
follows a sentence's only named person), else from the first name's usual gender; unknown names stay compatible.
Number and person agree too: 'it' is never a person, 'they' never one named person, 'I' / 'we' the writer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from storyline.analyze.gender import (
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    FEMALE_TITLES,
    MALE_NOUNS,
    MALE_PRONOUNS,
    MALE_TITLES,
    first_name_gender,
)
from storyline.analyze.nlp import sentences, tokens
from storyline.lexicon.titles import COURTESY_TITLES, PERSONAL_TITLES
from storyline.model import Mention

_MALE_TITLES = MALE_TITLES | {"msgr", "msgr.", "monsignor"}  # a Catholic honour held only by priests

PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson source official aide ally adviser advisor diplomat minister secretary "
    "senator governor president candidate nominee chairman chairwoman congressman congresswoman lawmaker "
    "mayor leader director professor analyst expert economist strategist lawyer attorney judge officer chief "
    "executive founder manager representative ambassador man woman doctor reporter host activist".split()
)


# a body's generic name ("the campaign", "Jo Ames's office"): an 'it', never a he/she, not an affiliation
BODY_NOUNS = frozenset(
    "department ministry office agency campaign company government embassy firm group organisation "
    "organization committee party team administration".split()
)


_NEWCOMER_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson source official aide ally adviser advisor diplomat representative "
    "analyst expert economist strategist reporter man woman".split()
)


_AGE = re.compile(r"\b\d{1,3}\s*-\s*years?\s*-\s*old\b")


@dataclass(frozen=True)
class Speaker:
    text: str
    start: int
    end: int
    anonymous: bool = False
    affiliation: str | None = None
    pronoun: bool = False
    head: str = ""
    plural: bool = False  # "critics of the plan": a 'they', never a 'he', 'she' or 'it'
    narrated: bool = False  # subject of its sentence's main verb, no quotation in that sentence
    reported: bool = False  # speaks inside another speaker's reported clause ('X said that Y called ...')
    # a person noun in apposition with the name ('Jo Ames, spokesman for X'): a person whatever NER says
    role: str = ""


_NAME_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE_END = re.compile(r"['’]s?$")


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """A person's name without titles or possessive, lowercased: 'Mr. Smith's' -> 'smith'. Kept per name: the
    gender votes and every he/she's antecedent search ask for the same few names' keys (~60 times an article)."""
    words = [w for w in _NAME_WORD.findall(text) if w.lower().rstrip(".") not in COURTESY_TITLES]
    return " ".join(_POSSESSIVE_END.sub("", w).lower() for w in words)


def gender_of(known: dict[str, str], text: str) -> str | None:
    """Gender of a name; a bare surname takes the gender its full names agree on ('Voss' is two people). A
    full name never borrows another full name's gender ('Clara Voss' is not 'Martin Voss')."""
    key = _key(text)
    if key in known:
        return known[key]
    words = key.split()
    for i in range(1, len(words) - 1):  # 'agent Mark Tillery': the full name after a role word
        if (tail := " ".join(words[i:])) in known:
            return known[tail]
    if len(words) != 1:
        # the first word a census first name ('agent Mark Tillery', 'Secretary of State Anne Corwin')
        guess = next(filter(None, map(first_name_gender, words[:-1])), None)
        last = words[-1] if words else ""
        if guess is None and last in known and not any(k.endswith(" " + last) for k in known):
            return known[last]  # 'Dana Orlev' of 'Ms Orlev': the bare surname's own evidence, no namesake
        return guess
    last = key
    found = {g for k, g in known.items() if k == last or k.endswith(" " + last)}
    return found.pop() if len(found) == 1 else None


def genders(doc: Doc, mentions: Sequence[Mention]) -> dict[str, str]:
    """Surname -> 'm' / 'f' from the article's own evidence; names without evidence are left out."""
    votes: dict[str, Counter[str]] = {}
    people = [m for m in mentions if m.label == "PERSON"]
    for m in people:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if not span:  # None, or empty when the offsets cover only whitespace
            continue
        key = _key(m.text)
        vote = votes.setdefault(key, Counter())
        first, toks = span.start, tokens(doc)
        split_dot = first > 1 and toks[first - 1].text == "." and toks[first - 2].text.istitle()
        back = 2 if split_dot else 1  # 'Msgr . Farmer': the parse split a title's dot off
        before = toks[first - back].lower_.rstrip(".") if first >= back else ""
        if before in _MALE_TITLES or m.text.lower().split()[0] in _MALE_TITLES:
            vote["m"] += 5
        if before in FEMALE_TITLES or m.text.lower().split()[0] in FEMALE_TITLES:
            vote["f"] += 5
        # the words around the name, not the name itself ("Lena King" is no king), nor a noun someone owns
        # after it: 'Jo Ames and his wife', "Ames's daughter" name another person ('his wife, Lee Roe' does not)
        after = [t for t in toks[span.end : span.end + 3] if not _owned(t)]
        near = {t.lower_ for t in (*toks[max(0, first - 3) : first], *after)}
        vote["m"] += 2 * len(near & MALE_NOUNS)
        vote["f"] += 2 * len(near & FEMALE_NOUNS)
        owner = _companion_owner(doc, span.end - 1)  # 'Jo Ames and his wife': Ames is a he
        vote["m"] += 2 * (owner in MALE_PRONOUNS)
        vote["f"] += 2 * (owner in FEMALE_PRONOUNS)
    for sent in sentences(doc):
        inside = [m for m in people if sent.start_char <= m.start < sent.end_char]
        if len({_key(m.text).split()[-1] for m in inside if _key(m.text)}) != 1:
            continue
        after = [t.lower_ for t in tokens(doc)[sent.start : sent.end] if t.idx >= inside[0].end]
        key = _key(inside[-1].text)
        vote = votes.setdefault(key, Counter())
        vote["m"] += sum(w in MALE_PRONOUNS for w in after)
        vote["f"] += sum(w in FEMALE_PRONOUNS for w in after)
    out = {}
    for key, vote in votes.items():
        if vote["m"] != vote["f"]:
            out[key] = "m" if vote["m"] > vote["f"] else "f"
        elif guess := next(filter(None, map(first_name_gender, key.split()[:-1])), None):
            out[key] = guess  # the article is silent: the first name's usual gender ('Councillor Brian X')
    for key, full in _one_owner(votes).items():
        vote = votes[key] + votes[full]
        pooled = "m" if vote["m"] > vote["f"] else "f" if vote["f"] > vote["m"] else out.get(full)
        if pooled:
            out[key] = pooled
    return out


def _one_owner(votes: dict[str, Counter[str]]) -> dict[str, str]:
    """Bare surname -> the one full name in the article ending with it: 'Farmer' is 'Msgr. Michael Farmer', so
    its evidence is pooled with the full name's (a few 'her' about someone else in Farmer's sentences outvoted
    the title and first name on their own)."""
    owners: dict[str, list[str]] = {}
    for key in votes:
        words = key.split()
        if len(words) > 1:
            owners.setdefault(words[-1], []).append(key)
    return {k: o[0] for k, o in owners.items() if k in votes and len(o) == 1}


def _owned(t: Token) -> bool:
    """A noun right after a possessive ('his wife', "Ames's son"): someone related, not the person named."""
    return t.i > 0 and tokens(t.doc)[t.i - 1].tag_ in ("PRP$", "POS")


def _companion_owner(doc: Doc, last: int) -> str:
    """The possessive of 'X and his family', 'X with her son' right after a name's last token: whose companion
    it is, so X's own pronoun; '' when the name is not followed so."""
    toks = tokens(doc)
    if last + 2 >= len(toks) or toks[last + 1].lower_ not in ("and", "with") or toks[last + 2].tag_ != "PRP$":
        return ""
    return toks[last + 2].lower_


def _surname(s: Speaker) -> str:
    """The speaker's last word when it is capitalised (a name), lowercased without possessive; else ''."""
    words = s.text.split()
    return _key(words[-1]) if words and words[-1][:1].isupper() else ""


def _person_like(s: Speaker, mentions: Sequence[Mention]) -> bool:
    if s.role:
        return True
    if s.head in BODY_NOUNS:  # "Jo Ames's campaign": a body, whoever it belongs to
        return False
    if any(m.label == "PERSON" and s.start <= m.start < s.end for m in mentions):
        return True
    last = _surname(s)  # a surname NER missed here but tagged as a person elsewhere in the article
    if last and any(m.label == "PERSON" and m.text.rsplit(None, 1)[-1].lower() == last for m in mentions):
        return True
    if _AGE.search(s.text):  # "25-year-old Guzel" (whatever NER took the name for): people have ages
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", s.text)}
    return bool(words & (PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS))


def _named_person(s: Speaker, mentions: Sequence[Mention]) -> bool:
    return any(m.label == "PERSON" and s.start <= m.start < s.end for m in mentions)


def _gender(s: Speaker, mentions: Sequence[Mention], known: dict[str, str]) -> str | None:
    # gendered nouns of the phrase itself, not of its relative clause ("Roe, who left with her husband")
    head = re.findall(r"[A-Za-z]+", re.split(r",|\(|\bwho\b", s.text)[0])
    words = {w.lower() for i, w in enumerate(head) if not _a_name(head, i)}
    if words & MALE_NOUNS or words & MALE_TITLES:
        return "m"
    if words & FEMALE_NOUNS or words & FEMALE_TITLES:
        return "f"
    names = [m for m in mentions if m.label == "PERSON" and s.start <= m.start < s.end]
    # the name the phrase is headed by: 'Ann Vale as Tom Reed's successor' is Vale, whatever Reed is
    names = [m for m in names if s.head and s.head in m.text.lower().split()] or names
    if names:
        first = re.search(r"([A-Z][a-z]+)\s+$", s.text[: names[-1].start - s.start])
        if first and first.group(1).lower() not in PERSONAL_TITLES:  # NER kept only "Voss" of "Clara Voss"
            return gender_of(known, f"{first.group(1)} {names[-1].text}")
        return gender_of(known, names[-1].text)
    return gender_of(known, s.text) if _surname(s) else None


def _a_name(words: Sequence[str], i: int) -> bool:
    """A capitalised word ending a phrase after no 'the' is a name, not a gendered noun: 'Lena King' is
    no king; 'King Harald' and 'the Queen' are."""
    return words[i][:1].isupper() and i == len(words) - 1 and (i == 0 or words[i - 1].lower() != "the")


def resolve_pronoun(
    pron: Speaker,
    speakers: Sequence[Speaker],
    subjects: Sequence[Speaker],
    last_quoted: Speaker | None,
    mentions: Sequence[Mention],
    known: dict[str, str],
    speaker_reach: int,
    reach: int,
    narrated_reach: int,
) -> Speaker | None:
    """'She added': the latest earlier compatible speaker nearby (quoted or reported), else the latest
    compatible named subject within reach, else the last quoted speaker if compatible, else None. A named
    person the narration has just made its subject ('Then 58, Ames welcomed the ruling.') within
    ``narrated_reach`` of a he/she beats an earlier speaker; a person named inside a reported clause or a
    sentence with a quotation (the topic the last speaker talks about) does not. He/she need
    a person of that gender (or of unknown gender), 'it' a non-person, 'they' anything but one named person;
    'I'/'we' are the writer. A role phrase found ('the mayor') gives way to the named person holding it."""
    word = pron.text.lower()

    def fits(c: Speaker) -> bool:
        return compatible(word, c, mentions, known)

    def before(pool: Sequence[Speaker], reach: int) -> list[Speaker]:
        return [c for c in pool if c.end <= pron.start and pron.start - c.end < reach and fits(c)]

    # a speaker inside another's reported clause is what was talked about, not who talks on
    near = before(
        [c for c in speakers if not c.reported] + ([last_quoted] if last_quoted else []), speaker_reach
    )
    named = before(subjects, reach)
    found = max(near or named or [], key=lambda c: c.end, default=None)
    if near and word in ("he", "she"):
        told = [
            c
            for c in before(subjects, narrated_reach)
            if c.narrated and (c.role or _named_person(c, mentions))
        ]
        found = max([found, *told], key=lambda c: c.end)
    if found is None:
        return last_quoted if last_quoted is not None and fits(last_quoted) else None
    pool = list(speakers) + list(subjects)
    titled = _titled(found, pool, mentions, reach)
    if titled is None and _definite_role(found, mentions):  # "The Republican nominee said ..." then "He said"
        named = [
            c
            for c in pool
            if c.end <= found.start and found.start - c.end < reach and fits(c) and _named_person(c, mentions)
        ]
        titled = max(named, key=lambda c: c.end, default=None)
    return titled or found


def compatible(word: str, c: Speaker, mentions: Sequence[Mention], known: dict[str, str]) -> bool:
    """Whether pronoun ``word`` can refer to speaker ``c``: he/she a person of that gender (or of unknown
    gender), 'it' a non-person, 'they' anything but one named person; 'I'/'we' are the writer."""
    if word in ("i", "we"):  # outside quotation marks: the writer, not anyone named in the text
        return False
    if word == "they":  # a group or a body; not one named person
        return c.plural or not (_named_person(c, mentions) and " and " not in c.text)
    if c.plural:
        return False
    if word == "it":  # a body, document or country; never a person
        return not _person_like(c, mentions)
    if word not in ("he", "she"):
        return True
    want = "m" if word == "he" else "f"
    owner = c.text.split()[0].lower() if c.text.split() else ""
    # 'Her niece likes to paint ... she is': the 'she' is the one 'her' points at, not the niece
    if owner == ("his" if want == "m" else "her") and not _named_person(c, mentions):
        return False
    return _person_like(c, mentions) and _gender(c, mentions, known) in (None, want)


def _definite_role(s: Speaker, mentions: Sequence[Mention]) -> bool:
    """'The Republican nominee', 'the senator': a role that points back at someone named before. A
    spokesman, aide or source is usually someone new."""
    # each conjunct's last word: 'the retired nurse and state senator' holds the role 'senator'
    heads = {s.head} | {part.split()[-1].lower() for part in s.text.split(" and ") if part.split()}
    return (
        s.text.lower().startswith("the ")
        and bool(heads & (PERSON_NOUNS - _NEWCOMER_NOUNS))
        and not _named_person(s, mentions)
    )


def _titled(
    role: Speaker, pool: Sequence[Speaker], mentions: Sequence[Mention], reach: int
) -> Speaker | None:
    """'The mayor said ...' after 'Mayor Jo Ames met ...': the latest named person before the role phrase whose
    own phrase holds the role's head word; None when the role phrase names someone itself or nobody matches."""
    if not role.head or _named_person(role, mentions) or role.head not in PERSON_NOUNS:
        return None
    holders = [
        c
        for c in pool
        if c.end <= role.start
        and role.start - c.end < reach
        and (_named_person(c, mentions) or c.role)
        and (role.head in re.findall(r"[a-z]+", c.text.lower()) or role.head == c.role)
    ]
    return max(holders, key=lambda c: c.end, default=None)


def _nominal(t: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    return (
        (t.tag_.startswith("NN") or bool(t.ent_type_))
        and t.ent_type_ not in ("DATE", "TIME")  # '..., said Thursday': a day, not a speaker
        and not t.is_punct
        and not any(s <= t.idx < e for s, e in quoted)
    )


def _appositive_anchor(doc, j: int, cue: Token) -> list[Token]:
    """'Jo Ames, the head of the Port Authority, told ...': a phrase found after a preposition ("of the Port
    Authority") sits in an apposition; the name before the apposition's comma speaks."""
    if j < 2 or doc[j - 1].tag_ != "IN" or doc[j - 1].sent != cue.sent:
        return []
    c = j - 2
    while c > 0 and doc[c].text != "," and doc[c].sent == cue.sent and not doc[c].tag_.startswith("VB"):
        c -= 1
    if c < 1 or doc[c].text != "," or doc[c - 1].tag_ != "NNP":
        return []
    first = c - 1
    while first > 0 and doc[first - 1].tag_ == "NNP" and doc[first - 1].sent == cue.sent:
        first -= 1
    return list(doc[first:c])


def adjacent_phrase(cue: Token, quoted: Sequence[tuple[int, int]]) -> list[Token]:
    """No parsed subject (the parser hung the cue on the quotation): the noun phrase right before the cue
    ('..., Tulsa police Chief X said') or right after it ('..., said X')."""
    doc = cue.doc
    k = cue.i - 1
    while k >= 0 and doc[k].dep_ in ("aux", "advmod", "neg", "auxpass") and doc[k].sent == cue.sent:
        k -= 1
    if (
        k > 0 and doc[k].text == "," and doc[k - 1].tag_ in ("NNP", "NNPS")
    ):  # "the union's lawyer, Jo Ames, said"
        k -= 1
    if k >= 0 and _nominal(doc[k], quoted) and doc[k].sent == cue.sent:
        j = k
        while j > 0 and _nominal(doc[j - 1], quoted) and doc[j - 1].sent == cue.sent:
            j -= 1
        while (  # "Obama and Clinton call them ...": both names
            j > 1
            and doc[j].tag_ == "NNP"
            and doc[j - 1].lower_ == "and"
            and doc[j - 2].tag_ == "NNP"
            and doc[j - 2].sent == cue.sent
        ):
            j -= 2
            while j > 0 and doc[j - 1].tag_ == "NNP" and doc[j - 1].sent == cue.sent:
                j -= 1
        if j > 0 and doc[j - 1].tag_ == "DT" and doc[j - 1].sent == cue.sent:
            j -= 1
        return _appositive_anchor(doc, j, cue) or list(doc[j : k + 1])
    k = cue.i + 1
    if k < len(doc) and doc[k].tag_ in ("NNP", "NNPS") and _nominal(doc[k], quoted):
        j = k
        while j + 1 < len(doc) and doc[j + 1].tag_ in ("NNP", "NNPS") and _nominal(doc[j + 1], quoted):
            j += 1
        return list(doc[k : j + 1])
    return []
