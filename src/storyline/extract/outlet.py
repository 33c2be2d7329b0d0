"""The outlet an article comes from: its host, its site chrome, and names the plain text states about itself.

``outlet_from_text`` reads candidate names from the masthead, short standalone lines, copyright lines ("© 2024 X",
"X, 2021 ©"), "subscribe to / support / follow X", "X newsletter", "X is a registered trademark", "By A for X",
"Page | X" titles, recurring capitalised runs and the web/e-mail domains in the text; a small logistic model (weights
in ``outlet.json``, fitted by ``eval/train_outlet.py``) scores each from its cue kinds and where/how often it recurs.
``OutletNames`` keeps one shown name per outlet across articles.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import mul
from pathlib import Path
from urllib.parse import urlsplit

from tld import get_tld, is_tld

from storyline.extract.boilerplate import Line, _widget, score_line
from storyline.extract.cues import COPYRIGHT_MARK
from storyline.extract.linear import LinearModel, load_linear

_MODEL_PATH = Path(__file__).with_name("outlet.json")


_CHROME_OUTLET = tuple(
    (keywords, re.compile(pattern))
    for keywords, pattern in (
        (
            ("notification", "alerts"),
            r"(?:notifications?|alerts) from (?P<o>(?:The )?[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3})",
        ),
        (
            ("By ",),
            r"^By (?:using|continuing to use|browsing) (?P<o>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}) you agree",
        ),
        (("readers",), r"follow other (?P<o>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}) readers"),
    )
)


def outlet_from_chrome(lines: list[Line]) -> str | None:
    """The outlet named in site chrome: "notifications from The X", "By using X you agree", "other X readers"."""
    for keywords, pattern in _CHROME_OUTLET:
        for line in lines:
            if any(k in line.text for k in keywords) and (m := pattern.search(line.text)):
                return m["o"].rstrip(".")
    for line in lines[:3]:  # an all-capitals masthead: "THE EASTGATE HERALD"
        if (
            line.text.isupper()
            and _widget(line.text) is None
            and score_line(line.text, 0.0, ()).reason == "masthead"
        ):
            return line.text.title()
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The site's host without "www." ("independent.co.uk"), or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(www\d?|m|amp|mobile)\.", "", host)
    return host or None


def outlet_aliases(*names: str | None) -> tuple[str, ...]:
    """Forms of the outlet's name a pitch paragraph may use ("The Independent", "Independent")."""
    out: list[str] = []
    for name in names:
        if not name:
            continue
        if "." in name and " " not in name:  # a host: use its distinctive label
            labels = [p for p in name.split(".") if p not in ("co", "com", "org", "net", "uk", "news")]
            name = labels[0] if labels else None
            if not name or len(name) < 4:
                continue
        out.append(name)
        if name.lower().startswith("the "):
            out.append(name[4:])
    return tuple(dict.fromkeys(o for o in out if len(o) >= 3))


