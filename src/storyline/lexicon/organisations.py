"""Common nouns an outlet calls an organisation by once it has named it ("the company", "a firm spokesman"): a
spokesperson "for the company" is the named one's, so two outlets' spokespeople of it compare."""

from __future__ import annotations

ORGANISATION_NOUNS = frozenset(
    "company firm business group corporation conglomerate carrier airline operator retailer chain maker "
    "manufacturer producer supplier provider developer insurer lender bank club team charity organisation "
    "organization agency utility".split()
)
