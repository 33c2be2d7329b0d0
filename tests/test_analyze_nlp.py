"""The parse helpers analysis leans on for speed give the answers of the slow ways they replace."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span, Token

from storyline.analyze.claim_setting import _tells_change, sentence_setting
from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import (
    children,
    doc_ents,
    doc_text,
    keep_text,
    lemma,
    lemmas,
    parse,
    release,
    same_sentence,
    sentence_of,
    sentences,
    token_lemmas,
    tokens,
    word_ids,
)
from storyline.analyze.per_article import analyze_one
from storyline.analyze.roles import ROLE_RE, _role_matches, find_roles
from storyline.lexicon.whole_words import has_whole_word, whole_word_hits
from storyline.model import Article
from storyline.settings import DEFAULTS

TEXT = (
    "Police arrested Dana Whitlow in Port Ellison on Monday. She did not resist.\n"
    "The ferry was stopped at the pier, officials said. It may sail again soon."
)


def test_same_sentence_agrees_with_token_sent():
    (doc,) = parse([TEXT])
    assert len(list(doc.sents)) >= 4
    for a in doc:
        for b in doc:
            assert same_sentence(a, b) == (a.sent == b.sent), (a.text, b.text)


def test_sentence_of_is_token_and_span_sent():
    (doc,) = parse([TEXT])
    for t in doc:
        assert (sentence_of(t).start, sentence_of(t).end) == (t.sent.start, t.sent.end), t.text
    for a in range(len(doc)):
        span = doc[a : a + 3]
        assert (sentence_of(span).start, sentence_of(span).end) == (span.sent.start, span.sent.end)
    assert sentence_of(doc[0]) is sentence_of(doc[1])  # one span per sentence, kept
    assert sentence_of(doc[0]) is not sentence_of(doc[-1])


def test_word_ids_pick_the_tokens_of_those_lower_case_words():
    (doc,) = parse(["No one saw a man. NO ONE saw An owl; nobody knew."])
    ids = word_ids(doc, ("no", "one", "an"))
    assert [t.text for t in doc if t.lower in ids] == ["No", "one", "NO", "ONE", "An"]


def test_tokens_are_the_docs_built_once_and_released():
    (doc,) = parse([TEXT])
    kept = tokens(doc)
    assert [(t.i, t.text, t.idx) for t in kept] == [(t.i, t.text, t.idx) for t in doc]
    assert tokens(doc) is kept  # one list per doc, not one per reader
    release(doc)
    assert tokens(doc) is not kept and tokens(doc) == kept


def test_children_are_each_tokens_children_in_text_order_and_released():
    (doc,) = parse([TEXT])
    assert [[c.i for c in children(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    verb = next(t for t in doc if t.text == "arrested")
    assert [c.text for c in children(verb)] == ["Police", "Whitlow", "on", "."]
    kept = children(verb)
    assert children(doc[verb.i]) is kept  # one table per doc
    release(doc)
    assert children(verb) is not kept and [c.i for c in children(verb)] == [c.i for c in kept]


def test_a_sentences_change_is_read_from_its_cue_words_as_from_every_word():
    text = (
        "The toll now stands at 12. Sales were up from 40 to 52 in May. Officials had earlier said 3 died. "
        "Two hikers walked up the hill with 2 dogs. The mayor now lives in Port Ellison with 4 cats."
    )
    (doc,) = parse([text])
    found = [sentence_setting(s, [])[1] for s in doc.sents]
    assert found == [any(map(_tells_change, s)) for s in doc.sents]
    assert found == [True, True, True, False, False]


def test_sentences_are_the_docs_spans_built_once_and_released():
    (doc,) = parse([TEXT])
    kept = sentences(doc)
    assert [(s.start, s.end) for s in kept] == [(s.start, s.end) for s in doc.sents]
    assert len(kept) == 4 and sentences(doc) is kept
    assert sentence_of(doc[-2]) is kept[-1]
    release(doc)
    assert sentences(doc) is not kept


def test_doc_text_is_the_docs_text_joined_once():
    (doc,) = parse([TEXT])
    kept = doc_text(doc)
    assert kept == doc.text == TEXT
    assert doc_text(doc) is kept


def test_a_kept_text_is_the_parsed_one_and_a_cut_parse_keeps_its_own():
    (doc,) = parse([TEXT])
    keep_text(doc, TEXT + " More words after the cut.")  # as a body parsed only up to spaCy's limit
    assert doc_text(doc) == TEXT
    (doc,) = parse([TEXT])
    body = "".join(TEXT)  # an equal string, not the one parsed
    keep_text(doc, body)
    assert doc_text(doc) is body


def test_token_lemmas_are_each_tokens_lemma_read_once():
    (doc,) = parse(["Two men were charged with robbing the bank and died of their wounds."])
    kept = token_lemmas(doc)
    assert kept == [lemma(t) for t in doc]
    assert {"charge", "rob", "die", "wound"} <= set(kept)
    assert token_lemmas(doc) is kept


def test_analysis_keeps_no_tokens_on_the_doc():
    """Kept tokens hold their doc in a cycle: an analysed doc must carry none, or a build holds every parse."""
    (doc,) = parse([TEXT])
    article = Article(id="a", source="t", body=TEXT, published=datetime(2020, 1, 1, tzinfo=UTC))
    assert any(m.text == "Dana Whitlow" for m in analyze_one(article, doc, DEFAULTS.analyze).mentions)
    kept = [
        v
        for v in doc.user_data.values()
        if isinstance(v, list | tuple) and v and isinstance(v[0], Token | Span)
    ]
    assert kept == []


def test_doc_ents_are_the_docs_spans_built_once_and_released():
    (doc,) = parse([TEXT])
    kept = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in kept] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert any(e.text == "Dana Whitlow" for e in kept)
    assert doc_ents(doc) is kept
    release(doc)
    assert doc_ents(doc) is not kept


def test_roles_found_whatever_the_case_and_none_without_a_title_word():
    body = "The FOREIGN SECRETARY met the prime minister. Then the Taoiseach spoke to the press."
    assert [m.text for m in find_roles("a", body)] == [
        "The FOREIGN SECRETARY",
        "the prime minister",
        "the Taoiseach",
    ]
    assert find_roles("a", "The ferry was stopped at the pier, officials said.") == []


def test_an_ambiguous_verb_form_keeps_every_lemma_the_rules_allow():
    (doc,) = parse(["The agency rated the claim false and warned voters."])
    rated, warned = doc[2], doc[7]
    assert "rate" in lemmas(rated) and lemma(rated) == lemmas(rated)[0]
    assert lemmas(warned) == ("warn",)


def test_the_present_forms_of_be_are_be():
    """The tagger marks "are" and "'m" VBP, the base-form tag of other verbs: read as their own lemmas they were
    a verb "are" a figure measured ("202 are under 45" a count of "are") and no linking verb."""
    (doc,) = parse(["Of 288 candidates, 202 are women and I'm told they're ready."])
    assert {t.text: lemma(t) for t in doc if t.tag_ == "VBP"} == {"are": "be", "'m": "be", "'re": "be"}
    assert not [c for c in find_claims("a", doc, []) if c.measure == "are"]


_TEXT_CHARS = st.sampled_from(list("Ann Anna_n'-.é1 \n"))


@given(
    word=st.sampled_from(["Ann", "Anna", "O'Ann", "Ann.", "An_n", "n.n", ""]),
    text=st.text(_TEXT_CHARS, max_size=40),
)
@example(word="n.n", text="n.n.n")  # hits that would overlap: the regex takes the first only
@settings(max_examples=400, derandomize=True, deadline=None)
def test_whole_word_hits_are_the_regex_ones(word, text):
    """The surname finder's str.find walk matches where the word-bounded pattern it replaced matched."""
    expected = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(whole_word_hits(word, text)) == expected
    assert has_whole_word(word, text) == bool(expected)


_ROLE_PIECES = st.sampled_from(
    ["the ", "The ", "former ", "UK ", "U.S. ", "America's ", "President", "prime  minister", "Mayor of ", "Ayr",
     "Ayr2", "_", ", ", "\t", "\n", "-", "Secretary of State for Trade and Energy", "Vice-President",
     "Attorney General", "Foreign\nSecretary", "Labour leader", "then ", "Taoiseach", "1", "é", "ſpeaker"]
)  # fmt: skip


@given(pieces=st.lists(_ROLE_PIECES, max_size=14))
@example(pieces=["The ", "UK ", "Foreign\nSecretary", ", ", "the ", "Mayor of ", "Ayr2"])
@settings(max_examples=400, derandomize=True, deadline=None)
def test_role_matches_are_the_whole_body_search(pieces):
    """Searching only the stretches that hold a title word finds what searching the whole body found."""
    body = "".join(pieces)
    spans = [(m.span(), m.groupdict()) for m in ROLE_RE.finditer(body)]
    assert [(m.span(), m.groupdict()) for m in _role_matches(body)] == spans
