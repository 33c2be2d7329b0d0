"""What a figure measures, what event it is of and whose it is, read off the dependency tree around it: the
nearest word of a synonym group (lexicon.measures), else its counted noun's or its verb's lemma."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from storyline.analyze.act_nouns import act_verb, group_of, measure_group
from storyline.analyze.claim_units import glued_spec
from storyline.analyze.claim_words import CALENDAR_WORDS, is_clock_word, is_date_word
from storyline.analyze.counted import counted_group, reading, undergone, wrapped
from storyline.analyze.counted_noun import own_noun, said_of
from storyline.analyze.nlp import children, lemma, lemma_as, lemma_words, verb_subject
from storyline.analyze.ordinals import order_of
from storyline.lexicon.measures import (
    EVENTS,
    GENERIC_NOUNS,
    GENERIC_VERBS,
    MEASURES,
    ORDER_SIDES,
    OWNERS,
    REPEATS,
    REPORTING_VERBS,
    RESTORING,
    SCALES,
    SPEC_UNITS,
    TALLY_NOUNS,
    TOLLS,
    UPDATE_WORDS,
    WHO_GROUPS,
)

_HOPS = 3  # heads walked up from a number to find its measure: "11 people were killed" is two hops
# words beside a head
_NEAR = ("amod", "compound", "nsubj", "nsubjpass", "pobj", "prep", "acomp", "attr", "oprd", "xcomp")
# Prepositions whose object is a part of the whole a figure counts ("rose to seven, including two children"):
# its noun names the part, never what the figure measures.
_PART_PREPS = frozenset(("including", "excluding"))


def completed_noun(root: Token) -> Token | None:
    """The noun a figure completes through its verb, when that noun holds a count: the object of "bringing the
    death toll to 11" or "put the number of dead at 30", else the subject of "the toll stands at 9" or "the tally
    of injured reached 40". The figure is the verb's "to"/"at" complement (or its particle's: "revised the toll
    down to 28") or its object; the verb itself (bring,
    stand, reach, put) says nothing of what is counted."""
    noun = _completed(root)
    if noun is None or not noun.tag_.startswith("NN"):
        return None
    # the noun itself counts ("the death toll", "the number of dead"), not only a modifier of it: "a
    # 7.3-magnitude quake killed 12" completes no quake's magnitude
    word = lemma(noun)
    return noun if word in TALLY_NOUNS or word in MEASURES else None


def leveled_noun(root: Token) -> Token | None:
    """The common noun a percentage gives the level of through a verb of change or state: "bring the deficit
    down to 3.2%", "the deficit would fall to 2.9%", "inflation, which stood at 3.6%" (a relative clause's
    "which" stands for the noun it modifies); the verb only says how the level came about, as another outlet's
    "the deficit will be 3%" tells the same figure. Only a "to"/"at" complement, not a verb's object; none for a
    proper noun ("Labour rose to 35%": a poll share, no noun of its own) or a word of no measure ("people")."""
    if root.dep_ == "dobj":
        return None  # "the party won 11.4% of the vote": the party's share, no level of the party
    noun = _completed(root)
    if noun is not None and noun.tag_ in ("WDT", "WP") and noun.head.dep_ == "relcl":
        noun = noun.head.head
    if noun is None or noun.tag_ not in ("NN", "NNS") or lemma(noun) in GENERIC_NOUNS:
        return None
    return noun


def _completed(root: Token) -> Token | None:
    """The object, else the subject, of the verb whose "to"/"at" complement (or object) a figure is, any word."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("to", "at") and head.dep_ == "prep":
        verb = head.head
        if verb.dep_ in ("prt", "advmod") and verb.lower_ in ("up", "down"):
            verb = verb.head  # "revised the toll down to 28"
    elif root.dep_ == "dobj":
        verb = head
    else:
        return None
    if not verb.tag_.startswith("VB"):
        return None
    objects = [c for c in children(verb) if c.dep_ == "dobj" and c.i != root.i]
    return next(iter(objects or [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]), None)


