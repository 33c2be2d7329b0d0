"""Where a plain-text page names itself: the outlet-name candidates of a page, each with the cue kinds that found
it (masthead, copyright line, "subscribe to X", domains, recurring capitalised runs, ...) and where it stands."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

import ahocorasick
from tld import is_tld

from storyline.extract.outlet_names import norm

_WORD = r"[\w&'’.|-]*[^\W\d_][\w&'’.|-]*"
_CAP = r"[A-Z0-9][\w&'’.-]*"
_NAME = rf"(?:[Tt]he\s+)?{_WORD}(?:\s+{_CAP}){{0,4}}"
_LINK = r"(?:of|de|del|di|al|la|du|der|des|do|da|ng|für|and|&)"  # lower-case words inside a name: "Times of India"
_CAP_NAME = rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,3}}"
_YEARS = r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d))?\s*[,.|]?\s*)"
# Where a page names itself, one candidate kind per cue; the kinds are features the fitted model weighs. A cue's
# pattern runs only on lines holding one of its keywords (lower-cased).
_CUES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, tuple(keywords), re.compile(pattern))
    for kind, keywords, pattern in (
        (
            "copyright",
            ("©", "(c)", "copyright"),
            rf"(?:(?i:©|\(c\)|copyright)[\s.]*)+{_YEARS}?(?:by\s+)?(?P<o>{_NAME})",
        ),
        (
            "copyright",
            ("©", "(c)"),
            rf"(?P<o>{_CAP_NAME})\s*,?\s*{_YEARS}?(?:©|\(c\))",
        ),  # "Diario Libre, 2019 ©"
        (
            "chrome",
            (
                "subscri",
                "support",
                "follow",
                "from",
                "welcome",
                "sign up",
                "about",
                "\nüber",  # only "^über": German prose is full of "über"
                "darstellung",
                "abonnieren",
                "assine",
                "suscríbete",
                "подпишись",
                "advertis",
                "werben",
                "jobs bei",
                "neu bei",
                "exklusiv bei",
                "reporter",
                "writer",
                "editor",
                "correspondent",
                "keep up",
                "pays for",
                "anunciar",
                "recommended on",
                "updates from",
                "founder of",
                "member of",
                "access",
            ),
            # the lookahead (the phrases' first letters) skips other positions: same matches, faster
            r"(?=(?i:[acdefjklmnrsuwпü]))(?:(?i:subscribe to|support|notifications? from|alerts from|welcome to|follow other|newsletter from|"
            r"sign up (?:to|for)(?: the)?|learn about|darstellung von|abonnieren sie|assine o|suscríbete a|"
            r"подпишись на|advertise (?:with|on|in)|werben (?:auf|in|bei)|jobs bei|neu bei|exklusiv bei|"
            r"(?:reporter|writer|editor|correspondent) (?:for|at)|keep up to date with|who pays for|anunciar en|"
            rf"recommended on|updates from|founder of(?: the)?|member of|sign in to access)|^(?i:about|über))\s+(?P<o>{_CAP_NAME})",
        ),
        (
            "follow",
            ("follow", "folgen", "siga", "tweets by"),
            rf"(?i:follow|folgen sie|siga(?: las noticias de)?|tweets by)\s+(?!us\b)(?P<o>{_CAP_NAME})",
        ),
        (
            "newsletter",
            ("newsletter",),
            rf"(?P<o>{_CAP_NAME})[\s-]+(?:(?i:weekly|daily|free|morning|evening)\s+)*(?i:newsletter)",
        ),
        (
            "trademark",
            ("trademark", "marca registrada", "ne marke"),  # "eine (eingetragene) marke", not "the market"
            rf"(?P<o>{_NAME})\s+(?i:is a (?:registered )?trademark|are registered trademarks|"
            r"es una marca registrada|ist eine (?:eingetragene )?marke)",
        ),
        (
            "copyright",
            ("rights reserved",),
            rf"(?i:rights reserved)[\s\d|,.–-]*(?:by\s+)?(?P<o>{_CAP_NAME})",
        ),  # "©2019 | All rights reserved | X", "Some rights reserved 2017-2023 by X"
        (
            "social",
            ("facebook", "twitter", "instagram", "youtube", "linkedin"),
            rf"(?P<o>{_CAP_NAME})\s+(?i:on|auf|bei|en|sur|no|na)\s+(?i:facebook|twitter|instagram|youtube|linkedin)\b",
        ),
        (
            "social",
            ("more from", "mehr von", "more stories from", "the latest from"),
            rf"(?i:more from|mehr von|more stories from|the latest from)\s+(?P<o>{_CAP_NAME})",
        ),
        (
            "social",
            (" app",),
            rf"(?P<o>{_CAP_NAME})(?:\s+News)?\s+[Aa]pp\b",
        ),  # "Get the X app", "The X News App"
        (
            "byline",
            ("by ",),
            rf"^By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+(?:for|at)\s+(?P<o>{_CAP_NAME})$",
        ),
        (
            "self",
            (" is a", " is the", " ist ein", " es un", " est un", " é um"),
            rf"^(?P<o>{_NAME}) (?:is (?:a|an|the)|ist eine?|es una?|est une?|é uma?) ",
        ),  # "X is a daily newspaper ...", "X ist ein Online-Dienst der ..."
    )
)
_HOST = r"(?:[a-z0-9][a-z0-9-]{0,40}\.)+(?:com|net|org|info|news|tv|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})"
_DOMAIN = re.compile(
    rf"(?:(?P<mail>[\w.+-]+@)|https?://|\b)(?:www\d?\.)?(?P<o>{_HOST})\b(?![.-]\w)"
    r"(?!\.(?:jpe?g|png|gif|html?|php)\b)",
    re.I,
)
_HOST_ONLY = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
_CRUMB = re.compile(r"[^|>›»~,]{3,40}?(?=\s*[|>›»~]|,\s)")
# A page title's " | Site" / " - Site" tail (public: the text path's headline cut reuses it).
TITLE_TAIL = re.compile(r"\s[|–—-]\s(?P<o>[^|–—]{2,60})$")
# Where a name stops (a sentence's end, a separator, a rights notice, a legal form): _clean cuts it there. The
# lookahead (the alternatives' first letters) skips other positions: the same matches in half the time.
_STOP = re.compile(
    r"(?=[.,|:;atwmilgpscd])(?:[.]\s|[,|:;]|\b(?:all rights|alle rechte|tous droits|todos (?:los derechos|os direitos)"
    r"|tutti i diritti|wszelkie prawa|minden jog)\b|\b(?:inc|ltd|llc|gmbh|plc|s\.a|ag|pty|pvt|corp|d\.o\.o|s\.r\.l)\b)",
    re.I,
)
_SPACES = re.compile(r"\s+")
# "Follow Us", "About Us", "Contact Me": the pronoun a cue catches is never the site's name.
_PRONOUNS = frozenset({"us", "me", "you", "we", "uns", "nous", "nosotros"})
# Where a page credits a source, a photographer or an author rather than naming itself: "via Reuters", "Photo: X",
# "(AP) —", "X/Getty Images", a byline's "By X". Run on the lines holding one of the keywords (lower-cased).
_CREDIT_CUES = (
    rf"(?:^(?:By|Written by|Von|Por|Par)\s+|\b(?i:via)\s+|\b(?i:photos?|image|credit|source|quelle|fotos?|bild|fuente)"
    rf"(?:\s+(?i:by)\s+|(?:\s+(?i:credit))?\s*[:/|]\s*))(?P<o>{_CAP_NAME})|\((?P<p>{_CAP_NAME})\)\s*[-—–]"
)
_CREDIT = re.compile(rf"{_CREDIT_CUES}|(?P<g>{_CAP_NAME})\s*/\s*(?:Getty|AFP|AP|dpa|Reuters|Shutterstock)\b")
# The same pattern for a line without a slash, where "X/Getty" cannot match: its group never matches, so the name
# runs are not tried at every capital (the same matches; the quick pages' credit lines in two thirds of the time).
_CREDIT_UNSLASHED = re.compile(rf"{_CREDIT_CUES}|(?P<g>(?!))")
# A line's first characters: credits stand in captions and datelines, and prose is costly to scan.
_CREDIT_SPAN = 160
_CREDIT_KEYS = (
    *(
        "by ",
        "von ",
        "por ",
        "par ",
        "via ",
        "photo",
        "image",
        "credit",
        "source",
        "quelle",
        "foto",
        "bild",
        "fuente",
    ),
    *(") -", ") —", ") –", "getty", "afp", "/ap", "/ ap", "dpa", "reuters", "shutterstock"),
)
# The keywords of each cue (in _CUES order), then the credit keys: the lines a pattern runs on.
_KEYWORD_SETS = (*(keywords for _, keywords, _ in _CUES), _CREDIT_KEYS)
_TRAILING_YEAR = re.compile(r"[\s,]+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$")
_CORPORATE = re.compile(
    r"\s+(?:media|group|foundation|company|corporation|network|online|digital|publishing|verlag|e\.v)$", re.I
)
_KINDS = (
    "masthead",
    "line",
    "copyright",
    "chrome",
    "follow",
    "newsletter",
    "trademark",
    "byline",
    "self",
    "social",
    "domain",
    "email",
    "title_tail",
    "crumb",
    "ngram",
    "affix",
)
_RUN = re.compile(r"(?:[A-Z0-9][\w&'’.-]*)(?:\s+[A-Z0-9][\w&'’.-]*)*")
_MAX_NGRAMS = 30
_MAX_AFFIXES = 20
_MAX_LINES = 3000
_MAX_AT = 3
_HEADER, _FOOTER = 0.15, 0.85  # shares of the page's lines: the site's header above, its footer below


@lru_cache(maxsize=1 << 16)  # pages repeat the same menu words, names and n-grams
def _clean_key(name: str, host: bool) -> tuple[str, str]:
    """A candidate name as shown (cleaned, or a host lower-cased) and its ``norm`` key."""
    name = name.strip().lower() if host else _clean(name)
    return name, norm(name)


def _clean(name: str) -> str:
    """A name (of one line) cut at its first stop with the white space before it, without a trailing year, edge
    marks or a leading "the", its white space runs single spaces."""
    name = name.strip()
    if (stop := _STOP.search(name)) is not None:
        name = name[: stop.start()].rstrip()
    name = _TRAILING_YEAR.sub("", name).strip(" -–—*#'\".")
    return _SPACES.sub(" ", name.removeprefix("the "))  # "sign up to the X": the article is not the name


@dataclass
class _Candidate:
    """One name a page may be calling itself: the forms it was written in, and where and how it was found."""

    forms: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    first: float = 1.0
    last: float = 0.0
    first_index: int = _MAX_LINES  # the first line it stands on: a site's title is often line 0 or 1
    trimmed: bool = False  # only seen with a corporate word cut off ("Healthline" of "Healthline Media")
    host: bool = True  # only seen as a web or e-mail domain
    prefix_lines: int = 0  # short lines it heads ("Los Andes Pass"), as counted by _affixes
    suffix_lines: int = 0  # short lines it ends ("Kiosco Los Andes")
    credits: int = 0  # lines crediting it as a source, photographer or author ("via X", "Photo: X", "By X")
    at: list[int] = field(
        default_factory=list
    )  # the first lines it was found on: their words are its context

    @property
    def display(self) -> str:
        """The most common form, mixed case before capitals ("Wexmoor Evening Post", not "WEXMOOR ...")."""
        return max(self.forms, key=lambda f: (not f.isupper(), self.forms[f]))


def _starts(lines: list[str]) -> list[int]:
    """The offset of every line in the lines joined by newlines."""
    out = [0]
    for line in lines[:-1]:
        out.append(out[-1] + len(line) + 1)
    return out


def _lines_with(pattern: re.Pattern[str], joined: str, starts: list[int]) -> set[int]:
    """Indices of the lines (joined by newlines in ``joined``, starting at ``starts``) ``pattern`` finds."""
    return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(joined)}


def _lines_holding(joined: str, starts: list[int]) -> list[set[int]]:
    """Per keyword set of _KEYWORD_SETS, the indices of the lines (as in _lines_with) holding one of its keywords,
    all found in one pass over the page (a str.find per keyword scanned it ~70 times). A keyword opening with a
    newline holds only where a line starts with the rest ("\\nabout")."""
    found: list[set[int]] = [set() for _ in _KEYWORD_SETS]
    # a newline before the first line as before the others; a keyword's line is that of its last character
    # (end - 1 in joined)
    for end, sets in _keyword_automaton().iter("\n" + joined):
        index = bisect_right(starts, end - 1) - 1
        for k in sets:
            found[k].add(index)
    return found


@lru_cache(maxsize=1)
def _keyword_automaton() -> Any:
    """An Aho–Corasick automaton of every keyword of _KEYWORD_SETS, each keyword's value the sets holding it."""
    holders: dict[str, list[int]] = {}
    for k, keywords in enumerate(_KEYWORD_SETS):
        for keyword in keywords:
            holders.setdefault(keyword, []).append(k)
    automaton = ahocorasick.Automaton()
    for keyword, sets in holders.items():
        automaton.add_word(keyword, tuple(sets))
    automaton.make_automaton()
    return automaton


