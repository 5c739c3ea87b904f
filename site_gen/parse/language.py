"""The language an article is written in, from the script of its letters.

Deterministic and cheap: no model, only counts. A script that one language of the
archive's region owns decides ("bn" for Bengali letters); anything else is in the site's
language (`language` in [site], "en" by default). Front matter's `lang:` wins over this.
"""

from __future__ import annotations

import re

DEFAULT = "en"
# Letters of each script (Bengali: the block without its digits and currency signs).
_SCRIPTS = (("bn", re.compile("[\u0980-\u09e5\u09f0\u09f1]")),)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# Share of a script among the letters counted, for the text to be in its language.
MAJORITY = 0.5
# Enough text to decide; a long body is not read to its end.
SAMPLE_CHARS = 4000
_TAG = re.compile("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def detect(title: str, paragraphs: tuple[str, ...], default: str = DEFAULT) -> str:
    """The language of most letters of the title and body ("bn"), else `default`."""
    sample = " ".join((title, *paragraphs))[:SAMPLE_CHARS]
    if sample.isascii():
        return default
    # Curly quotes make most English bodies non-ASCII: count letters only when a script
    # of its own is there at all (the count of 4,000 characters is most of the cost).
    present = [(code, letters) for code, letters in _SCRIPTS if letters.search(sample)]
    if not present:
        return default
    latin = len(_LATIN.findall(sample))
    for code, letters in present:
        count = len(letters.findall(sample))
        if count >= MAJORITY * (count + latin):
            return code
    return default


def is_language_tag(text: str) -> bool:
    """A BCP 47 shape ("bn", "en-GB", "bn-BD"), as html lang wants it."""
    return bool(_TAG.fullmatch(text))
