"""The article's head on a page it has never seen: which line is the headline, which the section.

A pasted page is chrome, then the article's cluster (kicker, headline, standfirst, byline,
datelines), then the body, then more chrome. The headline is not the first line shaped
like one (that is often a masthead, a slogan, a ticker or a widget) but the one that heads
the cluster right above the body, and it is often printed twice (page title and h1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from site_gen.parse import bengali, lines
from site_gen.parse import head_marks as marks
from site_gen.parse.profiles import Profile

# How many non-blank lines above the body the cluster may reach.
CLUSTER_REACH = 10
# How many candidate body starts are weighed (later ones are deep in the page).
MAX_STARTS = 6
# Python's re, safe by construction: alternatives of bounded or single-class repeats,
# nothing nested, on lines of at most lines.SHORT characters.
_NOT_A_HEADLINE = re.compile(
    r"https?://|www\.|[\w.+-]+@[\w-]+\.\w|\+?\d[\d ()./-]{8,}\d"  # links, e-mail, phone numbers
    r"|^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]\b"  # a weather widget: "10.8 C", "31°C Haze"
    r"|^(?:Re|RE|AW|Fwd?|FWD?):\s"  # a thread's or a mail's subject in reply: "Re: Pier works"
    r"|^\S+(?:\s\S+)?\s+-?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?(?:\s\S+){0,2}$"  # "Chandpur 29°C Haze"
    r"|(?i:^(?:\w+day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?\s+\d{1,2}(?:,\s*|\s+)\d{4})"  # a masthead's date first: "Oct 09, 2022 PRINT EDITION"
    r"|^(?:Breaking(?: News)?|Just In|Latest|Live Updates|Flash|Trending|Headlines?)\s*[:|–-]"
    # a line led by a small function word, lower case: a newsletter's "from the Harlow
    # Gazette" under its name, a credit's "by …", a tagline's tail; headlines start capitalised
    r"|^(?:from|by|via|in|on|at|of|with|and|to|for|the|a|an)\s"
    # a markets strip's item: "DOLAR 34,54", "BIST 9.550", "Gold 2,345.10 -0.4%"
    # (possessive runs: a number is never split two ways, linear on a long run of digits)
    r"|^[^\W\d_][\w&.-]{0,15}\s+[+\-−]?\d[\d.,]*+%?(?:\s+[+\-−]?\d[\d.,]*+%?)?$"
    r"|(?i:\bpage\s+\d{1,5}(?:\s+of\s+\d{1,5})?$)"  # a listing's page: "Home Blog Page 39"
    r"|(?i:^(?:all posts (?:in|tagged)|posts tagged|(?:category|tag|author|monthly) archives?\b"
    r"|(?:author )?archives? for\b|browsing (?:category|tag)\b))"  # a blog's archive heading
    r"|(?i:^(?:(?:media |press )?contacts?|date|release date)\s*:)"  # a release's labels
    # a fact check's verdict box under its headline: "Claim: …", "Our rating: False"
    r"|(?i:^(?:the )?(?:claim|verdict|our verdict|rating|our rating|ruling|our ruling)\s*:\s)"
    r"|(?i:^(?:reporting|reported) from\s)"  # where the writers filed from: "Reporting from Kyiv"
    r"|(?i:^news provided by\b)"  # a release's distributor's label over the issuer's name
    # an opinion page's disclaimer over a contributor's piece: "Opinions expressed in guest
    # columns belong to their writers", "The views expressed here are the author's"
    r"|(?i:^(?:the )?(?:views?|opinions?) expressed\s)"
    # a newsletter's sign-up box over the story: "Sign up for our morning newsletter"
    r"|(?i:^sign up (?:for|to) (?:our|the)\b.*\b(?:newsletters?|briefings?|alerts?|e-?mails?"
    r"|digest|updates)\b)"
    # a sponsor's or a patron's credit atop the page: "Supported by the National Media Council"
    r"|(?i:^(?:supported|sponsored|presented|brought to you) by\s)"
    # a link to the story's pictures over its head: "Photo Gallery: …", "Fotostrecke: …"
    r"|(?i:^(?:photo gallery|picture gallery|gallery|fotostrecke|bildergalerie|fotogalerie"
    r"|galerie photos?|fotogaleria|galleria fotografica|fotogalleri)\s*:)"
    r"|(?i:^(?:tags?|topics?|keywords?|tagged)\s*:)"  # a topic list printed over the head
    r"|^\d{1,2}[.)]\s+\S"  # "1. Storm closes road": an item of a numbered "Most read" list
    # starts with punctuation: a list item, a menu glyph; but a wire's tag in brackets may
    # lead its headline ("(LEAD) Exports rise …", "(2nd LD) …"), and a series' or a
    # programme's badge in square or lenticular brackets ("[Herald Interview] …",
    # "[뉴스큐] …", "【快訊】…"); a Chinese or Japanese headline may open with its quote
    # marks ("「…」…", "《…》"), a Nordic paper's with a quote's dash ("– Ministeren
    # bryter loven": the quote is the headline), and Spanish opens a question or an
    # exclamation with its own mark, as French and Portuguese quote with guillemets; a
    # German live page's headline opens with its ticker's pluses ("+++ Flood news +++ …")
    r"|^(?!\([A-Z0-9][\w .-]{0,24}\)\s+\w|\[[^\[\]]{1,24}\]\s?\w|【[^【】]{1,12}】|\+{2,3} \w)"
    r"(?![–—] [A-ZÀ-ÞĀ-Ž])[^\w\"'‘“「『《¿¡«]"
    r"|\s[|•·]\s.*\s[|•·]\s"  # two separators: a menu or a breadcrumb
    r"|^[\w'’&.-]+(?: [\w'’&.-]+)?\s+[|•·]\s+[\w'’&.-]+(?: [\w'’&.-]+)?$",  # "Recap | Box Score"
)
# The last word of a roundup's or a digest's title, which no person's name ends on.
ROUNDUP_END = re.compile(
    r"\s(?:summary|roundup|round-up|bulletin|highlights|recap|in brief|briefs)$", re.IGNORECASE
)
# A lower-case letter run into a capital: one joint is a name ("iPhone", "McCann"), three
# are links or icons' labels copied without the spaces between them ("Icon MailPositive
# ArrowIcon Print").
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")
# Badges glued after a headline on many sites ("… | Photo: file", "… Exclusive").
_BADGE = re.compile(
    r"(?:\s*[|–—-]\s*|\s+)(?:Exclusive|EXCLUSIVE|Video|VIDEO|Watch|WATCH|Photos?|PHOTOS?"
    r"|Live|LIVE|Breaking|BREAKING|Updated|UPDATED|Opinion)\s*$"
    r"|\s*\|\s*(?:Photo|Image|Video|Picture|File photo)\b[^|]*$"
    r"|\s*\|\s*$"
    # in brackets, as Sri Lankan and South Asian broadcasters print it: "… reserve (Video)"
    r"|\s+[(\[](?:Video|VIDEO|Videos|Photos?|PHOTOS?|Pics|PICS|Watch|WATCH|Audio|Live|LIVE)[)\]]\s*$"
    r"|(?<=[a-z])(?:Exclusive|EXCLUSIVE|Video|VIDEO|Watch|Photos|Live|LIVE|Breaking)$"
    # a news site's mark that the story grew since, glued in lower case: "… injuredupdated"
    r"|(?<=[a-z])(?:updated|Updated|UPDATED|supplemented|Supplemented)$"
    r"|(?<=[\w.])(?:File [Pp]hoto|FILE PHOTO)$"  # "… for slaughter.File Photo": one credit
    # a bracketed badge: "… the Human Mind [Preview]", "… [Video]", "… [Updated]"
    r"|\s*\[(?i:preview|video|updated?|photos?|gallery|exclusive|live|watch|audio|podcast"
    r"|interactive|infographic|opinion|analysis|sponsored|premium|subscribers? only)\]$"
)
# A link's words leading a headline ("See Photo : Police Arrest 84 …", "Watch Video: …"):
# an invitation to look, never a picture's credit ("Photo: Jo Roe")
_SEE_PICTURES = re.compile(
    r"^(?:See|Watch|View)\s+(?:the\s+)?(?:Photos?|Pictures?|Pics|Videos?)\s?:\s+", re.IGNORECASE
)
# (the editor's possessive names a column, no writer: "Editor's Viewpoint"; a "Writer's
# picture" is the byline's portrait)
_ROLE_WORDS = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor(?!['’]s\b)|desk|bureau|contributor"
    r"|columnist|journalist|news service|agencies|report)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Head:
    title_at: int
    body_at: int  # the first prose line after the headline (a standfirst or the lede)
    rule: str
    confidence: float


def is_headline_shaped(
    text: str, profile: Profile, generic: Profile, names_too: bool = False
) -> bool:
    """A line a headline could be: a few words, no closing full stop, not chrome. Judged
    without a badge or credit glued on ("… | Photo: file"): a caption's sentence ends
    with its full stop before the credit, a headline has none. `names_too`: a few
    capitalised words ("Scientists Discover New Exoplanet") may be a headline after all."""
    if not text or len(text) > lines.SHORT or marks.is_letter_spaced(text):
        return False
    if _OPEN_CREDIT_BAR.search(text):
        return False  # "Union Minister Jo Roe |": a caption whose credit after the bar was lost
    text = clean_title(text)
    words = lines.word_count(text)
    if (
        not (3 <= words <= 30 or _is_series_and_topic(text))
        or text.lower() in _sections(profile)
        or text.endswith((".", ",", ";", ":"))
        and not text.endswith("..")
        and not _is_title_cased(text)
    ):
        return False
    if sum(c.isalpha() for c in text) < len(text.replace(" ", "")) / 2 or _NOT_A_HEADLINE.search(
        text
    ):
        return False
    if lines.byline_names(text, profile) or lines.is_relative_date(text):
        return False
    # "Jo Roe, Al Lee and Ann Fox, London" (in a script with capitals: a Bangla
    # headline's comma parts two clauses, which the caseless name test would take)
    if "," in text and (names := lines.name_list(text)) and all(n[:1].isupper() for n in names):
        return False
    if lines.REVIEWER.match(text):
        return False
    if len(_GLUED_WORDS.findall(text)) >= 3:
        return False  # "UC HomeAbout UCUC Academics…": menu links copied without spaces
    if is_doubled_label(text):
        return False
    # "Md. Rafiqul Islam"; but "Harbour Wire Summary" is a roundup's title, no one's name
    is_name = words <= 4 and lines.looks_like_name(text) and not ROUNDUP_END.search(text)
    if is_name and not names_too:
        return False
    if bengali.has_script(text) and bengali.is_section_label(text):
        return False  # "বিজ্ঞান ও প্রযুক্তি": a section's name over the headline
    if lines.read_date_line_safe(text, profile):
        return False
    if lines.is_caption(_SEE_PICTURES.sub("", text), profile, generic) and not _is_story_kind(text):
        return False
    return not is_byline_like(text)


_OPEN_CREDIT_BAR = re.compile(r"\w\s+\|$")
# A series' name and its topic, two words about a colon: "Sharper: Iran", "Explainer: Tariffs"
# (a label and its value is no headline: "Photo: AFP", "Source: Reuters", "Tags: Iran")
_SERIES_AND_TOPIC = re.compile(r"^(?P<series>[A-Z][a-z]{2,20}): [A-Z][A-Za-z]{2,20}$")
_LABEL_WORDS = frozenset(
    "photo photos image picture video source sources tags tag topic topics category filed"
    " credit credits note by date time updated posted published author writer editor via"
    " read watch listen share follow see contact email phone".split()
)


def _is_series_and_topic(text: str) -> bool:
    found = _SERIES_AND_TOPIC.match(text)
    return found is not None and found["series"].lower() not in _LABEL_WORDS


def _is_title_cased(text: str) -> bool:
    """A headline in title case may close with a full stop for effect ("… Water Crisis.
    Again."): a sentence of prose capitalises its first word and its names, never nearly
    all of its words. Five words at least, all but the small ones capitalised."""
    if not text.endswith(".") or text.endswith(".."):
        return False  # a cut teaser's "…Amid Parking..." is no headline's full stop
    words = [w for w in text.split() if w.lower() not in _TITLE_CASE_SMALL_WORDS]
    capital = sum(1 for w in words if w[:1].isupper())
    return len(text.split()) >= TITLE_CASE_WORDS and capital >= len(words) - 1 >= 4


# The words title case leaves in lower case; how many words make a title-cased headline.
_TITLE_CASE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or the to with".split()
)
TITLE_CASE_WORDS = 5


# The kind of story before its headline: "Photos: Thousands turn out for the parade"
# reads like a caption's "Photo: Jo Roe/Agency", but runs on in a sentence's words.
_STORY_KIND = re.compile(
    r"^(?:Photos|Pictures|In pictures|Gallery|Videos?|Watch|Listen|Podcast)\s?:\s+"
    r"(?P<rest>[^/|©]+)$"
)


def _is_story_kind(text: str) -> bool:
    found = _STORY_KIND.match(text)
    if found is None:
        return False
    words = found["rest"].split()
    return len(words) >= 4 and sum(w[:1].islower() for w in words) >= 2


def is_doubled_label(text: str) -> bool:
    """A label of two words or more printed twice on one line ("Media Center Media
    Center"): a link's text and its hidden label copied together, page furniture."""
    words = text.split()
    half = len(words) // 2
    return half >= 2 and len(words) == 2 * half and words[:half] == words[half:]


def is_furniture_text(text: str) -> bool:
    """Links, phone numbers, widgets, tickers: text no headline is made of."""
    # Headlines are short; the patterns here are Python's, kept off long lines.
    return len(text) <= lines.SHORT and bool(_NOT_A_HEADLINE.search(text))


def _sections(profile: Profile) -> frozenset[str]:
    return frozenset(s.lower() for s in profile.sections)


def is_byline_like(text: str) -> bool:
    """A credit line the byline patterns missed: "Jane Roe, Staff Writer", "News Desk"."""
    if len(text) > lines.SHORT or lines.is_report_kind(text):
        return False
    return (
        lines.word_count(text) <= 8
        and bool(_ROLE_WORDS.search(text))
        # parted by a comma or a middle dot: "Senior writer·The Courier·"
        and (
            "," in text
            or "·" in text
            or lines.word_count(text) <= 4
            or text.lower().startswith("by")
        )
    )


def names_a_role(text: str) -> bool:
    """A line saying what a writer does, also where: "Editor and publisher at The Bulletin"."""
    return (
        len(text) <= lines.SHORT and lines.word_count(text) <= 10 and bool(_ROLE_WORDS.search(text))
    )


def is_role(text: str) -> bool:
    """A beat or a role without a person: "Transport Correspondent", "Staff Writer"."""
    return bool(_ROLE_WORDS.search(text)) and lines.word_count(text) <= 4


def _is_question_over_byline(texts: list[str], index: int, profile: Profile) -> bool:
    """ "Is it safe to drink coffee with iron supplements?" over "Written by Jo Roe" (or a
    bare "Published"): a question ends like a sentence, but over its writer's name or its
    date's label it is the headline."""
    text = texts[index]
    if not text.endswith(("?", "!")) or lines.word_count(text) > _QUESTION_WORDS_OVER_WRITER:
        return False
    printed = [t for t in texts[index + 1 : index + 8] if t][:3]
    after = printed[0] if printed else ""
    # … or the writer and their university under it, as a repost of an academics' site
    # prints them (a magazine's question may run a little longer over its writer)
    if is_writer_and_affiliation(after):
        return True
    if lines.word_count(text) > _QUESTION_WORDS:
        return False
    # … or over its date's label, the date not copied ("Published" alone)
    if lines.byline_names(after, profile) or is_bare_date_label(after, profile):
        return True
    # … or a question over its deck (no sentence: no full stop) and the writer's name or
    # the date (a notice that exclaims over the headline is no headline)
    if not text.endswith("?") or len(printed) < 2 or lines.ends_like_prose(after):
        return False
    if lines.word_count(after) < 5:
        return False
    credit = printed[1]
    is_writer = lines.looks_like_name(credit) and lines.word_count(credit) <= 4
    is_credit = bool(lines.byline_names(credit, profile))
    return is_writer or is_credit or lines.read_date_line_safe(credit, profile)


def is_writer_and_affiliation(text: str) -> bool:
    """ "Pep Roe, Harbour University", "Jo Lee, CSIRO": a name, a comma, where they work."""
    name, comma, place = text.partition(", ")
    if not comma or len(text) > _AFFILIATION_CHARS or lines.ends_like_prose(text):
        return False
    if not lines.looks_like_name(name) or not 1 <= lines.word_count(place) <= _AFFILIATION_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in place.split())


_AFFILIATION_CHARS = 80
_QUESTION_WORDS_OVER_WRITER = 20
_AFFILIATION_WORDS = 6


def is_bare_date_label(text: str, profile: Profile) -> bool:
    """ "Published on" with nothing after it: the date was drawn by a script or an icon
    and not copied, but the label still marks the article's cluster under its headline."""
    is_short = len(text) <= 20 and lines.word_count(text) <= 3
    return is_short and not any(c.isdigit() for c in text) and bool(lines.date_label(text, profile))


def is_body_prose(text: str) -> bool:
    """A paragraph of the article: a sentence that ends, or a long run of words. A quote
    closed right after a word ends a headline ("… the weather 'speaks for itself'"); a
    sentence closes its quote after the full stop ("… for itself.'"). A media badge in
    brackets after a headline ("… reserve (Video)") closes no sentence."""
    if text.endswith((")", "]")):
        text = _ACRONYM_END.sub("", _BRACKETED_BADGE.sub("", text))
    words = lines.word_count(text)
    if words >= 30:
        return True
    if _is_title_cased(text):
        return False  # "… Causes of Jackson Water Crisis. Again.": a headline's full stop
    return words >= 6 and bool(lines.ends_like_prose(text)) and not _HEADLINE_QUOTE_END.search(text)


_HEADLINE_QUOTE_END = re.compile(r"\w['’\"”]$")
# A body's name and its initials, alone on a line ("Northern Coast Institute of Marine
# Science (NCIMS)", a press release's issuer under its headline): the bracket closes a
# name, not a sentence.
_ACRONYM_END = re.compile(r"\s+\([A-Z][A-Z0-9&]{1,9}\)$")
_BRACKETED_BADGE = re.compile(
    r"\s+[(\[](?:Video|Videos|Photos?|Pics|Watch|Audio|Live)[)\]]$", re.IGNORECASE
)


def find_head(
    texts: list[str],
    raw: list[str],
    skip: set[int],
    chrome: set[int],
    profile: Profile,
    generic: Profile,
) -> Head | None:
    """The headline and where the text after it starts. `skip` holds datelines and the
    like (walked past); `chrome` the page furniture (a wall the walk stops at).

    Each run of prose is a possible body; the best (headline, body) pair wins: a cluster
    of datelines or bylines between them, the headline printed twice, a body that goes on.
    """
    best: tuple[int, Head] | None = None
    # walked past like a dateline: the cluster's label whose date was not copied
    skip = skip | {i for i, text in enumerate(texts) if is_bare_date_label(text, profile)}
    starts = _with_question_headline(texts, _prose_run_starts(texts, skip), profile, generic)
    for body_at in starts[:MAX_STARTS]:
        if best is not None and _ends_before(
            texts, raw, best[1].body_at, body_at, profile, generic
        ):
            break  # under the article's tail ("More News"): other stories' heads and dates
        title_at = _headline_above(texts, raw, body_at, skip, chrome, profile, generic)
        if title_at is None:
            continue
        score = _score(texts, title_at, body_at, skip, chrome, profile, generic)
        if best is None or score > best[0]:
            rule = "headline above the article's cluster"
            best = (score, Head(title_at, body_at, rule, min(0.95, 0.5 + score / 10)))
    if best is None and starts:
        return _short_headline_on_top(texts, starts[0], profile, generic)
    return _in_the_body_script(texts, best[1], profile, generic) if best else None


def _in_the_body_script(texts: list[str], head: Head, profile: Profile, generic: Profile) -> Head:
    """A regional paper's story in Malayalam or Tamil under a picture whose English alt text
    or caption sits just over the cluster: the headline is the line in the story's own
    script above it (past a standfirst), not the English caption."""
    if not _is_latin(texts[head.title_at]) or _is_latin(texts[head.body_at]):
        return head
    for index in range(head.title_at - 1, max(-1, head.title_at - _SCRIPT_REACH), -1):
        text = texts[index]
        if text and not _is_latin(text) and is_headline_shaped(text, profile, generic):
            return Head(index, head.body_at, IN_BODY_SCRIPT, head.confidence)
    return head


_SCRIPT_REACH = 5
IN_BODY_SCRIPT = "headline in the story's script"


def _is_latin(text: str) -> bool:
    """Most letters Latin (accents included): English, Spanish, Portuguese."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) < 0x250 for c in letters) * 2 > len(letters)


def _ends_before(
    texts: list[str], raw: list[str], body_at: int, later: int, profile: Profile, generic: Profile
) -> bool:
    """A tail marker ("More News", "Related Stories") between a body that went on for a
    few paragraphs and a later run of prose: that run is in the list under the article."""
    marker = next(
        (i for i in range(body_at + 1, later) if lines.is_tail_marker(raw[i], profile, generic)),
        None,
    )
    if marker is None:
        return False
    prose = [t for t in texts[body_at:marker] if t and is_body_prose(t)]
    # a short post of one long paragraph, a column, goes on as well
    return len(prose) >= _BODY_BEFORE_TAIL or sum(map(len, prose)) >= _LONG_PARAGRAPH


_BODY_BEFORE_TAIL = 2
_LONG_PARAGRAPH = 600


def _short_headline_on_top(
    texts: list[str], body_at: int, profile: Profile, generic: Profile
) -> Head | None:
    """A two-word headline ("Floods everywhere") is too short to tell from a label by its
    shape; as the page's first printed line, with only a picture's caption between it and
    the body, it heads the page (a label would sit over a headline)."""
    top = next((i for i, text in enumerate(texts) if text), body_at)
    text = texts[top]
    if top >= body_at or lines.word_count(text) != 2 or not text[:1].isupper():
        return None
    if not text.replace(" ", "").isalpha() or lines.looks_like_name(text):
        return None
    between = [t for t in texts[top + 1 : body_at] if t]
    if not all(lines.is_caption(t, profile, generic) for t in between):
        return None
    return Head(top, body_at, "a short headline atop the page", 0.6)


def _with_question_headline(
    texts: list[str], starts: list[int], profile: Profile, generic: Profile
) -> list[int]:
    """A question (or exclamation) as the page's first printed line reads like prose, so
    the post's run of prose starts there; the body may start on the next line, under it.
    Over it, only labels a headline is never shaped like ("Latest Headlines", a feed's
    name) may sit: the question is still the page's first headline."""
    if not starts or not _only_labels_above(texts, starts[0], profile, generic):
        return starts
    first = texts[starts[0]]
    if not _reads_like_prose_as_headline(first):
        return starts
    after = next((i for i in range(starts[0] + 1, len(texts)) if texts[i]), None)
    if after is None or not is_body_prose(texts[after]):
        return starts
    return [after, *starts]


def _only_labels_above(texts: list[str], index: int, profile: Profile, generic: Profile) -> bool:
    """Nothing printed above the line but chrome and a few short labels, none of them
    shaped like a headline."""
    above = [t for t in texts[:index] if t]
    return len(above) <= _LABELS_ABOVE and not any(
        lines.word_count(t) > _LABEL_ABOVE_WORDS or is_headline_shaped(t, profile, generic)
        for t in above
    )


_LABELS_ABOVE = 3
_LABEL_ABOVE_WORDS = 5


def _is_question_under_labels(
    texts: list[str], index: int, body_at: int, profile: Profile, generic: Profile
) -> bool:
    """A short question right over the body, under nothing but a feed's labels ("Latest
    Headlines" over "What's at stake in the port talks?"): the headline, not the lede."""
    text = texts[index]
    if not _reads_like_prose_as_headline(text):
        return False
    nearest = next((i for i in range(index + 1, len(texts)) if texts[i]), None)
    return nearest == body_at and _only_labels_above(texts, index, profile, generic)


# A headline that asks is short; a standfirst's question runs on. (One value for every
# question rule: a second definition of 14 above was never in force.)
_QUESTION_WORDS = 12


def _reads_like_prose_as_headline(text: str) -> bool:
    """A headline shaped like a sentence: a short question or exclamation, or a news
    site's explainer formula ("Layoffs have started at the plant. Here's what we know.")."""
    if text.endswith(("?", "!")):
        return lines.word_count(text) <= _QUESTION_WORDS
    return lines.word_count(text) <= _EXPLAINER_WORDS and bool(_HERES_WHAT.search(text))


# The explainer headline's last sentence, after the news in the first
_HERES_WHAT = re.compile(r"[.?!]\s+Here(?:'|’)s\s+(?:what|why|how|who|when|where)\b[^.?!]*[.?!]?$")
_EXPLAINER_WORDS = 20


def _prose_run_starts(texts: list[str], skip: set[int]) -> list[int]:
    """Where each run of prose lines begins (a blank, label or chrome line ends a run)."""
    starts = []
    in_run = False
    for index, text in enumerate(texts):
        # "By Jo Roe (The Courier)" ends in a bracket, as a sentence may: a credit, no prose
        is_prose = index not in skip and bool(text) and is_body_prose(lines.without_outlet(text))
        if is_prose and not in_run:
            starts.append(index)
        if text:
            in_run = is_prose
    return starts


def is_menu_over_its_item(texts: list[str], index: int) -> bool:
    """A menu copied on one line, its links parted by spaces ("Home News Sport Culture"),
    over the one of its links the page is filed under ("Sport"): a headline's words are
    never repeated as the next line (in any script, with or without capitals)."""
    words = texts[index].split()
    if len(words) < _SHORT_MENU_LINKS or lines.ends_like_prose(texts[index]):
        return False
    below = next((t for t in texts[index + 1 :] if t), "")
    item = below.split()
    if not item or len(item) > 3:
        return False
    if len(words) < _MENU_LINKS:
        # three one-word links ("Habari Michezo Biashara") over the first ("Habari"): a
        # short menu opening with the page's section (a kicker is never under its headline)
        return item == words[:1] and all(w[:1].isupper() and w.isalpha() for w in words)
    # Latin menus capitalise their links; other scripts' links may be two words, one
    # in lower case ("Улс төр"), or have no capitals (Georgian, Hebrew)
    latin = [w for w in words if w[0].isascii() and w[0].isalpha()]
    if latin and sum(w[0].isupper() for w in latin) < _MENU_CAPITALS * len(latin):
        return False  # "Delhi to desilt drains" over "Delhi": a headline over its crumb
    # a headline may open with its section's word; a menu opens with "Home"
    return any(words[i : i + len(item)] == item for i in range(1, len(words) - len(item) + 1))


# Links on a menu's line, at least: fewer are a kicker over its headline ("World Cup")
_MENU_LINKS = 4
_SHORT_MENU_LINKS = 3
# Share of a menu's links that are capitalised, in scripts with capitals ("Sign in" has one)
_MENU_CAPITALS = 0.75


def _headline_over_related(
    texts: list[str], label_at: int, skip: set[int], profile: Profile, generic: Profile
) -> int | None:
    """The first headline-shaped line above a "Related posts" label, within the cluster."""
    above = (i for i in range(label_at - 1, max(-1, label_at - CLUSTER_REACH - 1), -1))
    return next(
        (i for i in above if i not in skip and is_headline_shaped(texts[i], profile, generic)),
        None,
    )


# The links to the stories before and after this one: "← Previous article", "Next story »"
_NEIGHBOUR_LABEL = re.compile(
    r"^(?:[←<«‹]\s*)?(?:previous|prev|next|older|newer)\s+(?:article|story|post)(?:\s*[→>»›])?$",
    re.IGNORECASE,
)
_RELATED_LABEL = re.compile(r"^(?:related (?:posts|articles|stories)|সম্পর্কিত খবর)\s*:?$", re.I)


# A live page's labels over its feed of timed posts ("Show key events only", "Pinned
# post", "Latest updates"): the headlines under them are the posts', the page's is above.
_LIVE_FEED_LABEL = re.compile(
    r"^(?:key posts|pinned post(?: from)?|latest posts|latest updates|show key events only"
    r"|live feed|live updates)$",
    re.IGNORECASE,
)


def _headline_above(
    texts: list[str],
    raw: list[str],
    body_at: int,
    skip: set[int],
    chrome: set[int],
    profile: Profile,
    generic: Profile,
) -> int | None:
    """Walking up from the body past bylines, datelines, kickers, captions and standfirsts
    to the menu or masthead furniture: the topmost line shaped like a headline. (Below the
    headline a standfirst can be shaped like one too; above it sits the furniture.)"""
    seen = 0
    found: list[int] = []
    boxed: list[int] = []  # the lowest head-shaped line under a box's label
    for index in range(body_at - 1, -1, -1):
        if _RELATED_LABEL.match(raw[index]) and found:
            # "Related posts" over other stories' headlines and dates, printed by some
            # themes between the byline and the body: the article's own headline is the
            # first one above the label, over its byline (above it sits the masthead)
            return _headline_over_related(texts, index, skip, profile, generic)
        is_live_label = _LIVE_FEED_LABEL.match(raw[index])
        if lines.HIGHLIGHTS.match(raw[index]) or lines.CONTENTS.match(raw[index]) or is_live_label:
            # "Key points:" over its points (a live page's "Key events" is chrome too):
            # those were no headlines, the head is above (or, when nothing is, the box was
            # over the headline: "Summary", its points, the headline over its byline)
            boxed = boxed or found[:1]
            found.clear()
            seen = 0
            continue
        if found and _NEIGHBOUR_LABEL.match(raw[index]):
            # "Next article →" over another story's headline: the teasers of the stories
            # before and after this one, copied over the page; the head is under them
            teaser = next((i for i in range(index + 1, body_at) if texts[i]), None)
            found = [i for i in found if i != teaser]
            break
        if index in chrome:
            if found and _is_wall(raw, index):
                break
            continue
        text = texts[index]
        if not text or index in skip:
            continue
        if lines.is_fact_row(texts, index) or lines.is_score_line(texts, index):
            continue  # "Court: …" over "Charge: …", "Kelby Town 2": a box under the head
        if found and _RULE_LINE.match(text):
            break  # "******": a rule between the page's parts; the head is below it
        if found and lines.is_menu_run_together(text):
            break  # "Observations HomeAboutContact": a blog's menu over its post's headline
        if found and is_menu_over_its_item(texts, index):
            break  # "Home News Sport Culture" over "Sport": the menu, its section under it
        seen += 1
        # "By Jo Roe (The Courier)" ends in a bracket as prose may; it is the cluster's
        is_prose = is_body_prose(text) and not _is_credit(text, profile, generic)
        is_prose = is_prose or _is_wrapped_prose(texts, index)
        is_head = (
            marks.is_exclaimed(texts, index, body_at, skip)
            or _is_question_over_byline(texts, index, profile)
            or _is_question_under_labels(texts, index, body_at, profile, generic)
        )
        if seen > CLUSTER_REACH or is_prose and not is_head:
            over = _headline_over_decks(texts, index, found[0]) if len(found) == 1 else None
            if over is not None:
                found.append(over)  # the headline over its two standfirsts, not the second
            break
        if found and _is_cut_blurb(text) and not _wraps_on(texts, index):
            break  # another story's blurb, cut off mid-sentence, over the head: a list above
        # a Title Case headline reads like a name, but a name is not printed twice
        apart = marks.is_printed_apart(texts, index)
        # "Kelechi Amadi, Ruth Osei and Femi Lawal" under the headline: its writers
        is_writers = "," in text and lines.name_list(text) or _is_role_under_name(texts, index)
        if found and len(text) <= lines.SHORT and _MENU_LINE.search(text):
            break  # "Rail line to open • Port traffic rises • …": a ticker over the head
        if lines.word_count(text) <= _MARKER_WORDS and lines.is_tail_marker(text, profile, generic):
            continue  # "Join the conversation" over a comment count, under the byline
        is_dated_head = _is_dated_headline(texts, index, profile)
        # "… at the plant. Here's what we know." atop the page reads like prose, not a head
        is_explainer = is_head and not text.endswith(("?", "!")) and _HERES_WHAT.search(text)
        if (
            is_dated_head
            or is_explainer
            or is_headline_shaped(text, profile, generic, names_too=apart)
            and not is_writers
        ):
            found.append(index)
        elif len(found) == 2 and not _is_credit(text, profile, generic):
            break  # above headline and standfirst: a menu item, the head starts below it
        elif found and _MARKET_TICKER.search(text):
            break  # "Oil 74.20 -1.1%": a markets strip over the head
    # "WEATHER ALERT: Freeze warning until 9 AM", or "BREAKING" over its alert: a site's
    # banner over the head
    found = [i for i in found if not _is_banner(texts, i)] or found
    if _is_twin_list(texts, found):
        return _nearest_of_twin_list(texts, found)
    # A picture's alt text and its caption print one line twice in a row; under a
    # headline, that pair is the picture, not a headline printed twice.
    found = [i for i in found if not _is_caption_pair(texts, i, found)] or found
    # a slideshow prints each picture's caption once per slide: a line printed three times
    # or more in a row over the head is a caption, where a headline's twin is one line
    found = [i for i in found if _run_of_twins(texts, i) < _SLIDES] or found
    if not found and boxed:
        return boxed[0]
    if not found:
        return _short_head_under_crumbs(texts, body_at)
    twice = [i for i in found if is_printed_twice(texts, i) and not _is_badge_twice(texts, i)]
    if twice:
        return twice[-1]
    plain = [i for i in found if not _is_masthead_shaped(texts, i)] or found
    plain = [i for i in plain if not _is_lower_case_slogan(texts, i)] or plain
    plain = [i for i in plain if not _is_over_issue_line(texts, i)] or plain
    # "Staff / From the minds of Ars" over the headline: a trail of two crumbs
    plain = [i for i in plain if not _is_slash_trail(texts[i])] or plain
    is_kicker = len(plain) == 2 and _is_kicker_shaped(texts[plain[1]], texts[plain[0]])
    if is_kicker and not _is_round_up_over_briefs(texts, plain[1], body_at):
        return plain[0]
    if len(plain) == 2 and _is_slogan_over(texts, plain[1], plain[0]):
        return plain[0]
    if len(plain) == 2 and _is_label_over_two_sentences(texts[plain[1]], texts[plain[0]]):
        return plain[0]
    if lines.is_column_kicker(texts[plain[-1]]):
        # "Dispatch from Cape Town" over "Wind season": the column's name over the headline,
        # however short the headline is
        under = _headline_under_column(texts, plain[-1], body_at, skip)
        return plain[-2] if len(plain) >= 2 else under if under is not None else plain[-1]
    return plain[-1]


def _is_twin_list(texts: list[str], found: list[int]) -> bool:
    """Three or more different lines over the body, each printed twice in a row, the
    pair nearest the body among them: a list of other stories (each picture's alt text,
    then its link) over the page's own headline, printed twice the same way. (A headline
    and the picture under it print one such pair; a slideshow, one line many times.)"""
    pairs = {texts[i] for i in found if _run_of_twins(texts, i) == 2}
    return len(pairs) >= _TWIN_LIST and texts[found[0]] in pairs


_TWIN_LIST = 3


def _nearest_of_twin_list(texts: list[str], found: list[int]) -> int:
    """The upper print of the pair nearest the body (`found` runs up from the body)."""
    return next(i for i in reversed(found) if texts[i] == texts[found[0]])


def _headline_over_decks(texts: list[str], prose_at: int, lower: int) -> int | None:
    """A broadcaster prints two standfirsts under its headline, a sentence and then a line
    shaped like a headline ("<headline>" / "A man, 37, has been charged …" / "Probe …
    results in charges", then the byline): the headline is the line over the sentence. Each
    tells the one story, so the sentence shares words with both; a teaser's blurb over a
    page's headline tells another story."""
    above = next((i for i in range(prose_at - 1, -1, -1) if texts[i]), None)
    below = next((i for i in range(prose_at + 1, lower + 1) if texts[i]), None)
    if above is None or below != lower or lines.ends_like_prose(texts[above]):
        return None
    if lines.word_count(texts[above]) < _DECK_HEAD_WORDS or len(texts[prose_at]) > lines.SHORT * 2:
        return None
    deck = _content_words(texts[prose_at])
    shared = (len(deck & _content_words(texts[i])) for i in (above, lower))
    return above if all(n >= _DECK_SHARED for n in shared) else None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in _DECK_FILLER}