# A host needs a label character, a dot and two letters ("x.co"): lines without one skip the domain scan.
_DOMAIN_HINT = re.compile(r"[a-z0-9-]\.[a-z]{2}", re.I)


def _candidates(text: str) -> tuple[dict[str, _Candidate], list[str]]:
    """Candidate names by normalised form: the display forms seen and where/how they were found; and the page's
    non-empty lines their ``at`` indices point into.

    The cue and domain patterns run only on the lines one scan of the whole page finds a keyword on."""
    lines = [ln.strip(" \t*+#>") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln][:_MAX_LINES]
    total = max(len(lines), 1)
    found: dict[str, _Candidate] = {}

    def add(name: str, kind: str, index: int, *, host: bool = False, trimmed: bool = False) -> None:
        name, key = _clean_key(name, host)
        if len(key) < 2 or len(name) > 60 or key in _PRONOUNS:
            return
        entry = found.get(key)
        if entry is None:
            entry = found[key] = _Candidate(trimmed=trimmed, host=host)
        if not host:  # a name written out is the better display form than the domain
            if entry.host:
                entry.forms.clear()
            entry.host = False
        if host == entry.host:
            entry.forms[name] += 1
        entry.trimmed = entry.trimmed and trimmed
        entry.kinds[kind] += 1
        entry.first, entry.last = min(entry.first, index / total), max(entry.last, index / total)
        entry.first_index = min(entry.first_index, index)
        if len(entry.at) < _MAX_AT and index not in entry.at:
            entry.at.append(index)
        if not host and not trimmed and (short := _CORPORATE.sub("", name)) != name:
            add(short, kind, index, trimmed=True)

    domain_lines = _lines_with(_DOMAIN_HINT, "\n".join(lines), _starts(lines))
    lowered = [line.lower() for line in lines]  # lower() may change a line's length: offsets of its own
    joined, starts = "\n".join(lowered), _starts(lowered)
    *cue_lines, credit_lines = _lines_holding(joined, starts)
    credits = Counter(
        key
        for index in credit_lines
        for m in _credits(lines[index])
        if len(key := _clean_key(m["o"] or m["p"] or m["g"], False)[1]) >= 2
    )
    cues_on: dict[int, list[int]] = {}  # line index -> the cues (in _CUES order) whose keywords it holds
    for cue, holding in enumerate(cue_lines):
        for index in holding:
            cues_on.setdefault(index, []).append(cue)
    wanted = set(range(min(40, len(lines)))).union(domain_lines, cues_on)
    wanted.update(i for i, line in enumerate(lines) if len(line) <= 60)
    for index in sorted(wanted):
        line = lines[index]
        n_words = len(line.split()) if len(line) <= 60 else 7  # a longer line is never short
        short = n_words <= 6
        if short and index < 15:
            add(line, "masthead", index)
        elif short and n_words <= 4 and not line.islower():
            add(line, "line", index)
        elif len(line) <= 60 and any(c in line for c in "|>›»~,") and (m := _CRUMB.match(line)):
            # "Voice Online > News > Features": the first crumb
            add(m[0], "crumb", index)
        if index < 40 and (m := TITLE_TAIL.search(line)) and len(line) <= 160:
            add(m["o"], "title_tail", index)
        for cue in cues_on.get(index, ()):
            kind, _, pattern = _CUES[cue]
            for m in pattern.finditer(line):
                add(m["o"], kind, index)
        if index in domain_lines:
            for m in _DOMAIN.finditer(line):
                if _real_tld(m["o"]):
                    add(m["o"], "email" if m["mail"] else "domain", index, host=True)
    for gram, index in _recurring_runs(lines):
        add(gram, "ngram", index)
    prefixes, suffixes, first_affix = _affixes(lines)
    for key, count in (prefixes + suffixes).most_common(_MAX_AFFIXES):
        if count >= 2 and not key.isdigit():
            affix, index = first_affix[key]
            add(affix, "affix", index)
    for key, entry in found.items():
        entry.prefix_lines, entry.suffix_lines, entry.credits = prefixes[key], suffixes[key], credits[key]
    # A short line met once inside the article, found by nothing else, is a subhead or a list item: the site's
    # name stands in its header or footer, recurs, or comes with a cue.
    return {
        key: entry
        for key, entry in found.items()
        if not (
            entry.kinds.keys() == {"line"} and entry.kinds["line"] == 1 and _HEADER < entry.first < _FOOTER
        )
    }, lines


