"""A page's fingerprint: the build record's digest hashed with the page's own data."""

from __future__ import annotations

import hashlib
from dataclasses import fields, is_dataclass
from datetime import datetime

from site_gen.core.model import Page

_PLAIN = frozenset({str, int, float, bool, type(None)})


class Fingerprinter:
    """Content hashes of page contexts for one build.

    `key` is depends.BuildRecord.pages_digest: templates, settings and code. Pages share
    their article records (a list page shows 20, an article page links a dozen), so each
    frozen record is hashed once per build, found again by identity. Identity is safe
    here: the records are immutable and outlive the build's planning.
    """

    def __init__(self, key: str) -> None:
        self._key = key.encode()
        self._seen: dict[int, tuple[object, bytes]] = {}
        self._names: dict[type, tuple[str, ...]] = {}

    def page(self, page: Page, body: str = "") -> str:
        """`body`: the cache key of the body an article page shows (its record holds the
        head only)."""
        digest = hashlib.sha256(self._key)
        digest.update(f"{page.template}\0{body}\0".encode())
        digest.update(self._record(page))
        return digest.hexdigest()[:32]

    def _value(self, value: object) -> bytes:
        kind = type(value)
        # The common kinds first, by exact type (a page holds ~56 values): plain values,
        # records of a kind seen before (found again by identity in _record), sequences.
        if kind in _PLAIN:
            return f"{kind.__name__}:{value!r};".encode()
        if kind in self._names:
            return self._record(value)
        if kind is tuple or kind is list:
            return b"(" + b"".join([self._value(item) for item in value]) + b")"  # type: ignore[attr-defined]
        if isinstance(value, (str, int, float, bool)) or value is None:
            return f"{kind.__name__}:{value!r};".encode()
        if isinstance(value, (tuple, list)):
            return b"(" + b"".join([self._value(item) for item in value]) + b")"
        if isinstance(value, datetime):
            return f"dt:{value.isoformat()}@{value.tzinfo};".encode()
        if is_dataclass(value):
            return self._record(value)
        raise TypeError(f"a page holds a {type(value).__name__}, which has no fingerprint")

    def _record(self, value: object) -> bytes:
        known = self._seen.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        kind = type(value)
        names = self._names.get(kind)
        if names is None:  # dataclasses.fields() rebuilds its tuple on every call
            names = self._names[kind] = tuple(f.name for f in fields(value))  # type: ignore[arg-type]
        parts = [kind.__name__.encode()]
        parts += [self._value(getattr(value, name)) for name in names]
        encoded = hashlib.sha256(b"|".join(parts)).digest()
        self._seen[id(value)] = (value, encoded)  # keep `value` alive: its id stays unique
        return encoded
