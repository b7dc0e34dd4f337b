"""Near-duplicate clusters: MinHash over word shingles, with LSH bands kept in SQLite.

The same story is often syndicated: a province department's report reappears on a district
portal with another headline, a lead paragraph added or a caption changed. Exact hashes miss
that; the Jaccard similarity of the bodies' 5-word shingles does not. A signature of
`PERMUTATIONS` minima estimates it; its `BANDS` bands of `ROWS` values are indexed, so only
articles sharing a band are compared (the LSH threshold, (1/BANDS)**(1/ROWS), is about 0.5).
A new article joins the cluster of its most similar stored article when the estimated
similarity reaches `THRESHOLD`, else it starts its own (cluster id = its article id).

A band bucket shared by many articles is boilerplate (a portal's template sentences), and its
members were clustered when they arrived; only its `BUCKET_SAMPLE` newest members are compared,
so placing an article costs the same in a store of a thousand or a million articles.

Band rows are keyed by hash values, so each of an article's 16 lands on its own page of the index: at
100k articles a commit of 500 rewrote 5,400 pages of `minhash_bands`, 47 % of all it wrote. New rows go
to `minhash_bands_recent` instead (schema 12), whose few pages are rewritten at each commit, and move to
`minhash_bands` in key order once it holds as many rows as the store has articles (at least
RECENT_BANDS), rewriting each page of the index once per move; lookups read both. Indexing 100k
articles, old and new code back to back: commits and band writes 26.6 -> 22.6 s of the 95 s; building
100k and 1M stores side by side, one per core: 1,014 -> 1,087 and 620 -> 714 articles/s.

Hashing is numpy arithmetic over the folded text's UTF-16 code units (signature scheme 3, store schema
11): a table marks the word characters (`\\w`: letters, digits, underscore), each word's hash is a
polynomial of its code units taken from one running sum (modulo 2**64, so a word's slice of the sum is
brought back to its own start by an inverse power), a shingle's hash is a polynomial of its words'
hashes, and the permutations are multiply-shift hashes. Scheme 2 (schema 5-10) found the words with a
regex and hashed them one by one with CRC-32: 160 -> 90 us per synthetic article, indexing 10k articles
-10 % CPU. Scheme 1 (blake2b per shingle, schema 2-4) cost ten times more. Signatures of two schemes do
not compare, so index_config/sqlite/011_*.sql recomputes those of an older store, whatever its scheme.
Measured with scheme 3 on the 53 articles `cchc demo` stores: the syndicated pair scores 0.73 (one
report under two headlines, its wording changed in places), every other pair at most 0.125 though many
share topic and boilerplate; 0.5 leaves a margin on both sides (tests/test_crawl_incremental.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from cchc.vntext import fold

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.5
BUCKET_SAMPLE = 8
BAND_TABLES = ("minhash_bands", "minhash_bands_recent")
RECENT_BANDS = 65_536  # band rows kept apart before a merge, at least (see the module docstring)
_rng = np.random.default_rng(20240501)  # fixed seed: signatures must stay comparable across runs
_UINT64 = np.iinfo(np.uint64).max


def _odd_multipliers(shape: tuple[int, ...]) -> np.ndarray:
    return _rng.integers(0, _UINT64, shape, dtype=np.uint64, endpoint=True) | np.uint64(1)


_WORD_MIX = _odd_multipliers(())  # shingle hash = polynomial of word hashes in this multiplier
_A = _odd_multipliers((PERMUTATIONS, 1))  # permutation i: (A[i] * h + B[i]) >> 32, mod 2**64
_B = _rng.integers(0, _UINT64, (PERMUTATIONS, 1), dtype=np.uint64, endpoint=True)
_BAND_MIX = _odd_multipliers((ROWS,))
_WORD_UNIT = np.array([chr(u).isalnum() or u == 0x5F for u in range(0x10000)])  # surrogates: not words
_UNIT_BASE = _odd_multipliers(())  # word hash = polynomial of its code units in this odd (invertible) base
_UNIT_BASE_INVERSE = np.uint64(pow(int(_UNIT_BASE), -1, 2**64))
_WORD_SCRAMBLE = np.uint64(0xBF58476D1CE4E5B9)  # splitmix64's: a word's hash no longer linear in its units
_FMIX = np.array([0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53], dtype=np.uint64)


class _Powers:
    """base**i and base**-i for i < length, grown by doubling for the longest text met so far (one
    attribute holds both, so a thread never sees one grown and the other not)."""

    def __init__(self) -> None:
        self.tables = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))

    def upto(self, length: int) -> tuple[np.ndarray, np.ndarray]:
        up, down = self.tables
        if length > up.size:
            size = max(length, 2 * up.size, 4096)
            powers = np.repeat(np.array([[_UNIT_BASE], [_UNIT_BASE_INVERSE]], dtype=np.uint64), size, axis=1)
            powers[:, 0] = 1
            up, down = np.cumprod(powers, axis=1)
            self.tables = (up, down)
        return up[:length], down[:length]


_powers = _Powers()


def shingle_hashes(folded: str) -> np.ndarray:
    """64-bit hashes of the overlapping 5-word sequences of an accent-folded body (copies re-typed without
    marks still match); a body shorter than 5 words is one shingle. Repeats are kept: they change no minimum."""
    units = np.frombuffer(folded.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    edges = np.flatnonzero(np.diff(_WORD_UNIT[units], prepend=False, append=False))
    starts, ends = edges[0::2], edges[1::2]  # a word's first unit, and the unit after its last
    up, down = _powers.upto(units.size)
    running = np.zeros(units.size + 1, dtype=np.uint64)
    np.cumsum(units * up, out=running[1:])  # running[i] = sum of unit j * base**j for j < i
    words_hashed = (running[ends] - running[starts]) * down[starts]
    words_hashed *= _WORD_SCRAMBLE
    words_hashed ^= words_hashed >> np.uint64(29)
    width = min(SHINGLE_WORDS, words_hashed.size)
    count = words_hashed.size - width + 1
    hashes = np.zeros(count if words_hashed.size else 0, dtype=np.uint64)
    for offset in range(width):
        hashes = hashes * _WORD_MIX + words_hashed[offset : offset + count]
    # murmur3's finaliser: every bit of a shingle's hash depends on every word, which the permutations'
    # minima need (with one xor-shift only, Jaccard estimates of 300 generated pairs were 0.026 low).
    hashes ^= hashes >> np.uint64(33)
    hashes *= _FMIX[0]
    hashes ^= hashes >> np.uint64(33)
    hashes *= _FMIX[1]
    return hashes ^ (hashes >> np.uint64(33))


def signature(folded: str) -> np.ndarray | None:
    """MinHash signature (a 32-bit minimum per permutation) of an accent-folded body, or None for a body
    without words."""
    hashes = shingle_hashes(folded)
    if not hashes.size:
        return None
    # In place, and shifted after the minimum (a shift keeps the order): one PERMUTATIONS x shingles
    # array instead of three, 205 -> 169 us per synthetic article, same values.
    permuted = np.multiply(_A, hashes[np.newaxis, :])
    permuted += _B
    return (permuted.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def band_values(sig: np.ndarray) -> list[int]:
    """One 56-bit value per band (fits SQLite's signed INTEGER): equal bands give equal values."""
    mixed = (sig.reshape(BANDS, ROWS) * _BAND_MIX).sum(axis=1, dtype=np.uint64)
    return ((mixed ^ (mixed >> np.uint64(31))) >> np.uint64(8)).tolist()


def minhash_blob(body: str) -> bytes | None:
    """The signature as stored in `article_clusters.minhash`; SQL function in migrations."""
    sig = signature(fold(body))
    return _blob(sig) if sig is not None else None


def _blob(sig: np.ndarray) -> bytes:
    """Little-endian uint32s since scheme 3 (uint64s before, their high halves zero): placing 500 articles
    at 100k reads 18,000 stored signatures, half the bytes."""
    return sig.astype("<u4").tobytes()


def stored_signature(blob: bytes) -> np.ndarray:
    """The signature of a `minhash` blob, without a copy."""
    return np.frombuffer(blob, dtype="<u4")


def band_values_json(blob: bytes) -> str:
    """A stored signature's band values as a JSON list, band i at index i; SQL function in migrations, whose
    `json_each` over it makes the rows of `minhash_bands` (one call per article, not one per band)."""
    return json.dumps(band_values(stored_signature(blob)))


class Placed(NamedTuple):
    cluster_id: str
    minhash: bytes | None
    bands: list[tuple[int, int]]  # (band, value) rows for the band index, once the article's row exists


def place(conn: sqlite3.Connection, articles: Sequence[tuple[int, str, str, bytes | None]]) -> list[Placed]:
    """Cluster, signature and bands of each (pk, id, folded body, old signature) with a new text, in order.

    One query finds the stored candidates of the whole batch; an article earlier in the batch is a
    candidate for a later one, as if they had been written one by one. Runs in the caller's transaction,
    before the articles' rows are written: their old bands are removed first (by primary key, computed
    from the old signature), `store_placements` adds the new.
    """
    old_bands = [
        (band, value, pk)
        for pk, _, _, old in articles
        if old is not None
        for band, value in enumerate(band_values(stored_signature(old)))
    ]
    for table in BAND_TABLES:
        conn.executemany(f"DELETE FROM {table} WHERE band = ? AND value = ? AND article_pk = ?", old_bands)
    sigs = [signature(folded) for _, _, folded, _ in articles]
    bands = [list(enumerate(band_values(sig))) if sig is not None else [] for sig in sigs]
    members = _Members(conn, {bucket for found in bands for bucket in found})
    # The batch's signatures follow the stored ones: member n of either kind is row n of `pool`.
    pool = np.vstack([members.signatures, *(sig for sig in sigs if sig is not None)])
    placed: list[Placed] = []
    for (pk, own_id, _, _), sig, found in zip(articles, sigs, bands, strict=True):
        if sig is None:
            placed.append(Placed(own_id, None, []))
            continue
        rows = sorted(
            {row for bucket in found for row in members.buckets[bucket][-BUCKET_SAMPLE:]},
            key=members.pks.__getitem__,
        )
        cluster_id = own_id
        if rows:
            agreeing = (pool[rows] == sig).sum(axis=1)
            best = int(np.argmax(agreeing))  # the first (oldest) of equally similar candidates
            if agreeing[best] >= THRESHOLD * PERMUTATIONS and members.clusters[rows[best]]:
                cluster_id = members.clusters[rows[best]]
        members.add(pk, cluster_id, found)
        placed.append(Placed(cluster_id, _blob(sig), found))
    return placed


def store_placements(conn: sqlite3.Connection, placed: Sequence[tuple[int, Placed]]) -> None:
    """Store the cluster and signature of placed articles (pk, placement) and index their bands, after
    their `articles` rows are written."""
    conn.executemany(
        "INSERT OR REPLACE INTO article_clusters (article_pk, cluster_id, minhash) VALUES (?, ?, ?)",
        [(pk, placement.cluster_id, placement.minhash) for pk, placement in placed],
    )
    conn.executemany(
        "INSERT INTO minhash_bands_recent (band, value, article_pk) VALUES (?, ?, ?)",
        [(band, value, pk) for pk, placement in placed for band, value in placement.bands],
    )
    recent = conn.execute("SELECT count(*) FROM minhash_bands_recent").fetchone()[0]
    if recent >= max(RECENT_BANDS, conn.execute("SELECT coalesce(max(pk), 0) FROM articles").fetchone()[0]):
        merge_recent_bands(conn)


def merge_recent_bands(conn: sqlite3.Connection) -> None:
    """Move the recent band rows into `minhash_bands`, in key order, in the caller's transaction.

    No row can be in both tables (an article's old rows are deleted from both first). OR IGNORE spares the
    statement journal SQLite keeps for a statement that could fail halfway inside a transaction, which
    held a copy of every index page the move touched: with a plain INSERT the 1M-article build peaked at
    487 MiB, without the journal at 205 MiB; merging 100k rows at 100k articles, +52 MiB and 0.32 s against
    +20 MiB and 0.13 s.
    """
    conn.execute(
        "INSERT OR IGNORE INTO minhash_bands (band, value, article_pk)"
        " SELECT band, value, article_pk FROM minhash_bands_recent ORDER BY band, value, article_pk"
    )
    conn.execute("DELETE FROM minhash_bands_recent")


class _Members:
    """The articles an article of the batch may be compared with, by bucket: each bucket's
    `BUCKET_SAMPLE` newest stored members with a signature, then the batch's articles placed so far."""

    def __init__(self, conn: sqlite3.Connection, wanted: set[tuple[int, int]]) -> None:
        self.pks: list[int] = []
        self.clusters: list[str] = []
        self.buckets: defaultdict[tuple[int, int], list[int]] = defaultdict(list)  # → rows, oldest first
        self.signatures = np.empty((0, PERMUTATIONS), dtype=np.uint32)
        if not wanted:
            return
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_bands (band INTEGER, value INTEGER)")
        conn.execute("DELETE FROM temp.wanted_bands")
        conn.executemany("INSERT INTO temp.wanted_bands (band, value) VALUES (?, ?)", wanted)
        # CROSS JOIN keeps the wanted buckets the outer loop; a bucket is read from its 8th newest member in
        # each table (its 8 newest overall are among those). Plain tuples, sorted by SQLite: tens of
        # thousands of rows per batch.
        cursor = conn.cursor()
        cursor.row_factory = None
        found = cursor.execute(
            " UNION ALL ".join(
                f"SELECT w.band, w.value, b.article_pk FROM temp.wanted_bands w CROSS JOIN {table} b"
                " ON b.band = w.band AND b.value = w.value AND b.article_pk >= coalesce((SELECT n.article_pk"
                f"  FROM {table} n WHERE n.band = w.band AND n.value = w.value ORDER BY n.article_pk DESC"
                f"  LIMIT 1 OFFSET {BUCKET_SAMPLE - 1}), 0)"
                for table in BAND_TABLES
            )
            + " ORDER BY 3"
        ).fetchall()
        blobs = []
        row_of: dict[int, int] = {}
        for pk, cluster_id, blob in cursor.execute(
            "SELECT article_pk, cluster_id, minhash FROM article_clusters"
            " WHERE article_pk IN (SELECT value FROM json_each(?)) AND minhash IS NOT NULL ORDER BY article_pk",
            (json.dumps(list({pk for _, _, pk in found})),),
        ):
            row_of[pk] = len(self.pks)
            self.pks.append(pk)
            self.clusters.append(cluster_id)
            blobs.append(blob)
        self.signatures = stored_signature(b"".join(blobs)).reshape(len(blobs), PERMUTATIONS)
        for band, value, pk in found:
            if pk in row_of:
                self.buckets[band, value].append(row_of[pk])

    def add(self, pk: int, cluster_id: str, bands: list[tuple[int, int]]) -> None:
        """An article of the batch, placed: a candidate for the later ones."""
        for bucket in bands:
            self.buckets[bucket].append(len(self.pks))
        self.pks.append(pk)
        self.clusters.append(cluster_id)
