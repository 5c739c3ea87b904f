"""Where the body of a plain-text copy starts, its standfirst, and its lede without what
a copy glued before it (a standfirst, a dateline alone, a picture's name, a pull quote)."""

from __future__ import annotations

import re

from site_gen.parse import head_marks, header, lines
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import Profile

# The longest standfirst: a summary is a sentence or two.
STANDFIRST_WORDS = 45


_NEIGHBOURS = 4


def find_body_start(
    kept: list[Numbered],
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
    generic: Profile,
) -> int:
    body_at = _body_start(kept, title_at, date_lines, profile, generic)
    return _with_greeting(kept, title_at, body_at, {d.index for d in date_lines})


# A newsletter's or a speech's greeting, a sentence of its own over the text ("Good
# morning.", "Hello, everyone!"): the text's first paragraph, though too short for prose.
# (A letter's salutation ending in a comma, "Dear Members,", is no paragraph.)
_GREETING = re.compile(
    r"^(?:(?:Good (?:morning|afternoon|evening|day)\b|(?:Hello|Hi|Greetings)[, !]"
    r"|Welcome(?: back)?(?: to| everyone|,)|Ladies and gentlemen\b)[^.!?]{0,80}[.!]"
    # the Pacific's greetings, alone on their line over a briefing: "Bula", "Kia ora
    # koutou.", "Talofa lava!", "Mālō e lelei"
    r"|(?:Bula(?: vinaka)?|Ni sa bula|Kia ora(?: koutou| tātou| tatou)?|Talofa(?: lava)?"
    r"|M[āa]l[ōo] e lelei|Halo olgeta|Kam na mauri|Iakwe)[.!]?)$"
)


def is_greeting(text: str) -> bool:
    """A newsletter's greeting alone on its line ("Kia ora koutou"), its first paragraph."""
    return bool(_GREETING.match(text))


# A columnist's question of a few words, alone on its line, opening the text ("So, where
# were we?"): too short for prose, but the text's first paragraph when the dateline is
# right above it.
_OPENING_QUESTION = re.compile(r"^[A-Z][^.!?]{6,60}\?$")


def _with_greeting(kept: list[Numbered], title_at: int, body_at: int, dated: set[int]) -> int:
    """`body_at`, or the greeting (or the question under the dateline) right above it that
    opens the text."""
    above = next((i for i in range(body_at - 1, title_at, -1) if kept[i].text), None)
    if above is None or above in dated:
        return body_at
    if _GREETING.match(kept[above].text):
        return above
    over = next((i for i in range(above - 1, title_at, -1) if kept[i].text), None)
    if over in dated and _OPENING_QUESTION.match(kept[above].text):
        return above
    return body_at