_DECK_HEAD_WORDS = 5
_DECK_SHARED = 2
_DECK_FILLER = frozenset(
    "that this with from after over into have been will said says their".split()
)


# A column's name, a colon, then the day: "BTL: 21st June, 2019" (the date is checked apart)
NAMED_DAY = re.compile(r"^[A-Z][\w&'’ ]{0,30}:\s+\S")


def _is_dated_headline(texts: list[str], index: int, profile: Profile) -> bool:
    """A daily column's headline, its name and its day, printed twice ("BTL: 21st June,
    2019"): no date label before the colon ("Updated: …" is one)."""
    text = texts[index]
    if not NAMED_DAY.match(text) or lines.date_label(text, profile) or texts.count(text) < 2:
        return False
    return lines.read_date_line_safe(text, profile)


def _is_round_up_over_briefs(texts: list[str], upper: int, body_at: int) -> bool:
    """ "Other News In Brief" over a brief's head, more briefs' heads under the first one's
    text: the round-up's name heads the page (over a single brief it is the kicker)."""
    if not ROUNDUP_END.search(texts[upper]):
        return False
    printed = [i for i in range(body_at, min(len(texts), body_at + _BRIEFS_REACH)) if texts[i]]
    heads = sum(
        1
        for a, b in zip(printed, printed[1:], strict=False)
        if not lines.ends_like_prose(texts[a])
        and lines.word_count(texts[a]) <= _BRIEF_HEAD_WORDS
        and is_body_prose(texts[b])
    )
    return heads >= 1


