"""An article page as Pagefind reads it: its text in reading order, each word with the
keys the index files it under, its place and its weight.

Pagefind (1.5) reads a page's HTML: the text inside `data-pagefind-body`, less what is
marked `data-pagefind-ignore`; block elements end a sentence ("." when the text ends in a
word character) and headings weigh more. Each word is lowercased to its letters and
digits, stripped of diacritics (the form with them is kept as a variant), stemmed with the
page language's Snowball stemmer, and a word joined by punctuation or camel case is also
filed under its parts. The browser's half of Pagefind does the same to a query, so the
index must do it exactly so; the tests compare this module's index with the one
Pagefind itself writes for the same pages.

Pure: HTML text in, words out. Linear in the text (one regular scan, no backtracking).
"""

from __future__ import annotations

import html
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import NamedTuple

import Stemmer

# The article body is HTML site-gen made itself (escaped text, or markdown-it's output),
# so a tag is "<" up to the next ">".
_TOKENS = re.compile(r"<[^>]*>|[^<]+")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")
# Pagefind's lists: blocks end a sentence, removed elements are not text at all.
BLOCKS = frozenset("h1 h2 h3 h4 h5 h6 p td div ul li article section".split())
REMOVED = frozenset("head style script noscript label form svg footer nav iframe template".split())
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
HEADING_WEIGHTS = {"h1": 7, "h2": 6, "h3": 5, "h4": 4, "h5": 3, "h6": 2}
WEIGHT_SCALE = 24  # Pagefind's weight 1.0 as stored
# Pagefind's "word symbols": connector punctuation that is part of a word.
INCLUDE_CHARACTERS = "_‿⁀⁔︳︴﹍﹎﹏＿"
# Markers between words in a digest; \x00 never survives in page text (removed first).
_WEIGHT_START = "\x00w"
_WEIGHT_END = "\x00e"
_ASCII_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation})

# Pagefind's stemmers by language (the first part of the html lang), Snowball's names.
STEMMERS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish",
    "fr": "french", "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian",
    "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian", "nb": "norwegian",
    "ne": "nepali", "nn": "norwegian", "no": "norwegian", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "pl": "polish", "es": "spanish", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip


class Key(NamedTuple):
    """One index key of a word: the stemmed form, the form with diacritics ("" when it
    had none) and whether it is a part of a compound word (which weighs less). A tuple:
    a word new to the page costs one of these per key, and a frozen dataclass is slower."""

    stemmed: str
    original: str
    is_part: bool


# Where a key occurs on a page: form with diacritics ("" if none) -> weight -> word numbers.
Places = dict[str, dict[int, list[int]]]


@dataclass(frozen=True, slots=True)
class PageWords:
    content: str  # the words joined by single spaces: what excerpts are cut from
    word_count: int
    plain: dict[str, list[int]]  # key -> packed word numbers, plain weight, no diacritics
    places: dict[str, Places]  # the other keys -> where they occur


def digest(fragment: str) -> str:
    """The text Pagefind collects from this HTML, weight markers between its words."""
    stack: list[tuple[str, list[str], bool]] = [("", [], False)]  # tag, text, removed
    for token in _TOKENS.findall(fragment.replace("\x00", "")):
        if not token.startswith("<"):
            if not stack[-1][2]:
                stack[-1][1].append(token)
            continue
        named = _TAG_NAME.match(token)
        if named is None:
            continue  # a comment, a doctype, a stray "<"
        name = named.group(1).lower()
        if token.startswith("</"):
            _close(stack, name)
        elif name in VOID or token.endswith("/>"):
            if name == "br" and not stack[-1][2]:
                stack[-1][1].append(" ")
        else:
            stack.append((name, [], stack[-1][2] or name in REMOVED))
    while len(stack) > 1:
        _close(stack, stack[-1][0])
    # References are decoded last, as Pagefind does: a block ending in "&quot;" ends in
    # ";" when it is asked whether it needs a full stop.
    text = "".join(stack[0][1])
    return html.unescape(text) if "&" in text else text


