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
    """A phrase that signals one kind of chrome."""

    pattern: re.Pattern[str]
    reason: str
    weight: float


def _cue(pattern: str, reason: str, weight: float) -> Cue:
    return Cue(re.compile(pattern, re.IGNORECASE), reason, weight)


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
    _cue(r"\bnotifications? from\b", "notification", STRONG),
    _cue(r"\bnotifications? can be managed\b", "notification", STRONG),
    _cue(r"\b(turn on|allow|enable|get) (push |browser )?notifications\b", "notification", STRONG),
    _cue(r"\bbrowser preferences\b", "notification", MEDIUM),
    # cookie / consent notices
    _cue(r"\bby (using|continuing to use|browsing) [^.]{1,60}? you (agree|consent|accept)\b", "cookie", STRONG),
    _cue(r"\b(use|uses|using|accept|manage|about) (of )?(our )?cookies\b", "cookie", MEDIUM),
    _cue(r"\bcookies? (policy|settings|preferences|for personali[sz]ation)\b", "cookie", MEDIUM),
    _cue(r"\bprivacy (policy|settings|dashboard)\b", "cookie", WEAK),
    _cue(r"\bcookies?\b", "cookie", WEAK),
    # donation / subscription pitches
    _cue(r"\byour support (helps|makes|means|allows|keeps)\b", "donation", STRONG),
    _cue(r"\byour (donation|contribution|subscription)s? (allows|helps|keeps|makes|means|supports)\b", "donation", STRONG),
    _cue(r"\bpaywalls?\b", "donation", MEDIUM),
    _cue(r"\b(support|fund) (our|independent|quality) (journalism|reporting|newsroom)\b", "donation", MEDIUM),
    _cue(r"\b(donate|contribute|subscribe) (now|today|from)\b", "donation", MEDIUM),
    _cue(r"\b(become|join as) an? (member|subscriber|supporter)\b", "donation", MEDIUM),
    _cue(r"\bquality journalism\b", "donation", WEAK),
    _cue(r"\bthose who can afford\b", "donation", WEAK),
    _cue(r"\b(donation|donate|subscribers?|subscription)\b", "donation", WEAK),
    # comment / registration / login prompts
    _cue(r"\bjoin (our|the) (commenting|comment) (forum|section|community)\b", "comment_prompt", STRONG),
    _cue(r"\bthank you for (registering|signing up|subscribing)\b", "comment_prompt", STRONG),
    _cue(r"\bplease refresh (the|this|your) (page|browser)\b", "comment_prompt", STRONG),
    _cue(r"\bfollow other [^.]{1,40}? readers\b", "comment_prompt", STRONG),
    _cue(r"\bsee their replies\b", "comment_prompt", STRONG),
    _cue(r"\b(log|sign) ?in to (comment|reply|continue|read)\b", "comment_prompt", STRONG),
    _cue(r"\b(be )?(automatically )?logged in\b", "comment_prompt", MEDIUM),
    _cue(r"\bthought-provoking conversations\b", "comment_prompt", MEDIUM),
    _cue(r"\b(create|register for) (an|a free) account\b", "comment_prompt", MEDIUM),
    # newsletters
    _cue(r"\bsign up (to|for) (our|the) [^.]{0,30}?newsletters?\b", "newsletter", STRONG),
    _cue(r"\bnewsletters?\b", "newsletter", WEAK),
    # share buttons and navigation
    _cue(r"^(share|tweet|email|print)( this)?( article| story)?( on| via)? ?(facebook|twitter|x|email|whatsapp|linkedin)?$", "share", STRONG),
    _cue(r"^click to (share|email|print)\b", "share", STRONG),
    _cue(r"^(read more|related|more on this story|more from|most read|recommended|see also)\s*:", "navigation", MEDIUM),
    _cue(r"^(updated|last updated|published)\s*$", "navigation", MEDIUM),
)

# A photo credit closing a caption line: "(PA wire)", "(Getty)", "(Getty Images)", "Photograph: Jane Roe/Reuters".
CREDIT = re.compile(
    r"(?:\s*\((?:pa(?: wire| media| archive)?|getty(?: images)?|reuters|ap|afp(?: via getty images)?|epa|"
    r"alamy|shutterstock|rex(?: features)?|[^()]{0,40}(?:images|photo|photos|wire|archive|handout))\)"
    r"|\s+(?:photograph|photo|picture|image|credit)\s*:\s*[^.]{2,80})\s*$",
    re.IGNORECASE,
)

# Generic features added to the best cue reason's score.
W_OUTLET_MENTION = 0.75  # the line names the outlet (self-promotion talks about itself)
W_FIRST_PERSON_PLURAL = 0.25  # per we/our/us/your token, capped at W_FIRST_PERSON_CAP
W_FIRST_PERSON_CAP = 1.0
W_EDGE = 0.5  # line sits in the first or last EDGE_FRACTION of the document
EDGE_FRACTION = 0.2
W_SHORT_UNPUNCTUATED = 0.25  # a short line without sentence punctuation looks like a widget label
SHORT_WORDS = 6
W_REPORTED_SPEECH = -1.5  # quotation marks or "said"/"told": article body, not the site talking
W_LONG = -0.5  # very long lines are rarely chrome
LONG_WORDS = 80

# Case-sensitive "us" so the country "US" does not count.
FIRST_PERSON_PLURAL = re.compile(r"\b([Ww]e|[Oo]urs?|us|[Yy]ours?)\b")
# Single quotes are left out on purpose: pitches quote their own programme titles ('The Big Film').
REPORTED_SPEECH = re.compile(r"[\"“”]|\b(said|says|told|added|according to)\b", re.IGNORECASE)
PITCH_REASONS = frozenset({"donation", "newsletter"})
