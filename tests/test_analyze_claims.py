"""Claims as slots from the parse: value, unit, qualifier and measure of figures, money, durations, times."""

from __future__ import annotations

import signal

import pytest
from briefed import claims_in as _claims
from spacy.tokens import Doc

from storyline.analyze.claim_dates import day_of_month
from storyline.analyze.claims import find_claims
from storyline.analyze.date_mentions import find_dates
from storyline.analyze.nlp import get_nlp, parse


def _one(text: str, kind: str):
    found = [c for _span, c in _claims(text) if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_counts_group_synonyms_and_keep_the_qualifier():
    killed = _one("At least 11 people were killed when the ferry sank.", "count")
    dead = _one("The death toll rose to nine.", "count")
    cut = _one("Police revised the death toll down to six.", "count")
    assert (cut.measure, cut.value, cut.update) == ("dead", "6", True)  # the particle's "to": the toll's
    assert (killed.measure, killed.value, killed.qualifier) == ("dead", "11", "at least")
    assert (dead.measure, dead.value, dead.update) == ("dead", "9", True)  # "rose to": an update
    assert _one("Fourteen people died.", "count").value == "14"
    assert _one("Two employees were killed in the shooting.", "count").measure == "dead"


def test_a_revision_is_read_from_the_parse_beyond_the_update_words():
    """ "up from", an earlier report recalled on a reporting verb, "now" on a level verb: the figure is phrased as
    a change; the same words elsewhere ("early on", "now in hospital", "up the hill") are not."""
    for text in ("The firm will cut 900 jobs, up from 700.", "Officials had earlier said six people died.",
                 "The toll now stands at 14 dead.", "The mill first reported three workers dead."):  # fmt: skip
        counts = [c for _s, c in _claims(text) if c.kind == "count"]
        assert counts and all(c.update for c in counts), text
    for text in ("Three men died early on Sunday.", "Four climbers are now in hospital.",
                 "Two hikers walked up the hill.", "Officials said five people died."):  # fmt: skip
        assert not _one(text, "count").update, text


def test_people_taken_ill_are_one_measure_a_toll():
    """ "fell ill" (the parser's adverb), "were sickened", "made ... ill": one measure, so outlets' figures align;
    an adverb of another measure's word ("sent home") names no measure."""
    for text in ("Twelve guests fell ill after the banquet.", "Nine diners were sickened by the oysters.",
                 "The outbreak has made 25 people ill."):  # fmt: skip
        assert _one(text, "count").measure == "ill", text
    assert _one("Three patients were sent home.", "count").measure != "buildings"


def test_a_panel_split_and_members_backing_and_opposing_are_tallies():
    assert _one("The panel split 5-4 on the question.", "count").value == "5-4"
    (tally,) = [c for _s, c in _claims("Five members backed the plan and two opposed it.")]
    assert (tally.value, tally.measure) == ("5-2", "votes")
    assert _one("Four residents backed the plan.", "count").value == "4"  # nobody opposed: a count


def test_midnight_and_noon_are_clock_times():
    late = _one("The ferry sank just after midnight on Sunday.", "time")
    assert (late.value, late.qualifier) == ("00:00", "more than")
    assert _one("The rally began at noon.", "time").value == "12:00"
    assert (_one("The meeting ended around midday.", "time").qualifier) == "about"
    assert not [c for _s, c in _claims("Midnight Express was a film.") if c.kind == "time"]


def test_taken_treated_or_admitted_to_hospital_count_one_measure():
    for text in ("Six people were treated in hospital after the meal.", "Eight guests were taken to hospital.",
                 "Thirty-two diners were admitted to hospital.", "Five people were hospitalised."):  # fmt: skip
        assert _one(text, "count").measure == "hospitalised", text
    assert (
        _one("The injured were taken to three hospitals.", "count").measure == "hospital"
    )  # counts hospitals


def test_figures_the_entity_recogniser_misses_are_read():
    houses = _one("Around 30 houses were damaged by the landslide.", "count")  # no entity at all
    assert (houses.measure, houses.value, houses.qualifier) == ("buildings", "30", "about")
    hurt = [c for _s, c in _claims("The quake struck in September, killing seven people and injuring 40.")]
    assert ("injured", "40") in {(c.measure, c.value) for c in hurt}  # "40" read as a DATE


def test_a_figure_counts_the_noun_it_modifies():
    """What a figure counts comes from its own noun before the verbs around it, through the synonym groups."""
    found = {c.value: c.measure for _s, c in _claims("Six people were killed, 140 others injured and more "
                                                      "than 600 homes destroyed by the flood.")}  # fmt: skip
    assert found["600"] == "buildings" and found["140"] == "injured"
    assert (
        _one("A stray bullet killed Varga, a mother of 11, outside the school.", "count").measure
        == "children"
    )
    assert _one("The hotel collapsed in Tarnholm, a city of 140,000 people.", "count").measure == "population"
    assert _one("About 650 people live in the community.", "count").measure == "population"


def test_a_figure_in_a_second_conjunct_is_not_the_first_ones():
    """Above a conjunct lies the other conjunct's verb: "17 trapped" after "six children were killed" is no toll,
    while two figures joined to each other ("measuring 6.8 and 6.5") share their measure."""
    found = {c.value: c.measure for _s, c in _claims("Six people were killed and 17 trapped under rubble.")}
    assert found["6"] == "dead" and found.get("17") != "dead"
    both = {c.value: c.measure for _s, c in _claims("Two quakes, measuring 6.8 and 6.5, struck on Sunday.")}
    assert both["6.8"] == both["6.5"]


def test_money_percent_and_tallies_are_normalised():
    money = _one("The deal is worth $3.2bn, officials said.", "money")
    assert (money.value, money.unit) == ("3200000000", "USD")
    assert _one("The council agreed a £1.8bn loan.", "money").unit == "GBP"
    assert {c.value for _s, c in _claims("The court ruled five votes to four.")} == {"5-4"}
    assert _one("Unemployment rose 4.5 percent last year.", "percent").value == "4.5"


@pytest.mark.parametrize(
    ("text", "span", "tally"),
    [
        ("The council voted seven to two to back the stadium.", "seven to two", "7-2"),
        ("Councillors backed the stadium by 8-1 on Thursday.", "8-1", "8-1"),
        ("The bill cleared the lower house 312-128 after the vote.", "312-128", "312-128"),
        ("The house passed the bill by a vote of 312 to 118.", "312 to 118", "312-118"),
        ("The judges split five to four in the ruling.", "five to four", "5-4"),
        ("312 members voted for the bill on Wednesday and 118 against.", "312", "312-118"),
        ("The motion won 40 votes in favour and 12 against.", "40", "40-12"),
    ],
)
def test_a_tally_in_any_spelling_is_one_claim_of_votes(text, span, tally):
    """A tally written with "to", a dash inside spaCy's span or after it, or "a vote of N to M" is one value
    over its whole phrase, not a range ("up to 2") or two counts ("312" and "128")."""
    assert [(s, c.measure, c.value) for s, c in _claims(text) if c.kind == "count"] == [
        (span, "votes", tally)
    ]


def test_a_hyphenated_number_word_is_no_tally():
    assert _one("Forty-two people were injured in the vote-day crash.", "count").value == "42"


def test_a_rising_pair_is_a_range_and_a_fall_a_change_not_a_tally():
    assert _one("Between 140 to 160 voters were turned away.", "count").qualifier == "up to"
    assert "9-7" not in {c.value for _s, c in _claims("The vote count fell from 9 to 7.")}


def test_sums_in_indian_scales_and_prefixed_rupees():
    crore = _one("The franchise paid Rs 120 crore to clear his contract.", "money")
    assert (crore.value, crore.unit, crore.measure) == ("1200000000", "INR", "pay")
    assert _one("The city is paying £45m of the cost.", "money").measure == "pay"  # not the "m"
    assert _one("The firm spent 1.5 billion rupees on the plant.", "money").measure == "spend"


def test_a_sum_whose_currency_word_heads_its_sentence_is_read_and_ends() -> None:
    """A caption-like line "Rs 120 crore." parses with the scale word as the sentence root, its own head: the walk
    up to the currency word must stop there (it looped forever and hung the build on a real metadata page)."""
    signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(20)
    try:
        assert _one("Rs 120 crore.", "money").value == "1200000000"
        assert _one("1.5 billion rupees.", "money").unit == "INR"
    finally:
        signal.alarm(0)


def test_a_subscript_digit_is_no_day_of_the_month() -> None:
    """'₁' passes str.isdigit() but not int(): the day-of-month reader raised on a real metadata page, costing the
    article all its claims."""
    (doc,) = parse(["The valve was set to ₁ on March 3."])
    subscript = [t for t in doc if t.text == "₁"]
    assert subscript and day_of_month(subscript) is None


def _too_slow(*_args: object) -> None:
    raise TimeoutError("find_claims did not return")


def test_sums_are_read_whole_and_score_lines_are_no_votes():
    glued = [(span, c.value, c.unit) for span, c in _claims("They took 2m euros (£1.6m; $2.4m) in gems.")]
    assert ("£1.6m", "1600000", "GBP") in glued and ("$2.4m", "2400000", "USD") in glued
    words = _one("Thieves stole two million euros in jewels.", "money")
    assert (words.value, words.unit) == ("2000000", "EUR")
    assert _one("The Angels offered at least $160MM over eight years.", "money").value == "160000000"
    assert not [c for _s, c in _claims("The Titans beat the Colts 31-24 on Sunday.") if c.measure == "votes"]
    ranged = _one("The deal is worth $145 million to $175 million, reports said.", "money")
    assert (ranged.value, ranged.qualifier) == ("175000000", "up to")  # PROTOCOL.md: a range is "up to"


def test_an_agent_is_not_what_its_verb_counts():
    officers = _one("Both men were arrested on Wednesday by eight plainclothes officers.", "count")
    assert (officers.measure, officers.value) == ("officer", "8")


def test_a_counted_noun_after_a_preposition_or_in_a_relative_clause_counts_itself():
    """A figure's measure is read inside its own clause: the offices, not the staff beside them; the pupils, not
    the building a relative clause describes; while a toll verb above an ordinary noun still names the toll."""
    found = {c.value: c.measure for _s, c in _claims("The firm has 420 employees working in 17 offices.")}
    assert found["420"] == "jobs" and found["17"] == "office"
    pupils = _one("A shell hit the school building where 250 pupils were taking an exam.", "count")
    assert pupils.measure == "pupil"
    assert _one("Nine hikers were killed in the avalanche.", "count").measure == "dead"
    assert _one("The death toll rose to 14 people overnight.", "count").measure == "dead"


def test_a_written_year_or_month_is_the_date_of_its_step():
    """A year or a month written with its year dates the step its verb names; a month without a year is left
    out (which year it is comes only from a publication date)."""

    def dated(text: str) -> list:
        (doc,) = parse([text])
        return [c for c in find_claims("a", doc, find_dates("a", text, None)) if c.kind == "date"]

    (ousted,) = dated("The mayor was ousted in 2011 after a long feud.")
    assert (ousted.measure, ousted.value) == ("oust", "2011")
    assert [c.value for c in dated("The survey was finished in October 2015 by the council.")] == ["2015-10"]
    assert not dated("Shooting of the film starts in August, the studio said.")


def test_a_game_clock_is_a_time_of_its_part_of_the_game_never_of_the_day():
    """ "with 3:12 left", "at 1:47 of the ninth round": a moment of the game, with the part when named, so it is
    compared only with game clocks of the same part; a clock time of the day keeps no such unit."""
    left = _one("Okafor hit the winning shot with 3:12 left in the second half.", "time")
    assert (left.value, left.unit) == ("03:12", "game clock, half 2")
    assert (
        _one("The referee stopped the bout at 1:47 of the ninth round.", "time").unit == "game clock, round 9"
    )
    assert _one("He scored with 12:30 to go.", "time").unit == "game clock"
    train = _one("The train left at 9:15 p.m. on Monday.", "time")
    assert (train.value, train.unit) == ("21:15", "")


def test_clock_times_in_any_spelling_and_their_bracketed_conversion():
    utc = _one("The quake struck at 18:12 pm (1442 GMT) on Sunday.", "time")
    assert (utc.value, utc.unit) == ("14:42", "GMT")
    early = _one("Thieves struck at around 4.30am on Monday.", "time")
    assert (early.value, early.unit, early.qualifier) == ("04:30", "", "about")
    assert _one("The quake struck at 0836 GMT.", "time").value == "08:36"
    gmt = _one("The quake struck on Tuesday at 08:19 a.m. UTC (4:19 a.m. EDT), officials said.", "time")
    assert (gmt.value, gmt.unit) == ("08:19", "GMT")  # UTC is GMT, and GMT is the zone outlets share


def test_one_is_a_count_of_a_known_measure_only():
    assert _one("The quake killed one person and destroyed homes.", "count").value == "1"
    assert not [c for _s, c in _claims("One of them was later released by the police.") if c.kind == "count"]


def test_durations_compare_in_days():
    more = _one("It was the first visit in more than five years.", "duration")
    half = [c for _s, c in _claims("It was the first visit in half a decade.") if c.kind == "duration"]
    assert more.qualifier == "more than" and half and half[0].value == more.value


@pytest.mark.parametrize(
    "text",
    ["The bridge opened in 2008 after a long delay.", "She died at 91 in a Los Angeles hospital."],
)
def test_years_and_ages_are_no_counts(text):
    assert not [c for _s, c in _claims(text) if c.kind == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of two men were discovered at 31 Quarry Street on Tuesday.",  # a house number
        "Officers found the bodies of two men -- 71 and 45-years-old -- in the flat.",  # ages
        "One Canadian and one Scottish hiker died on the peak.",  # one count split in two
    ],
)
def test_figures_of_something_else_are_no_death_toll(text):
    assert [c.value for _s, c in _claims(text) if c.kind == "count" and c.measure == "dead"] in ([], ["2"])


