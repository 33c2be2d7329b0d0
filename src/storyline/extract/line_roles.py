"""A learned role for every line of a copied article: headline, standfirst, byline, dateline, body, caption,
chrome or filler.

A linear-chain CRF (python-crfsuite) over generic line features that transfer across sites: shape (length,
final punctuation, capitalisation, stop words, digits), date and byline shapes, link-like text, the cue scores of
extract/cues.py, position relative to the page's main run of prose, repetition within the page, and the same
features of the neighbouring lines. Trained by eval/train_lines.py on real pages rendered to text (fitting half
only) plus the project's own labelled corpus; the model file holds feature weights only, never page text.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice, repeat
from operator import itemgetter, mul
from pathlib import Path
from typing import Any

from storyline.extract.headline_rerank import load_reranker, rerank
from storyline.extract.line_text import WORD, line_key, long_words, words_of
from storyline.extract.outlet import TITLE_TAIL
from storyline.extract.outlet_features import line_words
from storyline.lexicon.dates import TRAINING_MONTH_RE

ROLES = ("headline", "standfirst", "byline", "dateline", "body", "caption", "chrome", "filler")
MODEL_PATH = Path(__file__).with_name("line_model.crfsuite")
RANKER_PATH = Path(__file__).with_name("headline_model.json")
# Lines above the main run of prose searched for the headline (speed; on the fitting half the gold headline line
# lies within this window on nearly every page that has one).
CANDIDATE_WINDOW = 150
# The page's first lines are candidates too, however far above the prose run (a run that starts late, below a long
# menu or a comment box, leaves the headline outside the window).
TOP_LINES = 60
MODEL_VERSION = 1
# Default probability of the best headline candidate below which a copy is taken to have no headline line (the
# lead sentence stands in); the shipped ranker carries its own, calibrated on the fitting half by eval/train_lines.py.
HEADLINE_MIN_P = 0.3

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
# scripts written without spaces between words
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_TITLE_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # a title-case word's first character


@dataclass(frozen=True)
class LineRoles:
    """The role of every line, each line's headline probability, and the lines the model would drop from the
    page's main run of prose although they read as prose (index -> probability of the dropped role)."""

    roles: list[str]
    headline_p: list[float]
    prose_drops: dict[int, float] = field(default_factory=dict)


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


@dataclass(frozen=True)
class _Own:
    """A line's own crfsuite attributes, the ones its neighbours see (names, in attribute order), and the shape
    facts the page context needs."""

    items: dict[str, float]
    neighbour: tuple[str, ...]
    prose: bool  # six or more words, ending like a sentence, with function words
    end: str  # the end class ("." "!" "?" ":" "a" "d" "o")


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
    return _Own(items, tuple(neighbour), prose, end)


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
class _Page:
    """Per-page context of the features: the main prose run and the words of its lead."""

    start: int
    end: int
    lead: set[str]
    widths: list[int]  # per line, how many of its row's attributes are its own (its neighbours' follow)
    prose: list[bool]  # per line, whether it reads as prose (_Own.prose)


def features(
    texts: list[str], outlets: tuple[str, ...] = (), verdicts: list[tuple[str | None, float]] | None = None
) -> list[dict[str, float]]:
    """The crfsuite attributes of every line, with its neighbours' key features (prefixed by offset).

    ``verdicts`` are the cue classifier's (reason, score) per line when the caller already has them."""
    return _features(texts, outlets, verdicts)[0]


def _features(
    texts: list[str], outlets: tuple[str, ...], verdicts: list[tuple[str | None, float]] | None
) -> tuple[list[dict[str, float]], _Page]:
    if verdicts is None:
        from storyline.extract.boilerplate import score_line

        total = max(len(texts) - 1, 1)
        verdicts = [
            (v.reason, v.score) for v in (score_line(t, i / total, outlets) for i, t in enumerate(texts))
        ]
    base = [_own(text) for text in texts]
    prose = [own.prose for own in base]
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
            _seen_from(own.neighbour + ("cue=" + reason,) if reason else own.neighbour)
            for own, (reason, _) in zip(base, verdicts, strict=True)
        ),
        _EDGE,
        _EDGE,
    ]
    out = []
    widths: list[int] = []
    for i, own in enumerate(base):
        row = dict(own.items)
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
        if i < start and lead and own.end not in ".":
            words = long_words(texts[i])
            if words:
                row["lead=" + str(bisect_left((0.0, 0.2, 0.4, 0.6), len(words & lead) / len(words)))] = 1.0
        widths.append(len(row))
        for off in _NEIGHBOURS:
            row.update(seen[i + 2 + off][off])
        out.append(row)
    return out, _Page(start, end, lead, widths, prose)