def _body_start(
    kept: list[Numbered],
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
    generic: Profile,
) -> int:
    dated = {d.index for d in date_lines} | _relative_datelines(kept, title_at, profile)
    # "Publish date:" with its date not copied (a script drew it) parts the standfirst
    # from the text as its dateline would
    reach = range(title_at + 1, min(len(kept), title_at + RELATIVE_REACH))
    dated |= {i for i in reach if header.is_bare_date_label(kept[i].text, profile)}
    first = _after_points(kept, _first_prose(kept, title_at + 1, dated), dated)
    # a picture's caption under the headline reads like a sentence: the text starts after
    # it (past a match's score lines too), unless the page has nothing but captions
    while first < len(kept) and (
        lines.is_caption(kept[first].text, profile, generic)
        or lines.is_caption_under_credit(kept, first, profile, generic)
    ):
        after = _after_points(kept, _first_prose(kept, first + 1, dated), dated)
        if after >= len(kept):
            break
        first = after
    # A standfirst: one sentence under the headline, then the byline and dateline. The
    # body starts after that block, not at the standfirst.
    following = [i for i in range(first + 1, min(first + 14, len(kept))) if kept[i].text][:6]
    credited = None
    # a fact check's box ("Claim: …", "Verdict: False", its reason) over the writer and the
    # date: its sentences are no lede, the text starts under the dateline
    in_box = bool(_VERDICT_BOX.match(kept[first].text)) if first < len(kept) else False
    if following and (caption := _picture_twice_under(kept, title_at, first, following)):
        return _first_prose(kept, caption + 1, dated)
    if following and _is_summary_over_picture(kept, title_at, first, following, profile, generic):
        return _first_prose(kept, following[0] + 1, dated)
    entries = _timeline_entries(kept, title_at, first, following, date_lines)
    # a picture's alt text and its caption print one sentence twice running: over the
    # writer and the date, that is the lead picture, and the text starts under them
    twin = following[0] if following and kept[following[0]].text == kept[first].text else None
    for index in following:
        if index == twin:
            continue
        if index in dated and index not in entries:
            # the block is the run of datelines from here; a comment's date further down
            # ("1. Tomas on March 4, 2011 8:15 pm") is not the head's
            block = following[following.index(index) :]
            runs = zip(block, block[1:], strict=False)
            block_end = next((b for b, n in runs if n not in dated), block[-1])
            return _first_prose(kept, block_end + 1, dated)
        text = kept[index].text
        bare = lines.without_outlet(text)  # "Jo Roe and Ann Lee (The Courier)" ends like prose
        is_credit = bool(lines.byline_names(bare, profile) or lines.name_list(bare))
        # "ARSH RAFIK VISAAL" under the standfirst: a writer printed in capitals, no "By"
        is_credit = is_credit or _is_name_in_capitals(bare)
        # "Jo Roe | 162" under it: a writer's name beside the count of comments
        counted = lines.without_comment_count(bare)
        is_credit = is_credit or (counted != bare and lines.looks_like_name(counted))
        if is_credit and not header.is_body_prose(bare):
            credited = index  # standfirst, photo, "Express News Service", then the lede
            continue
        if lines.is_prose(text) and not lines.is_caption(text, profile, generic) and not in_box:
            break
    if credited is not None and _is_opening_paragraph(kept[first].text):
        credited = None  # a paragraph of several sentences over the credit opens the text
    body_at = _first_prose(kept, credited + 1, dated) if credited is not None else first
    return _after_headline_again(kept, title_at, body_at, dated)


# The reading time a head prints under its standfirst: "5 min read", "- 5 minutos de
# lectura" (a list's dash before it, an icon's stray quote after), "Lesezeit: 4 Min.",
# "Temps de lecture : 3 min", "Leitura: 2 min"
_READING_TIME = re.compile(
    r"^(?:[-•·]\s*)?(?:(?:lesezeit|temps de lecture|lecture|tiempo de lectura|lectura"
    r"|tempo de leitura|leitura|tempo di lettura|leestijd)\s*:?\s*)?"
    r"\d{1,3}\s?(?:min(?:ute)?s?\.?|minutos|minuti|minuten)"
    r"(?:\s+(?:read|de lectura|de leitura|de lecture|di lettura|lesezeit|leestijd))?['’]?$",
    re.IGNORECASE,
)


def past_reading_time(
    kept: list[Numbered], raw: list[Numbered], title_at: int, body_at: int, dated: set[int]
) -> int:
    """A short summary right under the headline, then the reading time (blanked as
    furniture), then the text: the summary is the standfirst, the body starts under the
    reading time. (Under a byline or a date, the first paragraph is the lede already.)"""
    if body_at >= len(kept) or lines.word_count(kept[body_at].text) > STANDFIRST_WORDS:
        return body_at
    if any(raw[i].text for i in range(title_at + 1, body_at)):
        return body_at
    after = next((i for i in range(body_at + 1, len(raw)) if raw[i].text), None)
    if after is None or not _READING_TIME.match(raw[after].text):
        return body_at
    start = _first_prose(kept, after + 1, dated)
    return start if start < len(kept) else body_at


def _is_opening_paragraph(text: str) -> bool:
    """A standfirst is a sentence or two under the headline; three or more sentences over
    the writer's credit (a review of the year's introduction) are the text's first paragraph."""
    sentences = len(SENTENCE_BREAK.findall(text)) + 1
    return sentences >= _OPENING_SENTENCES and lines.word_count(text) >= _OPENING_WORDS


_OPENING_SENTENCES = 3
_OPENING_WORDS = 40


def _timeline_entries(
    kept: list[Numbered],
    title_at: int,
    first: int,
    following: list[int],
    date_lines: list[lines.DateLine],
) -> set[int]:
    """Under a lede whose page printed its date above it, a day alone on its line
    ("September 28, 2026") heads a timeline's entry: no dateline closing a standfirst."""
    if not any(title_at < d.index < first for d in date_lines):
        return set()
    return {
        d.index
        for d in date_lines
        if d.index in following
        and d.found.precision == "day"
        and not d.is_labelled
        and lines.word_count(kept[d.index].text) <= 4
    }


