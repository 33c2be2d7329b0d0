"""Separate article text from site chrome: trafilatura for HTML; for plain text, cue scores per line (extract/cues.py),
which are also features of the learned line labeller (extract/line_roles.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from storyline.extract import cues
from storyline.extract.html_author import markup_author
from storyline.extract.invisible import visible_text
from storyline.settings import DEFAULTS, CleanSettings

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEEDS_SPACE_FIX = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")
_PAREN_TAIL = re.compile(r"\s*\([^()]{1,60}\)\s*")  # a repeated caption's credit: "(Agency/Name)"
_NORMALISE_WIDGET = re.compile(r"[\s:.|>»›•·]+$")


@dataclass(frozen=True)
class Line:
    """One non-empty line of the input with its position (index among non-empty lines)."""

    index: int
    text: str


@dataclass(frozen=True)
class Verdict:
    """The classifier's decision on a line: its best chrome reason and score."""

    reason: str | None
    score: float


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with whitespace (including no-break spaces) collapsed and invisible characters dropped,
    markdown tables as a browser copies them."""
    out: list[Line] = []
    text = visible_text(text)
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if "-|" in text or "|-" in text:
        raws = _unpipe_tables(raws)
    if "_" in text or "\\" in text:
        raws = [_unmark(raw) if "_" in raw or "\\" in raw else raw for raw in raws]
    for raw in raws:
        # stripped first: a rendered line's padding is most of the runs to collapse (every _SPACE character is
        # white space, so the same line; on the quick inscriptis pages 819 lines of 83,353 are left to collapse)
        clean = raw.strip()
        if _NEEDS_SPACE_FIX.search(clean):
            clean = _SPACE.sub(" ", clean)
        if clean.startswith(">"):
            clean = _MD_QUOTE.sub("", clean)
        if clean:
            out.append(Line(len(out), clean))
    return out


_MD_QUOTE = re.compile(r"^(?:>\s*)+")  # a Markdown blockquote's "> " marks (embedded tweets), not in a copy
# "_Reuters_", "__bold__", and html2text's "_Out There _" when the emphasis ended in a space
_MD_UNDERSCORE = re.compile(r"(?<!\w)(__?)(?=[^\s_])([^\n]*?)(?:(?<=[^\s_])\1(?!\w)|(\s)\1)")
_MD_ESCAPE = re.compile(r"\\([-\\`*_{}\[\]()#+.!>|])")  # "\-", "1\."


def _unmark(raw: str) -> str:
    """A Markdown renderer's underscore emphasis and backslash escapes as a browser copy shows them: "_Reuters_"
    would be a different word ("_Reuters_" is one \\w+ token) and "\\-" a stray mark to the cues and the labeller."""
    return _MD_ESCAPE.sub(r"\1", _MD_UNDERSCORE.sub(r"\2\3", raw))


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # "---|---|---"


def _unpipe_tables(raws: list[str]) -> list[str]:
    """Markdown tables (html2text's "a | b" rows under a "---|---" rule) as cells a browser copy would give: the
    rule dropped, the pipes gone. Pipe rows read as navigation bars ("Home | News | Sport") to the chrome cues
    and the labeller, so a table of results would be cut from the story."""
    rules = [i for i, raw in enumerate(raws) if _TABLE_RULE.match(raw)]
    if not rules:
        return raws
    out = list(raws)
    for rule in rules:
        out[rule] = ""
        rows = [rule - 1] if rule > 0 else []
        below = rule + 1
        while below < len(raws) and "|" in raws[below] and not _TABLE_RULE.match(raws[below]):
            rows.append(below)
            below += 1
        for i in rows:
            out[i] = "\t".join(cell.strip() for cell in raws[i].strip().strip("|").split("|"))
    return out


def _widget(text: str) -> str | None:
    if len(text) > 40:
        return None
    key = _NORMALISE_WIDGET.sub("", text.lower()).strip()
    return cues.WIDGET_LINES.get(key)


def score_line(
    text: str, position: float, outlets: tuple[str, ...], settings: CleanSettings = DEFAULTS.clean
) -> Verdict:
    """Score one line: cue evidence per reason plus generic features; the best reason wins."""
    s = settings
    widget, lowered, reason, evidence, n_words, first_person, reported = _line_cues(text)
    if widget:
        return Verdict(widget, cues.STRONG + s.chrome_short_unpunctuated)
    generic = 0.0
    if any(o.lower() in lowered for o in outlets):
        generic += s.chrome_outlet_mention
    generic += min(first_person * s.chrome_first_person, s.chrome_first_person_cap)
    if position <= s.chrome_edge_fraction or position >= 1 - s.chrome_edge_fraction:
        generic += s.chrome_edge
    if n_words <= s.chrome_short_words and not text.endswith((".", "!", "?")):
        generic += s.chrome_short_unpunctuated
    if reported:
        generic += s.chrome_reported_speech
    if n_words > s.chrome_long_words:
        generic += s.chrome_long
    if reason is None:
        return Verdict(None, generic)
    return Verdict(reason, evidence + generic)


@lru_cache(maxsize=1 << 16)  # pages repeat lines (menus, footers, share rows), and so do an outlet's pages
def _line_cues(text: str) -> tuple[str | None, str, str | None, float, int, int, bool]:
    """What score_line reads from the line alone, once per line: its widget reason, the lower-cased line, the
    cue phrases' best reason and evidence, its word count, first-person-plural words and reported speech."""
    widget = _widget(text)
    lowered = text.lower()
    if widget:
        return widget, lowered, None, 0.0, 0, 0, False
    reason, evidence = _cue_evidence(lowered)
    return (
        None,
        lowered,
        reason,
        evidence,
        text.count(" ") + 1,
        len(cues.FIRST_PERSON_PLURAL.findall(text)),
        bool(cues.REPORTED_SPEECH.search(lowered)),
    )


def _cue_evidence(lowered: str) -> tuple[str | None, float]:
    """The best chrome reason the cue phrases give a (lower-cased) line and its summed weight; (None, 0.0) when
    no cue matches. Cues run only when the line holds one of their keywords."""
    candidates = set(cues.ALWAYS_CUES)
    for keyword in filter(lowered.__contains__, cues.KEYWORDS):  # C-level scan: no bytecode a keyword
        candidates.update(cues.CUES_BY_KEYWORD[keyword])
    by_reason: dict[str, float] = {}
    for i in candidates:
        cue = cues.CUES[i]
        if cue.pattern.search(lowered):
            by_reason[cue.reason] = by_reason.get(cue.reason, 0.0) + cue.weight
    if not by_reason:
        return None, 0.0
    reason = max(by_reason, key=lambda r: by_reason[r])
    return reason, by_reason[reason]


def _is_label_like(text: str, max_words: int) -> bool:
    """A short line without sentence-final punctuation (a link headline, a button)."""
    return text.count(" ") < max_words and not text.endswith((".", "!", "?", '"', "”", ":"))


def _caption_pairs(lines: list[Line]) -> set[int]:
    """Indices of a caption's repeat with a credit ("X" then "X (PA wire)"): the repeat is chrome.

    The first copy stays in the body: a caption often carries a fact no paragraph repeats, and briefings
    can only cite what the body holds."""
    found: set[int] = set()
    for a, b in zip(lines, lines[1:], strict=False):
        if b.text.startswith(a.text) and len(a.text) >= 15:
            tail = b.text[len(a.text) :]
            if not tail.strip() or cues.CREDIT.fullmatch(tail) or _PAREN_TAIL.fullmatch(tail):
                found.add(b.index)
    return found


def score_lines(
    lines: list[Line], outlets: tuple[str, ...], settings: CleanSettings = DEFAULTS.clean
) -> list[Verdict]:
    """The cue verdict of every line (position = relative index)."""
    total = max(len(lines) - 1, 1)
    return [score_line(line.text, line.index / total, outlets, settings) for line in lines]


def classify_lines(
    lines: list[Line],
    outlets: tuple[str, ...],
    settings: CleanSettings,
    verdicts: list[Verdict] | None = None,
) -> dict[int, str]:
    """Map line index -> removal reason for every chrome line; body lines are absent from the map."""
    if verdicts is None:
        verdicts = score_lines(lines, outlets, settings)
    forward = {"navigation": settings.navigation_run_words, "feedback": settings.feedback_run_words}
    removed: dict[int, str] = {}
    for line, verdict in zip(lines, verdicts, strict=True):
        if verdict.reason and verdict.score >= settings.chrome_threshold:
            removed[line.index] = verdict.reason
    for i in _caption_pairs(lines):
        removed.setdefault(i, "caption")
    for line in lines:  # forward runs under a dropped label
        reason = removed.get(line.index - 1)
        limit = forward.get(reason or "")
        if limit and line.index not in removed and _is_label_like(line.text, limit):
            removed[line.index] = reason or ""
    # Multi-paragraph pitches: a neighbour of a dropped pitch paragraph needs less evidence.
    changed = True
    while changed:
        changed = False
        for line, verdict in zip(lines, verdicts, strict=True):
            if line.index in removed or verdict.score < settings.chrome_context_threshold:
                continue
            for j in (line.index - 1, line.index + 1):
                if removed.get(j) in cues.PITCH_REASONS:
                    removed[line.index] = removed[j]
                    changed = True
                    break
    return removed


# --- HTML -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlExtraction:
    """trafilatura's body (paragraphs as lines) and the metadata it found in the markup."""

    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    date: str | None = None
    description: str | None = None


@cache
def _parser() -> Any:
    """trafilatura's HTML parser with lxml's C-level element class lookup in place of lxml.html's Python one.

    lxml.html calls a Python method each time it wraps a node in an element object, and trafilatura,
    htmldate and the author search wrap each node of the page many times (tree copies, prunes): ~1.3 M calls
    on 342 pages. The default lookup gives every element plain HtmlElement (no FormElement/InputElement
    subclasses, whose form API none of the readers use), so the same trees come out, read the same."""
    from lxml import etree, html

    parser = html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=html.HtmlElement,
            comment=html.HtmlComment,
            pi=html.HtmlProcessingInstruction,
            entity=html.HtmlEntity,
        )
    )
    return parser


