"""Words claims are read with: synonym groups of what a number measures, qualifiers, scales, currencies, units.

A measure group names what outlets count under different words ("killed", "dead", "death toll" -> dead), so
claims about one figure align across outlets. Keys are lemmas (storyline.analyze.nlp.lemma).
"""

from __future__ import annotations

_GROUPS = {
    "dead": "die dead death kill toll fatality life body perish succumb",
    "injured": "injure injured injury wound wounded hurt casualty",
    "missing": "missing",
    # "taken to", "treated in", "admitted to" hospital: the place, a preposition's object, is the measure
    "hospitalised": "hospital hospitalise hospitalize hospitalisation hospitalization",
    "arrested": "arrest detain custody",
    "evacuated": "evacuate evacuee displace homeless flee",
    "rescued": "rescue survivor",
    "ill": "ill sick sicken illness poison poisoning",  # "fell ill", "were taken ill", "food poisoning cases"
    "jobs": "job worker employee staff layoff redundancy",
    "votes": "vote ballot",
    "magnitude": "magnitude",
    "sentence": "sentence jail prison imprison",
    "children": "child kid son daughter",
    "spouses": "wife husband spouse marry wed",
    "buildings": "house home building structure dwelling",
    "population": "population resident inhabitant live",
    # what a sum is: "fined $3m" (spaCy's rules lemmatise "fined" as "fin" first), "a $3m fine", "a $3m penalty"
    "fine": "fine fin penalty",
    # What happened to what is counted, told with different verbs or their nouns: a figure's event only
    # (``EVENT_ONLY``), never its measure ("six rifles were seized" counts rifles).
    "seized": "seize seizure confiscate confiscation impound",
    "destroyed": "destroy destruction level raze flatten demolish",
    # what is fired: "fired 30 bullets" / "30 shots were fired" tell one volley (the count's measure is
    # analyze.counted's ``SHOTS``, read from the parse: "hit by bullets" counts no shots). Not "round": a
    # bout's or a contest's rounds ("the fight went 11 rounds") would join two fights' tallies.
    "gunfire": "shot gunshot bullet gunfire",
}  # fmt: skip
# One verb for ways outlets word one act (lemmas, particles kept); only near-synonyms in news reports: the events
# of a briefing fold them (briefing.events), and a figure of a killing among them counts the dead ("gunned down").
VERB_GROUPS = {
    "slay": "kill",
    "gun down": "kill",
    "shoot dead": "kill",
    "detain": "arrest",
    "nab": "arrest",
    "apprehend": "arrest",
    "quit": "resign",
    "step down": "resign",
    "purchase": "buy",
    "acquire": "buy",
    "snap up": "buy",
    "name": "appoint",
    "tap": "appoint",
    "hire": "appoint",
    "unveil": "announce",
    "flee": "escape",
    "strike": "hit",
    "jail": "imprison",
}

# Verbs of capture besides those VERB_GROUPS tells with "arrest": each takes things as often as people ("seized 9
# rifles"), so a count of what it takes is of the arrested only when they are people ("seized 12 soldiers",
# "rounded up 40 men", "picked up 30 protesters": analyze.act_nouns.group_of).
CAPTURE_VERBS = frozenset(("seize", "capture", "round up", "pick up"))
# Adverbs that make any act of harm a killing ("fatally shot", "fatally stabbed", "fatally injured"): its count is of
# the dead, never the injured.
FATAL_ADVERBS = frozenset(("fatally",))

# Groups that join two figures' events (analyze.claim_measures ``event_of``: "rifles were seized" / "confiscated 14
# rifles") but are no measure of their own.
EVENT_ONLY = frozenset(("seized", "destroyed", "gunfire"))
# What "a mother of 12" or "a city of 160,000" counts: the figure after "of" counts this group, not its owner.
OWNERS = {
    **{word: "children" for word in "mother mom mum father dad parent".split()},
    **{word: "population" for word in "city town village community".split()},
}
# Groups whose count only grows as news comes in: a higher figure hours later updates the earlier one.
TOLLS = frozenset(("dead", "injured", "missing", "arrested", "evacuated", "rescued", "ill"))
# Verbs (lemmas) whose act ends a toll's state: "four missing climbers found alive" are missing no longer, so their
# count is of the found, no level of the missing (analyze.counted_noun).
ENDED_BY = {
    "missing": frozenset("find locate rescue recover reach free".split()),
    "arrested": frozenset("release free bail".split()),
    "evacuated": frozenset(("return",)),
    "injured": frozenset(("discharge",)),
    "ill": frozenset(("discharge",)),
}
# Stems of verbs that put right what a story's act took away ("restored power to 20,000 homes", "reconnected",
# "reopened 12 roads", "repaired", "rebuilt"): their count is of the recovery, no level of the loss (stems, as
# spaCy's lemmas of them vary: "reconnecte").
RESTORING = ("restor", "reconnect", "reopen", "repair", "rebuil")
# Groups that say who is counted, not what happened to them: a toll around outranks them ("two employees were
# killed", "3,000 residents were evacuated"), any other group does not ("forced 3,000 residents from their homes").
WHO_GROUPS = frozenset(("jobs", "population"))
EVENTS = {word: group for group, words in _GROUPS.items() for word in words.split()}
MEASURES = {word: group for word, group in EVENTS.items() if group not in EVENT_ONLY}

