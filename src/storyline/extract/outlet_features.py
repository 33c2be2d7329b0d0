"""The features of every outlet-name candidate a page holds (FEATURES, in order): its cue kinds, where and how
often it recurs, and how it stands beside the page's domains, copyright lines, companies and other candidates."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from storyline.extract.boilerplate import _widget
from storyline.extract.cues import COPYRIGHT_MARK
from storyline.extract.outlet_candidates import (
    _CAP_NAME,
    _CORPORATE,
    _FOOTER,
    _HEADER,
    _KINDS,
    _LINK,
    _Candidate,
    _candidates,
)
from storyline.extract.outlet_names import _agrees, _words, norm, squash
from storyline.extract.substring_counts import count_each

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
# A copyright notice's own words, in a candidate's name: the notice caught as a name.
_MARK_WORDS = re.compile(r"©|\(c\)|copyright|rights|reserv|derechos|droits|rechte", re.I)
# A line at least this long is running text: a name it uses is one the page talks in, not a menu's.
_PROSE = 80
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


@dataclass(frozen=True)
class _Page:
    """What every candidate's features are measured against."""

    head: str  # the header lines, case-folded letters and digits only
    foot: str  # the same, of the footer lines
    rights: str  # the same, of the copyright lines
    domains: frozenset[str]
    top_domain: str  # the page's most often written domain that is not a platform's ("" if none)
    max_mentions: int  # the most mentions of any candidate
    max_lines: int  # the most cue lines of any candidate
    companies: frozenset[str]  # keys of the names written as companies'
    joined: str  # every candidate's key, one a line: for "part of another candidate's name"
    keys: frozenset[str]  # every candidate's key
    written_out: frozenset[str]  # hosts another candidate writes out ("nypost": "New York Post")
    initials: frozenset[str]  # the initials of every candidate of several words ("toi" of "Times of India")
    lower_mentions: dict[str, int]  # text.count of each display form lower-cased (where that changes it)
    prose_mentions: dict[str, int]  # how often each display form stands in the running-text lines


def _page(text: str, found: dict[str, _Candidate], forms: dict[str, str], mentions: dict[str, int]) -> _Page:
    """The page the candidates are measured against (``forms``: each candidate's display name)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    head, foot = int(len(lines) * _HEADER) + 1, int(len(lines) * _FOOTER)
    hosts = +Counter(
        {k: e.kinds["domain"] + e.kinds["email"] for k, e in found.items() if k not in _PLATFORMS}
    )
    top = max(hosts, key=lambda k: (hosts[k], k), default="")
    prose = "\n".join(ln for ln in lines if len(ln) >= _PROSE)  # the running-text lines, as written
    return _Page(
        squash(" ".join(lines[:head])),
        squash(" ".join(lines[foot:])),
        squash(" ".join(_copyright_lines(text))),
        frozenset(k for k, e in found.items() if e.kinds["domain"] or e.kinds["email"]),
        top,
        max(mentions.values(), default=1),
        max((e.kinds.total() for e in found.values()), default=1),
        _companies(text),
        "\n" + "\n".join(found) + "\n",
        frozenset(found),
        _written_out(found, forms),
        frozenset(i for form in forms.values() for i in _initials(_words(form))),
        count_each(text, {lower for form in forms.values() if (lower := form.lower()) != form}),
        count_each(prose, forms.values()),
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


def _written_out(found: dict[str, _Candidate], forms: dict[str, str]) -> frozenset[str]:
    """The host candidates some written-out candidate (``forms``: display names) agrees with: the name, not the
    domain, is the display."""
    hosts = [key for key, entry in found.items() if entry.host]
    if not hosts:
        return frozenset()
    by_initial: dict[str, list[str]] = {}  # a name agrees with a host of its own initial
    for key, entry in found.items():
        if not entry.host:
            by_initial.setdefault(key[0], []).append(key)
    return frozenset(
        host
        for host in hosts
        if any(k != host and _agrees(k, host, _words(forms[k])) for k in by_initial.get(host[0], ()))
    )


def _copyright_lines(text: str) -> list[str]:
    """Every line (between newlines) holding a copyright mark, once each, in order."""
    out: dict[int, str] = {}
    for m in COPYRIGHT_MARK.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in out:
            end = text.find("\n", m.start())
            out[start] = text[start : end if end >= 0 else len(text)]
    return list(out.values())


def _features(
    key: str, entry: _Candidate, form: str, page: _Page, mentions: int, nesting: tuple[float, float]
) -> list[float]:
    """The candidate's values of FEATURES, in that order (``form``: its display name)."""
    kinds = entry.kinds
    words = form.split()
    lower = form.lower()
    present = list(map(float, map(kinds.__contains__, _KINDS)))
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
        math.log1p(page.lower_mentions[lower] if lower != form else 0),
        float(key in page.rights),  # in_copyright_line
        float(page.joined.count(key) > 1),  # part_of_other: its own line holds it once, lines never share it
        in_head,
        in_foot,
        float(_agrees(key, page.top_domain, squashed)),  # top_domain
        float(key in _PLATFORMS),  # platform
        mentions / max(page.max_mentions, 1),  # mention_share
        math.log1p(page.prose_mentions[form]),  # log_prose_mentions
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


