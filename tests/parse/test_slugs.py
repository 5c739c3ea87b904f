"""Slugs transliterate exactly as python-slugify's own 'auto' choice would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from slugify import slugify as python_slugify

from site_gen.core import slugs

WORLD = "aZ09 -’'&+éßØŁЖжΩ北京ąçİıſ🙂\u0301"


@settings(max_examples=300)
@given(st.text(alphabet=WORLD, max_size=40) | st.text(max_size=40))
def test_backend_chosen_once_transliterates_as_auto(text: str) -> None:
    options = {"max_length": slugs.MAX_LENGTH, "word_boundary": True, "save_order": True}
    chosen = python_slugify(text, **options, **dict(slugs._TRANSLITERATION))
    assert chosen == python_slugify(text, **options)


def test_non_ascii_titles_keep_their_slugs() -> None:
    assert slugs.slugify("Zürich’s café: 北京 talks") == "zurichs-cafe-bei-jing-talks"  # as before
