"""Which lines can be a story's title and how a headline line is cut to one: no list mark, breadcrumb trail or
site tail, and never a chrome command, a file name or a prompt put before a pasted article."""

from __future__ import annotations

import re

from storyline.extract.outlet import TITLE_TAIL

SITE_TAIL_WORDS = 4  # words after a title in the page's "Title | Site" line: an outlet's name, not a teaser
# A renderer's list number, bullet or heading mark before a title ("3. # Title": a breadcrumb's last item).
LIST_MARK = re.compile(r"^(?:(?:\d{1,2}\\?\.|[*•·▪►+])\s+|#{1,6}\s+)+")
# A breadcrumb trail's separators ("Home » News » Title", "Forum>iPhone>Title"), not a quotation mark ("»Zitat«").
CRUMB = re.compile(r"\s+[»›>]\s+|(?<=\w)>(?=\w)")


def site_tail(text: str) -> re.Match[str] | None:
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
    text = LIST_MARK.sub("", text) or text
    parts = [part for part in CRUMB.split(text) if part.strip()]
    if len(parts) > 1 and " " in parts[-1].strip():
        text = parts[-1].strip()
    m = site_tail(text)
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