class OutletNames:
    """One shown name per outlet: names that compare equal (``norm``: "The Example Times", "EXAMPLE TIMES",
    "exampletimes.com") all show the name the store already uses most, else the first one seen."""

    def __init__(self, counts: dict[str, int]) -> None:
        self._names: dict[str, str] = {}
        for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            self._names.setdefault(norm(name), name)

    def canonical(self, name: str | None) -> str | None:
        key = norm(name)
        return self._names.setdefault(key, name) if name and key else name


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
                "über",
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
            r"(?:(?i:subscribe to|support|notifications? from|alerts from|welcome to|follow other|newsletter from|"
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
            ("trademark", "marca registrada", "marke"),
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
_STOP = re.compile(
    r"\s*(?:[.]\s|[,|:;]|\b(?:all rights|alle rechte|tous droits|todos (?:los derechos|os direitos)|tutti i diritti"
    r"|wszelkie prawa|minden jog)\b|\b(?:inc|ltd|llc|gmbh|plc|s\.a|ag|pty|pvt|corp|d\.o\.o|s\.r\.l)\b).*$",
    re.I,
)
# A name written as a company's ("X Media Group Ltd", "X Holdings"): the publisher, often not the outlet itself.
_COMPANY_WORDS = r"(?:Ltd|Limited|GmbH|Inc|LLC|plc|Pty|Holdings|AG|S\.A|Corp|Co\.|Enterprises|Verlag|Verlagsgesellschaft)\b"
_COMPANY = re.compile(rf"(?P<o>{_CAP_NAME})\s+{_COMPANY_WORDS}")
# Words of a publisher's or owner's name rather than a masthead's ("X Newspapers Limited", "Y Media Services").
_PUBLISHER = re.compile(
    r"\b(?:Limited|Ltd|GmbH|Inc|LLC|plc|Corp|Holdings|Media|Verlag\w*|\w*[Vv]erlag|Services|Publishing|Publications"
    r"|Group|Newspapers?|Broadcast\w*|Company|Communications|Enterprises|Zrt|Powered|Network|Interactive)\b",
    re.I,
)
# The company words alone: most pages hold none, and then the costlier name scan is skipped (same matches).
_COMPANY_HINT = re.compile(_COMPANY_WORDS)
# "Follow Us", "About Us", "Contact Me": the pronoun a cue catches is never the site's name.
_PRONOUNS = frozenset({"us", "me", "you", "we", "uns", "nous", "nosotros"})
# Where a page credits a source, a photographer or an author rather than naming itself: "via Reuters", "Photo: X",
# "(AP) —", "X/Getty Images", a byline's "By X". Run on the lines holding one of the keywords (lower-cased).
_CREDIT = re.compile(
    rf"(?:^(?:By|Written by|Von|Por|Par)\s+|\b(?i:via)\s+|\b(?i:photos?|image|credit|source|quelle|fotos?|bild|fuente)"
    rf"(?:\s+(?i:by)\s+|(?:\s+(?i:credit))?\s*[:/|]\s*))(?P<o>{_CAP_NAME})|\((?P<p>{_CAP_NAME})\)\s*[-—–]"
    rf"|(?P<g>{_CAP_NAME})\s*/\s*(?:Getty|AFP|AP|dpa|Reuters|Shutterstock)\b"
)
# A line's first characters: credits stand in captions and datelines, and prose is costly to scan.
_CREDIT_SPAN = 160
# A copyright notice's own words, in a candidate's name: the notice caught as a name.
_MARK_WORDS = re.compile(r"©|\(c\)|copyright|rights|reserv|derechos|droits|rechte", re.I)
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
# A line at least this long is running text: a name it uses is one the page talks in, not a menu's.
_PROSE = 80
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
_HEADER, _FOOTER = 0.15, 0.85  # shares of the page's lines: the site's header above, its footer below
FEATURES = (
    *(f"kind_{k}" for k in _KINDS),
    "n_kinds",
    "log_mentions",
    "log_lines",
    "first_pos",
    "last_pos",
    "head_and_foot",
    "n_words",
    "n_chars",
    "domain_agrees",
    "title_case",
    "has_digit",
    "is_upper",
    "is_host",
    "trimmed",
    "widget_like",
    "log_lower_mentions",
    "in_copyright_line",
    "part_of_other",
    "in_head",
    "in_foot",
    "top_domain",
    "platform",
    "mention_share",
    "log_prose_mentions",
    "company",
    "corporate",
    "extends_other",
    "host_written_out",
    "log_first_index",
    "log_whole_lines",
    "line_share",
    "log_prefix_lines",
    "log_suffix_lines",
    "log_credits",
    "initials_of_other",
    "spelled_out_by_other",
    "inside_share",
    "covers_share",
    "holds_mark",
)
# Hosts every kind of page links to or credits: a share button's domain is not the page's own.
_PLATFORMS = frozenset(
    "facebook twitter instagram youtube google wordpress blogspot apple amazon linkedin pinterest tiktok whatsapp"
    " adobe gravatar wikipedia reddit flickr vimeo spotify microsoft mozilla github tumblr soundcloud telegram"
    " snapchat outbrain taboola disqus feedburner gettyimages shutterstock istockphoto depositphotos unsplash"
    " cloudflare gmail yahoo bit".split()
)


