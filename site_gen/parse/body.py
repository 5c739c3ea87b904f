"""The body of a plain-text copy: its paragraphs, the captions among them, the tag lists
in and after it, and where the trailing chrome begins."""

from __future__ import annotations

import re
from itertools import islice

from site_gen.parse import bylines, header, lines, link_lists
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import Profile


def find_tail(kept: list[Numbered], body_at: int, profile: Profile, generic: Profile) -> int:
    """Where trailing chrome (comments, related links, footers) begins."""
    for index in range(body_at + 1, len(kept)):
        text = kept[index].text
        if text and _CARD_PICTURE.match(text):
            return _card_start(kept, body_at, index)
        if text.startswith("Headshot of ") and bylines.is_headshot_card(kept, index):
            return index  # the writers' cards under the text
        is_marker = text and lines.is_tail_marker(text, profile, generic)
        goes_on = is_marker and (
            _story_goes_on(kept, index, profile, generic) or _is_list_in_text(kept, index, profile)
        )
        if is_marker and not goes_on:
            return index
        if text and _is_dated_teaser(kept, index, profile, generic):
            return index
        if text and _is_label_over_aged_card(kept, index, profile, generic):
            return index
        if text and _is_next_story_head(kept, index, profile, generic):
            return index
    return len(kept)


def _is_next_story_head(
    kept: list[Numbered], index: int, profile: Profile, generic: Profile
) -> bool:
    """The next story, loaded under this one as the reader scrolled, or the next post on
    a page of posts: its headline, then its "By" line and its dateline in either order,
    or its "By" line and its prose ("Rowers take the title" / "By Ben Tully" / "December
    2, 2026 at 8:02 a.m."). A story's subhead has no byline under it."""
    text = kept[index].text
    if lines.ends_like_prose(text) or lines.word_count(text) > _HEAD_WORDS:
        return False
    printed = [i for i in range(index + 1, min(len(kept), index + _CARD_REACH)) if kept[i].text]
    after = [kept[i].text for i in printed if not lines.is_chrome(kept[i].text, profile, generic)]
    if len(after) < 2:
        return False
    if _is_by_line(after[0], profile):  # the byline first: then the dateline, or the prose
        under = after[1]
        is_dated = len(text) >= _SHORTEST_HEAD and lines.read_date_line_safe(under, profile)
        return is_dated or header.is_body_prose(under)
    # the dateline first, then the byline
    return (
        len(after) >= 3
        and len(text) >= _SHORTEST_HEAD
        and lines.read_date_line_safe(after[0], profile)
        and _is_by_line(after[1], profile)
    )


def _is_by_line(text: str, profile: Profile) -> bool:
    return bool(_BY_LINE.match(text)) and lines.byline_names(text, profile) is not None


_HEAD_WORDS = 20
_SHORTEST_HEAD = 12  # characters: a dated headline is no stray word
_BY_LINE = re.compile(r"^by\s", re.IGNORECASE)


def _story_goes_on(kept: list[Numbered], index: int, profile: Profile, generic: Profile) -> bool:
    """A sentence of the story that opens as a tail marker does ("Download the forms,
    residents were told, from the town hall."), with two paragraphs of prose under it: no
    tail yet (an app's prompt under the story has lists and links under it, not paragraphs)."""
    if not header.is_body_prose(kept[index].text):
        return False
    # (furniture under the marker, a site's name and address, is no paragraph of it)
    printed = (ln.text for ln in kept[index + 1 :] if ln.text)
    after = list(islice((t for t in printed if not lines.is_chrome(t, profile, generic)), 2))
    return len(after) == 2 and all(
        header.is_body_prose(text) and not lines.is_tail_marker(text, profile, generic)
        for text in after
    )


def _is_list_in_text(kept: list[Numbered], index: int, profile: Profile) -> bool:
    """A list of other stories ("Related Stories" over two headlines or more) with the
    story's prose under it: the page set it between paragraphs; the tail is further on.
    (One headline under the label may be a card's, its blurb the prose under it.)"""
    if not link_lists.is_list_label(kept[index].text):
        return False
    found = link_lists.inline_list(kept, kept, index, profile)
    return found is not None and len(found) > 2


