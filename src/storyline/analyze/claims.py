"""Claims as slots, read off the parse: spaCy's CARDINAL/MONEY/PERCENT/QUANTITY/DATE/TIME entities give the
value, the dependency tree gives what it measures and of whom, a qualifier word before it gives its bounds.

This module walks a body's figures and builds each one's claim; each reader it calls has a module of its own: the
value (claim_numbers), its unit (claim_units), what it measures, of what event and whose (claim_measures), its
sentence's date and update words (claim_setting), dates and lengths of time (claim_dates), clock times and game
clocks (clock_times), ages (ages), vote tallies (vote_tallies), figures written with no number (implied_counts) and
the page's own timestamps (page_stamps). A number that the tree does not tie to a measure is left out: an
unanchored figure cannot be aligned with another outlet's, so it could only produce false conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from storyline.analyze.ages import is_age, no_count, read_age
from storyline.analyze.breakdown import mark_listed
from storyline.analyze.claim_dates import count_rate, date_claim, day_of_month, hyphened_length, ordinal_day
from storyline.analyze.claim_measures import (
    completed_noun,
    event_of,
    leveled_noun,
    measure_of,
    subject_of,
    subject_word,
)
from storyline.analyze.claim_numbers import fmt_value, is_year, read_number
from storyline.analyze.claim_setting import mark_earlier, sentence_setting
from storyline.analyze.claim_units import (
    LENGTH_UNITS,
    converted_sum,
    distance_of,
    distance_unit,
    figure_tail,
    glued_spec,
    is_conversion,
    percent_unit,
)
from storyline.analyze.claim_words import CALENDAR_WORDS, FIGURE_LABELS, ZONE_WORDS, is_date_word
from storyline.analyze.clock_times import (
    CLOCK_FIGURE,
    SPOKEN_CUES,
    clock_cue,
    day_of_time,
    game_clocks,
    read_clock,
    spoken_clock,
)
from storyline.analyze.colours import find_colours
from storyline.analyze.contests import find_scores
from storyline.analyze.event_place import find_event_places
from storyline.analyze.implied_counts import one_counts, repeat_counts, unit_lengths, zero_counts
from storyline.analyze.instruments import find_instruments
from storyline.analyze.money import currency, currency_code, increment, money_of, split_glued, sums
from storyline.analyze.nlp import doc_ents, lemma, sentence_of, tokens
from storyline.analyze.nlp import tokens as all_tokens  # where a local ``tokens`` is a figure's
from storyline.analyze.old_levels import old_levels
from storyline.analyze.ordinals import ordinal_value
from storyline.analyze.outcomes import find_causes, find_death_places, find_offences
from storyline.analyze.page_stamps import is_dateline, stamp_lines
from storyline.analyze.standings import place_claim
from storyline.analyze.vote_tallies import backed_opposed, in_tally, of_vote, read_tally, tally_from
from storyline.lexicon.measures import (
    ABOUT_AFTER,
    DISTANCE_UNITS,
    FACTORS,
    MEASURES,
    QUALIFIERS,
    RANK_OF,
    SCALES,
    SPEC_UNITS,
)
from storyline.model import ClaimSlot, DatedMention
from storyline.settings import DEFAULTS, AnalyzeSettings

# what "N times ..." multiplies
_COMPARED = frozenset("the as more higher greater larger bigger faster".split())


def find_claims(
    article_id: str,
    doc: Doc,
    dates: Sequence[DatedMention],
    anchor: date | None = None,
    settings: AnalyzeSettings = DEFAULTS.analyze,
) -> list[ClaimSlot]:
    """Every anchored figure, money sum, percentage, duration, date, clock time and game clock in the parsed body,
    and the worded claims read elsewhere: charges, causes and places of death, the lead's setting, instruments,
    vehicle colours, result score lines. ``anchor`` (the article's date) resolves a weekday or a day of a month
    without its year to a day; ``settings`` bounds the lead the setting is read in."""
    out = []
    ents = [
        part
        for whole in doc_ents(doc)
        for e in _cut_at_stops(whole)
        for part in (sums(e) if e.label_ == "MONEY" else [hyphened_length(e) or _scaled(e)])
    ]
    stamps = stamp_lines(doc)
    for ent in sorted([*ents, *_unlabelled(doc)], key=lambda e: e.start):
        if ent.label_ not in (*FIGURE_LABELS, "ORDINAL") or _range_start(ent):
            continue
        if ent.label_ in ("DATE", "TIME") and (
            any(a <= ent.start < b for a, b in stamps) or is_dateline(ent)
        ):
            continue
        if ent.label_ == "ORDINAL" and (day := ordinal_day(ent)) is not None:
            claim = _claim(article_id, day, dates, anchor)  # "shot on the 3rd": a day, no rank
        elif ent.label_ == "ORDINAL":
            claim = place_claim(article_id, ent) or _rank(article_id, ent, dates)
        else:
            claim = _claim(article_id, ent, dates, anchor)
        if claim is None and ent.label_ == "TIME" and (day := day_of_time(ent)) is not None:
            claim = _claim(article_id, day, dates, anchor)  # "the night of March 3": no clock, its day
        if claim is not None and not (out and claim.start < out[-1].end):  # not "1336" of "5:06 (1336 GMT)"
            out.append(claim)
            day = day_of_time(ent) if claim.kind == "time" else None
            if day is not None and (dated := _claim(article_id, day, dates, anchor)) is not None:
                out.append(dated)
    claims = sorted(
        [
            *out,
            *zero_counts(article_id, doc, dates),
            *(
                u
                for u in unit_lengths(article_id, doc, dates)
                if not any(c.start < u.end and u.start < c.end for c in out)
            ),
            *one_counts(article_id, doc, dates),
            *repeat_counts(article_id, doc, dates),
            *(
                g
                for g in game_clocks(article_id, doc)
                if not any(c.start < g.end and g.start < c.end for c in out)
            ),
            *find_offences(article_id, doc),
            *find_causes(article_id, doc),
            *find_death_places(article_id, doc),
            *find_instruments(article_id, doc),
            *find_colours(article_id, doc, dates),
            *find_event_places(article_id, doc, settings),
            *find_scores(article_id, doc),
        ],
        key=lambda c: c.start,
    )
    return mark_listed(doc, mark_earlier(doc, old_levels(doc, claims), dates, anchor))


# Figure labels whose entity the tagger can run on over a sentence's end
_RUN_ON = frozenset(("CARDINAL", "QUANTITY", "MONEY", "PERCENT"))


def _cut_at_stops(ent: Span) -> list[Span]:
    """A figure's entity cut after each word that ends in a full stop before a capitalised word: the tagger joins
    "a depth of 420 m. Fifty-three other miners" into one figure, read as the product 22260; two sentences'
    figures, each read alone. An abbreviation before a number ("No. 10") is no stop: a figure is no capital."""
    if ent.label_ not in _RUN_ON:
        return [ent]
    doc = ent.doc
    cuts = [t.i + 1 for t in ent[:-1] if t.text.endswith(".") and doc[t.i + 1].text[:1].isupper()]
    bounds = [ent.start, *cuts, ent.end]
    return [Span(doc, a, b, label=ent.label_) for a, b in zip(bounds, bounds[1:], strict=False)]


def _scaled(ent: Span) -> Span:
    """A figure with its scale glued on that spaCy took for a rank ("30bn euros" an ORDINAL) as a figure."""
    if ent.label_ != "ORDINAL":
        return ent  # the label first: no span text joined for every entity
    text = ent.text.lower()
    if text[:1].isdecimal() and text.lstrip("0123456789.,") in SCALES:
        return Span(ent.doc, ent.start, ent.end, label="CARDINAL")
    return ent


def _range_start(ent: Span) -> bool:
    """The low end of a range written "N to M" ("as many as 25 to 30 volunteers", "a 6-to 9-week-old puppy",
    "from 3 to 6 GB"): no figure of its own; read alone, the low end of an age range was a toll of that many dead
    (eval/claims.py held-out, 45_ecbplus). A vote tally ("by a vote of 312 to 118") is one value, not a range."""
    if tally_from(ent.doc, ent.start):
        return False
    after = [t for t in tokens(ent.doc)[ent.end : ent.end + 3] if t.text != "-"]
    ends_to = tokens(ent.doc)[ent.end - 1].lower_ in ("to", "-to")
    if ends_to:
        return bool(after) and after[0].like_num
    return len(after) >= 2 and after[0].lower_ in ("to", "-to") and after[1].like_num


def _rank(article_id: str, ent: Span, dates: Sequence[DatedMention]) -> ClaimSlot | None:
    """A rank in a series: "the fifth anti-piracy operation", "the 79th Academy Awards", "their eighth straight
    win", read by text2num's ``alpha2digit``; its measure is "rank of" the noun it modifies. Kind "other": two
    ranks of one noun are mostly two things of a series (the sixth and the seventh round), so outlets agree on a
    rank but never contradict by one. Not "first" (the first time: no series) nor an ordinal with no noun."""
    root = noun = ent.root
    while noun.dep_ in ("amod", "advmod") and noun.head.i != noun.i and not noun.tag_.startswith("NN"):
        noun = noun.head  # "the fifth successful operation": through the adjectives to the noun
    if noun is root or not noun.tag_.startswith("NN") or lemma(noun) in CALENDAR_WORDS or is_date_word(noun):
        return None
    if ent.doc[ent.end : ent.end + 1].text == "-":
        return None  # "third-generation", "third-party", "second-degree": a kind, no place in a series
    value = ordinal_value(ent.text)
    if value is None or value < 2:
        return None
    when, update = sentence_setting(sentence_of(ent), dates)
    return ClaimSlot(article_id, ent.start_char, ent.end_char, "other", RANK_OF + lemma(noun), str(value),
                     time=when, update=update, event=event_of(root))  # fmt: skip


def _line_opening_number(t: Token) -> bool:
    """A number word opening a line after a headline, which the parse, running the two lines together, took for a
    name ("Blaze destroys warehouse\nSixty firefighters fought it": "Sixty" a proper noun, or a product):
    capitalised, before the lower-case noun it counts."""
    doc = t.doc
    return (
        t.tag_ == "NNP"
        and t.ent_type_ not in FIGURE_LABELS
        and t.is_alpha
        and t.like_num
        and 0 < t.i < len(doc) - 1
        and "\n" in doc[t.i - 1].text
        and doc[t.i + 1].tag_ in ("NN", "NNS")
        and doc[t.i + 1].is_lower
    )


def _unlabelled(doc: Doc) -> list[Span]:
    """Figures the entity recogniser left out ("Around 40 houses were damaged" has no entity), as CARDINAL
    spans: each run of number tokens outside every entity."""
    out, run = [], None  # run: where the current run of number tokens started
    for t in tokens(doc):
        # a word holds no figure, glued or not: its text is not decoded (most tokens, so tested first)
        text, tag = "" if t.is_alpha else t.text, t.tag_
        # "NZ$4.5" is a proper noun to the tagger
        if not t.ent_type and (tag == "CD" or text and split_glued(text)):
            run = t.i if run is None else run
            continue
        if run is not None:
            out.append(Span(doc, run, t.i, label="CARDINAL"))
            run = None
        if tag == "NNP" and _line_opening_number(t):
            out.append(Span(doc, t.i, t.i + 1, label="CARDINAL"))
        if not text[:1].isdecimal():
            continue  # a word: both patterns below open with a digit (most tokens, so tested first)
        # "9.35am", one token spaCy tags a noun or adverb, or takes for a name ("8.49pm" an ORG)
        if t.ent_type_ not in FIGURE_LABELS and (glued := CLOCK_FIGURE.fullmatch(t.lower_)) and glued[3]:
            out.append(Span(doc, t.i, t.i + 1, label="TIME"))
        elif not t.ent_type and glued_spec([t]):  # "512MHz", a proper noun to the tagger
            out.append(Span(doc, t.i, t.i + 1, label="CARDINAL"))
    if run is not None:
        out.append(Span(doc, run, len(doc), label="CARDINAL"))
    return out


def _claim(
    article_id: str, ent: Span, dates: Sequence[DatedMention], anchor: date | None = None
) -> ClaimSlot | None:
    """A figure entity's claim, or None when the tree ties it to no measure: its label corrected from the words
    around it (a count spaCy read as a time, a sum, a percentage, a clock time), then an age, a date or time
    (``claim_dates``), a tally, a specification, a distance, or a count, sum or percentage of its measure."""
    doc_tokens = all_tokens(ent.doc)
    if _part_of_next(doc_tokens, ent):
        return None
    tokens, qualifier, start = _strip_qualifier(ent)
    if not tokens or _scale_noun(doc_tokens, tokens):
        return None
    if part := _fraction_of(doc_tokens, tokens[0]):
        tokens, start = [*part, *tokens], part[0].idx  # "a quarter of a million pounds": a quarter of it
    if qualifier is None and tuple(t.lower_ for t in doc_tokens[ent.end : ent.end + 2]) == ABOUT_AFTER:
        qualifier = "about"  # "a dozen or so"
    label = ent.label_
    if label == "DATE" and all(t.text.isdecimal() and len(t.text) < 4 for t in tokens):
        label = "CARDINAL"  # "injuring 40": a bare figure spaCy took for a date
    if (
        label in ("DATE", "TIME")
        and tokens[0].like_num
        and read_clock(tokens) is None
        and completed_noun(tokens[0])
    ):
        # "the toll stands at nine", "the count climbed to 16 overnight": a count, though spaCy reads a time
        run = next((i for i, t in enumerate(tokens) if not t.like_num), len(tokens))
        ent = Span(ent.doc, tokens[0].i, tokens[run - 1].i + 1, label="CARDINAL")
        tokens, label = list(ent), "CARDINAL"
    if label in ("DATE", "TIME") and _told_count(tokens):
        label = "CARDINAL"  # "two or three thousand people": a count range spaCy reads as a time
    if label == "CARDINAL" and (date := day_of_month(tokens)) is not None:
        # "Easter Monday, April 2, 2018" tagged apart: the day of its month, no count
        ent, tokens, start, label = date, list(date), date.start_char, "DATE"
    tail = figure_tail(ent) or _dash_top(ent, label)
    tokens += tail
    before = doc_tokens[ent.start - 1 : ent.start]
    if label in ("CARDINAL", "QUANTITY") and (
        any(currency(t) for t in tokens) or before and currency(before[0])
    ):
        label = "MONEY"  # "two million euros", "a two-million-euro haul", "Rs 120 crore"
    if label in ("CARDINAL", "MONEY") and not any(currency(t) for t in tokens):
        if percent := percent_unit(ent):
            label = "PERCENT"
            # a unit word outside spaCy's span ("about 90 per cent")
            after = [t for t in percent if t.i >= ent.end]
            tail += after
            tokens += after
    zone_word = [t for t in doc_tokens[ent.end : ent.end + 1] if t.lower_ in ZONE_WORDS] + clock_cue(ent)
    if label in ("DATE", "CARDINAL") and read_clock([*tokens, *zone_word]):
        label = "TIME"  # spaCy reads "2.30am" as a figure and "0737 GMT" as a year
    root = ent.root if ent.root in tokens else tokens[-1]
    while root.head in tail and root.head.i != root.i:  # "£45m of the cost", "1.5 billion rupees": the scale
        root = root.head  # or currency word outside spaCy's span heads the figure
    if label == "PERCENT" and ent.label_ != "PERCENT":
        root = tokens[-1]  # the unit word heads a percentage, as in spaCy's own PERCENT spans
    when, update = sentence_setting(sentence_of(ent), dates)
    end = tail[-1].idx + len(tail[-1]) if tail else ent.end_char
    base = {"article_id": article_id, "start": start, "end": end, "qualifier": qualifier}
    # a clock time said in words ("half past nine") is no age, whatever its figure's head
    spoken = any(t.lower_ in SPOKEN_CUES for t in tokens) and spoken_clock(tokens) is not None
    age = None if spoken else read_age(ent, tokens, root) if label in ("DATE", "CARDINAL") else None
    if age and age[0].is_integer():  # "struck at 10.15" is no age
        value, whose = age
        return ClaimSlot(
            **base, kind="attribute", measure="age", value=fmt_value(value), subject=whose, time=when
        )
    if label in ("DATE", "TIME"):
        return date_claim(ent, tokens, label, root, zone_word, dates, base, when, update, anchor)
    if label == "CARDINAL" and (is_year(tokens) or is_age(root) or no_count(root)):
        return None  # a year or an age of no one named ("died at 91") is no count
    tally = read_tally(ent, tokens) if label != "MONEY" else None  # "$2-3 million" is a range, no score
    if tally and not of_vote(ent) and backed_opposed(tokens[0]) is None:
        return None  # "31-24" without a vote is a score line, a fact of another kind
    if tally:
        base["end"] = max(base["end"], tally[1])
    elif (top := _range_top(tokens, label)) is not None:
        tokens, qualifier = top, qualifier or "up to"  # "$140 million to $160 million" (PROTOCOL.md: up to)
        base["qualifier"] = qualifier
        base["end"] = max(base["end"], top[-1].idx + len(top[-1]))
    elif label in ("CARDINAL", "MONEY") and (top := _or_top(tokens)) is not None:
        tokens, base["qualifier"] = top, qualifier or "up to"  # "seven or eight" (PROTOCOL.md: up to 8)
        if any(currency(t) for t in top) or currency(ent.doc[top[0].i - 1]):
            # "some 2 or 3 million dollars", "$2 or $3 million": a sum's range, no dollar count
            label = "MONEY"
            # the currency word heads the sum, as in spaCy's own MONEY spans
            root = top[-1] if currency(top[-1]) else root
        base["end"] = top[-1].idx + len(top[-1])
    if _multiplier(ent):
        return None  # "five times the legal limit" is a ratio, not a count of anything
    if label in ("CARDINAL", "QUANTITY") and (glued := glued_spec(tokens)) is not None:
        number, (unit, factor) = glued
        return ClaimSlot(**base, kind="other", measure=unit,  # "16GB": the unit is all it names, as below
                         value=fmt_value(number * factor), unit=unit, subject=subject_of(root), time=when,
                         update=update, event=event_of(root))  # fmt: skip
    distance = distance_unit(ent, tokens) if label in ("CARDINAL", "QUANTITY") else None
    lengths = [t for t in tokens if label == "QUANTITY" and t.lower_ in LENGTH_UNITS or t is distance]
    value = read_number(
        [t for t in tokens if (currency(t) is None or split_glued(t.text)) and t not in lengths]
    )
    if not value and tally is None:
        return None  # none, or 0 ("1, 000" split by a tokeniser leaves "000")
    kind, unit = "count", ""
    if label == "MONEY":
        kind, unit = "money", currency_code(ent, tokens)
    elif label == "PERCENT":
        kind, unit = "percent", "%"
    elif label == "QUANTITY":
        unit = (
            lengths[0].lower_
            if lengths
            else next((t.lower_ for t in reversed(tokens) if t.is_alpha and t.lower_ not in SCALES), "")
        )
        unit = "" if unit in MEASURES else unit  # "a 6.4-magnitude tremor": the word is the measure, no unit
    if distance is not None:  # "80 metres (260 feet)": the bracket converts the figure before it, no claim
        return None if is_conversion(ent) else ClaimSlot(
            **base, kind="other", measure=distance_of(distance), value=fmt_value(value or 0.0),
            unit=DISTANCE_UNITS[distance.lower_], subject=subject_of(root), time=when, update=update,
            event=event_of(root))  # fmt: skip
    if kind == "money" and (converted := converted_sum(ent)) is not None:
        root = converted  # "€110 billion ($158 billion) bailout": what the converted sum is of
    measure = "votes" if tally else measure_of(root, verb_only=False)
    if kind == "money" and (of := money_of(tokens[-1])):
        measure = MEASURES.get(
            of, of
        )  # "a $3m fine", "$3m in damages": what the sum is, over the verb paying it
    if kind == "percent" and (level := leveled_noun(root)) is not None:
        measure = MEASURES.get(lemma(level), lemma(level))  # "the deficit would fall to 2.9%": the deficit's
    if measure is None and kind in ("money", "percent"):
        measure = subject_word(root) or kind
    # the sum's first figure or currency word: "an extra" can open spaCy's MONEY span ("an extra 9 million pounds")
    first = next((t for t in ent if t.like_num or currency(t)), ent[0])
    sign = ent.doc[ent.start - 1] if ent.start and currency(ent.doc[ent.start - 1]) else first
    if kind == "money" and increment(sign):
        measure = "added " + measure  # "a further $2m": no total, so no rival to one
    if (
        measure is None
        or in_tally(ent)
        or tokens[0].lower_ == "one"
        and value == 1
        and not _one_counted(ent, measure)
    ):
        return None
    if kind == "count" and (spec := SPEC_UNITS.get(unit) or SPEC_UNITS.get(measure if not unit else "")):
        kind, unit, value = "other", spec[0], (value or 0.0) * spec[1]
        measure = spec[0] if measure in SPEC_UNITS else measure  # "16GB": the unit is all it names
    if kind == "count" and not unit:
        unit = count_rate(root)  # "60 weddings a year": a rate, kept apart from "60 firefighters"
    if kind == "money" and qualifier is None and ent.start and currency(ent.doc[ent.start - 1]):
        base["start"] = ent.doc[ent.start - 1].idx  # "$" of "$3.2bn" is outside spaCy's MONEY span
    figure = fmt_value(value or 0.0, cents=kind == "money")
    return ClaimSlot(**base, kind=kind, measure=measure, value=tally[0] if tally else figure, unit=unit,
                     subject=subject_of(root, specs=kind == "money"), time=when, update=update,
                     event=event_of(root))  # fmt: skip


def _multiplier(ent: Span) -> bool:
    """A figure that multiplies ("five times the legal limit", "three times as many"), not one that counts."""
    after = tokens(ent.doc)[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].lower_ == "times" and after[1].lower_ in _COMPARED


def _one_counted(ent: Span, measure: str) -> bool:
    """Whether "one" is a count: of a known measure ("killed one person", "1 dead"), not "one of them" or "one
    day" (it is mostly a pronoun or an article), nor "one" before another figure ("one 7.3-magnitude tremor":
    one of the things that figure measures)."""
    nxt = ent.doc[ent.end : ent.end + 1]
    return measure in MEASURES.values() and not (len(nxt) and (nxt[0].lower_ == "of" or nxt[0].like_num))


def _range_top(tokens: list[Token], label: str) -> list[Token] | None:
    """The upper figure of a range ("140 to 160", "$140-$150 million"), with the lower one's scale when only it
    has one; None when the tokens are one figure. A dash joins a range in sums only (else it is a score)."""
    seps = ("to", "-", "–") if label == "MONEY" else ("to",)
    cut = next((i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 1 and t.lower_ in seps), None)
    if cut is None or not tokens[cut - 1].like_num and tokens[cut - 1].lower_ not in SCALES:
        return None
    if tokens[cut + 1].lower_ in SCALES:
        return None  # "$137-million": a scale word hyphened to its figure, no range
    return tokens[cut + 1 :]


def _dash_top(ent: Span, label: str) -> list[Token]:
    """The higher figure of a sum's range that spaCy cut after its lower one ("$2-3 million" tags "2" alone): the
    dash or "to" after the entity and the figure and scale words after it; none for no such range."""
    doc, i = ent.doc, ent.end
    money = label == "MONEY" or ent.start and currency(doc[ent.start - 1])
    if not money or i + 1 >= len(doc) or doc[i].lower_ not in ("-", "–", "to") or not doc[i + 1].like_num:
        return []
    end = i + 1
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in SCALES):
        end += 1
    return list(doc[i:end])


def _or_top(tokens: list[Token]) -> list[Token] | None:
    """The higher figure of two joined by "or" ("three or four gunmen", "20 or 30 protesters"; the parse makes the
    second a conjunct of the first), which the pair states as a range up to it, with a currency word after it
    ("2 or 3 million dollars"); None for one figure, or when the second is no higher ("four or three"). spaCy's
    span may end on "or" or on the second figure's first word ("two or", "two or three" of "two or three
    thousand"): the lower figure is the one whose conjunct the parse names, wherever the span ends."""
    last = next((t for t in tokens if t.like_num and _or_conjunct(t) is not None), None)
    if last is None:
        return None
    top = _or_conjunct(last)
    tokens = [t for t in tokens if t.i <= last.i]
    # the conjunct's own figure words before it ("three or four hundred": "four" is a compound of "hundred")
    first = min(
        (c.i for c in top.lefts if c.like_num and c.dep_ in ("compound", "nummod") and c.i > last.i),
        default=top.i,
    )
    run = [*top.doc[first : top.i + 1], *(t for t in top.doc[top.i + 1 : top.i + 3] if t.lower_ in SCALES)]
    scale = [t for t in run if t.lower_ in SCALES]
    # a scale word ends both figures when only the second writes it: "three or four hundred" is 300 to 400
    low = read_number(tokens if any(t.lower_ in SCALES for t in tokens) else [*tokens, *scale])
    high = read_number(run)
    if low is None or high is None or high <= low:
        return None
    after = run[-1].i + 1
    return [*run, *(t for t in top.doc[after : after + 1] if currency(t) and t.is_alpha)]