def test_a_year_is_no_count_of_a_length():
    found = [c for _s, c in _claims("Mira Holt disappeared from her home the day before Christmas 2004.")]
    assert not [c for c in found if c.kind == "duration" and float(c.value) > 1]


def test_a_scale_word_hyphened_to_its_figure_is_no_range():
    haul = _one("Thieves stole jewels worth $137-million from the store.", "money")
    assert (haul.value, haul.unit, haul.qualifier) == ("137000000", "USD", None)


def test_a_number_set_off_after_a_name_is_an_age():
    age = _one("The bodies of Ilse Varga, 52, and her mother were found.", "attribute")
    assert (age.measure, age.value, age.subject) == ("age", "52", "Varga")


def test_clock_time_and_span_cover_the_value_phrase():
    spans = dict(_claims("The quake struck at 3:15 p.m. local time, killing 12 people."))
    assert (spans["3:15 p.m."].value, spans["3:15 p.m."].unit) == ("15:15", "local")  # stated as local
    assert spans["12"].measure == "dead"


def test_a_predicative_complement_says_what_is_counted():
    """ "were pronounced dead", "left two women dead": the complement of the verb is the measure, not the verb."""
    assert _one("Two cyclists were pronounced dead at the scene.", "count").measure == "dead"
    assert _one("The rampage left two women dead.", "count").measure == "dead"