def _is_name_in_capitals(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and text.isupper()
        and all(w.isalpha() or w.rstrip(".").isalpha() for w in words)
        and lines.looks_like_name(text)
        and not header.is_banner_label(text)
    )


def _is_summary_over_picture(
    kept: list[Numbered],
    title_at: int,
    first: int,
    following: list[int],
    profile: Profile,
    generic: Profile,
) -> bool:
    """Right under the headline, a summary with no closing stop, then the lead picture's
    credit alone ("(AP Photo/Jo Roe)"), then the text: the summary is the standfirst. (A
    lede ends its sentence; a summary's last word often stands without one.)"""
    above = [i for i in range(title_at + 1, first) if kept[i].text]
    text = kept[first].text
    if above or lines.ends_like_prose(text) or lines.word_count(text) > STANDFIRST_WORDS:
        return False
    credit = kept[following[0]].text
    if not lines.is_caption(credit, profile, generic) or len(credit) > _CREDIT_ALONE:
        return False
    return len(following) > 1 and header.is_body_prose(kept[following[1]].text)


def _picture_twice_under(
    kept: list[Numbered], title_at: int, first: int, following: list[int]
) -> int | None:
    """One sentence right under the headline, then the lead picture's line printed twice
    (its alt text and its caption, a credit between or not), then the text: the sentence
    is the standfirst over the picture, not the lede. Returns the caption's line."""
    if any(kept[i].text for i in range(title_at + 1, first)) or len(following) < _PICTURE_AND_TEXT:
        return None
    text = kept[first].text
    if lines.word_count(text) > STANDFIRST_WORDS or SENTENCE_BREAK.search(text):
        return None
    texts = [kept[i].text for i in following[:_PICTURE_AND_TEXT]]
    if texts[0] == text or texts[0] not in texts[1:3] or lines.word_count(texts[0]) < _ALT_WORDS:
        return None
    caption = texts.index(texts[0], 1)
    return following[caption] if header.is_body_prose(texts[caption + 1]) else None


_PICTURE_AND_TEXT = 4
_ALT_WORDS = 4


# A picture's credit alone on its line is short: "(AP Photo/Jo Roe)", "Photo: Jo Roe"
_CREDIT_ALONE = 80


# The labels of a fact check's verdict box: "Claim:", "Verdict: FALSE", "Our rating: …"
_VERDICT_BOX = re.compile(
    r"^(?:the\s+)?(?:claim|verdict|our verdict|rating|our rating|ruling|our ruling)\s*:\s",
    re.IGNORECASE,
)


# How far under the headline a dateline that gives no date may sit.
RELATIVE_REACH = 14


def _relative_datelines(kept: list[Numbered], title_at: int, profile: Profile) -> set[int]:
    """The head's dateline that says no date: "2 months ago", and its label alone on the
    line above ("Published", then "2 months ago"). It parts the standfirst from the body
    as a dated line does."""
    found: set[int] = set()
    for index in range(title_at + 1, min(len(kept), title_at + RELATIVE_REACH)):
        text = kept[index].text
        # a dateline is a few words, no sentence: "2 months ago", "Updated 3 hours ago"
        # ("2 days ago the river burst its banks." is the lede)
        is_short = lines.word_count(text) <= 6 and not lines.ends_like_prose(text)
        if not text or not is_short or not lines.is_relative_date(text):
            continue
        found.add(index)
        above = next((i for i in range(index - 1, title_at, -1) if kept[i].text), None)
        if above is not None and _is_label_alone(kept[above].text, profile):
            found.add(above)
    return found


def _is_label_alone(text: str, profile: Profile) -> bool:
    """ "Published", "Posted on:": a date's label with its date on the next line."""
    return lines.date_label(text, profile) is not None and lines.word_count(text) <= 3


def _after_points(kept: list[Numbered], first: int, dated: set[int]) -> int:
    """Bulleted points right under the headline ("• The council approved …", two or more)
    summarise the story, as highlights do without their label: the body starts at the
    first paragraph after them that is no point."""
    points = 0
    for index in range(first, len(kept)):
        text = kept[index].text
        if not text:
            continue
        if not _BULLET.match(text):
            break
        points += 1
    else:
        return first
    if points < 2:
        return first
    after = _first_prose(kept, index, dated)
    return after if after < len(kept) and not _BULLET.match(kept[after].text) else first