def _is_dated_teaser(kept: list[Numbered], index: int, profile: Profile, generic: Profile) -> bool:
    """Another story's card under the article: its headline, its date and its blurb cut off
    with a link ("Fuel queue returns" / "Wednesday, 10 August 2022 - 07:40" / "… Read More")."""
    text = kept[index].text
    if lines.ends_like_prose(text) or lines.word_count(text) > 20:
        return False
    # (past share buttons and blank lines between them)
    printed = [i for i in range(index + 1, min(len(kept), index + _CARD_REACH)) if kept[i].text]
    after = [i for i in printed if not lines.is_chrome(kept[i].text, profile, generic)][:2]
    if len(after) < 2 or not _TEASER_END.search(kept[after[1]].text):
        return False
    return lines.read_date_line_safe(kept[after[0]].text, profile)


_CARD_REACH = 16  # lines: the card's own three, and what pages put between them


def _is_label_over_aged_card(
    kept: list[Numbered], index: int, profile: Profile, generic: Profile
) -> bool:
    """A box's label over other stories' cards, each stamped with its age and its section
    ("Go deeper" / "Jo Roe, author of Vitals" / "51 mins ago - Health" / its headline):
    the related box under the story. A live post's bare "5 mins ago" names no section."""
    text = kept[index].text
    if lines.ends_like_prose(text) or lines.word_count(text) > _BOX_LABEL_WORDS:
        return False
    printed = (ln.text for ln in kept[index + 1 : index + _CARD_REACH] if ln.text)
    after = list(islice((t for t in printed if not lines.is_chrome(t, profile, generic)), 2))
    return any(_AGE_AND_SECTION.match(t) for t in after)


_BOX_LABEL_WORDS = 3
# "51 mins ago - Health", "2 hours ago · Politics & Policy": a card's age and section
_AGE_AND_SECTION = re.compile(
    r"^\d{1,2} (?:mins?|minutes?|hours?|hrs?|days?) ago\s?[-–—·•|]\s?[A-Z][\w&'’ ]{1,30}$"
)
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*(?:Read More|Read more|More)?$|\bRead More$")


# What a link card's or an author box's picture leaves in a copy: its alt text.
_CARD_PICTURE = re.compile(r"^(?:Article image|Story image|Thumbnail|Avatar|Author avatar)$")


def _card_start(kept: list[Numbered], body_at: int, picture_at: int) -> int:
    """A card is a headline over its picture ("Floods close two crossings" over "Article
    image"): the card, and what follows it, starts at that headline."""
    above = next((i for i in range(picture_at - 1, body_at, -1) if kept[i].text), None)
    if above is None or lines.ends_like_prose(kept[above].text):
        return picture_at
    return above


