"""The features the publication-date ranker sees of each date a page states: where it stands, the cue words
around it ("Published", "Updated", "By"), the shape of its line and its neighbours (a menu, a list of related
links), its agreement with the page's other dates, and (``PageContext``) what the rest of the text path read of
the page: the header's date, the line labeller's roles, the headline's line."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from storyline.extract.cues import COPYRIGHT_MARK
from storyline.extract.text_date_scan import DIGITS, LETTERS, TIME, Candidate, function_words, month_number
from storyline.lexicon.dates import weekday_days

# dates within this many lines of each other are "near" (log_dates_near; 6 beat 1, 3, 10 on half 0)
_NEAR_LINES = 6
_LIST_ITEM = re.compile(r"^\s*(?:[*+•·o-]\s|\d{1,2}\.\s+(?P<next>[^\W\d_]*))")
# cue words start and end at a letter boundary, not \b: renderers glue a cue to its date ("Updated21:22")
_PUBLISHED = re.compile(
    r"(?<![^\W\d_])(?:published|posted|publi(?:é|shed|cado|cada|cato|ée?)|ver(?:ö|oe)ffentlich(?:t|ung)|gepubliceerd|"
    r"opublikowano|released|issued|erschienen|pubblicato)(?![^\W\d_])|\b(?:date|datum|fecha|data)\s*:",
    re.I,
)
_UPDATED = re.compile(
    r"(?<![^\W\d_])(?:updated?|modified|last (?:modified|updated)|actualiza(?:do|da|ción)|aktualisiert|mis à jour|"
    r"aggiornato|bijgewerkt|atualizado|stand|edited|revised|ge(?:ä|ae)ndert|aktualisierung|editiert|"
    r"päivitetty)(?![^\W\d_])",
    re.I,
)
_BY = re.compile(r"^\W*(?:by|von|par|por|door|di|av|af)\s+\S|\b(?:by|von|par|por)\s+[A-Z]", re.I)
# A date the page announces rather than was published on: an event, a deadline, an edition, a source's date
_EVENT = re.compile(
    r"\b(?:termin|veranstaltung|findet|tickets?|workshop|webinar|seminar|deadline|event|events|concert|"
    r"kickoff|edition|édition|ausgabe|vom|seit|since|until|bis|from|ab dem|am|on|le|el|il|vol\.|doi|"
    r"retrieved|accessed|abgerufen|as of)\b",
    re.I,
)
# the same after the date: Japanese "2020年6月1日現在" ("as of": the day a figure stands at). "as of" and these
# (session 39): --half0 site CV MediaCloud ins/h2t 237/21, 232/23 -> 239/19, 235/20, trafilatura 921/99, 910/104
# -> 922/98, 910/104 (reverse fit unchanged); without "as of" trafilatura ins lost one (920/100)
_EVENT_AFTER = re.compile(r"\s*(?:現在|時点)")
# An embedded post's signature: "— Name (@handle) May 3, 2020"
_EMBED = re.compile(r"\(@\w+\)|^\W*(?:—|--)\s")
_SOCIAL = re.compile(r"\b(?:comments?|reply|replies|says|said|wrote|likes?|views?)\b", re.I)
# A reader comment's signature: its "Reply" button on a short line under it, or its author's "X says:" line above
_REPLY = re.compile(
    r"(?<![^\W\d_])(?:reply|antworten|répondre|responder|rispondi|beantwoorden|svara?|vastaa|odpowiedz|odgovori|"
    r"ответить|yanıtla|balas)(?![^\W\d_])",
    re.I,
)
_SAYS = re.compile(
    r"(?<![^\W\d_])(?:says|sagt|schreibt|dit|dice|diz|zegt|schreef|scrive|kirjoitti|skriver|pisze|wrote)\s*:\s*$",
    re.I,
)
# how many lines under a date a comment's "Reply" button may stand (the comment's text between)
_REPLY_LINES = 4

FEATURES = (
    "bias_word",
    "bias_ymd",
    "bias_numeric",
    "bias_relative",
    "bias_dpa",
    "log_line_index",
    "is_first",
    "log_rank",
    "log_same_count",
    "is_latest",
    "is_earliest",
    "log_days_before_latest",
    "cue_published",
    "cue_published_prev",
    "cue_updated",
    "cue_updated_prev",
    "cue_by",
    "cue_by_near",
    "cue_copyright",
    "cue_social",
    "cue_list_item",
    "cue_event_before",
    "cue_embed",
    "cue_zone",
    "log_line_words",
    "date_share",
    "has_time",
    "year_before_latest",
    "two_digit_year",
    "numeric_ambiguous",
    "reading_vs_page",
    "reading_vs_expected",
    "first_published_cue",
    "first_updated_cue",
    "in_top_decile",
    "header_agrees",
    "role_dateline",
    "role_byline",
    "role_body",
    "above_headline",
    "near_headline",
    "weekday_before",
    "today_bar",
    "bar_unrepeated",
    "first_below_headline",
    "published_just_before",
    "updated_just_before",
    "year_is_mode",
    "log_dates_near",
    "log_same_shape",
    "log_short_run",
    "list_near",
)


@dataclass(frozen=True)
class PageContext:
    """What the rest of the text path read from the page, as evidence for its dates: the day of the header's
    dateline (published.parse_dateline on the labeller's dateline line), the labeller's role of every non-empty
    line and its headline line (indices as storyline.extract.boilerplate.split_lines counts lines)."""

    header_day: date | None = None
    roles: tuple[str, ...] = ()
    headline: int | None = None


def _is_weekday(word: str, mark: str, day: date) -> bool:
    """Whether ``word`` printed before the date ``day`` is its weekday. Only the day's own weekday counts, so the
    "Min." of "5 Min. 1. November 2023" (Indonesian for Sunday; that day is a Wednesday) is none. A full name
    ("Mittwoch", "jeudi") always is; a form of two or three letters only in a weekday's own form: followed by a
    dot or comma ("Sa.", "Thu,"), or capitalised and no function word ("Mon 20 Jan"), so the "on" of "Julia on
    11/08/2020", the "de" of "de 21 de Agosto" and the "dia" of "do dia 09 de Outubro" are none."""
    lower = word.lower()
    if day.weekday() not in weekday_days().get(lower, ()):
        return False
    return bool(mark) or len(lower) > 3 or (word[0].isupper() and lower not in function_words())


def featurize(found: list[Candidate], lines: list[tuple[int, str]]) -> None:
    """Each candidate's features from its line, its neighbours and the page's other dates; and whether it signs a
    reader's comment."""
    if not found:
        return
    counts = Counter(c.day for c in found)
    latest, earliest = max(counts), min(counts)
    n_lines = max(len(lines), 1)
    first_pub = next((c.start for c in found if _cue(lines, c.line, _PUBLISHED)), None)
    first_upd = next((c.start for c in found if _cue(lines, c.line, _UPDATED)), None)
    starts = dict.fromkeys(c.start for c in found)  # the two readings of one numeric date share a rank
    ranks = {start: rank for rank, start in enumerate(starts)}
    # a date among many (a list of related articles, an archive) and a date shape repeated line after line
    lines_of = [c.line for c in {c.start: c for c in found}.values()]
    shapes = {c.start: _shape(c) for c in found}
    shape_lines = Counter(shape for shape, _ in {(shapes[c.start], c.line) for c in found})
    at = {c.line for c in found}  # the lines' run and list facts are read only where a date stands
    runs = _short_runs(lines, at)
    lists = _lists_near(lines, at)
    for c in found:
        c.comment = _is_comment(lines, c.line)
        rank = ranks[c.start]
        line = lines[c.line][1]
        prev = lines[c.line - 1][1] if c.line > 0 else ""
        nxt = lines[c.line + 1][1] if c.line + 1 < len(lines) else ""
        words = len(line.split())
        f = c.features
        f.update(
            {
                f"bias_{c.kind}": 1.0,
                # where a date stands counts from the top (lines), not as a share of the page: how long the chrome
                # below the story runs differs by site template and renderer (rel_pos and line_frac dropped,
                # session 20: --half0 MediaCloud CV +1/+1, trafilatura-labelled reverse +2/+1, CV +5/0, none lower)
                "log_line_index": math.log1p(c.line),
                "is_first": float(rank == 0),
                "log_rank": math.log1p(rank),
                "log_same_count": math.log1p(counts[c.day] - 1),
                "is_latest": float(c.day == latest),
                "is_earliest": float(c.day == earliest and latest != earliest),
                "log_days_before_latest": math.log1p((latest - c.day).days),
                "cue_published": float(bool(_PUBLISHED.search(line))),
                "cue_published_prev": float(bool(_PUBLISHED.search(prev)) and len(prev.split()) <= 4),
                "cue_updated": float(bool(_UPDATED.search(line))),
                "cue_updated_prev": float(bool(_UPDATED.search(prev)) and len(prev.split()) <= 4),
                "cue_by": float(bool(_BY.search(line))),
                "cue_by_near": float(bool(_BY.search(prev)) or bool(_BY.search(nxt))),
                "cue_copyright": float(bool(COPYRIGHT_MARK.search(line))),
                "cue_social": float(bool(_SOCIAL.search(line))),
                "cue_list_item": float(_is_list_item(line)),
                "cue_event_before": float(
                    bool(_EVENT.search(line[: c.column]) or _EVENT_AFTER.match(line, c.column + c.span))
                ),
                "cue_embed": float(bool(_EMBED.search(line))),
                "log_line_words": math.log1p(words),
                "date_share": c.span / max(len(line.strip()), 1),
                "has_time": float(c.has_time),
                "year_before_latest": float(c.day.year < latest.year),
                "first_published_cue": float(c.start == first_pub),
                "first_updated_cue": float(c.start == first_upd),
                "in_top_decile": float(c.line / n_lines < 0.1),
                "log_dates_near": math.log1p(sum(abs(n - c.line) <= _NEAR_LINES for n in lines_of) - 1),
                "log_same_shape": math.log1p(shape_lines[shapes[c.start]] - 1),
                "log_short_run": math.log1p(runs[c.line]),
                "list_near": lists[c.line],
            }
        )


def _is_comment(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether the date on line ``index`` signs a reader comment: the line above names its author ("Karl says:")
    or a short line among the next few is its "Reply" button. A comment's date is when a reader wrote, not when
    the article was published: on half 0 of eval-data/metadata 632 candidates on 51 page renderings are marked,
    and no page's gold day stands only on them."""
    if index > 0 and _SAYS.search(lines[index - 1][1]):
        return True
    below = lines[index : index + 1 + _REPLY_LINES]
    return any(len(line.split()) <= 3 and _REPLY.search(line) for _, line in below)


_SENTENCE_END = re.compile(r"[.!?…:]['\"”’)]?\s*$")


def _short_runs(lines: list[tuple[int, str]], at: Iterable[int]) -> dict[int, int]:
    """Per line of ``at``, how many lines its run of short, unpunctuated lines (a menu, a list of related links)
    holds; 0 for a line of prose. The lines are read only as far as those runs reach."""
    runs = {}
    for i in at:
        start, end = i, i
        while end < len(lines) and _is_short(lines[end][1]):
            end += 1
        while end > i and start > 0 and _is_short(lines[start - 1][1]):
            start -= 1
        runs[i] = end - start
    return runs


@lru_cache(maxsize=1 << 16)  # menus and link lists recur across an outlet's pages
def _is_short(line: str) -> bool:
    """Twelve words or fewer without a sentence's end: a line of a menu or a list of links."""
    return len(line.split()) <= 12 and not _SENTENCE_END.search(line)


@lru_cache(maxsize=1 << 16)  # list marks recur on the lines of related-link lists
def _is_list_item(line: str) -> bool:
    """Whether a line starts with a list marker ("* ", "- ", "3. "); the day of a date leading its line ("22. Januar
    2020", html2text's "22\\. Januar") is no number of a list."""
    m = _LIST_ITEM.match(line)
    return m is not None and not (m["next"] and month_number(m["next"]))


def _lists_near(lines: list[tuple[int, str]], at: Iterable[int]) -> dict[int, float]:
    """Per line of ``at``, the share of the seven lines around it that are list items (a list of related links)."""
    out = {}
    for i in at:
        window = [float(_is_list_item(line)) for _, line in lines[max(0, i - 3) : i + 4]]
        out[i] = sum(window) / len(window)
    return out


_WEEKDAY_HEAD = re.compile(r"([^\W\d_]{2,})(\.?,?)\s*$")


def featurize_context(found: list[Candidate], context: PageContext) -> None:
    """Features that weigh a date against the rest of the page: the header's date, the labeller's role of its
    line, where it stands from the headline, a weekday printed right before it, its year against the page's."""
    if not found:
        return
    years = Counter(c.day.year for c in found)
    days = Counter(c.day for c in found)
    top_year = years.most_common(1)[0][0]
    roles, headline = context.roles, context.headline
    first_below = next((c.start for c in found if headline is not None and c.line >= headline), None)
    for c in found:
        role = roles[c.line] if c.line < len(roles) else ""
        head = c.line_text[: c.column]
        weekday = _WEEKDAY_HEAD.search(head)
        weekday_before = weekday is not None and _is_weekday(weekday[1], weekday[2], c.day)
        above = headline is not None and c.line < headline
        c.features.update(
            {
                "header_agrees": float(c.day == context.header_day),
                "role_dateline": float(role == "dateline"),
                "role_byline": float(role == "byline"),
                "role_body": float(role == "body"),
                "above_headline": float(above),
                "near_headline": float(headline is not None and 0 < c.line - headline <= 8),
                "weekday_before": float(weekday_before),
                # a page's today's-date bar: a weekday and a date alone on a line above the headline. Its weight
                # stays near 0: on half 0 (inscriptis) 13 of the 18 such dates on MediaCloud pages are the gold day
                # (pages crawled the day they were published), 5 of 15 on trafilatura-labelled pages
                "today_bar": float(bar := weekday_before and above and c.features["date_share"] > 0.4),
                # a bar whose day the page prints nowhere else while it prints other days: the day the page was
                # viewed, not the article's (whose dateline repeats the bar's day when the two agree); also a bar
                # printing the clock after its date ("Wednesday, September 30, 2020 02:45 PM English | Hindi"),
                # whose date alone takes too little of the line for today_bar (on half 0 one MediaCloud page, both
                # renders, the wrong day: --half0 site CV MediaCloud ins/h2t 235/23, 230/25 -> 237/21, 232/23)
                "bar_unrepeated": float(
                    (bar or (weekday_before and above and _clock_bar(c, weekday)))
                    and days[c.day] == 1
                    and len(days) > 1
                ),
                # the article's dateline is the first date under its headline; related links, comments and footers
                # come later. MediaCloud pages right, reverse fit (half 0): 79 -> 81 / 79 -> 80 of 92 (inscriptis /
                # html2text); shipped fit (half 1): 84 -> 84 / 86 -> 85 of 108; trafilatura-labelled +0/+2, +0/+1
                "first_below_headline": float(c.start == first_below),
                "published_just_before": float(bool(_PUBLISHED.search(head[-30:]))),
                "updated_just_before": float(bool(_UPDATED.search(head[-30:]))),
                "year_is_mode": float(c.day.year == top_year),
            }
        )


_CLOCK_AFTER = re.compile(r"[\s,|–—-]*(?:at\s+)?")


def _clock_bar(c: Candidate, weekday: re.Match[str]) -> bool:
    """Whether the line is a weekday, a date and the clock ("Wednesday, September 30, 2020 02:45 PM"), which take
    most of it: a today's-date bar printing the time the page was viewed as well."""
    end = c.column + c.span
    gap = _CLOCK_AFTER.match(c.line_text, end)
    clock = TIME.match(c.line_text, gap.end()) if gap else None
    if clock is None:
        return False
    return (clock.end() - weekday.start()) / max(len(c.line_text.strip()), 1) > 0.4


def _shape(c: Candidate) -> str:
    """How a date is written, its words and digits masked: "May 3, 2020" and "June 12, 2021" share "a 9, 9"."""
    text = c.line_text[c.column : c.column + c.span]
    return DIGITS.sub("9", LETTERS.sub("a", " ".join(text.split())))


def _cue(lines: list[tuple[int, str]], index: int, pattern: re.Pattern[str]) -> bool:
    prev = lines[index - 1][1] if index > 0 else ""
    return bool(pattern.search(lines[index][1])) or (bool(pattern.search(prev)) and len(prev.split()) <= 4)


def vector(c: Candidate) -> list[float]:
    return [c.features.get(name, 0.0) for name in FEATURES]