def _fromstring(markup: str | bytes) -> Any:
    from lxml import html

    return html.fromstring(markup, parser=_parser())


# The C0 controls in trafilatura's INVALID_XML_CHARS (the rest of it is U+FFFE and U+FFFF), mapped to NUL.
_CONTROLS = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_CONTROLS_TO_NUL = bytes.maketrans(_CONTROLS, bytes(len(_CONTROLS)))


def _has_invalid_xml_chars(markup: str) -> bool:
    """Whether trafilatura's INVALID_XML_CHARS occurs in ``markup``: a third of the cost of its regex on a large
    page (the controls looked for in the UTF-8 bytes, where they are single bytes that nothing else encodes to)."""
    if "\ufffe" in markup or "\uffff" in markup:
        return True
    return 0 in markup.encode("utf-8", "surrogatepass").translate(_CONTROLS_TO_NUL)


def _repair(markup: str, beginning: str) -> str:
    """trafilatura's repair_faulty_html; its first step, deleting INVALID_XML_CHARS, only runs when there is one
    (rare: the regex scan of the whole page was most of the repair's cost)."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, repair_faulty_html

    if _has_invalid_xml_chars(markup):
        return repair_faulty_html(markup, beginning)
    if "doctype" in beginning:  # the rest of repair_faulty_html (trafilatura 2.3.1), as it is
        firstline, _, rest = markup.partition("\n")
        markup = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in markup[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", markup, count=1)
    return markup


def parse_html(markup: str) -> Any:
    """The page's lxml tree, parsed once as trafilatura's load_html parses a string (None for empty or non-HTML
    input), with the cheaper element lookup of _parser: the body, the markup metadata and the markup dates
    all read this one tree."""
    from trafilatura.utils import is_dubious_html

    beginning = markup[:50].lower()
    markup = _repair(markup, beginning)
    tree, as_bytes = None, False
    try:
        tree = _fromstring(markup)
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        as_bytes = True
    except Exception:  # noqa: BLE001 - as load_html: markup libxml2 cannot parse has no tree
        tree = None
    if as_bytes or tree is None or len(tree) < 1:
        try:
            tree = _fromstring(markup.encode("utf8", "surrogatepass"))
        except Exception:  # noqa: BLE001 - as load_html
            tree = None
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # not HTML at all (load_html's rejection test)
    return tree


# trafilatura's JSON_MINIFY (drops whitespace outside JSON strings) with the string loop unrolled and whitespace
# runs taken whole: the same text out in a third of the time on large JSON-LD blocks.
_JSON_MINIFY = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")|\s+')
_JSON_SCRIPT_TYPES = frozenset({"application/ld+json", "application/settings+json"})


def _meta_json(tree: Any, found: Any) -> Any:
    """trafilatura's extract_meta_json (2.3.1) with the faster minify, the scripts found by lxml's C-level tag walk
    in place of an attribute XPath; tests/test_html_author.py checks it against trafilatura's."""
    import json

    from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json

    for script in tree.iterdescendants("script"):
        if script.get("type") not in _JSON_SCRIPT_TYPES or not script.text:
            continue
        text = normalize_json(_JSON_MINIFY.sub(r"\1", script.text))
        try:
            found = extract_json(json.loads(text, strict=False), found)
        except json.JSONDecodeError:
            found = extract_json_parse_error(text, found)
    return found


