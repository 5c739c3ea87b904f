"""A Pagefind bundle written from page records, in Pagefind 1.5's own format.

Pagefind's indexer reads every page's HTML again: ~2 ms of CPU a page, a process of its own
of ~0.35 GB per 1,000 articles, and a linked tree of the pages to read. This writes the
same files from records the build makes from its articles (search_records.py), in the
build's own worker processes, and an edit makes one record again, not the bundle's.

Per language: a metadata file (pages and their word counts, word-index chunks with the
first and last word of each, filters, sort orders, metadata names); one gzipped fragment
per page; word-index chunks of ~20,000 locations; one file per filter. Pagefind's own
JavaScript and WebAssembly read them in the browser (search_assets.py takes them from the
installed Pagefind, so they always match its format). Formats: CBOR arrays in field order,
gzip of "pagefind_dcd" + data, names from SHA-1, as in Pagefind's source
(pagefind/src/index, src/output); tests compare the decoded index with what the Pagefind
binary writes for the same pages.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from site_gen.render.search_records import (
    PageRecord,
    encode,
    gzipped,
    head,
    integer,
    meta_locations,
    sha1_name,
    text,
)
from site_gen.render.search_words import INCLUDE_CHARACTERS

CHUNK_LOCATIONS = 20_000  # Pagefind's default index_chunk_size
_EMPTY = head(4, 0)


@dataclass(frozen=True, slots=True)
class Assets:
    """Pagefind's browser files: its version, the folder holding pagefind.js, its worker
    and each language's wasm, and which wasm a language uses (None: Pagefind has none
    for it, and the browser uses wasm.unknown.pagefind)."""

    version: str
    folder: Path
    wasm_of: Callable[[str], str | None]
    languages: frozenset[str] = frozenset()  # those the folder has been made for


def write_bundle(
    records: Sequence[tuple[str, PageRecord]], bundle: Path, assets: Assets, language: str
) -> int:
    """The bundle folder (made here; it must not exist) for these (path, record) pages, in
    their order (with none: an empty index in `language`); the bytes written. Garbage
    collection is held off meanwhile: the index is a million small objects, none in a
    cycle, and the collector kept rescanning them (a third of the time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _write_bundle(records, bundle, assets, language)
    finally:
        if collecting:
            gc.enable()


def _write_bundle(
    records: Sequence[tuple[str, PageRecord]], bundle: Path, assets: Assets, language: str
) -> int:
    by_language: dict[str, list[PageRecord]] = {} if records else {language: []}
    for _, record in records:
        by_language.setdefault(record.language, []).append(record)
    for name in ("fragment", "index", "filter"):
        (bundle / name).mkdir(parents=True)
    written = 0
    languages = {}
    for name, members in by_language.items():
        meta_hash, size = _write_language(members, name, bundle, assets.version)
        written += size
        wasm = assets.wasm_of(name)
        languages[name] = {"hash": meta_hash, "wasm": wasm, "page_count": len(members)}
        written += _place(assets.folder / f"wasm.{wasm or 'unknown'}.pagefind", bundle)
    for name in ("pagefind.js", "pagefind-worker.js"):
        written += _place(assets.folder / name, bundle)
    entry = {
        "version": assets.version,
        "languages": languages,
        "include_characters": list(INCLUDE_CHARACTERS),
    }
    data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    (bundle / "pagefind-entry.json").write_bytes(data)
    return written + len(data)


def _place(asset: Path, bundle: Path) -> int:
    target = bundle / asset.name
    if target.exists():
        return 0
    try:
        os.link(asset, target)  # the assets are kept beside the output, on the same disk
    except OSError:
        target.write_bytes(asset.read_bytes())
    return target.stat().st_size


class _Entries:
    """A key's (or one of its variants') encoded page entries, the last page's number
    (entries hold differences) and, for a key, its size as Pagefind counts chunks."""

    __slots__ = ("entries", "forms", "last", "size")

    def __init__(self) -> None:
        self.entries: list[bytes] = []
        self.forms: dict[str, _Entries] = {}
        self.last = 0
        self.size = 0

    def add(self, number: int, located: bytes, meta: bytes) -> None:
        self.entries.append(b"\x83" + integer(number - self.last) + (located or _EMPTY) + meta)
        self.last = number


def _write_language(
    records: Sequence[PageRecord], language: str, bundle: Path, version: str
) -> tuple[str, int]:
    meta_fields = sorted({name for record in records for name in record.meta_fields})
    field_number = {name: number for number, name in enumerate(meta_fields)}
    words: dict[str, _Entries] = {}
    filters: dict[str, dict[str, list[int]]] = {}
    fragment_names: dict[str, str] = {}
    pages: list[list[object]] = []
    written = 0
    for number, record in enumerate(records):
        fields = [field_number[name] for name in record.meta_fields]
        _add_words(words, number, record, fields)
        for name, values in record.filters:
            for value in values:
                filters.setdefault(name, {}).setdefault(value, []).append(number)
        name = _unique(fragment_names, record.fragment_hash, len(language) + 8)
        written += _write(bundle / "fragment" / f"{name}.pf_fragment", record.fragment)
        pages.append([name, record.word_count])
    index_chunks = []
    chunk_names: dict[str, str] = {}
    chunks = _chunks(words)
    for (first, last), chunk in zip(_chunk_bounds(chunks), chunks, strict=True):
        data = _encode_chunk(chunk, words)
        name = _unique(chunk_names, f"{language}_{sha1_name(data)}", len(language) + 8)
        packed = gzipped(data)
        written += _write(bundle / "index" / f"{name}.pf_index", packed)
        index_chunks.append([first, last, name])
    filter_list = []
    filter_names: dict[str, str] = {}
    for filter_name, by_value in filters.items():
        data = encode([filter_name, [[value, found] for value, found in by_value.items()]])
        name = _unique(filter_names, f"{language}_{sha1_name(data)}", len(language) + 8)
        written += _write(bundle / "filter" / f"{name}.pf_filter", gzipped(data))
        filter_list.append([filter_name, name])
    meta = encode([version, pages, index_chunks, filter_list, _sorts(records), meta_fields])
    meta_name = f"{language}_{sha1_name(meta)[: len(language) + 8]}"
    written += _write(bundle / f"pagefind.{meta_name}.pf_meta", gzipped(meta))
    return meta_name, written


def _add_words(
    words: dict[str, _Entries], number: int, record: PageRecord, fields: list[int]
) -> None:
    """File the page's words: each key's entries are [page number as a difference from
    the key's previous page, text locations, metadata locations], encoded (all but the
    difference, which depends on the bundle) when the record was made."""
    for key, (located, meta, variants) in record.words.items():
        entry = words.get(key)
        if entry is None:
            entry = words[key] = _Entries()
        if located or meta:
            entry.add(number, located, _meta(meta, fields))
            entry.size += _size(located, meta)
        for form, form_located, form_meta in variants:
            variant = entry.forms.get(form)
            if variant is None:
                variant = entry.forms[form] = _Entries()
            variant.add(number, form_located, _meta(form_meta, fields))


def _meta(meta: tuple[tuple[int, int], ...], fields: list[int]) -> bytes:
    """Metadata places, their fields numbered as in the bundle, encoded."""
    if not meta:
        return _EMPTY
    packed = meta_locations((fields[field], at) for field, at in meta)
    return head(4, len(packed)) + b"".join(map(integer, packed))


def _size(located: bytes, meta: tuple[tuple[int, int], ...]) -> int:
    """How many locations (and metadata locations) an entry holds, plus one, as Pagefind
    sizes chunks: an encoded array's length is in its head."""
    return _array_length(located) + (len(meta) + len({f for f, _ in meta}) if meta else 0) + 1


def _array_length(data: bytes) -> int:
    if not data:
        return 0
    low = data[0] & 0x1F
    if low < 24:
        return low
    size = 1 << (low - 24)
    return int.from_bytes(data[1 : 1 + size], "big")


def _chunks(words: dict[str, _Entries]) -> list[list[str]]:
    """Sorted keys cut into chunks of at least CHUNK_LOCATIONS locations."""
    chunks: list[list[str]] = []
    chunk: list[str] = []
    size = 0
    for key in sorted(words):
        size += words[key].size
        chunk.append(key)
        if size >= CHUNK_LOCATIONS:
            chunks.append(chunk)
            chunk, size = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def _encode_chunk(chunk: list[str], words: dict[str, _Entries]) -> bytes:
    parts = [head(4, 1), head(4, len(chunk))]
    for key in chunk:
        entry = words[key]
        parts += (b"\x83", text(key), head(4, len(entry.entries)), *entry.entries)
        parts.append(head(4, len(entry.forms)))
        for form, variant in entry.forms.items():
            parts += (b"\x82", text(form), head(4, len(variant.entries)), *variant.entries)
    return b"".join(parts)


def _chunk_bounds(chunks: list[list[str]]) -> list[tuple[str, str]]:
    """Each chunk's first and last word, cut to the shortest prefixes that still tell
    neighbouring chunks apart (what the browser compares a query's words with)."""
    bounds = [[chunk[0], chunk[-1]] for chunk in chunks]
    for left, right in zip(bounds, bounds[1:], strict=False):
        shared = 0
        for a, b in zip(right[0], left[1], strict=False):
            if a != b:
                break
            shared += 1
        left_prefix, right_prefix = left[1][: shared + 1], right[0][: shared + 1]
        if left_prefix >= left[0]:
            left[1] = left_prefix
        right[0] = right_prefix
    return [(first, last) for first, last in bounds]


def _sorts(records: Sequence[PageRecord]) -> list[list[object]]:
    names = sorted({name for record in records for name, _ in record.sort})
    sorts: list[list[object]] = []
    for name in names:
        values = [(dict(r.sort)[name], n) for n, r in enumerate(records) if name in dict(r.sort)]
        if all(_number(value) is not None for value, _ in values):
            values.sort(key=lambda item: _number(item[0]) or 0.0)
        else:
            values.sort(key=lambda item: item[0])
        sorts.append([name, [number for _, number in values]])
    return sorts


def _number(value: str) -> float | None:
    try:
        return float(value) if value and value.strip() == value else None
    except ValueError:
        return None


def _unique(taken: dict[str, str], full: str, length: int) -> str:
    """The shortest name of at least `length` characters no other file of its kind has."""
    name = full[:length]
    while name in taken and taken[name] != full and len(name) < len(full):
        name = full[: len(name) + 1]
    taken[name] = full
    return name


def _write(path: Path, data: bytes) -> int:
    with open(path, "wb") as handle:
        handle.write(data)
    return len(data)