def headline_candidates(
    texts: list[str],
    rows: list[dict[str, float]],
    page: _Page,
    roles: list[str],
    marginal: Callable[[str, int], float],
) -> dict[int, dict[str, float]]:
    """Features of the lines that could be the headline (short, not after the main prose run), for the ranker.

    ``roles`` and ``marginal`` are the line labeller's tags and per-line role probabilities for the page (in
    training, from a labeller fitted without the page: a ranker must not learn to trust an over-confident one)."""
    out: dict[int, dict[str, float]] = {}
    last = page.end if page.end >= page.start else len(texts) - 1
    overlaps: dict[int, float] = {}
    first = max(page.start - CANDIDATE_WINDOW, 0) if page.end >= page.start else 0
    for i in chain(range(min(TOP_LINES, first)), range(first, min(last + 1, len(texts)))):
        text = texts[i]
        n = text.count(" ") + 1
        if len(text) > 250 or n > 30 or (n == 1 and not _one_word_title(text)):
            continue
        if not_a_title(text):
            continue
        if page.start <= i <= page.end and rows[i].get("end=.") and (i > page.start or n > 12):
            continue  # a sentence of the prose run is body (the lead sentence stands in for a missing headline)
        words = long_words(text)
        overlaps[i] = len(words & page.lead) / len(words) if words and page.lead else 0.0
    echoes, echoes_same = _echoes(texts, overlaps)
    spread = Counter(
        chain.from_iterable(map(long_words, set(texts)))
    )  # in how many distinct lines a word stands
    run_words = set().union(*map(long_words, texts[page.start : page.end + 1]))
    above = [i for i in overlaps if i < page.start]
    best_overlap = max((overlaps[i] for i in above), default=0.0)
    nearest_title = max(
        (i for i in above if rows[i].get("end=.", 0.0) == 0.0 and rows[i].get("nw=0", 0) == 0), default=None
    )
    head_marginals = {i: marginal("headline", i) for i in overlaps}
    top_marginal = max(head_marginals.values(), default=0.0)
    ranked = sorted(head_marginals, key=lambda i: -head_marginals[i])
    head_rank = {i: r for r, i in enumerate(ranked)}
    body_at = [i for i, role in enumerate(roles) if role == "body"]
    prose_at = [i for i, prose in enumerate(page.prose) if prose]
    for i, overlap in overlaps.items():
        # A neighbour's attribute as a line's CRF row sees it ("-1:nw=5", "2:month"); the ranker leaves them out:
        # its labeller and tag-context features already read the lines around a candidate, and with the neighbours'
        # raw attributes too (762 attributes for 1,130 titled sequences) it fitted site habits. Half-0 CV by site
        # (eval/train_lines.py --ranker-only): token F1 0.7482 -> 0.7620, 4 of 5 folds better; over three fold
        # splits (15 folds) 0.7429 -> 0.7599, 11 of 15 better. They are each row's last: _Page.widths cuts them off.
        row = dict(islice(rows[i].items(), page.widths[i]))
        row["hm_h"] = head_marginals[i]
        _pair_features(row, i, texts, overlaps)
        distance = page.start - i if page.end >= page.start else -1
        row["hd=" + (str(bisect_left((0, 1, 2, 3, 5, 8, 15, 30), distance)) if distance >= 0 else "x")] = 1.0
        row["hov"] = overlap
        row["hov=" + str(bisect_left((0.0, 0.2, 0.4, 0.6, 0.8), overlap))] = 1.0
        if above and overlap == best_overlap and overlap > 0:
            row["hbest"] = 1.0
        if i == nearest_title:
            row["hnear"] = 1.0
        if i < first:
            row["htop"] = 1.0
        _shape_features(row, texts[i])
        for kind in sorted(echoes.get(i, ())):  # one summation order whatever the hash seed
            row["hecho=" + kind] = 1.0
        _labeller_features(row, i, roles, marginal, top_marginal)
        row["hrank=" + str(bisect_left((0, 1, 2, 4, 8), head_rank[i]))] = 1.0
        _body_features(row, i, texts, body_at, "hbody")
        _body_features(row, i, texts, prose_at, "hprose")  # the labeller may tag a short page's body chrome
        words = long_words(texts[i])
        if words and run_words:
            row["hrun=" + str(bisect_left((0.0, 0.3, 0.6, 0.99), len(words & run_words) / len(words)))] = 1.0
        if words:
            share = sum(spread[w] > 1 for w in words) / len(words)
            row["hrec=" + str(bisect_left((0.0, 0.3, 0.6, 0.99), share))] = 1.0
        copies = len(echoes_same.get(line_key(texts[i]), ()))  # the line itself and its copies
        row["hsame=" + str(min(max(copies - 1, 0), 3))] = 1.0
        _word_features(row, i, texts)
        out[i] = row
    _retold(out, texts)
    _rivals(out, texts)
    return out