def test_multipliers_and_lengths_are_no_counts_of_millions():
    assert not _claims("Her blood alcohol level was more than four times the legal limit.")
    jack = _one("The phone has a 3.5mm headphone jack.", "other")
    assert (jack.value, jack.unit) == ("3.5", "mm")
    assert _one("The firm lost $5mm last year.", "money").value == "5000000"  # a sum's "mm" is millions


def test_specifications_are_kind_other_in_one_unit():
    """PROTOCOL.md: sizes and technical specifications are kind ``other``, converted to the slot's unit."""
    screen = _one("The phone has a 4-inch screen.", "other")
    assert (screen.value, screen.unit) == ("101.6", "mm")
    assert (
        _one("It ships with 1TB of storage.", "other").value,
        _one("It ships with 1TB of storage.", "other").unit,
    ) == ("1000", "GB")
    assert _one("It has an 8-megapixel camera.", "other").unit == "MP"
    assert _one("Police said 11 people were killed.", "count").measure == "dead"


def test_mixed_fractions_and_a_single_unit_are_durations():
    assert (
        _one("She was sentenced to 3 1/2 years in prison.", "duration").value
        == _one("She was sentenced to 3.5 years in prison.", "duration").value
    )
    minute = _one("The shaking lasted about a minute.", "duration")
    assert minute.qualifier == "about" and abs(float(minute.value) * 1440 - 1) < 1e-3


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The rescue lasted 2 hours and 30 minutes.", 150),
        ("The talks went on for 1 hour 30 minutes.", 90),
        ("He finished the race in 12 minutes, 31 seconds.", 12 + 31 / 60),
        ("The prisoner served four and a half months.", 4.5 * 30.44 * 1440),
        ("The siege lasted a year and a half.", 1.5 * 365.25 * 1440),
        ("Guards watch the gate 24 hours a day.", 24 * 60),  # a rate: the larger unit is no part of it
    ],
)
def test_a_length_of_several_units_sums_each_figure_times_its_unit(text, minutes):
    assert float(_one(text, "duration").value) * 1440 == pytest.approx(minutes, rel=2e-3)


