"""A saved page's bytes -> text: its BOM, its declared charset if the bytes fit, else
what the bytes look like."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG: these labels mean windows-1252 in a browser, and pages rely on it.
_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_page(data: bytes, content_type: str | None) -> tuple[str, list[str]]:
    """The page's text: BOM, then the declared charset (HTTP header, then <meta>) if the
    bytes fit it, else what the bytes look like, with a warning naming both."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    declared = _declared_charset(data, content_type)
    warnings: list[str] = []
    if declared is not None:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            warnings.append(f"unknown charset {declared!r} declared; guessed from the bytes")
        else:
            codec = "cp1252" if codec in _AS_CP1252 else codec
            decoded = _decode_declared(data, codec, declared, warnings)
            if decoded is not None:
                return decoded, warnings
    return _sniff(data, warnings), warnings


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    if content_type:
        in_header = _HEADER_CHARSET.search(content_type)
        if in_header:
            return in_header.group(1)
    in_meta = _META_CHARSET.search(data[:4096])
    return in_meta.group(1).decode("ascii") if in_meta else None


def _decode_declared(data: bytes, codec: str, declared: str, warnings: list[str]) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        warnings.append(
            f"declared charset {declared!r} does not fit the bytes (bad byte at offset "
            f"{exc.start}); guessed from the bytes"
        )
        return None
    # A single-byte label on UTF-8 bytes is the usual mislabel: the bytes decide.
    if codec != "utf-8" and not data.isascii() and _is_utf8(data):
        warnings.append(f"declared charset {declared!r} but the bytes are UTF-8; read as UTF-8")
        return data.decode("utf-8")
    return text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff(data: bytes, warnings: list[str]) -> str:
    if _is_utf8(data):
        return data.decode("utf-8")
    import charset_normalizer  # imported on first need: text-only builds never pay for it

    best = charset_normalizer.from_bytes(data[:65536]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if warnings or encoding not in ("utf_8", "ascii"):
        warnings.append(f"no usable charset declared; read as {encoding}")
    return data.decode(encoding, errors="replace")
