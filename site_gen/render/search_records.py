"""One article page's share of the search index, made once and kept between builds.

A bundle is rewritten when one of its pages changes; its other pages' records are read
back from the bundle's record file instead of being made again from their articles. A
record holds the page's fragment file (gzipped), and for each key of its words their
locations already encoded as Pagefind stores them (CBOR), and the metadata words.

The record is made from the article, not from its HTML: what the article template shows
Pagefind (`data-pagefind-body`, less what it ignores: the body, then the headline; the
headline, date and section as metadata; year and section as filters; the UTC time to
sort by; the tags as filters) is made here in the same words.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from isal import isal_zlib
from markupsafe import escape

from site_gen.core.model import Article
from site_gen.render.pages import human_date, iso, local_time, page_language
from site_gen.render.search_words import WEIGHT_SCALE, digest, keys_for, meta_words, page_words

SIGNATURE = b"pagefind_dcd"
# ISA-L's deflate (isal) at its top level, 3: on a 10,000-article index, fragments 3.3x and
# word chunks 6.6x quicker to pack than zlib at 6 and 4 (2.5 s of CPU in all against 0.6 s),
# for fragments 2% and chunks 0.3% larger. It is plain deflate in a gzip file: the browser
# inflates it as any other; file names hash the plain bytes, so they do not change.
COMPRESS_LEVEL = 3
# Bump when what a record holds changes: old record files are remade (2: isal fragments).
RECORD_FORMAT = 2

# key -> (its text locations encoded, or b"" when none but metadata; its metadata places
# as (field number in the page's own metadata names, word number); its variants with
# diacritics as (form, text locations encoded or b"", metadata places))
MetaPlaces = tuple[tuple[int, int], ...]
Word = tuple[bytes, MetaPlaces, tuple[tuple[str, bytes, MetaPlaces], ...]]


@dataclass(frozen=True, slots=True)
class PageRecord:
    language: str
    fragment_hash: str  # "en_" + SHA-1 of the fragment, as Pagefind names it
    fragment: bytes  # the fragment file, gzipped
    word_count: int
    meta_fields: tuple[str, ...]  # the page's metadata names, sorted
    filters: tuple[tuple[str, tuple[str, ...]], ...]
    sort: tuple[tuple[str, str], ...]
    words: dict[str, Word]


def record_of_article(article: Article, url: str, site_language: str) -> PageRecord:
    """What the article template gives Pagefind, made into a record."""
    published = local_time(article.published, article.timezone)
    meta = {
        "date": human_date(published),
        "datetime": iso(published),
        "title": " ".join(article.title.split()),
    }
    filters: dict[str, tuple[str, ...]] = {"year": (str(published.year),)}
    if article.section:
        meta["section"] = article.section
        filters["section"] = (article.section,)
    if article.tags:
        filters["tag"] = tuple(article.tags)
    body = f"<div>{article.body_html}</div><span>{escape(article.title)}</span>"
    language = page_language(article.lang, site_language).lower()
    return make_record(
        url=url,
        language=language,
        body=body,
        meta=meta,
        filters=filters,
        sort={"date": iso(local_time(article.published, "UTC"))},
    )


def make_record(
    url: str,
    language: str,
    body: str,
    meta: dict[str, str],
    filters: dict[str, tuple[str, ...]],
    sort: dict[str, str],
) -> PageRecord:
    keys = keys_for(language)
    found = page_words(digest(body), keys)
    fields = sorted(meta)
    fragment = json.dumps(
        {
            "url": url,
            "content": found.content,
            "word_count": found.word_count,
            "filters": {name: list(values) for name, values in sorted(filters.items())},
            "meta": {name: meta[name] for name in fields},
            "anchors": [],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    words = _plain_words(found.plain)
    for key, by_form in found.places.items():
        plain = by_form.get("")
        variants = tuple((form, locations(by_form[form]), ()) for form in sorted(by_form) if form)
        words[key] = (locations(plain) if plain is not None else b"", (), variants)
    for key, places in meta_words(meta, fields, keys).items():
        words[key] = _with_meta(words.get(key), places)
    return PageRecord(
        language=language,
        fragment_hash=f"{language}_{sha1_name(fragment)}",
        fragment=gzipped(fragment),
        word_count=found.word_count,
        meta_fields=tuple(fields),
        filters=tuple(sorted(filters.items())),
        sort=tuple(sorted(sort.items())),
        words=words,
    )


def _with_meta(word: Word | None, places: list[tuple[int, int, str]]) -> Word:
    text, _, variants = word if word is not None else (b"", (), ())
    plain = tuple(sorted((field, at) for field, at, form in places if not form))
    forms = {form: (located, meta) for form, located, meta in variants}
    for field, at, form in places:
        if form:
            located, meta = forms.get(form, (b"", ()))
            forms[form] = (located, (*meta, (field, at)))
    merged = tuple(
        (form, located, tuple(sorted(meta))) for form, (located, meta) in sorted(forms.items())
    )
    return text, plain, merged


def _plain_words(plain: dict[str, list[int]]) -> dict[str, Word]:
    """The words at the plain weight, encoded. Most occur once on a page: their encoding is
    looked up here, not in a function called per word (a tenth of a record's time)."""
    once = _once()
    words: dict[str, Word] = {}
    for key, packed in plain.items():
        if len(packed) == 2 and packed[1] < len(once):
            words[key] = (once[packed[1]], (), ())
        else:
            words[key] = (array(packed), (), ())
    return words


@cache
def _once() -> list[bytes]:
    """The encoding of [plain weight, n]: a word found once, at word n."""
    return [array([-WEIGHT_SCALE - 1, number]) for number in range(4096)]


def locations(by_weight: dict[int, list[int]]) -> bytes:
    """Word numbers grouped by weight, lightest first, each group headed by -(weight + 1),
    the numbers in a group stored as differences (Pagefind's packing), encoded."""
    packed: list[int] = []
    for weight in sorted(by_weight):
        numbers = by_weight[weight]
        packed += (-weight - 1, numbers[0])
        packed += [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return array(packed)


def meta_locations(places: Iterable[tuple[int, int]]) -> list[int]:
    """Metadata word numbers by field: -(field + 1) starts a field, then differences."""
    packed: list[int] = []
    field, last = -1, 0
    for this_field, at in sorted(places):
        if this_field != field:
            packed.append(-this_field - 1)
            field, last = this_field, 0
        packed.append(at - last)
        last = at
    return packed


# --- CBOR, the little of it Pagefind's files use: integers, text, arrays ---------------

_SMALL = [bytes([n]) for n in range(24)] + [bytes([0x18, n]) for n in range(24, 256)]
_NEGATIVE = [bytes([0x20 + n]) for n in range(24)] + [bytes([0x38, n]) for n in range(24, 256)]


def head(major: int, value: int) -> bytes:
    """A CBOR item head: major type and its argument, in the fewest bytes."""
    if value < 24:
        return bytes([major << 5 | value])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | extra]) + value.to_bytes(size, "big")
    raise ValueError(f"{value} is too large for CBOR")


