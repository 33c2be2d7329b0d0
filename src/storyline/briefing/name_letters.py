"""Whether two written forms are spellings of one name, by their letters alone (eval/claims/PROTOCOL.md): the same
spelling (a short form, a nickname, a British or American word ending in a thing's name), a variant (a letter
added, dropped or changed, a romanisation, a pet-name ending, an exonym, a place's transliteration), or two
names. briefing.spelling gathers the forms outlets write and the other evidence that ties two of them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from nicknames import NickNamer

from storyline.analyze.entities import similar
from storyline.lexicon.folding import spell_key
from storyline.lexicon.titles import NAME_TITLES


def spell_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(spell_key, words))


@cache
def _nicknames() -> NickNamer:
    return NickNamer()


def _nickname(a: str, b: str) -> bool:
    """A curated nickname pair ("bill"/"william", "dave"/"david") more than one letter apart, or a nickname that
    is the name cut short ("steve"/"steven"): "jon"/"john", one letter changed inside, is a misspelling."""
    nn = _nicknames()
    if one_letter(a, b) and not (a.startswith(b) or b.startswith(a)):
        return False
    return b in nn.nicknames_of(a) | nn.canonicals_of(a) or a in nn.nicknames_of(b) | nn.canonicals_of(b)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (letters added, dropped or changed)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def one_letter(a: str, b: str) -> bool:
    return _edits(a, b) == 1


def same_first(a: str, b: str) -> bool:
    """Two first names of one person written alike: equal, an initial of the other, or a nickname."""
    return a == b or (min(len(a), len(b)) <= 2 and a[:1] == b[:1]) or _nickname(a, b)


def same_surname(a: str, b: str, threshold: float) -> bool:
    """Two surname keys (``spell_key``) of one person: equal, or one spelt a few letters off ("Kessler"/"Kesler");
    which of them is right is a spelling conflict, not two people."""
    return a == b or spelt_alike(a, b, threshold)


def spelt_alike(a: str, b: str, threshold: float, initial: bool = True) -> bool:
    """Two spellings of one name: the same first letter (unless ``initial`` is False: the two are known to be one
    entity's names), close letters, neither inside the other (Australia/Australian, Putin/pro-Putin are two
    words). ``threshold``: settings.name_similarity for letters alone, context_name_similarity where a job, quote,
    age or list ties the two (what each was measured on is in its settings help)."""
    if (
        (initial and a[:1] != b[:1])
        or min(len(a), len(b)) < 3
        or a in b
        or b in a
        or orthographic(a) == orthographic(b)
    ):
        return False
    # a letter per four may differ ("Ferreira"/"Ferriera"), not two of five ("Pryce"/"Prime")
    return _edits(a, b) <= max(1, min(len(a), len(b)) // 4) or similar(a, b) >= threshold


# British spellings of word endings with their American forms (PROTOCOL.md: "Centre"/"Center",
# "Theatre"/"Theater", "Recognised"/"Recognized" inside a name are no spelling conflict): -our/-or, -ise/-ize
# (-yse/-yze), -tre/-ter, -ence/-ense, -ogue/-og, -gramme/-gram, a doubled l before a suffix, -ellery/-elry.
_ORTHOGRAPHY = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"(?<=\w\w)our(?=s?$|ed$|ing$|ite$|able$|er$)", "or"),
        (r"(?<=\w{4})is(?=e$|es$|ed$|ing$|ation$|ations$|er$|ers$)", "iz"),
        (r"(?<=\w)ys(?=e$|es$|ed$|ing$)", "yz"),
        (r"(?<=\w)([bt])re(s?)$", r"\1er\2"),
        (r"(?<=\w)([fc])ence(s?)$", r"\1ense\2"),
        (r"(?<=\w)ogue(s?)$", r"og\1"),
        (r"(?<=\w)gramme(s?)$", r"gram\1"),
        (r"(?<=\w[aeiou])ll(?=ed$|ing$|er$|ers$|or$|ors$)", "l"),
        (r"(?<=\w)ellery$", "elry"),
    )
)


def orthographic(word: str) -> str:
    """A spelling key with British word endings in their American form: two keys that read the same so are
    orthographic variants of one word, not two spellings of a name."""
    return _rewritten(word, _ORTHOGRAPHY)


def _rewritten(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """A word with each rule's pattern replaced in turn: one spelling key of several ways to write it."""
    for pattern, repl in rules:
        word = pattern.sub(repl, word)
    return word


