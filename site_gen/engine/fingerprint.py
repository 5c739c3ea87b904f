"""A page's fingerprint: the build record's digest hashed with the page's own data."""

from __future__ import annotations

import hashlib
from dataclasses import fields, is_dataclass
from datetime import datetime

from site_gen.core.model import Page


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

    def page(self, page: Page, body: str = "") -> str:
        """`body`: the cache key of the body an article page shows (its record holds the
        head only)."""
        digest = hashlib.sha256(self._key)
        digest.update(f"{page.template}\0{body}\0".encode())
        digest.update(self._record(page))
        return digest.hexdigest()[:32]

    def _value(self, value: object) -> bytes:
        if isinstance(value, (str, int, float, bool)) or value is None:
            return f"{type(value).__name__}:{value!r};".encode()
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
        parts = [type(value).__name__.encode()]
        parts += [self._value(getattr(value, f.name)) for f in fields(value)]  # type: ignore[arg-type]
        encoded = hashlib.sha256(b"|".join(parts)).digest()
        self._seen[id(value)] = (value, encoded)  # keep `value` alive: its id stays unique
        return encoded
