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
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

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
_CAP_NAME = rf"(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}"
_YEARS = r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d))?\s*[,.|]?\s*)"
# Where a page names itself, one candidate kind per cue; the kinds are features the fitted model weighs.
_CUES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, keywords, re.compile(pattern))
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
            ),
            r"(?:(?i:subscribe to|support|notifications? from|alerts from|welcome to|follow other|newsletter from|"
            r"sign up (?:to|for)(?: the)?|learn about|darstellung von|abonnieren sie|assine o|suscríbete a|"
            rf"подпишись на)|^(?i:about|über))\s+(?P<o>{_CAP_NAME})",
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
            "byline",
            ("by ",),
            rf"^By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+(?:for|at)\s+(?P<o>{_CAP_NAME})$",
        ),
    )
)
_HOST = r"(?:[a-z0-9][a-z0-9-]{0,40}\.)+(?:com|net|org|info|news|tv|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})"
_DOMAIN = re.compile(
    rf"(?:(?P<mail>[\w.+-]+@)|https?://|\b)(?:www\d?\.)?(?P<o>{_HOST})\b(?![.-]\w)"
    r"(?!\.(?:jpe?g|png|gif|html?|php)\b)",
    re.I,
)
_HOST_ONLY = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})
_TITLE_TAIL = re.compile(r"\s[|–—-]\s(?P<o>[^|–—]{2,60})$")
_STOP = re.compile(r"\s*(?:[.]\s|[,|:;]|\ball rights\b|\b(?:inc|ltd|llc|gmbh|plc|s\.a|ag)\b).*$", re.I)
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
    "domain",
    "email",
    "title_tail",
    "ngram",
)
_RUN = re.compile(r"(?:[A-Z0-9][\w&'’.-]*)(?:\s+[A-Z0-9][\w&'’.-]*)*")
_MAX_NGRAMS = 30
_MAX_LINES = 3000
_HEADER, _FOOTER = 0.15, 0.85  # shares of the page's lines: the site's header above, its footer below
_COPYRIGHT_LINE = re.compile(rf"^.*(?:{COPYRIGHT_MARK.pattern}).*$", re.I | re.M)
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
)