@pytest.mark.parametrize(
    "text",
    ["He did not play in the second half of the game.", "The team signed him in Week 12 of the season."],
)
def test_an_ordinal_or_a_numbered_week_is_no_length(text):
    """ "the second half" is no half second, "Week 12" no twelve weeks."""
    assert not [c for _s, c in _claims(text) if c.kind == "duration"]


def test_within_bounds_a_duration_from_above():
    """ "lifted within an hour" allows "about 50 minutes later": within is up to."""
    assert _one("The tsunami warning was lifted within an hour.", "duration").qualifier == "up to"


@pytest.mark.parametrize(
    "text",
    ["Smith scored with 14 seconds left in the game.", "The fight was stopped two minutes into the round."],
)
def test_a_game_clock_is_no_length_of_the_event(text):
    assert not [c for _s, c in _claims(text) if c.kind == "duration"]
    assert (
        _one("The shaking lasted two minutes.", "duration").value
        == _one("It shook for 2 minutes.", "duration").value
    )


def test_a_figure_knows_the_event_it_attaches_to():
    """The content verb a figure hangs from and that verb's subject and object, as measure groups: what tells
    two outlets' equal figures of two events apart; a reporting verb is no event."""
    assert _one("The quake struck at 5:12 a.m. local time.", "time").event == "quake strike"
    assert _one("The aftershock killed three villagers in Aceh.", "count").event == "aftershock dead villager"
    assert _one("Officials said three people died.", "count").event == "dead"


def test_one_event_told_with_different_verbs_or_their_nouns_is_one_event_group():
    """ "seized" / "confiscated", "destroyed" / "levelled": one group in a figure's event, so two outlets' counts of
    one haul are tied, while the count's measure stays its own noun."""
    seized = _one("Coastguards seized six crates of rifles near the harbour.", "count")
    confiscated = _one("The navy confiscated 14 crates of rifles.", "count")
    assert seized.measure == confiscated.measure == "crate"
    assert "seized" in set(seized.event.split()) & set(confiscated.event.split())
    levelled = _one("The storm levelled seven barns in the valley.", "count")
    destroyed = _one("Four barns were destroyed by the storm.", "count")
    assert "destroyed" in set(levelled.event.split()) & set(destroyed.event.split())


def test_per_cent_is_a_percentage_not_a_sum():
    """spaCy labels "90 per cent" MONEY (a cent is money) and leaves "per cent" out of "About 90"."""
    turnout = _one("Turnout was 90 per cent in the town.", "percent")
    assert (turnout.value, turnout.unit) == ("90", "%")
    counted = _one("About 90 per cent of the votes were counted.", "percent")
    assert (counted.value, counted.qualifier) == ("90", "about")
    assert [c.kind for _s, c in _claims("Turnout was 90 per cent in the town.")] == ["percent"]


def test_relative_days_are_dates_of_the_event_not_lengths():
    """Against the article's day, "eight days ago" and "last night" date the event; a weekday, a week and the
    reporting day ("today") stay unresolved."""
    from datetime import date

    from storyline.analyze.date_mentions import find_dates

    text = (
        "The boy was hurt in a crash eight days ago. A gunman fired shots at the depot last night. "
        "The store reopened on Monday. The suspect was fired last week. The phones ship today."
    )
    (doc,) = parse([text])
    dates = find_dates("a", text, date(2010, 9, 10))
    found = {text[c.start : c.end]: c for c in find_claims("a", doc, dates)}
    assert (found["eight days ago"].kind, found["eight days ago"].value) == ("date", "2010-09-02")
    assert (found["last night"].kind, found["last night"].value) == ("date", "2010-09-09")
    assert found["Monday"].value == "monday"
    assert all(c.value not in ("2010-09-03", "2010-09-10") for c in found.values())


def test_a_relative_clauses_subject_is_the_noun_it_modifies():
    """ "The informant, who stayed anonymous for 30 years": the length is the informant's, as in "the informant
    kept the secret for three decades", so the two events share a word."""
    who = _one("The informant, who stayed anonymous for 30 years, died on Friday.", "duration")
    kept = _one("The informant kept the secret for three decades.", "duration")
    assert "informant" in set(who.event.split()) & set(kept.event.split())


def test_shortly_before_a_clock_time_is_nearly_it():
    before = _one("The train left the tracks shortly before 7am on Friday.", "time")
    assert (before.value, before.qualifier) == ("07:00", "nearly")
    assert _one("The shop must close by 7pm.", "time").qualifier == "up to"


def test_a_24_hour_clock_at_a_moment_or_of_a_day_is_a_time():
    assert _one("Firefighters were called at 22:30, the log shows.", "time").value == "22:30"
    assert _one("Staff walked out at 15:10 yesterday.", "time").value == "15:10"
    # a game clock is no time of the day: only its own part of the game's clock
    game = [c for _s, c in _claims("He scored at 14:05 of the second period.") if c.kind == "time"]
    assert [c.unit for c in game] == ["game clock, period 2"]
    assert not [c for _s, c in _claims("The meeting ended at 10:30.") if c.kind == "time"]  # am or pm?


def test_clock_times_glued_or_set_in_a_part_of_the_day():
    """ "9.35am" is one token spaCy does not read as a number; "6:41 last night" has no am/pm but its part of the
    day makes it a time of day; a game clock ("14:05 left") stays out."""
    arrest = _one("The man was arrested at the pier at around 9.35am.", "time")
    assert (arrest.value, arrest.qualifier, arrest.measure) == ("09:35", "about", "arrested")
    assert _one("The train left at 6:41 last night.", "time").value == "18:41"
    assert _one("The ferry docked at 18:41 this evening.", "time").value == "18:41"
    assert not [c for _s, c in _claims("She shot with 14:05 to play in the period.") if c.kind == "time"]


