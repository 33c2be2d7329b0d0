"""How it happened, in words outlets share: a cause of death ("heart attack", "in her sleep"), where a victim was
hit ("in the head"), a casualty's condition ("critical condition"), a player's injury ("ankle injury"). The same
phrase from 2+ independent outlets is an ``other`` agreement (eval/claims.py fit half: 7 of 8 such were gold
agreements). Weapons are left out: outlets name one weapon several ways ("a shotgun or a rifle"), so a shared
weapon word was as often one side of a disagreement (2 of 5 on the fit half). Quoted words are a speaker's,
not the outlet's, and are left out.
"""

from __future__ import annotations

import re

from storyline.briefing.locate import Locator
from storyline.briefing.placed import QUOTED
from storyline.briefing.working_set import Corpus
from storyline.model import Claim

_BODY = r"head|chest|neck|back|stomach|abdomen|arm|leg|shoulder|face|torso|hand|foot"
_PHRASES = re.compile(
    r"\b(?:heart attack|cardiac arrest|heart failure|pneumonia|cancer|stroke|natural causes|overdose"
    r"|in (?:his|her|their) sleep|nervous breakdown"
    rf"|(?:in|through) (?:the|his|her) (?:left |right )?(?:{_BODY})"
    r"|(?:critical|serious|stable|fair|good) condition"
    r"|(?:left |right )?(?:ankle|knee|hamstring|groin|shoulder|hip|wrist|elbow|back) (?:injury|sprain|strain))\b",
    re.IGNORECASE,
)


# An illness is a circumstance only of someone's death or harm told in its sentence ("died of pneumonia", "suffered
# a stroke", "taken to hospital with a heart attack"): the disease a story is about is also defined, tested for and
# counted ("a severe form of pneumonia", "a cluster of pneumonia cases"), no fact of what happened (eval/claims.py
# --kinds16 s02: three outlets' "pneumonia", none a cause, agreed). The harm words: lexicon.measures' dead, ill and
# hospitalised groups as written, and "suffer".
_ILLNESS = re.compile(
    r"heart attack|cardiac arrest|heart failure|pneumonia|cancer|stroke|natural causes|overdose|nervous breakdown",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:di(?:e[sd]?|ing)|dead|deaths?|kill(?:s|ed|ing)?|fatal(?:ly|ity)?|perish(?:ed)?|succumb(?:s|ed)?"
    r"|suffer(?:s|ed|ing)?|ill|illness|sick|hospital(?:i[sz]ed)?|passed away)\b",
    re.IGNORECASE,
)


def _value(phrase: str) -> str:
    """One form per fact: "in the head" and "through his head" are both "head"."""
    return re.sub(r"^(?:in|through) (?:the|his|her|their) ", "", " ".join(phrase.lower().split()))


def circumstances(c: Corpus) -> list[Claim]:
    """One agreement per circumstance phrase 2+ independent outlets write outside quotations."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    found: dict[str, list[tuple[str, int, int]]] = {}
    for a in c.articles:
        quoted = [m.span() for m in QUOTED.finditer(a.body) if len(m.group().split()) >= 4]
        for m in _PHRASES.finditer(a.body):
            at = loc.sentence(a.id, m.start())
            if at is None or any(s <= m.start() < e for s, e in quoted):
                continue
            if _ILLNESS.fullmatch(m.group()) and not _HARM.search(c.sentences[at].text):
                continue
            found.setdefault(_value(m.group()), []).append((a.id, m.start(), m.end()))
    out = []
    for spans in found.values():
        if len({key_of.get(aid) for aid, _s, _e in spans}) < 2:
            continue
        out.append(loc.claim(spans, "other"))
    return out