def _counted_by(noun: Token) -> str | None:
    """The measure group a counting noun or its modifiers name: "death toll", "casualty count", "the number of
    dead", "the number of injured", "the number of people killed", "the number of people taken ill"; else the
    noun a tally counts ("the number of flooded properties" counts properties, as "1,200 properties were
    flooded" does); else None."""
    words = [noun, *(c for c in children(noun) if c.dep_ in ("compound", "amod")), *_tallied(noun)]
    found = next((MEASURES[lemma(w)] for w in words if lemma(w) in MEASURES), None)
    counted = next(
        (g for g in _of_nouns(noun) if g.tag_.startswith("NN") and lemma(g) not in GENERIC_NOUNS), None
    )
    return found or (lemma(counted) if counted is not None else None)


def _of_nouns(noun: Token) -> list[Token]:
    """The nouns of a tally noun's "of" phrase ("the number of patients"); none for another noun."""
    if lemma(noun) not in TALLY_NOUNS:
        return []
    return [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
            if g.dep_ in ("pobj", "pcomp")]  # fmt: skip


def _tallied(noun: Token) -> list[Token]:
    """The words that say what a tally noun counts: its "of" phrase ("the number of people killed", "of patients
    with measles") and the state a participle gives them ("people taken ill", "left homeless"), the participle
    on the counted noun or, as the parser often hangs it, on the tally noun itself."""
    of = _of_nouns(noun)
    if not of:
        return []
    words = [w for g in of for w in (g, *children(g)) if w.dep_ in _OF_WORDS]
    words += [o for g in of for p in children(g) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]
    described = [c for t in (noun, *of) for c in children(t) if c.dep_ in ("acl", "relcl")]
    states = [s for d in described for s in children(d) if s.dep_ in ("acomp", "oprd", "advmod", "xcomp")]
    return [*words, *described, *states]


# The words of an "of" phrase that name what is counted ("the number of people killed": "people", "killed").
_OF_WORDS = frozenset(("pobj", "pcomp", "amod", "compound", "acl", "relcl"))


def _stated_object(root: Token) -> Token | None:
    """The noun object of the verb an "at N" figure hangs from ("put the magnitude at 4.8" -> "magnitude"),
    when it is a noun."""
    head = root.head
    if head.lower_ != "at" or not head.head.tag_.startswith("VB"):
        return None
    return next((c for c in children(head.head) if c.dep_ == "dobj" and c.tag_.startswith("NN")), None)


def measure_of(root: Token, verb_only: bool, length: bool = False) -> str | None:
    """What the value measures, a word: never punctuation or a clitic ("." of a sentence's end, "'s")."""
    found = _measure_word(root, verb_only, length)
    return found if found is not None and any(c.isalpha() for c in found) else None


