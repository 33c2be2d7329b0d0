"""Who a speech cue's subject is: the words of a speaker's name or description (``speaker_tokens``), the subject a
cue verb or noun takes (``cue_subject``), and the speaker those words describe, with the body or people they speak for
(``describe``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from storyline.analyze.gender import FEMALE_NOUNS, MALE_NOUNS
from storyline.analyze.nlp import children, lemmas
from storyline.analyze.quotes.cues import verb_read_as_noun
from storyline.analyze.quotes.pronouns import BODY_NOUNS, PERSON_NOUNS, Speaker
from storyline.lexicon.speech import SPEECH_VERBS
from storyline.lexicon.titles import ABBREVIATIONS, COURTESY_TITLES
from storyline.model import Mention

ANON_NOUNS = frozenset(
    "source sources official officials insider insiders aide aides ally allies diplomat diplomats figure "
    "figures adviser advisers advisor advisors person people member members minister ministers".split()
)
PEOPLE_PLURALS = frozenset(
    "critics supporters opponents officials lawmakers legislators senators voters residents protesters "
    "demonstrators activists advocates experts analysts economists leaders members aides advisers sources "
    "democrats republicans delegates organizers officers parents families".split()
)
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen representative".split())
DOC_NOUNS = frozenset("report statement study analysis paper survey document letter memo review".split())
_TITLE_WORDS = COURTESY_TITLES | frozenset(
    "the a an unnamed anonymous senior junior former one another two three several some labour tory "
    "conservative mp mps".split()
)
PRONOUNS = frozenset("he she they i we it".split())
_NAME_ENDS = frozenset("jr sr no st inc ltd co corp".split())
_OFFICIAL = re.compile(
    r"\b(?:Office|Ministry|Department|Agency|Embassy|Commission|Council|Committee|Service|Bureau|FCO)\b"
)


def speaker_tokens(head: Token) -> list[Token]:
    """The subject phrase without appositions, relative clauses or anything after a comma."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ not in ("punct", "appos", "relcl"):
            keep.extend(child.subtree)
    for child in head.rights:
        if child.text == "," or child.tag_ == "HYPH":  # an apposition's comma, a hyphen: checked below
            continue
        between = head.doc[head.i + 1 : child.left_edge.i]
        if child.dep_ == "appos" and _names_a_noun(head, child):  # "the union's lawyer, Ines Talvik"
            keep.extend(t for t in child.subtree if not t.is_punct)
            break
        if any(t.text in ",(—–;:" for t in between):
            break
        # "the governor-general": the parse's apposition is the role's own word
        if child.dep_ == "appos" and between and all(t.tag_ == "HYPH" for t in between):
            keep.extend(child.subtree)
            continue
        if child.dep_ in ("prep", "amod", "advmod", "compound", "nmod", "npadvmod", "cc", "conj", "nummod"):
            keep.extend(child.subtree)
        else:
            break
    keep.sort(key=lambda t: t.i)
    while keep and (keep[0].is_punct or keep[0].tag_ in ("``", "''", "WRB")):
        keep.pop(0)
    while keep and (keep[-1].is_punct or keep[-1].tag_ in ("``", "''", "POS")):
        keep.pop()
    return keep + _name_after_rank(keep[-1]) if keep else keep


def _name_after_rank(last: Token) -> list[Token]:
    """'said RCMP Sgt. Dan Holt', 'said Dist. Atty. Joan Marsh': the parser ends the sentence at a rank's
    full stop and takes the rank for the subject; the proper names after it, on the same line, are the
    speaker's."""
    doc, out, i = last.doc, [], last.i
    while _is_rank(doc[i]):
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == ".")
        name = []
        while j < len(doc) and doc[j].tag_ == "NNP" and "\n" not in doc[j - 1].whitespace_ + doc[j - 1].text:
            name.append(doc[j])
            if _is_rank(doc[j]):
                break
            j += 1
        if not name:
            break
        out += name
        i = name[-1].i
    return out


def _is_rank(token: Token) -> bool:
    """An abbreviated title or rank ("Sgt", "Atty.") that a name follows, not "Jr." or "Co." that end one."""
    word = token.text.rstrip(".").lower()
    return token.text[:1].isupper() and word in ABBREVIATIONS and word not in _NAME_ENDS


