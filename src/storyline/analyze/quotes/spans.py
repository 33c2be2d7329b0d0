"""Where the quoted text is: quote-mark runs (curly, straight, single; across paragraphs) and 'X said:' blocks.

Only the geometry lives here; who said it is quotes.py's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.lexicon.whole_words import has_whole_word

_OPEN_D = "“«„"
_CLOSE_D = "”»"
_OPEN_S = "‘‹"
_CLOSE_S = "’›"
# every double or single quote mark: a paragraph's marks are found by one scan, not a Python test per character
_DQ_MARK = re.compile(f'["{_OPEN_D}{_CLOSE_D}]')
_SQ_MARK = re.compile(f"['{_OPEN_S}{_CLOSE_S}]")
_SAID_COLON = re.compile(
    r"\b(?:said|says|say|added|adds|told|tells|wrote|writes|stated|states|declared|explained|warned|insisted|"
    r"continued|argued|commented|concluded|reads|read)\b[^:]{0,40}:\s*$",
    re.I,
)


@dataclass
class Run:
    """One quotation: inner span (without marks), the paragraphs it touches, and how it was found."""

    start: int
    end: int
    first_para: int
    last_para: int
    kind: str = "marks"  # "marks", "single" or "block" (unquoted paragraphs after "X said:")
    cue_para: int | None = None  # for blocks: the paragraph holding "X said:"
    pieces: list[tuple[int, int]] = field(default_factory=list)  # inner spans per paragraph


def _dq_kind(text: str, i: int) -> str:
    """'open' or 'close' for the double quote mark at text[i]."""
    ch = text[i]
    if ch in _OPEN_D:
        return "open"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _CLOSE_D:  # a closing mark opening a paragraph ('”Words.” ― Name', '” … words') opens it
        opens = after.isalnum() or text[i + 1 : i + 4].lstrip().startswith(("…", "..."))
        return "open" if before == "\n" and opens else "close"
    if (before.isspace() or before in "([{—–-/:") and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return "open"


def _is_dq(ch: str) -> bool:
    return ch == '"' or ch in _OPEN_D or ch in _CLOSE_D


def double_runs(body: str, paras: list[tuple[int, int]]) -> list[Run]:
    """Double-quoted runs; an unclosed quote continues into the next paragraph when that one reopens or closes it."""
    runs: list[Run] = []
    carry: Run | None = None
    for p_index, (ps, pe) in enumerate(paras):
        marks = [m.start() for m in _DQ_MARK.finditer(body, ps, pe)]
        kinds = [_dq_kind(body, i) for i in marks]
        inside: Run | None = None
        k = 0
        if carry is not None:
            if marks and marks[0] == ps and kinds[0] == "open":
                inside, k = carry, 1  # the usual continuation: paragraph reopens the quote
                carry.pieces.append((ps + 1, pe))
            elif marks and kinds[0] == "close":
                inside = carry  # a continuation whose opening mark was lost
                carry.pieces.append((ps, pe))
            else:
                runs.append(carry)
            carry = None
            if inside is not None:
                inside.last_para = p_index
        while k < len(marks):
            i, kind = marks[k], kinds[k]
            if inside is None:
                if kind == "open":
                    inside = Run(i + 1, pe, p_index, p_index)
                    inside.pieces.append((i + 1, pe))
            elif kind == "close" or body[i] == '"':
                inside.end = i
                s, _ = inside.pieces[-1]
                inside.pieces[-1] = (s, i)
                runs.append(inside)
                inside = None
            else:  # a second opening mark inside a quote: the first one was never closed
                inside.end = i
                s, _ = inside.pieces[-1]
                inside.pieces[-1] = (s, i)
                runs.append(inside)
                inside = Run(i + 1, pe, p_index, p_index)
                inside.pieces.append((i + 1, pe))
            k += 1
        if inside is not None:
            inside.end = pe
            s, _ = inside.pieces[-1]
            inside.pieces[-1] = (s, pe)
            carry = inside
    if carry is not None:
        runs.append(carry)
    return [r for r in runs if any(c.isalnum() for c in body[r.start : r.end])]


def single_runs(body: str, paras: list[tuple[int, int]], taken: list[Run]) -> list[Run]:
    """Single-quoted runs inside one paragraph and outside double quotes ('engage but beware')."""
    runs = []
    for p_index, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        for mark in _SQ_MARK.finditer(body, ps, pe):
            i, ch = mark.start(), mark[0]
            before = body[i - 1] if i > ps else " "
            after = body[i + 1] if i + 1 < pe else " "
            if open_at is None:
                if (
                    (ch in _OPEN_S or ch == "'")
                    and (before.isspace() or before in "([—–-:")
                    and after.isalnum()
                ):
                    open_at = i
            elif (ch in _CLOSE_S or ch == "'") and not before.isspace() and not after.isalnum():
                start, end = open_at + 1, i
                if not any(r.start <= start < r.end for r in taken) and " " in body[start:end].strip():
                    run = Run(start, end, p_index, p_index, kind="single")
                    run.pieces.append((start, end))
                    runs.append(run)
                open_at = None
    return runs


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("#") or (len(stripped.split()) < 12 and stripped[-1:] not in ".!?”\"’'")


def _said_colon(text: str) -> bool:
    """Whether a paragraph ends "X said:"; the pattern runs only on the few that end in a colon."""
    return text.rstrip().endswith(":") and _SAID_COLON.search(text) is not None


def said_blocks(body: str, paras: list[tuple[int, int]], max_paras: int, stop_words: list[str]) -> list[Run]:
    """Unquoted paragraphs after a paragraph ending in 'X said:' (press-release style) as one quotation."""
    runs = []
    for p_index, (ps, pe) in enumerate(paras[:-1]):
        if not _said_colon(body[ps:pe]):
            continue
        nxt = paras[p_index + 1]
        if _is_dq(body[nxt[0]]) or body[nxt[0]] in _OPEN_S + "'":
            continue
        pieces = []
        for q_index in range(p_index + 1, min(len(paras), p_index + 1 + max_paras)):
            qs, qe = paras[q_index]
            text = body[qs:qe]
            if pieces and (
                _is_heading(text)
                or _said_colon(text)
                or _is_dq(text[0])
                or any(has_whole_word(w, text) for w in stop_words)
            ):
                break
            pieces.append((qs, qe, q_index))
        if pieces:
            run = Run(
                pieces[0][0], pieces[-1][1], pieces[0][2], pieces[-1][2], kind="block", cue_para=p_index
            )
            run.pieces = [(s, e) for s, e, _ in pieces]
            runs.append(run)
    return runs