def _measure_word(root: Token, verb_only: bool, length: bool = False) -> str | None:
    """What the value measures. A figure: the nearest word of a synonym group around it (its counted noun,
    that noun's modifiers, the words above it and their subjects), else its counted noun's or its verb's lemma.
    A date or duration (``verb_only``): the first verb or noun above it (the event it times), not a time zone
    or a date's word; a duration (``length``) modifying a noun is that noun's length ("a two-day visit"), a date
    or time modifying one dates it ("the 4:43 a.m. quake")."""
    chain, hops = [root], _HOPS + 2 * verb_only + wrapped(root)
    while len(chain) <= hops and chain[-1].head.i != chain[-1].i:
        if chain[-1].dep_ == "conj" and not verb_only and not chain[-1].head.like_num:
            break  # "24 were killed and 200 injured": above a conjunct is the other one's measure ("7.6 and 7.4": not)
        chain.append(chain[-1].head)
    chain = [root] + [t for t in chain[1:] if t.ent_iob_ == "O" or t.ent_type_ != root.ent_type_]
    if not verb_only:
        chain = chain[: _own_clause(chain)]
    if verb_only:
        head = root.head
        if (
            length
            and root.dep_ in ("amod", "compound")
            and head.tag_.startswith("NN")
            and lemma(head) not in CALENDAR_WORDS
        ):
            return "length of " + lemma(head)  # "a two-day visit"
        head = next((t for t in chain[1:] if t.tag_[:2] in ("VB", "NN") and lemma(t) not in CALENDAR_WORDS
                     and not is_clock_word(t)), None)  # fmt: skip
        if head is None:
            return None
        kept = kept_state(head) if length else None
        return kept or result_of(head) or group_of(head) or lemma(head)
    if (act := _act_of(root)) is not None:
        return act  # "the evacuation of 3,000": what happened to them
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if owner is not None and owner.tag_.startswith("NN") and lemma(owner) not in MEASURES:
        return OWNERS.get(lemma(owner), lemma(owner))  # "a mother of 12" counts children, not a toll
    people = root.head if root.dep_ == "nummod" and lemma(root.head) in GENERIC_NOUNS else None
    if people is not None and people.dep_ == "pobj" and people.head.lower_ == "of":
        if lemma(people.head.head) in OWNERS:
            return OWNERS[lemma(people.head.head)]  # "a city of 140,000 people"
    completed = completed_noun(root)
    if completed is not None and (group := _counted_by(completed)):
        return group  # "bringing the death toll to 11", "the number of dead stood at 30": the toll's figure
    stated = _stated_object(root)
    if stated is not None:
        return MEASURES.get(lemma(stated), lemma(stated))  # "put the death toll at 12": the toll's figure
    counted = root.head if root.dep_ in ("nummod", "quantmod", "compound") else None
    if counted is not None and lemma(counted) == "hospital":
        return "hospital"  # "taken to three hospitals" counts hospitals, not the people in them
    if counted is not None and counted.dep_ in ("pobj", "agent") and counted.head.lower_ == "by":
        return lemma(counted)  # "arrested by eight officers" counts the officers, not the arrested
    if (group := counted_group(root) or undergone(root) or reading(root)) is not None:
        return group  # "fired 30 rounds" / "30 shots"; "14 people lost their lives" / "killed 14"; "measured 5.9"
    if counted is not None and (restored := _restored(counted)) is not None:
        return restored  # "restored power to 20,000 homes": the homes put right, not the homes cut off
    if counted is not None and (group := _group(counted)) is not None and group not in WHO_GROUPS:
        return group  # the noun a figure counts comes first: "800 homes destroyed", "40 detentions"
    if counted is not None and (act := _act_of(counted)) is not None:  # "the detention of 40 protesters"
        return act  # what happened to them, as "40 protesters were detained" tells
    if (own := own_noun(root)) is not None:  # "four life terms", "two doors down": what is said of it
        return said_of(own) or lemma(own)
    near = []
    for tok in chain[: hops + 1]:
        # a figure's own participle: "Six were killed and at least 30 injured" (30 a conjunct, "injured" its acl)
        # and a state the parser reads as an adverb: "fell ill", "shot dead" (a toll's word only: "sent home" no)
        beside = [tok, *(c for c in tok.children if (c.dep_ in _NEAR and c.lower_ not in _PART_PREPS)
                         or tok is root and c.dep_ == "acl"
                         or c.dep_ == "advmod" and MEASURES.get(lemma(c)) in TOLLS)]  # fmt: skip
        near += [t for t in beside + [g for c in beside if c.dep_ == "prep" for g in c.children
                                      if g.dep_ == "pobj"] if t is not root]  # fmt: skip
    # a state a verb leaves its object in, as written: "leaving two others missing" (no form of "miss")
    # a kind of killing as the act done ("murdered"), not as a court's word ("three counts of homicide")
    groups = [g for t in near if (g := (group_of(t) if t.tag_.startswith("VB") else MEASURES.get(lemma(t)))
                                  or t.dep_ == "oprd" and MEASURES.get(t.lower_))]  # fmt: skip
    if counted is not None and lemma(counted) == "time" or root.lower_ in REPEATS:
        # "was arrested three times", "hit twice": the figure counts the acts, a toll the people they befell
        groups = [g for g in groups if g not in TOLLS]
    who = _group(counted) if counted is not None else None
    if groups and (befell := _subject_toll(counted)) is not None:
        return befell  # "two injured workers died": the toll of their verb, not the state they were in before
    if groups and who in WHO_GROUPS:
        # who they are outranks any word but a toll: "forced 3,000 residents from their homes" counts no homes
        return next((g for g in groups if g in TOLLS), who)
    if groups:  # what happened to them outranks who they are: "two employees were killed" counts the dead
        return next((g for g in groups if g not in WHO_GROUPS), groups[0])
    # not a date's word: "$210 million March 3" (a dateline after a headline) is no sum of Marches
    if counted is not None and counted.tag_.startswith("NN") and lemma(counted) not in GENERIC_NOUNS:
        if not is_date_word(counted):
            return lemma(counted)
    verb = next((t for t in chain[1:] if t.tag_.startswith("VB")), None)
    # a measure is a word: not the clitic of "that's" ("that's $100 cheaper")
    if verb is not None and verb.is_alpha and lemma(verb) not in REPORTING_VERBS | {"be", "have"}:
        return lemma(verb)
    return None