def _names_a_noun(head: Token, appos: Token) -> bool:
    """An apposition that gives the name of a common-noun subject ("port director Bram Osei", "a lawyer for the
    union, Ines Talvik"): the name belongs in the speaker phrase. A name's description ("Ines Talvik, a
    lawyer") does not; nor does a capitalised role's unless the apposition is a person ("The Vostrian Chancellor,
    Anna Kessel")."""
    if head.tag_ in ("NN", "NNS") and not head.ent_type_:
        return appos.tag_ in ("NNP", "NNPS")
    return head.ent_type_ != "PERSON" and appos.ent_type_ == "PERSON"


def cue_subject(cue: Token, quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The speaker token of a cue verb, climbing through conjoined or auxiliary verbs; subjects inside
    quotations ('"One of the best," X said' parses "One" as a subject too) are skipped."""
    if cue.lower_ == "per":  # '..., per the party's bylaws': the prepositional object
        return next((c for c in children(cue) if c.dep_ == "pobj"), None)
    if cue.lower_ == "according":
        for prep in children(cue):
            for pobj in children(prep):
                if pobj.dep_ == "pobj":
                    return pobj
        return None
    # "Jo Ames's claim that ...": the possessor; a verb the tagger read as a noun: the noun before
    if cue.tag_.startswith("NN"):
        return (
            cue.nbor(-1)
            if verb_read_as_noun(cue)
            else next((c for c in children(cue) if c.dep_ == "poss"), None)
        )
    if cue.tag_ == "VBG" and cue.i > 0:  # "..., with a spokesman (for X) stating: ...": "with"'s noun speaks
        noun = next((t for t in cue.nbor(-1).ancestors if t.i < cue.i and t.dep_ == "pobj"), cue.nbor(-1))
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.right_edge.i == cue.i - 1:
            return noun
    node = cue
    for _ in range(3):
        quoted_as = node.tag_ == "VBN" and "quote" in lemmas(node)  # 'X was quoted (by Y) as saying': X spoke
        for child in children(node):
            if child.dep_ == "agent" and not quoted_as:
                return next((g for g in children(child) if g.dep_ == "pobj"), None)
        subjects = [
            c
            for c in children(node)
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.ent_type_ not in ("DATE", "TIME")  # '..., Flynn said Thursday': a misparsed day
            and not any(s <= c.idx < e for s, e in quoted)
        ]
        if subjects:
            best = min(subjects, key=lambda c: abs(c.i - node.i))
            best = next((c for c in subjects if _named_beside(c, best)), best)
            # 'Jo Ames, who runs X, said many of ...': the named person before the cue, not a second subject
            if best.ent_type_ != "PERSON":
                best = next((c for c in subjects if c.ent_type_ == "PERSON" and c.i < node.i), best)
            if best.tag_ in ("WP", "WDT") and node.dep_ == "relcl":  # "X, who said ...": X
                return _issuer(node.head)
            return _same_paragraph(best, node) if best.dep_ == "nsubj" or quoted_as else None
        if node.dep_ == "acl" and node.head.tag_.startswith("NN"):  # "footage of X saying ..."
            if node.tag_ == "VBN":  # "the plan proposed last year": the noun is what was said, not who
                return None
            return _issuer(node.head, participle=node.tag_ == "VBG")
        if _participle_of_sayer(node):  # "X said he won't, arguing that ...": X argues, not the "he" said
            node = node.head.head
        elif node.dep_ in ("conj", "xcomp", "advcl"):
            node = node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep":  # "X began by saying ...": X
            node = node.head.head
        else:
            break
    return None


def _participle_of_sayer(verb: Token) -> bool:
    """'Jo Ames said he did not believe it, arguing that ...': a participle the parse hangs on the verb of a
    speech verb's reported clause goes on with the speech verb, so its speaker is that verb's subject."""
    clause = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and clause.dep_ == "ccomp"
        and clause.i < verb.i
        and not SPEECH_VERBS.isdisjoint(lemmas(clause.head))
    )


def _named_beside(name: Token, role: Token) -> bool:
    """'Jo Ames-Lind, the head of the agency, vowed ...' parsed as two subjects: the person named, not
    the description in apposition after the comma."""
    gap = name.right_edge.i + 1
    return (
        name.ent_type_ == "PERSON"
        and role.ent_type_ != "PERSON"
        and gap + 1 == role.left_edge.i
        and name.doc[gap].text == ","
    )


def _same_paragraph(subject: Token, verb: Token) -> Token | None:
    """A subject parsed across a paragraph break (a headline glued to the first sentence) is not the speaker;
    its apposition in the verb's paragraph is ('The Latest ...\n\nDonald Trump is questioning ...')."""
    if unbroken(subject, verb):
        return subject
    return next((c for c in children(subject) if c.dep_ == "appos" and unbroken(c, verb)), None)


def unbroken(a: Token, b: Token) -> bool:
    """No line break between two tokens."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text for t in a.doc[lo:hi])


def _issuer(noun: Token, participle: bool = False) -> Token:
    """'X issued a statement saying ...': X speaks through the document it put out; 'X downplayed the unrest
    saying ...': an object that cannot speak leaves a participle's words to X; people and bodies speak
    themselves."""
    if noun.dep_ == "dobj" and (noun.lower_ in DOC_NOUNS or (participle and not can_speak(noun))):
        owner = [c for c in children(noun.head) if c.dep_ == "nsubj"]
        if owner:
            return owner[0]
    return noun


def can_speak(noun: Token) -> bool:
    """A person, a body or a named entity; not a thing ('the unrest', 'the bill')."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.lower_ in (
        PERSON_NOUNS | ANON_NOUNS | PEOPLE_PLURALS | SPOKES_NOUNS | MALE_NOUNS | FEMALE_NOUNS
    )


