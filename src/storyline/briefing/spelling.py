"""Name spellings across outlets: one person's or place's name written differently by independent outlets is a
``spelling`` conflict (Sergey/Sergei, Wolfe/Wolff); the same name in 2+ outlets is a ``spelling`` agreement (how
a briefing records who is named). Rules of eval/claims/PROTOCOL.md:
- case, spaces and hyphens are no difference ("Del Ferro"/"DelFerro", "WALLY"/"Wally"), nor accents a line in
  capitals drops; an accent one outlet writes and another drops ("Tomás"/"Tomas") is a letter changed;
- short forms are the same spelling: a surname alone, a dropped middle name or initial, a generational suffix,
  an initial for a first name, a nickname ("Bill"/"William", from the curated ``nicknames`` package);
- one letter added, dropped or changed is a conflict, also for a nickname one letter away ("Jon"/"John"); so is a
  one-word place transliterated two ways ("Qasrabad"/"Kasrabad"), tagged or not.
Names inside quotations count too (a misspelt name is the outlet's spelling whoever speaks). Only forms that
share an initial, their words in another order or a one-word transliteration key are compared (``_pairs``), so a
story's thousands of names cost no quadratic pass of edit distances.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import DisjointSet

from storyline.analyze.entities import PLACE_LABELS, clean_name, person_parts, similar
from storyline.briefing.locate import Locator
from storyline.briefing.name_letters import (
    exonym,
    first_variant,
    letter_added,
    one_letter,
    related,
    same_first,
    spell_keys,
    spelt_alike,
    transliterated,
    transliteration_key,
    written_alike,
)
from storyline.briefing.person_role import WORD, role_text
from storyline.briefing.speakers import TITLES, quote_grams
from storyline.briefing.working_set import Corpus
from storyline.briefing.written_roles import written_roles
from storyline.extract.linear import LinearModel, load_linear
from storyline.lexicon.dates import MONTHS, WEEKDAYS
from storyline.lexicon.folding import spell_key
from storyline.lexicon.speech import SPEECH_VERBS
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import NAME_TITLES
from storyline.model import UPDATED, Analysis, Citation, Claim, Conflict
from storyline.settings import BriefSettings

_MODEL_PATH = Path(__file__).with_name("key_names.json")
# Not NORP: "Canadian" is no spelling of "Canada".
_NAME_LABELS = frozenset(("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"))


@dataclass(frozen=True)
class _Use:
    """One name mention: where, whose outlet, and its words (titles, article and suffix stripped)."""

    article_id: str
    start: int
    end: int
    group: str  # person, or name (an organisation's, a place's, a product's)
    label: str  # the tagger's label (PERSON, ORG, GPE, ...)
    words: tuple[str, ...]  # spelling keys of the name's words
    entity: str | None = None  # the resolved entity (analysis merged its aliases), for people
    capitals: bool = False  # written in capitals, which often drop accents ("JOSE NUNEZ")


def _marked_key(word: str) -> str:
    """``spell_key`` with the word's accents kept ("núñez"): how a name's forms are told apart, so an outlet that
    drops the accents of a name another writes with them spells it differently (PROTOCOL.md: a letter changed)."""
    s = unicodedata.normalize("NFC", word.lower())
    return "".join(ch for ch in s if ch.isalnum() and ch.isascii() or ch.isalpha())


def _not_a_name(word: str) -> bool:
    """A month, a weekday or a title word ("March" tagged a name is no spelling of "Marsh", "Prime" of
    "Prime Minister" none of "Pryce")."""
    return word in MONTHS or word in WEEKDAYS or word in TITLES


def _speaker_spans(an: Analysis) -> list[tuple[int, int]]:
    """The spans of an article's named quote speakers."""
    return [(q.speaker_start, q.speaker_end) for q in an.quotes
            if not q.anonymous and q.speaker_start is not None and q.speaker_end is not None]  # fmt: skip


def _uses(c: Corpus, analyses: Mapping[str, Analysis]) -> list[_Use]:
    out = []
    opener = _common_opener(c)
    for a in c.articles:
        an = analyses.get(a.id)
        if an is None:
            continue
        speakers = _speaker_spans(an)
        for m in an.mentions:
            line_end = _line_end(a.body, m.start, m.end)
            group = "person" if m.label == "PERSON" else "name" if m.label in _NAME_LABELS else None
            if group == "name" and any(s <= m.start and m.end <= e for s, e in speakers):
                group = "person"  # "Kesler told the AP ...": whoever is quoted speaking is a person, whatever the tag
            if group is None:
                continue
            spans = _coordinated(a.body, m.start, line_end) if group == "name" else [(m.start, line_end)]
            for start, end in spans:
                text = a.body[start:end]
                # "jewellery" tagged a name: the tagger's guess, no name an outlet capitalised
                if text.islower():
                    continue
                raw = person_parts(text) if group == "person" else clean_name(text).split()
                words = tuple(w for w in map(_marked_key, raw) if w)
                if len(words) == 1 and (_not_a_name(spell_key(words[0])) or opener(a.id, start, text)):
                    continue
                if words and any(ch.isalpha() for ch in "".join(words)):
                    entity = m.entity_id if m.label == "PERSON" else None
                    out.append(_Use(a.id, start, end, group, m.label, words, entity, text.isupper()))
    return out


