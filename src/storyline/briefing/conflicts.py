"""Where independent outlets disagree on who spoke a quote (figures, dates and durations: briefing.claims; name
spellings: briefing.spelling), and how well each side of every conflict is supported."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from scipy.cluster.hierarchy import DisjointSet

from storyline.briefing.name_letters import same_surname
from storyline.briefing.person_role import role_text
from storyline.briefing.speakers import TITLES, VAGUE_ROLES, quote_grams, speaker_gender, speaker_role
from storyline.briefing.working_set import Corpus
from storyline.briefing.written_roles import written_roles
from storyline.lexicon.folding import spell_key
from storyline.model import UPDATED, Analysis, Citation, Claim, ClaimSlot, Conflict, Entity, Quote, Side
from storyline.settings import BriefSettings


class _Groups:
    """Union of conflicting sentence pairs per topic key, so 3 outlets on one figure make one conflict."""

    def __init__(self) -> None:
        self.sets: DisjointSet = DisjointSet()
        self.label: dict[str, str] = {}

    def add(self, topic: str, i: int, j: int, label: str) -> None:
        self.label.setdefault(topic, label)
        for x in ((topic, i), (topic, j)):
            if x not in self.sets:
                self.sets.add(x)
        self.sets.merge((topic, i), (topic, j))

    def groups(self) -> list[tuple[str, list[int]]]:
        return [(self.label[next(iter(g))[0]], sorted(i for _, i in g)) for g in self.sets.subsets()]


def _norm_name(text: str) -> tuple[str, ...]:
    toks = [t.strip(".,'’") for t in re.sub(r"['’]s\b", "", text).split()]
    while toks and toks[0].lower() in TITLES:
        toks.pop(0)
    return tuple(t for t in toks if t)


def _surnames(q: Quote, analyses: Mapping[str, Analysis], names: Mapping[str, str], body: str) -> set[str]:
    """Surnames of the speaker: its resolved entity (the phrase's head person, "Okonjo spokesman Lee Brandt" is
    Brandt alone), else the PERSON mentions inside the stored speaker span; never a possessor's ("Quill's
    agent" is not Quill, whom an older analysis may resolve it to: eval/claims.py held-out, one false speaker
    conflict)."""
    entity = names.get(q.speaker_entity or "")
    found = [entity] if entity else []
    owners: list[str] = []
    an = analyses.get(q.article_id)
    if an and q.speaker_start is not None and q.speaker_end is not None:
        for m in an.mentions:
            if m.label == "PERSON" and q.speaker_start <= m.start and m.end <= q.speaker_end:
                if _POSSESSIVE.match(body, m.end):
                    owners.append(m.text)
                elif not entity:
                    found.append(m.text)
    return {k for n in found for k in _surname_keys(n)} - {k for n in owners for k in _surname_keys(n)}


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # "Quill's agent", "Jones' lawyer"


def _surname_keys(name: str) -> set[str]:
    """Spelling keys of a name's surname: its last word, and its last two run together when the name has a
    first name and two more words ("Paolo Del Ferro" is also "delferro")."""
    words = _norm_name(name)
    if not words:
        return set()
    return {spell_key(words[-1])} | ({spell_key("".join(words[-2:]))} if len(words) >= 3 else set())


def _named_in(article_id: str, analyses: Mapping[str, Analysis]) -> set[str]:
    """Surname keys of every person the article names."""
    an = analyses.get(article_id)
    return {k for m in (an.mentions if an else ()) if m.label == "PERSON" for k in _surname_keys(m.text)}


def _credited_beside(q: Quote, body: str) -> bool:
    """The speaker is named in the quote's own paragraph, not carried over from an earlier one ("he said" after
    another person's paragraph): only such a credit can say two outlets name different people."""
    if q.speaker_start is None or q.speaker_end is None:
        return False
    if q.speaker_end <= q.start:
        return "\n" not in body[q.speaker_end : q.start]
    return q.speaker_start < q.end or "\n" not in body[q.end : q.speaker_start]


def _different_people(
    qa: Quote,
    qb: Quote,
    na: set[str],
    nb: set[str],
    named: Callable[[str], set[str]],
    titles: Mapping[str, set[str]],
    threshold: float,
) -> bool:
    """Two names that are not one name spelt two ways (that is a spelling conflict), or named by one outlet and
    credited to an unnamed speaker by another outlet that itself names that person elsewhere ("Mayor Ruth
    Okonjo said ..."; "a council official said" the same words): an outlet that never names the person is
    only less precise, which PROTOCOL.md counts as compatible. An unnamed speaker called by a word of the
    person's title ("a minister who called it ..." of "Foreign Minister Helen Marchbank") is that person."""
    if na and nb:
        return not any(same_surname(a, b, threshold) for a in na for b in nb)
    for known, anon in ((na, qb), (nb, qa)):
        noun = (anon.speaker or "").split()[-1:]
        if noun and any(noun[0].lower() in titles.get(k, ()) for k in known):
            continue
        if known and anon.anonymous and known & named(anon.article_id):
            return True
    return False


