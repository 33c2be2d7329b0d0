"""The outlet an article comes from: its host, its site chrome, and names the plain text states about itself.

``outlet_from_text`` reads candidate names from the masthead, short standalone lines, copyright lines ("© 2024 X",
"X, 2021 ©"), "subscribe to / support / follow X", "X newsletter", "X is a registered trademark", "By A for X",
"Page | X" titles, recurring capitalised runs and the web/e-mail domains in the text; a small logistic model (weights
in ``outlet.json``, fitted by ``eval/train_outlet.py``) scores each from its cue kinds, where/how often it recurs,
the words beside it and how much the name looks like an outlet's (learned from other sites' names).
``OutletNames`` keeps one shown name per outlet across articles. The text reader's parts: outlet_names (how names
compare), outlet_candidates (where a page names itself), outlet_features (each candidate's features), outlet_model
(the fitted scorer and page confidence); this module is their public face.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from storyline.extract.boilerplate import Line, _widget, score_line
from storyline.extract.outlet_candidates import TITLE_TAIL
from storyline.extract.outlet_features import FEATURES, outlet_candidates
from storyline.extract.outlet_model import PAGE_FEATURES, outlet_from_text, page_features
from storyline.extract.outlet_names import norm, squash

__all__ = [
    "FEATURES",
    "PAGE_FEATURES",
    "TITLE_TAIL",
    "OutletNames",
    "norm",
    "outlet_aliases",
    "outlet_candidates",
    "outlet_from_chrome",
    "outlet_from_text",
    "outlet_from_url",
    "page_features",
    "squash",
]


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
    page = "\n".join(line.text for line in lines)  # no keyword holds a newline: in the page iff in a line
    for keywords, pattern in _CHROME_OUTLET:
        if not any(map(page.__contains__, keywords)):
            continue
        for line in lines:
            if any(map(line.text.__contains__, keywords)) and (m := pattern.search(line.text)):
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
    "exampletimes.com") or differ by a trailing "News" ("Example" on example.com, "Example News" in its masthead:
    one newsroom, so independent-outlet counts must not count it twice) all show the name the store already uses
    most, else the first one seen."""

    def __init__(self, counts: dict[str, int]) -> None:
        self._names: dict[str, str] = {}
        for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            self._names.setdefault(_family(norm(name)), name)

    def canonical(self, name: str | None) -> str | None:
        key = _family(norm(name))
        return self._names.setdefault(key, name) if name and key else name


def _family(key: str) -> str:
    """A compared name without a trailing "news" when three letters or more are left: "bbcnews" is "bbc", while
    "news" and "cnews" keep theirs."""
    return key[:-4] if key.endswith("news") and len(key) >= 7 else key