def norm(name: str | None) -> str:
    """An outlet name as compared: case-folded letters and digits, no leading "the"; a host is its site's label
    ("www.theguardian.co.uk" and "The Guardian" both give "guardian")."""
    text = (name or "").casefold().strip()
    text = re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", text).rstrip("/")
    if _HOST_ONLY.match(text):
        labels = text.split(".")[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        text = labels[-1]
        if text.startswith("the") and len(text) > 6:  # "thetimes" is "The Times"
            text = text[3:]
    text = re.sub(r"\.(?:com|net|org|de|co\.uk|info|news)\b.*$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


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
    trimmed: bool = False  # only seen with a corporate word cut off ("Healthline" of "Healthline Media")
    host: bool = True  # only seen as a web or e-mail domain

    @property
    def display(self) -> str:
        """The most common form, mixed case before capitals ("Wexmoor Evening Post", not "WEXMOOR ...")."""
        return max(self.forms, key=lambda f: (not f.isupper(), self.forms[f]))


def _candidates(text: str) -> dict[str, _Candidate]:
    """Candidate names by normalised form: the display forms seen and where/how they were found."""
    lines = [ln.strip(" \t*+#>") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln][:_MAX_LINES]
    total = max(len(lines), 1)
    found: dict[str, _Candidate] = {}

    def add(name: str, kind: str, index: int, *, host: bool = False, trimmed: bool = False) -> None:
        name = name.strip().lower() if host else _clean(name)
        key = norm(name)
        if len(key) < 2 or len(name) > 60:
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
        if not host and not trimmed and (short := _CORPORATE.sub("", name)) != name:
            add(short, kind, index, trimmed=True)

    for index, line in enumerate(lines):
        short = len(line.split()) <= 6 and len(line) <= 60
        if short and index < 15:
            add(line, "masthead", index)
        elif short and len(line.split()) <= 4 and not line.islower():
            add(line, "line", index)
        if index < 40 and (m := _TITLE_TAIL.search(line)) and len(line) <= 160:
            add(m["o"], "title_tail", index)
        lowered = line.lower()
        for kind, keywords, pattern in _CUES:
            if any(k in lowered for k in keywords):
                for m in pattern.finditer(line):
                    add(m["o"], kind, index)
        for m in _DOMAIN.finditer(line):
            add(m["o"], "email" if m["mail"] else "domain", index, host=True)
    # Capitalised word runs that recur on several lines ("Follow Chicago Sun-Times online", "... homepage").
    grams: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, line in enumerate(lines):
        seen = set()
        for run in _RUN.findall(line):
            words = run.split()
            for size in range(1, min(4, len(words)) + 1):
                for i in range(len(words) - size + 1):
                    seen.add(" ".join(words[i : i + size]))
        for gram in seen:
            grams[gram] += 1
            first.setdefault(gram, index)
    for gram, count in grams.most_common(_MAX_NGRAMS):
        if count >= 2 and not gram.isdigit():
            add(gram, "ngram", first[gram])
    return found


@dataclass(frozen=True)
class _Page:
    """What every candidate's features are measured against."""

    text: str
    squashed: str  # case-folded letters and digits only
    head: str  # the same, of the header lines
    foot: str  # the same, of the footer lines
    rights: str  # the same, of the copyright lines
    domains: frozenset[str]
    joined: str  # every candidate's key, one a line: for "part of another candidate's name"


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _page(text: str, found: dict[str, _Candidate]) -> _Page:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    head, foot = int(len(lines) * _HEADER) + 1, int(len(lines) * _FOOTER)
    return _Page(
        text,
        _squash(text),
        _squash(" ".join(lines[:head])),
        _squash(" ".join(lines[foot:])),
        _squash(" ".join(_COPYRIGHT_LINE.findall(text))),
        frozenset(k for k, e in found.items() if e.kinds["domain"] or e.kinds["email"]),
        "\n" + "\n".join(found) + "\n",
    )


def _features(key: str, entry: _Candidate, page: _Page) -> list[float]:
    form = entry.display
    kinds = entry.kinds
    words = form.split()
    lower = form.lower()
    values = {f"kind_{k}": float(kinds[k] > 0) for k in _KINDS}
    values.update(
        {
            "n_kinds": float(sum(kinds[k] > 0 for k in _KINDS)),
            "log_mentions": math.log1p(page.squashed.count(key)),
            "log_lines": math.log1p(sum(kinds.values())),
            "first_pos": entry.first,
            "last_pos": entry.last,
            "head_and_foot": float(key in page.head and key in page.foot),
            "n_words": float(len(words)),
            "n_chars": float(len(key)),
            "domain_agrees": float(any(d in key or key in d for d in page.domains if len(d) >= 3)),
            "title_case": float(all(w[:1].isupper() or not w[:1].isalpha() for w in words)),
            "has_digit": float(any(c.isdigit() for c in form)),
            "is_upper": float(form.isupper()),
            "is_host": float(entry.host),
            "trimmed": float(entry.trimmed),
            "widget_like": float(_widget(form) is not None),
            # generic words ("Home", "News") also run in lower case through the body; names rarely do
            "log_lower_mentions": math.log1p(page.text.count(lower) if lower != form else 0),
            "in_copyright_line": float(key in page.rights),
            "part_of_other": float(key in page.joined.replace(f"\n{key}\n", "\n")),
        }
    )
    return [values[name] for name in FEATURES]


def outlet_candidates(text: str) -> list[tuple[str, str, list[float]]]:
    """(normalised key, display name, features) of every outlet name the text states about itself."""
    found = _candidates(text)
    page = _page(text, found)
    return [(key, entry.display, _features(key, entry, page)) for key, entry in found.items()]


@lru_cache(maxsize=1)
def _model() -> LinearModel | None:
    return load_linear(_MODEL_PATH, FEATURES)  # None without weights for these features: eval/train_outlet.py


def outlet_from_text(text: str, min_p: float) -> str | None:
    """The outlet a plain-text page names itself by (masthead, copyright, domains), or None when the model's
    best candidate is below ``min_p`` (an unknown outlet beats a wrong one)."""
    model = _model()
    if model is None:
        return None
    scored = [(model.probability(f), name) for _, name, f in outlet_candidates(text)]
    if not scored:
        return None
    best, name = max(scored)
    return name if best >= min_p else None