def _common_opener(c: Corpus) -> Callable[[str, int, str], bool]:
    """Whether a one-word tagged name opens a sentence and the story also writes it in lower case, or writes it
    capitalised nowhere but at a sentence's start (``_capitalised_within``): a common word capitalised by its place
    ("Reservoirs were 31% full" in three outlets, tagged a person; eval/claims.py --kinds16 s03 agreed it as a
    name; "Turnout was 64%" in four, kinds17 s04), as ``_uncovered`` reads an untagged one. The story's lower-case
    words (``Corpus.lower_words``) are read only once such a word is met."""
    starts = {(s.article_id, s.start) for s in c.sentences}
    named: dict[str, bool] = {}

    def opener(article_id: str, start: int, text: str) -> bool:
        if (article_id, start) not in starts:
            return False
        if text not in named:
            named[text] = text.lower() not in c.lower_words and _capitalised_within(c, text, starts)
        return not named[text]

    return opener


# Characters that may stand between a sentence's start and its first word
_OPENERS = "\"'“‘("


def _capitalised_within(c: Corpus, word: str, starts: set[tuple[str, int]]) -> bool:
    """Whether a story writes a word capitalised anywhere but at a sentence's start (after an opening quote), or
    opens sentences with it in one article only: a name is written so in some outlet, in the middle of a sentence
    or after a given name, and a one-word name once at a sentence's start ("Brewer saw the smoke") may be one."""
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    opening = set()
    for a in c.articles:
        for m in pattern.finditer(a.body):
            at = m.start()
            while at > 0 and a.body[at - 1] in _OPENERS:
                at -= 1
            if (a.id, at) not in starts:
                return True
            opening.add(a.id)
    return len(opening) < 2


def _line_end(body: str, start: int, end: int) -> int:
    """Where a tagged span's first line ends: a name never runs over a line break ("Gulf of Eden" ending a
    headline, the tagger's span going on into the dateline below)."""
    cut = body.find("\n", start, end)
    return end if cut < 0 else len(body[start:cut].rstrip()) + start


_AND = re.compile(r"\s+(?:and|&)\s+")


