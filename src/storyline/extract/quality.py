"""Body quality checks: placeholder filler (lorem ipsum and pseudo-Latin), truncation, language."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from storyline.extract.line_features import STOP_WORDS
from storyline.settings import DEFAULTS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Latin function words plus the commonest lorem-ipsum vocabulary. Words that are also everyday English
# ("a", "in", "at", "me") are left out so English lines never score.
LATIN_WORDS = frozenset(
    """
    et ac atque sed nec neque non ut vel aut sit amet est sunt id quis quam eget ex ad cum per pro sub
    enim nisi nisl nunc dolor dolore ipsum lorem elit consectetur adipiscing adipisicing eiusmod tempor
    incididunt labore magna aliqua aliquam aliquet etiam vestibulum suspendisse mauris donec integer
    praesent curabitur pellentesque vivamus phasellus nullam morbi fusce proin maecenas quisque nulla
    facilisi facilisis tincidunt viverra volutpat lacinia libero justo augue mollis blandit sodales
    sagittis condimentum iaculis ullamcorper ultricies ultrices feugiat euismod lectus lacus metus
    tellus tortor turpis velit felis diam erat massa nibh odio orci purus risus sapien sem ante arcu
    dui leo mi porta porttitor pretium semper tempus varius vitae vulputate eros dictum dapibus
    elementum faucibus fermentum gravida hendrerit imperdiet interdum luctus malesuada mattis molestie
    ornare placerat posuere rhoncus rutrum scelerisque tristique egestas accumsan commodo congue
    convallis cursus efficitur eleifend finibus fringilla laoreet nisi pharetra pulvinar auctor
    bibendum consequat cras duis fames habitant senectus netus quisque quis nostrud exercitation
    ullamco laboris aliquip commodo consequat aute irure reprehenderit voluptate cillum fugiat nulla
    pariatur excepteur sint occaecat cupidatat proident culpa officia deserunt mollit anim laborum
    """.split()
)

# Common English function words; a real English line has many, filler has none.
ENGLISH_WORDS = frozenset(
    """
    the and of to is that for was with on he she it by are as be has have from this will his her they
    we not said an or which would been were their who its but had them than there what when into also
    about after over our you your i my can could should more most some these those such only other
    """.split()
)

_COMMON_ENGLISH = (" the ", " and ", " of ", " to ", " is ", " that ", " was ", " for ")

# Share of ENGLISH_WORDS above which a sample is taken as English without running py3langid; English news
# prose scores 0.3-0.45, other Latin-script languages < 0.1 (checked on the seeds and fixtures).

# Lines ending like a finished sentence: terminal punctuation, optionally followed by closing quotes/brackets.
_TERMINAL = re.compile(r"""[.!?…:;][\"'”’“»)\]]*\s*$|[\"'”’“»]\s*$""")  # “ closes German „quotes“
_EMPHASISED = re.compile(r"^([_*])[^_*].*[^_*]\1$")
# A short capitalised label and a colon opening the line: "Also read: X", "MORE : X", "Homepage: X".
_LABEL_LEAD = re.compile(r"^[A-ZÀ-Þ][\w’'-]*(?: [\w’'-]+){0,2} ?: ")
_CLOSING_NOTE = re.compile(r"""[.!?…][\"'”’“»]*\s+(?:\([^()]{2,80}\)|[-–—]+\s*[^.!?]{2,50}?)$""")
_DOMAIN = re.compile(r"\w\.[a-z]{2,}(?:/\S*)?$")
_TRAILING_FRAGMENT = re.compile(
    r"[,\-–—(/&]$|\b(of|the|a|an|and|or|to|in|on|for|with|by|at|from|that)$", re.I
)


def latin_ratio(line: str) -> tuple[float, float, int]:
    """Shares of Latin and English function words in a line, and its word count."""
    return _ratios(_WORD.findall(line))


def _ratios(found: list[str]) -> tuple[float, float, int]:
    """Latin and English function-word shares of the words _WORD found in a line, and their count."""
    if not found:
        return 0.0, 0.0, 0
    words = " ".join(found).lower().split(" ")  # each word lower-cased in one call: no word holds a space
    latin = sum(map(LATIN_WORDS.__contains__, words))
    english = sum(map(ENGLISH_WORDS.__contains__, words))
    return latin / len(words), english / len(words), len(words)


