"""Headline, standfirst, byline, outlet and publication date of an article, from its text, markup, URL or hints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from storyline.extract.boilerplate import Line
from storyline.extract.published import parse_dateline
from storyline.lexicon.dates import MONTH_NAMES, MONTHS
from storyline.lexicon.sentences import sentence_spans
from storyline.settings import DEFAULTS

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_FROM_LINE = re.compile(r"^From:\s+\S.{0,150}$")
# Document-type labels some publishers put before the title ("News story: X", "Press release: X").
_TYPE_PREFIX = re.compile(
    r"^(?:news story|press release|speech|statement|news|blog post|opinion|analysis|explainer|live|breaking)"
    r"\s*:\s*",
    re.I,
)
# Atomic and possessive: what follows a name word is never a letter of it, so giving back letters can match nothing
# more; it only cost time (backtracking over every split of every capitalised word of a long line).
_NAME_TOKEN = r"(?:(?>[A-Z][a-zà-ÿ'’]*[A-Z]?[a-zà-ÿ'’]+)(?:-[A-Z][a-zà-ÿ'’]++)?|[A-Z]\.|O'[A-Z][a-z]+)"
_PARTICLE = r"(?:de|da|del|der|van|von|al|bin|le|la|di|du|ten|ter)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_TOKEN}){{1,3}}"
# The one byline marker: the words that announce an author in the languages of the training pages ("By",
# "Von", "Autor:", "Text:", the last only with its colon) and what may lead them ("Posted by", "Geschrieben von").
# Case-blind in a scoped group, so that the patterns built on it still ask for a capital in the name.
# (factored: half the search time)
MARKER_WORD = r"(?i:by|von|p[ao]r|door|aut(?:hor|orin|or|eur)|text(?=\s*:))\b"
MARKER = re.compile(
    r"^(?:(?i:posted|written|words|report(?:ed)?|ein artikel|artikel|beitrag|geschrieben|gepostet|veröffentlicht"
    rf"|erstellt|eingestellt)\s+)?(?:{MARKER_WORD}\s*:?\s*){{1,2}}"  # twice: "Artikel von: Von X"
)
_BYLINE = re.compile(
    rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
    r"(?:\s+in\s+(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))?"
    r"(?:\s*(?:,|\||-|–|—)\s*(?P<role>[A-Za-z][\w '&-]{2,60}))?\.?$"
)


def _undoubled(name: str) -> str:
    """A full name a renderer printed twice ("Jan Roe Jan Roe": an avatar's text, then the name) once; one word
    twice ("Sirhan Sirhan") stays."""
    words = name.split()
    half = len(words) // 2
    return (
        " ".join(words[:half]) if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:] else name
    )


# Capitalised words that make a short line a section label or an organisation, not a person.
_NOT_NAME_WORDS = frozenset(
    """
    news politics world uk us sport sports business opinion live home analysis foreign office ministry
    government party department police council league club company group media latest breaking video
    watch photos gallery weather travel culture science health money markets tech technology comment
    comments advertisement editorial features review reviews russia china europe america london house
    twitter facebook linkedin email e-mail follow share teilen bio sponsored veröffentlicht erstellt aktualisiert
    kategorien kategorie posts artikel kommentare foto fotos photo vom publié publicado date datum
    illustration illustrationen grafik bild bilder alle autoren weitere mehr more folgen
    """.split()
)
# The one list of words that make a byline part a journalist's role ("Political Correspondent", "Redakteurin").
# Each pattern built from it states its own case rule.
ROLE_WORDS = (
    *"correspondent editor reporter writer journalist columnist contributor analyst producer critic".split(),
    *"presenter commentator author staff chief desk bureau agencies agency associate senior deputy political".split(),
    *"autor autorin redakteur redakteurin korrespondent korrespondentin".split(),
)
ROLE_WORD_RE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# Any case: a role word; a place ("in Kyiv") only capitalised. Either makes a byline part a role.
_ROLE_WORDS = re.compile(rf"\b(?:{ROLE_WORD_RE}|(?-i:in [A-Z]\w+))\b", re.I)

_ASCII_WORD = re.compile(r"[A-Za-z]+")
_NON_WORD = re.compile(r"\W+")
_NOT_AUTHOR = re.compile(
    r"reporting|^(posted|updated|published)$", re.I
)  # markup author parts that name no one


@dataclass
class Header:
    """What the top of a plain-text article told us, and which lines it used (index -> reason)."""

    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    byline_role: str | None = None
    published: datetime | None = None
    consumed: dict[int, str] = field(default_factory=dict)


def clean_headline(text: str) -> str:
    """Strip markdown heading marks and document-type labels: "# News story: X" -> "X"."""
    text = _MARKDOWN_HEADING.sub("", text).strip()
    return _TYPE_PREFIX.sub("", text).strip() or text


_TITLE_SEPARATOR = re.compile(r"\s*(?:\||\s[-–—:]\s|»|::)\s*")


def strip_site_name(title: str, *sites: str | None) -> str:
    """Drop a leading/trailing site-name segment from a page title ("X | Daily Lantern" -> "X")."""
    parts = [p for p in _TITLE_SEPARATOR.split(title.strip(" -–|")) if p]
    names = {_norm(n) for n in sites if n} | {_norm(n.split(".")[0]) for n in sites if n and "." in n}
    names.discard("")

    def is_site(part: str) -> bool:
        key = _norm(part)
        return bool(key) and any(key == n or key in n or (n in key and len(key) <= len(n) + 6) for n in names)

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) == len(_TITLE_SEPARATOR.split(title.strip(" -–|"))):
        return title.strip(" -–|")
    return " - ".join(parts) if len(parts) > 1 else parts[0]


def parse_byline(text: str) -> tuple[str, str | None] | None:
    """(name, role) for a byline line ("By Jane Roe", "Jane Roe, Political Correspondent"), else None."""
    text = text.strip()
    return _parse_byline(text, MARKER.match(text))


# Words that open a title or a label, never a person's name ("Das Imperialismus-Phantom", "Im Schlepptau").
_NOT_FIRST_NAME_WORDS = frozenset(
    "the der die das den dem des im am zum zur ein eine einer unser unsere".split()
)
# "Blog Beitrag von Margarita Volkova": a "von" followed by a whole name is the marker, not a name particle
# ("Otto von Bismarck", "Ursula von der Leyen" keep theirs).
_VON_MARKER = re.compile(rf"\svon\s+(?={_NAME_TOKEN}\s+{_NAME_TOKEN})")


def _parse_byline(text: str, marked: re.Match[str] | None) -> tuple[str, str | None] | None:
    """``parse_byline`` of a stripped line whose MARKER match is already known."""
    if len(text) > 90:
        return None
    m = _BYLINE.match(text, marked.end() if marked else 0)
    if not m:
        return None
    name, role = m["name"].strip(), (m["role"] or "").strip() or None
    if (von := _VON_MARKER.search(name)) is not None:
        name = name[von.end() :]
    name = _undoubled(name)
    words = _ASCII_WORD.findall(name)
    if any(w.lower() in _NOT_NAME_WORDS for w in words) or words[0].lower() in _NOT_FIRST_NAME_WORDS:
        return None
    if (
        role is None
        and (cut := _ROLE_WORDS.search(name)) is not None
        and len(name[: cut.start()].split()) >= 2
    ):
        # "X Y Senior Reporter", no comma
        name, role = name[: cut.start()].strip(), name[cut.start() :].strip()
    if not marked and role and not _ROLE_WORDS.search(role) and not role.istitle():
        return None  # "Name, something" needs a plausible role when there is no "By"
    if role and m["place"] is None and not _ROLE_WORDS.search(role) and (more := _more_authors(role)):
        # "Ada Lind, Tavi Rae Pennick", "X, Y & Z": further authors, not a role
        return ", ".join((name, *more)), None
    return name, role


# The words that join two authors' names: "X and Y", "X und Y", "X et Y", "X y Y", "X e Y".
_AND = r"(?:and|und|et|y|e)"
_AUTHOR_JOIN = re.compile(rf"\s*(?:,|&|\b{_AND}\b)\s*")


def _more_authors(text: str) -> list[str]:
    """The names of a list of authors ("Y & Z", "Y, Z and W"), or [] when any part is not a whole name."""
    parts = [p for p in _AUTHOR_JOIN.split(text) if p]
    return parts if parts and all(re.fullmatch(_NAME, p) for p in parts) else []


# A capitalised name word after a marker; no digit, so that a date glued on ("Sage Anderson2020-02-20") stays out.
_MARKED_NAME_WORD = r"[A-ZÀ-Þ](?:[^\W\d]|['’.-])+"
# A lone initial with no dot between two name words ("Tavi R Pennick").
_BARE_INITIAL = r"[A-Z](?=\s+[A-ZÀ-Þ])"
_BY_NAME = re.compile(
    rf"(?:^|\b){MARKER_WORD}\s*:?\s+(?P<name>{_MARKED_NAME_WORD}"
    rf"(?:\s+(?:{_MARKED_NAME_WORD}|{_PARTICLE}|{_BARE_INITIAL})){{0,3}})"
)
# What may follow a one-word name after an explicit marker: the line's end, a date or a separator.
_NAME_END = re.compile(r"^\s*(?:$|[|•·,(@–—-]|\d|am\b|on\b|le\b)")


# A role or month a renderer glued to the name before it ("Jan RoeReporter", "Lea MusterNovember 6, 2023").
# Capitalised only: a lower-case letter then a capital is where two words were glued.
_GLUED = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:"
    + "|".join(w.title() for w in sorted((*ROLE_WORDS, *MONTH_NAMES), key=len, reverse=True))
    + r")\b)"
)


_LOWER_UPPER = re.compile(r"[a-zà-ÿ][A-Z]")
_GLUED_BUTTON = re.compile(r"(?<=[a-zà-ÿ])(?:Follow|Folgen)\b.*$")
_GLUED_MARKER = re.compile(r"^(?:By|Von)(?=[A-ZÀ-Þ][a-zà-ÿ])")  # "ByJan Roe": the marker glued to the name


def unglue(text: str) -> str:
    """The line with a space between a name and the role, month or marker glued onto it, a glued button taken
    off."""
    if _LOWER_UPPER.search(text) is None:  # most lines: nothing glued, three substitutions saved
        return text
    return _GLUED.sub(" ", _GLUED_BUTTON.sub("", _GLUED_MARKER.sub(r"\g<0> ", text)))


def byline_in_line(text: str) -> tuple[str, str | None] | None:
    """(name, role) from a line the labeller calls a byline: a clean byline, else the name after a marker
    ("By"/"Von"/"Autor:"); one word ("Posted by Newsdesk 28 Jan") only when the marker opens the line."""
    text = unglue(text.strip(" *•·-"))
    marked = MARKER.match(text)
    found = _parse_byline(text, marked)
    if found:
        return found
    m = _BY_NAME.search(text)
    if not m:
        return None
    words = _name_words(m["name"])
    if words and MARKER.fullmatch(words[0]):  # "Post author By X": the marker after a label
        return byline_in_line(text[m.start("name") :])
    if not words:
        return None
    if len(words) >= 2 or (marked and m.start() < marked.end() and _NAME_END.match(text[m.end() :])):
        end = m.start("name") + len(" ".join(words))
        while (more := _MORE_NAME.match(text, end)) and (extra := _name_words(more["name"])):
            end = more.start("name") + len(" ".join(extra))  # "Von X und Y", "By X, Y and Z": every author
        return " ".join(text[m.start("name") : end].split()), None
    return None


# A further author after the first: ", Y", " and Y", " und Y", " & Y".
_MORE_NAME = re.compile(
    rf"\s*(?:,\s*(?:{_AND}\s+)?|\s(?:{_AND}|&)\s+)"
    rf"(?P<name>{_MARKED_NAME_WORD}(?:\s+(?:{_MARKED_NAME_WORD}|{_PARTICLE}|{_BARE_INITIAL})){{1,3}})"
)


def _name_words(name: str) -> list[str]:
    """The words of a captured name up to the first that is a month, a section word or a label ("Kategorien",
    "Veröffentlicht"): a capitalised word after the name is not part of it. "Jan" opening a name is a name."""
    words: list[str] = []
    for word in name.rstrip(".,").split():
        key = word.lower().strip(".,:")
        if key in _NOT_NAME_WORDS or key in MONTH_NAMES or (words and key in MONTHS) or word.endswith(":"):
            break
        # "By X Y Senior Reporter", not "By X Staff Report"
        if len(words) >= 2 and _ROLE_WORDS.fullmatch(key):
            break
        words.append(word)
    while words and re.fullmatch(_PARTICLE, words[-1]):  # "Text von X Illustration von Y": no trailing "von"
        words.pop()
    return words


def marked_byline(text: str) -> tuple[str, str | None] | None:
    """(name, role) from a short line that opens with a byline marker ("By", "Posted by", "Autor:"), whatever
    role the labeller gave it."""
    return byline_in_line(text) if len(text) <= 120 and MARKER.match(text.strip(" *•·-")) else None


def _is_headline(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 30 or text.endswith((".", ",", ";")):
        return False
    if text.endswith(("?", "!")) and len(words) > 15:
        return False
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'‘“"


def _is_standfirst(text: str) -> bool:
    words = text.split()
    if not 5 <= len(words) <= 60 or text.endswith("."):
        return False
    return len(sentence_spans(text)) == 1


def read_header(
    lines: list[Line],
    max_lines: int,
    title_hint: str | None = None,
    local_zone: tzinfo | None = None,
    max_dateline_words: int = DEFAULTS.clean.max_dateline_words,
) -> Header:
    """Find dateline, headline, standfirst and byline among the first body-candidate lines.

    A "From: <department>" line (press-release style) is passed over, not consumed, so the dateline below it counts.
    """
    header = Header()
    hint = _norm(title_hint) if title_hint else None
    previous: str | None = None
    for line in lines[:max_lines]:
        text = line.text
        reason: str | None = None
        if (
            header.published is None
            and (date := parse_dateline(text, local_zone=local_zone, max_words=max_dateline_words))
            is not None
        ):
            header.published, reason = date, "dateline"
        elif _FROM_LINE.match(text):
            continue
        elif header.headline is None and (
            _MARKDOWN_HEADING.match(text) or (hint is not None and _norm(clean_headline(text)) == hint)
        ):
            header.headline, reason = clean_headline(text), "headline"
        elif header.headline and _is_tag(text, header.headline):
            reason = "tag"  # a topic label repeating part of the headline ("Boris Johnson", "City Council")
        elif header.byline is None and (byline := _header_byline(text, header)) is not None:
            header.byline, header.byline_role = byline
            reason = "byline"
        elif header.headline is None and hint is None and _is_headline(text):
            header.headline, reason = clean_headline(text), "headline"
        elif previous == "headline" and header.standfirst is None and _is_standfirst(text):
            header.standfirst, reason = text, "standfirst"
        if reason is None:
            break
        header.consumed[line.index] = reason
        previous = reason
    return header


def _is_tag(text: str, headline: str) -> bool:
    """A short unpunctuated line whose words mostly repeat the headline's: a topic label, not a byline."""
    words = _norm(text).split()
    if not words or len(words) > 5 or text.endswith((".", "?", "!")):
        return False
    head = set(_norm(headline).split())
    return sum(w in head for w in words) / len(words) >= 0.6


def clean_author(author: str | None) -> tuple[str | None, str | None]:
    """(byline, role) from markup author text: drop "additional reporting" notes and dates, split off a role."""
    if not author:
        return None, None
    names: list[str] = []
    role: str | None = None
    for part in (p.strip() for p in author.split(";")):
        if not part or _NOT_AUTHOR.search(part) or part.lower() in MONTH_NAMES:
            continue
        if _ROLE_WORDS.search(part):
            role = role or part
            continue
        names.append(part)
    if not names and role:  # "World Desk" alone is the author, not a role
        return role, None
    return ("; ".join(names) or None), role


def _header_byline(text: str, header: Header) -> tuple[str, str | None] | None:
    """A byline; a bare name before any headline is taken for a short title-case headline instead. A line
    opening with a marker ("Von X", "By X | 12/10/2020") is read past the marker, not taken for a standfirst."""
    text = unglue(text)
    if (marked := marked_byline(text)) is not None:
        return marked
    found = parse_byline(text)
    if found and header.headline is None and not found[1] and not MARKER.match(text) and ", " not in found[0]:
        return None  # one bare name may be a headline; a list of authors ("X, Y & Z") is not
    return found


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()
