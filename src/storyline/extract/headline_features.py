"""The features of the lines that could be a page's headline, for the headline ranker of the line labeller
(extract/line_roles.py): the line's own attributes, what the labeller says of it and its neighbours, how its words
echo the lead, the body and other lines (a breadcrumb, a teaser, the page's "Title | Site" line), and how it sits
beside the other candidates (a headline above its longer standfirst)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, islice

from storyline.extract.line_features import PageFacts
from storyline.extract.line_text import WORD, line_key, long_words
from storyline.extract.outlet_features import line_words
from storyline.extract.title_lines import CRUMB, LIST_MARK, SITE_TAIL_WORDS, not_a_title, site_tail

# Lines above the main run of prose searched for the headline (speed; on the fitting half the gold headline line
# lies within this window on nearly every page that has one).
CANDIDATE_WINDOW = 150
# The page's first lines are candidates too, however far above the prose run (a run that starts late, below a long
# menu or a comment box, leaves the headline outside the window).
TOP_LINES = 60
# scripts written without spaces between words
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def headline_candidates(
    texts: list[str],
    rows: list[dict[str, float]],
    page: PageFacts,
    roles: list[str],
    marginal: Callable[[str, int], float],
) -> dict[int, dict[str, float]]:
    """Features of the lines that could be the headline (short, not after the main prose run), for the ranker.

    ``roles`` and ``marginal`` are the line labeller's tags and per-line role probabilities for the page (in
    training, from a labeller fitted without the page: a ranker must not learn to trust an over-confident one)."""
    out: dict[int, dict[str, float]] = {}
    last = page.end if page.end >= page.start else len(texts) - 1
    overlaps: dict[int, float] = {}
    first = max(page.start - CANDIDATE_WINDOW, 0) if page.end >= page.start else 0
    for i in chain(range(min(TOP_LINES, first)), range(first, min(last + 1, len(texts)))):
        text = texts[i]
        n = text.count(" ") + 1
        if len(text) > 250 or n > 30 or (n == 1 and not _one_word_title(text)):
            continue
        if not_a_title(text):
            continue
        if page.start <= i <= page.end and rows[i].get("end=.") and (i > page.start or n > 12):
            continue  # a sentence of the prose run is body (the lead sentence stands in for a missing headline)
        words = long_words(text)
        overlaps[i] = len(words & page.lead) / len(words) if words and page.lead else 0.0
    echoes, echoes_same = _echoes(texts, overlaps)
    spread = Counter(
        chain.from_iterable(map(long_words, set(texts)))
    )  # in how many distinct lines a word stands
    run_words = set().union(*map(long_words, texts[page.start : page.end + 1]))
    above = [i for i in overlaps if i < page.start]
    best_overlap = max((overlaps[i] for i in above), default=0.0)
    nearest_title = max(
        (i for i in above if rows[i].get("end=.", 0.0) == 0.0 and rows[i].get("nw=0", 0) == 0), default=None
    )
    head_marginals = {i: marginal("headline", i) for i in overlaps}
    top_marginal = max(head_marginals.values(), default=0.0)
    ranked = sorted(head_marginals, key=lambda i: -head_marginals[i])
    head_rank = {i: r for r, i in enumerate(ranked)}
    body_at = [i for i, role in enumerate(roles) if role == "body"]
    prose_at = [i for i, prose in enumerate(page.prose) if prose]
    for i, overlap in overlaps.items():
        # A neighbour's attribute as a line's CRF row sees it ("-1:nw=5", "2:month"); the ranker leaves them out:
        # its labeller and tag-context features already read the lines around a candidate, and with the neighbours'
        # raw attributes too (762 attributes for 1,130 titled sequences) it fitted site habits. Half-0 CV by site
        # (eval/train_lines.py --ranker-only): token F1 0.7482 -> 0.7620, 4 of 5 folds better; over three fold
        # splits (15 folds) 0.7429 -> 0.7599, 11 of 15 better. They are each row's last: PageFacts.widths cuts them off.
        row = dict(islice(rows[i].items(), page.widths[i]))
        row["hm_h"] = head_marginals[i]
        _pair_features(row, i, texts, overlaps)
        distance = page.start - i if page.end >= page.start else -1
        row["hd=" + (str(bisect_left((0, 1, 2, 3, 5, 8, 15, 30), distance)) if distance >= 0 else "x")] = 1.0
        row["hov"] = overlap
        row["hov=" + str(bisect_left((0.0, 0.2, 0.4, 0.6, 0.8), overlap))] = 1.0
        if above and overlap == best_overlap and overlap > 0:
            row["hbest"] = 1.0
        if i == nearest_title:
            row["hnear"] = 1.0
        if i < first:
            row["htop"] = 1.0
        _shape_features(row, texts[i])
        for kind in sorted(echoes.get(i, ())):  # one summation order whatever the hash seed
            row["hecho=" + kind] = 1.0
        _labeller_features(row, i, roles, marginal, top_marginal)
        row["hrank=" + str(bisect_left((0, 1, 2, 4, 8), head_rank[i]))] = 1.0
        _body_features(row, i, texts, body_at, "hbody")
        _body_features(row, i, texts, prose_at, "hprose")  # the labeller may tag a short page's body chrome
        words = long_words(texts[i])
        if words and run_words:
            row["hrun=" + str(bisect_left((0.0, 0.3, 0.6, 0.99), len(words & run_words) / len(words)))] = 1.0
        if words:
            share = sum(spread[w] > 1 for w in words) / len(words)
            row["hrec=" + str(bisect_left((0.0, 0.3, 0.6, 0.99), share))] = 1.0
        copies = len(echoes_same.get(line_key(texts[i]), ()))  # the line itself and its copies
        row["hsame=" + str(min(max(copies - 1, 0), 3))] = 1.0
        _word_features(row, i, texts)
        out[i] = row
    _retold(out, texts)
    _rivals(out, texts)
    return out


RIVAL_REACH = 5  # lines above and below a candidate searched for a likelier headline


def _rivals(rows: dict[int, dict[str, float]], texts: list[str]) -> None:
    """Where a candidate stands against the labeller's likelier headline a few lines above or below it, and
    whether that line is shorter or longer: a standfirst or a caption sits under a shorter, likelier headline."""
    order = sorted(rows)
    for k, i in enumerate(order):
        words = texts[i].count(" ") + 1
        for name, near in (
            ("up", [j for j in order[max(k - RIVAL_REACH, 0) : k] if i - j <= RIVAL_REACH]),
            ("down", [j for j in order[k + 1 : k + 1 + RIVAL_REACH] if j - i <= RIVAL_REACH]),
        ):
            best = max(near, key=lambda j: rows[j]["hm_h"], default=None)
            if best is None or rows[best]["hm_h"] <= rows[i]["hm_h"]:
                continue
            other = texts[best].count(" ") + 1
            shape = "longer" if other > words * 1.3 else "shorter" if other * 1.3 < words else "same"
            rows[i][f"hrival_{name}={shape}"] = 1.0


# A longer candidate up to this many lines below a shorter one, repeating this share of its words, retells it
# (a standfirst or a lead under its headline).
RETELL_REACH = 12
RETELL_SHARE = 0.5


def _retold(rows: dict[int, dict[str, float]], texts: list[str]) -> None:
    """Compare the candidates with each other: a headline's words come back in a longer candidate a few lines
    below it (its standfirst or lead), so the shorter line above is marked retold and the longer one retelling."""
    order = sorted(rows)
    words = [long_words(texts[i]) for i in order]
    for k, i in enumerate(order):
        own = words[k]
        size = len(own)
        if size < 2:
            continue
        for r in range(k + 1, len(order)):
            j = order[r]
            if j - i > RETELL_REACH:
                break
            other = words[r]
            if len(other) > size and len(own & other) / size >= RETELL_SHARE:
                rows[i]["hretold"] = 1.0
                rows[j]["hretells"] = 1.0


def _word_features(row: dict[str, float], i: int, texts: list[str]) -> None:
    """The words of a candidate ("hw:news"), its first word ("hf:sign") and the words of the line above it
    ("hu:politics"), as the outlet scorer reads context words: chrome, prompts, kickers and related-story boxes
    reuse a small vocabulary across sites. The ranker weighs only words of several training sites
    (eval/train_lines.py WORD_SITES); the others add nothing."""
    row.update(_own_words(texts[i]))
    if i > 0:
        row.update(_words_above(texts[i - 1]))


@lru_cache(maxsize=1 << 16)  # candidates repeat across an outlet's pages; never to be changed
def _own_words(text: str) -> dict[str, float]:
    own = line_words(text, "hw:", None)
    return {**dict.fromkeys(own, 1.0), "hf:" + own[0][3:]: 1.0} if own else {}


# The line above a candidate is often the candidate before it. Cached: never to be changed.
@lru_cache(maxsize=1 << 16)
def _words_above(text: str) -> dict[str, float]:
    return dict.fromkeys(line_words(text, "hu:", None), 1.0)


# Bucket edges of the labeller's role probabilities as ranker features.
_MARGINAL_EDGES = (0.02, 0.1, 0.3, 0.6, 0.9)


def _labeller_features(
    row: dict[str, float], i: int, roles: list[str], marginal: Callable[[str, int], float], top: float
) -> None:
    """What the line labeller says of a candidate and its surroundings: its headline and standfirst
    probabilities, its tag, whether it is the page's likeliest headline, and the tags of the lines around it (a
    headline sits above the byline and dateline, a section label above the headline)."""
    head = row["hm_h"]
    standfirst = marginal("standfirst", i)
    row["hmh=" + str(bisect_left(_MARGINAL_EDGES, head))] = 1.0
    row["hm_s"] = standfirst
    row["hms=" + str(bisect_left(_MARGINAL_EDGES, standfirst))] = 1.0
    row["hmc=" + str(bisect_left(_MARGINAL_EDGES, marginal("chrome", i)))] = 1.0
    row["htag=" + roles[i]] = 1.0
    if head >= top:
        row["hmtop"] = 1.0
    row["hnext=" + (roles[i + 1] if i + 1 < len(roles) else "edge")] = 1.0
    row["hprev=" + (roles[i - 1] if i > 0 else "edge")] = 1.0
    below, above = set(roles[i + 1 : i + 5]), set(roles[max(i - 4, 0) : i])
    if "byline" in below or "dateline" in below:
        row["hmeta_below"] = 1.0
    if "byline" in above or "dateline" in above:
        row["hmeta_above"] = 1.0


def _body_features(row: dict[str, float], i: int, texts: list[str], body_at: list[int], name: str) -> None:
    """Where a candidate stands against the page's body lines (``body_at``, features prefixed ``name``): the
    share of them above it (a headline opens the story, a related-story title follows it), and how many of its
    words the first body line below it repeats (a lead retells its headline)."""
    if not body_at:
        return
    k = bisect_left(body_at, i)
    row[name + "_above=" + str(bisect_left((0.0, 0.05, 0.2, 0.5, 0.8), k / len(body_at)))] = 1.0
    words = long_words(texts[i])
    nxt = bisect_right(body_at, i)
    if nxt < len(body_at) and words:
        below = long_words(texts[body_at[nxt]])
        share = len(words & below) / len(words)
        row[name + "_next"] = share
        row[name + "_next=" + str(bisect_left((0.0, 0.2, 0.4, 0.6), share))] = 1.0


def _pair_features(row: dict[str, float], i: int, texts: list[str], candidates: dict[int, float]) -> None:
    """How a candidate sits beside its neighbouring candidates: a headline is usually the shorter line directly
    above a longer standfirst, a standfirst the longer line directly below a headline."""
    words = texts[i].count(" ") + 1
    for off, name in ((1, "next"), (-1, "prev")):
        j = i + off
        if j in candidates:
            other = texts[j].count(" ") + 1
            shape = "longer" if other > words * 1.3 else "shorter" if other * 1.3 < words else "same"
            row[f"h{name}={shape}"] = 1.0
            if candidates[j] > candidates[i]:
                row[f"h{name}_lead"] = 1.0  # the neighbour echoes the lead paragraph more


def _shape_features(row: dict[str, float], text: str) -> None:
    """What a title cut would take off the line: a list mark, a breadcrumb trail, a site tail."""
    if LIST_MARK.match(text):
        row["hcut=list"] = 1.0
    if CRUMB.search(text):
        row["hcut=crumb"] = 1.0
    if site_tail(text) is not None:
        row["hcut=tail"] = 1.0


# A one-word title: a compound written with hyphens ("Bienenstich-Muffins") is one word too.
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+[.!?]?")


def _one_word_title(text: str) -> bool:
    """A line without spaces that may still be a title: one word, a hyphenated compound, or CJK text (not a
    number, a date, a domain or a code)."""
    return len(WORD.findall(text)) == 1 or bool(_COMPOUND.fullmatch(text) or _CJK.search(text))


def _echoes(
    texts: list[str], candidates: dict[int, float]
) -> tuple[dict[int, set[str]], dict[str, set[int]]]:
    """Where else a candidate's words stand: at the end of a longer line (a breadcrumb "Home » News » Title"),
    at the start of one (a teaser "Title: the lead..."; "site" when only a few words follow, the page's own
    "Title | Site" line), or as the same line again (share boxes, related lists); and the lines of each key."""
    keys = {i: line_key(texts[i]) for i in candidates}
    wanted = {k for k in keys.values() if k}
    # A line echoes a candidate only if it starts with a candidate's first word (its first words then may be
    # one) or ends with one's last word: the word counts of the candidates by first word and by last word.
    by_first: dict[str, set[int]] = {}
    by_last: dict[str, set[int]] = {}
    for k in wanted:
        words = k.split(" ")
        by_first.setdefault(words[0], set()).add(len(words))
        by_last.setdefault(words[-1], set()).add(len(words))
    ends: dict[str, set[int]] = {}
    starts: dict[str, set[int]] = {}
    same: dict[str, set[int]] = {}
    sited: dict[str, set[int]] = {}
    for j, text in enumerate(texts):
        if len(text) > 600:
            continue
        whole = line_key(text)
        if whole in wanted:
            same.setdefault(whole, set()).add(j)
        words = whole.split()
        if not words:
            continue
        for size in by_last.get(words[-1], ()):
            if size < len(words) and (suffix := " ".join(words[-size:])) in wanted:
                ends.setdefault(suffix, set()).add(j)
        for size in by_first.get(words[0], ()):
            if size < len(words) and (prefix := " ".join(words[:size])) in wanted:
                (sited if len(words) - size <= SITE_TAIL_WORDS else starts).setdefault(prefix, set()).add(j)
    out: dict[int, set[str]] = {}
    for i, key in keys.items():
        kinds = set()
        if ends.get(key, set()) - {i}:
            kinds.add("end")
        if starts.get(key, set()) - {i}:
            kinds.add("start")
        if sited.get(key, set()) - {i}:
            kinds.add("site")
        if len(same.get(key, ())) > 1:
            kinds.add("same")
        if kinds:
            out[i] = kinds
    return out, same
