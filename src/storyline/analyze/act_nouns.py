"""The verb a noun of an act is made from ("evacuation" -> evacuate, "detention" -> detain, "killing" -> kill), so
a count told with the act's noun ("the evacuation of 3,000 residents") joins the synonym group its verb is listed
in. Suffix rules give candidate verbs; the lemmatizer's own verb list (spaCy's WordNet-derived ``lemma_index``)
says which is a verb, so no list of acts is kept here."""

from __future__ import annotations

from functools import lru_cache

from storyline.analyze.nlp import lemma_words

# A noun suffix and what the verb ends in instead, longest first: "restoration" -> "restore", "detention" ->
# "detain", "explosion" -> "explode", "conviction" -> "convict", "appearance" -> "appear", "removal" -> "remove".
_SUFFIXES = (
    ("ention", ("ain",)),
    ("ation", ("e", "")),
    ("ition", ("ire", "e", "")),
    ("sion", ("de", "d", "t", "")),
    ("ion", ("e", "")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("al", ("e", "")),
    ("ing", ("", "e")),
)
_STEM = 3  # letters a verb keeps at least: "ring" is no "r" + "-ing"


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return lemma_words("verb")


@lru_cache(maxsize=4096)
def act_verb(noun: str) -> str:
    """The verb ``noun`` (a lemma) is made from, or the noun itself when it is a verb too ("arrest", "release")
    or no suffix rule finds one."""
    verbs = _verbs()
    if noun in verbs:
        return noun
    for suffix, endings in _SUFFIXES:
        stem = noun.removesuffix(suffix)
        if stem == noun or len(stem) < _STEM:
            continue
        stems = (
            [stem, stem[:-1]] if len(stem) > _STEM and stem[-1] == stem[-2] else [stem]
        )  # "running" -> "run"
        for s in stems:
            for end in endings:
                if s + end in verbs:
                    return s + end
    return noun