_BULLET = re.compile(r"^[•▪●◦■]\s*\S")


def _after_headline_again(
    kept: list[Numbered], title_at: int, body_at: int, dated: set[int]
) -> int:
    """A one-sentence summary, then the headline again, then the article (page title,
    standfirst, h1): the body starts after the second headline; the summary leads in."""
    title = kept[title_at].text
    summary = kept[body_at].text if body_at < len(kept) else ""
    if lines.word_count(summary) > STANDFIRST_WORDS or len(SENTENCE_BREAK.findall(summary)) > 0:
        return body_at
    again = next(
        (i for i in range(body_at + 1, min(len(kept), body_at + 12)) if kept[i].text), None
    )
    if again is not None and lines.same_text(kept[again].text, title):
        return _first_prose(kept, again + 1, dated)
    return body_at


_LEDE_WORDS = 15  # a summary's points are short; a lede's sentence seldom is

# A summary printed under its label over the text, the label often run into it:
# "Summary:Back in the 80's …", "TL;DR: …"
_LABELLED_SUMMARY = re.compile(r"^(?:Summary|Synopsis|In brief|TL;DR)\s?:\s?\S", re.IGNORECASE)

# "By Jane Roe (The Daily Courier)" ends in a bracket, as a sentence may; it is a byline.
_BY_NAME = re.compile(r"^By\s+[A-Z]")


def _is_by_line(text: str) -> bool:
    return bool(_BY_NAME.match(text)) and lines.word_count(text) <= 8


def _first_prose(kept: list[Numbered], start: int, dated: set[int]) -> int:
    """The first paragraph-like line: a sentence that ends (a standfirst without a full
    stop is not the lede); a copy with no such line starts at its first long line."""
    fallback = None
    in_highlights = False
    for index in range(start, len(kept)):
        text = kept[index].text
        if not text:
            in_highlights = False
            continue
        # "Story highlights" lists the standfirst's points; "In this article", the subheads
        if lines.HIGHLIGHTS.match(text) or lines.CONTENTS.match(text):
            in_highlights = True
            continue
        if in_highlights and lines.word_count(text) >= _LEDE_WORDS and header.is_body_prose(text):
            in_highlights = False  # no blank line after the points: a lede's sentence ends them
        # the line's neighbours, a few lines each way (blanked furniture may sit between)
        near = max(0, index - _NEIGHBOURS)
        window = [k.text for k in kept[near : index + _NEIGHBOURS + 1]]
        if lines.is_fact_row(window, index - near) or lines.is_score_line(window, index - near):
            continue  # "Charge: Fraud (pleaded guilty)", "Kelby Town 2 (Roe 14)": no lede
        if index in dated or in_highlights or lines.meta_byline(text) or _is_by_line(text):
            continue  # a blog's "posted by … in …" line ends like a sentence, but is none
        if _LABELLED_SUMMARY.match(text):
            continue  # "Summary: Back in the 80's …": the standfirst under its label
        if header.is_body_prose(text) or _runs_on(kept, index):
            return index
        if fallback is None and lines.is_prose(text):
            fallback = index
    return fallback if fallback is not None else len(kept)


def _runs_on(kept: list[Numbered], index: int) -> bool:
    """A paragraph broken where a link's text was lost ("… announced a partnership with"
    then "and others are …" on the next line): it goes on in lower case, no blank between."""
    text = kept[index].text
    after = kept[index + 1].text if index + 1 < len(kept) else ""
    return lines.word_count(text) >= 12 and after[:1].islower() and lines.word_count(after) >= 3


