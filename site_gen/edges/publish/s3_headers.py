"""Content-Type and Cache-Control per file, which object storage will not guess for us."""

from __future__ import annotations

import mimetypes
import re
from pathlib import PurePosixPath

# Set explicitly: mimetypes depends on the machine's tables and gets some of these wrong.
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".woff2": "font/woff2",
    ".wasm": "application/wasm",
    ".pagefind": "application/octet-stream",
}
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300"

# 'site.3f2a9c1e.css' or 'app-3f2a9c1e.js': a content hash of 8+ hex digits in the name.
_FINGERPRINT = re.compile(r"[.-][0-9a-f]{8,}\.[^/]+$")


def content_type(path: str) -> str:
    suffix = PurePosixPath(path).suffix.lower()
    if suffix.startswith(".pf_"):
        return "application/octet-stream"  # pagefind's compressed index chunks
    if suffix in _TYPES:
        return _TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path, strict=False)
    return guessed or "application/octet-stream"


def is_fingerprinted(path: str) -> bool:
    """Files whose name changes with their content, so a cached copy can never be stale."""
    pure = PurePosixPath(path)
    if "pagefind" in pure.parts[:-1] and pure.suffix.startswith(".pf_"):
        return True  # pagefind names every fragment and index chunk by its hash
    return pure.suffix.lower() not in (".html", ".htm") and bool(_FINGERPRINT.search(pure.name))


def cache_control(path: str) -> str:
    """Forever for fingerprinted assets; five minutes for pages, feeds and the rest."""
    return IMMUTABLE if is_fingerprinted(path) else SHORT
