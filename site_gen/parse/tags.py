"""Tags for sources that carry none: recurring proper names, deterministic.

Rule: count capitalised names (runs of capitalised words, e.g. "John Kirby") in the
body, ignoring words in the stop list and sentence-initial words that never appear
capitalised mid-sentence. A surname alone ("Mr Kirby") counts for the full name seen
in the same article. Aliases map spellings to one tag ("US" -> "United States").
Names mentioned at least `min_mentions` times become tags, most mentioned first
(ties: first mentioned first), at most `max_per_article`.
"""

from __future__ import annotations

import re
from collections import Counter

from site_gen.core.config import TagRules

_STOP_WORDS = """
    a an the this that these those he she it its they we i you his her their our my your
    mr mrs ms dr sir prof in on at of for from to by with and but or nor so yet if as after
    before earlier later meanwhile however also according while when where what who why how
    there here then than monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december today
    yesterday tomorrow people government minister president officials official police
    photo file reuters afp ap ians pti bss unb said says one two three four five six seven
    eight nine ten last first next new many most some all any each every other such no not
"""
STOP = frozenset(_STOP_WORDS.split())
# Tokens: a capitalised word, a lower-case word or a punctuation mark; characters that
# start none of these (spaces, digits, "é") only separate tokens. A run of lower-case
# words comes back as one token: each of them ends a name and starts no sentence, and
# one token instead of several spares the loop in _names most of its turns.
# Possessive repeats (*+) only save the engine its bookkeeping: nothing follows them,
# and separators hold no letter, so giving characters back could never match more.
_PUNCTUATION = '.!?:;"“”‘’(),'
_SEPARATORS = rf"[^A-Za-z{_PUNCTUATION}]++"
_TOKEN = re.compile(
    rf"[A-Z]\w*+(?:[-'][A-Z]\w*+)*+|[a-z]\w*+(?:{_SEPARATORS}[a-z]\w*+)*+|[{_PUNCTUATION}]"
)
_SENTENCE_END = frozenset('.!?:;"“”')


def derive_tags(paragraphs: tuple[str, ...], rules: TagRules) -> tuple[str, ...]:
    stop = STOP | {s.lower() for s in rules.stop}
    aliases = {k.lower(): v for k, v in rules.aliases}
    mid_sentence: list[str] = []
    initial: list[str] = []
    for paragraph in paragraphs:
        for name, is_initial in _names(paragraph.replace("’s", "").replace("'s", ""), stop):
            (initial if is_initial and " " not in name else mid_sentence).append(name)
    counts = Counter(mid_sentence)
    # A sentence-initial word counts only if the text also capitalises it mid-sentence.
    counts.update([name for name in initial if name in counts])
    # Counter keeps the order names were first seen; ties go to the first mentioned.
    first_seen = {name: index for index, name in enumerate(counts)}
    merged = _merge_surnames(counts)
    tagged: Counter[str] = Counter()
    order: dict[str, int] = {}
    for name, count in merged.items():
        tag = aliases.get(name.lower(), name)
        tagged[tag] += count
        order[tag] = min(order.get(tag, first_seen[name]), first_seen[name])
    ranked = sorted(
        (
            t
            for t, c in tagged.items()
            if c >= rules.min_mentions and t.lower() not in stop and not _is_demonym(t)
        ),
        key=lambda t: (-tagged[t], order[t]),
    )
    return tuple(ranked[: rules.max_per_article])


def _is_demonym(name: str) -> bool:
    """ "Iranian", "Chinese": adjectives of places, which make poor tags on their own."""
    return " " not in name and name.endswith(("ian", "ians", "ese", "ean", "eans"))


def _names(paragraph: str, stop: frozenset[str]) -> list[tuple[str, bool]]:
    """Runs of capitalised words, each with whether it starts a sentence."""
    found: list[tuple[str, bool]] = []
    run: list[str] = []
    run_is_initial = False
    at_start = True
    for token in _TOKEN.findall(paragraph):
        first = token[0]
        if "A" <= first <= "Z" and token.lower() not in stop:
            if not run:
                run_is_initial = at_start
            run.append(token)
        elif run:
            found.append((" ".join(run), run_is_initial))
            run = []
        # Only a one-character punctuation token can end a sentence.
        at_start = first in _SENTENCE_END
    if run:
        found.append((" ".join(run), run_is_initial))
    return [(name, initial) for name, initial in found if len(name) > 1]


def _merge_surnames(counts: Counter[str]) -> Counter[str]:
    """Fold "Kirby" into "John Kirby" when exactly one full name ends with it."""
    owners: dict[str, list[str]] = {}
    for full in counts:
        if " " in full:
            owners.setdefault(full.rsplit(" ", 1)[1], []).append(full)
    merged: Counter[str] = Counter(counts)
    for name in counts:
        if " " not in name and len(owners.get(name, ())) == 1:
            merged[owners[name][0]] += merged.pop(name)
    return merged
