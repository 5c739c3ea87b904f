"""What a rendered page depends on, as one hash: its template set, the site, its context."""

from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import fields, is_dataclass
from datetime import datetime
from pathlib import Path

from site_gen import __version__
from site_gen.core.model import Article, ArticleRef, Page
from site_gen.render.pages import SiteInfo
from site_gen.render.theme import Theme

_CODE = Path(__file__).resolve().parent.parent  # site_gen/, every part of it


def theme_key(theme: Theme, site: SiteInfo) -> str:
    """Templates, site settings and the rendering code: a change to any re-renders all."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(pickle.dumps(site, protocol=4))
    for folder in theme.template_dirs:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    for path in sorted(_CODE.rglob("*.py")):
        digest.update(str(path.relative_to(_CODE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Fingerprinter:
    """Content hashes of page contexts for one build.

    Pages share their article records (a list page shows 20, an article page links a
    dozen), so each frozen record is hashed once per build, found again by identity.
    Identity is safe here: the records are immutable and outlive the build's planning.
    """

    def __init__(self, key: str) -> None:
        self._key = key.encode()
        self._seen: dict[int, tuple[object, bytes]] = {}

    def page(self, page: Page) -> str:
        digest = hashlib.sha256(self._key)
        digest.update(page.template.encode())
        digest.update(self._value(page.context))
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
        return canonical_bytes(value)

    def _record(self, value: object) -> bytes:
        known = self._seen.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if isinstance(value, (Article, ArticleRef)) and value.digest:
            # Every field follows from the source bytes (digest), the parse settings (in
            # the key) and what enrich assigned (url, slug, source name).
            source = value.source if isinstance(value, Article) else ""
            slug = value.slug if isinstance(value, Article) else ""
            short = f"{type(value).__name__}:{value.digest}:{value.url}:{slug}:{source};"
            self._seen[id(value)] = (value, short.encode())
            return short.encode()
        parts = [type(value).__name__.encode()]
        parts += [self._value(getattr(value, f.name)) for f in fields(value)]  # type: ignore[arg-type]
        encoded = hashlib.sha256(b"|".join(parts)).digest()
        self._seen[id(value)] = (value, encoded)  # keep `value` alive: its id stays unique
        return encoded


def canonical_bytes(value: object) -> bytes:
    """Equal values give equal bytes: pickle without its memo, which would otherwise
    encode which equal objects happen to be shared."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: no back-references, so sharing leaves no trace
    pickler.dump(value)
    return buffer.getvalue()