def split_body(
    kept: list[Numbered],
    body_at: int,
    end: int,
    used: set[int],
    profile: Profile,
    generic: Profile,
    all_lines: list[Numbered],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Paragraphs, captions and tags. `all_lines`: the lines before chrome was blanked
    (a topic list's label is often chrome itself)."""
    paragraphs: list[str] = []
    captions: list[str] = []
    tags: list[str] = []
    block: list[str] = []
    used = used | _read_more_links(kept, all_lines, body_at, end)
    used = used | _inline_lists(kept, all_lines, body_at, end, profile)
    for index in range(body_at, end):
        text = kept[index].text
        listed = lines.tag_list(text, profile, generic) if text else None
        if not text or index in used:
            _flush(block, paragraphs)
            continue
        if listed is not None:
            tags.extend(listed)
        elif (
            lines.is_caption(text, profile, generic)
            or _is_alt_and_caption(kept, index)
            or _is_alt_over_credited_caption(kept, index, profile, generic)
            or _is_alt_paired_with_caption(kept, index, profile, generic)
        ):
            captions.append(text)
        else:
            block.append(text)
            continue
        _flush(block, paragraphs)
    _flush(block, paragraphs)
    paragraphs = _join_column_breaks(paragraphs)
    for index in range(end, len(kept)):  # tag lists often sit among the trailing chrome
        listed = lines.tag_list(kept[index].text, profile, generic) if kept[index].text else None
        tags.extend(listed or ())
    # the label may sit under the last paragraph, where no tail marker began the chrome
    start = min(end, _last_text(kept, body_at, end))
    tags.extend(_topic_block(kept, all_lines, start, profile, generic))
    return tuple(paragraphs), tuple(captions), tuple(dict.fromkeys(tags))


def _join_column_breaks(paragraphs: list[str]) -> list[str]:
    """A print page's text (an e-paper reader, a PDF) breaks a paragraph where its column
    ends, with a blank line after a comma or a small word ("… investments coming from
    India, the US," / "Japan, China or any other country."): no paragraph ends so, and
    the two are one. A short line ending in a comma is a list's item or a salutation."""
    out: list[str] = []
    for text in paragraphs:
        if out and _is_cut_by_column(out[-1]) and lines.word_count(text) >= _COLUMN_REST_WORDS:
            out[-1] = lines.join_wrapped([out[-1], text])
        else:
            out.append(text)
    return out


def _is_cut_by_column(text: str) -> bool:
    if lines.word_count(text) < _COLUMN_CUT_WORDS or text.endswith(lines.QUOTE_GOES_ON):
        return False
    last = text.rsplit(None, 1)[-1]
    return text.endswith(",") or last in lines.RUN_ON_WORDS


# A paragraph cut by a column's end is long; the rest of it runs to a few words at least.
_COLUMN_CUT_WORDS = 12
_COLUMN_REST_WORDS = 3


def _read_more_links(
    kept: list[Numbered], all_lines: list[Numbered], body_at: int, end: int
) -> set[int]:
    """A link to another story inside the text: a lone "Read More" (blanked as furniture)
    over its headline ("Read More" / "Fears for rural bus routes as timetable changes")."""
    found: set[int] = set()
    for index in range(body_at, min(end, len(all_lines))):
        if not _READ_MORE.match(all_lines[index].text):
            continue
        head = _next_text_over_furniture(kept, all_lines, index, end)
        if head is None:
            continue
        if not _is_link_headline(kept[head].text):
            continue
        found |= {index, head}
        if not all_lines[index].text.endswith(":"):
            continue  # a lone "Read More" over its one link
        # "Read more:" over two or three links, a line each, no blank between them
        for after in range(head + 1, min(end, head + _LINKS)):
            if not _is_link_headline(kept[after].text):
                break
            found.add(after)
    return found


def _inline_lists(
    kept: list[Numbered], all_lines: list[Numbered], body_at: int, end: int, profile: Profile
) -> set[int]:
    """The lines of each list of other stories set between the paragraphs (its label,
    its headlines, their dates): the page's, not the article's."""
    found: set[int] = set()
    for index in range(body_at, min(end, len(all_lines))):
        if link_lists.is_list_label(all_lines[index].text):
            found |= set(link_lists.inline_list(kept, all_lines, index, profile) or ())
    return found


def _next_text_over_furniture(
    kept: list[Numbered], all_lines: list[Numbered], index: int, end: int
) -> int | None:
    """The next line of text under `index`, past blank lines and a few lines of furniture
    the copy blanked ("Read More" / a menu bar / the link's headline)."""
    furniture = 0
    for at in range(index + 1, min(end, len(kept))):
        if kept[at].text:
            return at
        if all_lines[at].text:
            furniture += 1
            if furniture > _READ_MORE_FURNITURE:
                return None
        elif at - index > _READ_MORE_REACH + 2 * furniture:
            return None
    return None


def _is_link_headline(text: str) -> bool:
    return bool(text) and not lines.ends_like_prose(text) and lines.word_count(text) <= _LINK_WORDS


# "Read More", and the label with its colon, the desk it reads on too ("Read more:", "Read
# more UK news:"); "READ MORE HERE" under a digest's item is that item's link, no label
_READ_MORE = re.compile(r"^(?:Read more|Read More|READ MORE)(?:(?: [A-Za-z]+){0,3}:)?$")
# How far below the label its link sits: a blank line or two, and the lines of furniture
# between them that the copy blanked ("Read More" / a menu bar / the headline), a few at most
_READ_MORE_REACH = 3
_READ_MORE_FURNITURE = 3
# How many links such a label lists, a line each
_LINKS = 4
_LINK_WORDS = 20


# a list's bullet may lead the label and each item ("- ট্যাগ:" / "- বন্যা"); Bangla
# "ট্যাগ" (tag) and "বিষয়" (topic), its colon often the visarga
_TOPICS_LABEL = re.compile(
    r"^(?:[-•·]\s*)?(?:tags?|topics?|related topics?|related tags|keywords|more on|more about"
    r"|explore more on these topics|more on these topics|ট্যাগস?|বিষ(?:\u09df|\u09af\u09bc)"
    # the label in continental editions: "Schlagworte", "Themen" (German), "Etiquetas",
    # "Temas" (Spanish, Portuguese), "Argomenti" (Italian), "Tagi", "Tematy" (Polish),
    # "Onderwerpen" (Dutch), "Témata", "Štítky" (Czech), "Ämnen", "Taggar" (Swedish)
    r"|schlagworte|schlagwörter|themen|etiquetas|temas(?: relacionados)?|palavras-chave"
    r"|assuntos|argomenti|tagi|tematy|onderwerpen|témata|štítky|ämnen|taggar)"
    r"\s*[:ঃ]?$",
    re.I,
)
MAX_TOPICS = 12
# "Chennai / police", "history, lighthouses", "Farming | Water": several topics on one line
_TOPIC_SEPARATOR = re.compile(r"\s+/\s+|\s*,\s+|\s+\|\s+")


def _last_text(kept: list[Numbered], body_at: int, end: int) -> int:
    """Where the body's last prose line is (the topics' label comes after it; "Topics:"
    ends in a colon as a sentence introducing a list does, and is no prose)."""
    prose = [i for i in range(body_at, end) if _is_prose_line(kept[i].text)]
    return prose[-1] + 1 if prose else end


def _is_prose_line(text: str) -> bool:
    return bool(text) and lines.ends_like_prose(text) and not _TOPICS_LABEL.match(text)


def _topic_block(
    kept: list[Numbered], labels: list[Numbered], start: int, profile: Profile, generic: Profile
) -> list[str]:
    """A printed topic list, one item per line under its label ("Topics" / "Drought" /
    "Farming"): short lines that are no sentence, until the first blank after them or a
    button ("Share") or the next block of chrome ("Most viewed")."""
    for index in range(start, len(kept)):
        if _TOPICS_LABEL.match(labels[index].text):
            topics: list[str] = []
            for line, printed in zip(
                kept[index + 1 : index + 2 + MAX_TOPICS],
                labels[index + 1 : index + 2 + MAX_TOPICS],
                strict=False,
            ):
                text = line.text
                if not text and printed.text:
                    break  # the page's chrome ("Copyright …") under an empty label: no topics
                if not text:
                    if topics:
                        break
                    continue
                if lines.is_chrome(text, profile, generic) or lines.is_tail_marker(
                    text, profile, generic
                ):
                    break
                # One topic a line, or several on one ("Chennai / police", "#Budget #Taxes")
                items = _topic_items(text.lstrip("-•· "))
                if any(lines.word_count(t) > 4 or lines.ends_like_prose(t) for t in items):
                    break
                topics.extend(items)
            if topics:
                return topics
    return []


def _topic_items(text: str) -> list[str]:
    """The topics on one line under the label: parted by "/", "," or "|", or hashtags."""
    if text.startswith("#"):
        return [t for t in text.replace(",", " ").replace("#", " ").split() if t]
    return [t.strip() for t in _TOPIC_SEPARATOR.split(text) if t.strip()]


def _is_alt_and_caption(kept: list[Numbered], index: int) -> bool:
    """A picture's line printed again on the next or previous line (its alt text, then its
    caption) and ending in no sentence: the picture's, not a paragraph."""
    text = kept[index].text
    if len(text) > lines.SHORT or lines.ends_like_prose(text) or lines.word_count(text) < 3:
        return False
    return any(0 <= at < len(kept) and kept[at].text == text for at in (index - 1, index + 1))


def _is_alt_over_credited_caption(
    kept: list[Numbered], index: int, profile: Profile, generic: Profile
) -> bool:
    """A picture's words over its caption, which prints them again after the credit run
    into them ("À Granby, …" over "Photo: Jo Roe The CourierÀ Granby, …"): the picture's."""
    text = kept[index].text
    if len(text) < _ALT_MIN or len(text) > lines.SHORT:
        return False
    after = [ln.text for ln in kept[index + 1 : index + 17] if ln.text][:1]  # past blanked chrome
    return (
        bool(after)
        and after[0] != text
        and after[0].endswith(text)
        and (lines.is_caption(after[0], profile, generic))
    )


_ALT_MIN = 20


def _is_alt_paired_with_caption(
    kept: list[Numbered], index: int, profile: Profile, generic: Profile
) -> bool:
    """A block of two lines, a short one over a credited caption ("A ringtail possum sits
    in a tree.." over "A ringtail possum is believed to be … .(Flickr: jroe)"): the
    picture's alt text over its caption. (A paragraph stands apart from the picture under
    it; in a copy of no blank lines, no block is two lines.)"""
    text = kept[index].text
    if len(text) > lines.SHORT or lines.word_count(text) < 3:
        return False
    if index + 1 >= len(kept) or index == 0 or kept[index - 1].text:
        return False
    if lines.byline_names(text, profile):
        return False  # "Words by Jo Roe" over "Photos: Al Lee": the credits, no picture's
    after = kept[index + 1].text
    closed = index + 2 >= len(kept) or not kept[index + 2].text
    return bool(after) and closed and after != text and lines.is_caption(after, profile, generic)


def header_captions(
    kept: list[Numbered], header: range, profile: Profile, generic: Profile
) -> tuple[str, ...]:
    """Photo captions between the headline and the body (a lead image)."""
    return tuple(
        kept[i].text
        for i in header
        if kept[i].text
        and (
            lines.is_caption(kept[i].text, profile, generic)
            or lines.is_caption_under_credit(kept, i, profile, generic)
        )
    )


def _flush(block: list[str], paragraphs: list[str]) -> None:
    """A block of lines is one paragraph if hard-wrapped, else one paragraph per line."""
    if not block:
        return
    pairs = list(zip(block, block[1:], strict=False))
    wrapped = len(block) > 1 and all(_runs_on(a) and not _DATELINE_OPENS.match(b) for a, b in pairs)
    if wrapped:
        paragraphs.append(lines.join_wrapped(block))
    elif len(block) > 2 and sum(_runs_on(line) for line in block[:-1]) * 2 >= len(block) - 1:
        # mostly hard-wrapped, a line now and then ending where a sentence does: the lines
        # that run on join the next ("… The board and its" / "engineers are …")
        paragraphs.extend(_joined_runs(block))
    else:
        paragraphs.extend(block)
    block.clear()


# with the full stops of Bengali and Hindi, Armenian, Ethiopic, Burmese and Khmer, the
# French closing quote ("… par centaines. »"), and the full-width stops of Chinese and
# Japanese with their closing quotes ("…を請求しました。", "…と話した」"): such a copy
# often prints each paragraph as one line with no blank between them
_ENDS = (
    *(".", "!", "?", ":", "”", '"', "’", "»", "।", "։", "።", "။", "។"),
    *("。", "！", "？", "」", "』"),
)


def _runs_on(line: str) -> bool:
    # a closing quote after the full stop ends a sentence too ("… রইল।’", "… said.’"), and
    # a credit in brackets after it ("… of our readers. (The Valley Ledger)")
    ends = line.endswith(_ENDS) or _CREDIT_END.search(line)
    return len(line) >= 50 and not ends


_CREDIT_END = re.compile(r"[.!?]\s*\([^()]{1,40}\)$")


# A lede's dateline in capitals opens a paragraph, never a wrapped line's rest: a list's
# headline over it ("Old bookshop to close" / "ASHFORD -- The second-hand …") stays apart.
_DATELINE_OPENS = re.compile(
    r"^[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,2}\s*(?:\([^()]{1,30}\))?\s*(?:--|–|—)\s"
)


def _joined_runs(block: list[str]) -> list[str]:
    out = [block[0]]
    for previous, line in zip(block, block[1:], strict=False):
        if _runs_on(previous) and not _DATELINE_OPENS.match(line) or line[:1].islower():
            out[-1] = lines.join_wrapped([out[-1], line])
        else:
            out.append(line)
    return out