def _without_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name without the job or title words the tagger took in front ("Midfielder Ryan Cole"), so its
    first name is compared with the other form's."""
    i = 0
    while len(words) - i > 2 and words[i] in NAME_TITLES:
        i += 1
    return words[i:]


def _same_person(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """One person's name written alike: first names alike and the same surname (a middle name or initial
    dropped, "Del Ferro" run together), one form is the other's full name after words the tagger kept in
    front ("referee Dan Hollis", "J. Paul Brandt"), or the same letters spaced otherwise (PROTOCOL.md: a space
    inside a compound is no conflict)."""
    short, long = sorted((x, y), key=len)
    if len(short) >= 2 and long[-len(short) :] == short or "".join(x) == "".join(y):
        return True  # ... or a space one outlet writes inside a compound ("Abdul Rahman"/"Abdulrahman")
    return same_first(x[0], y[0]) and (x[-1] == y[-1] or "".join(x[1:]) == "".join(y[1:]))


def _person_variant(x: tuple[str, ...], y: tuple[str, ...], threshold: float, one: bool = False) -> bool:
    """One person's full name spelt two ways: same surname and a first name a few letters off, or the same first
    name and a surname a few letters off. ``one``: the entity resolver merged the two forms, so a first
    name transliterated with another initial ("Gennady"/"Hennadiy") is a variant too."""
    if x[-1] == y[-1]:
        return not same_first(x[0], y[0]) and (
            first_variant(x[0], y[0], threshold, initial=not one)
            or (one and (_vowels_romanised(x[0], y[0]) or _consonant_added(x[0], y[0])))
        )
    a, b = sorted((x[-1], y[-1]), key=len)
    # a surname follows no national spelling of a common word: "Okafor"/"Okafour" is a letter added
    return same_first(x[0], y[0]) and (
        spelt_alike(a, b, threshold)
        or (len(a) >= 4 and b.endswith(a))
        or letter_added(a, b)
        or orthographic(a) == orthographic(b)
    )


def first_variant(a: str, b: str, threshold: float, initial: bool) -> bool:
    """Two first-name keys that are one name spelt two ways: a few letters off (``spelt_alike``; ``initial``: the
    same first letter needed), a pet-name ending, a romanisation ("Sergey"/"Sergei") or the same sounds
    ("Caitlin"/"Kaitlyn"). A nickname is the same name (``same_first``), not a variant. ``threshold``:
    settings.name_similarity (first names added in dd23919, measured on --kinds2 spelling 4/5 -> 5/5 with read
    halves byte-identical; no sweep)."""
    return spelt_alike(a, b, threshold, initial=initial) or written_alike(a, b)


def written_alike(a: str, b: str) -> bool:
    """Two first-name keys written one way once their pet-name ending, romanisation or sounds are
    ("Bettie"/"Betty", "Sergey"/"Sergei", "Caitlin"/"Kaitlyn"): one name, never two people's."""
    return pet_ending(a) == pet_ending(b) or _romanised(a) == _romanised(b) or _sound(a) == _sound(b)


# English spellings of one sound in names: a hard c, "th" and "ph", "y" for "i", a silent final "e".
_SOUNDS = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"c(?=[aou]|$)|ck|q", "k"),
        (r"th", "t"),
        (r"ph", "f"),
        (r"y", "i"),
        (r"(\w)\1", r"\1"),
        (r"e$", ""),
    )
)


def _sound(name: str) -> str:
    """A first name's letters as it sounds (``_SOUNDS``): "Catherine", "Katherine", "Kathryn" come near."""
    return _rewritten(name, _SOUNDS)


def sounds_alike(a: str, b: str) -> bool:
    """Two first names one name as it sounds ("Catherine" / "Kathryn", "Bettie" / "Betty"): their letters as
    they sound (``_SOUNDS``) equal or one letter apart."""
    x, y = _sound(a), _sound(b)
    return x == y or one_letter(x, y)


