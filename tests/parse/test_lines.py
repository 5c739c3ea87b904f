"""Line measures: word counts as the plain pattern gives them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse.lines import word_count

PIECES = st.sampled_from(["a", "Zoë", "42", "_", "'", "’", "-", "--", " ", ".", "é", "\n"])


@given(st.lists(PIECES, max_size=30).map("".join) | st.text())
def test_word_count_matches_the_plain_pattern(text: str) -> None:
    assert word_count(text) == len(re.findall(r"\w+(?:[’'\-]\w+)*", text))
