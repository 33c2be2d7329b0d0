"""Clock times and game clocks: "3:15 p.m." -> "15:15", "half past six in the evening" -> "18:30", the zone written
with one (and a bracketed conversion's), the qualifier before one ("shortly after"), the day a time entity names with
it, and a game's clock ("with 3:12 left in the second half"), which is no time of day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from storyline.analyze.claim_measures import event_of
from storyline.analyze.claim_numbers import small_number
from storyline.analyze.claim_setting import sentence_setting
from storyline.analyze.claim_words import DAY_PARTS, ZONE_WORDS, is_month, of_month
from storyline.analyze.nlp import lemma, sentence_of, tokens, word_ids
from storyline.analyze.ordinals import ordinal_value
from storyline.lexicon.dates import RELATIVE_DAYS, WEEKDAYS
from storyline.lexicon.measures import QUALIFIERS
from storyline.model import ClaimSlot

# Words after a length that make it time left on a clock ("12 seconds left", "with 19 minutes of the half remaining")
_LEFT = frozenset(("left", "remaining"))
# Words right after a length that make it something else: a date ("ago"), an age ("old"), a game clock ("12
# seconds left", "two minutes into the third round"), not how long the event lasted.
NO_LENGTH = frozenset(("ago", "old", "into", *_LEFT))


# Words that open a day counted from the article's own, after a clock time: "1.10am this morning", "at 9pm
# yesterday", "6:41 last night" (analyze.date_mentions resolves them).
_RELATIVE_DAYS = frozenset({w.split()[0] for w, days in RELATIVE_DAYS.items() if days <= 0} | {"this"})


def day_of_time(ent: Span) -> Span | None:
    """The day a clock time's entity names with it ("shortly before 6pm on Friday", "7.15pm on March 3", "1.10am
    this morning"), as a date of its own: from the first weekday, month name or relative day word to the entity's
    end."""
    day = next(
        (t for t in ent if t.lower_.rstrip(".") in WEEKDAYS or is_month(t) or t.lower_ in _RELATIVE_DAYS),
        None,
    )
    return Span(ent.doc, day.i, ent.end, label="DATE") if day is not None and day.i > ent.start else None


# Words after a game clock's figure: "with 3:12 left", "4:05 remaining", "12:30 to go", "at 1:47 of the ninth
# round", "2:10 into the fourth"; and the parts of a game it may name.
_CLOCK_LEFT = _LEFT | {"to"}
_CLOCK_INTO = frozenset(("of", "into"))
_GAME_PARTS = frozenset("round quarter half period inning set frame".split())


def game_clocks(article_id: str, doc: Doc) -> list[ClaimSlot]:
    """Game clocks ("with 3:12 left in the second half", "at 1:47 of the ninth round"): the moment of a game an
    outlet times a play by, which the entity recogniser labels a time, a date or nothing and ``read_clock`` rightly
    reads as no time of day. Kind "time", unit "game clock" and the part of the game when one is named ("game
    clock, round 9"), so they compare only with game clocks of the same part, never with a time of day."""
    out, shapes = [], word_ids(doc, ("d:dd", "dd:dd"))
    for t in tokens(doc):
        if t.shape not in shapes or t.i + 1 >= len(doc):
            continue
        nxt = doc[t.i + 1]
        left = nxt.lower_ in _CLOCK_LEFT and (
            nxt.lower_ != "to" or doc[t.i + 2 : t.i + 3].text.lower() == "go"
        )
        window = doc[t.i + 1 : t.i + 6]
        part = next((w for w in window if lemma(w) in _GAME_PARTS), None)
        if not left and not (nxt.lower_ in _CLOCK_INTO and part is not None):
            continue
        minutes, seconds = (int(x) for x in t.text.split(":"))
        if seconds > 59:
            continue
        # "the ninth round", "the 2nd half"
        rank = ordinal_value(doc[part.i - 1].text) if part is not None else None
        unit = f"game clock, {lemma(part)} {rank}" if part is not None and rank is not None else "game clock"
        when, update = sentence_setting(sentence_of(t), [])
        out.append(ClaimSlot(article_id, t.idx, t.idx + len(t), "time", "game clock", f"{minutes:02d}:{seconds:02d}",
                             unit=unit, time=when, update=update, event=event_of(t)))  # fmt: skip
    return out


def clock_zone(tokens: Sequence[Token], after: Sequence[Token]) -> str:
    """The time zone written in or just after a clock time ("1:30 p.m. PST" -> "PST"), "local" for "local time",
    else "" (none said). A zone inside brackets after it is a conversion's ("17:06 (1336 GMT)"), not this
    time's."""
    words = [t.lower_.strip(".") for t in (*tokens, *before_bracket(after))]
    zone = next((w.upper() for w in words if w in ZONE_WORDS), "local" if "local" in words else "")
    return "GMT" if zone == "UTC" else zone  # one clock, two names


def before_bracket(tokens: Sequence[Token]) -> Sequence[Token]:
    cut = next((i for i, t in enumerate(tokens) if t.text in ("(", "[")), len(tokens))
    return tokens[:cut]


def converted_clock(ent: Span) -> tuple[str, str, int] | None:
    """(clock, zone, end) of a bracketed conversion right after a clock time: "5:06 p.m. (1336 GMT)"."""
    doc = ent.doc
    lo = next((t.i for t in doc[ent.start : ent.end + 2] if t.text == "("), None)
    if lo is None:
        return None
    close = next((t for t in doc[lo + 1 : lo + 6] if t.text == ")"), None)
    inner = doc[lo + 1 : close.i] if close is not None else ()
    zone = clock_zone(list(inner), ())
    clock = read_clock(list(inner)) if zone else None
    return (clock, zone, close.idx + 1) if clock and close is not None else None


CLOCK_FIGURE = re.compile(r"(\d{1,2}|\d{4})(?:[:.](\d{2}))?((?:[ap]\.?m\.?)?)")
_CLOCK_CUES = frozenset(("at", "yesterday", "today"))
# what a clock figure after "at" may be instead of a moment: a game clock ("at 14:05 of the second period");
# "17:06 hours" is left unread as before (fit 20_ecb: another quake's local time, eval/claims/ERRORS.md)
_GAME_CLOCK = frozenset(("of", "mark", "hours", *NO_LENGTH))


def time_left(root: Token) -> bool:
    """A length the parse reads as time left, a moment on a clock and no length of anything: "with 19 minutes
    of the half remaining" (its subject), "with ten minutes of the game left" (a modifier in its phrase)."""
    if root.dep_ == "nsubj" and root.head.lower_ in _LEFT:
        return True
    return any(t.dep_ == "acl" and t.lower_ in _LEFT for t in root.subtree)


def clock_cue(ent: Span) -> list[Token]:
    """The "at" before a figure ("at 22:30"), which with a 24-hour figure says a moment of the day, unless the
    figure is a game clock ("at 14:05 of the second period")."""
    toks = tokens(ent.doc)
    before, after = toks[ent.start - 1 : ent.start], toks[ent.start + 1 : ent.start + 2]
    if before and before[0].lower_ == "at" and not (after and after[0].lower_ in _GAME_CLOCK):
        return [before[0], *_day_part_after(ent)]
    return []


# Words between a clock figure and the part of the day after it ("at 10.15 on Tuesday morning", "at 7.40 this
# evening", "at ten in the evening"), which the tagger leaves out of the figure's entity.
_TO_DAY_PART = frozenset(("on", "in", "the", "this", "that", "last", *WEEKDAYS))


def _day_part_after(ent: Span) -> list[Token]:
    """The words from the entity's end to a part of the day that follows it through ``_TO_DAY_PART`` words, with
    that part ("on Tuesday morning"); none when no part of the day follows."""
    run = []
    for t in ent.doc[ent.end : ent.end + 4]:
        run.append(t)
        if t.lower_ in DAY_PARTS:
            return run
        if t.lower_.rstrip(".") not in _TO_DAY_PART:
            break
    return []


_NAMED_CLOCK = {"midnight": "00:00", "noon": "12:00", "midday": "12:00"}  # a moment named by a word


def read_clock(tokens: Sequence[Token]) -> str | None:
    """ "3:15 p.m." -> "15:15", "just after midnight" -> "00:00", "half past six in the evening" -> "18:30";
    None without a clock figure."""
    # a figure beside a month name is its day ("the night of March 3"), no clock figure
    digits = next(
        (t.text for t in tokens if t.text[:1].isdigit() and t.lower_ != "o'clock" and not of_month(t)), None
    )
    if digits is None and any(t.lower_ in DAY_PARTS for t in tokens):  # "ten in the evening"
        digits = next(
            (
                str(n)
                for t in tokens
                if t.like_num and not of_month(t) and (n := small_number(t.lower_)) in range(1, 13)
            ),
            None,
        )
    if any(t.lower_ in SPOKEN_CUES for t in tokens):
        digits = spoken_clock(tokens) or digits
    if digits is None:
        return next((_NAMED_CLOCK[t.lower_] for t in tokens if t.lower_ in _NAMED_CLOCK), None)
    found = CLOCK_FIGURE.fullmatch(digits.lower()) if digits else None
    if found is None:
        return None
    hour_s, minute_s, glued = found.groups()
    if len(hour_s) == 4:
        hour_s, minute_s = hour_s[:2], hour_s[2:]  # "1336 GMT"
    hour, minute = int(hour_s), int(minute_s or 0)
    words = {t.lower_.replace(".", "") for t in tokens} | {glued.replace(".", "")}
    if words & {"pm", "evening", "night", "afternoon"} and hour < 12:
        hour += 12
    elif words & {"am"} and hour == 12:
        hour = 0
    # a clock figure with its minutes and a part of the day ("18:41 this evening", "6:41 last night") is a time
    # of day too ("17:06 hours" is not read: on fit 20_ecb it is a quake's local time set against another's)
    # so is a whole hour said as one ("six o'clock in the evening", "3 in the morning")
    day_part = bool(words & DAY_PARTS or "tonight" in words) and (
        minute_s is not None
        or "o'clock" in words
        or any(a.lower_ == "the" and b.lower_ in DAY_PARTS for a, b in pairwise(tokens))
    )
    # a 24-hour clock ("22:30", "07:45") said to be at a moment ("at 22:30") or of a day ("15:10 yesterday")
    day_part |= bool(re.fullmatch(r"(0\d|1[3-9]|2[0-3]):\d\d", digits) and words & _CLOCK_CUES)
    if (
        not (words & {"pm", "am", "gmt", "utc", "bst", "est", "edt", "pst", "local"} or day_part)
        or hour > 23
        or minute > 59
    ):
        return None  # "14:05 left" is a game clock, not a time of day
    return f"{hour:02d}:{minute:02d}"


# "shortly before 7am" is a moment in the quarter hour before ("nearly"), as "shortly after" is in the one after;
# a bare "by" or "before" is any time before, mostly a deadline.
_PAST_TO = {"half": 30, "quarter": 15}
SPOKEN_CUES = frozenset(("past", "to", "o'clock"))  # the words a clock time said in words has


def spoken_clock(tokens: Sequence[Token]) -> str | None:
    """A clock time said in words, as digits: "half past six" -> "6:30", "a quarter to five" -> "4:45", "ten
    past nine" -> "9:10", "six o'clock" -> "6"; None if the tokens say none."""
    words = [t.lower_ for t in tokens]
    for i, w in enumerate(words):
        if w == "o'clock" and i:
            hour = small_number(words[i - 1])
            return str(hour) if hour is not None and 1 <= hour <= 12 else None
        if w in ("past", "to") and 0 < i < len(words) - 1:
            minute = _PAST_TO.get(words[i - 1], small_number(words[i - 1]))
            hour = small_number(words[i + 1])
            if minute is None or hour is None or not (1 <= hour <= 12 and 0 < minute < 60):
                return None
            if w == "to":
                hour, minute = (hour - 2) % 12 + 1, 60 - minute
            return f"{hour}:{minute:02d}"
    return None


_TIME_BOUNDS = {"shortly after": "more than", "just after": "more than", "soon after": "more than",
                "just past": "more than", "shortly past": "more than", "by": "up to", "before": "up to", "just before": "nearly", "shortly before": "nearly"}  # fmt: skip


def time_qualifier(ent: Span, tokens: Sequence[Token], base: dict) -> dict:
    """A clock time's qualifier and start: "around 4:30" -> about; "shortly after 3:30" -> more than (briefing
    allows 15 minutes after), "shortly before 7" -> nearly (15 minutes before); "by 7 a.m." -> up to. Read from
    the words before the clock figure, in the entity or just before it (spaCy does not read "3:30" as a number,
    so the general qualifier scan misses it)."""
    doc = ent.doc
    first = next((t.i for t in tokens if t.text[:1].isdigit() or t.lower_ in _NAMED_CLOCK), tokens[0].i)
    for width in (2, 1):
        lo = first - width
        if lo < max(0, ent.start - 2):
            continue
        phrase = doc[lo:first].text.lower()
        qualifier = QUALIFIERS.get(phrase) or _TIME_BOUNDS.get(phrase)
        if qualifier:
            return {"qualifier": qualifier, "start": min(base["start"], doc[lo].idx)}
    return {}