def test_a_toll_written_as_a_negation_is_a_zero():
    """ "no one was killed or hurt" states two tolls, both 0; "no reports of any casualties" a zero of each toll;
    "no one answered" and "no money" count nothing."""
    both = _claims("Officials said no one was killed or hurt when the barge ran aground.")
    assert {(span, c.measure, c.value) for span, c in both} == {
        ("no one was killed or hurt", "dead", "0"),
        ("no one was killed or hurt", "injured", "0"),
    }
    reports = {
        (c.measure, c.value) for _s, c in _claims("There were no reports of any casualties in the town.")
    }
    assert reports == {("dead", "0"), ("injured", "0")}
    nobody = _claims("Nobody was injured, the mayor said.")
    assert [(c.measure, c.value, c.implied) for _s, c in nobody] == [("injured", "0", True)]
    assert not _claims("No one answered the door and the owner had no money.")
    # arrests too: "no arrests have been made" against another outlet's "police arrested two men"
    arrests = {(c.measure, c.value) for _s, c in _claims("No arrests have been made, police said.")}
    assert arrests == {("arrested", "0")}
    assert {(c.measure, c.value) for _s, c in _claims("No one has been arrested over the fire.")} == {
        ("arrested", "0")
    }


def test_a_count_of_one_written_with_a_is_implied():
    """ "a boy was killed" counts one dead, "serving a life sentence" one sentence; the counted noun of a toll
    ("an ankle injury"), the cause ("a storm killed") and a sentence a figure measures ("a 10-year sentence") are
    no implied count."""
    girl = _one("A small boy was killed when the wall fell.", "count")
    assert (girl.measure, girl.value, girl.implied) == ("dead", "1", True)
    life = _one("The escaped inmate was serving a life sentence.", "count")
    assert (life.measure, life.value, life.implied) == ("sentence", "1", True)
    told = [c for _s, c in _claims("A storm killed three sailors and he was given a 10-year sentence.")]
    assert not any(c.implied for c in told)
    assert not _claims("The striker missed the game with an ankle injury.")


def test_ages_the_phrase_around_a_figure_names():
    """ "at the age of 95", "Smith, age 61", "aged twenty-three", "He was 95": ages of a person, no count ("was
    arrested aged twenty-three" counted 23 arrested); a figure after "be" whose subject is no person is none."""
    cases = {
        "The informant died on Thursday at the age of 95.": ("95", "informant"),
        "Police charged Ann Smith, age 61, on four fraud counts.": ("61", "Smith"),
        "The driver was arrested aged twenty-three.": ("23", "driver"),
        "Ann Smith died on Monday. She was 77.": ("77", "She"),
    }
    for text, (value, whose) in cases.items():
        ages = [(c.value, c.subject) for _s, c in _claims(text) if c.measure == "age"]
        assert ages == [(value, whose)], text
    assert not [c for _s, c in _claims("The final score was 77.") if c.measure == "age"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, one of three sisters, said she was shocked.",
        "Sam Ortiz, one of 40 inmates freed last week, was caught on Friday.",
        "Kim Lee, one of the two pilots, survived the landing.",
    ],
)
def test_a_share_of_a_group_after_a_name_is_no_age(text: str):
    """ "Name, one of 40 inmates": the figure is a share of the group its "of" phrase names, not the person's age
    (it was read as age 1, a false rival to the age another outlet gives); "Name, 38, of Leeds" stays an age."""
    assert not [c for _s, c in _claims(text) if c.measure == "age"]
    assert [c.value for _s, c in _claims("Ali Khan, 38, of Leeds, was arrested.") if c.measure == "age"] == [
        "38"
    ]


def test_a_rank_in_a_series_is_read_with_its_noun():
    """ "the fifth successful rescue mission" ranks a mission; "the first time" and "third-generation chips" are
    no place in a series."""
    fifth = _one("This was the fifth successful rescue mission of the season.", "other")
    assert (fifth.measure, fifth.value) == ("rank of mission", "5")
    assert _one("The band played its 63rd concert of the tour.", "other").value == "63"
    told = _claims("It was the first time the laptop used third-generation chips.")
    assert not [c for _s, c in told if c.measure.startswith("rank")]


_UNTAGGED_RANK = pytest.mark.xfail(
    strict=True,
    reason="session 29: reading untagged ordinals as ranks gained three read held-out agreements but added three "
    "false rank agreements on the unread fresh set (agreements 0.86 -> 0.84, under the 0.85 target); taken out",
)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        pytest.param(
            "The school named Dana Roy as its 31st head teacher on Monday.",
            ("rank of teacher", "31"),
            marks=_UNTAGGED_RANK,
        ),
        pytest.param(
            "Her rival fell at the start of the ninth round.", ("rank of round", "9"), marks=_UNTAGGED_RANK
        ),
        ("She will open the 64th annual flower show in March.", ("rank of show", "64")),
        pytest.param(
            "She won in the 12th edition of the race.", ("rank of edition", "12"), marks=_UNTAGGED_RANK
        ),
        pytest.param(
            "It was the 23rd annual festival in the town.", ("rank of festival", "23"), marks=_UNTAGGED_RANK
        ),
    ],
)
def test_a_rank_the_entity_recogniser_left_out_is_read(text: str, rank: tuple[str, str]):
    """An ordinal spaCy tags as no entity ("31st", "23rd annual") or swallows into a date ("the start of the ninth")
    ranks its noun all the same, as a tagged one does."""
    assert rank in [(c.measure, c.value) for _s, c in _claims(text) if c.kind == "other"]