def _close(stack: list[tuple[str, list[str], bool]], name: str) -> None:
    if not any(tag == name for tag, _, _ in stack[1:]):
        return  # an end tag with no start: ignored, as a browser would
    while True:
        tag, parts, removed = stack.pop()
        if not removed:
            stack[-1][1].append(_finished(tag, "".join(parts)))
        if tag == name:
            return


def _finished(tag: str, value: str) -> str:
    if tag in BLOCKS:
        value = " " + value + ("." if value and ends_sentence(value[-1]) else "") + " "
    weight = HEADING_WEIGHTS.get(tag)
    if weight is not None:
        value = f" {_WEIGHT_START}{weight} {value} {_WEIGHT_END} "
    return value


def ends_sentence(char: str) -> bool:
    """Pagefind's [\\w'")$*]: a block ending in one of these gets a full stop."""
    return char.isalnum() or char in "_'\")$*" or unicodedata.category(char)[0] == "M"


def page_words(text: str, keys: Callable[[str], KeyedWord]) -> PageWords:
    """Number the words of a digest and file each under its keys. Words are gathered by
    spelling first, already packed as Pagefind stores them ([-(weight + 1), first word
    number, differences to the next ...]), and filed once per spelling."""
    weights = [WEIGHT_SCALE]
    packed: dict[str, list[int]] = {}  # spelling -> its packed numbers at the plain weight
    last: dict[str, int] = {}
    weighted: list[tuple[str, int, int]] = []  # spelling, word number, another weight
    words: list[str] = []
    for word in text.split():
        if word[0] == "\x00":
            if word.startswith(_WEIGHT_START):
                # A heading inside an explicitly weighted block keeps the block's weight.
                weights.append(int(word[2:]) * WEIGHT_SCALE if len(weights) == 1 else weights[-1])
            elif len(weights) > 1:
                weights.pop()
            continue
        if "\u200b" in word:
            word = word.replace("\u200b", "")
            if not word:
                continue
        number = len(words)
        words.append(word)
        if weights[-1] != WEIGHT_SCALE:
            weighted.append((word, number, weights[-1]))
        elif word in packed:
            packed[word].append(number - last[word])
            last[word] = number
        else:
            packed[word] = [_PLAIN_MARK, number]
            last[word] = number
    plain: dict[str, list[int]] = {}
    places: dict[str, Places] = {}
    for word, numbers in packed.items():
        keyed = keys(word)
        simple = keyed[2]
        if simple is None:
            _file(places, keyed, WEIGHT_SCALE, unpacked(numbers))
        elif simple in plain:  # another spelling of the same key ("The", "the")
            merged = sorted(unpacked(plain[simple]) + unpacked(numbers))
            plain[simple] = packed_numbers(merged)
        else:
            plain[simple] = numbers
    for word, number, weight in weighted:
        _file(places, keys(word), weight, [number])
    for key in plain.keys() & places.keys():
        _file(places, ((Key(key, "", False),), 0, None), WEIGHT_SCALE, unpacked(plain.pop(key)))
    return PageWords(" ".join(words), max(len(words), 1), plain, places)


_PLAIN_MARK = -WEIGHT_SCALE - 1


def unpacked(numbers: list[int]) -> list[int]:
    """Word numbers of a packed plain-weight list."""
    return list(accumulate(numbers[1:]))


def packed_numbers(numbers: list[int]) -> list[int]:
    """Sorted word numbers at the plain weight, packed."""
    return [_PLAIN_MARK, numbers[0], *[b - a for a, b in zip(numbers, numbers[1:], strict=False)]]