_BRIEFS_REACH = 40  # lines under the first brief's text where the next briefs' heads sit
_BRIEF_HEAD_WORDS = 14


def _headline_under_column(
    texts: list[str], index: int, body_at: int, skip: set[int]
) -> int | None:
    """The short line right under a column's name, a few words with a capital and no stop."""
    under = next((i for i in range(index + 1, body_at) if texts[i]), None)
    if under is None or under in skip:
        return None
    text = texts[under]
    is_short = 1 <= lines.word_count(text) <= _COLUMN_HEAD_WORDS and text[:1].isupper()
    is_head = is_short and not is_byline_like(text) and not lines.looks_like_name(text)
    return under if is_head and not text.endswith(".") else None


# How long a headline under a column's name may be and still read as its instalment's
_COLUMN_HEAD_WORDS = 12


def _is_role_under_name(texts: list[str], index: int) -> bool:
    """ "Senior reporter covering the north" under "Morag Lindsay": an author box's line
    about the writer, however much it is shaped like a headline."""
    if not names_a_role(texts[index]) or lines.ends_like_prose(texts[index]):
        return False
    above = next((texts[i] for i in range(index - 1, -1, -1) if texts[i]), "")
    return lines.looks_like_name(above) and lines.word_count(above) <= 4


_SLIDES = 3


