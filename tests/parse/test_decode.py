"""normalise: one form for equal text, whatever unusual characters a file holds."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse.decode import Decoded, DecodeProblem, decode, normalise

UNUSUAL = (
    "\u200b\u200c\u00ad\u200d\u0995\ufeff\u202e\u2069\x00\x07\x0b\x1f\x7f\u00a0\u2003\u202f\u3000\t"
    "\x0c\x1c\x85\u2028\u2029"
)
TEXT = st.text(alphabet=st.sampled_from(UNUSUAL + "ab \r\n\u0301é")) | st.text()


@given(TEXT)
def test_normalise_removes_invisible_and_control_marks_and_plain_spaces(text: str) -> None:
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    plain = re.sub("[\x0c\u2028\u2029]", "\n", plain)  # breaks, not marks
    plain = re.sub("[\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]", "", plain)
    plain = re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f]", "", plain)
    plain = re.sub("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]", " ", plain)
    plain = _without_stray_joiners(plain)
    plain = unicodedata.normalize("NFC", plain)
    assert normalise(text) == "\n".join(line.rstrip() for line in plain.split("\n"))


def _without_stray_joiners(text: str) -> str:
    """Joiners kept only inside a run of them with a non-ASCII character on each side."""
    kept, start = [], 0
    for run in re.finditer("[\u200c\u200d]+", text):
        before, after = text[run.start() - 1 : run.start()], text[run.end() : run.end() + 1]
        inside = before != "" and after != "" and not before.isascii() and not after.isascii()
        kept.append(text[start : run.end()] if inside else text[start : run.start()])
        start = run.end()
    return "".join(kept) + text[start:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("র\u200d্যাব", "র\u200d্যাব"),  # Bengali "RAB": the joiner is its spelling
        ("মি\u200cতা", "মি\u200cতা"),
        ("\U0001f468\u200d\U0001f469", "\U0001f468\u200d\U0001f469"),  # one emoji, joined
        ("pay\u200dment", "payment"),  # beside Latin letters it only parts equal words
        ("র\u200d\n", "র\n"),
        ("instal\u00adments", "instalments"),  # a soft hyphen, shown only at a line's end
    ],
)
def test_joiners_are_kept_as_spelling_between_other_scripts_letters(
    text: str, expected: str
) -> None:
    assert normalise(text) == expected


STORY = "Ferry fares frozen\nMarch 3, 2024\n\nThe council froze ferry fares — and bus fares — for a year.\n"
BANGLA = "ফেরির ভাড়া বাড়ছে না\n"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (STORY.encode("utf-16"), STORY),  # Notepad's "Unicode": a mark, then little-endian
        (b"\xfe\xff" + STORY.encode("utf-16-be"), STORY),
        (b"\xff\xfe\x00\x00" + STORY.encode("utf-32-le"), STORY),
        ((BANGLA + STORY).encode("utf-16"), BANGLA + STORY),  # another script, its mark
    ],
)
def test_utf16_and_utf32_with_a_byte_order_mark_read_as_text(data: bytes, text: str) -> None:
    assert decode(data) == Decoded(normalise(text), ())


@pytest.mark.parametrize(
    ("codec", "name"), [("utf-16-le", "UTF-16-LE"), ("utf-16-be", "UTF-16-BE")]
)
def test_utf16_of_latin_text_without_a_mark_reads_with_a_warning(codec: str, name: str) -> None:
    decoded = decode(STORY.encode(codec))
    assert decoded.text == normalise(STORY)
    assert decoded.warnings == (f"no byte-order mark; read as {name}",)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",  # a picture
        b"\xff\xfe" + "Ferry".encode("utf-16-le") + b"\x00",  # a mark, then an odd byte
        b"\xff\xfe" + b"\x00\xd8\x41\x00",  # a lone surrogate
        b"\xff\xfe" + "\x00\x01\x02\x03\x04".encode("utf-16-le") * 20,  # controls, not text
    ],
)
def test_wide_or_binary_bytes_that_are_no_text_are_refused(data: bytes) -> None:
    with pytest.raises(DecodeProblem):
        decode(data)


@pytest.mark.parametrize("mark", ["\u2028", "\u2029", "\x0c"])
def test_a_line_or_page_separator_parts_two_lines_as_a_line_feed_does(mark: str) -> None:
    assert (
        normalise(f"Harbour bridge to close{mark}By Jo Roe") == "Harbour bridge to close\nBy Jo Roe"
    )