def integer(value: int) -> bytes:
    if 0 <= value < 256:
        return _SMALL[value]
    if -257 < value < 0:
        return _NEGATIVE[-1 - value]
    return head(0, value) if value >= 0 else head(1, -1 - value)


def text(value: str) -> bytes:
    data = value.encode("utf-8")
    return head(3, len(data)) + data


@cache
def _codes() -> dict[int, bytes]:
    """The encoding of every integer a location list usually holds (made once, when the
    index is first written: a dict lookup per number instead of a function call)."""
    return {number: integer(number) for number in range(-1024, 16384)}


_ARRAY_HEADS = [bytes([0x80 | n]) for n in range(24)]  # head(4, n): most arrays are short


def array(values: list[int]) -> bytes:
    try:
        body = b"".join(map(_codes().__getitem__, values))
    except KeyError:
        body = b"".join(map(integer, values))
    count = len(values)
    return (_ARRAY_HEADS[count] if count < 24 else head(4, count)) + body


def encode(value: object) -> bytes:
    """Nested lists (or tuples) of integers and text."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, int):
        return integer(value)
    if isinstance(value, list | tuple):
        return head(4, len(value)) + b"".join(encode(item) for item in value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def gzipped(data: bytes, level: int = COMPRESS_LEVEL) -> bytes:
    """The gzip file Pagefind reads (no name, no time: the same bytes every build). One
    call: isal packs each call's input on its own, so a separate signature cost 70%."""
    return isal_zlib.compress(SIGNATURE + data, level, 31)


def sha1_name(data: bytes) -> str:
    # Pagefind prints each byte in hex without padding ("5", not "05"): the same here,
    # so files get the names Pagefind would give them.
    return "".join(format(byte, "x") for byte in hashlib.sha1(data).digest())  # noqa: S324


# --- Record files: one per bundle, in the state folder ---------------------------------


def dump_records(records: dict[str, tuple[str, PageRecord]]) -> bytes:
    """path -> (page fingerprint, record), as bytes (marshal: plain values only, fast)."""
    rows = {path: (mark, _fields(record)) for path, (mark, record) in records.items()}
    return marshal.dumps((RECORD_FORMAT, rows))


def _fields(record: PageRecord) -> tuple[object, ...]:
    return tuple(getattr(record, name) for name in PageRecord.__slots__)


def load_records(data: bytes) -> dict[str, tuple[str, PageRecord]]:
    """The records of a record file; empty when it is damaged or of another format."""
    try:
        version, rows = marshal.loads(data)
        if version != RECORD_FORMAT:
            return {}
        return {path: (mark, PageRecord(*fields)) for path, (mark, fields) in rows.items()}
    except (ValueError, TypeError, EOFError):
        return {}
