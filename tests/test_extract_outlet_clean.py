"""A candidate's cleaned name and its ``norm`` key are what the whole-name regexes give (the speed paths: _clean cuts at
a lookahead-led search, norm runs each pattern only where it can match)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.outlet_candidates import _TRAILING_YEAR, _clean
from storyline.extract.outlet_names import (
    _CAMEL_THE,
    _LEGAL_FORM,
    _SCHEME,
    _THE,
    _fold,
    _site_label,
    norm,
    squash,
)

# The cut as one substitution to the end of the name, the white space before the stop with it.
_STOP_TO_END = re.compile(
    r"\s*(?:[.]\s|[,|:;]|\b(?:all rights|alle rechte|tous droits|todos (?:los derechos|os direitos)|tutti i diritti"
    r"|wszelkie prawa|minden jog)\b|\b(?:inc|ltd|llc|gmbh|plc|s\.a|ag|pty|pvt|corp|d\.o\.o|s\.r\.l)\b).*$",
    re.I,
)


def _reference_clean(name: str) -> str:
    name = _STOP_TO_END.sub("", name.strip())
    name = _TRAILING_YEAR.sub("", name).strip(" -–—*#'\".")
    return re.sub(r"\s+", " ", name.removeprefix("the "))


def _reference_norm(name: str) -> str:
    text = _LEGAL_FORM.sub("", _CAMEL_THE.sub("", name.strip()))
    text = _SCHEME.sub("", _fold(text)).rstrip("/")
    words = text.split()
    if words and "." in words[0] and (label := _site_label(words[0].split("/", 1)[0])):
        text = label
        if text.startswith("the") and len(text) > 6:
            text = text[3:]
    elif len(words) > 1 and "." in words[-1] and (label := _site_label(words[-1])):
        text = " ".join([*words[:-1], label])
    return squash(_THE.sub("", text))


# Pieces names are made of, stops and their look-alikes among them (a long s and a dotted I fold to "s" and "i").
_PIECES = st.sampled_from(
    [
        "The",
        "the ",
        "Wexmoor",
        " Post",
        "Inc",
        "inc.",
        " Ltd",
        "LLC",
        "GmbH",
        " e.V.",
        "e. V",
        "plc",
        "Pty",
        "S.A",
        "d.o.o",
        "s.r.l",
        "AG",
        "ag",
        "Corp",
        ". ",
        ".",
        ",",
        " | ",
        ":",
        ";",
        "All Rights",
        "alle rechte",
        "todos los derechos",
        "ſ",
        "İ",
        "ı",
        "K",
        " ",
        "  ",
        "\t",
        "\xa0",
        "2019",
        "-2024",
        "’",
        "http://",
        "https://",
        "www.",
        "www2.",
        "wexmoor.co.uk",
        "/",
        "Ünter",
        "é",
        "TheHill",
    ]
)
_NAMES = st.lists(
    _PIECES
    | st.text(st.characters(blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=3),
    max_size=8,
).map("".join)


@settings(max_examples=500)
@given(_NAMES)
def test_clean_cuts_where_the_substitution_does(name: str):
    assert _clean(name) == _reference_clean(name)


@settings(max_examples=500)
@given(_NAMES)
def test_norm_is_the_whole_name_patterns_key(name: str):
    assert norm(name) == _reference_norm(name)


def test_clean_examples():
    assert _clean("Wexmoor Post, Inc. 2019") == "Wexmoor Post"
    assert _clean("the Wexmoor\tPost  . All rights reserved") == "Wexmoor Post"
    assert _clean("Wexmoor Post Ltd") == "Wexmoor Post"
    assert norm("Wexmoor Post e.V.") == norm("https://www.wexmoorpost.com/") == "wexmoorpost"