RIVAL_REACH = 5  # lines above and below a candidate searched for a likelier headline


def _rivals(rows: dict[int, dict[str, float]], texts: list[str]) -> None:
    """Where a candidate stands against the labeller's likelier headline a few lines above or below it, and
    whether that line is shorter or longer: a standfirst or a caption sits under a shorter, likelier headline."""
    order = sorted(rows)
    for k, i in enumerate(order):
        words = texts[i].count(" ") + 1
        for name, near in (
            ("up", [j for j in order[max(k - RIVAL_REACH, 0) : k] if i - j <= RIVAL_REACH]),
            ("down", [j for j in order[k + 1 : k + 1 + RIVAL_REACH] if j - i <= RIVAL_REACH]),
        ):
            best = max(near, key=lambda j: rows[j]["hm_h"], default=None)
            if best is None or rows[best]["hm_h"] <= rows[i]["hm_h"]:
                continue
            other = texts[best].count(" ") + 1
            shape = "longer" if other > words * 1.3 else "shorter" if other * 1.3 < words else "same"
            rows[i][f"hrival_{name}={shape}"] = 1.0


# A longer candidate up to this many lines below a shorter one, repeating this share of its words, retells it
# (a standfirst or a lead under its headline).
RETELL_REACH = 12
RETELL_SHARE = 0.5


def _retold(rows: dict[int, dict[str, float]], texts: list[str]) -> None:
    """Compare the candidates with each other: a headline's words come back in a longer candidate a few lines
    below it (its standfirst or lead), so the shorter line above is marked retold and the longer one retelling."""
    order = sorted(rows)
    words = [long_words(texts[i]) for i in order]
    for k, i in enumerate(order):
        own = words[k]
        size = len(own)
        if size < 2:
            continue
        for r in range(k + 1, len(order)):
            j = order[r]
            if j - i > RETELL_REACH:
                break
            other = words[r]
            if len(other) > size and len(own & other) / size >= RETELL_SHARE:
                rows[i]["hretold"] = 1.0
                rows[j]["hretells"] = 1.0


def _word_features(row: dict[str, float], i: int, texts: list[str]) -> None:
    """The words of a candidate ("hw:news"), its first word ("hf:sign") and the words of the line above it
    ("hu:politics"), as the outlet scorer reads context words: chrome, prompts, kickers and related-story boxes
    reuse a small vocabulary across sites. The ranker weighs only words of several training sites
    (eval/train_lines.py WORD_SITES); the others add nothing."""
    row.update(_own_words(texts[i]))
    if i > 0:
        row.update(_words_above(texts[i - 1]))


