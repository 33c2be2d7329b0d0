"""One act that outlets tell the other way in their leads: one says it happened, another that it did not ("Ortiz
resigned" / "Ortiz did not resign"), or names the opposite act (WordNet's verb antonyms: "was acquitted" / "was
convicted", "won the final" / "lost the final"), or the other side as the winner ("Rovers beat City" / "City beat
Rovers", "Vost won the vote" / "Brisk won the vote"). PROTOCOL.md kinds ``negation`` and ``other``: whether it
happened, the outcome or verdict.

Only the parsed events (analysis/events.py: quotations and hedged verbs are left out there) of each article's lead
(``LEAD_SENTENCES``) compare, and only when both name one doer and one undergoer alike (the last word of each, or
both absent; a winner's prize in the same words): an article's later sentences tell the story's earlier and other acts ("was convicted in 1997, then
acquitted on appeal"; "was hired in 2003, fired on Friday"). On the read ECB+ halves events of one subject and
object in two outlets' first six sentences that one negates or the other names an antonym of (lexicon.antonyms)
were 11 pairs, none a gold conflict (a modal "won't play", a negated object "no terms were disclosed", "hired" /
"fired" years apart); in the first three, none at all. An act still to come ("will not resign") or one the outlet
tells both ways is no version of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.events import canonical_verb
from storyline.briefing.locate import Locator, said, still_to_come
from storyline.briefing.working_set import LEAD_SENTENCES, Corpus
from storyline.lexicon.antonyms import opposed
from storyline.model import Analysis, Conflict, Event

# A verb in the future or the conditional: what an outlet expects or would do, not what happened.
# Verbs of beating another side: the doer is the winner, so two outlets with the sides swapped disagree on it.
_BEATING = frozenset(("beat", "defeat", "overcome", "edge", "rout", "trounce", "thrash", "outscore"))


def _last(name: str | None) -> str:
    """A doer's or undergoer's last word, lower case ("Lena Ortiz" and "Ortiz" alike); "" for none."""
    return name.split()[-1].lower() if name else ""


def _sides(e: Event) -> tuple[str, str]:
    """An event's doer and undergoer by last word: what two outlets' versions of one act must share."""
    return _last(e.subject), _last(e.object)


def _told(e: Event, body: str) -> bool:
    """Whether an event is a version of an act that happened: not still to come, not "no one"'s or of "no
    terms" (the negation sits in a noun, not on the act)."""
    words = (e.subject or "", e.object or "")
    return not still_to_come(body, e.start, e.end) and not any(w.lower().startswith("no ") for w in words)


def _other_way(a: Event, b: Event) -> bool:
    """Whether two events of one doer and undergoer tell one act the other way: one negates it, or names its
    antonym with the same polarity and an undergoer (a festival that "opens" and "closes" tells two steps, a
    plan "approved" / "rejected" one outcome); or, for a verb of beating, the sides are swapped, or another
    named side won the same prize."""
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False  # dated apart: two acts ("won Thursday's vote" / "lost the 2018 vote")
    one_verb = canonical_verb(a.verb) == canonical_verb(b.verb)  # "quit" / "did not resign"
    if _sides(a) == _sides(b):
        if one_verb:
            return a.negated != b.negated
        return a.negated == b.negated and bool(_sides(a)[1]) and opposed(a.verb, b.verb)
    if a.negated or b.negated or not one_verb:
        return False
    swapped = _sides(a) == _sides(b)[::-1] and all(_sides(a))
    return swapped and a.verb in _BEATING or a.verb == "win" and _other_winner(a, b)


def _other_winner(a: Event, b: Event) -> bool:
    """Two named winners of one prize, the prize written alike, their names sharing no word ("Vost won the mayoral
    vote" / "Brisk won the mayoral vote"; "the first game" and "the second game" are two)."""
    named = all(w[:1].isupper() for w in (a.subject or "", b.subject or ""))
    prize = (a.object or "").casefold()
    return (
        named
        and bool(prize)
        and prize == (b.object or "").casefold()
        and _name_words(a.subject).isdisjoint(_name_words(b.subject))
    )


def _name_words(name: str | None) -> set[str]:
    """A winner's words, lower case: two winners sharing one ("Harwick Rangers" / "Harwick") are one side told
    two ways, not two rival sides."""
    return set((name or "").lower().split())


# "for" or "by" before a name, a few words between and no other preposition ("for The Salt Orchard", "by the
# Irish writer Niamh Ardagh"; not "by 300 votes over Brisk"): a prize's work or its maker, no rival winner.
_CREDIT = r"\b(?:for|by)\s+(?:(?!(?:over|against|from|with|to|in|on|at|of|than|beating)\b)[\w'’-]+\s+){0,4}?"


def _work_and_maker(c: Corpus, loc: Locator, a: Event, b: Event) -> bool:
    """Whether either winner's sentence credits the other winner with "for" or "by" ("X wins the prize for
    Y" / "Y, by X, has won the prize"): a book and its author winning one prize, one winner told two ways."""
    for e, other in ((a, b), (b, a)):
        i = loc.sentence(e.article_id, e.start)
        if (
            i is not None
            and other.subject
            and re.search(_CREDIT + re.escape(other.subject), c.sentences[i].text)
        ):
            return True
    return False


def _lead_events(c: Corpus, analyses: Mapping[str, Analysis]) -> dict[str, list[Event]]:
    """Each outlet's told events in its articles' leads."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    out: dict[str, list[Event]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        if an is None or a.id not in key_of:
            continue
        for e in an.events:
            i = loc.sentence(a.id, e.start)
            if i is None or c.position[i] >= LEAD_SENTENCES:
                continue
            if (e.subject or e.object) and _told(e, a.body):
                out.setdefault(key_of[a.id], []).append(e)
    return out


def opposed_acts(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One conflict per pair of outlets whose leads tell one act the other way, when neither tells it both
    ways; ``negation`` when one negates it, else ``other`` (an antonym, a swapped winner)."""
    told = _lead_events(c, analyses)
    loc = Locator(c)
    out = []
    keys = sorted(told)
    for i, k in enumerate(keys):
        for j in keys[i + 1 :]:
            pairs = [(a, b) for a in told[k] for b in told[j] if _other_way(a, b)]
            pairs = [(a, b) for a, b in pairs if not _both_ways(told[k], a) and not _both_ways(told[j], b)]
            pairs = [(a, b) for a, b in pairs if not _work_and_maker(c, loc, a, b)]
            if not pairs:
                continue
            a, b = pairs[0]
            kind = "negation" if a.negated != b.negated else "other"
            claims = tuple(loc.claim([(e.article_id, e.start, e.end)], kind) for e in (a, b))
            statement = said(claims)
            out.append(Conflict(f"{kind}: {a.verb} / {b.verb}", claims, kind=kind, statement=statement))
    return out


def _both_ways(events: list[Event], e: Event) -> bool:
    """Whether an outlet's lead also tells the act the other way itself: two acts, or a change, not a version."""
    return any(_other_way(e, f) for f in events if f is not e)