def test_an_untagged_ordinal_of_a_date_or_a_century_is_no_rank():
    """ "May 21st" stays a date and "the 21st century" a calendar word: neither ranks anything."""
    for text in ("He arrived on May 21st with his wife.", "It is the defining story of the 21st century."):
        assert not [c for _s, c in _claims(text) if c.measure.startswith("rank")], text


def test_the_second_figure_of_two_joined_tolls_is_read():
    """'and at least 30 injured': the parse makes the figure a conjunct of the first verb, its participle its own."""
    text = "Six miners were killed and at least 30 injured in the blast."
    found = {(c.measure, c.value, c.qualifier) for _s, c in _claims(text)}
    assert ("injured", "30", "at least") in found


def test_a_day_of_month_with_an_ordinal_suffix_keeps_its_day():
    """'June 12th' is the 12th, not the month: two outlets' 12th and 13th can then disagree."""
    text = "Registration for the pilot scheme begins June 12th, with sales later."
    assert [c.value for _s, c in _claims(text) if c.kind == "date"] == ["june 12"]


def test_a_distance_is_read_in_its_unit_with_what_it_measures():
    """A distance is kind other in one unit per written form, its measure what it is of: a depth, the distance
    from a place, else its verb; "45m" glued is metres, a bracketed conversion no claim of its own."""
    got = {
        span: (c.kind, c.measure, c.value, c.unit)
        for span, c in _claims(
            "The hiker fell about 45m from a cliff path. The tremor struck 12 miles deep, some 40 km north of Dunmore. "
            "The shelter lies 25 km (16 miles) from the river."
        )
    }
    assert got["about 45m"] == ("other", "distance fall", "45", "m")
    assert got["12 miles"] == ("other", "distance below", "12", "mi")
    assert got["some 40 km"][1:] == ("distance from dunmore", "40", "km")
    assert got["25 km"][1:] == ("distance from river", "25", "km")
    assert not any("16" in span for span in got)
    assert _one("The firm raised $60m from investors.", "money").value == "60000000"


def test_at_a_figure_after_a_verbs_object_is_the_objects_figure_not_an_age():
    """ "put the magnitude at 4.8" states the magnitude ("died at 91" is an age); "a 5.7-magnitude quake" names its
    measure, no unit, so it aligns with "a magnitude of 5.7"."""
    stated = _one("Seismologists put the magnitude at 4.8 on Monday.", "count")
    assert (stated.measure, stated.value) == ("magnitude", "4.8")
    assert _one("Organisers estimated the turnout at 300.", "count").measure == "turnout"
    assert _one("Jones died at 91 in his sleep.", "attribute").value == "91"
    quake = _one("A 5.7-magnitude quake struck the coast.", "count")
    assert (quake.measure, quake.unit) == ("magnitude", "")


def test_the_low_end_of_a_range_is_no_figure_of_its_own():
    """ "a 9-to 11-foot alligator" gives no count of nine, "six to seven loads" no count of six: the low end of "N
    to M" is read with its range or not at all (the low end of an age range was read as that many dead)."""
    assert [s for s, _c in _claims("Rangers caught a 9-to 11-foot alligator near the dam.")] == ["11-foot"]
    assert "six" not in [s for s, _c in _claims("The barges carry six to seven loads a week.")]
    assert _one("Six people were killed to the south.", "count").value == "6"


def test_a_day_split_from_its_month_is_a_date_not_a_count():
    """The tagger splits "Easter Monday, April 2, 2018" and "6 May": the day is its month's, never a count measured
    by the month (or a toll: "28 September ... convicted of killing")."""
    from datetime import date

    from storyline.analyze.date_mentions import find_dates

    text = "The fire broke out on Easter Monday, April 2, 2018, and razed the old mill."
    (doc,) = parse([text])
    found = [
        (text[c.start : c.end], c) for c in find_claims("a", doc, find_dates("a", text, date(2013, 9, 27)))
    ]
    assert not [c for _s, c in found if c.kind == "count"]
    assert [(s, c.value) for s, c in found if c.kind == "date"] == [("April 2, 2018", "2018-04-02")]
    assert _one("Three people died on 6 May when protesters torched a bank.", "count").value == "3"


def test_a_specification_written_with_its_unit_as_one_token_is_read():
    """ "1.7GHz", "512MHz", "8MP" and "0.71″" stay one token: the figure is still a specification in its unit."""
    found = {text: (c.kind, c.value, c.unit) for text, c in _claims(
        "The phone has a 1.7GHz processor, a 512MHz modem, an 8MP camera and is 0.71″ thick.")}  # fmt: skip
    assert found["1.7GHz"] == ("other", "1.7", "GHz")
    assert found["512MHz"] == ("other", "0.512", "GHz")
    assert found["8MP"] == ("other", "8", "MP")
    assert found["0.71″ thick"] == ("other", "18.03", "mm")
    assert all(c.kind != "other" for _t, c in _claims("Three MPs voted against the bill."))


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        ("Divers recovered two more bodies from the flooded mine, bringing the overall death toll from the flooding to 11.",
         "11", "dead"),
        ("Medics found another victim, which brings the official death toll to 31.", "31", "dead"),
        ("The death toll stands at 9, officials said.", "9", "dead"),
        ("The toll now stands at nine.", "nine", "dead"),
        ("The official tally of injured reached 40 on Tuesday.", "40", "injured"),
        ("Officials put the number of dead at 30.", "30", "dead"),
        ("The number of injured remains at 20.", "20", "injured"),
        ("The casualty count climbed to 16 overnight.", "16", "injured"),
        ("The mudslide swept away a farmhouse, killing a shepherd and leaving three others missing.", "three",
         "missing"),
    ],
)  # fmt: skip
def test_a_figure_completing_a_count_counts_what_the_count_counts(text, span, measure):
    """The verb a figure completes a toll, total or tally through ("bringing the toll to 11", "stands at 9",
    "reached 40", "put the number of dead at 30") says nothing of what is counted, and "at N" after it is no age:
    the measure is the noun the figure completes, or its "of" phrase, or the state "left" them in."""
    got = [c for s, c in _claims(text) if s == span]
    assert [(c.kind, c.measure) for c in got] == [("count", measure)]
    assert _one("Jones died at 91 in his sleep.", "attribute").value == "91"


