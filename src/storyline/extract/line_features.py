"""The crfsuite attributes the line labeller (extract/line_roles.py) reads of every line of a copied page: shape
(length, final punctuation, capitalisation, stop words, digits), date and byline shapes, link-like text, the cue
scores of extract/cues.py, position relative to the page's main run of prose, repetition within the page, and the
same features of the neighbouring lines. Generic, so they transfer across sites; no page text is kept."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from storyline.extract.line_text import line_key, long_words, words_of
from storyline.lexicon.dates import TRAINING_MONTH_RE

# Function words of the languages of the training pages (English, German, French, Spanish, Dutch): a prose
# line has many, a menu item or a label has few.
STOP_WORDS = frozenset(
    """
    the and of to a in is that for was with on he she it by are as be has have from this will his her they we
    not said an or which would been were their who its but had them than there what when into also about after
    der die das und ist nicht ein eine zu den mit sich auf für von dem des im sie es auch als an wird bei
    le la les et est un une des du en que qui dans pour pas sur au par avec il elle ce
    el los las y es un una que en por con para del se lo como al su
    de het een en van is dat op te niet met voor zijn
    """.split()
)
# Generic first words of chrome and metadata lines; the model learns a weight for each (no page text).
FIRST_WORDS = frozenset(
    """
    by von par por door share comments comment read more related advertisement subscribe sign log newsletter
    follow posted published updated update photo image foto bild picture video watch listen copyright all
    home menu search skip click tap tags topics see also next previous privacy cookies terms contact about
    get download join support donate email print tweet facebook twitter whatsapp linkedin source quelle
    credit getty reuters ap afp mehr teilen anzeige werbung artikel lesen seite zurück weiter
    """.split()
)
_DIGIT = re.compile(r"\d")
# The lookahead (every month name starts with one of these letters, "ſ" matching "s" when case is ignored) lets
# the engine skip most positions: the same matches, twice as fast.
_MONTH = re.compile(r"(?=[adfjmnosADFJMNOSſ])" + TRAINING_MONTH_RE, re.I)
# The lookaheads (a match's first character) skip other positions fast, as _MONTH's: the same matches.
_NUMERIC_DATE = re.compile(r"(?=\d)\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_RELATIVE = re.compile(
    r"(?=[aytupvAYTUPV])\b(ago|yesterday|today|updated|published|posted|veröffentlicht|aktualisiert)\b", re.I
)
_LINKY = re.compile(r"https?://|www\.|\.(com|org|net|co\.uk|de)\b|@\w")
_SEPARATORS = re.compile(r"\s[|•·»›/]\s|\s[|]|[|]\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")
_BULLET = re.compile(r"^(?:[*•·▪►>+-]|\d{1,2}[.)])\s")
_TITLE_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # a title-case word's first character


def _end_class(text: str) -> str:
    last = text.rstrip("\"'”’)]*» ")[-1:] or text[-1:]
    if last in ".!?":
        return last
    if last in ":;,":
        return ":"
    if last.isalpha():
        return "a"
    if last.isdigit():
        return "d"
    return "o"


# A line's own crfsuite attribute names (in order; each weighs 1.0 but "len"), its "len" weight, the names its
# neighbours see (in attribute order), whether it reads as prose (six or more words, ending like a sentence, with
# function words) and its end class ("." "!" "?" ":" "a" "d" "o"). A plain tuple of strings, numbers and tuples,
# not a class or a dict: the garbage collector stops tracking it, so the 65,536 cached lines cost a full
# collection no walk (with the dataclass they held, a full collection after the quick pages took ~30 % longer).
_Own = tuple[tuple[str, ...], float, tuple[str, ...], bool, str]


_NW_EDGES = (1, 2, 3, 5, 8, 12, 20, 35, 60)
_STOP_EDGES = (0.0, 0.1, 0.2, 0.3, 0.45)
_CAPS_EDGES = (0.2, 0.5, 0.8, 0.99)
_DIGIT_EDGES = (0.0, 0.05, 0.15, 0.3)


@lru_cache(maxsize=1 << 16)  # pages repeat lines (menus, footers, share rows), and so do an outlet's pages
def _own(text: str) -> _Own:
    """Features of one line alone but its cue verdict (the caller adds those last), as crfsuite attributes:
    strings are 'key=value' indicators, true facts indicators, numbers weights; false facts and empty strings are
    left out. Cached: never to be changed."""
    words = words_of(text)
    n = len(words)
    lowered = line_key(text).split(" ") if n else []  # the words lower-cased (no word holds a space)
    n_tokens = text.count(" ") + 1
    stop = sum(map(STOP_WORDS.__contains__, lowered)) / n if n else 0.0
    caps = sum(map(str.isupper, map(itemgetter(0), words))) / n if n else 0.0
    n_digits = len(_DIGIT.findall(text))
    first = lowered[0] if lowered else ""
    short = (
        len(text) <= 160
    )  # date shapes only matter on short lines (datelines); long lines skip the regexes
    numeric = short and n_digits > 0  # numeric dates, times and years need a digit
    start = text[:1]
    nw = str(bisect_left(_NW_EDGES, n_tokens))
    end = _end_class(text)
    stop_b = str(bisect_left(_STOP_EDGES, stop))
    caps_b = str(bisect_left(_CAPS_EDGES, caps))
    items = {
        "bias": 1.0,
        "nw=" + nw: 1.0,
        "len": min(len(text), 600) / 200.0,
        "end=" + end: 1.0,
        "start="
        + ("u" if start.isupper() else "l" if start.islower() else "d" if start.isdigit() else "o"): 1.0,
        "stop=" + stop_b: 1.0,
        "caps=" + caps_b: 1.0,
    }
    neighbour = ["nw=" + nw, "end=" + end, "stop=" + stop_b, "caps=" + caps_b]
    if n > 0 and text.upper() == text and any(c.isalpha() for c in text):
        items["upper"] = 1.0
    items["digits=" + str(bisect_left(_DIGIT_EDGES, n_digits / max(len(text), 1)))] = 1.0
    items["sents=" + _sentence_ends(text)] = 1.0
    if short and _MONTH.search(text):
        items["month"] = 1.0
        neighbour.append("month")
    if numeric:
        if _NUMERIC_DATE.search(text):
            items["numdate"] = 1.0
        if _TIME.search(text):
            items["time"] = 1.0
        if _YEAR.search(text):
            items["year"] = 1.0
    if short and _RELATIVE.search(text):
        items["reltime"] = 1.0
    if _LINKY.search(text):
        items["linky"] = 1.0
    items["seps=" + (str(bisect_left((0, 1, 3), len(_SEPARATORS.findall(text)))) if short else "0")] = 1.0
    if _BULLET.match(text):
        items["bullet"] = 1.0
        neighbour.append("bullet")
    if first in FIRST_WORDS and first:
        items["fw=" + first] = 1.0
        neighbour.append("fw=" + first)
    if "©" in text or "(c)" in text or "(C)" in text:  # no other character lower-cases to one of "(c)"
        items["copy"] = 1.0
    if start in "\"“‘'":
        items["quote"] = 1.0
    if n and n <= 12 and sum(w[0] in _TITLE_START for w in text.split()) / n_tokens >= 0.7:
        items["title"] = 1.0
    prose = n_tokens > 12 and end in ".!?:" and stop > 0.1  # nw bucket >= 6, stop bucket >= 2
    return tuple(items), items["len"], tuple(neighbour), prose, end


# First words of a byline or a date line ("By X", "Von X", "Posted 3 May"): a subset of FIRST_WORDS.
META_FIRST_WORDS = frozenset("by von par por door posted published updated update".split())
_DATE_SHAPES = ("month", "numdate", "time", "reltime")


def reads_as_meta(text: str) -> bool:
    """A line shaped like a byline or a date line (a month name, a numeric date, a clock or relative time on a
    short line, or a byline's first word), whatever the labeller tags it: a headline stands above such lines."""
    names, _, neighbour, _, _ = _own(text)
    if any(shape in names for shape in _DATE_SHAPES):
        return True
    first = next((name for name in neighbour if name.startswith("fw=")), "")
    return first[3:] in META_FIRST_WORDS


def _sentence_ends(text: str) -> str:
    """Bucketed count of sentence breaks in a line under 400 characters (a break needs one of ".!?")."""
    if len(text) >= 400:
        return "3"
    if "." not in text and "!" not in text and "?" not in text:
        return "0"
    return str(bisect_left((0, 1, 3), len(_SENTENCE_END.findall(text))))


_NEIGHBOURS = (-2, -1, 1, 2)  # the lines around a line whose attributes its CRF row carries
_EDGE = {off: {f"{off}:edge": 1.0} for off in _NEIGHBOURS}


@lru_cache(maxsize=4096)  # lines repeat the same few neighbour attribute sets
def _seen_from(names: tuple[str, ...]) -> dict[int, dict[str, float]]:
    """A line's neighbour attributes (all indicators) as seen from each offset ("-1:nw=5"); never to be changed."""
    return {off: {f"{off}:{name}": 1.0 for name in names} for off in _NEIGHBOURS}


def _main_run(prose: list[bool]) -> tuple[int, int]:
    """(start, end) of the densest run of prose lines (maximum-sum segment, prose +1, other lines -0.35)."""
    best, best_span, total, start = 0.0, (0, -1), 0.0, 0
    for i, is_prose in enumerate(prose):
        total += 1.0 if is_prose else -0.35
        if total <= 0:
            total, start = 0.0, i + 1
        elif total > best:
            best, best_span = total, (start, i)
    return best_span


def _position(i: int, start: int, end: int) -> str:
    if end < start:
        return "none"
    if i < start:
        return "b" + str(bisect_left((1, 2, 3, 5, 10, 20, 40), start - i))
    if i > end:
        return "a" + str(bisect_left((1, 2, 3, 5, 10, 20, 40), i - end))
    return "in"


@dataclass
class PageFacts:
    """Per-page context of the features: the main prose run and the words of its lead."""

    start: int
    end: int
    lead: set[str]
    widths: list[int]  # per line, how many of its row's attributes are its own (its neighbours' follow)
    prose: list[bool]  # per line, whether it reads as prose (_own's fourth value)


def features(
    texts: list[str], outlets: tuple[str, ...] = (), verdicts: list[tuple[str | None, float]] | None = None
) -> list[dict[str, float]]:
    """The crfsuite attributes of every line, with its neighbours' key features (prefixed by offset).

    ``verdicts`` are the cue classifier's (reason, score) per line when the caller already has them."""
    return page_features(texts, outlets, verdicts)[0]


def page_features(
    texts: list[str], outlets: tuple[str, ...], verdicts: list[tuple[str | None, float]] | None
) -> tuple[list[dict[str, float]], PageFacts]:
    if verdicts is None:
        from storyline.extract.boilerplate import score_line

        total = max(len(texts) - 1, 1)
        verdicts = [
            (v.reason, v.score) for v in (score_line(t, i / total, outlets) for i, t in enumerate(texts))
        ]
    base = [_own(text) for text in texts]
    prose = [own[3] for own in base]
    start, end = _main_run(prose)
    running = [0]
    for flag in prose:
        running.append(running[-1] + flag)
    lead = {w for t in texts[start : start + 4] if end >= start for w in long_words(t)}
    counts = Counter(texts)
    total = max(len(texts) - 1, 1)
    # each line's attributes as its neighbours see them, two page edges on either side: line i is seen[i + 2]
    seen = [
        _EDGE,
        _EDGE,
        *(
            _seen_from(neighbour + ("cue=" + reason,) if reason else neighbour)
            for (_, _, neighbour, _, _), (reason, _) in zip(base, verdicts, strict=True)
        ),
        _EDGE,
        _EDGE,
    ]
    out = []
    widths: list[int] = []
    for i, (names, length, _, _, end_class) in enumerate(base):
        row = dict.fromkeys(names, 1.0)
        row["len"] = length  # in its own place: the attributes in _own's order
        reason, score = verdicts[i]
        if reason:
            row["cue=" + reason] = 1.0
            row["cue_s"] = min(score, 6.0) / 3.0
        row["pos=" + _position(i, start, end)] = 1.0
        row["rel=" + str(bisect_left((0.05, 0.2, 0.5, 0.8, 0.95), i / total))] = 1.0
        window = running[min(i + 4, len(base))] - running[max(i - 3, 0)] - prose[i]
        row["win=" + str(bisect_left((0, 1, 2, 4), window))] = 1.0
        if counts[texts[i]] > 1:
            row["dup"] = 1.0
        if i < start and lead and end_class not in ".":
            words = long_words(texts[i])
            if words:
                row["lead=" + str(bisect_left((0.0, 0.2, 0.4, 0.6), len(words & lead) / len(words)))] = 1.0
        widths.append(len(row))
        for off in _NEIGHBOURS:
            row.update(seen[i + 2 + off][off])
        out.append(row)
    return out, PageFacts(start, end, lead, widths, prose)