def _restored(counted: Token) -> str | None:
    """The verb putting right what a counted noun lost, when the noun is its object or its "to" object
    ("restored power to 20,000 homes", "reconnected 20,000 homes", "reopened 12 roads"): a count of the act of
    recovery, no level of the homes cut off or roads shut that other figures of the story count."""
    verb = counted.head
    if counted.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif counted.dep_ != "dobj":
        return None
    if not verb.tag_.startswith("VB") or not verb.lower_.startswith(RESTORING):
        return None
    return lemma(verb)


def _subject_toll(counted: Token | None) -> str | None:
    """The toll group of the verb a counted noun is the subject of ("two injured workers died": dead), else
    None."""
    if counted is None or counted.dep_ not in ("nsubj", "nsubjpass") or counted.head.i == counted.i:
        return None
    group = group_of(counted.head) if counted.head.tag_.startswith("VB") else None
    return group if group in TOLLS else None


def _act_of(counted: Token) -> str | None:
    """The toll group of the act a counted noun (or a bare figure) is "of" ("the detention of 40 protesters",
    "the evacuation of 3,000": arrested, evacuated), told by the act's noun where another outlet tells its verb
    ("40 protesters were detained"); a noun of a group of its own keeps it first, as with the verb ("the
    demolition of 300 homes" counts buildings), unless the group says who is counted ("the evacuation of 3,000
    residents" counts the evacuated, as "3,000 residents were evacuated" does)."""
    if counted.dep_ != "pobj" or counted.head.lower_ != "of" or counted.head.head.i == counted.head.i:
        return None
    group = _group(counted.head.head)
    return group if group in TOLLS else None


def _group(t: Token) -> str | None:
    """The synonym group of a word, or the toll group of the verb a noun of an act is made from: "40 detentions"
    counts the arrested as "detained 40" does. Only tolls: the suffix rules also find verbs in nouns of no act
    ("finals" -> "fine", "housing" -> "house"), whose groups would name a measure the outlet never wrote."""
    found = group_of(t)
    if found is None and t.tag_ in ("NN", "NNS"):
        act = measure_group(act_verb(lemma(t)))
        found = act if act in TOLLS else None
    return found


# Prepositions whose object is the state a verb leaves its object in: "stabbed to death", "taken into custody";
# not "life", which a toll's group holds for "lost their lives" ("sentenced to life", "added years to his life").
_STATE_PREPS = frozenset(("to", "into"))
_NO_STATE = frozenset(("life",))
# Verbs that find, declare or report a state rather than cause it: "found dead on Tuesday" dates the finding
# (a killing the day before is another day of the story), "reported dead" a report. Not "pronounce": "pronounced
# dead at the scene on Saturday" is the death's own day, as "died on Saturday" tells it.
_STATE_TELLERS = REPORTING_VERBS | {"find", "discover", "declare", "fear", "presume", "believe"}


# Verbs that keep their subject in a state their complement names ("the line will stay closed", "schools
# remained shut", "the road was kept closed"): a length on them is the state's, the act the complement's verb tells.
_KEEPING = frozenset(("stay", "remain", "keep"))


def kept_state(verb: Token) -> str | None:
    """The verb of the state a keeping verb holds its subject in ("will stay closed for seven days": "close",
    as "will be closed for ten days" reads), when its complement is a participle of a listed verb; else None.
    Outlets tell one closure's length with either ("closed for a week" / "remain closed for ten days")."""
    if lemma(verb) not in _KEEPING:
        return None
    for c in children(verb):
        if c.dep_ in ("acomp", "oprd") and c.tag_ in ("JJ", "VBN") and c.lower_.endswith(("ed", "shut")):
            found = lemma_as(c.lower_, "VBN")
            if found in lemma_words("verb"):
                return measure_group(found) or found
    return None