def _titles(c: Corpus, analyses: Mapping[str, Analysis]) -> dict[str, set[str]]:
    """Surname key -> the lower-cased words of the titles written before the person's name anywhere in the story,
    as briefing.attributes reads them ("Foreign Minister Helen Marchbank": foreign, minister; "the agency's
    director, Helen Marchbank,": director)."""
    out: dict[str, set[str]] = {}
    for r in written_roles(c, analyses):
        if r.role and r.end <= r.name[0]:
            name = c.by_id[r.article_id].body[r.name[0] : r.name[1]]
            for k in _surname_keys(name):
                out.setdefault(k, set()).update(role_text(c, r).lower().split())
    return out


def quote_conflicts(
    c: Corpus,
    quotes: Sequence[Quote],
    analyses: Mapping[str, Analysis],
    entities: Sequence[Entity],
    story_of: Callable[[str], str],
    settings: BriefSettings,
) -> list[Conflict]:
    """The same words attributed to speakers of different gender, role or identity by different outlets."""
    key_of = c.outlet_keys()
    names = {e.id: e.name for e in entities if e.type in ("person", "PERSON")}
    people = [_surnames(q, analyses, names, c.by_id[q.article_id].body) for q in quotes]
    grams = [quote_grams(q.verbatim) for q in quotes]
    named = {a: _named_in(a, analyses) for a in {q.article_id for q in quotes}}
    titles = _titles(c, analyses)
    g = _Groups()
    for i, qa in enumerate(quotes):
        for j in range(i + 1, len(quotes)):
            qb = quotes[j]
            if (
                key_of.get(qa.article_id) == key_of.get(qb.article_id)
                or min(len(grams[i]), len(grams[j])) < settings.min_quote_grams
            ):
                continue
            if story_of(qa.article_id) != story_of(qb.article_id):
                continue
            if len(grams[i] & grams[j]) / min(len(grams[i]), len(grams[j])) < settings.quote_overlap:
                continue
            ga, gb = speaker_gender(qa.speaker), speaker_gender(qb.speaker)
            ra, rb = speaker_role(qa.speaker), speaker_role(qb.speaker)
            if ga and gb and ga != gb:
                g.add("gender", i, j, "speaker gender")
            elif ra and rb and ra != rb and not {ra, rb} & VAGUE_ROLES:
                g.add("role", i, j, "speaker role")
            elif (
                _different_people(
                    qa, qb, people[i], people[j], named.__getitem__, titles, settings.name_similarity
                )
                and _credited_beside(qa, c.by_id[qa.article_id].body)
                and _credited_beside(qb, c.by_id[qb.article_id].body)
            ):
                g.add("entity", i, j, "speaker")
    merged: dict[tuple, list[int]] = {}  # one statement split over paragraphs: one conflict per speaker pair
    for label, members in g.groups():
        sides = tuple(sorted({(quotes[m].article_id, quotes[m].speaker or "") for m in members}))
        merged.setdefault((label, sides), []).extend(members)
    out = []
    for (label, _sides), members in merged.items():
        members.sort(key=lambda m: (quotes[m].article_id, quotes[m].start))
        first = quotes[members[0]].text.strip('"“”‘’ ')
        excerpt = first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "…"
        claims, seen = [], set()
        for m in members:
            q = quotes[m]
            if (q.article_id, q.speaker) in seen:
                continue
            seen.add((q.article_id, q.speaker))
            claims.append(
                Claim(
                    f"{q.speaker or 'unattributed'}: {q.text}",
                    (Citation(q.article_id, q.start, q.end),),
                    outlet=c.outlet(q.article_id),
                    values=(Citation(q.article_id, q.speaker_start, q.speaker_end),)
                    if q.speaker_start is not None and q.speaker_end is not None
                    else (),
                )
            )
        kind = {"speaker gender": "attribute", "speaker role": "role"}.get(label, "attribute")
        out.append(
            Conflict(
                f"{label} for the quote “{excerpt}”",
                tuple(claims),
                kind=kind,
                statement=_statement([replace(cl, text=cl.text.split(":")[0]) for cl in claims]),
            )
        )
    return out


def _statement(claims: Sequence[Claim]) -> str:
    """ "Coast Herald says Sergey Lavrov; Evening Post says Sergei Lavrov"."""
    return "; ".join(f"{cl.outlet} says {cl.text}" for cl in claims)


def with_support(
    c: Corpus, analyses: Mapping[str, Analysis], conflicts: Sequence[Conflict]
) -> list[Conflict]:
    """Each conflict with its sides (the independent outlets stating each value), its support and a statement
    that names a lone outlet and counts a corroborated side's; both sides corroborated first, none dropped."""
    slots = {(s.article_id, s.start): s for a in c.articles if (an := analyses.get(a.id)) for s in an.claims}
    key_of = c.outlet_keys()
    out = [_supported(c, k, slots, key_of) for k in conflicts]
    return sorted(out, key=lambda k: -sum(s.corroborated for s in k.sides))


