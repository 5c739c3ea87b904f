"""Line measures: word counts as the plain pattern gives them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse.lines import word_count

PIECES = st.sampled_from(["a", "Zoë", "42", "_", "'", "’", "-", "--", " ", ".", "é", "\n"])


# A word's letters: \w and the combining marks of Latin accents and the Indic scripts
# (Python's \w leaves out the vowel signs, so "ছবি" would count as two words).
LETTER = r"[\w\u0300-\u036f\u0900-\u0dff]"


@given(st.lists(PIECES, max_size=30).map("".join) | st.text())
def test_word_count_matches_the_plain_pattern(text: str) -> None:
    assert word_count(text) == len(re.findall(rf"{LETTER}+(?:[’'\-]{LETTER}+)*", text))


ASCII_PIECES = st.sampled_from(["a", "Q", "42", "_", "'", "-", "--", " ", ".", "\n", "\t", "~"])


@given(st.lists(ASCII_PIECES, max_size=40).map("".join) | st.text(st.characters(max_codepoint=127)))
def test_ascii_text_counts_as_the_plain_pattern_counts_it(text: str) -> None:
    # ASCII text takes a quicker bytes pattern: it must count exactly as the str one.
    assert word_count(text) == len(re.findall(rf"{LETTER}+(?:[’'\-]{LETTER}+)*", text))


def test_a_bengali_word_with_vowel_signs_is_one_word() -> None:
    assert word_count("ছবি সংগৃহিত") == 2
    assert word_count("e\u0301te\u0301") == 1