def _credits(line: str) -> Iterator[re.Match[str]]:
    """The credit matches on a line's first characters (_CREDIT_SPAN)."""
    span = line[:_CREDIT_SPAN]
    return (_CREDIT if "/" in span else _CREDIT_UNSLASHED).finditer(span)


@lru_cache(maxsize=1 << 12)
def _real_tld(host: str) -> bool:
    """Whether a host's last label is a top-level domain of the public suffix list: "Next.js", "EE.UU." and
    "index.aspx" look like hosts but name no site."""
    return bool(is_tld(host.rsplit(".", 1)[-1].lower()))


def _recurring_runs(lines: list[str]) -> list[tuple[str, int]]:
    """Capitalised word runs of up to four words that recur on several lines ("Follow Chicago Sun-Times online",
    "... homepage"): the most frequent ones with the index of the first line each stands on. Ties keep the order
    the runs first appear in."""
    per_line = [dict.fromkeys(chain.from_iterable(map(_grams, _RUN.findall(line)))) for line in lines]
    grams = Counter(chain.from_iterable(per_line))  # counted once per line, in order of first appearance
    return [
        (gram, next(i for i, seen in enumerate(per_line) if gram in seen))
        for gram, count in grams.most_common(_MAX_NGRAMS)
        if count >= 2 and not gram.isdigit()
    ]