@lru_cache(maxsize=1 << 16)  # candidates repeat across an outlet's pages; never to be changed
def _own_words(text: str) -> dict[str, float]:
    own = line_words(text, "hw:", None)
    return {**dict.fromkeys(own, 1.0), "hf:" + own[0][3:]: 1.0} if own else {}


# The line above a candidate is often the candidate before it. Cached: never to be changed.
@lru_cache(maxsize=1 << 16)
def _words_above(text: str) -> dict[str, float]:
    return dict.fromkeys(line_words(text, "hu:", None), 1.0)


# Bucket edges of the labeller's role probabilities as ranker features.
_MARGINAL_EDGES = (0.02, 0.1, 0.3, 0.6, 0.9)


def _labeller_features(
    row: dict[str, float], i: int, roles: list[str], marginal: Callable[[str, int], float], top: float
) -> None:
    """What the line labeller says of a candidate and its surroundings: its headline and standfirst
    probabilities, its tag, whether it is the page's likeliest headline, and the tags of the lines around it (a
    headline sits above the byline and dateline, a section label above the headline)."""
    head = row["hm_h"]
    standfirst = marginal("standfirst", i)
    row["hmh=" + str(bisect_left(_MARGINAL_EDGES, head))] = 1.0
    row["hm_s"] = standfirst
    row["hms=" + str(bisect_left(_MARGINAL_EDGES, standfirst))] = 1.0
    row["hmc=" + str(bisect_left(_MARGINAL_EDGES, marginal("chrome", i)))] = 1.0
    row["htag=" + roles[i]] = 1.0
    if head >= top:
        row["hmtop"] = 1.0
    row["hnext=" + (roles[i + 1] if i + 1 < len(roles) else "edge")] = 1.0
    row["hprev=" + (roles[i - 1] if i > 0 else "edge")] = 1.0
    below, above = set(roles[i + 1 : i + 5]), set(roles[max(i - 4, 0) : i])
    if "byline" in below or "dateline" in below:
        row["hmeta_below"] = 1.0
    if "byline" in above or "dateline" in above:
        row["hmeta_above"] = 1.0


def _body_features(row: dict[str, float], i: int, texts: list[str], body_at: list[int], name: str) -> None:
    """Where a candidate stands against the page's body lines (``body_at``, features prefixed ``name``): the
    share of them above it (a headline opens the story, a related-story title follows it), and how many of its
    words the first body line below it repeats (a lead retells its headline)."""
    if not body_at:
        return
    k = bisect_left(body_at, i)
    row[name + "_above=" + str(bisect_left((0.0, 0.05, 0.2, 0.5, 0.8), k / len(body_at)))] = 1.0
    words = long_words(texts[i])
    nxt = bisect_right(body_at, i)
    if nxt < len(body_at) and words:
        below = long_words(texts[body_at[nxt]])
        share = len(words & below) / len(words)
        row[name + "_next"] = share
        row[name + "_next=" + str(bisect_left((0.0, 0.2, 0.4, 0.6), share))] = 1.0


def _pair_features(row: dict[str, float], i: int, texts: list[str], candidates: dict[int, float]) -> None:
    """How a candidate sits beside its neighbouring candidates: a headline is usually the shorter line directly
    above a longer standfirst, a standfirst the longer line directly below a headline."""
    words = texts[i].count(" ") + 1
    for off, name in ((1, "next"), (-1, "prev")):
        j = i + off
        if j in candidates:
            other = texts[j].count(" ") + 1
            shape = "longer" if other > words * 1.3 else "shorter" if other * 1.3 < words else "same"
            row[f"h{name}={shape}"] = 1.0
            if candidates[j] > candidates[i]:
                row[f"h{name}_lead"] = 1.0  # the neighbour echoes the lead paragraph more


def _shape_features(row: dict[str, float], text: str) -> None:
    """What a title cut would take off the line: a list mark, a breadcrumb trail, a site tail."""
    if _LIST_MARK.match(text):
        row["hcut=list"] = 1.0
    if _CRUMB.search(text):
        row["hcut=crumb"] = 1.0
    if _site_tail(text) is not None:
        row["hcut=tail"] = 1.0