def _markup_metadata(tree: Any, url: str | None) -> Any:
    """trafilatura's extract_metadata less what storyline never reads (categories, tags, licence), with htmldate's
    extensive search; every reader here leaves ``tree`` as it found it (htmldate and the author search copy)."""
    from htmldate import find_date
    from trafilatura import metadata as meta

    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # as trafilatura does: a one-word meta author is a handle, not a name
    try:
        found = _meta_json(tree, found)
    except Exception:  # noqa: BLE001 - trafilatura's JSON-LD reader raises assorted errors on odd markup
        pass
    found.title = found.title or meta.extract_title(tree)
    found.author = found.author or markup_author(tree)
    found.url = found.url or meta.extract_url(tree, url)
    found.date = find_date(tree, url=found.url, extensive_search=True, original_date=True)
    if not found.sitename:
        found.sitename = meta.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url and (host := meta.META_URL.match(found.url)):
        found.sitename = host[1]
    found.clean_and_trim()
    return found


def _precise_sequence(tree: Any, options: Any) -> tuple[Any, str]:
    """trafilatura_sequence (trafilatura 2.3.1) for favor_precision without comments (storyline's defaults), where
    it never reads the raw tree after the external comparison: readability gets ``tree`` itself, not a copy
    (a deep copy and its freeing, ~0.6 ms a page). Precision skips the baseline rescue and the recall
    escalation; without comments there is nothing to capture."""
    from trafilatura.core import _forum_thread_page, _prepare_tree
    from trafilatura.external import compare_extraction
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.main_extractor import extract_content
    from trafilatura.xpaths import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
    )

    is_forum = _forum_thread_page(tree)
    tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned, backup = _prepare_tree(tree, options, options.url)
    if not is_forum:
        cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    body, text = extract_content(cleaned, options)
    if not options.fast:
        body, text = compare_extraction(backup, tree, body, text, options)
    return body, text