def norm(name: str | None) -> str:
    """An outlet name as compared: case-folded letters and digits, no leading "the" ("TheHill" as "The Hill"); a
    host is its registered domain's label, by the public suffix list ("www.theguardian.co.uk", "The Guardian" and
    "TheGuardian" all give "guardian"; "Slate.com News" is "slate", "Le Monde.fr" is "Le Monde"; "Clarín.com" is
    "clarin", "Ökonomenstimme" is "oekonomenstimme" as its host spells it)."""
    text = _LEGAL_FORM.sub("", _CAMEL_THE.sub("", (name or "").strip()))
    # accents dropped first: "Clarín.com" is the host clarin.com
    text = _SCHEME.sub("", _fold(text)).rstrip("/")
    words = text.split()
    if words and "." in words[0] and (label := _site_label(words[0].split("/", 1)[0])):
        text = label
        if text.startswith("the") and len(text) > 6:  # "thetimes" is "The Times"
            text = text[3:]
    elif len(words) > 1 and "." in words[-1] and (label := _site_label(words[-1])):  # "Le Monde.fr"
        text = " ".join([*words[:-1], label])
    return squash(_THE.sub("", text))


@lru_cache(maxsize=1 << 14)
def _site_label(host: str) -> str | None:
    """The label a host registers under its public suffix ("bbc" of "news.bbc.co.uk"), or None if no host."""
    if not _HOST_ONLY.match(host):
        return None
    parsed = get_tld(host, fix_protocol=True, as_object=True, fail_silently=True)
    return parsed.domain if parsed and parsed.domain else None


def squash(text: str) -> str:
    """Case-folded letters and digits only, accents dropped: how names are compared ("La Razón" ~ larazon.pe)."""
    return _NON_WORD.sub("", _fold(text))


def _fold(text: str) -> str:
    """Case-folded, accents dropped, umlauts as hosts and German spell them without ("Männer" as maenner.media)."""
    text = text.casefold()
    if text.isascii():  # most pages are plain ASCII: nothing to decompose
        return text
    return _ACCENT.sub("", unicodedata.normalize("NFKD", text.translate(_UMLAUTS)))


_SCHEME = re.compile(r"^(?:https?://)?(?:www\d?\.)?")
# A legal form closing a name is the company's, not the outlet's: "BWE e.V." is "BWE" (candidates lose it in _clean).
_LEGAL_FORM = re.compile(r",?\s+(?:e\.\s?V|GmbH|Inc|Ltd|LLC|plc)\.?$", re.I)
_CAMEL_THE = re.compile(r"^The(?=[A-Z][a-z])")  # "TheHill", "TheStreet": the article run into the name
_THE = re.compile(r"^the\s+")
_NON_WORD = re.compile(r"[\W_]+")
_ALNUM = re.compile(r"[^\W_]+")
_ACCENT = re.compile(r"[\u0300-\u036f]")  # the combining marks of Latin letters, once decomposed
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


@lru_cache(maxsize=1 << 16)  # pages repeat the same menu words, names and n-grams
def _clean_key(name: str, host: bool) -> tuple[str, str]:
    """A candidate name as shown (cleaned, or a host lower-cased) and its ``norm`` key."""
    name = name.strip().lower() if host else _clean(name)
    return name, norm(name)


def _clean(name: str) -> str:
    name = _STOP.sub("", name.strip())
    name = _TRAILING_YEAR.sub("", name).strip(" -–—*#'\".")
    return re.sub(r"\s+", " ", name.removeprefix("the "))  # "sign up to the X": the article is not the name


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


def _lines_holding(keywords: tuple[str, ...], joined: str, starts: list[int]) -> set[int]:
    """Indices of the lines (as in _lines_with) holding one of ``keywords``: one str.find per keyword and line
    that holds it, a third of the cost of a regex alternation's scan."""
    found: set[int] = set()
    for keyword in keywords:
        at = joined.find(keyword)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            found.add(index)
            if index + 1 >= len(starts):
                break
            at = joined.find(keyword, starts[index + 1])
    return found


# A host needs a label character, a dot and two letters ("x.co"): lines without one skip the domain scan.
_DOMAIN_HINT = re.compile(r"[a-z0-9-]\.[a-z]{2}", re.I)