# Letters that romanise one sound of Cyrillic and other scripts several ways: "ks"/"x" (Aleksei/Alexei), "kh"/"h"
# (Mikhail/Mihail), a "j"/"y" opening a syllable (Julia/Yulia), "ye"/"e" opening a name (Yevgeny/Evgeny), "y"/"i"
# closing one (Dmitry/Dmitri, Nikolay/Nikolai), a doubled letter (Mohammed/Mohamed). "Ian" and "Jan", "Ana" and
# "Yana" stay two names.
_ROMANISED = (
    (re.compile(r"x"), "ks"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"^j(?=[aeiou])"), "y"),
    (re.compile(r"^ye"), "e"),
    (re.compile(r"y(?![aeiou])"), "i"),
    (re.compile(r"(.)\1"), r"\1"),
)


def _romanised(word: str) -> str:
    """A name's spelling key with the letters of one sound written one way: two romanisations of one name
    ("Yevgeny"/"Evgeny") are one key, so a spelling conflict, not two people."""
    return _rewritten(word, _ROMANISED)


def _vowels_romanised(a: str, b: str) -> bool:
    """Two first-name keys of one resolved person that romanise one name's vowels two ways ("Youssef"/"Yusuf",
    "Khaled"/"Khalid"): the same consonants in order (``transliteration_key``), the same first and last letter,
    so a name and its other gender's form ("Maria"/"Mario") stay two names."""
    return a[:1] == b[:1] and a[-1:] == b[-1:] and transliteration_key(a) == transliteration_key(b)


def _consonant_added(a: str, b: str) -> bool:
    """Two first-name keys of one resolved person, one the other with a consonant added at its end ("Tomas" /
    "Tomasz", "Kristof" / "Kristoff"): one name spelt short, which ``spelt_alike`` declines (one inside the
    other). Not a vowel or "y", which make a name of the other gender or a pet form ("Daniel" / "Daniela", "Paul"
    / "Paulo", "Carl" / "Carly"), nor an "s" (``letter_added``)."""
    short, long = sorted((a, b), key=len)
    return letter_added(short, long) and long[-1] not in "aeiouy"


def letter_added(a: str, b: str) -> bool:
    """A surname with one letter more at its end ("Vell"/"Velle", "Hart"/"Harte"): after the same first name
    that is one name misspelt, not a derived word; an added "s" is a plural or possessive ("Vell's")."""
    return len(a) >= 3 and b[:-1] == a and b[-1] != "s"


# Last letters that make a place's name another word: a plural or possessive ("Greeks"), a demonym ("Brazilian",
# "Iraqi"), a country named from its people ("Bulgar"/"Bulgaria").
_DERIVING = frozenset("snia")


def exonym(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """A one-word place name and the same with one letter added at its end that derives no other word
    (invented: "Trovel"/"Trovele"): the exonym variants PROTOCOL.md calls a spelling conflict ("Lyon"/"Lyons"
    aside, whose "s" is as often a plural)."""
    return len(x) == len(y) == 1 and ending_added(x[0], y[0])


def ending_added(a: str, b: str) -> bool:
    """Two words of a name, one the other with a letter added at its end that derives no other word (``exonym``'s
    letters): "Trovel" / "Trovele", "Halvern House" / "Halverne House"; 4+ letters."""
    a, b = sorted((a, b), key=len)
    return len(a) >= 4 and a.isalpha() and letter_added(a, b) and b[-1] not in _DERIVING


# Letters that write one sound of Arabic, Persian or Slavic place names several ways, on top of ``_ROMANISED``: a
# "y" between vowels ("Marabiyeh"/"Marabieh"), a final "h" after a vowel ("Beltoujah"/"Beltouja"), "q" for "k"
# ("Qasrabad"/"Kasrabad"); then every run of vowels is one vowel ("Merab"/"Marab", "Tarnakov"/"Tarnakiv").
_TRANSLITERATED = (
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "i"),
    (re.compile(r"(?<=[aeiou])h$"), ""),
    (re.compile(r"q"), "k"),
    *_ROMANISED,
    (re.compile(r"[aeiouy]+"), "a"),
)


