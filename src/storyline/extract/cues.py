"""Every cue phrase and feature weight of the plain-text chrome classifier, in one table.

Weights are additive evidence that a line is site chrome; a line is dropped when its best reason scores at least
``CleanSettings.chrome_threshold``. Calibrated by hand on the seed-style fixtures in tests/fixtures/extract
(strong cue = 3.0 removes alone, medium = 2.0 removes alone, weak = 1.0 only with other evidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STRONG = 3.0
MEDIUM = 2.0
WEAK = 1.0


@dataclass(frozen=True)
class Cue:
    """A phrase that signals one kind of chrome; it only runs on lines holding one of ``keywords`` (speed)."""

    keywords: tuple[str, ...]
    pattern: re.Pattern[str]
    reason: str
    weight: float


def _cue(pattern: str, reason: str, weight: float, keywords: str | tuple[str, ...]) -> Cue:
    """Patterns are lower-case and run on the lower-cased line; ``keywords`` is "a|b" ("" = always run), or a
    tuple when a keyword holds "|" itself."""
    return Cue(
        keywords if isinstance(keywords, tuple) else tuple(keywords.split("|")),
        re.compile(pattern),
        reason,
        weight,
    )


# Whole-line widget labels: the line is exactly one of these (case-insensitive, trailing punctuation ignored).
WIDGET_LINES: dict[str, str] = {
    "advertisement": "advertisement",
    "advertising": "advertisement",
    "sponsored": "advertisement",
    "sponsored content": "advertisement",
    "ad": "advertisement",
    "comments": "comment_prompt",
    "comment": "comment_prompt",
    "show comments": "comment_prompt",
    "view comments": "comment_prompt",
    "leave a comment": "comment_prompt",
    "share": "share",
    "share this": "share",
    "share this article": "share",
    "share this story": "share",
    "share on facebook": "share",
    "share on twitter": "share",
    "share via email": "share",
    "tweet": "share",
    "email": "share",
    "print": "share",
    "facebook": "share",
    "twitter": "share",
    "whatsapp": "share",
    "linkedin": "share",
    "copy link": "share",
    "link copied": "share",
    "skip to content": "navigation",
    "skip to main content": "navigation",
    "read more": "navigation",
    "related articles": "navigation",
    "related": "navigation",
    "most read": "navigation",
    "more stories": "navigation",
    "listen to article": "navigation",
    "follow": "navigation",
    "topics": "navigation",
    "image": "caption",
    "close": "navigation",
    "menu": "navigation",
}

CUES: tuple[Cue, ...] = (
    # browser notification prompts
    _cue(r"\bnotifications? from\b", "notification", STRONG, "notification"),
    _cue(r"\bnotifications? can be managed\b", "notification", STRONG, "notification"),
    _cue(
        r"\b(turn on|allow|enable|get) (push |browser )?notifications\b",
        "notification",
        STRONG,
        "notification",
    ),
    _cue(r"\bbrowser preferences\b", "notification", MEDIUM, "browser"),
    # cookie / consent notices
    _cue(
        r"\bby (using|continuing to use|browsing) [^.]{1,60}? you (agree|consent|accept)\b",
        "cookie",
        STRONG,
        "by ",
    ),
    _cue(r"\b(use|uses|using|accept|manage|about) (of )?(our )?cookies\b", "cookie", MEDIUM, "cookie"),
    _cue(r"\bcookies? (policy|settings|preferences|for personali[sz]ation)\b", "cookie", MEDIUM, "cookie"),
    _cue(r"\bprivacy (policy|settings|dashboard)\b", "cookie", WEAK, "privacy"),
    _cue(r"\bcookies?\b", "cookie", WEAK, "cookie"),
    # donation / subscription pitches
    _cue(r"\byour support (helps|makes|means|allows|keeps)\b", "donation", STRONG, "your support"),
    _cue(
        r"\byour (donation|contribution|subscription)s? (allows|helps|keeps|makes|means|supports)\b",
        "donation",
        STRONG,
        "your ",
    ),
    _cue(r"\bpaywalls?\b", "donation", MEDIUM, "paywall"),
    _cue(
        r"\b(support|fund) (our|independent|quality) (journalism|reporting|newsroom)\b",
        "donation",
        MEDIUM,
        "support",
    ),
    _cue(
        r"\b(donate|contribute|subscribe) (now|today|from)\b", "donation", MEDIUM, "donat|contribut|subscri"
    ),
    _cue(r"\b(become|join as) an? (member|subscriber|supporter)\b", "donation", MEDIUM, "become|join as"),
    _cue(r"\bquality journalism\b", "donation", WEAK, "quality journalism"),
    _cue(r"\bthose who can afford\b", "donation", WEAK, "afford"),
    _cue(r"\b(donation|donate|subscribers?|subscription)\b", "donation", WEAK, "donat|subscri"),
    # comment / registration / login prompts
    _cue(
        r"\bjoin (our|the) (commenting|comment) (forum|section|community)\b",
        "comment_prompt",
        STRONG,
        "comment",
    ),
    _cue(r"\bthank you for (registering|signing up|subscribing)\b", "comment_prompt", STRONG, "thank you"),
    _cue(r"\bplease refresh (the|this|your) (page|browser)\b", "comment_prompt", STRONG, "refresh"),
    _cue(r"\bfollow other [^.]{1,40}? readers\b", "comment_prompt", STRONG, "readers"),
    _cue(r"\bsee their replies\b", "comment_prompt", STRONG, "replies"),
    _cue(r"\b(log|sign) ?in to (comment|reply|continue|read)\b", "comment_prompt", STRONG, "in to "),
    _cue(r"\b(be )?(automatically )?logged in\b", "comment_prompt", MEDIUM, "logged in"),
    _cue(r"\bthought-provoking conversations\b", "comment_prompt", MEDIUM, "conversations"),
    _cue(r"\b(create|register for) (an|a free) account\b", "comment_prompt", MEDIUM, "account"),
    # newsletters
    _cue(r"\bsign up (to|for) (our|the) [^.]{0,30}?newsletters?\b", "newsletter", STRONG, "newsletter"),
    _cue(r"\bnewsletters?\b", "newsletter", WEAK, "newsletter"),
    # audio and app prompts ("Listen to this story on X Live", "Get the X app for ...")
    _cue(r"^listen to (this|the) (story|article|report|podcast)\b", "app_prompt", STRONG, "listen to"),
    _cue(r"^(get|download) (the|our) [^.]{0,30}?\bapp\b", "app_prompt", STRONG, "app"),
    # share buttons and navigation
    _cue(
        r"^(share|tweet|email|print)( this)?( article| story)?( on| via)? ?(facebook|twitter|x|email|whatsapp|linkedin)?$",
        "share",
        STRONG,
        "",
    ),
    _cue(r"^click to (share|email|print)\b", "share", STRONG, "click to"),
    _cue(
        r"^(read more|related|more on this story|more from|most read|recommended|see also)\s*:",
        "navigation",
        MEDIUM,
        "",
    ),
    _cue(r"^(updated|last updated|published)\s*$", "navigation", MEDIUM, ""),
    _cue(
        r"^[^|.]{1,30}( \| [^|.]{1,30}){3,}$", "navigation", STRONG, (" | ",)
    ),  # "Home | News | Sport | ..."
    # more variants seen in the demo corpus
    _cue(r"\b(breaking )?news alerts from\b", "notification", STRONG, "alerts from"),
    _cue(r"\bnotifications? (off|on) at any time\b", "notification", STRONG, "notification"),
    _cue(r"\bbrowser settings\b", "notification", MEDIUM, "browser"),
    _cue(r"\bjournalism like (this|ours) (depends|relies) on\b", "donation", STRONG, "journalism"),
    _cue(r"\bplease consider (a|making|supporting|donating|subscribing)\b", "donation", MEDIUM, "consider"),
    _cue(r"\bone-off or monthly\b", "donation", MEDIUM, "monthly"),
    _cue(r"^support [^.]{1,40}? (today|now)\.?$", "donation", MEDIUM, "support"),
    _cue(r"\b(unlimited access|a week for|per month for)\b", "donation", MEDIUM, "access|a week|per month"),
    _cue(r"\b(newsroom|readers chip in)\b", "donation", WEAK, "newsroom|chip in"),
    _cue(r"\byour (town|city|news)\. ", "masthead", MEDIUM, "your "),
    _cue(r"^join the (conversation|debate|discussion)\b", "comment_prompt", STRONG, "join the"),
    _cue(r"\bshare your (views|thoughts|comments)\b", "comment_prompt", MEDIUM, "share your"),
    _cue(r"\bother [^.]{1,40}? readers\b", "comment_prompt", WEAK, "readers"),
    _cue(r"\b(replies to your comments|comments are moderated)\b", "comment_prompt", STRONG, "comments"),
    _cue(r"^have your say\b", "comment_prompt", STRONG, "have your say"),
    _cue(
        r"^you('|’)re (now )?(signed up|registered|subscribed|logged in)\b", "comment_prompt", STRONG, "re "
    ),
    _cue(r"\brefresh (the|this|your) (page|browser)\b", "comment_prompt", MEDIUM, "refresh"),
    _cue(r"\bsign in again\b", "comment_prompt", MEDIUM, "sign in"),
    _cue(r"^share (this|the) (article|story|page)\b", "share", STRONG, "share"),
    _cue(
        r"^(©|\(c\)|copyright\b)|\ball rights reserved\b",
        "copyright",
        STRONG,
        "©|(c)|copyright|rights reserved",
    ),
    _cue(r"^(more about|more on|topics|tags|related topics)\s*:", "navigation", STRONG, ""),
    _cue(r"^\((additional )?(reporting|writing|editing) by\b.*\)$", "credit", STRONG, "by"),
    _cue(r"^is this page useful\??$", "feedback", STRONG, "useful"),
    _cue(r"^report a problem with this page\b", "feedback", STRONG, "report a problem"),
    # a masthead: the outlet's name alone on a line ("THE EASTGATE HERALD")
    _cue(
        r"^(the )?([a-z'’&-]+ ){0,3}(gazette|post|times|herald|news|chronicle|courier|tribune|journal|sentinel|"
        r"star|mail|express|observer|guardian|telegraph|independent|mirror|record|standard|echo|argus|lantern)$",
        "masthead",
        MEDIUM,
        "",
    ),
)

# Every prefilter keyword once, so a line is scanned for each keyword a single time.
KEYWORDS: tuple[str, ...] = tuple(sorted({k for c in CUES for k in c.keywords if k}))
CUES_BY_KEYWORD: dict[str, tuple[int, ...]] = {
    k: tuple(i for i, c in enumerate(CUES) if k in c.keywords) for k in KEYWORDS
}
ALWAYS_CUES: tuple[int, ...] = tuple(i for i, c in enumerate(CUES) if "" in c.keywords)

# A photo credit closing a caption line: "(PA wire)", "(Getty)", "(Getty Images)", "Photograph: Jane Roe/Reuters".
CREDIT = re.compile(
    r"(?:\s*\((?:pa(?: wire| media| archive)?|getty(?: images)?|reuters|ap|afp(?: via getty images)?|epa|"
    r"alamy|shutterstock|rex(?: features)?|[^()]{0,40}(?:images|photo|photos|wire|archive|handout))\)"
    r"|\s+(?:photograph|photo|picture|image|credit)\s*:\s*[^.]{2,80})\s*$",
    re.IGNORECASE,
)

# A copyright notice anywhere in a line: a feature of the outlet reader and of the text-date ranker.
COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright|all rights reserved", re.I)

# The generic features' weights added to the best cue reason's score are CleanSettings.chrome_* (settings.py).

# Case-sensitive "us" so the country "US" does not count.
# The lookahead (the words' first letters) skips other positions fast: the same matches in two thirds of the time.
FIRST_PERSON_PLURAL = re.compile(r"(?=[WwOouYy])\b([Ww]e|[Oo]urs?|us|[Yy]ours?)\b")
# Single quotes are left out on purpose: pitches quote their own programme titles ('The Big Film').
REPORTED_SPEECH = re.compile(r"[\"“”]|\b(said|says|told|added|according to)\b")  # run on the lower-cased line
PITCH_REASONS = frozenset({"donation", "newsletter", "masthead"})
# After a dropped label of these kinds, the following short unpunctuated lines belong to it (related-link
# headlines under "Read more", "Yes"/"No" under "Is this page useful?"); max words: CleanSettings.*_run_words.
FORWARD_REASONS = frozenset({"navigation", "feedback"})
