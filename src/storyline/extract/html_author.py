"""The page author from markup: trafilatura's extract_author, same answer, without copying the whole page.

trafilatura copies the page, prunes comment/date/figure sections from the copy, then runs four XPaths whose
EXSLT regex tests call back into Python for every element (most of storyline's markup-metadata time). Every
one of those tests reads only an element's own tag and attributes, so here one regex-free XPath picks the
few elements that could pass, compiled regexes test them, and only a candidate's ancestors and own subtree
are checked against the pruning rules: pruning can drop a candidate (it sits in a pruned section) or part
of its text, never add one. tests/test_html_author.py checks the answers against trafilatura's.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import etree

# Elements the tier tests can pick: each regex below is a set of literal alternatives, so an element that
# passes one has an attribute containing one of these strings. One XPath collects the attributes the tests
# read (and <author>/<rel> elements) in document order, and Python's regexes pick the values: ~4x cheaper
# than 25 XPath contains() tests on every element, which allocate each attribute's string once per test.
_ATTRIBUTES = etree.XPath(
    "//@class | //@id | //@itemprop | //@data-component | //@rel | //@data-testid | //author | //rel"
)
_PICKS: dict[str, Any] = {
    "class": re.compile(
        "uthor|yline|username|byl|BBL|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by"
        "|journalist-name|screenname|writer"
    ).search,
    "id": re.compile("uthor|zuozhe|bianji|xiaobian").search,
    "itemprop": re.compile("author").search,
    "data-component": re.compile("Byline").search,
    "rel": {"author"}.__contains__,
    "data-testid": {"AuthorCard", "AuthorURL"}.__contains__,
}


def _candidates(tree: Any) -> list[Any]:
    """Elements with an attribute a tier test could pass, and <author>/<rel> elements, in document order."""
    found: list[Any] = []
    last = None
    for item in _ATTRIBUTES(tree):
        if isinstance(item, str):  # an attribute value (lxml smart string: knows its name and element)
            if not _PICKS[item.attrname](item):
                continue
            item = item.getparent()
        if item is not last:  # an element's attributes follow it in document order
            found.append(item)
            last = item
    return found


# trafilatura 2.3.1 xpaths.AUTHOR_XPATHS, tier by tier (the first tier with a usable text wins).
_TIER1_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_TIER1_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_TIER2_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_TIER2_EXACT_CLASS = frozenset({"byline", "username", "byl", "BBL"})
_TIER2_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_TIER2_CLASS = re.compile(
    r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_TIER3_ID = re.compile(r"[Aa]uthor")
_TIER3_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
# trafilatura 2.3.1 xpaths.AUTHOR_DISCARD_XPATHS: sections pruned before the search.
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)"
    r"|print|category|meta-date|meta-reviewer"
)
_MAX_CHARS = 120  # extract_author's len_limit


def _tier(node: Any) -> int | None:
    """The first AUTHOR_XPATHS tier (0-2) whose test ``node`` passes, else None."""
    tag, get = node.tag, node.get
    css, ident, itemprop = get("class") or "", get("id") or "", get("itemprop") or ""
    if tag == "author" or (
        tag in _TIER1_TAGS
        and (
            get("rel") == "author"
            or ident == "author"
            or css == "author"
            or itemprop == "author name"
            or get("data-testid") in ("AuthorCard", "AuthorURL")
            or _TIER1_CLASS.search(css)
        )
    ):
        return 0
    if tag in _TIER2_TAGS and (
        css in _TIER2_EXACT_CLASS
        or "author" in itemprop
        or _TIER2_ID.search(ident)
        or _TIER2_CLASS.search(css)
    ):
        return 1
    if (
        "Byline" in (get("data-component") or "")
        or "author" in itemprop
        or _TIER3_ID.search(ident)
        or _TIER3_CLASS.search(css)
    ):
        return 2
    return None


def _discarded(node: Any) -> bool:
    """Whether ``node`` heads a section AUTHOR_DISCARD_XPATHS prunes."""
    tag = node.tag
    if tag in ("time", "figure"):
        return True
    if tag not in _DISCARD_TAGS or node.getparent() is None:  # the first discard XPath looks below the root
        return False
    get = node.get
    css, ident = get("class") or "", get("id") or ""
    return (
        ident == "comments"
        or css in ("comments", "title", "date")
        or bool(_DISCARD_ID.search(ident))
        or bool(_DISCARD_CLASS.search(css))
        or "Figure" in (get("data-component") or "")
    )


def _pruned_text(node: Any) -> str:
    """``node``'s text as it reads in trafilatura's pruned copy: discarded sections gone, their tails kept."""
    from trafilatura.utils import trim
    from trafilatura.xml import delete_element

    copy = deepcopy(node)
    doomed = [twin for original, twin in zip(node.iter(), copy.iter(), strict=True) if _discarded(original)]
    for twin in doomed:  # document order; a nested one goes with its section, as in prune_unwanted_nodes
        delete_element(twin)
    return trim(" ".join(copy.itertext()))


def markup_author(tree: Any) -> str | None:
    """The author(s) named in the page's markup (trafilatura's normalised form), or None; ``tree`` is unchanged."""
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_author

    nodes = _candidates(tree)
    if any(node.tag == "rel" for node in nodes):  # a <rel> child counts in tier 1 (rel='me'): never seen
        return extract_author(tree)
    tiers: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
    for node in nodes:
        if (tier := _tier(node)) is not None:
            tiers[tier].append(node)
    for candidates in tiers:
        for node in candidates:
            if _discarded(node) or any(_discarded(parent) for parent in node.iterancestors()):
                continue
            text = _pruned_text(node)
            if text and 2 < len(text) < _MAX_CHARS:
                return normalize_authors(None, text)
    return None
