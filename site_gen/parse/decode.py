"""Bytes -> normalised lines: encodings, BOM, line ends, invisible characters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_BYTES = 5 * 1024 * 1024

# Zero-width and bidi-control characters come along with copied web text; they would
# make equal strings compare unequal and can reorder what a reader sees. So does the
# soft hyphen a page puts into long words ("instal\u00adments"), shown only at a line's end.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069"
# The zero-width joiner and non-joiner are spelling between two letters of Bengali,
# Persian or Sinhala ("র\u200d্যাব" is not "র্যাব"), and in emoji sequences: kept there,
# dropped beside Latin text, a space or a line's end, where they only part equal strings.
_JOINERS = "\u200c\u200d"
_STRAY_JOINER = re.compile(
    f"(?:^|(?<=[\\x00-\\x7f]))[{_JOINERS}]+|[{_JOINERS}]+(?=[\\x00-\\x7f]|$)", re.MULTILINE
)
# Breaks other than LF that text from pages and word processors carries: a line or a
# paragraph separator (U+2028, U+2029, copied from text a script laid out) and a form feed
# (a page break, in text saved from a PDF). Each parts two lines; removed as controls,
# they would run the lines together. (Other controls, a vertical tab among them, are
# dropped: in a line of a page's text they mark nothing.)
_OTHER_BREAKS = re.compile("[\x0c\u2028\u2029]")
_CONTROL_CHARS = "\x00-\x08\x0b\x0e-\x1f\x7f"
_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000\t"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
# Any of the three: most files hold none, and one pass finds that instead of three.
_TO_CLEAN = re.compile(f"[{_INVISIBLE_CHARS}{_JOINERS}{_CONTROL_CHARS}{_SPACE_CHARS}]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warnings: tuple[str, ...]


class DecodeProblem(ValueError):
    """The bytes are not a text file we can read."""


# Windows Notepad saved "Unicode" text as UTF-16 until 2019 (and still offers it): a copy
# kept so starts with its byte-order mark, or, written by other tools, with none.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 (by their BOM, or UTF-16 by its
    zero bytes), falling back to cp1252 with a warning."""
    if len(data) > MAX_BYTES:
        raise DecodeProblem(f"file is larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
    wide = _wide_text(data)
    if wide is not None:
        return wide
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeProblem(f"binary file (NUL byte at offset {nul}), not text")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DecodeProblem(f"not UTF-8 (bad byte at offset {exc.start})") from None
        warnings.append(f"not UTF-8 (bad byte at offset {exc.start}); read as cp1252")
    if _looks_binary(text):
        raise DecodeProblem("binary file (mostly control characters), not text")
    return Decoded(normalise(text), tuple(warnings))


def _wide_text(data: bytes) -> Decoded | None:
    """The text of a UTF-16 or UTF-32 file; None when the bytes are of no such file."""
    codec = next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)
    bom = next((len(b) for b, name in _WIDE_BOMS if name == codec), 0)
    warnings: tuple[str, ...] = ()
    if codec is None:
        codec = _utf16_without_bom(data)
        if codec is None:
            return None
        warnings = (f"no byte-order mark; read as {codec.upper()}",)
    try:
        text = data[bom:].decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeProblem(
            f"not {codec.upper()} (bad bytes at offset {exc.start + bom})"
        ) from None
    if "\x00" in text or _looks_binary(text):
        raise DecodeProblem(f"binary file (control characters in {codec.upper()} text), not text")
    return Decoded(normalise(text), warnings)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly Latin text: every other byte zero, the others not. (Text in other
    scripts has few zero bytes; without a mark it cannot be told from binary data.)"""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.6 * half and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) == 0:
        return "utf-16-be"
    return None


def normalise(text: str) -> str:
    """One form for equal text: NFC, LF line ends, plain spaces, no invisible marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _OTHER_BREAKS.search(text):
        text = _OTHER_BREAKS.sub("\n", text)
    if _TO_CLEAN.search(text):
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub("", text)
        text = _SPACES.sub(" ", text)
        text = _STRAY_JOINER.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def clean_inline(text: str) -> str:
    """One line of text as `normalise` leaves it: for values that never passed through it
    (YAML escapes like "\\u202e" are decoded after the file was normalised)."""
    return " ".join(normalise(text).split())


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    return controls / len(sample) > 0.1