# Nouns that hold a count of what their "of" phrase or modifier names ("the number of dead", "the casualty
# count", "the tally of injured"): a figure completing them counts that.
TALLY_NOUNS = frozenset("number total tally count figure".split())

# Nouns that say nothing about what is counted: the predicate around them is the measure.
GENERIC_NOUNS = frozenset("people person man woman child other one more time number total figure".split())

# Verbs too general to say which event a date belongs to ("it was Tuesday", "did so in 2005").
GENERIC_VERBS = frozenset("be do have make take get go come".split())

# Verbs whose date is the report's, not the event's ("said on Tuesday").
REPORTING_VERBS = frozenset("say tell report announce add confirm state claim write note".split())

# Adjectives that tell one of a story's things of a kind from another by their order, as the side of the story's
# turn they stand on ("the earlier crash" / "the later crash", "the previous price" / "the new price"); "first"
# is before, any other ordinal ("the second game") after, with its rank (analyze.ordinals
# ``order_of``). Not "last" or "final": a stage of a contest (analyze.contests), or the one before; nor "old", an
# age ("the 47-year-old woman").
ORDER_SIDES = {
    **dict.fromkeys("first earlier previous prior former initial original preceding".split(), "before"),
    **dict.fromkeys("later new latest subsequent".split(), "after"),
}
# Contrast words that set a thing before the story's as another thing ("the previous mission", "a prior
# recall"), unlike "first", "initial" or "original", which may name the story's own (its first report).
OTHER_BEFORE = frozenset(w for w, side in ORDER_SIDES.items() if side == "before") - {
    "first",
    "initial",
    "original",
}
# The measure of a rank in a series ("the fifth operation": "rank of operation", analyze.claims), whose noun
# briefing.claim_pairs ``told_apart`` reads back.
RANK_OF = "rank of "
# Words a count is phrased as a change with, or an earlier report is recalled by ("rose to", "initially").
UPDATE_WORDS = frozenset(
    "rise climb increase grow jump revise update initially originally earlier previously".split()
)
# Adverbs that recall an earlier report when they modify a reporting verb ("had earlier said", "first
# reported"), and adjectives that do on a plural report noun ("the first reports", "initial reports had put the
# toll at 9"): the lemma of "earlier" is "early", which alone ("early on Wednesday") tells no revision.
RECALLS = frozenset("earlier previously initially originally first initial".split())
# Verbs that set a level which "now" marks as the latest ("the toll now stands at", "now puts the cost at").
LEVEL_VERBS = frozenset("stand put".split())

QUALIFIERS = {
    "at least": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "nearly": "nearly", "almost": "nearly", "up to": "up to", "as many as": "up to",
    "at most": "up to", "within": "up to", "less than": "less than", "fewer than": "less than", "under": "less than",
    "a minimum of": "at least", "no fewer than": "at least", "no less than": "at least", "a maximum of": "up to",
    "close to": "nearly", "just over": "more than", "just under": "less than",
}  # fmt: skip
# Words after a figure that make it approximate ("a dozen or so", "20 or so people"): PROTOCOL.md's "about".
ABOUT_AFTER = ("or", "so")

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mm": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
# "dozens" is no figure (PROTOCOL.md: a vague word is not a count), so it is left out.
FACTORS = {"a": 1.0, "an": 1.0, "half": 0.5, "dozen": 12.0, "quarter": 0.25}
# Nouns of a group of two counted with "a"/"an" ("an elderly couple died"): two people a toll counts
# (analyze.implied_counts). Not with "of" after them: "a couple of men" is a vague few.
PAIRS = {"couple": 2.0, "pair": 2.0}
# Adverbs that count how often an act happened, as "N times" does ("married twice", "was shot twice"); not
# "thrice", which the tagger reads as a noun ("married thrice": an object), nor "once" ("once a star", "once he left").
REPEATS = {"twice": 2.0}