def _body(tree: Any, url: str | None, settings: CleanSettings) -> str | None:
    """trafilatura's bare_extraction text with storyline's options, on ``tree`` itself: bare_extraction deep-copies
    a tree it is given (~0.7 ms a page) and then prunes only the copy, needless once every reader of the page has
    run. The same steps as bare_extraction (trafilatura 2.3.1) for python output without metadata, language or
    duplicate filters (MAX_TREE_SIZE unset in its default config); tests/test_html_author.py checks the text
    against bare_extraction's. None where bare_extraction gives None (too little text)."""
    from trafilatura.core import trafilatura_sequence
    from trafilatura.settings import Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(
        output_format="python",
        precision=settings.html_favor_precision,
        comments=settings.html_include_comments,
        url=url,
    )
    try:
        if options.focus == "precision" and not options.comments:
            body, text, comments = *_precise_sequence(tree, options), ""
        else:
            body, text, _, comments = trafilatura_sequence(tree, options, options.url)
    except (TypeError, ValueError):  # as bare_extraction: discarded, no text
        return None
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return None
    return xmltotxt(body, options.formatting)


def extract_html(page: str | Any, url: str | None, settings: CleanSettings) -> HtmlExtraction:
    """Main text and markup metadata of an HTML page (markup or its parse_html tree); empty text when trafilatura
    finds nothing. A tree given is pruned by the body extraction: read it for anything else first."""
    tree = parse_html(page) if isinstance(page, str) else page
    if tree is None:
        return HtmlExtraction("")
    found = _markup_metadata(tree, url)
    text = _body(tree, url or found.url, settings)
    if text is None:
        return HtmlExtraction("")
    return HtmlExtraction(
        text=text,
        title=_visible(found.title),
        author=_visible(found.author),
        sitename=_visible(found.sitename),
        date=found.date,
        description=_visible(found.description),
    )


def _visible(field: str | None) -> str | None:
    return None if field is None else visible_text(field)
