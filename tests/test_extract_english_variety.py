"""A page's spelling variety (breame's British and American spelling lists), the tie-breaker for slash dates."""

from __future__ import annotations

from storyline.extract.english_variety import british_spelled


def test_two_british_spellings_more_than_american_ones_make_a_british_page():
    assert british_spelled("The organisers painted the centre in a new colour.")
    assert not british_spelled("The organisers met.")  # one is not enough
    assert not british_spelled("The organisers and the organizers met at the center in the theatre.")
    assert not british_spelled(
        "They visited the Louvre and the Centre Pompidou."
    )  # names keep their own spelling