def standfirst(
    kept: list[Numbered],
    title_at: int,
    body_at: int,
    date_lines: list[lines.DateLine],
    byline: tuple[str, ...],
    section: str | None,
    profile: Profile,
    generic: Profile,
) -> str | None:
    """The lines between headline and body that are neither byline, dateline nor label:
    the standfirst (one sentence, or a few lines of highlights), joined."""
    dated = {d.index for d in date_lines}
    # the headline printed again, also without the badge or mail subject's label it had
    headline = (kept[title_at].text, header.clean_title(kept[title_at].text))
    parts = []
    for index in range(title_at + 1, body_at):
        text = kept[index].text
        if not text or index in dated or text == section or text in headline or text in byline:
            continue
        if lines.CONTENTS.match(text):
            break  # "In this article" over its subheads, down to the body
        if lines.byline_names(text, profile) or header.is_byline_like(text):
            continue
        if any(name in text for name in byline) and not lines.is_prose(text):
            continue  # "Aktau, March 14 /Steppe Wire, D. Ormanova/": the writer's credit line
        if any(text.startswith(f"{name} is ") for name in byline):
            continue  # "Jo Roe is The Courier's correspondent …": the writer's, not a summary
        if _under_writer(kept, index, byline) and header.names_a_role(text):
            continue  # "Editor and publisher at The Bulletin" under the writer's name
        if lines.REVIEWER.match(text) or lines.name_list(text):  # "Jo Roe and Ann Lee (…)"
            continue
        if lines.is_life_date(text):
            continue  # "Born: 2 March 1938": an obituary's facts box, no summary
        if head_marks.crumb_title([t.text for t in kept], index) == title_at:
            continue  # "Home Local <headline>": a breadcrumb
        if lines.is_caption(text, profile, generic) or lines.tag_list(text, profile, generic):
            continue  # a picture's line; a blog's "Categories: …" under its headline
        if _is_printed_twice_running(kept, index):
            continue  # a picture's alt text and its caption: one sentence twice
        bare = text.lstrip("•·-–* ")
        if lines.word_count(text) >= 5 and (lines.is_prose(text) or bare[:1].isupper()):
            parts.append(text)
    return " ".join(parts) or None


def _is_printed_twice_running(kept: list[Numbered], index: int) -> bool:
    text = kept[index].text
    before = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), "")
    after = next((ln.text for ln in kept[index + 1 :] if ln.text), "")
    return text in (before, after)


def _under_writer(kept: list[Numbered], index: int, byline: tuple[str, ...]) -> bool:
    """The line right under the writer's name (a line of its own), not a sentence."""
    above = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), "")
    return above in byline and not lines.ends_like_prose(kept[index].text)


# "KATHMANDU, 18 June:", "Jakarta (AsiaNews) –", "NEW DELHI:": where a lede begins.
# a place of two letters or more: "Q: How did it start?" opens an interview's question
_DATELINE_START = re.compile(
    # the day may carry its year: "ZAGREB, 2. ožujka 2012. (Hina) - …"
    r"^[A-Z][\w.'’-]+(?:[ ,/]+[A-Z][\w.'’-]*){0,3}"
    r"(?:,\s*\d{1,2}\s+[A-Z][a-z]+|,\s[^,()—–:]{3,20},?\s\d{4}\.?)?"
    r"\s*(?:\([^()]{2,40}\))?\s*(?::|–|—|-{1,2})\s(?![a-z])"
    # a score or a rating after the colon is no dateline's text: "Engadget Score: 93"
    r"(?![\d.,/%]+$)"
    # "RALEIGH, N.C. (WBTV) –The …": after an agency the dash may touch the first word
    r"|^[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){0,3}\s*\([^()]{2,40}\)\s*(?:–|—|-{1,2})[A-Z“\"]"
    # a Hindi paper's credit and place, closed by the danda: "नगर संवाददाता, कानपुर।",
    # "राज्य ब्यूरो, लखनऊ।", "संवाद न्यूज एजेंसी, बलिया।"
    r"|^(?:[\u0900-\u097f]+ ){0,3}(?:संवाददाता|ब्यूरो|डेस्क|एजेंसी|प्रतिनिधि)"
    r", [\u0900-\u097f]+(?: [\u0900-\u097f]+){0,2} ?। "
)
_LONE_DATELINE = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){0,3}:$")


SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[A-Z]")