def _coordinated(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The one-word names a tagged span joins with "and" ("the villages of Tavalieh and Koska" tagged as one
    name), else the span itself: each is compared on its own. A longer part keeps the span whole ("Procter and
    Gamble Co" is one name)."""
    cuts = list(_AND.finditer(body, start, end))
    edges = [start, *(x for m in cuts for x in (m.start(), m.end())), end]
    parts = list(zip(edges[::2], edges[1::2], strict=True))
    if not cuts or any(len(body[s:e].split()) != 1 or not body[s:e][:1].isupper() for s, e in parts):
        return [(start, end)]
    return parts


# Initials that romanise one hard sound of Arabic, Persian or Slavic names ("Gaddafi"/"Qaddafi"/"Kaddafi",
# "Gasparov"/"Kasparov"); transliteration_key writes q as k
_HARD_INITIALS = frozenset("gc")


def _pairs(names: Sequence[tuple[str, ...]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The pairs of forms that can be one name: the same first word's or last word's initial (every rule of
    ``related`` keeps one of them: a differing word keeps its initial, a nickname its surname), the same
    words in another order, or one word transliterated alike."""
    buckets: dict[tuple, list[int]] = {}
    for i, f in enumerate(names):
        folded = spell_keys(f)
        keys = {("first", folded[0][:1]), ("last", folded[-1][:1]), ("words", tuple(sorted(folded)))}
        if len(folded) == 1:  # a transliteration may start with another letter ("Qasrabad"/"Kasrabad")
            keys.add(("sounds", transliteration_key(folded[0])))
            if folded[0][:1] in _HARD_INITIALS:  # ... a hard g or c for a q or k ("Gaddafi"/"Qaddafi")
                keys.add(("sounds", transliteration_key("k" + folded[0][1:])))
        for key in keys:
            buckets.setdefault(key, []).append(i)
    pairs = {(i, j) for ids in buckets.values() for n, i in enumerate(ids) for j in ids[n + 1 :]}
    return [(names[i], names[j]) for i, j in sorted(pairs)]


def spellings(
    c: Corpus, analyses: Mapping[str, Analysis], settings: BriefSettings
) -> tuple[list[Conflict], list[Claim], list[Claim]]:
    """Spelling conflicts, agreements on the names the key-name model (key_names.json) rates a key fact (every
    name two outlets give otherwise), and the names it rates background: most names several outlets write alike
    are. A place needs a higher rating than a person or an organisation; both floors ship with the model
    (``key_name_min_probability`` and ``key_place_min_probability`` override them)."""
    conflicts, candidates = name_candidates(c, analyses, settings)
    model = _key_model()
    if model is None:
        return conflicts, [claim for claim, _f in candidates], []
    place = KEY_FEATURES.index("place")
    name_floor = settings.key_name_min_probability
    place_floor = settings.key_place_min_probability
    name_floor = model.extra["floor"] if name_floor is None else name_floor
    place_floor = model.extra["place_floor"] if place_floor is None else place_floor
    keep, background = [], []
    for claim, feats in candidates:
        floor = place_floor if feats[place] > 0.5 else name_floor
        (keep if model.probability(feats) >= floor else background).append(claim)
    return conflicts, keep, background


@cache
def _key_model() -> LinearModel | None:
    """None without weights for these features (refit: eval/train_key_names.py)."""
    return load_linear(_MODEL_PATH, KEY_FEATURES)


def _link_forms(
    forms: Mapping[tuple[str, ...], list[_Use]],
    people: set[tuple[str, ...]],
    threshold: float,
    context: _Context,
    min_transliterated: int,
) -> tuple[DisjointSet, set[tuple]]:
    """The written forms joined as one name's (same or variant spellings), and the variant pairs: the seeds of
    spelling conflicts. ``context``: the jobs and quotes outlets write with each person's form;
    ``min_transliterated``: BriefSettings.spelling_min_transliterated."""
    entities = {f: {u.entity for u in us if u.entity} for f, us in forms.items()}
    names = list(forms)
    refs = DisjointSet(list(forms))
    clash: set[tuple] = set()
    # words one written name holds both of are two words ("Del Solares Solars": "Solares" is no "Solars")
    together = {frozenset((a, b)) for f in names if len(f) >= 2 for a in f for b in f if a != b}
    places = {f for f, us in forms.items() if len(f) == 1 and any(u.label in PLACE_LABELS for u in us)}
    capitals = {f for f, us in forms.items() if all(u.capitals for u in us)}
    for x, y in _pairs(names):
        one = bool(entities[x] & entities[y])
        if x != y and spell_keys(x) == spell_keys(y):
            # a person's accents one outlet drops ("Tomás"/"Tomas"); not in a line of capitals ("JOSE NUNEZ"),
            # nor of a place ("Vendome": eval/claims.py fit 24_ecbplus gold agreement)
            variant = {x, y} <= people and not {x, y} & capitals
            same = not variant
        else:
            same, variant = related(x, y, bool({x, y} & people), threshold, one)
            variant = variant or (
                not same and {x, y} <= people and _one_holder(x, y, context, _apart(x, y, forms))
            )
        if not same and {x, y} & places:
            variant = (
                variant or exonym(x, y) or (transliterated(x, y, min_transliterated) and _apart(x, y, forms))
            )
        if variant and len(x) == len(y) == 1 and frozenset((x[0], y[0])) in together:
            continue
        if variant and len(x) == len(y) == 1 and not _apart(x, y, forms):
            continue  # one word each, an article writes both ("Keldar freed 58" / "64 Keldari prisoners")
        if variant and (_two_people(x, y, forms) or context.two_jobs(x, y)):
            continue
        if same or variant:
            refs.merge(x, y)
        if variant:
            clash.add((x, y))
    return refs, clash


@dataclass
class _Context:
    """What outlets write with each person's written form (``_context``): the jobs beside it, the word 3-grams
    of the quotes credited to it, the ages given to it and the acts it does or undergoes (an event's role and
    verb); ``overlap``/``min_grams``: how much of two quotes
    makes one quote (settings.quote_overlap, min_quote_grams, as speaker conflicts compare quotes);
    ``similarity``: how alike two surnames they show one person's must be."""

    titles: dict[tuple[str, ...], set[tuple[str, ...]]]
    posts: dict[tuple[str, ...], set[tuple[str, ...]]]  # every title, posts of many holders too
    quotes: dict[tuple[str, ...], list[set[tuple[str, ...]]]]
    ages: dict[tuple[str, ...], set[str]]
    acts: dict[tuple[str, ...], set[tuple[str, str]]]
    overlap: float
    min_grams: int
    similarity: float  # settings.context_name_similarity
    first_similarity: float  # settings.name_similarity, for first names spelt two ways
    min_surname: int  # settings.spelling_min_surname, a surname written alone
    min_full_surname: int  # settings.spelling_min_full_surname, a full name's surname

    def two_jobs(self, x: tuple[str, ...], y: tuple[str, ...]) -> bool:
        """Whether outlets write the two forms with unlike jobs only ("midfielder Ryan Cole" / "defender Ryan
        Cowle"): two people of one team or office named alike, not one name misspelt."""
        return _unlike_jobs(self.titles.get(x, set()), self.titles.get(y, set()))

    def one_post(self, x: tuple[str, ...], y: tuple[str, ...], first_x: str, first_y: str) -> bool:
        """Two full names of one surname whose first names are ``similarity`` alike ("Graham" / "Graeme") written
        with one post, though an article gives it to people of other surnames too (two companies' chief
        executives): such a post names no one person, but one surname and first names that alike under it are
        one person's name spelt two ways; unlike first names ("Mark" / "Mike") stay two people."""
        return bool(self.posts.get(x, set()) & self.posts.get(y, set())) and spelt_alike(
            first_x, first_y, self.similarity
        )

    def shared(
        self, x: tuple[str, ...], y: tuple[str, ...], alike: bool = False, apart: bool = False
    ) -> bool:
        """Whether the two forms are written with the same job or credited with one quote. ``alike``: names
        spelt alike, which a job one outlet writes shorter ("chief" / "police chief") or the same age ties too
        (no evidence for two first names: twins and siblings share a surname and an age; two ministers a
        word), and, when no article writes both (``apart``), the same act ("Jonny Reece scored twice" / "Rees
        has scored 21 goals"): outlets tell one person's deed under each spelling, as they give one job."""
        tx, ty = self.titles.get(x, set()), self.titles.get(y, set())
        if tx & ty:
            return True
        if alike and (_shorter_job(tx, ty) or self.ages.get(x, set()) & self.ages.get(y, set())):
            return True
        if alike and apart and self.acts.get(x, set()) & self.acts.get(y, set()):
            return True
        return any(
            min(len(a), len(b)) >= self.min_grams and len(a & b) / min(len(a), len(b)) >= self.overlap
            for a in self.quotes.get(x, ()) for b in self.quotes.get(y, ())
        )  # fmt: skip


def _unlike_jobs(tx: set[tuple[str, ...]], ty: set[tuple[str, ...]]) -> bool:
    """Both sets hold jobs and none of one shares its head word with one of the other's ("midfielder" /
    "defender"; "police chief" / "chief" share theirs)."""
    return bool(tx and ty) and not any(a[-1] == b[-1] for a in tx for b in ty)


def _shorter_job(tx: set[tuple[str, ...]], ty: set[tuple[str, ...]]) -> bool:
    """A title of one set that is one of the other's with words left out: the same job ("police chief" /
    "chief")."""
    return any(a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a)) for a in tx for b in ty)


def _one_holder(x: tuple[str, ...], y: tuple[str, ...], context: _Context, apart: bool = False) -> bool:
    """Two full names outlets write with the same job ("coach Mark Ames" / "Mike Ames, the coach") or credit
    with one quote: one person an outlet misnamed (PROTOCOL.md: any other letter sequence for one name is a
    conflict), when the surname is the same and the first names unrelated, or the first names alike or spelt
    two ways ("Sergei"/"Sergey") and the surnames ``context.similarity`` alike ("Hale"/"Hales", "Ivanov"/
    "Ivannov": the letters the spelling rules alone decline), which a shorter job or the same age ties too; so
    are two surnames alone, with one initial, that alike ("Okonkwo"/"Okonkow": two letters swapped). Two
    people of one surname keep apart by their jobs ("Defence Minister" / "Foreign Minister", a father and his
    son) and by an article naming both (``_two_people``)."""
    wx, wy = spell_keys(x), spell_keys(y)
    if len(wx) == len(wy) == 1:  # surnames alone ("Mr Okonkwo" / "Mr Okonkow, the finance minister")
        (a,), (b,) = wx, wy
        alike = (
            a[:1] == b[:1]
            and min(len(a), len(b)) >= context.min_surname
            and similar(a, b) >= context.similarity
        )
        return alike and context.shared(x, y, alike=True, apart=apart)
    if len(wx) < 2 or len(wy) < 2:
        return False
    # a first name, not an initial or a title the tagger took into the name ("Deputy Ortega")
    if any(len(w[0]) < 3 or w[0] in NAME_TITLES or w[0] in TITLES for w in (wx, wy)):
        return False
    if wx[-1] == wy[-1]:
        return not same_first(wx[0], wy[0]) and (context.shared(x, y) or context.one_post(x, y, wx[0], wy[0]))
    alike = (
        min(len(wx[-1]), len(wy[-1])) >= context.min_full_surname
        and similar(wx[-1], wy[-1]) >= context.similarity
    )
    firsts = same_first(wx[0], wy[0]) or first_variant(wx[0], wy[0], context.first_similarity, initial=False)
    return alike and firsts and context.shared(x, y, alike=True, apart=apart)


def _context(
    c: Corpus, analyses: Mapping[str, Analysis], uses: Sequence[_Use], settings: BriefSettings
) -> _Context:
    """The jobs written beside each person's written form, each as its title's words with the job's one name for
    its synonyms ("Defence Minister" -> ("defence", "minister"), "a spokeswoman for" -> ("spokesperson",)), but
    no post an article gives two people of other surnames; the quotes credited to it, and the ages given to
    it."""
    at: dict[str, list[_Use]] = {}
    for u in uses:
        if u.group == "person":
            at.setdefault(u.article_id, []).append(u)

    def form(article_id: str, start: int) -> tuple[str, ...] | None:
        return next((u.words for u in at.get(article_id, ()) if u.start <= start < u.end), None)

    titles: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    holders: dict[tuple[str, tuple[str, ...]], set[str]] = {}  # (article, title) -> surnames it is given
    for r in written_roles(c, analyses):
        if r.job and not r.verb and (f := form(r.article_id, r.name[0])):
            *mods, _head = WORD.findall(role_text(c, r).lower()) or [""]
            title = (*(w for w in mods if w not in STOP_WORDS and w not in r.job.split()), *r.job.split())
            titles.setdefault(f, set()).add(title)
            holders.setdefault((r.article_id, title), set()).add(f[-1])
    # a post an article gives two people ("Senator Ann Lee and Senator Ted Barnes") names no one person
    many = {title for (_a, title), surnames in holders.items() if len(surnames) >= 2}
    posts, titles = titles, {f: ts - many for f, ts in titles.items()}
    quotes: dict[tuple[str, ...], list[set[tuple[str, ...]]]] = {}
    ages: dict[tuple[str, ...], set[str]] = {}
    acts: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for an in analyses.values():
        for e in an.events if an.article_id in c.by_id else ():
            if e.negated or e.verb in SPEECH_VERBS:
                continue  # what someone said is no deed of theirs (analysis.events keeps no being or having)
            for part, name in (("subject", e.subject), ("object", e.object)):
                if name:  # analysis.events: the resolved entity's name
                    acts.setdefault(tuple(map(_marked_key, person_parts(name))), set()).add((part, e.verb))
        for q in an.quotes if an.article_id in c.by_id else ():
            if q.speaker_start is not None and (f := form(q.article_id, q.speaker_start)):
                quotes.setdefault(f, []).append(quote_grams(q.verbatim))
        for k in an.claims if an.article_id in c.by_id else ():
            if k.measure == "age" and k.owner:  # analyze.owners: the full name the parse gives the age to
                ages.setdefault(tuple(map(_marked_key, person_parts(k.owner))), set()).add(k.value)
    return _Context(
        titles,
        posts,
        quotes,
        ages,
        acts,
        settings.quote_overlap,
        settings.min_quote_grams,
        settings.context_name_similarity,
        settings.name_similarity,
        settings.spelling_min_surname,
        settings.spelling_min_full_surname,
    )


def _apart(x: tuple[str, ...], y: tuple[str, ...], forms: Mapping[tuple[str, ...], list[_Use]]) -> bool:
    """No article writes both forms: an outlet that names both ("the villages of Merabad and Marabad") tells two
    places apart; it does not spell one two ways against itself."""
    return {u.article_id for u in forms[x]}.isdisjoint(u.article_id for u in forms[y])


def _two_people(x: tuple[str, ...], y: tuple[str, ...], forms: Mapping[tuple[str, ...], list[_Use]]) -> bool:
    """Two full names of one surname and other first names written in one article ("Tom Reyes" and his cousin
    "Tim Reyes"): the outlet names two people; it does not misspell one against itself. First names written
    alike (``written_alike``: "Bettie"/"Betty", "Sergey"/"Sergei") are one name written two ways."""
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1] or written_alike(x[0], y[0]):
        return False
    return not _apart(x, y, forms)


def _link_surnames(
    c: Corpus,
    uses: Sequence[_Use],
    forms: dict[tuple[str, ...], list[_Use]],
    people: set[tuple[str, ...]],
    refs: DisjointSet,
    clash: set[tuple],
    threshold: float,
) -> None:
    """Each lone word joined to the full person name whose surname it is ("Okafor" after "Dale Okafor") or
    misspells (a variant pair, added to ``clash``); first the capitalised words the tagger missed (``_untagged``)
    join ``forms`` and ``people``."""
    names = list(forms)
    # surname -> its most used full form ("Dale Okafor", not "WR Okafor")
    surnames: dict[str, tuple[str, ...]] = {}
    for f in names:
        if len(f) >= 2 and f in people and len(forms[f]) > len(forms.get(surnames.get(f[-1], ()), ())):
            surnames[f[-1]] = f
    firsts = {f[0] for f in names if len(f) >= 2}
    named: dict[str, set[str]] = {}  # article -> surnames of the full names it gives
    for f in names:
        for u in forms[f] if len(f) >= 2 and f in people else ():
            named.setdefault(u.article_id, set()).add(f[-1])
    for u in _untagged(c, uses, surnames, {w for f in forms for w in f}, threshold):
        forms.setdefault(u.words, []).append(u)
        refs.add(u.words)
        people.add(u.words)
    for f in [f for f in forms if len(f) == 1]:
        (word,) = f
        if word in surnames:  # "Okafor", tagged a person or not, after "Dale Okafor"
            refs.merge(f, surnames[word])
            continue
        # "Lu" in the article naming "Mara Wu", "Brendt" (tagged ORG) beside "J. Paul Brandt": the surname of a full
        # name its own article gives, one letter changed
        own = {s for u in forms[f] for s in named.get(u.article_id, ())}
        close = sorted(s for s in own if len(s) == len(word) and word.isalpha() and one_letter(word, s))
        if f in people and not close:
            close = [s for s in surnames if spelt_alike(word, s, threshold) or _end_added(word, s)]
        if len(close) == 1 and word not in firsts:
            refs.merge(f, surnames[close[0]])
            clash.add((f, surnames[close[0]]))


def _end_added(word: str, surname: str) -> bool:
    """A lone name and a full name's surname of 5+ letters, one with a letter added at its end ("Zelensky" /
    "Volodymyr Zelenskyy"), which ``spelt_alike`` declines (one inside the other); not an "a" or "e", which make
    a lone first name of a surname ("Daniel" / "Daniela", "Louis" / "Louise"). Of 4 letters when the letter is an
    "h" after a final vowel, which romanises a long vowel ("Sato" / "Satoh", "Kato" / "Katoh"): one name
    written two ways, as ``transliteration_key`` reads a place's."""
    short, long = sorted((word, surname), key=len)
    if not letter_added(short, long) or long[-1] in "ae":
        return False
    return len(short) >= 5 or (len(short) == 4 and long[-1] == "h" and short[-1] in "aiou")


_LISTED = re.compile(r"\s*(?:,|,?\s+and|&)\s+")


def _lists(c: Corpus, uses: Sequence[_Use]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(article, name, name) of two one-word names an article lists together ("the villages of Tavalieh and
    Koska", "Koska, Tavalieh")."""
    by_article: dict[str, list[_Use]] = {}
    for u in uses:
        by_article.setdefault(u.article_id, []).append(u)
    out = []
    for aid, us in by_article.items():
        us.sort(key=lambda u: u.start)
        body = c.by_id[aid].body
        for u, v in itertools.pairwise(us):
            if len(u.words) == len(v.words) == 1 and _LISTED.fullmatch(body, u.end, v.start):
                out.append((aid, u.words, v.words))
    return out


def _link_listed(
    c: Corpus, uses: Sequence[_Use], refs: DisjointSet, clash: set[tuple], threshold: float
) -> None:
    """Two names two outlets list together, one of them spelt two ways ("Tavalieh and Koska" / "Kosca and
    Tvalieh"): the outlets transliterate the list's names from one source, so its other name, spelt with the same
    initial and ``threshold`` of its letters alike, is the same place or person written two ways too."""
    key_of = c.outlet_keys()
    lists = _lists(c, uses)
    for n, (a, p, q) in enumerate(lists):
        for b, r, s in lists[n + 1 :]:
            if key_of.get(a) == key_of.get(b):
                continue
            for (x, y), (z, w) in (((p, q), (r, s)), ((p, q), (s, r)), ((q, p), (r, s)), ((q, p), (s, r))):
                spelt = (x, z) in clash or (z, x) in clash
                if not spelt or refs.connected(y, w) or y[0][:1] != w[0][:1]:
                    continue
                if similar(spell_key(y[0]), spell_key(w[0])) >= threshold:
                    refs.merge(y, w)
                    clash.add((y, w))


def name_candidates(
    c: Corpus, analyses: Mapping[str, Analysis], settings: BriefSettings
) -> tuple[list[Conflict], list[tuple[Claim, list[float]]]]:
    """Spelling conflicts, and every name 2+ outlets write alike as a candidate agreement with its features."""
    uses = _uses(c, analyses)
    key_of = c.outlet_keys()
    forms: dict[tuple[str, ...], list[_Use]] = {}
    for u in uses:
        forms.setdefault(u.words, []).append(u)
    for u in _untagged_places(c, uses, forms, settings.spelling_min_transliterated):
        forms.setdefault(u.words, []).append(u)
    people = {f for f, us in forms.items() if any(u.group == "person" for u in us)}
    refs, clash = _link_forms(
        forms,
        people,
        settings.name_similarity,
        _context(c, analyses, uses, settings),
        settings.spelling_min_transliterated,
    )
    _link_surnames(c, uses, forms, people, refs, clash, settings.name_similarity)
    _link_listed(c, uses, refs, clash, settings.context_name_similarity)
    loc = Locator(c)
    clash = {pair for pair in clash if not any(all(_in_headline(c, loc, u) for u in forms[f]) for f in pair)}
    roles = _event_roles(c, analyses)
    speakers = {aid: _speaker_spans(an) for aid, an in analyses.items()}
    topical = _topicality(c)
    conflicts, agreements = [], []
    n_outlets = len(set(c.keys))
    for group in refs.subsets():
        members = sorted(group, key=lambda f: (-len(forms[f]), f))
        outlets = {key_of.get(u.article_id) for f in members for u in forms[f]}
        if len(outlets) < 2:
            continue
        if any(f in pair for pair in clash for f in members):
            odd = {f for pair in clash for f in pair}
            conflicts.append(
                _conflict(c, loc, members, forms, [f for f in members if len(f) >= 2 or f in odd], settings)
            )
        else:
            uses = [u for f in members for u in forms[f]]
            feats = _key_features(
                c, loc, uses, len(outlets), n_outlets, bool(set(members) & people), roles, speakers, topical
            )
            agreements.append((_agreement(c, loc, members, forms), feats))
    # how many names the story's outlets write alike: a story naming many (an obituary recalling a scandal's
    # cast) has more background people, and its key ones stand out less (eval/train_key_names.py)
    return conflicts, [(claim, [*feats, float(len(agreements))]) for claim, feats in agreements]


_TITLE_WORD = re.compile(r"\b[^\W\d_]{4,}")


def _in_headline(c: Corpus, loc: Locator, u: _Use) -> bool:
    """A use in a title-cased line that is no prose ("Warehouse Fire Leaves Old Mill In Ruins"): every
    word is capitalised there, so the tagger's span is a headline fragment, no name written as the outlet
    spells it (PROTOCOL.md: case artefacts of titles are no spelling conflicts)."""
    i = loc.sentence(u.article_id, u.start)
    if i is None:
        return True
    words = _TITLE_WORD.findall(c.sentences[i].text)
    title = all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)  # not an all-caps body
    return not c.prose[i] and len(words) >= 2 and title


KEY_FEATURES = (
    "outlet_share", "outlets", "person", "words", "lead", "uses_per_outlet", "first_at", "initial", "org", "place",
    "headline", "actor", "event_place", "speaker", "topical", "candidates",
)  # fmt: skip


def _event_roles(c: Corpus, analyses: Mapping[str, Analysis]) -> dict[str, tuple[set[str], set[str]]]:
    """Per article, the names (spelling keys) that do or undergo one of its events, and the events' places."""
    out = {}
    for a in c.articles:
        an = analyses.get(a.id)
        events = an.events if an else ()
        key = lambda text: "".join(map(_marked_key, clean_name(text).split()))  # noqa: E731
        out[a.id] = (
            {key(n) for e in events for n in (e.subject, e.object) if n},
            {key(e.place) for e in events if e.place},
        )
    return out


def _key_features(
    c: Corpus,
    loc: Locator,
    uses: Sequence[_Use],
    outlets: int,
    n_outlets: int,
    person: bool,
    roles: Mapping[str, tuple[set[str], set[str]]],
    speakers: Mapping[str, Sequence[tuple[int, int]]],
    topical: Sequence[float],
) -> list[float]:
    """What makes a name a key fact of the story rather than background: how many outlets give it, whether it
    is a person's full name, whether articles name it in their first sentences, how often."""
    articles = {u.article_id for u in uses}
    first = {a: min(u.start for u in uses if u.article_id == a) for a in articles}
    rank = {a: loc.sentence(a, at) for a, at in first.items()}
    lead = sum(1 for a in articles if rank[a] is not None and rank[a] - loc.index[a][0] < 3) / len(articles)
    first_at = sum(first[a] / max(1, len(c.by_id[a].body)) for a in articles) / len(articles)
    return [
        outlets / max(1, n_outlets),
        float(outlets),
        float(person),
        float(max(len(u.words) for u in uses)),
        lead,
        len(uses) / outlets,
        first_at,
        float(all(len(u.words) == 1 for u in uses)),
        sum(u.label == "ORG" for u in uses) / len(uses),
        sum(u.label in PLACE_LABELS for u in uses) / len(uses),
        sum(1 for u in uses if "\n" not in c.by_id[u.article_id].body[: u.start]) / len(articles),
        len({u.article_id for u in uses if "".join(u.words) in roles[u.article_id][0]}) / len(articles),
        len({u.article_id for u in uses if "".join(u.words) in roles[u.article_id][1]}) / len(articles),
        len(
            {
                u.article_id
                for u in uses
                if any(s < u.end and u.start < e for s, e in speakers.get(u.article_id, ()))
            }
        )
        / len(articles),
        max(
            (topical[i] for u in uses if (i := loc.sentence(u.article_id, u.start)) is not None), default=0.0
        ),
    ]


def _topicality(c: Corpus) -> list[float]:
    """Each sentence's TF-IDF cosine to the story's mean sentence: a name said in sentences about the story's
    event is more likely a key fact than one in background (an earlier case, a celebrity's other films)."""
    if not len(c.sentences):
        return []
    centre = np.asarray(c.words.mean(axis=0)).ravel()
    norm = float(np.linalg.norm(centre))
    return list(np.asarray(c.words @ (centre / norm)).ravel()) if norm else [0.0] * len(c.sentences)


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]{3,}\b")


def _uncovered(
    c: Corpus, uses: Sequence[_Use], known: set[str], wanted: Callable[[str], bool]
) -> Iterator[tuple[str, re.Match[str], str]]:
    """(article, match, spelling key) of each capitalised word no name mention covers, no known name holds and no
    month or title is, that ``wanted`` takes: a name the tagger missed. A word the story also writes in lower case
    is a common word opening a sentence ("That" is no "Throat"); the story's lower-case words are read only once a
    word is wanted (``Corpus.lower_words``, read once a story)."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for u in uses:
        covered.setdefault(u.article_id, []).append((u.start, u.end))
    for a in c.articles:
        for m in _CAPITALISED.finditer(a.body):
            word = _marked_key(m.group())
            if not word or word in known or _not_a_name(spell_key(word)) or not wanted(word):
                continue
            if m.group().lower() not in c.lower_words and not any(
                s <= m.start() < e for s, e in covered.get(a.id, ())
            ):
                yield a.id, m, word


def _untagged(
    c: Corpus, uses: Sequence[_Use], surnames: Mapping[str, tuple], known: set[str], threshold: float
) -> list[_Use]:
    """Uncovered words (``_uncovered``) that spell a known surname differently ("Ferriera" once in an article, an
    all-caps "OPAL"): the tagger misses a misspelt name more often than a well-spelt one."""
    by_initial: dict[str, list[str]] = {}
    for s in surnames:
        if len(s) >= 5:
            by_initial.setdefault(s[0], []).append(s)
    if not by_initial:
        return []

    def misspelt(word: str) -> bool:
        return sum(spelt_alike(word, s, threshold) for s in by_initial.get(word[0], ())) == 1

    return [
        _Use(aid, m.start(), m.end(), "person", "PERSON", (word,))
        for aid, m, word in _uncovered(c, uses, known, misspelt)
    ]


def _untagged_places(
    c: Corpus, uses: Sequence[_Use], forms: Mapping[tuple[str, ...], list[_Use]], min_letters: int
) -> list[_Use]:
    """Uncovered words (``_uncovered``) that write a one-word place the story tags transliterated another way
    ("Qasrabad" untagged, "Kasrabad" tagged a town): the tagger misses a rarer romanisation more often than the
    usual one."""
    places: dict[str, _Use] = {}  # transliteration key -> a use of the place
    for f, us in forms.items():
        place = next((u for u in us if u.label in PLACE_LABELS), None)
        if len(f) == 1 and place is not None:
            places.setdefault(transliteration_key(f[0]), place)
    if not places:
        return []

    def of_place(word: str) -> bool:
        if len(word) < min_letters:
            return False
        place = places.get(transliteration_key(word))
        return place is not None and transliterated((word,), place.words, min_letters)

    return [
        _Use(aid, m.start(), m.end(), "name", places[transliteration_key(word)].label, (word,))
        for aid, m, word in _uncovered(c, uses, {w for f in forms for w in f}, of_place)
    ]


def _agreement(c: Corpus, loc: Locator, members: Sequence, forms: Mapping) -> Claim:
    """The first sentence naming it (as the briefing's other agreements read), citing each outlet's sentences;
    its value spans are every full-name use, and a lone surname where an article has no full name."""
    uses = sorted((u for f in members for u in forms[f]), key=lambda u: (u.article_id, u.start))
    full = {u.article_id for u in uses if len(u.words) >= 2}
    uses = [u for u in uses if len(u.words) >= 2 or u.article_id not in full]
    found = [(i, u) for u in uses if (i := loc.sentence(u.article_id, u.start)) is not None]
    first = found[0][0] if found else None
    return Claim(
        c.sentences[first].text if first is not None else c.phrase(uses[0]),
        tuple(dict.fromkeys(c.cite(i) for i, _u in found)),
        outlet=c.outlet(uses[0].article_id),
        values=tuple(Citation(u.article_id, u.start, u.end) for u in uses),
        kind="spelling",
    )


def _conflict(
    c: Corpus, loc: Locator, members: Sequence, forms: Mapping, told: Sequence, settings: BriefSettings
) -> Conflict:
    """One claim per outlet and spelling; the statement names each spelling in ``told`` (not a surname alone
    that agrees with the full names) with the outlets that use it. An update (the reports changed over time)
    when an outlet corrected its own spelling (``_respelt``)."""
    claims, parts = [], []
    for f in members:
        by_article: dict[str, list[_Use]] = {}
        for u in forms[f]:
            by_article.setdefault(u.article_id, []).append(u)
        written = c.phrase(forms[f][0])
        for aid, us in by_article.items():
            claims.append(
                Claim(
                    written,
                    (loc.cite(aid, us[0].start, us[0].end),),
                    outlet=c.outlet(aid),
                    values=tuple(Citation(aid, u.start, u.end) for u in us),
                    kind="spelling",
                )
            )
        if f in told:
            parts.append(f"{', '.join(sorted({c.outlet(a) for a in by_article}))} write {written}")
    spelt = " / ".join(c.phrase(forms[f][0]) for f in told)
    if _respelt(c, told, forms, settings.update_hours):
        topic, kind = f"{UPDATED}spelling: {spelt}", "update"
    else:
        topic, kind = f"spelling: {spelt}", "spelling"
    return Conflict(topic, tuple(claims), kind=kind, statement="; ".join(parts))


def _respelt(c: Corpus, told: Sequence, forms: Mapping, hours: float) -> bool:
    """Whether an outlet stopped writing one spelling ``hours`` or more before its first article with another:
    it corrected the name (as briefing.claims reads an outlet's own later figure), not two outlets' dispute."""
    dated: dict[str, dict[object, list]] = {}
    for f in told:
        for u in forms[f]:
            published = c.by_id[u.article_id].published
            if published is not None:
                dated.setdefault(c.outlet(u.article_id) or "", {}).setdefault(f, []).append(published)
    return any(
        (min(by_form[g]) - max(by_form[f])).total_seconds() >= hours * 3600
        for by_form in dated.values() for f in by_form for g in by_form if f != g
    )  # fmt: skip