_CRUMB_REACH = 12


def _short_head_under_crumbs(texts: list[str], body_at: int) -> int | None:
    """A headline too short to look like one ("Government ministries") under the trail
    that ends with it, its crumbs run together ("HomeAnalysisGovernment ministries")."""
    # (a few lines up: a share button's blanked line may sit between them and the lede)
    printed = [i for i in range(body_at - 1, max(-1, body_at - _CRUMB_REACH), -1) if texts[i]][:2]
    if len(printed) < 2:
        return None
    head, crumb = texts[printed[0]], texts[printed[1]]
    is_trail = crumb.startswith("Home") and crumb.endswith(head) and len(crumb) > len(head) + 4
    return printed[0] if is_trail and lines.word_count(head) >= 2 else None


def _run_of_twins(texts: list[str], index: int) -> int:
    """How many times the line at `index` is printed in a row (blank lines between)."""
    printed = [i for i, text in enumerate(texts) if text]
    at = printed.index(index)
    start = end = at
    while start > 0 and texts[printed[start - 1]] == texts[index]:
        start -= 1
    while end + 1 < len(printed) and texts[printed[end + 1]] == texts[index]:
        end += 1
    return end - start + 1


def _is_wrapped_prose(texts: list[str], index: int) -> bool:
    """A line of a paragraph copied with its hard line breaks: a run of words going on,
    in lower case, on the very next line, which is a run of words too ("… The board and
    its engineers" / "are said to have put off the work."). A headline's next line is
    blank, or a byline or date; "by Jo Roe" is short."""
    if not _wraps_on(texts, index) or lines.word_count(texts[index]) < _WRAPPED_WORDS:
        return False
    return lines.word_count(texts[index + 1]) >= _WRAPPED_WORDS