# Currency signs written as the capital letter they are drawn on, glued to a figure: Nigerian papers' "N2.4 billion"
# and "N450,000" for the naira's "₦". Only before a figure with a decimal point or a thousands comma ("N95" is a
# mask, "N7" a road).
LETTER_SIGNS = {"N": "NGN"}
# Currencies written as a word or code before the figure, outside spaCy's span ("Rs 120 crore")
PREFIX_CURRENCIES = frozenset(("rs", "rs.", "inr"))
CURRENCIES = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP", "pound": "GBP", "pounds": "GBP",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "¥": "JPY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
    **dict.fromkeys(PREFIX_CURRENCIES, "INR"),
}  # fmt: skip

# Units of technical specifications (PROTOCOL.md: kind ``other``, in one unit per slot): unit word -> (the
# slot's unit, factor into it), so "1TB" and "1,000GB", "a 4-inch screen" and "101.6mm" compare.
SPEC_UNITS = {
    "kb": ("GB", 1e-6), "mb": ("GB", 1e-3), "gb": ("GB", 1.0), "tb": ("GB", 1e3), "kilobyte": ("GB", 1e-6),
    "megabyte": ("GB", 1e-3), "gigabyte": ("GB", 1.0), "terabyte": ("GB", 1e3), "mhz": ("GHz", 1e-3),
    "ghz": ("GHz", 1.0), "megapixel": ("MP", 1.0), "mm": ("mm", 1.0), "cm": ("mm", 10.0), "inch": ("mm", 25.4),
    "inches": ("mm", 25.4), "″": ("mm", 25.4), "mah": ("mAh", 1.0),
}  # fmt: skip

# The offence a person is charged with, convicted of or pleads to (kind ``other``, analyze.outcomes); the court's
# step that names it (``ClaimSlot.event``): offences compare only within one step (charged with murder and
# convicted of manslaughter both hold), an acquittal with none (acquitted of murder, convicted of manslaughter).
CHARGE = "charge"
COURT_STEPS = ("charge", "convict", "plead")
ACQUIT = "acquit"

# The score line of one contest's result (kind ``other``, analyze.contests): "beat the Herons 3-1".
SCORE = "final score"

# What a person died of (kind ``other``, analyze.outcomes), and the causes less precise than any named one, so
# compatible with every other (PROTOCOL.md: a less precise value agrees).
CAUSE = "cause of death"
VAGUE_CAUSES = frozenset(("natural cause", "cause", "disease", "illness", "complication", "injury", "wound"))

# Where a person died (kind ``other``, analyze.outcomes): the noun after "died at/in/on" to the place it names. A
# death is told at one of these few places, and two of them exclude each other ("died at the scene" / "died on the
# way to hospital"); a named place ("in Denver") is a place claim, a vaguer noun ("in the area") no place of death.
DEATH_PLACE = "place of death"
DEATH_PLACES = {
    "scene": "scene", "spot": "scene", "hospital": "hospital", "infirmary": "hospital", "hospice": "hospice",
    "home": "home", "house": "home", "residence": "home", "apartment": "home", "way": "en route",
    "route": "en route",
}  # fmt: skip
# Where the story's act took place as an article's lead sets it (kind ``place``, analyze.event_place), compared
# by briefing.places, not as a figure.
EVENT_PLACE = "setting"
# Where a victim is taken after the act: these exclude dying "at the scene"; the scene itself may be a home.
TAKEN_TO = frozenset(("hospital", "hospice", "en route"))

# A vehicle's colour (kind ``other``, analyze.colours): each basic colour word to one name, "gray" and "grey" one.
# A witness's "silver" and another's "grey" for one getaway car are two versions; a shade ("dark blue") agrees
# with its colour.
VEHICLE_COLOUR = "colour of vehicle"
COLOURS = {
    **{c: c for c in "black white silver grey red blue green yellow brown gold beige maroon tan orange purple".split()},
    "gray": "grey", "burgundy": "maroon",
}  # fmt: skip
SHADES = frozenset(("dark", "light", "pale", "bright"))

# Units of distance (kind ``other``, measure ``DISTANCE``), each written form to one name: "120 metres" and
# "60m" compare, a distance in feet only with feet (a converted figure is rounded, so no exact value to compare).
# Not yards: a player's yards are a sports statistic.
DISTANCE = "distance"
DISTANCE_UNITS = {
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), "m"),
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("ft", "foot", "feet"), "ft"),
    **dict.fromkeys(("mile", "miles"), "mi"),
}

# Duration units in days, so "half a decade" and "five years" compare. A month is a twelfth of the year exactly, so
# "30 months" and "two and a half years" are one length (a rounded 30.44 days would make them 913.2 and 913.1).
DURATION_DAYS = {
    "decade": 3652.5, "year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24,
    "minute": 1 / 1440, "second": 1 / 86400, "century": 36525.0, "fortnight": 14.0,
}  # fmt: skip