# A context word: letters, or a sign that stands beside names ("©", "|", "@").
_CONTEXT_WORD = re.compile(r"[^\W\d_]{2,}|[©@|]")
_CONTEXT_SPAN = 120  # a line's first characters: the words beside a name in chrome, not a paragraph's


def line_words(line: str, mark: str, vocabulary: frozenset[str] | None) -> tuple[str, ...]:
    """The context words of a line (of its first _CONTEXT_SPAN characters), each after ``mark``; only those in
    ``vocabulary`` when given (the scorer weighs no others)."""
    return _marked(_tokens(line), mark, vocabulary)


def _tokens(line: str) -> list[str]:
    """A line's context words unmarked: found once a line, marked for each use (its own, beside a name)."""
    return _CONTEXT_WORD.findall(line[:_CONTEXT_SPAN].lower())


def _marked(tokens: list[str], mark: str, vocabulary: frozenset[str] | None) -> tuple[str, ...]:
    words = map(mark.__add__, tokens)  # map and filter in C: no bytecode a token
    return tuple(words if vocabulary is None else filter(vocabulary.__contains__, words))


# A name's shape: letters by case and digits, each run one sign ("The Daily Post" -> "Xx Xx Xx", "WXYZ-TV" -> "X-X").
_SHAPE = ((re.compile(r"[A-Z]+"), "X"), (re.compile(r"[a-z]+"), "x"), (re.compile(r"\d+"), "d"))


@lru_cache(maxsize=4096)
def name_grams(name: str) -> tuple[str, ...]:
    """What a name looks like, for the learned outlet-name likeness (names share shape across sites: "… Times",
    "The … Post", "WXYZ", "….com"; sections and cities do not): the whole name (menu words: "News", "Home"), its
    number of words, first and last words, its shape, and the character trigrams of its lower-cased words with a
    space at either end."""
    words = name.lower().split()
    if not words:
        return ()
    shape = name
    for pattern, sign in _SHAPE:
        shape = pattern.sub(sign, shape)
    low = " " + " ".join(words) + " "
    return (
        "o:" + low.strip(),
        f"n:{min(len(words), 5)}",
        "f:" + words[0],
        "l:" + words[-1],
        "h:" + shape[:12],
        *(low[i : i + 3] for i in range(len(low) - 2)),
    )


def _context(
    entry: _Candidate,
    form: str,
    same: dict[int, tuple[str, ...]],
    near: dict[int, tuple[str, ...]],
    vocabulary: frozenset[str] | None,
) -> frozenset[str]:
    """The words of a candidate and beside it where it was found: "w:" its own ("w:news", "w:home": chrome words
    every site uses), "s:" the rest of its lines' ("s:copyright", "s:subscribe"), "n:" the lines above and below
    ("n:follow"), from the page's words by line (``same``, ``near``): for the fitted scorer's learned context
    weights. Computed a page at a time, not cached across pages: a cache of that size slows every collection."""
    own = line_words(form, "w:", None)
    words = frozenset(w for w in own if vocabulary is None or w in vocabulary).union(
        *[same[i] for i in entry.at], *[near[j] for i in entry.at for j in (i - 1, i + 1) if j in near]
    )
    return words.difference([mark + w[1:] for w in own for mark in "sn"]) if own else words


def outlet_candidates(
    text: str, vocabulary: frozenset[str] | None = None
) -> list[tuple[str, str, list[float], frozenset[str]]]:
    """(normalised key, display name, features, context words) of every outlet name the text states about
    itself; only the context words in ``vocabulary`` when given (the scorer's)."""
    found, lines = _candidates(text)
    squashed = squash(text)
    mentions = count_each(squashed, found)
    forms = {key: entry.display for key, entry in found.items()}  # a max over its forms: once a candidate
    page = _page(text, found, forms, mentions)
    nesting = _nesting(found, mentions, page.joined)
    at = {i for entry in found.values() for i in entry.at}
    beside = {j for i in at for j in (i - 1, i + 1) if 0 <= j < len(lines)}
    tokens = {i: _tokens(lines[i]) for i in at | beside}  # a line beside one name is often another's own
    same = {i: _marked(tokens[i], "s:", vocabulary) for i in at}
    near = {j: _marked(tokens[j], "n:", vocabulary) for j in beside}
    return [
        (
            key,
            form,
            _features(key, found[key], form, page, mentions[key], nesting[key]),
            _context(found[key], form, same, near, vocabulary),
        )
        for key, form in forms.items()
    ]