def _told_count(tokens: list[Token]) -> bool:
    """Figures joined by "or" with no word of time in or after them ("two or three thousand people", not "two or
    three years"): spaCy tags such pairs DATE, but what they number is the noun the first figure modifies."""
    if not all(t.like_num or t.lower_ in ("or", *SCALES) for t in tokens) or (top := _or_top(tokens)) is None:
        return False
    low = next(t for t in tokens if _or_conjunct(t) is not None)
    counted = [low.head, *low.doc[top[-1].i + 1 : top[-1].i + 2]]
    return not any(lemma(t) in CALENDAR_WORDS or is_date_word(t) for t in counted)


def _or_conjunct(low: Token) -> Token | None:
    """The figure a figure is joined to by "or" ("three" of "two or three"), else None: its conjunct in the
    parse, or the figure written right after "or" when the parse hangs both off a scale word ("at two or three
    thousand": "two" and "three" both modify "thousand", with no conjunct)."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in low.children):
        return None
    conj = next((c for c in low.children if c.dep_ == "conj" and c.like_num), None)
    nxt = low.doc[low.i + 2 : low.i + 3]
    if (
        conj is None
        and nxt
        and low.doc[low.i + 1].lower_ == "or"
        and nxt[0].like_num
        and nxt[0].head.like_num
    ):
        conj = nxt[0].head  # the scale word the second figure is a compound of
    return conj


# every start of a qualifier ("at", "at l", "at least"): a phrase whose first word is none of them is no qualifier
_QUALIFIER_HEADS = frozenset(q[:n] for q in QUALIFIERS for n in range(1, len(q) + 1))


_PARTS_OF = ("half", "quarter")  # parts of a scale read by read_number (lexicon.measures.FACTORS)


def _fraction_of(doc_tokens: Sequence[Token], first: Token) -> list[Token]:
    """The words before a figure's scale that take a part of it ("a quarter of a million pounds", "half of a
    billion"): the entity recogniser leaves them out (it tags "a quarter" a date), and the scale read alone is the
    whole million. Empty when no such words come before; only a scale's part, never "half of the 300 staff"."""
    k = first.i
    if first.lower_ in ("a", "an") and k + 1 < len(doc_tokens):
        k += 1  # "a million dollars", spaCy's span: the scale after its article
    if doc_tokens[k].lower_ not in SCALES:
        return []
    i = k - 1 if k > 0 and doc_tokens[k - 1].lower_ in ("a", "an") else k
    if i < 2 or doc_tokens[i - 1].lower_ != "of" or doc_tokens[i - 2].lower_ not in _PARTS_OF:
        return []
    lo = i - 2
    if lo > 0 and doc_tokens[lo - 1].lower_ in ("a", "an", "one"):
        lo -= 1
    return list(doc_tokens[lo : first.i])