def split_standfirst(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """Paragraphs before the lede that are its standfirst: printed again below (some
    pages repeat the summary as the first paragraph), or followed within two paragraphs
    by a lede opening with a dateline ("Jakarta (AsiaNews) – …") they lack themselves.
    A dateline alone on its line ("New Delhi:") is dropped."""
    lone = next(
        (i for i in (1, 2) if i < len(paragraphs) - 1 and _LONE_DATELINE.match(paragraphs[i])), None
    )
    if lone and header.is_body_prose(paragraphs[lone + 1]):
        # "New Delhi:" on its own line opens the lede; what is above it leads in
        return paragraphs[lone + 1 :], " ".join(paragraphs[:lone])
    kept = [p for p in paragraphs if not _LONE_DATELINE.match(p)]
    if len(kept) >= 2 and _is_teaser_of(kept[0], kept[1]):
        return tuple(kept[1:]), kept[0]
    if len(kept) < 3 or _DATELINE_START.match(kept[0]):
        return tuple(kept), None
    if _is_in_capitals(kept[0]) and not _is_in_capitals(kept[1]):
        # the summary set in capitals over the lede, as many French and Spanish papers
        # print it ("ILS ONT ÉTÉ MIS EN PLACE PEU APRÈS LES INDÉPENDANCES. …")
        return tuple(kept[1:]), kept[0]
    # The summary again, reworded at its end, as the first paragraph (an exact repeat
    # may be the writer's own: it stays).
    words = kept[0].split()[:10]
    opening = " ".join(words)
    repeated = any(p.startswith(opening) and p != kept[0] for p in kept[1:6])
    # Ten words in the same order are evidence only when they are varied words; and a
    # summary is a sentence or two, not a paragraph of four that merely opens alike.
    is_short = (
        lines.word_count(kept[0]) <= STANDFIRST_WORDS and len(SENTENCE_BREAK.findall(kept[0])) <= 1
    )
    if len({w.lower() for w in words}) >= 7 and repeated and is_short:
        return tuple(kept[1:]), kept[0]
    is_digest = _is_digest(kept)
    for at in (1, 2):
        is_head = not lines.ends_like_prose(kept[at - 1])
        # "(LEAD) …" over the dateline, or a list of headlines each over its dateline lede:
        # a digest's first story, its intro no summary
        if is_head and (is_digest or _WIRE_TAGGED_HEAD.match(kept[at - 1])):
            break
        if _is_dateline_lede(kept[at], kept[at - 1]) and not any(
            _DATELINE_START.match(p) for p in kept[:at]
        ):
            return tuple(kept[at:]), " ".join(kept[:at])
    return tuple(kept), None


def _is_dateline_lede(paragraph: str, above: str) -> bool:
    """A lede opening with its dateline ("Jakarta (AsiaNews) – …"), not a paragraph that
    only looks so: an interviewee's answer under a question ("Maren Roe: I had …"), or a
    team's line-up under a match report ("Harbour City: Mallory; Reyes, Obi; …"). Taking
    those for a lede would make the text above them a standfirst, lost from the body."""
    found = _DATELINE_START.match(paragraph)
    if found is None or above.rstrip().endswith("?") or _NOTICE_LABEL.match(paragraph):
        return False
    after = paragraph[found.end() :]
    if lines.word_count(after) < _DATELINE_LEDE_WORDS:
        return False  # "Contributors: Jo Roe contributed reporting.": a label, no lede
    return not (_FIRST_PERSON_OPENING.match(after) or after.count(";") >= _LIST_SEMICOLONS)


# An answer's opening words after a speaker's name: "I had …", "Well, we …", "Yes. …"
# A notice's label opens its line as a place opens a dateline: "Disclaimer: All the
# comments will be moderated …" under the story is no lede, the text above it no standfirst.
# (a wire's labelled paragraphs, "Source: …", "Quote: …", "Details: …", "Background: …",
# open with a label, not a place: the paragraphs above them are the story, no standfirst)
_NOTICE_LABEL = re.compile(
    r"^(?:Disclaimer|Disclosure|Note|Editor['’]s note|Correction|Clarification|Warning"
    r"|Notice|Advisory|Source|Quote|Details|Background|Reminder|Context)\s*:",
    re.IGNORECASE,
)
_FIRST_PERSON_OPENING = re.compile(
    r"^[\s\"“‘']*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|We|We're|We’re|My|Our|Well|Yes|No|Oh)\b"
)
# A lede's sentence after its dateline runs on; a label's few words do not.
_DATELINE_LEDE_WORDS = 10
# A line-up or a results list names its people parted by semicolons; a lede's sentence
# rarely holds two.
_LIST_SEMICOLONS = 2


def _is_digest(paragraphs: list[str]) -> bool:
    """Stories in a row, each a headline over its lede with a dateline ("Night market
    reopens" over "PORTVALE -- The riverside …"), twice at least: a digest's page."""
    pairs = sum(
        1
        for before, lede in zip(paragraphs, paragraphs[1:], strict=False)
        if _DATELINE_START.match(lede) and not lines.ends_like_prose(before)
    )
    return pairs >= 2


# A wire's tag leading a story's headline: "(LEAD) Exports rise …", "(2nd LD) …"
_WIRE_TAGGED_HEAD = re.compile(r"^\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|News Focus)\)\s+\w")


def _is_teaser_of(teaser: str, lede: str) -> bool:
    """The lede's opening cut short with an ellipsis over the lede (a page's summary):
    the same words, whatever the spaces and quote marks ("REACTION: MINISTER of …
    Times editorial…" over "REACTION:MINISTER of … Timeseditorial, which …")."""
    if not teaser.endswith(("…", "...")) or lines.word_count(teaser) < 8:
        return False
    cut = _letters(teaser.rstrip(".…"))
    return len(cut) >= 40 and _letters(lede).startswith(cut) and len(lede) > len(teaser)


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


# The writer's credit closing the summary, as some magazines print it: "… or their ability
# to help others create massive wealth. By MANDY DE WAAL." (after a sentence's end: "a
# novel by Jo Roe." is text); in German, French, Spanish, Dutch, Italian and Nordic
# editions: "… Von Theo Brandis", "… Par Luc Morel", "… Av Lena Ek"
_SIGNED_SUMMARY = re.compile(
    r"(?<=[.!?])\s+(?:By|Von|Par|Por|Door|Di|Av|Af)\s+"
    r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})\.?$"
)