_WRAPPED_WORDS = 8


def _wraps_on(texts: list[str], index: int) -> bool:
    """The line goes on, in lower case, on the next line: a paragraph copied with its hard
    line breaks ("… The judiciary and police" / "are viewed as …"), not a cut blurb."""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    return after[:1].islower()


def _is_cut_blurb(text: str) -> bool:
    """A teaser's first sentences cut off at a word ("… change your plans. This is what
    happened to me when I was preparing"): a full stop inside, none at the end. A
    headline has no sentence inside it."""
    # cut at a word: it ends in a small word ("… when I was preparing"), not in a credit's
    # name ("… on Tuesday. Photograph: Lia Ngata/Courier")
    last_word = text.rsplit(None, 1)[-1]
    if lines.word_count(text) < _BLURB_WORDS or not last_word.isalpha() or not last_word.islower():
        return False
    return bool(_SENTENCE_BREAK.search(text))


_BLURB_WORDS = 12


def _is_slash_trail(text: str) -> bool:
    """Two crumbs parted by a spaced slash, a few words each ("Politics / Mediawatch"); a
    slash inside a headline parts two words ("Fire/rescue crews …")."""
    parts = text.split(" / ")
    return len(parts) == 2 and all(1 <= lines.word_count(p) <= 5 for p in parts)