def result_of(verb: Token) -> str | None:
    """The toll a verb's act leaves its object in, when the verb says it beside its own lemma: "shot dead",
    "beaten to death" (the dead), "taken into custody" (the arrested); a date of such an act dates that toll's
    act, as "killed on Friday" does (a count of it already counts the toll: analyze.counted_noun). Not a
    participle clause beside the verb: "was charged on Monday after a raid, killing a guard" dates the charge."""
    if not verb.tag_.startswith("VB") or lemma(verb) in _STATE_TELLERS:
        return None
    states = [c for c in children(verb) if c.dep_ in ("advmod", "acomp", "oprd")]
    states += [g for c in children(verb) if c.dep_ == "prep" and c.lower_ in _STATE_PREPS for g in children(c)
               if g.dep_ == "pobj" and lemma(g) not in _NO_STATE]  # fmt: skip
    return next((g for t in states if (g := MEASURES.get(lemma(t))) in TOLLS), None)


_OWN_PREPS = frozenset(("of", "by", "to"))


def _own_clause(chain: Sequence[Token]) -> int:
    """How much of a figure's head chain can name its measure: up to a relative or adverbial clause's verb ("the
    depot where 40 drivers were on shift": not the depot; an adverbial clause's whose subject the figure counts,
    "nobody was hurt, although 14 people had to be lifted out": not the hurt; or whose object it counts, "were hurt
    when a march drew 12,000 people": not the hurt either), and up to a counted noun that is a
    preposition's object ("voted at 2,000 booths", "injured in three attacks": the booths, the attacks are
    counted, not the voting or the injured); not "people" ("rose to 11 people": the toll's), nor after "of", "by"
    or "to", which ``_measure_word`` reads ("a mother of 12", "arrested by eight officers", "the toll rose to 11")."""
    for i, t in enumerate(chain):
        if (
            t.dep_ == "relcl"
            or t.dep_ == "advcl"
            and i
            and chain[i - 1].dep_ in ("nsubj", "nsubjpass", "dobj")
        ):
            return i + 1  # an adverbial clause whose subject or object is counted says itself what befell it
        if i == 1 and t.tag_.startswith("NN") and t.dep_ == "pobj" and t.head.lower_ not in _OWN_PREPS:
            if lemma(t) not in GENERIC_NOUNS:
                return i + 1
    return len(chain)


_EVENT_ARGS = ("nsubj", "nsubjpass", "dobj")
# "said", "had", "rose": no event of their own
_NOT_EVENT_VERBS = REPORTING_VERBS | GENERIC_VERBS | UPDATE_WORDS


