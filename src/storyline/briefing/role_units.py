"""The unit of an organisation a named person heads, across outlets: "Ana Ruiz, general manager of Lumetra's
cloud division" in one outlet and "Ana Ruiz, general manager of Lumetra's storage unit" in another give one job
over two units, a ``role`` conflict that the title alone (briefing.attributes) cannot see. Only a unit written
as a part of an owner ("Lumetra's", "its", "the company's") is read: "spokesman for the army" names an employer,
which outlets word freely, not a unit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator, in_quotation
from storyline.briefing.person_role import Role, neutral, worded_conflict
from storyline.briefing.working_set import Corpus
from storyline.lexicon.folding import spell_key
from storyline.lexicon.plurals import singular
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.model import Analysis, Conflict

# The title set beside a name up to its "of"/"for": ", executive vice president and chief engineer of", " — who
# heads the company's ... of". Up to six words, the last a job noun (checked by ``neutral``).
_TITLED = re.compile(
    r"\s*(?:,|[—–]|\s-)\s*(?:who\s+(?:heads|leads|runs|is)\s+)?"
    r"(?:(?:the|an?)\s+|(?:the\s+)?[A-Za-z][\w&.-]*['’]s\s+)?"
    r"(?P<title>(?:[A-Za-z][\w.-]*\s+){0,5}?(?P<head>[A-Za-z][\w.-]*))\s+(?:of|for)\s+"
)
# The owner and the unit after "of"/"for": "Lumetra's cloud division", "its retail banking arms", up to five
# words ended by punctuation or a word that opens the next phrase.
_UNIT = re.compile(
    r"(?P<owner>its|their|the\s+company['’]s|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s?)\s+"
    r"(?P<unit>(?:[\w-]+\s+){0,4}[\w-]+)"
    r"(?=\s*(?:[,.;:)\"”—–]|$)|\s+(?:in|at|on|who|which|since|to|said|and)\b)"
)
_OWN = frozenset(("its", "their"))  # an owner word that names no owner: any owner agrees with it


def _title_words(title: str) -> bool:
    """Whether the words before "of" are a title alone: no function word but "and" ("executive vice president and
    chief engineer"; not "who met the manager", whose unit is someone else's)."""
    return all(w.lower() == "and" or w.lower() not in STOP_WORDS for w in title.split())


def _words(unit: str) -> frozenset[str]:
    """A unit's content words, lower case and singular ("Retail Banking Arms" -> retail, banking, arm)."""
    words = (w.lower() for w in re.findall(r"[\w-]+", unit))
    return frozenset(singular(w) for w in words if w not in STOP_WORDS)


def _owner(text: str) -> str:
    """The owner's spelling key, or "" for one the words do not name ("its", "the company's")."""
    text = re.sub(r"['’]s?$", "", text)
    return "" if text.lower() in _OWN or text.lower().startswith("the ") else spell_key(text)


def unit_roles(c: Corpus, analyses: Mapping[str, Analysis]) -> list[tuple[str, str, frozenset[str], Role]]:
    """(job head, owner key, unit words, the unit's span as a ``Role``) of each named person written with a
    title of an owner's unit, outside quotations."""
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        for m in an.mentions if an else ():
            if m.label != "PERSON" or not m.entity_id:
                continue
            t = _TITLED.match(a.body, m.end)
            if not t or not (head := neutral(t.group("head"))[0]) or not _title_words(t.group("title")):
                continue
            u = _UNIT.match(a.body, t.end())
            if not u or in_quotation(an, u.start("unit")) or not (words := _words(u.group("unit"))):
                continue
            role = Role(m.entity_id, a.id, u.start("unit"), u.end("unit"), " ".join(sorted(words)), None,
                        (m.start, m.end))  # fmt: skip
            out.append((head, _owner(u.group("owner")), words, role))
    return out


def _alike(x: frozenset[str], y: frozenset[str]) -> bool:
    """One unit written shorter ("data center group" / "data center business group") is the same unit."""
    return x <= y or y <= x


def unit_conflicts(
    c: Corpus, loc: Locator, analyses: Mapping[str, Analysis], key_of: Mapping[str, str]
) -> list[Conflict]:
    """One ``role`` conflict per person and job whose unit 2+ outlets name, each one way, two of them not alike:
    the same title of two units of one owner. Two owners both named ("Lumetra's" / "Corvane's") are two employers,
    left to the role comparison."""
    by_job: dict[tuple[str, str], dict[str, list[tuple[str, frozenset[str], Role]]]] = {}
    for head, owner, words, r in unit_roles(c, analyses):
        if key_of.get(r.article_id) is not None and loc.sentence(r.article_id, r.start) is not None:
            by_job.setdefault((r.person, head), {}).setdefault(key_of[r.article_id], []).append(
                (owner, words, r)
            )
    out = []
    for by_outlet in by_job.values():
        units = {k: {w for _o, w, _r in found} for k, found in by_outlet.items()}
        owners = {o for found in by_outlet.values() for o, _w, _r in found if o}
        if len(units) < 2 or len(owners) > 1 or any(len(us) != 1 for us in units.values()):
            continue
        said = [next(iter(us)) for us in units.values()]
        if all(_alike(x, y) for i, x in enumerate(said) for y in said[i + 1 :]):
            continue
        out.append(
            worded_conflict(
                c, loc, [r for found in by_outlet.values() for _o, _w, r in found], "role", "unit"
            )
        )
    return out
