"""Unique facts (people and organisations one outlet names, figures one outlet gives) and what's new in a
storyline; agreements and conflicts come from the aligned claims (briefing.claims)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.briefing.working_set import Corpus
from storyline.lexicon.whole_words import has_whole_word
from storyline.model import ENTITY_LABELS, Analysis, Claim, Entity
from storyline.settings import BriefSettings

# named actors and sites a unique fact can be about; places and groups are too broad to make a fact unique
_UNIQUE_LABELS = ENTITY_LABELS - {"GPE", "LOC", "NORP"}


def unique_facts(
    c: Corpus,
    analyses: Mapping[str, Analysis],
    entities: Sequence[Entity],
    figures: Sequence[Claim],
    settings: BriefSettings,
) -> tuple[Claim, ...]:
    """A person or organisation (a mention analysis stored) only one outlet names is that outlet's unique fact
    (the sentence naming it); then the figures only that outlet gives (``figures``, from the aligned claims)."""
    keys = sorted(set(c.keys))
    if len(keys) < 2:
        return ()
    text_by_key: dict[str, str] = {}
    for a in c.articles:
        k = next((c.keys[i] for i, s in enumerate(c.sentences) if s.article_id == a.id), None)
        if k:
            text_by_key[k] = text_by_key.get(k, "") + "\n" + a.body
    aliases = {e.id: (e.name, *e.aliases) for e in entities}
    outlets = {(a.outlet or "").lower() for a in c.articles}  # "(Northern Wire)" credits are not facts
    per_key: dict[str, list[tuple[int, str]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        found = [
            (m.start, m.text, m.entity_id, m.label)
            for m in (an.mentions if an else ())
            if m.label in _UNIQUE_LABELS
        ]
        for start, name, eid, label in found:
            if name.lower() in outlets or name.lower().removeprefix("the ") in outlets:
                continue
            names = aliases.get(eid or "", ()) or (name,)
            surnames = [x.split()[-1] for x in names if x.strip()]
            idx = next(
                (i for i, s in enumerate(c.sentences) if s.article_id == a.id and s.start <= start < s.end),
                None,
            )
            if idx is None or not c.prose[idx]:
                continue
            mine = c.keys[idx]
            others = [k for k in keys if k != mine]
            if any(has_whole_word(w, text_by_key.get(k, "")) for k in others for w in surnames):
                continue
            rank = 0 if label == "PERSON" and len(name.split()) >= 2 else 1
            per_key.setdefault(mine, []).append((rank, idx, name))
    key_of = c.outlet_keys()
    out = []
    for k in keys:
        seen: set[str] = set()
        named = [
            Claim(c.sentences[idx].text, (c.cite(idx),), outlet=c.outlet(c.sentences[idx].article_id))
            for _rank, idx, _name in sorted(
                per_key.get(k, []), key=lambda t: (t[0], t[1])
            )  # full names first
        ]
        for claim in named + [f for f in figures if key_of.get(f.citations[0].article_id) == k]:
            text = claim.text.strip()
            if text in seen or len(seen) >= settings.unique_per_outlet:
                continue
            seen.add(text)
            out.append(claim)
    return tuple(out)


def whats_new(latest: Corpus, previous: Corpus, settings: BriefSettings) -> tuple[Claim, ...]:
    """Sentences of the latest story with no close match in the previous story, most central first."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    cands = [u for u in latest.units if latest.prose[u.members[0]]]
    if not cands or not previous.sentences:
        return tuple(Claim(u.text, u.citations) for u in cands[: settings.whats_new_max])
    texts = [u.text for u in cands] + [s.text for s in previous.sentences]
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    new, old = x[: len(cands)], x[len(cands) :]
    best_old = (new @ old.T).max(axis=1)
    centre = new.mean(axis=0)
    fresh = [(float(new[i] @ centre), i) for i in range(len(cands)) if best_old[i] < settings.whats_new_sim]
    fresh.sort(key=lambda t: -t[0])
    picked: list[int] = []
    for _s, i in fresh:  # two outlets' paraphrases of one new fact are listed once
        if len(picked) < settings.whats_new_max and all(
            float(new[i] @ new[j]) < settings.agree_sim for j in picked
        ):
            picked.append(i)
    picked.sort()
    return tuple(Claim(cands[i].text, cands[i].citations) for i in picked)