@pytest.mark.parametrize(
    ("text", "span", "wrong"),
    [
        ("Driver held after lorry crash\nPublished: 09th June 2013\nA DRIVER was being questioned by police last night.",
         "09th", "rank of june"),
        ("Report: Tigers offer Diaz $90 million\nMarch 3rd, 2011, 8:15 am\nJo Brent reported on his show.",
         "$90 million", "3rd"),
        ("Lindqvist to Acquire Storage Startup Selkware for $412 Million\nApril 30, 2015 04:23pm EST\nLindqvist "
         "Systems said on Thursday it would buy Selkware.", "$412 Million", "april"),
    ],
)  # fmt: skip
def test_a_dates_words_are_nothing_a_figure_counts(text, span, wrong):
    """A headline's figure followed by its dateline: the month or day the parse hangs the figure on is part of a
    date, no measure ("$412 Million April 30" sums no Aprils), and "09th June" is a day, no rank of Junes."""
    assert all(c.measure != wrong for s, c in _claims(text) if s == span)
    assert not [c for _s, c in _claims(text) if c.measure.startswith("rank of")]


def test_a_day_and_year_after_a_month_are_one_date_not_a_sum() -> None:
    """ "Aug 07 2019" in a dateline is one run of figures to the tagger; read as a count it was their sum (2026)."""
    words = ["Gale", "hits", "coast", "Wed", "Aug", "07", "2019", ",", "10:12", "hrs"]
    doc = Doc(get_nlp().vocab, words=words)
    date = day_of_month([doc[5], doc[6]])
    assert date is not None and date.text == "Aug 07 2019"
    assert day_of_month([doc[6], doc[8]]) is None


def test_a_date_or_time_modifying_a_noun_dates_it_and_a_zone_is_no_event():
    """ "the Tuesday attack" is the attack's date and "the 7:15 p.m. collapse" its time, not their lengths (only a
    duration is a length: "a two-day visit"); a clock's zone word ("11:20 BST") is no event it times."""
    assert (
        _one("Police said the Tuesday attack on the depot was planned for weeks.", "date").measure == "attack"
    )
    assert _one("The 7:15 p.m. collapse of the stand injured 20 fans.", "time").measure == "collapse"
    assert _one("The blast, at 11:20 BST, shattered windows along the street.", "time").measure == "shatter"
    assert _one("The president began a two-day visit on Monday.", "duration").measure == "length of visit"


def test_a_date_before_an_offset_is_the_date():
    """ "reopened Aug. 1, two weeks early": the date is Aug. 1; the two weeks, how far it is from the day first
    set, are no length of the reopening (read as one, it was 14 days, or 6 x 5 for "Jan. 6, five days before")."""
    found = [c for _s, c in _claims("The bridge reopened Aug. 1, two weeks early, the council said.")]
    assert [c.value for c in found if c.kind == "date"] == ["august 1"]
    assert not [c for c in found if c.kind == "duration"]
    assert (
        float(_one("The ferry was stuck in the ice for two weeks after the storm.", "duration").value) == 14.0
    )


def test_a_weekday_with_its_date_is_read_as_the_date():
    """ "Tuesday, March 3" is March 3, not any Tuesday; "on Saturday 8 October 2011" is that day, not the Saturday
    the analysis resolves "on Saturday" to (the week's)."""
    from datetime import date

    from storyline.analyze.date_mentions import find_dates

    assert [c.value for _s, c in _claims("The bridge reopened on Tuesday, March 3, the council said.")] == [
        "march 3"
    ]
    text = "The mill burned on Saturday 8 October 2011, police said."
    (doc,) = parse([text])
    found = find_claims("a", doc, find_dates("a", text, date(2011, 10, 12)))
    assert [c.value for c in found if c.kind == "date"] == ["2011-10-08"]


def test_just_past_a_clock_time_is_after_it_and_a_glued_clock_taken_for_a_name_is_a_time():
    past = _one("The courier van was halted on the ring road just past 2:30 a.m. near the depot.", "time")
    assert (past.value, past.qualifier) == ("02:30", "more than")
    assert _one("Crews reached the burning barn at 8.49pm on Sunday.", "time").value == "20:49"


def test_a_measure_or_event_is_a_word_never_a_clitic():
    """ "That's $100 cheaper": the "'s" of "that's" is no measure nor event, nor "that" a subject measured."""
    cheaper = [
        c
        for _s, c in _claims("The new kettle costs $80. That's $100 cheaper than the old one.")
        if c.value == "100"
    ][0]
    assert cheaper.measure == "money" and cheaper.event == ""
    far = _one("The lodge? It's 20 miles away from town.", "other")
    assert all(c.isalpha() or c == " " for c in far.measure)


def test_a_page_timestamp_line_is_no_claim_of_the_event():
    """The page's own "Updated ..." or bare date line says when it was written, not when the event happened;
    a cue word opening a sentence with a verb of its own keeps that sentence's times."""
    for stamp in (
        "Updated Sunday, March 07, 2021 6:14 PM",
        "Last modified: 7/11/2019 08:05 am",
        "May 2, 2016 - 4:51 pm",
    ):
        found = [
            c for _s, c in _claims(f"{stamp}\nThe barn burned down at 3 p.m. on Friday.") if c.kind == "time"
        ]
        assert [c.value for c in found] == ["15:00"], (stamp, found)
    assert _one("Updated: firefighters said the barn burned at 3 p.m.", "time").value == "15:00"


