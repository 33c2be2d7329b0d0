"""A conflict's statement names each side's outlet and sentence on one line (briefing.locate.said)."""

from storyline.briefing.locate import said
from storyline.model import Claim


def test_said_joins_sides_on_one_line() -> None:
    claims = (
        Claim("The barn fire\nwas  arson.", (), outlet="Vale Courier"),
        Claim("A heater started the fire.", (), outlet="Ridge Post"),
    )
    assert (
        said(claims)
        == "Vale Courier says The barn fire was arson.; Ridge Post says A heater started the fire."
    )