def _candidates(text: str) -> dict[str, _Candidate]:
    """Candidate names by normalised form: the display forms seen and where/how they were found.

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
        if not host and not trimmed and (short := _CORPORATE.sub("", name)) != name:
            add(short, kind, index, trimmed=True)

    domain_lines = _lines_with(_DOMAIN_HINT, "\n".join(lines), _starts(lines))
    lowered = [line.lower() for line in lines]  # lower() may change a line's length: offsets of its own
    joined, starts = "\n".join(lowered), _starts(lowered)
    cue_lines = [_lines_holding(keywords, joined, starts) for _, keywords, _ in _CUES]
    credits = Counter(
        key
        for index in _lines_holding(_CREDIT_KEYS, joined, starts)
        for m in _CREDIT.finditer(lines[index][:_CREDIT_SPAN])
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
    }


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


@dataclass(frozen=True)
class _Page:
    """What every candidate's features are measured against."""

    text: str
    squashed: str  # case-folded letters and digits only
    head: str  # the same, of the header lines
    foot: str  # the same, of the footer lines
    rights: str  # the same, of the copyright lines
    domains: frozenset[str]
    top_domain: str  # the page's most often written domain that is not a platform's ("" if none)
    max_mentions: int  # the most mentions of any candidate
    max_lines: int  # the most cue lines of any candidate
    prose: str  # the running-text lines, as written
    companies: frozenset[str]  # keys of the names written as companies'
    joined: str  # every candidate's key, one a line: for "part of another candidate's name"
    keys: frozenset[str]  # every candidate's key
    written_out: frozenset[str]  # hosts another candidate writes out ("nypost": "New York Post")
    initials: frozenset[str]  # the initials of every candidate of several words ("toi" of "Times of India")


def _page(text: str, squashed: str, found: dict[str, _Candidate], mentions: dict[str, int]) -> _Page:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    head, foot = int(len(lines) * _HEADER) + 1, int(len(lines) * _FOOTER)
    hosts = +Counter(
        {k: e.kinds["domain"] + e.kinds["email"] for k, e in found.items() if k not in _PLATFORMS}
    )
    top = max(hosts, key=lambda k: (hosts[k], k), default="")
    return _Page(
        text,
        squashed,
        squash(" ".join(lines[:head])),
        squash(" ".join(lines[foot:])),
        squash(" ".join(_copyright_lines(text))),
        frozenset(k for k, e in found.items() if e.kinds["domain"] or e.kinds["email"]),
        top,
        max(mentions.values(), default=1),
        max((e.kinds.total() for e in found.values()), default=1),
        "\n".join(ln for ln in lines if len(ln) >= _PROSE),
        _companies(text),
        "\n" + "\n".join(found) + "\n",
        frozenset(found),
        _written_out(found),
        frozenset(i for e in found.values() for i in _initials(_words(e.display))),
    )


# A stretch of text a company name cannot cross: names are made of word characters, "&", apostrophes, dots, hyphens
# and the white space between their words.
_NAME_STRETCH = re.compile(r"[\w\s&'’.-]+")


def _companies(text: str) -> frozenset[str]:
    """Keys of the names written as companies': _COMPANY run only on the stretches holding a company word (the
    same matches as over the whole text, five times faster: most pages have many capitalised words, few such)."""
    if not _COMPANY_HINT.search(text):
        return frozenset()
    return frozenset(
        norm(_CORPORATE.sub("", m["o"]))
        for stretch in _NAME_STRETCH.findall(text)
        if _COMPANY_HINT.search(stretch)
        for m in _COMPANY.finditer(stretch)
    )


@lru_cache(maxsize=1 << 16)
def _initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's initials, with and without its lower-case linking words ("toi" and "ti" of "times of india");
    none for a name of one word."""
    if len(words) < 2:
        return ()
    full = "".join(w[0] for w in words)
    bare = "".join(w[0] for w in words if not re.fullmatch(_LINK, w))
    return (full, bare) if len(bare) >= 2 and bare != full else (full,)


def _nesting(
    found: dict[str, _Candidate], mentions: dict[str, int], joined: str
) -> dict[str, tuple[float, float]]:
    """Per candidate, how much of it stands inside a longer candidate and how much of a shorter one it covers, as
    the largest mention ratio of such a pair: "Metro Times" inside "Detroit Metro Times" on every mention is the
    longer name's fragment, "CNN" in "CNN Politics" on a third of its mentions is the name."""
    inside: dict[str, float] = {}
    covers: dict[str, float] = {}
    for key in found:
        if len(key) < 3:
            continue
        at = joined.find(key)
        while at >= 0:
            start = joined.rfind("\n", 0, at) + 1
            end = joined.find("\n", at)
            other = joined[start:end]
            if other != key and mentions[key]:
                share = min(mentions[other] / mentions[key], 1.0)
                inside[key] = max(inside.get(key, 0.0), share)
                covers[other] = max(covers.get(other, 0.0), share)
            at = joined.find(key, end)
    return {key: (inside.get(key, 0.0), covers.get(key, 0.0)) for key in found}