def event_of(root: Token) -> str:
    """What a figure is of, as measure groups or lemmas: the nouns on its way up to the first content verb ("the
    4:43 a.m. quake", "a toll of 11"), that verb, and the verb's subject and object nouns ("the quake struck at
    4:43" -> "strike quake"; "the aftershock hit at 7:48" -> "hit aftershock"). Two outlets' figures whose events
    share no word are two things, however alike their sentences."""
    found: list[Token] = []
    for tok in [*root.ancestors][: _HOPS + 2]:
        if tok.tag_.startswith("VB"):
            if lemma(tok) in _NOT_EVENT_VERBS:
                continue
            args = [c for c in children(tok) if c.dep_ in _EVENT_ARGS]
            # a relative clause's "who"/"which" stands for the noun it modifies: "the mayor, who stayed silent"
            args += [tok.head for c in args if c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl"]
            found += [tok, *args, *(n for a in args for n in _class_nouns(a))]
            break
        found.append(tok)
    tally = completed_noun(root)
    found += _tallied(tally) if tally is not None else []  # "the number of flooded homes has risen to 30"
    # a scale glued to a figure ("$2m" is "$" "2" "m") is the figure's, no noun of the event
    words = {
        lemma(t)
        for t in found
        if t.tag_[:2] in ("VB", "NN")
        and not t.like_num
        and t.lower_ not in SCALES
        and not t.is_punct
        and any(c.isalpha() for c in lemma(t))  # a clitic ("'s" of "that's") names no event
    }
    groups = {
        EVENTS.get(w) or measure_group(w) or w
        for w in words - GENERIC_NOUNS - CALENDAR_WORDS - REPORTING_VERBS - GENERIC_VERBS
    }
    return " ".join(sorted(groups))


def _class_nouns(name: Token) -> list[Token]:
    """The common nouns a name is introduced with ("the ferry Corvina Star", "the trawler Ocean Pride": the ferry,
    the trawler): news names a thing once with its class noun and other outlets call it by that noun alone ("the
    ferry sank on Saturday"), so the name's event holds the noun too. Only a proper noun's lower-case compounds."""
    if name.tag_ not in ("NNP", "NNPS"):
        return []
    return [c for c in children(name) if c.dep_ == "compound" and c.tag_ in ("NN", "NNS") and c.i < name.i]


def subject_of(root: Token, specs: bool = False) -> str | None:
    """The subject of the verb above the value, as its head word (a name keeps its compound: "Ali Khan"; a relative
    pronoun is the name it stands for), with
    its modifiers' product specifications ("the 13-inch model", "the 64GB version": its battery life or weight is
    no rival to the 15-inch model's); with ``specs`` (a sum's) any modifier's figure ("8900" of "BlackBerry 8900
    Curve")."""
    subj = verb_subject(root)
    if subj is None or subj is root or root in subj.subtree:
        return None
    if subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl" and subj.head.head.tag_ in ("NNP", "NNPS"):
        subj = subj.head.head  # "Harbour Lights, which won four awards": the name "which" stands for
    parts = [(c, _spec(c, specs)) for c in children(subj) if c.dep_ in ("compound", "amod")]
    kept = [spec or c.text for c, spec in sorted(parts, key=lambda p: p[0].i) if c.dep_ == "compound" or spec]
    order = next(filter(None, map(_order_word, [subj, *_owners(subj)])), None)
    return " ".join([*([order] if order else []), *kept, subj.text])


def _order_word(noun: Token) -> str | None:
    """The ordinal or contrast adjective of a noun that tells one of a story's things from another of its kind ("the
    second quake", "the earlier crash", "the previous price"), lower-cased."""
    for c in children(noun):
        # an ordinal is read only where spaCy tags one: text2num on every adjective costs the analysis time
        ordered = c.lower_ in ORDER_SIDES or c.ent_type_ == "ORDINAL" and order_of(c.lower_) is not None
        if c.dep_ == "amod" and c.i < noun.i and ordered:
            return c.lower_
    return None


def _owners(noun: Token) -> list[Token]:
    """The nouns a noun is of: its owner and its "of" object ("the second quake's depth", "the depth of the
    second quake")."""
    ofs = [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)]
    return [c for c in children(noun) if c.dep_ == "poss"] + [g for g in ofs if g.dep_ == "pobj"]


def _spec(modifier: Token, any_figure: bool) -> str | None:
    """A modifier's words if they hold a figure, a specification that tells one product from another: "13-inch"
    (three tokens), "64GB", "8900" of "BlackBerry 8900 Curve"; unless ``any_figure``, only a figure of a
    product's unit (lexicon.measures SPEC_UNITS: "13-inch", "64GB"), so "a 20-year-old man" keeps no age."""
    words = modifier.doc[modifier.left_edge.i : modifier.right_edge.i + 1]
    if len(words) > _SPEC_WORDS or not any(c.isdecimal() for c in words.text):
        return None
    product = any(t.lower_ in SPEC_UNITS or glued_spec([t]) is not None for t in words)
    return words.text if any_figure or product else None


_SPEC_WORDS = 4


def subject_word(root: Token) -> str | None:
    """The subject's head as a measure of a sum with no other ("the fine was $5m"), if it is a noun's word:
    "That" of "That's $100 cheaper" names nothing measured."""
    subj = verb_subject(root)
    if (
        subj is None
        or subj is root
        or root in subj.subtree
        or not subj.is_alpha
        or subj.tag_[:2] in ("PR", "DT", "WD")
    ):
        return None
    return subj.lower_
