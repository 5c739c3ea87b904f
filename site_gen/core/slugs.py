"""Safe, readable URL path segments (python-slugify does the transliteration)."""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import re
from functools import lru_cache
from typing import Any

from slugify import slugify as _slugify

MAX_LENGTH = 80
# Names Windows refuses as file names, whatever the extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$")


def _transliteration() -> tuple[tuple[str, Any], ...]:
    """backend= as python-slugify's 'auto' would choose it, for releases that take one.

    'auto' imports Unidecode afresh for every non-ASCII text and falls back to
    text-unidecode; where Unidecode is not installed, each failed import searches all
    of sys.path again (two thirds of a slug's time on the bench corpus). Deciding
    once gives the same transliteration."""
    if "backend" not in inspect.signature(_slugify).parameters:
        return ()
    has_unidecode = importlib.util.find_spec("unidecode") is not None
    return (("backend", "unidecode" if has_unidecode else "text-unidecode"),)


_TRANSLITERATION = _transliteration()


@lru_cache(maxsize=1 << 16)  # the same section, tag and author names recur across pages
def slugify(text: str, fallback_seed: str = "") -> str:
    """Lower-case ASCII words joined by '-'; never empty, never '.', '..' or a reserved name."""
    slug = _slugify(
        text.replace("+", " ").replace("&", " and "),
        max_length=MAX_LENGTH,
        word_boundary=True,
        save_order=True,
        **dict(_TRANSLITERATION),
    )
    if not slug:
        slug = "n-" + hashlib.sha1((fallback_seed or text).encode("utf-8")).hexdigest()[:10]
    if _RESERVED.match(slug):
        slug += "-1"
    return slug


def taxonomy_key(name: str) -> str:
    """The slug that decides which names share a page (`World+Biz` and `world biz` do)."""
    return slugify(name, fallback_seed=name)