def _written_out(found: dict[str, _Candidate]) -> frozenset[str]:
    """The host candidates some written-out candidate agrees with: the name, not the domain, is the display."""
    hosts = [key for key, entry in found.items() if entry.host]
    if not hosts:
        return frozenset()
    by_initial: dict[str, list[tuple[str, _Candidate]]] = {}  # a name agrees with a host of its own initial
    for key, entry in found.items():
        if not entry.host:
            by_initial.setdefault(key[0], []).append((key, entry))
    return frozenset(
        host
        for host in hosts
        if any(k != host and _agrees(k, host, _words(e.display)) for k, e in by_initial.get(host[0], ()))
    )


@lru_cache(maxsize=1 << 16)  # a page's candidates and their forms recur across pages
def _words(form: str) -> tuple[str, ...]:
    """A name's words as compared (letters and digits, accents dropped), without "the"."""
    return tuple(w for w in _ALNUM.findall(_fold(form)) if w != "the")


def _copyright_lines(text: str) -> list[str]:
    """Every line (between newlines) holding a copyright mark, once each, in order."""
    out: dict[int, str] = {}
    for m in COPYRIGHT_MARK.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in out:
            end = text.find("\n", m.start())
            out[start] = text[start : end if end >= 0 else len(text)]
    return list(out.values())


def _agrees(key: str, host: str, words: tuple[str, ...]) -> bool:
    """Whether a name (its key and squashed words) and a host's label are one name: one holds the other ("hill" in
    "thehill"), or the host spells the words' beginnings ("nypost": New York Post)."""
    if not host or len(key) < 3 or len(host) < 3:
        return False
    return key in host or host in key or (len(words) > 1 and host[0] == key[0] and _spells(host, words))


@lru_cache(maxsize=1 << 14)
def _spells(host: str, words: tuple[str, ...]) -> bool:
    """Whether ``host`` is a non-empty beginning of each word in turn ("ny" + "post" of "new york post")."""
    if not words:
        return not host
    first = words[0]
    return any(
        host[:i] == first[:i] and _spells(host[i:], words[1:])
        for i in range(min(len(first), len(host)), 0, -1)
    )


def _features(
    key: str, entry: _Candidate, form: str, page: _Page, mentions: int, nesting: tuple[float, float]
) -> list[float]:
    """The candidate's values of FEATURES, in that order (``form``: its display name)."""
    kinds = entry.kinds
    words = form.split()
    lower = form.lower()
    present = [float(k in kinds) for k in _KINDS]
    squashed = _words(form)
    in_head, in_foot = float(key in page.head), float(key in page.foot)
    return [
        *present,
        sum(present),  # n_kinds
        math.log1p(mentions),  # log_mentions
        math.log1p(sum(kinds.values())),  # log_lines
        entry.first,  # first_pos
        entry.last,  # last_pos
        in_head * in_foot,  # head_and_foot
        float(len(words)),  # n_words
        float(len(key)),  # n_chars
        float(any(_agrees(key, d, squashed) for d in page.domains)),  # domain_agrees
        float(all(w[:1].isupper() or not w[:1].isalpha() for w in words)),  # title_case
        float(any(c.isdigit() for c in form)),  # has_digit
        float(form.isupper()),  # is_upper
        float(entry.host),  # is_host
        float(entry.trimmed),  # trimmed
        float(_widget(form) is not None),  # widget_like
        # log_lower_mentions: generic words ("Home", "News") also run in lower case through the body; names rarely
        math.log1p(page.text.count(lower) if lower != form else 0),
        float(key in page.rights),  # in_copyright_line
        float(page.joined.count(key) > 1),  # part_of_other: its own line holds it once, lines never share it
        in_head,
        in_foot,
        float(_agrees(key, page.top_domain, squashed)),  # top_domain
        float(key in _PLATFORMS),  # platform
        mentions / max(page.max_mentions, 1),  # mention_share
        math.log1p(page.prose.count(form)),  # log_prose_mentions
        float(key in page.companies),  # company
        float(bool(_PUBLISHER.search(form))),  # corporate
        float(_extends(squashed, page.keys)),  # extends_other
        float(key in page.written_out),  # host_written_out
        math.log1p(entry.first_index),  # log_first_index
        math.log1p(kinds["masthead"] + kinds["line"]),  # log_whole_lines: a line that is the name alone
        kinds.total() / max(page.max_lines, 1),  # line_share
        math.log1p(entry.prefix_lines),  # log_prefix_lines
        math.log1p(entry.suffix_lines),  # log_suffix_lines
        math.log1p(entry.credits),  # log_credits
        float(key in page.initials),  # initials_of_other: "TOI" beside "Times of India"
        float(any(i in page.keys for i in _initials(squashed))),  # spelled_out_by_other
        *nesting,  # inside_share, covers_share
        # holds_mark: "Copyright", "© Copyright Gannett", "Derechos Reservados" name the notice, not the site
        float(bool(_MARK_WORDS.search(form))),
    ]