# A one-word title: a compound written with hyphens ("Bienenstich-Muffins") is one word too.
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+[.!?]?")


def _one_word_title(text: str) -> bool:
    """A line without spaces that may still be a title: one word, a hyphenated compound, or CJK text (not a
    number, a date, a domain or a code)."""
    return len(WORD.findall(text)) == 1 or bool(_COMPOUND.fullmatch(text) or _CJK.search(text))


# A renderer's list number, bullet or heading mark before a title ("3. # Title": a breadcrumb's last item).
_LIST_MARK = re.compile(r"^(?:(?:\d{1,2}\\?\.|[*•·▪►+])\s+|#{1,6}\s+)+")
# A breadcrumb trail's separators ("Home » News » Title", "Forum>iPhone>Title"), not a quotation mark ("»Zitat«").
_CRUMB = re.compile(r"\s+[»›>]\s+|(?<=\w)>(?=\w)")


def _site_tail(text: str) -> re.Match[str] | None:
    """The " | Site" tail of a title line: a few words, shorter than the title before it. A dash tail is not cut:
    on the fitting half's copies " - X" / " – X" ends the headline itself far more often than it names the site."""
    m = TITLE_TAIL.search(text)
    if m is None or m.group(0)[1] != "|":
        return None
    tail = m["o"].strip()
    return m if tail.count(" ") < SITE_TAIL_WORDS and len(tail) < m.start() else None


def cut_title(text: str, page: str = "") -> str:
    """A headline line cut to its title: no list mark, no breadcrumb trail ("Home » News » Title": the last item
    of two or more words), and no site tail when the site's name stands elsewhere on the ``page`` too."""
    text = _LIST_MARK.sub("", text) or text
    parts = [part for part in _CRUMB.split(text) if part.strip()]
    if len(parts) > 1 and " " in parts[-1].strip():
        text = parts[-1].strip()
    m = _site_tail(text)
    if m is not None and page.lower().count(m["o"].strip().lower()) >= 2:
        text = text[: m.start()].strip()
    return text


# Lines that are never a story's title whatever the ranker says: chrome commands ("Sign in", "Skip to content"),
# file names a copy was saved under, and requests put before a pasted article ("Can you summarise this?").
_CHROME_COMMAND = re.compile(
    r"^(?:sign|log|subscribe|menu|home|search|skip|share|comments?|read more|follow|advertisement|newsletter|"
    r"cookies?|privacy|terms|contact|register|print|e-?mail|accept|close|back to|go to)\b(?:\W+\w+){0,3}\W*$",
    re.I,
)
_FILE_NAME = re.compile(r"^[\w .()-]+\.(?:txt|md|docx?|rtf|pdf|html?|odt|pages|eml)$", re.I)
_PROMPT = re.compile(
    r"^(?:(?:can|could|would|will) you|please|pls|here(?:'s| is| are)|(?:summari[sz]e|translate|rewrite|"
    r"explain|analy[sz]e|fact-check)\b)(?=.*\b(?:article|story|text|this|piece|report|following|below)\b)",
    re.I,
)


def not_a_title(text: str) -> bool:
    """A navigation command, a file name or a prompt: never a headline, so never a story's title."""
    text = text.strip(" *#>-")
    return bool(_CHROME_COMMAND.match(text) or _FILE_NAME.match(text) or _PROMPT.match(text))


SITE_TAIL_WORDS = 4  # words after a title in the page's "Title | Site" line: an outlet's name, not a teaser