def _file(places: dict[str, Places], keyed: KeyedWord, weight: int, at: list[int]) -> None:
    found, parts, _ = keyed
    part_weight = max(weight // parts, 1) if parts and weight else 0
    for key in found:
        by_weight = places.setdefault(key.stemmed, {}).setdefault(key.original, {})
        this_weight = part_weight if key.is_part else weight
        if this_weight in by_weight:
            by_weight[this_weight] = sorted(by_weight[this_weight] + at)
        else:
            by_weight[this_weight] = at


def meta_words(
    meta: dict[str, str], fields: list[str], keys: Callable[[str], KeyedWord]
) -> dict[str, list[tuple[int, int, str]]]:
    """Stemmed key -> (field number, word number, form with diacritics) in metadata."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for field, name in enumerate(fields):
        value = meta.get(name)
        if value is None:
            continue
        for number, word in enumerate(value.split()):
            for key in keys(word)[0]:
                found.setdefault(key.stemmed, []).append((field, number, key.original))
    return found


# A spelling's keys, how many are parts, and its one key when it has only a plain one.
KeyedWord = tuple[tuple[Key, ...], int, str | None]


@cache
def keys_for(language: str) -> Callable[[str], KeyedWord]:
    """The keys of a spelling in this language (a cache per language: news text repeats
    its words)."""
    algorithm = STEMMERS.get(language.split("-")[0])
    stem = cache(Stemmer.Stemmer(algorithm).stemWord) if algorithm else None

    @cache
    def keys(word: str) -> KeyedWord:
        found = word_keys(word, stem)
        simple = found[0].stemmed if len(found) == 1 and not found[0].original else None
        return found, sum(1 for key in found if key.is_part), simple

    return keys


def word_keys(raw: str, stem: Callable[[str], str] | None) -> tuple[Key, ...]:
    found: list[Key] = []
    if raw.isascii():  # most words: the same, at the speed of str methods
        normal = _NOT_ASCII_WORD.sub("", raw).lower()
        compound = not raw.isalnum() or raw[1:] != raw[1:].lower()
    else:
        normal = "".join(_lower(c) for c in raw if _is_word_char(c) or c in INCLUDE_CHARACTERS)
        compound = any(not _is_word_char(c) for c in raw) or any(c.isupper() for c in raw[1:])
    if normal:
        found.append(_key(normal, stem, is_part=False))
    if not compound or not normal:
        return tuple(found)
    parts = discrete_words(raw)
    if " " in parts or not normal.startswith(parts):
        for part in parts.split():
            if len(part.encode("utf-8")) > 1:  # Pagefind counts bytes here
                found.append(_key(part, stem, is_part=True))
    return tuple(found)


_NOT_ASCII_WORD = re.compile(r"[^0-9A-Za-z_]")


def _key(word: str, stem: Callable[[str], str] | None, is_part: bool) -> Key:
    plain = without_diacritics(word)
    base = plain if plain is not None else word
    return Key(stem(base) if stem else base, word if plain is not None else "", is_part)


def _is_word_char(char: str) -> bool:
    """Rust's char::is_alphanumeric: letters and numbers, and the vowel signs Unicode
    counts as alphabetic (marks of combining class 0)."""
    if char.isalnum():
        return True
    return unicodedata.category(char) in ("Mn", "Mc") and unicodedata.combining(char) == 0


def _lower(char: str) -> str:
    return char.lower() if char.isupper() else char


def without_diacritics(word: str) -> str | None:
    """The word with its combining marks removed; None when it has none (or is ASCII)."""
    if word.isascii():
        return None
    plain = "".join(
        c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c)[0] != "M"
    )
    return plain if plain != word else None


def discrete_words(raw: str) -> str:
    """The word's parts, lowercased: split at ASCII punctuation and wherever case or
    digits change ("WKWebView2" -> "wk web view 2"), as convert_case does for Pagefind."""
    pieces: list[str] = []
    for chunk in raw.translate(_ASCII_PUNCTUATION).split():
        start = 0
        for at in range(1, len(chunk)):
            if _is_boundary(chunk[at - 1], chunk[at], chunk[at + 1 : at + 2]):
                pieces.append(chunk[start:at].lower())
                start = at
        pieces.append(chunk[start:].lower())
    return " ".join(pieces)


def _is_boundary(before: str, char: str, after: str) -> bool:
    if char.isupper():  # camel case, an acronym's end ("ABCdef"), a digit then a capital
        return before.islower() or before.isdigit() or (before.isupper() and after.islower())
    if char.isdigit():
        return before.isupper() or before.islower()
    return char.islower() and before.isdigit()