def _scale_noun(doc_tokens: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """Whether a figure is a number word used as a noun, counting nothing: a scale word alone after "the" ("brought
    up the hundred": a batter's century), another number word alone after "a" ("hit a six over long-on"); "a
    hundred", "the six were arrested" and "the hundred people" count."""
    first = tokens[0]
    if (
        len(tokens) != 1
        or not first.is_alpha
        or first.i == 0
        or first.dep_ in ("nummod", "quantmod", "compound")
    ):
        return False
    before = doc_tokens[first.i - 1].lower_
    scale = first.lower_ in SCALES
    return before == "the" and scale or before in ("a", "an") and not scale and first.lower_ not in FACTORS


def _part_of_next(doc_tokens: Sequence[Token], ent: Span) -> bool:
    """Whether the entity is the part word of the figure after it ("a quarter" of "a quarter of a million
    euros", which spaCy tags apart): read with that figure, no count of its own."""
    k = ent.end + 1 if ent.end < len(doc_tokens) and doc_tokens[ent.end].lower_ == "of" else 0
    if not k or k >= len(doc_tokens):
        return False
    part = _fraction_of(doc_tokens, doc_tokens[k])
    return bool(part) and part[0].i <= ent.start


def _verb_particle(t: Token) -> bool:
    """Whether an "up to" is its verb's particle and preposition ("revised up to 510,000", "risen up to 12"): the
    figure is the level the change reached, not a bound ("up to 300 people"). Only "up": "handed over 64" read
    exact made a new agreement on a kinds16 slot whose third outlet's contradiction is not found."""
    return t.lower_ == "up" and (t.dep_ == "prt" or t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"))


def _span_over(t: Token, ent: Span) -> bool:
    """Whether an "over" is the preposition whose object is a length ("rain fell over two days", "cuts made over
    two years"): the span the act took, which news tells as often as its plain length ("in 48 hours"), no lower
    bound; "jailed for over two years" and "lasted over two weeks", where the parse makes "over" the figure's
    quantifier, stay bounds."""
    if t.lower_ != "over" or t.dep_ != "prep" or ent.label_ not in ("DATE", "TIME"):
        return False
    return any(
        o.dep_ == "pobj" and ent.start <= o.i < ent.end for o in t.children
    )  # the entity may hold "over"


def _strip_qualifier(ent: Span) -> tuple[list[Token], str | None, int]:
    """The value's tokens without a leading qualifier, the qualifier (inside the entity or just before it) and
    the start of the value phrase including it."""
    doc = ent.doc
    toks = all_tokens(doc)
    for width in (3, 2, 1):
        for lo in (ent.start, ent.start - width):
            if lo < 0 or lo + width > len(toks) or toks[lo].lower_ not in _QUALIFIER_HEADS:
                continue  # a phrase's first word opens some qualifier, or the phrase is none (no span text built)
            phrase = doc[lo : lo + width].text.lower()
            after = toks[lo + width] if lo + width < len(toks) else None
            if (
                phrase in QUALIFIERS
                and (lo + width == ent.start or lo == ent.start)
                and after is not None
                and (after.like_num or currency(after) or after.lower_ in FACTORS)
            ):
                tokens = [t for t in ent if t.i >= lo + width]
                if _verb_particle(toks[lo]) or _span_over(toks[lo], ent):
                    return tokens, None, after.idx
                return tokens, QUALIFIERS[phrase], doc[lo].idx
    return list(ent), None, ent.start_char