def test_a_sums_subject_keeps_the_figure_that_specifies_it():
    """ "The 11-inch laptop sells for $899": the subject names the 11-inch laptop, so its price has no rival in
    the 14-inch one's."""
    assert _one("The 11-inch laptop sells for $899 at launch.", "money").subject == "11-inch laptop"


def test_an_earlier_year_marks_only_the_figures_it_governs():
    """ "in 1978" on a noun's modifier clause leaves the sentence's other figures this story's; on the verb (or
    the subject) of the figure's clause it sets the figure in that earlier time."""
    paid = _one(
        "The actor, who starred in a film set in 1978, was paid $5 million for the new role.", "money"
    )
    assert not paid.earlier
    assert _one("In 2011 a storm killed 20 people in the valley.", "count").earlier
    assert _one("The flood in 2009 destroyed 300 homes.", "count").earlier
    assert not _one("The mayor, elected in 2010, said 14 people were hurt in the crash.", "count").earlier


def test_time_left_on_a_clock_is_no_length():
    """ "with 19 minutes of the half remaining" is a moment of the game, told as what is left of it."""
    for text in ("The winger equalised with 19 minutes of the half remaining.",
                 "She scored with ten minutes of the half left."):  # fmt: skip
        assert not [c for _s, c in _claims(text) if c.kind == "duration"], text
    assert _one("The visitors played the final 24 minutes with ten men.", "duration").value


def test_one_before_another_figure_counts_things_not_the_measure():
    """ "One 7.3-magnitude tremor": one of the tremors, whose magnitude is 7.3; "killed one person" is a toll."""
    found = _claims("One 7.3-magnitude tremor shook the coast.")
    assert [(c.measure, c.value) for _span, c in found] == [("magnitude", "7.3")]
    assert [(c.measure, c.value) for _span, c in _claims("The blast killed one person.")] == [("dead", "1")]


# Taken out in session 26 as in session 25 (109f8b2): read as dates, weekdays with a part of the day added a false
# conflict and a false agreement on a blind invented set and gained one agreement on the unread ECB+ events.
_TAKEN_OUT = pytest.mark.xfail(strict=True, reason="a weekday with a part of the day is not read as a date")


@pytest.mark.parametrize(
    ("text", "span", "weekday", "day"),
    [
        pytest.param(
            "A cyclist died Wednesday night after a van struck her near the bridge.",
            "Wednesday",
            "wednesday",
            6,
            marks=_TAKEN_OUT,
        ),
        (
            "The old granary burned down early Tuesday morning, the fire service said.",
            "Tuesday",
            "tuesday",
            5,
        ),
        pytest.param(
            "Two climbers were rescued on Sunday afternoon below the north ridge.",
            "Sunday",
            "sunday",
            3,
            marks=_TAKEN_OUT,
        ),
        pytest.param(
            "The bakery on Elm Street closed Monday night after forty years.",
            "Monday",
            "monday",
            4,
            marks=_TAKEN_OUT,
        ),
    ],
)
def test_a_weekday_with_a_part_of_the_day_is_a_date(text, span, weekday, day):
    """ "Wednesday night", "early Tuesday morning": a span the tagger calls a time but with no clock figure dates
    its event as "on Wednesday" does; unresolved without the article's date, resolved to the week's day with it
    (Friday, 8 March 2024 here)."""
    from datetime import date

    undated = [c for s, c in _claims(text) if c.kind in ("date", "time") and span in s]
    assert [(c.kind, c.value) for c in undated] == [("date", weekday)]
    (doc,) = parse([text])
    anchor = date(2024, 3, 8)
    dated = [
        c for c in find_claims("a", doc, find_dates("a", text, anchor), anchor=anchor) if c.kind == "date"
    ]
    assert [c.value for c in dated] == [f"2024-03-0{day}"]


def test_a_clock_figure_beside_a_weekday_stays_a_time():
    """ "at 11 p.m. Saturday": the clock figure is the time claim, the weekday a date beside it."""
    found = {
        (c.kind, c.value) for _s, c in _claims("The striker was arrested at 11 p.m. Saturday outside a club.")
    }
    assert ("time", "23:00") in found
    assert ("date", "saturday") in found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The builder was handed a 3-1/2 year sentence for fraud.", 3.5 * 365.25),
        ("The crossing took 1-1/2 hours in heavy seas.", 1.5 / 24),
        ("The clerk was jailed for 4½ months for the theft.", 4.5 * 365.25 / 12),
        ("The clerk was jailed for 4 ½ months for the theft.", 4.5 * 365.25 / 12),
        ("The first leg of the relay took 1¼ hours.", 1.25 / 24),
    ],
)
def test_a_mixed_fraction_is_one_length(text, days):
    """ "2-1/2 years" is two and a half years, no range "up to a half"; "4½" and "4 ½" are four and a half."""
    lengths = [c for _s, c in _claims(text) if c.kind == "duration" and float(c.value) > 0.1 * days]
    assert lengths, _claims(text)
    assert float(lengths[0].value) == pytest.approx(days, rel=0.01)
    assert lengths[0].qualifier is None


def test_a_superscript_is_no_fraction():
    from storyline.analyze.claim_numbers import vulgar_fraction

    assert vulgar_fraction("4½") == 4.5
    assert vulgar_fraction("¾") == 0.75
    assert vulgar_fraction("m²") is None
    assert vulgar_fraction("2²") is None
    assert vulgar_fraction("4") is None


def test_a_figure_run_on_over_a_sentence_end_is_two_figures() -> None:
    """The tagger joins "420 m. Fifty-three" into one CARDINAL; read whole it was the product 22260."""
    text = "The roof fell at a depth of 420 m. Fifty-three other miners were brought out safely."
    counts = {span: c.value for span, c in _claims(text) if c.kind == "count"}
    assert "22260" not in counts.values()
    assert counts["Fifty-three"] == "53"