def _affixes(lines: list[str]) -> tuple[Counter[str], Counter[str], dict[str, tuple[str, int]]]:
    """The first and last one to three words of every short menu-like line, counted once a line by ``norm`` key
    ("Los Andes Pass", "Kiosco Los Andes", "top agrar online"): a brand heads or tails its own site's links. Also
    each affix's first written form and line."""
    prefixes: Counter[str] = Counter()
    suffixes: Counter[str] = Counter()
    first: dict[str, tuple[str, int]] = {}
    for index, line in enumerate(lines):
        if len(line) > 60:
            continue
        words = line.split()
        if not 2 <= len(words) <= 6:
            continue
        for size in range(1, min(3, len(words) - 1) + 1):
            for affix, counts in ((" ".join(words[:size]), prefixes), (" ".join(words[-size:]), suffixes)):
                key = _clean_key(affix, False)[1]
                if len(key) >= 2:
                    counts[key] += 1
                    first.setdefault(key, (affix, index))
    return prefixes, suffixes, first


@lru_cache(maxsize=1 << 16)  # runs recur across lines and pages
def _grams(run: str) -> tuple[str, ...]:
    """A run's word n-grams of up to four words, shortest first, left to right (a one-word run as written)."""
    words = run.split()
    if len(words) == 1:
        return (run,)
    return tuple(
        " ".join(words[i : i + size])
        for size in range(1, min(4, len(words)) + 1)
        for i in range(len(words) - size + 1)
    )