def split_signed_standfirst(
    paragraphs: tuple[str, ...],
) -> tuple[tuple[str, ...], str | None, str | None]:
    """(the paragraphs, the standfirst, its writer) when the first paragraph is a summary
    the writer's credit closes; else the paragraphs unchanged and two Nones."""
    first = paragraphs[0] if len(paragraphs) > 1 else ""
    signed = _SIGNED_SUMMARY.search(first) if len(first) <= 2 * lines.SHORT else None
    if signed is None:
        return paragraphs, None, None
    return paragraphs[1:], first[: signed.start()].rstrip(), signed["name"].rstrip(".")


def split_credit_under_opening(
    paragraphs: tuple[str, ...], profile: Profile
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the paragraphs, the writers) when the writer's credit follows the text's opening
    paragraph (a review of the year: its introduction, "Compiled by Jo Roe", its stories)."""
    if len(paragraphs) < 3 or not _is_opening_paragraph(paragraphs[0]):
        return paragraphs, ()
    credit = paragraphs[1]
    if not _CREDIT_LABEL.match(credit) or lines.word_count(credit) > _CREDIT_WORDS:
        return paragraphs, ()
    names = lines.byline_names(credit, profile)
    if not names:
        return paragraphs, ()
    return (paragraphs[0], *paragraphs[2:]), names


_CREDIT_LABEL = re.compile(r"^(?:by|compiled by|written by|words by|story by)\s", re.IGNORECASE)
_CREDIT_WORDS = 8


def split_signed_lead_in(lead_in: str) -> tuple[str, str | None]:
    """A standfirst already told from the body may close with its writer's credit too
    ("… vom Meer lebt. Von Theo Brandis"): the standfirst without it, and the writer."""
    signed = _SIGNED_SUMMARY.search(lead_in) if len(lead_in) <= 2 * lines.SHORT else None
    if signed is None:
        return lead_in, None
    return lead_in[: signed.start()].rstrip(), signed["name"].rstrip(".")


def _is_in_capitals(paragraph: str) -> bool:
    """A paragraph of a sentence or more written in capital letters."""
    words = lines.word_count(paragraph)
    has_letters = any(char.isalpha() for char in paragraph)
    return _CAPS_WORDS <= words <= 2 * STANDFIRST_WORDS and has_letters and paragraph.isupper()


# A capitals line shorter than this is a heading or a shouted label, not a summary.
_CAPS_WORDS = 10


# An image's name or the headline glued before the lede's dateline or first word, with no
# space: "prvez rasheedISLAMABAD: The minister…", "SykesA deputy editor has…".
_GLUED_LEDE = re.compile(
    r"^(?P<glued>.{4,120}?[a-z])"
    r"(?=[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s?(?:\([^()]{2,40}\)\s?)?"
    r"(?::|–|—|-{1,2})\s+[A-Z\"“‘']|(?:A|An|The) [a-z])"
)


def unglue_lede(paragraphs: tuple[str, ...], title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lede without what a copy glued before it: the headline again, or a picture's
    name of a few words (its last word a real word, so "iPhone" and "McCain" stay)."""
    if paragraphs and title and paragraphs[0].startswith(title):
        rest = paragraphs[0][len(title) :].strip()
        if len(rest) >= 20 and any(p.startswith(rest[:60]) for p in paragraphs[1:]):
            # a teaser of the headline and the lede's first words run together, the lede
            # printed in full below it: the lede's own copy is the paragraph
            return paragraphs[1:], ()
    match = _GLUED_LEDE.match(paragraphs[0]) if paragraphs else None
    if match is None:
        return paragraphs, ()
    glued = match["glued"]
    is_picture_name = len(glued) <= 40 and lines.word_count(glued) <= 4
    if not (glued == title or is_picture_name and len(glued.split()[-1]) >= 4):
        return paragraphs, ()
    return (paragraphs[0][match.end() :], *paragraphs[1:]), (glued,)