def _echoes(
    texts: list[str], candidates: dict[int, float]
) -> tuple[dict[int, set[str]], dict[str, set[int]]]:
    """Where else a candidate's words stand: at the end of a longer line (a breadcrumb "Home » News » Title"),
    at the start of one (a teaser "Title: the lead..."; "site" when only a few words follow, the page's own
    "Title | Site" line), or as the same line again (share boxes, related lists); and the lines of each key."""
    keys = {i: line_key(texts[i]) for i in candidates}
    wanted = {k for k in keys.values() if k}
    # A line echoes a candidate only if it starts with a candidate's first word (its first words then may be
    # one) or ends with one's last word: the word counts of the candidates by first word and by last word.
    by_first: dict[str, set[int]] = {}
    by_last: dict[str, set[int]] = {}
    for k in wanted:
        words = k.split(" ")
        by_first.setdefault(words[0], set()).add(len(words))
        by_last.setdefault(words[-1], set()).add(len(words))
    ends: dict[str, set[int]] = {}
    starts: dict[str, set[int]] = {}
    same: dict[str, set[int]] = {}
    sited: dict[str, set[int]] = {}
    for j, text in enumerate(texts):
        if len(text) > 600:
            continue
        whole = line_key(text)
        if whole in wanted:
            same.setdefault(whole, set()).add(j)
        words = whole.split()
        if not words:
            continue
        for size in by_last.get(words[-1], ()):
            if size < len(words) and (suffix := " ".join(words[-size:])) in wanted:
                ends.setdefault(suffix, set()).add(j)
        for size in by_first.get(words[0], ()):
            if size < len(words) and (prefix := " ".join(words[:size])) in wanted:
                (sited if len(words) - size <= SITE_TAIL_WORDS else starts).setdefault(prefix, set()).add(j)
    out: dict[int, set[str]] = {}
    for i, key in keys.items():
        kinds = set()
        if ends.get(key, set()) - {i}:
            kinds.add("end")
        if starts.get(key, set()) - {i}:
            kinds.add("start")
        if sited.get(key, set()) - {i}:
            kinds.add("site")
        if len(same.get(key, ())) > 1:
            kinds.add("same")
        if kinds:
            out[i] = kinds
    return out, same


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def model_available() -> bool:
    return MODEL_PATH.exists()


def label_lines(
    texts: list[str], outlets: tuple[str, ...] = (), verdicts: list[tuple[str | None, float]] | None = None
) -> LineRoles:
    """The role of every line (all "body" when no model ships), and each line's headline probability."""
    if not texts or not model_available():
        return LineRoles(["body"] * len(texts), [0.0] * len(texts))
    rows, page = _features(texts, outlets, verdicts)
    tagger = _tagger()
    roles = list(tagger.tag(rows))
    headline_p = [0.0] * len(texts)
    ranker = _ranker()
    candidates = headline_candidates(texts, rows, page, roles, tagger.marginal)
    if ranker is None:  # no ranker shipped: the CRF's own headline marginals
        for i, row in candidates.items():
            headline_p[i] = row["hm_h"]
    else:
        weights, bias = ranker["weights"], ranker["bias"]
        for i, row in candidates.items():
            # an unweighted feature adds 0.0: the same sum in the same order, without a bytecode loop
            score = bias + sum(map(mul, map(weights.get, row, repeat(0.0)), row.values()))
            headline_p[i] = 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))
        reranker = load_reranker()
        if reranker is not None:
            proba = {i: headline_p[i] for i in candidates}
            for i, p in rerank(texts, candidates, proba, reranker).items():
                headline_p[i] = p
    drops = {}
    for i in range(max(page.start, 0), page.end + 1):
        if roles[i] in ("chrome", "caption", "filler") and _sentence_like(rows[i]):
            drops[i] = tagger.marginal(roles[i], i)
    return LineRoles(roles, headline_p, drops)


def _sentence_like(row: dict[str, float]) -> bool:
    """Nine or more words ending in terminal punctuation with some function words: reads as a sentence."""
    words = any(row.get(f"nw={b}") for b in range(5, 10))
    return (
        words and any(row.get(f"end={e}") for e in ".!?") and not row.get("stop=0") and not row.get("stop=1")
    )


@lru_cache(maxsize=1)
def _ranker() -> dict[str, Any] | None:
    """The headline ranker: logistic weights over the candidate features (eval/train_lines.py)."""
    if not RANKER_PATH.exists():
        return None
    return json.loads(RANKER_PATH.read_text(encoding="utf-8"))


def headline_min_p() -> float:
    """Probability of the best candidate below which a copy has no headline line (calibrated with the ranker)."""
    ranker = _ranker()
    return float(ranker.get("min_p", HEADLINE_MIN_P)) if ranker else HEADLINE_MIN_P
