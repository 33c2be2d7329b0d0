"""Which stories and storylines a build made or changed: two snapshots of the store, compared."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.store import Store

# kind -> id -> (title, member ids): enough to tell a new group from one that grew, shrank or was renamed
Snapshot = dict[str, dict[str, tuple[str, tuple[str, ...]]]]


@dataclass(frozen=True)
class Change:
    kind: str  # "story" or "storyline"
    status: str  # "new" or "changed"
    id: str
    title: str


def snapshot(store: Store) -> Snapshot:
    return {
        "story": {s.id: (s.title, s.article_ids) for s in store.stories()},
        "storyline": {line.id: (line.title, line.story_ids) for line in store.storylines()},
    }


def changes(before: Snapshot, after: Snapshot) -> list[Change]:
    """New and changed stories, then storylines (one is changed when any of its stories is), in the store's
    order; a group that vanished (merged into another) is not news."""
    found = []
    for kind in ("story", "storyline"):
        moved = {c.id for c in found}  # the stories found new or changed, when looking at storylines
        old = before[kind]
        for gid, (title, members) in after[kind].items():
            if gid not in old:
                found.append(Change(kind, "new", gid, title))
            elif old[gid] != (title, members) or (kind == "storyline" and moved.intersection(members)):
                found.append(Change(kind, "changed", gid, title))
    return found
