"""normalise: one form for equal text, whatever unusual characters a file holds."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse.decode import normalise

UNUSUAL = "\u200b\u200d\ufeff\u202e\u2069\x00\x07\x0b\x1f\x7f\u00a0\u2003\u202f\u3000\t"
TEXT = st.text(alphabet=st.sampled_from(UNUSUAL + "ab \r\n\u0301é")) | st.text()


@given(TEXT)
def test_normalise_removes_invisible_and_control_marks_and_plain_spaces(text: str) -> None:
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    plain = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]", "", plain)
    plain = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", plain)
    plain = re.sub("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]", " ", plain)
    plain = unicodedata.normalize("NFC", plain)
    assert normalise(text) == "\n".join(line.rstrip() for line in plain.split("\n"))