@lru_cache(maxsize=1 << 16)
def transliteration_key(word: str) -> str:
    """A one-word place name's spelling key with its consonants kept and the letters of its vowels and of sounds
    romanised several ways written one way: two transliterations of one place share it."""
    return _rewritten(word, _TRANSLITERATED)


def transliterated(x: tuple[str, ...], y: tuple[str, ...], min_letters: int) -> bool:
    """Two one-word place names that are one name transliterated two ways (invented: "Merabieh"/"Marabiyeh",
    "Qasrabad"/"Kasrabad"): a spelling conflict (PROTOCOL.md: "also when it is a transliteration"). Both
    ``min_letters`` or more letters (BriefSettings.spelling_min_transliterated: shorter names share their
    consonants by chance) with the same consonants in order, neither the other's start, so a derived word
    ("Sudan"/"Sudanese", "Merovi"/"Merovia") or a short name is no match."""
    if len(x) != 1 or len(y) != 1 or x == y:
        return False
    (a,), (b,) = x, y
    if min(len(a), len(b)) < min_letters or not (a.isalpha() and b.isalpha()):
        return False
    if a.startswith(b) or b.startswith(a):  # a derived word: a demonym ("Merovi"/"Merovia"), a plural
        return False
    return transliteration_key(a) == transliteration_key(b)


def pet_ending(first: str) -> str:
    """A first name with its pet-name ending written one way ("Bettie", "Bettey" -> "betty"): the same name
    spelt two ways, a spelling conflict (PROTOCOL.md: Katharine/Katherine)."""
    return re.sub(r"(?:ie|ey|i)$", "y", first)


def related(
    wx: tuple[str, ...], wy: tuple[str, ...], person: bool, threshold: float, one: bool = False
) -> tuple[bool, bool]:
    """(same spelling of one name, variant spelling of one name) for two written forms. Person rules when both
    have two or more words and either is tagged a person (spaCy's label of a rare name is a guess); ``one``:
    the entity resolver merged them."""
    wx, wy = spell_keys(wx), spell_keys(wy)
    full_names = len(wx) >= 2 and len(wy) >= 2 and person
    if full_names:
        wx, wy = _without_titles(wx), _without_titles(wy)
    if not full_names and wx != wy and tuple(map(orthographic, wx)) == tuple(map(orthographic, wy)):
        return True, False  # "Centre"/"Center": one name in British and American spelling
    if len(wx) >= 3 and wx != wy and sorted(wx) == sorted(wy):
        return False, True  # "Rapid Silent Charging": the words of one name in another order
    if full_names:
        return _same_person(wx, wy), not _same_person(wx, wy) and _person_variant(wx, wy, threshold, one)
    if person and len(wx) == len(wy) == 1 and min(len(wx[0]), len(wy[0])) >= 5:
        a, b = sorted((wx[0], wy[0]), key=len)
        # "Morandi"/"Morandin": a person-tagged name with a letter added is no derived word, but an "n" after a
        # final "a" is a demonym ("Kenya"/"Kenyan"): the tagger reads a rare country as a person ("accused X of")
        if letter_added(a, b) and not (a.endswith("a") and b.endswith("n")):
            return False, True
    same = "".join(wx) == "".join(wy)
    return same, not same and _name_variant(wx, wy, threshold)


def _name_variant(x: tuple[str, ...], y: tuple[str, ...], threshold: float) -> bool:
    """A place's or organisation's name with one word spelt two ways (Tavalieh/Tvalieh). A lone word needs 5+
    letters and exactly one letter changed, and not a plural or derived word ("Sumatran", "Greeks"): short
    names and word families are too often two different words."""
    if len(x) != len(y):
        return False
    diff = [(a, b) for a, b in zip(x, y, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    if len(x) == 1:
        return min(len(a), len(b)) >= 5 and one_letter(a, b) and not (a.startswith(b) or b.startswith(a))
    # the other words alike, one letter of 4+ changed, the first too ("Gulf of Eden"/"Gulf of Aden"; one added is
    # a plural or a word of the name's family: "Election"/"Elections Commission", unless it derives no word:
    # "Halvern House"/"Halverne House")
    changed = len(a) == len(b) >= 4 and one_letter(a, b)
    return min(len(a), len(b)) >= 3 and spelt_alike(a, b, threshold) or changed or ending_added(a, b)