def _affiliation(
    words: list[Token], body: str, mentions: Sequence[Mention], start: int, end: int
) -> str | None:
    """The organisation behind an unnamed speaker: 'close to X', a named org inside, or a recent org."""
    text = body[start:end]
    m = re.search(r"\b(?:close to|familiar with|within|inside|at|from|for|of)\s+(.+)$", text)
    if m and m.group(1).split()[-1].lower() not in BODY_NOUNS:
        return re.sub(r"^(?:the|The)\s+", "", m.group(1)).strip()
    inside = [
        x
        for x in mentions
        if x.start >= start and x.end <= end and x.label in ("ORG", "GPE", "NORP", "PERSON")
    ]
    if inside:
        return re.sub(r"^(?:the|The)\s+", "", inside[0].text)
    caps = [w.text for w in words if w.text[:1].isupper() and w.lower_ not in _TITLE_WORDS]
    if words and caps and caps[-1] != words[-1].text:
        return " ".join(caps)
    if words and words[-1].lower_ in SPOKES_NOUNS | DOC_NOUNS or (m and m.group(1)):
        earlier = [x for x in mentions if x.label == "ORG" and x.end <= start and start - x.end < 1500]
        official = [x for x in earlier if _OFFICIAL.search(x.text)]
        if official or earlier:
            return re.sub(r"^(?:the|The)\s+", "", (official or earlier)[-1].text)
    return None


def describe(words: list[Token], body: str, mentions: Sequence[Mention]) -> Speaker:
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    if "\n" in body[start:end]:  # a phrase never crosses a paragraph break ("11:15 a.m.\n\nX")
        start = body.rindex("\n", start, end) + 1
        words = [w for w in words if w.idx >= start and not w.is_space] or words[-1:]
        start = words[0].idx
    # the phrase's own root ('The head of the agency, Jo Ames': head, not the agency it is the head of)
    inside = {w.i for w in words}
    head = max(
        words,
        key=lambda t: (
            t.head.i not in inside or t.head.i == t.i,
            t.dep_ in ("nsubj", "nsubjpass", "pobj"),
            -abs(t.head.i - t.i),
        ),
    )
    head_word = next((w.lower_ for w in words if w.i == head.i), head.lower_)
    heads = {w.lower_ for w in words if w.tag_.startswith("NN")}
    pronoun = len(words) == 1 and words[0].lower_ in PRONOUNS
    named = [
        x
        for x in mentions
        if x.label == "PERSON"
        and x.start >= start
        and x.end <= end
        and not re.search(r"close to|familiar", body[start : x.start])
    ]
    anonymous = bool(heads & ANON_NOUNS) and not named and not (heads & SPOKES_NOUNS)
    affiliation = None
    if anonymous or heads & (SPOKES_NOUNS | DOC_NOUNS):
        affiliation = _affiliation(words, body, mentions, start, end)
    return Speaker(body[start:end], start, end, anonymous, affiliation, pronoun, head_word)