def _supported(
    c: Corpus, k: Conflict, slots: Mapping[tuple[str, int], ClaimSlot], key_of: Mapping[str, str]
) -> Conflict:
    """The conflict with its sides, support and statement, read off its claims alone: every producer of conflicts
    (figures, speakers, spellings, places) gets them the same way."""
    if k.topic.startswith(_GENDER_TOPICS):  # "a spokesman", "spokesman John Doe" and "Mr" say one gender
        sides = _sides(c, k.claims, key_of, lambda cl: _gender_key(c, cl))
    else:
        sides = _sides(c, k.claims, key_of, lambda cl: _value_key(c, cl, slots))
    if len(sides) < 2:  # "more than 10" vs "10": one value, two phrasings that contradict
        sides = _sides(c, k.claims, key_of, lambda cl: _value_key(c, cl, {}))
    # a surname alone ("Arkhalov") agrees with every full name: no side of the dispute
    if _spelling(k):
        words = [set(s.value.lower().split()) for s in sides]
        sides = [s for s, w in zip(sides, words, strict=True) if not any(w < x for x in words)]
    n = sum(s.corroborated for s in sides)
    support = ("neither", "one", "both")[n] if len(sides) == 2 else f"{n} of {len(sides)}"
    return replace(k, sides=tuple(sides), support=support, statement=_by_side(k, sides))


def _spelling(k: Conflict) -> bool:
    """A dispute over a name's spelling, or an outlet's own correction of one (an update)."""
    return k.kind == "spelling" or k.topic.startswith(f"{UPDATED}spelling:")


def _sides(
    c: Corpus, claims: Sequence[Claim], key_of: Mapping[str, str], value_of: Callable[[Claim], str]
) -> list[Side]:
    """Claims grouped by value, in report order; a side's outlets are its claims' independent outlets, each
    named by its first claim."""
    grouped: dict[str, list[int]] = {}
    for i, cl in enumerate(claims):
        grouped.setdefault(value_of(cl), []).append(i)
    sides = []
    for members in grouped.values():
        named: dict[str, str] = {}
        for i in members:
            for aid in _articles(claims[i]):
                named.setdefault(key_of.get(aid, "id:" + aid), c.outlet(aid) if aid in c.by_id else aid)
        first = claims[members[0]]
        shown = c.phrase(first.values[0]) if first.values else first.text
        sides.append(Side(shown, tuple(named.values()), tuple(members)))
    return sides


def _articles(cl: Claim) -> list[str]:
    return list(dict.fromkeys(x.article_id for x in (*cl.values, *cl.citations[:1])))


# Topics of the gender conflicts: a quote's speakers (quote_conflicts), a named person (briefing.attributes).
_GENDER_TOPICS = ("speaker gender", "gender:")


def _gender_key(c: Corpus, cl: Claim) -> str:
    """The gender a quote's speaker phrase gives ("m" for "a spokesman" and "spokesman John Doe" alike)."""
    return speaker_gender(c.phrase(cl.values[0]) if cl.values else cl.text.split(":")[0]) or ""


def _value_key(c: Corpus, cl: Claim, slots: Mapping[tuple[str, int], ClaimSlot]) -> str:
    """What a claim states: analysis' normalised value of its figure ("nine" and "9" are one side), else its
    value phrase or text, case and spacing folded."""
    if not cl.values:
        return " ".join(cl.text.lower().split())
    v = cl.values[0]
    slot = slots.get((v.article_id, v.start))
    return f"{slot.value} {slot.unit}" if slot else c.phrase(v).lower()


def _by_side(k: Conflict, sides: Sequence[Side]) -> str:
    """The statement with one part per side: "Coast Herald says 9 dead; Evening Post and 2 other outlets say at
    least 11 dead", from the statement's "<outlet> says" part of the side's first claim, or "<outlets> write
    <spelling>"; a statement of another shape stays as written."""
    parts = k.statement.split("; ")
    aligned = len(parts) == len(k.claims) and all(
        p.startswith(f"{cl.outlet} says ") for p, cl in zip(parts, k.claims, strict=True)
    )
    if not aligned and not _spelling(k):
        return k.statement
    out = []
    for s in sides:
        first = s.claims[0]
        n = len(s.outlets)
        who = f"{s.outlets[0]} and {n - 1} other outlet{'s' if n > 2 else ''}" if n >= 2 else s.outlets[0]
        if aligned:
            said = parts[first].removeprefix(f"{k.claims[first].outlet} says ")
            out.append(f"{who} {'say' if n >= 2 else 'says'} {said}")
        else:
            out.append(f"{who} {'write' if n >= 2 else 'writes'} {s.value}")
    return "; ".join(out)
