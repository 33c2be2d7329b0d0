"""The outlet an article comes from: its host, its site chrome, and names the plain text states about itself.

``outlet_from_text`` reads candidate names from the masthead, copyright lines, "subscribe to X" lines, "Page | X"
titles and the web/e-mail domains in the text, and a small logistic model (weights in ``outlet.json``, fitted by
``eval/train_outlet.py``) picks one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from storyline.extract.boilerplate import Line, _widget, score_line
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


_NAME = r"(?:[Tt]he\s+)?[\w&'’.|-]*[^\W\d_][\w&'’.|-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,4}"
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d))?\s*,?\s*)?(?:by\s+)?"
    rf"(?P<o>{_NAME})",
    re.I,
)
_CHROME = re.compile(
    r"(?:subscribe to|support|notifications? from|alerts from|welcome to|follow other|newsletter from|"
    r"Darstellung von|abonnieren sie)\s+(?P<o>(?:[Tt]he\s+)?[A-Z0-9][\w&'’.|-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3})"
)
_DOMAIN = re.compile(
    r"(?:https?://|www\.|@|\b)(?P<o>[a-z0-9][a-z0-9-]{1,40})\."
    r"(?:com|net|org|info|news|tv|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})\b(?![.-]\w)(?!\.(?:jpe?g|png|gif|html?|php)\b)",
    re.I,
)
_TITLE_TAIL = re.compile(r"\s[|–—-]\s(?P<o>[^|–—]{2,60})$")
_STOP = re.compile(r"\s*(?:[,.|:;]|\ball rights\b|\b(?:inc|ltd|llc|gmbh|plc|s\.a|ag)\b).*$", re.I)
_KINDS = ("masthead", "copyright", "chrome", "domain", "title_tail", "ngram")
_RUN = re.compile(r"(?:[A-Z0-9][\w&'’.-]*)(?:\s+[A-Z0-9][\w&'’.-]*)*")
_MAX_NGRAMS = 30
_COPYRIGHT_LINE = re.compile(r"^.*(?:©|\(c\)|copyright|all rights reserved).*$", re.I | re.M)
FEATURES = (
    *(f"kind_{k}" for k in _KINDS),
    "n_kinds",
    "log_mentions",
    "log_lines",
    "first_pos",
    "n_words",
    "domain_agrees",
    "title_case",
    "has_digit",
    "is_upper",
    "widget_like",
    "log_lower_mentions",
    "in_copyright_line",
)


def norm(name: str | None) -> str:
    """An outlet name as compared: case-folded letters and digits, no leading "the", no web suffix."""
    text = (name or "").casefold().strip()
    text = re.sub(r"^(?:https?://)?(?:www\.)?", "", text)
    text = re.sub(r"\.(?:com|net|org|de|co\.uk|info|news)\b.*$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


def _clean(name: str) -> str:
    name = _STOP.sub("", name.strip()).strip(" -–—*#'\"")
    return re.sub(r"\s+", " ", name)


def _candidates(text: str) -> dict[str, dict]:
    """Candidate names by normalised form: the display forms seen and where/how they were found."""
    lines = [ln.strip(" \t*+#>") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln][:3000]
    total = max(len(lines), 1)
    found: dict[str, dict] = {}

    def add(name: str, kind: str, index: int) -> None:
        name = _clean(name)
        key = norm(name)
        if len(key) < 2 or len(name) > 60:
            return
        entry = found.setdefault(key, {"forms": Counter(), "kinds": Counter(), "first": index / total})
        entry["forms"][name] += 1
        entry["kinds"][kind] += 1

    for index, line in enumerate(lines):
        if index < 15 and len(line.split()) <= 6 and len(line) <= 60:
            add(line, "masthead", index)
        if index < 40 and (m := _TITLE_TAIL.search(line)) and len(line) <= 160:
            add(m["o"], "title_tail", index)
        for m in _COPYRIGHT.finditer(line):
            add(m["o"], "copyright", index)
        for m in _CHROME.finditer(line):
            add(m["o"], "chrome", index)
        for m in _DOMAIN.finditer(line):
            add(m["o"], "domain", index)
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


def _features(
    key: str, entry: dict, text_norm: str, domains: set[str], text: str, rights: str
) -> list[float]:
    form = entry["forms"].most_common(1)[0][0]
    kinds = entry["kinds"]
    words = form.split()
    values = {f"kind_{k}": float(kinds[k] > 0) for k in _KINDS}
    values.update(
        {
            "n_kinds": float(sum(kinds[k] > 0 for k in _KINDS)),
            "log_mentions": math.log1p(text_norm.count(key)),
            "log_lines": math.log1p(sum(kinds.values())),
            "first_pos": entry["first"],
            "n_words": float(len(words)),
            "domain_agrees": float(any(d in key or key in d for d in domains if len(d) >= 3)),
            "title_case": float(all(w[:1].isupper() or not w[:1].isalpha() for w in words)),
            "has_digit": float(any(c.isdigit() for c in form)),
            "is_upper": float(form.isupper()),
            "widget_like": float(_widget(form) is not None),
            # generic words ("Home", "News") also run in lower case through the body; names rarely do
            "log_lower_mentions": math.log1p(
                len(re.findall(rf"(?<!\w){re.escape(form.lower())}(?!\w)", text))
                if form.lower() != form
                else 0
            ),
            "in_copyright_line": float(key in rights),
        }
    )
    return [values[name] for name in FEATURES]


def outlet_candidates(text: str) -> list[tuple[str, str, list[float]]]:
    """(normalised key, display name, features) of every outlet name the text states about itself."""
    found = _candidates(text)
    domains = {k for k, e in found.items() if e["kinds"]["domain"]}
    text_norm = re.sub(r"[\W_]+", "", text.casefold())
    rights = re.sub(r"[\W_]+", "", " ".join(_COPYRIGHT_LINE.findall(text)).casefold())
    out = []
    for key, entry in found.items():
        features = _features(key, entry, text_norm, domains, text, rights)
        out.append((key, entry["forms"].most_common(1)[0][0], features))
    return out


@lru_cache(maxsize=1)
def _model() -> LinearModel | None:
    return load_linear(_MODEL_PATH, FEATURES)  # None without weights for these features: eval/train_outlet.py


def outlet_from_text(text: str) -> str | None:
    """The outlet a plain-text page names itself by (masthead, copyright, domains), or None when unsure."""
    model = _model()
    if model is None:
        return None
    scored = [(model.probability(f), name) for _, name, f in outlet_candidates(text)]
    if not scored:
        return None
    best, name = max(scored)
    return name if best >= model.extra["threshold"] else None
