"""Exact and near-duplicate detection (MinHash LSH), incremental and persistable without pickle.

Kinds of duplicate group, from the weakest link between a member and the copy it matched:
  * ``exact``      the normalised bodies are identical (same ``text_id``);
  * ``syndicated`` a near-verbatim copy: estimated word-shingle Jaccard >= ``syndicated_threshold``
                   (a wire story reprinted with a new headline, byline, a trimmed or added sentence);
  * ``near``       a light rewrite: ``near_threshold`` <= Jaccard < ``syndicated_threshold``
                   (a changed paragraph, reordered or reworded sentences, same text underneath), or a heavier
                   rewrite retrieved at ``candidate_threshold`` <= Jaccard and verified by sentence alignment.
Two stages: LSH retrieves candidates at ``candidate_threshold``; below ``near_threshold`` a candidate is kept only
when most of the shorter article's sentences have a reworded match in the other *in the same order* (a longest
common subsequence). Another report of the same event shares quotes and facts, but not the sentence sequence.
Per article we keep, besides the MinHash signature, one 16-bit hash per distinct word of each sentence.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import blake2b

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.cluster.hierarchy import DisjointSet

from storyline.errors import SettingsError, StorylineError
from storyline.ids import text_id
from storyline.lexicon.sentences import sentences
from storyline.model import Article, DuplicateGroup
from storyline.settings import DedupSettings

_WORD = re.compile(r"\w+")
_FORMAT = 2
_SCHEME = "affine32"  # datasketch's default hashing scheme; stored signatures are only valid under it


def shingles(body: str, size: int) -> set[bytes]:
    """Word ``size``-grams of the case-folded body (the whole text as one shingle when shorter)."""
    words = _WORD.findall(body.casefold())
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def sentence_sketches(body: str, min_words: int) -> tuple[np.ndarray, np.ndarray]:
    """(16-bit hashes of each sentence's distinct words, concatenated; word count per sentence): a compact,
    order-preserving sketch of the text for alignment (a word-hash collision costs ~1/65536 of an overlap)."""
    words: list[int] = []
    sizes: list[int] = []
    for sentence in sentences(body):
        hashes = sorted({zlib.crc32(w.encode()) & 0xFFFF for w in _WORD.findall(sentence.casefold())})
        if len(hashes) >= min_words:
            words += hashes
            sizes.append(len(hashes))
    return np.array(words, np.uint16), np.array(sizes, np.uint16)


def _sentence_sets(sketch: tuple[np.ndarray, np.ndarray]) -> list[frozenset[int]]:
    words, sizes = sketch
    ends = np.cumsum(sizes, dtype=np.int64)
    flat = words.tolist()
    return [frozenset(flat[e - n : e]) for e, n in zip(ends.tolist(), sizes.tolist(), strict=True)]


def aligned_words(a: list[frozenset[int]], b: list[frozenset[int]], match: float) -> int:
    """Heaviest common subsequence of sentences (weight: the words of ``a``'s sentence), two sentences matching
    when their word-set Jaccard >= ``match``: how much of ``a`` reappears, reworded at most, in the same order."""
    prev = [0] * (len(b) + 1)
    for sa in a:
        cur = [0] * (len(b) + 1)
        na = len(sa)
        for j, sb in enumerate(b):
            inter = len(sa & sb)
            if inter and inter >= match * (na + len(sb) - inter):
                cur[j + 1] = prev[j] + na
            else:
                cur[j + 1] = max(prev[j + 1], cur[j])
        prev = cur
    return prev[-1]


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


_EMPTY = (np.zeros(0, np.uint16), np.zeros(0, np.uint16))


def shingle_key(settings: DedupSettings) -> list[int | str]:
    """What stored signatures and sketches depend on: an index built under another key cannot be extended."""
    return [_FORMAT, settings.shingle_size, settings.num_perm, settings.min_sentence_words, _SCHEME]


def check_shingles(stored: list[int | str], settings: DedupSettings) -> None:
    """Refuse a stored index whose shingle key is not ``settings``' one."""
    if stored != shingle_key(settings):
        raise StorylineError(
            "duplicate index was built with other shingle settings; run `storyline build --rebuild`"
        )


@dataclass
class Entry:
    article_id: str
    text_hash: str
    published: datetime | None
    seen: int
    link_sim: float  # 1.0 for exact copies / first copies, estimated Jaccard to the copy it matched


def _lsh(settings: DedupSettings) -> MinHashLSH:
    """The LSH index; datasketch refuses some threshold/permutation pairs, reported as a bad setting."""
    threshold = min(settings.candidate_threshold, settings.near_threshold)
    try:
        return MinHashLSH(threshold=threshold, num_perm=settings.num_perm)
    except ValueError as exc:
        raise SettingsError(
            f"dedup.candidate_threshold/near_threshold {threshold} with dedup.num_perm {settings.num_perm}: {exc}"
        ) from None


class DuplicateIndex:
    """Exact + near-duplicate detection with datasketch MinHashLSH; incremental."""

    def __init__(self, settings: DedupSettings = DedupSettings()) -> None:  # noqa: B008 - frozen
        self.settings = settings
        self._entries: list[Entry] = []
        self._by_id: dict[str, int] = {}
        self._by_hash: dict[str, int] = {}
        self._hashvalues: list[np.ndarray] = []
        self._sketches: list[tuple[np.ndarray, np.ndarray]] = []
        self._copies: DisjointSet[int] = DisjointSet()  # entry indices, one set per duplicate group
        self._canonical: dict[
            int, int
        ] = {}  # set root -> its canonical entry (earliest published, first seen)
        self._lsh = _lsh(settings)
        # the arrival number of the next article (entries restored from a store keep theirs)
        self.arrivals = 0
        self._prepared: dict[str, tuple[str, MinHash]] = {}  # article -> (text id, MinHash) worked out ahead
        # the hash permutations, drawn once: MinHash draws them again per instance (most of loading an index)
        self._perms = MinHash(num_perm=settings.num_perm, scheme=_SCHEME).permutations

    def _find(self, i: int) -> int:
        """The canonical entry of ``i``'s group."""
        return self._canonical[self._copies[i]]

    def _key(self, i: int) -> tuple[bool, datetime, int]:
        e = self._entries[i]
        return (e.published is None, e.published or datetime.min.replace(tzinfo=UTC), e.seen)

    def _minhash(self, body: str) -> MinHash:
        m = MinHash(num_perm=self.settings.num_perm, permutations=self._perms, scheme=_SCHEME)
        m.update_batch(list(shingles(body, self.settings.shingle_size)))
        return m

    def _rewrite(self, a: list[frozenset[int]], j: int) -> bool:
        """Verification: enough of the shorter article's sentences reappear, reworded at most, in the same order."""
        b = _sentence_sets(self._sketches[j])
        size_a, size_b = sum(map(len, a)), sum(map(len, b))
        if size_b < size_a:
            a, b, size_a = b, a, size_b
        if len(a) < self.settings.min_sentences:
            return False
        return aligned_words(a, b, self.settings.sentence_match) >= self.settings.align_threshold * size_a

    def _add_entry(self, entry: Entry) -> int:
        idx = len(self._entries)
        self._entries.append(entry)
        self._by_id[entry.article_id] = idx
        self._copies.add(idx)
        self._canonical[idx] = idx
        return idx

    def _union(self, i: int, j: int) -> None:
        ci, cj = self._find(i), self._find(j)
        if ci != cj:
            self._copies.merge(i, j)
            self._canonical[self._copies[i]] = min(ci, cj, key=self._key)

    def add(self, article_id: str, body: str, published: datetime | None) -> str | None:
        """Index one article; return the id of the canonical (earliest published, then first seen) copy it
        duplicates, or None (also when this article itself is, or becomes, the canonical copy)."""
        if article_id in self._by_id:
            root = self._find(self._by_id[article_id])
            return None if self._entries[root].article_id == article_id else self._entries[root].article_id
        # everything computed from the body comes first: a body that breaks it leaves the index as it was
        th, mh = self._prepared.pop(article_id, None) or self.prepare(article_id, body)
        copy = th in self._by_hash
        # a copy is never a candidate: its first copy stands for it
        sketch = _EMPTY if copy else sentence_sketches(body, self.settings.min_sentence_words)
        entry = Entry(article_id, th, _utc(published), self.arrivals, 1.0)
        idx = self._add_entry(entry)
        self.arrivals += 1
        self._hashvalues.append(mh.hashvalues)
        self._sketches.append(sketch)
        if copy:
            self._union(self._by_hash[th], idx)
        else:
            self._by_hash[th] = idx
            best, best_sim = -1, 0.0
            mine: list[frozenset[int]] | None = (
                None  # this article's sentence sets, built for the first candidate
            )
            found = [int(key) for key in self._lsh.query(mh)]
            # estimated Jaccard with every candidate at once: the share of equal signature slots
            sims = (
                (np.stack([self._hashvalues[j] for j in found]) == mh.hashvalues).mean(axis=1)
                if found
                else []
            )
            for j, sim in zip(found, map(float, sims), strict=True):
                if sim < self.settings.near_threshold:
                    if sim < self.settings.candidate_threshold:
                        continue
                    mine = mine if mine is not None else _sentence_sets(self._sketches[idx])
                    if not self._rewrite(mine, j):
                        continue
                if sim > best_sim:
                    best, best_sim = j, sim
                self._union(j, idx)
            if best >= 0:
                entry.link_sim = best_sim
            self._lsh.insert(str(idx), mh)
        root = self._find(idx)
        return None if root == idx else self._entries[root].article_id

    def prepare(self, article_id: str, body: str) -> tuple[str, MinHash]:
        """The text id and MinHash ``add`` will use for this article, worked out now (a stored index first looks
        up what they can match: dedup_state.py); returns them."""
        found = self._prepared[article_id] = (text_id(body), self._minhash(body))
        return found

    def band_keys(self, hashvalues: np.ndarray) -> list[str]:
        """The LSH buckets a signature falls in, as short stable keys: two signatures are candidates exactly
        when they share one (a 64-bit digest of a band, so a collision adds a candidate every 2**64 pairs)."""
        values = hashvalues.astype(np.uint64)
        return [
            f"{band}.{blake2b(values[start:end].tobytes(), digest_size=8).hexdigest()}"
            for band, (start, end) in enumerate(self._lsh.hashranges)
        ]

    def restore(
        self, entry: Entry, hashvalues: np.ndarray, sketch: tuple[np.ndarray, np.ndarray], first: bool
    ) -> None:
        """Put back a stored entry (in arrival order); ``first``: the first copy of its text, an LSH candidate."""
        idx = self._add_entry(entry)
        self._hashvalues.append(hashvalues)
        self._sketches.append(sketch)
        self.arrivals = max(self.arrivals, entry.seen + 1)
        if first:
            self._by_hash[entry.text_hash] = idx
            mh = MinHash(
                self.settings.num_perm, hashvalues=hashvalues, permutations=self._perms, scheme=_SCHEME
            )
            self._lsh.insert(str(idx), mh)

    def join(self, article_ids: Sequence[str]) -> None:
        """Group known articles as one set of copies (a stored group, put back)."""
        for aid in article_ids[1:]:
            self._union(self._by_id[article_ids[0]], self._by_id[aid])

    def entries(self) -> Iterator[tuple[Entry, np.ndarray, tuple[np.ndarray, np.ndarray], bool, str]]:
        """Every entry with its signature, sketch, whether it is its text's first copy and its group's key (the
        id of the group's earliest arrival), for writing the index out."""
        first_seen: dict[int, int] = {}
        for i in range(len(self._entries)):
            root = self._copies[i]
            if root not in first_seen or self._entries[i].seen < self._entries[first_seen[root]].seen:
                first_seen[root] = i
        for i, e in enumerate(self._entries):
            group = self._entries[first_seen[self._copies[i]]].article_id
            yield e, self._hashvalues[i], self._sketches[i], self._by_hash.get(e.text_hash) == i, group

    def canonical(self, article_id: str) -> str:
        """The canonical copy's id of a known article (itself when it has no duplicates)."""
        return self._entries[self._find(self._by_id[article_id])].article_id

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def group_of(self, article_id: str) -> list[str]:
        """The copies grouped with a known article (itself included): canonical first, then arrival order."""
        idx = self._by_id[article_id]
        root = self._find(idx)
        rest = sorted((i for i in self._copies.subset(idx) if i != root), key=lambda i: self._entries[i].seen)
        return [self._entries[i].article_id for i in [root, *rest]]

    def groups(self) -> list[DuplicateGroup]:
        """Every group of two or more copies, canonical first, members in arrival order."""
        members: dict[int, list[int]] = {}
        for i in range(len(self._entries)):
            members.setdefault(self._find(i), []).append(i)
        out = []
        for root, idxs in members.items():
            if len(idxs) < 2:
                continue
            weakest = min(self._entries[i].link_sim for i in idxs if i != root)
            if weakest >= 1.0 and len({self._entries[i].text_hash for i in idxs}) == 1:
                kind = "exact"
            elif weakest >= self.settings.syndicated_threshold:
                kind = "syndicated"
            else:
                kind = "near"
            ordered = [root] + [i for i in idxs if i != root]
            out.append(
                DuplicateGroup(
                    self._entries[root].article_id, tuple(self._entries[i].article_id for i in ordered), kind
                )
            )
        return out

    def to_bytes(self) -> bytes:
        """Serialise as an npz archive (MinHash signatures, sentence sketches + a JSON table); no pickle."""
        meta = {
            "format": _FORMAT,
            "shingle_size": self.settings.shingle_size,
            "num_perm": self.settings.num_perm,
            "min_sentence_words": self.settings.min_sentence_words,
            "scheme": _SCHEME,
            "entries": [
                [
                    e.article_id,
                    e.text_hash,
                    e.published.isoformat() if e.published else None,
                    self._find(i),
                    e.link_sim,
                ]
                for i, e in enumerate(self._entries)
            ],
        }
        sig = (
            np.stack(self._hashvalues)
            if self._hashvalues
            else np.zeros((0, self.settings.num_perm), np.uint32)
        )
        sketches = self._sketches
        words = np.concatenate([w for w, _ in sketches]) if sketches else _EMPTY[0]
        sizes = np.concatenate([s for _, s in sketches]) if sketches else _EMPTY[1]
        counts = np.array([len(s) for _, s in sketches], np.uint32)
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            sig=sig,
            words=words,
            sizes=sizes,
            counts=counts,
            meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, settings: DedupSettings = DedupSettings()) -> DuplicateIndex:  # noqa: B008 - frozen
        """Restore an index written by ``to_bytes``; refuses one built with other shingling parameters."""
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode())
            if meta.get("format") != _FORMAT:
                raise StorylineError(
                    "duplicate index was written by another storyline version; run `storyline build --rebuild`"
                )
            sig, words, sizes, counts = z["sig"], z["words"], z["sizes"], z["counts"]
        # indexes written before min_sentence_words was recorded used the default
        stored_min = meta.get("min_sentence_words", DedupSettings().min_sentence_words)
        check_shingles(
            [_FORMAT, meta["shingle_size"], meta["num_perm"], stored_min, meta["scheme"]], settings
        )
        index = cls(settings)
        index.arrivals = len(meta["entries"])
        sent_end = np.cumsum(counts, dtype=np.int64)
        word_end = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])
        for s1, n in zip(sent_end.tolist(), counts.tolist(), strict=True):
            s0 = s1 - n
            index._sketches.append((words[word_end[s0] : word_end[s1]], sizes[s0:s1]))
        entries = meta["entries"]
        for i, (aid, th, pub, _, sim) in enumerate(entries):
            index._add_entry(Entry(aid, th, datetime.fromisoformat(pub) if pub else None, i, sim))
            hv = sig[i]
            index._hashvalues.append(hv)
            if th not in index._by_hash:
                index._by_hash[th] = i
                index._lsh.insert(
                    str(i),
                    MinHash(
                        num_perm=settings.num_perm, hashvalues=hv, permutations=index._perms, scheme=_SCHEME
                    ),
                )
        for i, (_, _, _, linked, _) in enumerate(entries):
            index._union(
                i, linked
            )  # an older index stored a parent on the way to the canonical copy: same sets
        return index


def printed_date(article: Article) -> datetime | None:
    """The date an article competes with to be its group's canonical (first) copy: an inferred date is no evidence
    of being first, only a printed one is."""
    return None if article.published_inferred else article.published


def canonical_copies(
    articles: Sequence[Article],
    settings: DedupSettings = DedupSettings(),  # noqa: B008 - frozen
) -> dict[str, str]:
    """Each copy's canonical article id among ``articles`` (grouped in this arrival order, as ``storyline build``
    groups them): the ``canonical`` map a briefing of articles analysed outside a store needs, so that syndicated
    copies count as one outlet there too (the evaluations)."""
    index = DuplicateIndex(settings)
    for a in articles:
        index.add(a.id, a.body, printed_date(a))
    return {a.id: c for a in articles if (c := index.canonical(a.id)) != a.id}
