"""Money figures: currencies from babel's tables (symbols, codes, names), glued symbols, what a sum is of."""

from __future__ import annotations

from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse


def _money(text: str):
    (doc,) = parse([text])
    found = [c for c in find_claims("a", doc, []) if c.kind == "money"]
    assert len(found) == 1, found
    return text[found[0].start : found[0].end], found[0]


def test_a_symbol_glued_to_its_figure_is_split_and_named():
    span, fine = _money("The company was fined NZ$4 million by the regulator.")
    assert (span, fine.value, fine.unit) == ("NZ$4 million", "4000000", "NZD")
    assert _money("The bank was fined HK$2 billion on Monday.")[1].value == "2000000000"


def test_dollar_prefixes_codes_and_names_give_their_currency():
    assert _money("Investors lost A$3.2bn in the collapse.")[1].unit == "AUD"
    assert _money("The budget was set at CHF 40 million.")[1].unit == "CHF"
    assert _money("The firm paid 30 million yuan in compensation.")[1].unit == "CNY"
    assert _money("The council approved a ₹5 crore budget.")[1].unit == "INR"
    assert _money("The deal is worth $3.2bn, officials said.")[1].unit == "USD"


def test_a_code_that_is_a_word_is_no_currency():
    (doc,) = parse(["ALL 40 people were rescued."])
    assert [c.kind for c in find_claims("a", doc, [])] == ["count"]


def test_what_a_sum_is_of_comes_before_the_verb_paying_it():
    assert _money("He was ordered to pay a $3m fine.")[1].measure == "fine"
    assert _money("The kidnappers demanded a $5 million ransom.")[1].measure == "ransom"
    assert _money("The jury awarded her $3 million in damages.")[1].measure == "damage"
    assert _money("The council approved a ₹5 crore budget.")[1].measure == "budget"


def test_a_further_sum_is_no_total():
    added = _money("The club agreed a further $2m for the stadium.")[1]
    total = _money("The club agreed $5m for the stadium.")[1]
    assert added.measure != total.measure
    assert _money("The club agreed more than $2m for the stadium.")[1].measure == total.measure


def test_a_glued_scale_is_no_word_of_the_event():
    assert "m" not in _money("The firm raised $60m from investors.")[1].event.split()


def test_two_sums_in_one_entity_are_two_figures_not_their_product():
    (doc,) = parse(["The new tablets will cost between $1799 and $2199 each."])
    assert sorted(c.value for c in find_claims("a", doc, []) if c.kind == "money") == ["1799", "2199"]


def test_a_price_keeps_its_cents():
    assert _money("Prices begin at $119.99 with a plan.")[1].value == "119.99"


def test_a_glued_scale_taken_for_a_rank_and_a_hyphened_number_word_are_sums():
    cut = _money("The government wants to cut 30bn euros from its deficit.")[1]
    assert (cut.value, cut.unit) == ("30000000000", "EUR")
    assert _money("Repairs to the pier could run to one-million dollars.")[1].value == "1000000"


def test_fined_a_fine_and_a_penalty_are_one_measure():
    fined = _money("The company was fined NZ$4 million by the regulator.")[1]
    fine = _money("The regulator imposed a NZ$4.5m fine on the company.")[1]
    penalty = _money("The regulator imposed a NZ$4.5m penalty on the company.")[1]
    assert fined.measure == fine.measure == penalty.measure == "fine"


def test_odd_money_text_never_raises_and_reads_no_impossible_figure():
    odd = ["HK$1e999 billion", "NZ$4$5 million and or and $", "₹₹5 crore and ₹", "NZ$4.5.6m", "A$", "9.99am"]
    for doc in parse(odd):
        claims = find_claims("a", doc, [])
        assert all(c.value not in ("inf", "09:99") for c in claims)
    (doc,) = parse(["Prices are between $1 and $2 and $3 and $4."])
    assert [c.value for c in find_claims("a", doc, []) if c.kind == "money"] == ["1", "2", "3", "4"]


def test_a_part_of_a_scale_is_read_with_the_figure_after_it():
    span, sale = _money("The painting sold for a quarter of a million pounds on Tuesday.")
    assert (span, sale.value) == ("a quarter of a million pounds", "250000")
    span, cost = _money("The repairs cost a quarter of a million euros, officials said.")
    assert (span, cost.value) == ("a quarter of a million euros", "250000")
    assert _money("The firm raised one half of a billion euros last year.")[1].value == "500000000"
    (doc,) = parse(["The repairs cost a quarter of a million euros, officials said."])
    assert [c.kind for c in find_claims("a", doc, [])] == ["money"]  # "a quarter" is no count of its own


def test_a_part_of_a_counted_group_leaves_the_group_whole():
    (doc,) = parse(["Half of the 300 staff lost their jobs, the union said."])
    assert "300" in [c.value for c in find_claims("a", doc, []) if c.kind == "count"]


def test_a_sum_converted_in_brackets_is_of_what_the_sum_before_it_is_of():
    (doc,) = parse(["The club paid £40 million ($52 million) for the striker on Monday."])
    sums = [(c.value, c.unit, c.measure) for c in find_claims("a", doc, []) if c.kind == "money"]
    assert sums == [("40000000", "GBP", "pay"), ("52000000", "USD", "pay")]
    (doc,) = parse(["The club paid £40 million for the striker (the old record was £30 million)."])
    assert [c.measure for c in find_claims("a", doc, []) if c.kind == "money"] == ["pay", "record"]
