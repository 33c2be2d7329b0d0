"""A person's gender from the he/she an outlet writes of them speaking, and the gender conflicts of an unnamed
spokesperson ("a spokesman for the fire service" / "a fire service spokeswoman"). The person's own gendered words
(spokesman/spokeswoman, Mr/Mrs) are read with their role (briefing.attributes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from storyline.analyze.gender import FEMALE_NOUNS, MALE_NOUNS, MALE_PRONOUNS
from storyline.briefing.locate import Locator
from storyline.briefing.person_role import WORD, Role, neutral, worded_conflict
from storyline.briefing.placed import QUOTED
from storyline.briefing.working_set import Corpus
from storyline.lexicon.organisations import ORGANISATION_NOUNS
from storyline.lexicon.speech import SPEECH_VERBS
from storyline.lexicon.whole_words import has_whole_word
from storyline.model import Analysis, Conflict, Mention, Sentence

# "she told reporters", "he also urged": a he/she speaking (a spokesperson's gender), one adverb allowed between
_SPEAKING = re.compile(r"\b(?P<he>[Hh]e|[Ss]he)\s+(?:(?:also|later|then|\w+ly)\s+)?(?P<verb>[a-z]+)\b")
# "Robin Kale told us she expects", "X said he would", "The mayor, X, said he", "X said, adding that she": the
# he/she of the speaker's own words, right after the name (and the comma closing its apposition) and its verb of
# speech (one adverb, an addressee, ", adding" and "that" allowed between). Between the name and its verb
# an outlet may say whom the speaker works or speaks for, in commas (", who speaks for the council,", ", speaking
# for the council,", ", a spokeswoman for the council,") or not (" of the county police"), or give an age
# (", 34,"), or that they asked not to be named; not other words, whose he/she may be someone they name (", asked
# about the driver, said he").
_WORD = WORD.pattern  # a word of a title or name
_EMPLOYER = rf"(?:for|of|at|from)[ \t]+(?:(?:the|an?)[ \t]+)?(?:{_WORD}[ \t]+){{0,3}}?{_WORD}"
_FOR_WHOM = rf"(?:(?:who[ \t]+[a-z]+|speaking|an?|the)[ \t]+)?(?:{_WORD}[ \t]+){{0,3}}?{_EMPLOYER}"
_APPOSED = rf"(?:an?|the)[ \t]+(?:{_WORD}[ \t]+){{0,2}}?{_WORD}"
_UNNAMED_ASKED = r"who[ \t][^,.;:\"“”\n]{0,50}\b(?:named|identified|anonymity)"
_INTERRUPTION = (
    rf"(?:[ \t]*,[ \t]*(?:\d{{1,3}}|{_FOR_WHOM}|{_APPOSED}|{_UNNAMED_ASKED})[ \t]*,|[ \t]+{_EMPLOYER})?"
)
# ", who said he would": a relative clause on the name, whose "who" is the speaker
_WHO = r"(?:[ \t]*,[ \t]*who)?"
_SAYS_OF_SELF = re.compile(
    _INTERRUPTION + _WHO + r",?[ \t]+(?:\w+ly[ \t]+)?(?P<verb>[a-z]+)(?:[ \t]*,[ \t]*adding)?[ \t]+"
    r"(?:(?:us|me|reporters|journalists)[ \t]+)?(?:that[ \t]+)?"
    r"(?P<he>[Hh]e|[Ss]he)\b"
)
# The verb right after the name (and its apposition): the name is who speaks ("X, a spokesman, said the ...").
_NAME_SPEAKS = re.compile(_INTERRUPTION + _WHO + r",?[ \t]+(?:\w+ly[ \t]+)?(?P<verb>[a-z]+)\b")
# A second report coordinated to the speaker's verb, which shares its subject: "... said the offer was fair and that
# he hoped", "announced the news and said she would", "..., but said he was confident".
_ALSO_SAID = re.compile(
    r"\b(?:and|but)[ \t]+(?:(?:also|then|later)[ \t]+)?(?:that[ \t]+|(?P<verb>[a-z]+)[ \t]+(?:that[ \t]+)?)"
    r"(?P<he>[Hh]e|[Ss]he)\b"
)
_SPOKEN = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def _speech_verb(word: str) -> bool:
    """Whether a past or present tense form is a verb of speech ("told", "urged", "thanks", "replied")."""
    forms = {_SPOKEN.get(word, word), word[:-1], word[:-2], word[:-3] + "y", word[:-2] + "y"}
    return not forms.isdisjoint(SPEECH_VERBS)


def _speaking(
    body: str, after: int, sentence: Sentence, following: Sentence | None, quoted: Sequence[tuple[int, int]]
) -> list[re.Match[str]]:
    """The he/she speaking after ``after`` in its sentence, or opening the ``following`` one (a caller passes
    only one that names nobody), outside quotation marks, with no other person of its gender named between."""
    found = list(_SPEAKING.finditer(body, after, sentence.end))
    opening = _SPEAKING.match(body, following.start, following.end) if following else None
    return [
        p
        for p in [*found, *([opening] if opening else [])]
        if _speech_verb(p.group("verb"))
        and not any(qs <= p.start() < qe for qs, qe in quoted)
        and not _someone_else(body[after : p.start()], _pronoun_gender(p))
    ]


def _someone_else(between: str, gender: str) -> bool:
    """Whether the words between a name and a he/she speaking after it name another person of that gender by a
    word that is no job ("met the driver's widow. She said"): the pronoun may be theirs. A gendered job ("a
    spokeswoman for the council") is the named person's own apposition."""
    nouns = FEMALE_NOUNS if gender == "f" else MALE_NOUNS
    return any(w in nouns and not neutral(w)[0] for w in re.findall(r"[a-z]+", between.lower()))


def _own_words(
    body: str, after: int, sentence: Sentence, quoted: Sequence[tuple[int, int]]
) -> list[re.Match[str]]:
    """The he/she opening the reported words of the speaker written right before ``after`` ("... told us she",
    ", who said he"), else, when that name is followed by its verb of speech, the he/she opening a second report
    coordinated to that verb outside quotation marks ("said the offer was fair and that he hoped", "..., but said
    she was"): coordinated verbs share their subject."""
    own = _SAYS_OF_SELF.match(body, after, sentence.end)
    if own and _speech_verb(own.group("verb")):
        return [own]
    speaks = _NAME_SPEAKS.match(body, after, sentence.end)
    if speaks is None or not _speech_verb(speaks.group("verb")):
        return []
    also = next(
        (m for m in _ALSO_SAID.finditer(body, speaks.end(), sentence.end)
         if not any(qs <= m.start() < qe for qs, qe in quoted)),
        None,
    )  # fmt: skip
    if also is None or (also.group("verb") and not _speech_verb(also.group("verb"))):
        return []
    return [also]


def _pronoun_gender(p: re.Match[str]) -> str:
    return "m" if p.group("he").lower() in MALE_PRONOUNS else "f"


def pronoun_genders(c: Corpus, loc: Locator, analyses: Mapping[str, Analysis]) -> list[Role]:
    """A person's gender from the he/she an outlet writes of them speaking ("she told reporters", "he urged"),
    when the person is the only one named in the sentence and the pronoun follows the name there, or opens the
    next sentence, which names nobody ("A spokesperson, Fran Lyle, said ... She told reporters ..."), or is the
    subject of the person's own reported words, right after the name and its verb ("Lyle told us she expects"). Only a
    speaking he/she: other pronouns after a name are too often someone else's ("struck Ames with his car").
    Pronouns inside quotation marks are the speaker's and are skipped."""
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        people = [m for m in (an.mentions if an else ()) if m.label == "PERSON" and m.entity_id]
        quoted = [q.span() for q in QUOTED.finditer(a.body)] if people else []
        sents = [c.sentences[i] for i in loc.index.get(a.id, ())] if people else []
        named = [[m for m in people if x.start <= m.start < x.end] for x in sents]
        for k, x in enumerate(sents):
            if len({m.entity_id for m in named[k]}) != 1:
                continue
            last = named[k][-1]
            following = sents[k + 1] if k + 1 < len(sents) and not named[k + 1] else None
            for p in [
                *_speaking(a.body, last.end, x, following, quoted),
                *_own_words(a.body, last.end, x, quoted),
            ]:
                out.append(
                    Role(
                        last.entity_id or "",
                        a.id,
                        p.start("he"),
                        p.end("he"),
                        "",
                        _pronoun_gender(p),
                        (last.start, last.end),
                    )
                )
    return out


_Held = tuple[Role, str | None]  # a spokesperson's gendered role and the named person holding it, if any
_NOT_EMPLOYER = frozenset(("for", "the", "a", "an"))
# Between a role and the name it is written beside: "Police spokeswoman Rita Moss", "a spokeswoman, Rita Moss,",
# "Tom Hale, a spokesman for".
_BESIDE = re.compile(r"[ \t]*,?[ \t]*(?:(?:an?|the)[ \t]+)?")


def _holder(m: Mention, people: Sequence[Mention], body: str) -> str | None:
    """The entity of the person a ROLE mention names: the one it describes, else one written right beside it."""
    for p in people:
        if m.refers == p.start or any(
            _BESIDE.fullmatch(body[x:y]) for x, y in ((m.end, p.start), (p.end, m.start)) if x <= y
        ):
            return p.entity_id
    return None


def two_genders(genders: Mapping[str, set[str | None]]) -> bool:
    """Whether outlets (outlet -> the genders it gives one person) each give one gender and two between them: a
    gender conflict; an outlet giving both says nothing either way."""
    return all(len(g) == 1 for g in genders.values()) and len(set().union(*genders.values())) == 2


def unnamed_gender_conflicts(
    c: Corpus, loc: Locator, analyses: Mapping[str, Analysis], key_of: Mapping[str, str], told: set[str]
) -> list[Conflict]:
    """One employer's spokesperson (or chair) given one gender by some outlets and the other by others ("a
    spokesman for the fire service" / "a fire service spokeswoman"), where some outlet names nobody: the
    analysis' ROLE mentions keyed by job and the employer's words, or the employer's surname when a person is named in
    the mention, whatever title or first name each outlet gives them (a company named like a person, "a spokesman for
    Brennan", stays keyed as before); each outlet must give one gender only. Two
    different people named ("spokesman Tom Hale" / "spokeswoman Rita Moss") are two spokespeople; a person in
    ``told`` has a gender conflict already."""
    by_holder: dict[tuple[str, frozenset[str]], dict[str, list[_Held]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        people = [m for m in (an.mentions if an else ()) if m.label == "PERSON" and m.entity_id]
        quoted = [q.span() for q in QUOTED.finditer(a.body)]
        for m in an.mentions if an else ():
            if m.label != "ROLE" or key_of.get(a.id) is None:
                continue
            words = [
                w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in WORD.findall(m.text)
            ]
            heads = [(i, *neutral(w)) for i, w in enumerate(words)]
            head = next(
                ((i, job, g) for i, job, g in heads if job and (g or words[i].endswith("person"))), None
            )
            if head is None or (at := loc.sentence(a.id, m.start)) is None:
                continue
            i, job, gender = head
            employer = frozenset(w for j, w in enumerate(words) if j != i and w not in _NOT_EMPLOYER)
            boss = next((p for p in people if m.start <= p.start and p.end <= m.end), None)
            if boss is not None:  # "a spokeswoman for President Arlen" / "Arlen's spokesman": one person's
                employer = frozenset(WORD.findall(boss.text.lower())[-1:])
            start, end = m.start, m.end
            if employer and gender is None:  # "a spokesperson for the council said ... She added"
                start, end, gender = _told_gender(c, a.body, m, at, people, quoted)
            if employer and gender:
                r = Role("", a.id, start, end, job, gender)
                named = _holder(m, people, a.body)
                by_holder.setdefault((job, employer), {}).setdefault(key_of[a.id], []).append((r, named))
    out = []
    for by_outlet in _named_employers(c, by_holder).values():
        genders = {k: {r.gender for r, _ in rs} for k, rs in by_outlet.items()}
        named = {k: {p for _, p in rs} for k, rs in by_outlet.items()}
        people = set().union(*named.values()) - {None}
        if len(people) > 1 or people & told:
            continue
        if two_genders(genders):
            out.append(
                worded_conflict(
                    c, loc, [r for rs in by_outlet.values() for r, _ in rs], "attribute", "gender"
                )
            )
    return out


def _named_employers(
    c: Corpus, by_holder: Mapping[tuple[str, frozenset[str]], dict[str, list[_Held]]]
) -> dict[tuple[str, frozenset[str]], dict[str, list[_Held]]]:
    """``by_holder`` with a spokesperson of "the company" ("a company spokeswoman") counted as the one of the
    organisation named as employer of that job ("a spokesman for Brennan") that the article naming "the company"
    names too: one outlet called the organisation by its kind, another by its name. Only when one such named
    employer exists; "the police" or "the council" is no common name for an organisation named elsewhere. So too
    a one-word employer that is a word of one longer employer every article of its holders writes out ("a
    spokeswoman for the unit" after "the National Crime Unit said"): the body's short name once it is named."""
    out = {k: {o: list(rs) for o, rs in v.items()} for k, v in by_holder.items()}
    for (job, employer), by_outlet in by_holder.items():
        if not employer <= ORGANISATION_NOUNS:
            continue
        bodies = [c.by_id[r.article_id].body for rs in by_outlet.values() for r, _ in rs]
        named = [
            key
            for key in by_holder
            if key[0] == job
            and key[1]
            and not key[1] & ORGANISATION_NOUNS
            and all(_capitalised_in(w, b) for w in key[1] for b in bodies)
        ]
        if len(named) == 1:
            for outlet, rs in out.pop((job, employer)).items():
                out[named[0]].setdefault(outlet, []).extend(rs)
    for (job, employer), by_outlet in list(out.items()):
        if len(employer) != 1:
            continue
        # "a spokeswoman for the unit" in an article that wrote "the National Crime Unit": the body's head noun,
        # once its full name is written, is that body's short name (one such fuller employer only)
        bodies = [c.by_id[r.article_id].body.lower() for rs in by_outlet.values() for r, _ in rs]
        fuller = [
            key
            for key in out
            if key[0] == job
            and len(key[1]) >= 2
            and employer < key[1]
            and all(has_whole_word(w, b) for w in key[1] for b in bodies)
        ]
        if len(fuller) == 1:
            for outlet, rs in out.pop((job, employer)).items():
                out[fuller[0]].setdefault(outlet, []).extend(rs)
    return out


def _capitalised_in(word: str, body: str) -> bool:
    """Whether ``word`` (lower case) is written capitalised in ``body``: a name there."""
    return has_whole_word(word[:1].upper() + word[1:], body)


# A relative clause on the holder that says their he/she/his/her before naming anyone else ("the council's
# spokesperson, who asked that her name not be used,"; not "who thanked the mayor for his help,": the mayor's):
# lower-case words other than an article between "who" and the pronoun.
_OWN_CLAUSE = re.compile(
    r"[ \t]*,[ \t]*who(?:[ \t]+(?!(?:the|an?|he|she|his|her|him)\b)[a-z]+)*?[ \t]+"
    r"(?P<he>he|she|his|her|him)\b[^,.;:\"“”\n]*,"
)


def _told_gender(
    c: Corpus,
    body: str,
    m: Mention,
    at: int,
    people: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
) -> tuple[int, int, str | None]:
    """The span and gender of the one he/she speaking after an unnamed holder's ROLE mention ``m`` (sentence
    ``at``) when nobody is named after it in its sentence: there, or opening the next sentence, which names
    nobody either; or of the pronoun in a relative clause on the holder (``_OWN_CLAUSE``)."""
    x = c.sentences[at]
    nxt = c.sentences[at + 1] if at + 1 < len(c.sentences) else None
    if nxt is not None and (
        nxt.article_id != x.article_id or any(nxt.start <= p.start < nxt.end for p in people)
    ):
        nxt = None
    if any(m.end <= p.start < x.end for p in people):
        return m.start, m.end, None
    own = _OWN_CLAUSE.match(body, m.end, x.end)
    said = [own] if own and not any(qs <= own.start("he") < qe for qs, qe in quoted) else []
    found = {
        _pronoun_gender(p): p
        for p in [*said, *_speaking(body, m.end, x, nxt, quoted), *_own_words(body, m.end, x, quoted)]
    }
    if len(found) != 1:
        return m.start, m.end, None
    ((gender, p),) = found.items()
    return p.start("he"), p.end("he"), gender