_BANNER = re.compile(
    r"^(?:[A-Z]+ )?(?:ALERT|WARNING|WATCH|ADVISORY|BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?"
    r"|JUST IN|URGENT)\s*[:|]\s*\S"
)


# over its alert; "Breaking News" too, its two words run together as a copy pastes a
# banner's label ("BreakingNews")
_BANNER_LABEL = re.compile(
    r"^(?:BREAKING(?: ?NEWS)?|Breaking ?[Nn]ews|DEVELOPING(?: STORY)?|JUST IN|ALERT|URGENT)$"
)
_MARKET_TICKER = re.compile(r"\d\s+[+\-−–]\d{1,4}(?:[.,]\d{1,2})?%$")


def is_banner_label(text: str) -> bool:
    """ "BREAKING NEWS", "JUST IN": a banner's label, neither a headline nor a writer."""
    return bool(_BANNER_LABEL.match(text))


def is_banner_line(text: str) -> bool:
    """ "AMBER WARNING: Heavy rain", "BREAKING: …": a site's alert banner, with its text."""
    return bool(_BANNER.match(text))


def _is_banner(texts: list[str], index: int) -> bool:
    if _BANNER.match(texts[index]):
        return True
    above = next((texts[i] for i in range(index - 1, -1, -1) if texts[i]), "")
    return bool(_BANNER_LABEL.match(above))


def _is_caption_pair(texts: list[str], index: int, found: list[int]) -> bool:
    """The line again on the printed line next to it, with another headline-shaped line
    above the pair (`found` runs upwards): the page's picture under its headline."""
    after = next((i for i in range(index + 1, len(texts)) if texts[i]), None)
    before = next((i for i in range(index - 1, -1, -1) if texts[i]), None)
    pair = [i for i in (before, after) if i is not None and texts[i] == texts[index]]
    if not pair:
        return False
    top = min(index, *pair)
    # "DAILY BRIEFING Ferry fares rise" over "Ferry fares rise" twice: the headline with its
    # badge run in, over the headline printed twice; no picture's caption is so echoed
    if any(i < top and texts[i].endswith(f" {texts[index]}") for i in found):
        return False
    upper = [i for i in found if i < top and not _is_masthead_shaped(texts, i)]
    return any(lines.word_count(texts[i]) >= 5 for i in upper)


def _is_badge_twice(texts: list[str], index: int) -> bool:
    """A source's or a writer's name printed on two lines running ("The Courier - AU" twice,
    a logo's text and its link): a badge, not a headline printed twice."""
    words = [w for w in texts[index].split() if any(c.isalnum() for c in w)]
    if len(words) > 4 or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    near = [i for i in (*range(index - 1, -1, -1),) if texts[i]][:1]
    near += [i for i in range(index + 1, len(texts)) if texts[i]][:1]
    return any(texts[i] == texts[index] for i in near)


# items between spaced bars or dots, or a ticker's headlines run together on bars
# ("Fuel prices steady|Ferry timetable changes|School holidays start|")
_MENU_LINE = re.compile(r"(?:\s[|•·]\s|[\w.!?’'\"]\|[A-Z]).*(?:\s[|•·]\s|[\w.!?’'\"]\|[A-Z])")
_RULE_LINE = re.compile(r"^(?:[*=_~#-]\s?){3,}$")


def is_weather(text: str) -> bool:
    """A weather widget's line ("22.8 C", "Chandpur 29°C Haze"): a masthead's, no article's."""
    return len(text) <= 60 and bool(_WEATHER.search(text))


_WEATHER = re.compile(
    r"^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]\b"
    r"|^\S+(?:\s\S+)?\s+-?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?(?:\s\S+){0,2}$"
)


