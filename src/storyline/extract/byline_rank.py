"""The byline of a copied page whose header named none: a small learned ranker over the page's name-shaped lines.

Blogs and magazines put the author on a line of its own ("Marina Kessler", "Über Ada Lind", "© 2020 Jane Roe") that
the line labeller often calls chrome. Every line from which ``read_name`` reads a name (the header rules, a
marker's one token, a dated name, an author box, a copyright notice, a line in capitals) is a candidate; a
logistic scorer (``byline_model.json``, fitted by ``eval/train_bylines.py`` on half 0 of the real pages) weighs its
labelled role, marker (opening the line or anywhere before the name), place relative to the headline, how often
the name recurs, whether the line is a list item among other name-shaped lines, whether body text follows and
which rule read the name. The best candidate is the byline when its probability clears the model's calibrated
floor.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from itertools import compress, count, repeat
from operator import contains
from pathlib import Path

from storyline.analyze.gender import first_name_gender
from storyline.extract.line_features import STOP_WORDS
from storyline.extract.linear import LinearModel, load_linear
from storyline.extract.metadata import (
    MARKER,
    MARKER_WORD,
    ROLE_WORD_RE,
    byline_in_line,
    parse_byline,
    unglue,
)
from storyline.lexicon.dates import MONTHS, TRAINING_MONTH_RE, WEEKDAYS

MODEL_PATH = Path(__file__).with_name("byline_model.json")
MAX_LINE_CHARS = 120
_ROLES = ("byline", "dateline", "headline", "standfirst", "body", "caption", "chrome", "filler")
# Which rule read the name: the header rules, one token after a marker, the name left once dates are out, an
# author box, a copyright notice, a line cleaned of a title, comma or role, a line in capitals.
RULES = ("header", "marked_token", "dated", "author_box", "copyright", "cleaned", "capitals")


FEATURES = (
    *(f"role={r}" for r in _ROLES),
    "marker_opens",
    "bare_name",
    "log_distance",
    "below_headline",
    "relative_position",
    "log_words",
    "name_words",
    "has_digit",
    "copyright",
    "ends_colon",
    "log_name_lines",
    "upper_name",
    "headline_or_dateline_near",
    "known_first_name",
    "common_word_share",
    "list_item",
    "log_names_near",
    "headline_word_share",
    "marked_elsewhere",
    "marked_here",
    "body_follows",
    *(f"rule={r}" for r in RULES),
)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.I)
_DIGIT = re.compile(r"\d")
_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"[^\W\d_]+")
# A menu entry or a related-article link, as renderers lay lists out.
_LIST_BULLET = re.compile(r"^\s*[*•·+-]")
_AFTER_MARKER = re.compile(rf"\b{MARKER_WORD}\s*:?\s*([^\n]{{1,40}})")  # "Alle Beiträge von X", "Posts by X"


def byline_candidates(texts: list[str], roles: list[str], top: int) -> list[tuple[int, str, list[float]]]:
    """(line index, name, FEATURES values) for every line that reads as naming a person."""
    named = [(i, *found) for i, text in enumerate(texts) if (found := read_name(text)) is not None]
    if not named:
        return []
    squashed = [_NON_WORD.sub(" ", t).casefold() for t in texts]
    # one scan; no word spans lines
    lower_words = {w for w in set(_WORD.findall("\n".join(texts))) if w.islower()}
    named_at = {i for i, _, _ in named}
    headline_words = {w.casefold() for w in _WORD.findall(texts[top])} if 0 <= top < len(texts) else set()
    out = []
    holders_of: dict[str, list[int]] = {}
    for i, name, rule in named:
        text = texts[i].strip(" *•·-")
        key = _NON_WORD.sub(" ", name).casefold().strip()
        words = _WORD.findall(name) or [name]
        near = {roles[j] for j in range(max(i - 2, 0), min(i + 3, len(texts))) if j != i}
        if (holders := holders_of.get(key)) is None:  # a name often recurs on many lines of a page
            # the indices of the lines holding it, scanned without a bytecode loop a line
            holders = holders_of[key] = list(compress(count(), map(contains, squashed, repeat(key))))
        features = [float(roles[i] == r) for r in _ROLES] + [
            float(bool(MARKER.match(text))),
            float(_NON_WORD.sub(" ", text).casefold().strip() == key),
            math.log1p(abs(i - top)),
            float(i >= top),
            i / len(texts),
            math.log1p(len(text.split())),
            float(len(name.split())),
            float(bool(_DIGIT.search(text))),
            float(bool(_COPYRIGHT.search(text))),
            float(text.endswith(":")),
            math.log1p(len(holders)),
            float(name.isupper()),
            float(bool(near & {"headline", "dateline"})),
            float(first_name_gender(words[0]) is not None),
            sum(w.lower() in lower_words for w in words) / len(words),
            float(bool(_LIST_BULLET.match(texts[i]))),
            math.log1p(sum(i + d in named_at for d in (-2, -1, 1, 2))),
            sum(w.casefold() in headline_words for w in words) / len(words) if i != top else 0.0,
            float(any(j != i and _marks(texts[j], key) for j in holders)),
            float(_marks(texts[i], key)),
            float("body" in roles[i + 1 : i + 3]),
            *(float(rule == r) for r in RULES),
        ]
        out.append((i, name, features))
    return out


def _marks(text: str, key: str) -> bool:
    """Whether a marker in the line names ``key`` (a squashed name) right after it."""
    return any(
        _NON_WORD.sub(" ", tail).casefold().strip().startswith(key) for tail in _AFTER_MARKER.findall(text)
    )


# A one-token name after a marker, lower case allowed ("von rasos am 24. Juli", "By oradmin", "Autor: przepisy.pl").
_MARKED_TOKEN = re.compile(
    rf"(?:^|\s){MARKER_WORD}\s*:?\s+(?P<name>[^\W\d][\w.@-]{{1,30}})"
    r"(?=\s*$|\s*[|•·,(@–—/]|\s+(?:am|um|at|on|le|à|in|-|\d))",
    re.I,
)
# What a "date, name" line ("11.12.2019 - Amelie Hartung", "Helmut Kranz 3/5/2022 22:41") holds besides the name.
_DATE_PARTS_RE = (
    rf"\d{{1,2}}\.?\s*{TRAINING_MONTH_RE}|{TRAINING_MONTH_RE}(?=\s*\d)|"  # a month word next to a day or a year
    r"\d[\d./:,-]*\w{0,2}\.?|\b(?:am|um|uhr|at|on|posted|updated|" + "|".join(WEEKDAYS) + r")\b|[|/·•–—-]"
)
# The characters its alternatives start with (a digit, a mark, the first letter of a month, a weekday or a word
# above): a lookahead of them skips every other position, the same matches in 45 % of the time.
_DATE_PART_STARTS = r"[\d|/·•–—\-adfjmnopstuw]"
_DATE_PARTS = re.compile(rf"(?={_DATE_PART_STARTS})(?:{_DATE_PARTS_RE})", re.I)


# Cheap necessary conditions, so that most lines skip the costly rules below: every name ``parse_byline`` reads
# holds two capitalised ASCII tokens (``metadata._NAME``), and every other rule needs the marker word.
_TWO_CAPITALS = re.compile(r"[A-Z][^A-Z]*[A-Z]")
_MARKER_LETTERS = re.compile(MARKER_WORD)
# A character that neither ``metadata._BYLINE`` admits nor ``_DATE_PARTS`` takes out ("(", "?", "©", "@"): a line
# holding one names nobody once its dates are out.
_NEVER_IN_DATED_BYLINE = re.compile(r"[^\w\s'’.÷&,|–—/:·•-]")  # "÷" is in _NAME_TOKEN's à-ÿ


# Shapes the header rules leave out, each taken off before the rules read the line again: an academic title
# ("Dr. Alexander Vogt"), a trailing comma ("Amelie Brandt,"), a copyright notice ("© 2009-2012 Jonathan
# Reeve. Impressum", "(c) Johannes Lenz • Weitere Rechte"), a lower-case role ("Tom Hale Education editor").
_TITLE = re.compile(r"^(?:(?:(?:Dr|Prof|Mag|Dipl\.-Ing|Ing)\.|Rechtsanw(?:alt|ältin))\s*)+(?=[A-Z])")
_COPYRIGHT_NAME = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[-–,]?\s*", re.I
)
_COPYRIGHT_END = re.compile(r"\s+[-–|•·]\s+|\.\s+|\s*[•|·]\s*|,\s+(?:all|alle)\b", re.I)
# Lower case only: the header rules split a capitalised role off the name themselves (``metadata._ROLE_WORDS``),
# but a lower-case one stops their name pattern.
_LOWER_ROLE = re.compile(rf"\s+(?:{ROLE_WORD_RE})\b.*$")
# "View all posts by X", "Zeige alle Beiträge von X": an author box names the author, one word (a handle) or more.
_AUTHOR_BOX = re.compile(
    r"\b(?:posts|beiträge|articles|artikel)\s+(?:by|von)\s+(?P<name>[^\W\d][\w.@-]{1,30})\s*(?:»|›|→|anzeigen)?\s*$",
    re.I,
)


def name_in_line(text: str) -> str | None:
    """The person a short line may name (see ``read_name``)."""
    found = read_name(text)
    return found[0] if found is not None else None


@lru_cache(maxsize=1 << 16)  # pages repeat lines (menus, footers, share rows), and so do an outlet's pages
def read_name(text: str) -> tuple[str, str] | None:
    """(name, one of RULES): a byline as the header rules read it, else one token after a marker, else the name
    left when the line's dates and times are taken out; titles, copyright notices, a trailing lower-case role
    and capitals are taken off first."""
    if len(text) > MAX_LINE_CHARS or not (_TWO_CAPITALS.search(text) or _MARKER_LETTERS.search(text)):
        return None  # every rule below needs two capitals or the marker
    if (box := _AUTHOR_BOX.search(text)) is not None and box["name"].lower() not in STOP_WORDS:
        return box["name"], "author_box"
    line = unglue(text.strip(" *•·-"))
    bare, rule = line, "cleaned"
    if (notice := _COPYRIGHT_NAME.match(line)) is not None:
        bare, rule = line[notice.end() :], "copyright"
        if (end := _COPYRIGHT_END.search(bare)) is not None:
            bare = bare[: end.start()]  # "© 2020 - Bernhard Sgoda - RENT A SALESMAN®"
    if (title := _TITLE.match(bare)) is not None:
        bare = bare[title.end() :]
    bare = bare.rstrip(",;")
    if (role := _LOWER_ROLE.search(bare)) is not None:
        words = bare[: role.start()].split()
        bare = " ".join(words[:-1] if len(words) >= 3 else words)  # "Tom Hale Education editor"
    if bare != line and (found := _rules_name(bare)) is not None:
        return found[0], rule
    if line.isupper() and 2 <= len(line.split()) <= 4:  # "SVEN MICHAELSEN"
        found = _rules_name(line.title())
        return (found[0].upper(), "capitals") if found is not None else None
    return _rules_name(line)


def _rules_name(text: str) -> tuple[str, str] | None:
    two_capitals = _TWO_CAPITALS.search(text) is not None
    marked = _MARKER_LETTERS.search(text) is not None
    if not (two_capitals or marked):
        return None
    if (found := byline_in_line(text)) is not None:
        return found[0], "header"
    m = _MARKED_TOKEN.search(text) if marked else None
    if m is not None and len(_DATE_PARTS.sub(" ", text[: m.start()]).split()) <= 1:  # "Erstellt von X", not
        name = m["name"].rstrip(".")  # "Muffins von A-Z": the marker opens the line, after a date at most
        if name.lower() not in STOP_WORDS and name.lower() not in MONTHS and name.lower() != "date":
            return name, "marked_token"
    if not two_capitals or _NEVER_IN_DATED_BYLINE.search(text):
        return None
    # the first stretch between dates when it reads as a name ("X 11/08/2020 Gefühle": not "X Gefühle"), else
    # the words left once the dates are out; a later stretch alone is a comment count or a tag more often
    for part in (*_between_dates(text)[:1], " ".join(_DATE_PARTS.sub(" ", text).split())):
        if part != text.strip() and (found := parse_byline(part.strip(" ,"))) is not None:
            return found[0], "dated"
    return None


def _between_dates(text: str) -> list[str]:
    """The stretches of a line between its date parts (a hyphen inside a word, "Klaus-Peter", is no break)."""
    parts, start = [], 0
    for m in _DATE_PARTS.finditer(text):
        a, b = m.start(), m.end()
        if m[0] == "-" and 0 < a and b < len(text) and text[a - 1].isalpha() and text[b].isalpha():
            continue
        parts.append(text[start:a])
        start = b
    parts.append(text[start:])
    return [" ".join(p.split()) for p in parts if p.strip(" ,")]


@cache
def _model() -> LinearModel | None:
    return load_linear(MODEL_PATH, FEATURES)


def ranked_byline(texts: list[str], roles: list[str], top: int) -> tuple[int, str] | None:
    """(line index, name) of the likeliest byline line when the shipped model clears its floor, else None."""
    model = _model()
    if model is None:
        return None
    scored = [(model.probability(f), i, name) for i, name, f in byline_candidates(texts, roles, top)]
    if not scored:
        return None
    p, i, name = max(scored)
    return (i, name) if p >= model.extra["min_p"] else None