def drop_pull_quotes(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A pull quote repeats a sentence of the article in big type: the same words again,
    inside another paragraph. The article keeps its own copy only."""
    kept = []
    for at, text in enumerate(paragraphs):
        if text[:1] not in "\"“‘'" or len(text) > lines.SHORT:  # pull quotes are short quotes
            kept.append(text)
            continue
        words = text.strip("\"“”'‘’ ").rstrip(".!?,;")
        is_repeat = lines.word_count(words) >= 5 and any(
            words in other for index, other in enumerate(paragraphs) if index != at
        )
        if not is_repeat:
            kept.append(text)
    return tuple(kept)


def split_plain_caption(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lead picture's caption printed without a credit just over the lede ("Teachers
    leave the hall after Sunday's ballot." over "Teachers in Marrow County have voted …"):
    one short sentence that tells no news (no "has", "said", no verb in the past) but shows
    people at a place or a thing and its detail, naming what the longer lede under it names."""
    if len(paragraphs) < _CAPTION_PARAGRAPHS:
        return paragraphs, ()
    first, lede = paragraphs[0], paragraphs[1]
    words = first.split()
    if not _CAPTION_MIN <= len(words) <= _CAPTION_WORDS or not first.endswith("."):
        return paragraphs, ()
    if len(SENTENCE_BREAK.findall(first)) or _DATELINE_START.match(first) or '"' in first:
        return paragraphs, ()
    lowered = [w.strip(".,;:'’\"").lower() for w in words]
    if not _CAPTION_ENGLISH.intersection(lowered) or _NEWS_VERBS.intersection(lowered):
        return paragraphs, ()
    # what a picture shows: people at a place ("gather", "leave", "pose"), or a thing and
    # its detail ("The restored foyer, with its tiles")
    if not (_PICTURE_VERBS.intersection(lowered) or _PICTURE_DETAIL.match(first)):
        return paragraphs, ()
    # a verb in the past tells news ("marched"); after "the" or "a" it describes ("the
    # restored foyer")
    told = any(
        w.endswith("ed") and (i == 0 or lowered[i - 1] not in _DETERMINERS)
        for i, w in enumerate(lowered)
    )
    lede_words = lede.split()
    if told or len(lede_words) < max(_LEDE_MIN, _LEDE_RATIO * len(words)):
        return paragraphs, ()
    named = {w for w in map(_stem, words) if len(w) >= _NAMED_LETTERS}
    if not named.intersection(map(_stem, lede_words)):
        return paragraphs, ()
    return paragraphs[1:], (first,)


def _stem(word: str) -> str:
    """ "Ormsby's," as "ormsby": a word to compare, without its possessive and stops."""
    return _POSSESSIVE_END.sub("", word.strip(".,;:'’\"").lower())


_POSSESSIVE_END = re.compile(r"['’]s$")
# A caption is one sentence of a few words over a lede half as long again at least, in a
# story of three paragraphs or more.
_CAPTION_PARAGRAPHS = 3
_CAPTION_MIN = 5
_CAPTION_WORDS = 14
_LEDE_MIN = 20
_LEDE_RATIO = 1.5
_NAMED_LETTERS = 5
# Only English captions are read so: the words that show the language
_CAPTION_ENGLISH = frozenset("the of with after during its their".split())
_NEWS_VERBS = frozenset(
    "has have had was were is are will would said says told can could may might been be"
    " died killed announced".split()
)
_DETERMINERS = frozenset("the a an its their his her our".split())
_PICTURE_VERBS = frozenset(
    "gather gathers leave leaves arrive arrives walk walks stand stands pose poses wait waits"
    " queue queues watch watches celebrate celebrates sit sits hold holds look looks"
    " pictured seen".split()
)
_PICTURE_DETAIL = re.compile(r"^(?:The|A|An) [^,]{3,80}, with ")