def _is_kicker_shaped(upper: str, lower: str) -> bool:
    """A few words over a longer line: a category ("Current affairs, Politics") over its
    headline, rather than a headline over its standfirst (headlines are rarely that short)."""
    if lines.word_count(upper) > 4 or lines.word_count(lower) < 6:
        return False
    if set(upper.lower().split()) <= _NEWSROOM_WORDS:
        return True  # "News and updates", "Press releases": a newsroom's heading, no headline
    # A label is a list ("Current affairs, Politics") or a name ("World News"); a short
    # headline has a verb in lower case ("Cyclone hits Chattogram").
    words = upper.replace(",", " ").split()
    return "," in upper or all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


# The words of a newsroom's heading over its release: "News and updates", "Latest news"
_NEWSROOM_WORDS = frozenset(
    "news updates latest press releases release media newsroom statements"
    " announcements and &".split()
)


def _is_label_over_two_sentences(upper: str, lower: str) -> bool:
    """ "Cost of living" over "Prices fell. Wages did not follow": a short label over a
    headline of two sentences, printed without its last full stop as headlines are (a
    standfirst of two sentences under a short headline ends with its stop)."""
    if lines.word_count(upper) > _KICKER_WORDS or upper.endswith((".", "!", "?", ":", ",")):
        return False
    if lower.endswith((".", "…")) or not _SENTENCE_BREAK.search(lower):
        return False
    return lines.word_count(upper) < lines.word_count(lower) <= _TWO_SENTENCE_HEAD_WORDS


# A kicker's words at most; a headline of two sentences runs longer, a standfirst longer still
_KICKER_WORDS = 4
_TWO_SENTENCE_HEAD_WORDS = 16


def _is_slogan_over(texts: list[str], upper: int, lower: int) -> bool:
    """A few words atop the page over a long line with no full stop: the site's slogan
    ("The paper the county reads first") over the headline, not a headline over its
    standfirst (which is longer than its headline too, but ends as a sentence ends)."""
    if not marks.is_page_top(texts, upper):
        return False
    if _is_name_and_tagline(texts[upper]):
        return True  # "Southern Colorado | Always Watching Out For You" atop the page
    if lines.word_count(texts[upper]) > 6:
        return False
    if any(texts[upper + 1 : lower]) or _SENTENCE_BREAK.search(texts[lower]):
        # a byline or a date between: a headline and, under them, its standfirst; a
        # line with sentences in it is the text
        return False
    upper_words = lines.word_count(texts[upper])
    return lines.word_count(texts[lower]) >= max(10, upper_words + 5)


def _is_lower_case_slogan(texts: list[str], index: int) -> bool:
    """ "community news since 1988" under the paper's name: a slogan set in lower case among
    the page's first lines; a headline (in a script with capitals) opens with one."""
    text = texts[index]
    lines_above = sum(1 for t in texts[:index] if t)
    return lines_above <= _SLOGAN_LINES_ABOVE and text[:1].isalpha() and text[:1].islower()


_SLOGAN_LINES_ABOVE = 2


def _is_over_issue_line(texts: list[str], index: int) -> bool:
    """ "THE FENWICK BULLETIN" over "Wednesday, 4 November 2026 · Issue 218": a newsletter's
    or a paper's name over the day and number of its issue (even a name ending in
    "Bulletin" or "Briefing", which a round-up's headline ends with too)."""
    below = next((t for t in texts[index + 1 :] if t), "")
    return bool(_ISSUE_MARK.search(below)) and lines.YEAR.search(below) is not None


# "Issue 218", "Issue #412", "No. 1,204", "Vol. 12", "Edition 9" on a masthead's date line
_ISSUE_MARK = re.compile(
    r"\b(?:Issue|Issue No\.?|No\.|Vol\.|Volume|Edition|Ausgabe|Edición)\s?#?\d"
)


def _is_name_and_tagline(text: str) -> bool:
    """The site's name and its tagline, a bar between, every word capitalised ("Southern
    Colorado | Always Watching Out For You")."""
    parts = text.split(" | ")
    if len(parts) == 2 and all(_is_capitalised(part) for part in parts):
        return True
    # "Lanka Trending News - Latest news headlines, pictures, and video": the site's name,
    # a dash, then what it carries, listed
    name, dash, carries = text.partition(" - ")
    return bool(dash) and _is_capitalised(name) and "," in carries and len(carries.split()) >= 4


def _is_capitalised(part: str) -> bool:
    """A name's few words, each capitalised but the small ones ("Always Watching Out For You")."""
    words = part.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _is_credit(text: str, profile: Profile, generic: Profile) -> bool:
    """A byline or a caption, which may sit between headline and standfirst."""
    return bool(
        lines.byline_names(text, profile)
        or is_byline_like(text)
        or lines.looks_like_name(text)
        or lines.is_caption(text, profile, generic)
    )


def _is_wall(raw: list[str], index: int) -> bool:
    """Page furniture closes the article's head from above (menus, logins, mastheads),
    except what sits inside a head too: share buttons, an advertisement, a listen bar."""
    return not _INLINE_FURNITURE.match(raw[index])


_INLINE_FURNITURE = re.compile(
    r"^(?:share|tweet|email|e-mail|print|save|copy link|link copied!?|advertisements?"
    r"|sponsored|listen|listen to this article.*|story continues below.*|share (?:on|via|this) .*"
    r"|\d{1,2}[ -]min(?:ute)?s? read|whatsapp|facebook|twitter|x|linkedin"
    r"|(?:image|photo|video) source\s*[:,].*"  # a picture's credit, inside the head
    r"|\|?\s*(?:\d{1,7}|(?:no|\d{1,6}) (?:comments?|responses?|replies)))$",  # a comment counter
    re.IGNORECASE,
)


def _is_masthead_shaped(texts: list[str], index: int) -> bool:
    """A paper's name or slogan: a few capitalised words among the page's first lines."""
    if _CARRIES_NEWS_FROM.match(texts[index]):
        # "News and Info from Deeside, Flintshire, North Wales": what the site carries, and
        # where from, atop the page (a headline under it is the story's)
        return sum(1 for t in texts[:index] if t) < 3
    if ROUNDUP_END.search(texts[index]):
        return False  # "Other News In Brief" under its date: a round-up's headline, no name
    if _DOMAIN_AND_TAGLINE.match(texts[index]):
        # "Harbourinfo.net, l'actualité du port sur le net": the site's address, its slogan
        return sum(1 for t in texts[:index] if t) < 3
    # "Daily Mirror - Print Edition": a dash between a name's words is not one of them
    # "The Courier & Advertiser (Fife Edition)": the edition's name in brackets is the name's too
    words = [w.strip("()") for w in texts[index].split() if any(c.isalnum() for c in w)]
    # a feed's name and what it gathers: "News from the South - North Carolina News Feed"
    limit = 10 if _SPACED_DASH.search(texts[index]) else 6
    if len(words) > limit or any(ch.isdigit() for ch in texts[index]):
        return False
    # Six capitalised words are a name only when joined like one ("Ministry of Rural
    # Roads and Bridges"); "Sri Lanka Mirror Staff Given Bail" is a Title Case headline.
    joined = any(w.lower() in ("of", "and", "for", "the") for w in words)
    if len(words) == 6 == limit and not joined:
        return False
    if not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    return sum(1 for t in texts[:index] if t) < 3


