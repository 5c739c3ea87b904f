"""Classify the lines of a plain-text copy: chrome, dates, bylines, captions, tag lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_gen.parse import bengali, dates
from site_gen.parse.profiles import Profile

# Lines longer than this are prose; page chrome and datelines are short.
SHORT = 200

DEFAULT_DATE_LABELS = (
    ("last modified", "modified"),
    ("last updated", "modified"),
    ("updated", "modified"),
    ("modified", "modified"),
    ("first published", "published"),
    ("published", "published"),
    ("posted", "published"),
    # Bangla: "সর্বশেষ আপডেট" (last updated), "হালনাগাদ" (updated), "প্রকাশ"/"প্রকাশিত".
    ("সর্বশেষ আপডেট", "modified"),
    ("সর্বশেষ হালনাগাদ", "modified"),
    ("আপডেট", "modified"),
    ("হালনাগাদ", "modified"),
    ("প্রকাশ", "published"),
)

# Bangla bylines. A desk ("অনলাইন ডেস্ক") or a reporter's role ("নিজস্ব প্রতিবেদক",
# "জেলা প্রতিনিধি") is kept as printed, without the place after it ("…, রাজশাহী");
# a name before the role ("রহিম উদ্দিন, নিজস্ব প্রতিবেদক") is kept without the role.
_BN_WORD = bengali.LETTER + "+"
_BN_NAME_WORD = "[\u0980-\u09ff.]+"
_BN_ROLE = (
    f"(?:{_BN_WORD} ){{0,3}}(?:প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|রিপোর্টার|করেসপন্ডেন্ট)"
    f"|(?:{_BN_WORD} ){{1,3}}ডেস্ক(?: রিপোর্ট)?"
)
_BN_PLACE = f"(?:, ?{_BN_WORD}(?: {_BN_WORD}){{0,2}})?"
_BN_AGENCIES = "বাসস|ইউএনবি|এএফপি|এপি|আইএএনএস|পিটিআই|র\u09dfটার্স|র\u09af\u09bcটার্স"
BENGALI_BYLINES = (
    f"^({_BN_ROLE}){_BN_PLACE}$",
    f"^({_BN_NAME_WORD}(?: {_BN_NAME_WORD}){{0,3}}), ?(?:{_BN_ROLE}){_BN_PLACE}$",
    "^লেখক ?[:ঃ] ?(.{2,60})$",
    f"^({_BN_AGENCIES})$",
)

GENERIC_BYLINES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^by\s+(.{2,80}?)\s*$",
        r"^((?:staff|special|our|senior|own)\s+(?:reporter|correspondent|writer)s?)$",
        r"^(.{2,40}?\s(?:report|desk|correspondent|reporter))$",
        r"^(Reuters|AFP|AP|UNB|BSS|IANS|PTI|Associated Press|Agence France-Presse)$",
        *BENGALI_BYLINES,
    )
)
# A Bangla name without a role beside a dateline ("মো. রহিম উদ্দিন"): two to four words.
_BN_NAME = re.compile(f"^{_BN_NAME_WORD}(?: {_BN_NAME_WORD}){{1,3}}$")
_NAME = re.compile(
    r"^(?:[A-Z][\w’'.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'.-]+|[A-Z]\.|de|van|von|al|bin)){1,3}$"
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_PROSE_END = re.compile(r"[.!?…:;\"'”’)\]।]$")  # । : the Bangla full stop (dari)
# Possessive (*+): giving back word characters could never make room for an apostrophe or
# hyphen, so the engine need not keep the state to try.
# Bengali vowel signs are not \w, so the block is added: a Bangla word is one word.
_WORD = re.compile(r"[\w\u0980-\u09ff]++(?:[’'\-][\w\u0980-\u09ff]++)*+")


@dataclass(frozen=True, slots=True)
class DateLine:
    index: int  # position in the line list
    kind: str  # "published" | "modified"
    found: dates.FoundDate


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def full_match(patterns: tuple[re.Pattern[str], ...], line: str) -> re.Match[str] | None:
    if len(line) > SHORT:
        return None
    for pattern in patterns:
        match = pattern.fullmatch(line)
        if match:
            return match
    return None


def is_chrome(line: str, profile: Profile, generic: Profile) -> bool:
    return len(line) <= SHORT and (
        _any_fullmatch(line, profile.chrome, profile.chrome_any)
        or _any_fullmatch(line, generic.chrome, generic.chrome_any)
    )


def is_tail_marker(line: str, profile: Profile, generic: Profile) -> bool:
    """Tail markers match at the start of a line: footers run on after their first words."""
    return _any_match(line, profile.chrome_tail, profile.chrome_tail_any) or _any_match(
        line, generic.chrome_tail, generic.chrome_tail_any
    )


def is_caption(line: str, profile: Profile, generic: Profile) -> bool:
    return len(line) <= SHORT and (
        _any_fullmatch(line, profile.caption_patterns, profile.caption_any)
        or _any_fullmatch(line, generic.caption_patterns, generic.caption_any)
    )


def _any_fullmatch(
    line: str, patterns: tuple[re.Pattern[str], ...], joined: re.Pattern[str] | None
) -> bool:
    """Whether one of `patterns` matches all of `line`; `joined` is them as one regex."""
    if joined is not None:
        return joined.fullmatch(line) is not None
    return any(p.fullmatch(line) for p in patterns)


def _any_match(
    line: str, patterns: tuple[re.Pattern[str], ...], joined: re.Pattern[str] | None
) -> bool:
    """Whether one of `patterns` matches at the start of `line`."""
    if joined is not None:
        return joined.match(line) is not None
    return any(p.match(line) for p in patterns)


def tag_list(line: str, profile: Profile, generic: Profile) -> tuple[str, ...] | None:
    match = full_match(profile.tag_line_patterns + generic.tag_line_patterns, line)
    if not match:
        return None
    listed = match.group(match.re.groups) if match.re.groups else match.group(0)
    return tuple(t.strip() for t in re.split(r"\s*[,|•;]\s*", listed) if t.strip())


def byline_names(line: str, profile: Profile) -> tuple[str, ...] | None:
    """Names on a byline line, or None when the line is not a byline."""
    match = full_match(profile.byline_patterns + GENERIC_BYLINES, line.strip())
    if not match:
        return None
    named = match.group(1) if match.re.groups and match.group(1) else match.group(0)
    # A bare-name pattern also matches "By Jane Doe": the "By" is never part of the name.
    return split_names(_BY.sub("", named))


def split_names(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|&|\band\b|\|)\s*", text.strip())
    return tuple(p.strip() for p in parts if p.strip())


def looks_like_name(line: str) -> bool:
    """Two to four capitalised words: a byline printed without "By"."""
    text = line.strip()
    if len(text) <= 50 and _NAME.fullmatch(text):
        return True
    return len(text) <= 40 and _is_bengali_name(text)


def _is_bengali_name(text: str) -> bool:
    """Two to four Bangla words that are not date words (a weekday, "প্রকাশ")."""
    if not bengali.has_script(text) or not _BN_NAME.fullmatch(text):
        return False
    return not any(word.rstrip("ঃ") in bengali.DATE_WORDS for word in text.split())


def is_prose(line: str) -> bool:
    """A body paragraph rather than a heading, label or menu item."""
    words = word_count(line)
    return words >= 12 or (words >= 5 and bool(_PROSE_END.search(line)))


def date_label(line: str, profile: Profile) -> str | None:
    lowered = line.lower().lstrip()
    for label, kind in profile.date_labels:
        if lowered.startswith(label.lower()):
            return kind
    for label, kind in DEFAULT_DATE_LABELS:
        if lowered.startswith(label):
            return kind
    return None


def read_date_line(
    index: int, line: str, profile: Profile, home_zone: str | None
) -> DateLine | None:
    """The date on a dateline; raises dates.ImpossibleDate for a dateline naming no real day."""
    if len(line) > SHORT:
        return None
    found = dates.find_date(line, home_zone, dict(profile.zones))
    if not dates.is_date_line(line, found) or found is None:
        return None
    return DateLine(index, date_label(line, profile) or "published", found)


def is_relative_date(line: str) -> bool:
    return len(line) <= 60 and bool(dates.RELATIVE.search(line))


def read_date_line_safe(line: str, profile: Profile) -> bool:
    """Whether `line` is a dateline, including ones naming impossible days."""
    try:
        return read_date_line(0, line, profile, "UTC") is not None
    except dates.ImpossibleDate:
        return True
