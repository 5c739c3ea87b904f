"""Safe, readable URL path segments (python-slugify does the transliteration)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from slugify import slugify as _slugify

MAX_LENGTH = 80
# Names Windows refuses as file names, whatever the extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$")


@lru_cache(maxsize=1 << 16)  # the same section, tag and author names recur across pages
def slugify(text: str, fallback_seed: str = "") -> str:
    """Lower-case ASCII words joined by '-'; never empty, never '.', '..' or a reserved name."""
    slug = _slugify(
        text.replace("+", " ").replace("&", " and "),
        max_length=MAX_LENGTH,
        word_boundary=True,
        save_order=True,
    )
    if not slug:
        slug = "n-" + hashlib.sha1((fallback_seed or text).encode("utf-8")).hexdigest()[:10]
    if _RESERVED.match(slug):
        slug += "-1"
    return slug


def taxonomy_key(name: str) -> str:
    """The slug that decides which names share a page (`World+Biz` and `world biz` do)."""
    return slugify(name, fallback_seed=name)