# A site's tagline saying what it carries and where from: "News and Info from Deeside", "Local
# news for the Tamar Valley" (bounded repeats: linear)
_CARRIES_NEWS_FROM = re.compile(
    r"^(?:(?:the )?(?:latest|local|breaking|daily|your|all the|independent) )?news"
    r"(?: (?:and|&) (?:info|information|views|events|sport|sports|comment|analysis))?"
    r" (?:from|for|in|across|of|about) (?:the )?(?-i:[A-Z])[^.!?]{0,80}$",
    re.IGNORECASE,
)
# A site's address as its name, a comma, then its slogan: "Harbourinfo.net, the port's news"
_DOMAIN_AND_TAGLINE = re.compile(r"^[\w-]{2,30}\.[a-z]{2,6},\s+\S[^,]{5,80}$")
# A full stop after a word, then a capital ("… lately. Some …"; not "U.S. Senate"); a
# headline may exclaim mid-line ("Panalo sa paninira! Win …") but has no full stop.
_SENTENCE_BREAK = re.compile(r"[a-z]{2}\.\s+[A-Z]")
# and their kin in other editions' names: "Diario del Valle", "Dagblad van het Noorden",
# "Corriere della Pianura", "Le Courrier du Vallon", "Der Bote für Tirol"
_SMALL_WORDS = frozenset(
    "a an and as at by for from in of on or the to with"
    " de del della dei di du des la le les el los las da do dos das van het een der die den"
    " von zu für am im y e et und en og och i".split()
)
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _score(
    texts: list[str],
    title_at: int,
    body_at: int,
    skip: set[int],
    chrome: set[int],
    profile: Profile,
    generic: Profile,
) -> int:
    score = 0
    between = range(title_at + 1, body_at)
    if any(i in skip for i in between) or any(
        lines.byline_names(texts[i], profile) for i in between if texts[i]
    ):
        score += 4
    # a blog's day heading right over the headline ("Thursday, 30 June 2022", then the
    # post): the cluster starts with it; the posts under it print no date of their own
    over = next((i for i in range(title_at - 1, -1, -1) if texts[i]), None)
    if over is not None and over in skip and lines.word_count(texts[over]) <= _DAY_WORDS:
        score += 2
    # A headline sits under the page's furniture; a line right under a paragraph that the
    # page prints again is a picture's alt text and caption, or a subhead repeated.
    # (the headline's own twin right above it is skipped: a box's heading printed twice
    # under a paragraph sits inside the story too)
    above = next(
        (
            i
            for i in range(title_at - 1, -1, -1)
            if texts[i] and i not in skip and texts[i] != texts[title_at]
        ),
        None,
    )
    is_under_paragraph = above is not None and _is_paragraph(texts[above], profile, generic)
    if above is not None and not is_under_paragraph:
        is_under_paragraph = _is_under_opening(texts, above, skip, profile, generic)
    if is_printed_twice(texts, title_at) and not is_under_paragraph:
        score += 3
    if is_under_paragraph:
        score -= 2  # a subhead inside the story; the story's own head sits over it
    # The printed lines that follow, furniture ("Share", "Advertisement") left out: a share
    # bar inside the story must not make it look shorter than a blurb under it.
    printed = (texts[i] for i in range(body_at + 1, len(texts)) if texts[i] and i not in chrome)
    following = list(islice(printed, _FOLLOWING))  # stops there: a page may run on for ever
    prose = sum(1 for t in following if is_body_prose(t))
    # An article goes on; an author's blurb or a related story's teaser under a page's
    # story is a paragraph or two.
    score += 2 * (prose >= 2) + 2 * (prose >= 5)
    if _is_teaser(texts[body_at], following):
        score -= 3
    return score


def _is_under_opening(
    texts: list[str], above: int, skip: set[int], profile: Profile, generic: Profile
) -> bool:
    """A subhead under the story's opening paragraphs, a short line between: the month of
    a review of the year ("• July"), its compiler's credit ("Compiled by Jo Roe")."""
    if lines.word_count(texts[above]) > _BETWEEN_WORDS:
        return False
    higher = next((i for i in range(above - 1, -1, -1) if texts[i] and i not in skip), None)
    if higher is None or lines.word_count(texts[higher]) < _OPENING_WORDS:
        return False
    return _is_paragraph(texts[higher], profile, generic)


_BETWEEN_WORDS = 5
_MARKER_WORDS = 4  # a tail's label ("Join the conversation", "Related Stories"): no headline
_DAY_WORDS = 6  # "Thursday, 30 June 2022", "11 June 2013": a date alone on its line
_OPENING_WORDS = 25  # an opening paragraph, longer than another story's cut blurb


_FOLLOWING = 6  # printed lines after a body's start that tell a story from a blurb


def _is_teaser(text: str, following: list[str]) -> bool:
    """Another story's first words cut short ("… on Thursday. This...", or cut at a word),
    alone: a link to it over the page's own story."""
    wraps = bool(following) and following[0][:1].islower()  # a hard-wrapped paragraph
    if not wraps and (_is_cut_blurb(text) or len(following) > 1 and _is_cut_blurb(following[0])):
        return True  # a list's blurb cut off at a word, more of the list after it
    if not text.endswith(_ELLIPSES):
        return False
    return not following or following[0].endswith(_ELLIPSES) or not is_body_prose(following[0])


_ELLIPSES = ("...", "…")


def _is_paragraph(text: str, profile: Profile, generic: Profile) -> bool:
    """Prose, not a credit that ends in a bracket ("Jo Roe (now) and Ann Lee (earlier)")."""
    bare = lines.without_outlet(text)
    return (
        is_body_prose(bare) and not _is_credit(bare, profile, generic) and not lines.name_list(bare)
    )


def is_printed_twice(texts: list[str], title_at: int) -> bool:
    """The headline again elsewhere, alone or as "Headline | Site" (the page title)."""
    title = texts[title_at]
    for index, text in enumerate(texts):
        if index != title_at and text and text.startswith(title):
            rest = text[len(title) :].strip()
            if not rest or rest[0] in "|-–—:":
                return True
    return False


@lru_cache(maxsize=4096)
def _without_badges(text: str) -> str:
    """Cached: every headline-shaped candidate of every page asks."""
    for _ in range(3):  # "… | Photo: file | Exclusive"
        cleaned = _BADGE.sub("", text).rstrip()
        if cleaned == text or lines.word_count(cleaned) < 2:
            break
        text = cleaned
    return text


# A theme's date badge run into the headline: "09Aug A good newsletter …" (the day and
# the month glued, no year: the post's date is printed elsewhere or nowhere)
_DAY_BADGE = re.compile(
    r"^\d{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\s+(?=\S)"
)


# A badge with its colon before the headline: "BREAKING: Gardai investigate …" ("Update:"
# stays: it says what the story is, as generic/196 prints it)
_LEADING_BADGE = re.compile(
    r"^(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|EXCLUSIVE|Exclusive)"
    r"\s?:\s+(?=\S)"
    # the colon left of a kicker the copy lost (": S&P 500 scores best day …")
    r"|^:\s+(?=\S)"
)


# A newsletter forwarded or pasted from a mail program: its subject line is the headline
# ("Subject: Fwd: Rail strike called off"), in the mail program's language.
_MAIL_SUBJECT = re.compile(
    r"^(?:Subject|Betreff|Objet|Asunto|Assunto|Oggetto|Onderwerp|Emne|Ämne|Temat)\s?:\s+"
    r"(?:(?:Fwd?|FW|Re|RE|AW|WG|TR|RV)\s?:\s+)*(?=\S)"
)


def clean_title(text: str, page: str = "") -> str:
    """The headline without the badges and captions some sites glue before or after it,
    nor the site's name after a "|" when the page prints that name elsewhere too."""
    if len(text) > lines.SHORT:
        return text
    text = _without_badges(_MAIL_SUBJECT.sub("", text))
    text = _DAY_BADGE.sub("", text)
    unbadged = _LEADING_BADGE.sub("", text)
    if lines.word_count(unbadged) >= 3:
        text = unbadged
    outlet = marks.dashed_outlet(text, page)
    if outlet:
        text = text[: -len(outlet)].rstrip(" –—")
    desk = marks.desk_after_headline(text)
    if desk and lines.word_count(text) - lines.word_count(desk) >= 3:
        return text[: -len(desk)].rstrip(" |")
    for bar in (" | ", " • "):  # "… scientists say • Asheville Watchdog": an aggregator's source
        head, bar, site = text.rpartition(bar)
        is_site_name = bar and lines.word_count(site) <= 4 and lines.word_count(head) >= 3
        if is_site_name and page.count(site) >= 2:
            return head.rstrip()
    return text