@lru_cache(maxsize=1 << 16)  # pages repeat lines (menus, footers), and so do an outlet's pages
def is_filler(line: str, min_ratio: float = 0.2, min_words: int = 4) -> bool:
    """True for lorem ipsum and pseudo-Latin placeholder text (not for English, even with Latin tags)."""
    padded = f" {line.lower()} "
    if any(map(padded.__contains__, _COMMON_ENGLISH)):
        return False  # fast exit for ordinary English prose
    found = _WORD.findall(line)
    if len(found) < min_words:
        return False
    latin, english, n = _ratios(found)
    if english > 0.05:
        return False
    if latin >= min_ratio:
        return True
    # Pseudo-Latin without the usual vocabulary: fall back on the language identifier (~1 ms a line), only for
    # plain-ASCII lines: placeholder generators write no accents, curly quotes or other scripts.
    return english == 0 and n >= 8 and line.isascii() and detect_language(line) == "la"


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_LINK_LIKE = re.compile(r"https?://|www\.|pic\.twitter|@\w|\.(com|org|net)\b")
_LABEL_LINE = re.compile(
    r"^(?:[*•·▪►+-]|\d{1,2}[.)])\s|\b(?:credits?|photo|image|source|picture|foto|quelle)\s*:|\b\d{1,2}:\d{2}\b"
    r"|(?<=[a-z])(?-i:Credits?|Photo|Image|Source|Picture|Foto|Quelle)\s*:",  # a caption glued to its credit
    re.I,
)


def _reads_english(line: str) -> bool:
    """Whether a line has an English function word before its last word: a dangling "an", "in" or "on" is
    a cut only in English (German and Dutch close sentences on such particles)."""
    return any(w.lower() in ENGLISH_WORDS for w in _WORD.findall(line)[:-1])


def is_truncated(
    body: str, prose_min_words: int = DEFAULTS.clean.prose_min_words, elsewhere: Collection[str] = ()
) -> bool:
    """True when the body stops mid-sentence: its last line is prose cut off, or ends on a dangling word.

    A closing label (credit, link, list item, heading, timestamp, sign-off) is not a cut, so chrome left after
    the body never reads as truncation; nor is a last line the page prints again, earlier in the body or among
    ``elsewhere`` (the page's removed lines): a teaser or related-article headline repeated in a list, where a
    cut paragraph is printed once."""
    head, _, last = body.rstrip().rpartition("\n")
    last = last.strip()
    if last in elsewhere or (last and last in head and last in (line.strip() for line in head.split("\n"))):
        return False
    if _EMPHASISED.match(last):
        return False  # a line wholly in markdown emphasis: an editor's note or a promo, not the story's prose
    last = last.rstrip("_*").strip()
    if not last:
        return False
    if last.isupper() or _LABEL_LINE.search(last) or _LABEL_LEAD.match(last) or last.count("|") >= 2:
        return False  # a heading in capitals, a list item, a credit, a timestamp, "Also read: X", a table row
    if _TERMINAL.search(last) or last.endswith((")", "]")):
        return False  # a finished sentence, or one closing on a bracketed note (a cut falls between words)
    if _CLOSING_NOTE.search(last) and not _TRAILING_FRAGMENT.search(last.rstrip(" -–—")):
        return (
            False  # a finished sentence, then a note or sign-off: ". (With agency material)", ". – Reuters"
        )
    if _LINK_LIKE.search(last.rsplit(" ", 1)[-1]) or _DOMAIN.search(last):
        return False  # ends on a link, handle or bare domain
    if _TRAILING_FRAGMENT.search(last) and _reads_english(last):
        return True  # a dangling English function word ("an" closes German "Melde dich an")
    tail = _SENTENCE_END.split(last)[-1].split()
    if len(tail) < len(last.split()) and (
        len(tail) <= 2 or (len(tail) <= 3 and not any(w.lower() in STOP_WORDS for w in tail))
    ):
        return False  # a finished sentence and a sign-off or label: "... the US. PTI", "... app. Cookie settings"
    words = last.split()
    if len(words) <= 2:  # "Ends", "-30-": a sign-off; a lone lower-case word is a cut
        return last[:1].islower()
    if len(words) < prose_min_words or _LINK_LIKE.search(last):
        return False
    tokens = _NAME_WORD.findall(last)  # "Bee's" is one word, so a possessive does not read as lower case
    if not tokens:
        return False
    capitalised = sum(w[:1].isupper() for w in tokens) / len(tokens)
    stop = sum(w.lower() in STOP_WORDS for w in tokens) / len(tokens)
    return (
        capitalised < 0.7 and stop >= 0.1
    )  # a heading or a related link is capitalised and has few stop words


@lru_cache(maxsize=1)
def _identifier():  # noqa: ANN202 - py3langid has no public type for its model
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str, english_shortcut: float = DEFAULTS.clean.english_shortcut) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or the guess is weak."""
    sample = text[:1200].strip()
    if len(sample) < 20:
        return None
    _, english, n = latin_ratio(sample)
    if n >= 40 and english >= english_shortcut:
        return "en"  # plainly English: skip the (comparatively slow) n-gram identifier
    sample = sample[:600]
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else None