def _extends(words: tuple[str, ...], keys: frozenset[str]) -> bool:
    """Whether the name's first or last words alone are another candidate ("BBC" of "BBC News")."""
    return any("".join(words[:i]) in keys or "".join(words[i:]) in keys for i in range(1, len(words)))


def outlet_candidates(text: str) -> list[tuple[str, str, list[float]]]:
    """(normalised key, display name, features) of every outlet name the text states about itself."""
    found = _candidates(text)
    squashed = squash(text)
    mentions = {key: squashed.count(key) for key in found}
    page = _page(text, squashed, found, mentions)
    nesting = _nesting(found, mentions, page.joined)
    return [
        (key, form, _features(key, entry, form, page, mentions[key], nesting[key]))
        for key, entry in found.items()
        for form in (entry.display,)
    ]


# How sure the page's best name is, from the candidate scores of the whole page: the best logit, its margin over
# the runner-up, the log-sum of every candidate's odds relative to the best and the number of candidates. One name
# far above the rest is surer than the same logit among many close ones. Also a few of the best candidate's own
# features: evidence that the name is the site's (a domain or the copyright line agrees), not only that it wins
# (all of FEATURES, or ten of them, made the page model surer of wrong names on half-0 cross-validation).
_BEST_FEATURES = ("domain_agrees", "top_domain", "in_copyright_line", "head_and_foot")
_BEST_AT = tuple(FEATURES.index(name) for name in _BEST_FEATURES)
PAGE_FEATURES = (
    "best_logit",
    "margin",
    "log_partition",
    "log_candidates",
    *(f"best_{n}" for n in _BEST_FEATURES),
)


def page_features(logits: list[float], best: list[float]) -> list[float]:
    """The values of PAGE_FEATURES for a page's candidate logits (at least one) and its best candidate's FEATURES
    values."""
    ordered = sorted(logits, reverse=True)
    top = ordered[0]
    runner_up = ordered[1] if len(ordered) > 1 else top - 10.0
    return [
        top,
        top - runner_up,
        math.log(sum(math.exp(x - top) for x in ordered)),
        math.log(len(ordered)),
        *(best[i] for i in _BEST_AT),
    ]


@lru_cache(maxsize=1)
def _models() -> tuple[tuple[float, ...], float, LinearModel] | None:
    """The candidate model's weights over the raw features with its standardisation folded in (one multiply-add a
    feature, the same logit) and its intercept, and the page-confidence model; None without weights for these
    features (eval/train_outlet.py)."""
    model = load_linear(_MODEL_PATH, FEATURES)
    page = model and model.extra.get("page")
    if model is None or not page or tuple(page["features"]) != PAGE_FEATURES:
        return None
    weights = tuple(c / s for c, s in zip(model.coef, model.scale, strict=True))
    intercept = model.intercept - sum(w * m for w, m in zip(weights, model.mean, strict=True))
    return weights, intercept, LinearModel.from_dict(page)


def outlet_from_text(text: str, min_p: float) -> str | None:
    """The outlet a plain-text page names itself by (masthead, copyright, domains), or None when the page model's
    confidence in the best candidate is below ``min_p`` (an unknown outlet beats a wrong one)."""
    models = _models()
    if models is None:
        return None
    weights, intercept, page = models
    scored = [(intercept + sum(map(mul, weights, f)), name, f) for _, name, f in outlet_candidates(text)]
    if not scored:
        return None
    _, name, best = max(scored)
    return name if page.probability(page_features([logit for logit, _, _ in scored], best)) >= min_p else None
