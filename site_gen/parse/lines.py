"""Classify the lines of a plain-text copy: chrome, dates, bylines, captions, tag lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from site_gen.parse import bengali, dates
from site_gen.parse.patterns import SHORT_LINE, Pattern, PatternSet, lazy_pattern
from site_gen.parse.profiles import Profile

# Lines longer than this are prose; page chrome and datelines are short.
SHORT = SHORT_LINE


# Curly and straight quotes: a headline printed twice may differ in them alone (the
# page's heading curly, its picture's alt text or its card straight)
_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def same_text(a: str, b: str) -> bool:
    """The same words, whichever quotes each printing used."""
    return a == b or a.translate(_QUOTE_FOLD) == b.translate(_QUOTE_FOLD)


@dataclass(frozen=True, slots=True)
class Numbered:
    number: int  # 1-based line number in the file
    text: str


DEFAULT_DATE_LABELS = (
    ("last modified", "modified"),
    ("last updated", "modified"),
    ("last update", "modified"),
    ("updated", "modified"),
    ("update:", "modified"),
    ("modified", "modified"),
    ("first published", "published"),
    ("first posted", "published"),
    ("published", "published"),
    ("publish date", "published"),
    ("date published", "published"),
    ("date posted", "published"),
    ("posted", "published"),
    ("released", "published"),
    ("issued", "published"),
    ("date:", "published"),
    ("dated", "published"),
    # the labels in other editions: German ("Aktualisiert am"; a broadcaster's "Stand:"
    # stays unlabelled, the page's only date, as its live entries' times are not),
    # French, Spanish, Portuguese, Italian, Dutch, Nordic, Finnish, Polish
    ("zuletzt aktualisiert", "modified"),
    ("aktualisiert", "modified"),
    ("mis à jour", "modified"),
    ("actualizado", "modified"),
    ("actualizada", "modified"),
    ("atualizado", "modified"),
    ("aggiornato", "modified"),
    ("ultimo aggiornamento", "modified"),
    ("laatst bijgewerkt", "modified"),
    ("bijgewerkt", "modified"),
    ("uppdaterad", "modified"),
    ("oppdatert", "modified"),
    ("opdateret", "modified"),
    ("päivitetty", "modified"),
    ("zaktualizowano", "modified"),
    ("aktualizacja", "modified"),
    ("veröffentlicht", "published"),
    ("erschienen am", "published"),
    ("publié", "published"),
    ("publicado", "published"),
    ("publicada", "published"),
    ("pubblicato", "published"),
    ("gepubliceerd", "published"),
    ("publicerad", "published"),
    ("publisert", "published"),
    ("publiceret", "published"),
    ("julkaistu", "published"),
    ("opublikowano", "published"),
    ("publikacja", "published"),
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
# (an editor's post too, the name before it: "…, সিনিয়র নিউজ এডিটর")
_BN_ROLE = (
    f"(?:{_BN_WORD} ){{0,3}}(?:প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|রিপোর্টার|করেসপন্ডেন্ট|এডিটর)"
    f"|(?:{_BN_WORD} ){{1,3}}ডেস্ক(?: রিপোর্ট)?"
)
_BN_PLACE = f"(?:, ?{_BN_WORD}(?: {_BN_WORD}){{0,2}})?"
# the place and the outlet's address after the role, no comma: "… চট্টগ্রাম বার্তা২৪.কম",
# or the address after a bar: "… এডিটর | নদীবার্তা.কম"
_BN_OUTLET = f"(?:(?: {_BN_WORD}){{1,2}}\\.(?:কম|com|net)| ?\\| ?{_BN_WORD}(?:\\.(?:কম|com|net))?)?"
# a writer's post: professor, vice-chancellor, teacher, journalist, columnist, writer,
# researcher, analyst, economist, physician, lawyer
_BN_POST = (
    "(?:অধ্যাপক|অধ্যাপিকা|উপাচার্য|শিক্ষক|সাংবাদিক|কলামিস্ট|কলাম লেখক|লেখক|গবেষক"
    "|বিশ্লেষক|অর্থনীতিবিদ|চিকিৎসক|আইনজীবী|প্রাবন্ধিক)"
)
_BN_AGENCIES = "বাসস|ইউএনবি|এএফপি|এপি|আইএএনএস|পিটিআই|র\u09dfটার্স|র\u09af\u09bcটার্স"
BENGALI_BYLINES = (
    f"^({_BN_ROLE}){_BN_PLACE}$",
    f"^({_BN_NAME_WORD}(?: {_BN_NAME_WORD}){{0,3}}), ?(?:{_BN_ROLE}){_BN_PLACE}{_BN_OUTLET}$",
    "^লেখক ?[:ঃ] ?(.{2,60})$",
    # "কাজীপুর (সিরাজগঞ্জ) প্রতিনিধি": a town's correspondent, the district in brackets
    f"^({_BN_WORD} \\({_BN_WORD}(?: {_BN_WORD})?\\) (?:প্রতিনিধি|সংবাদদাতা))$",
    f"^({_BN_AGENCIES})$",
    # the paper's own report, its one-word name before it: "নদীবাংলা রিপোর্ট" ("বিশেষ
    # রিপোর্ট", special report, is a kind of story: is_report_kind)
    f"^({_BN_WORD} রিপোর্ট)$",
    # the paper's report with the place it was filed from: "আলোকবার্তা প্রতিবেদন, নেত্রকোনা"
    # (without the place, "বিশেষ প্রতিবেদন" is a kicker: special report)
    f"^((?:{_BN_WORD} ){{1,2}}প্রতিবেদন), ?{_BN_WORD}(?: {_BN_WORD}){{0,2}}$",
    # an opinion writer's credit: the name, then the post and the place of work ("রহিম
    # উদ্দিন, সাবেক উপাচার্য, নদী বিশ্ববিদ্যালয়", "… দর্শন বিভাগের অধ্যাপক, … কলেজ।")
    f"^({_BN_NAME_WORD}(?: {_BN_NAME_WORD}){{1,5}}), (?:{_BN_WORD} ){{0,3}}{_BN_POST}"
    f"(?:, [^,]{{1,40}})?।?$",
    # "বাংলাদেশ সংবাদ সংস্থা (বাসস)": an agency's full name with its short name, as a credit
    f"^((?:{_BN_WORD} ){{1,4}}\\((?:{_BN_AGENCIES})\\))$",
)

# An Arabic word (letters and Arabic-Indic digits) and the words a credit opens with:
# "بقلم" (by the pen of), and "كتب:"/"كتبت:" (wrote:), whose colon keeps out a sentence
# that opens with the verb.
_AR_WORD = "[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+"
ARABIC_BYLINES = (f"^(?:بقلم\\s*[:\\-–]?|كتبت?\\s*:)\\s*({_AR_WORD}(?: {_AR_WORD}){{1,3}})$",)

GENERIC_BYLINES = tuple(
    lazy_pattern(p)
    for p in (
        r"^(?-i:By)([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})$",  # "ByKavya Menon", glued
        # Turkish "Haber: Mert Yıldırım" (the news by), "Muhabir:" (reporter): the colon
        # is needed, "haber" alone is a word of any headline
        r"^(?:haber|muhabir)\s?:\s+((?-i:[A-ZÇĞİÖŞÜ])[^:|]{1,60})$",
        # a magazine's labels: "Words: Jo Roe Pictures: Al Lee" (who took the pictures wrote
        # no words); a government portal's office: "From: Ministry of Transport"
        r"^(?:words|text|from):\s+((?-i:[A-Z])[^:]{1,60}?)"
        r"(?:\s+(?:pictures|photos|photographs|photography|images):\s.*)?$",
        r"^(?:by|written by|reported by|reporting by|report by|posted by|story by|words by"
        r"|text by|author"
        # the label in other editions: "Autor: Marek Nowak" (Polish, Spanish, Portuguese,
        # German), "Penulis: Dewi Lestari" (Indonesian), "Yazar: Elif Kaya" (Turkish)
        r"|autor|autora|autorka|penulis|yazar"
        r"|edited by"
        r"|compiled by"  # a round-up's editor: "Compiled by Jo Roe"
        r"|opinion by|analysis by|commentary by|review by|interview by|column by"
        r"|hosted by"  # a podcast's or a show's page: "Hosted by Ben Adair and Kemi Sola"
        # a live page's writers: "Rolling coverage by Sam Ode and Lina Park"
        r"|(?:live |rolling )?coverage by|live updates by)"
        # a wire's credit names its editor after the reporters: "Reporting by Jo Roe;
        # Editing by Al Lee" (who edited wrote nothing)
        r"\s*[:|-]?\s+(.{2,80}?)(?:\s*;\s*(?:editing|edited) by\s.{2,80})?\s*$",
        # "Guardian staff", "Guardian staff and agencies"
        r"^((?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}) staff)(?: and agencies)?$",
        # "Staff Reporter:" alone on its line over the lede, as papers print the desk
        r"^((?:staff|special|our|senior|own|district|city|local)\s+"
        r"(?:reporter|correspondent|writer|representative)s?)\s*:?$",
        # an unsigned leader's credit: "The Editorial Board", "Courier Editorial Team"
        r"^((?:the\s+)?(?:[\w.'’&-]+\s){0,3}editorial (?:board|team|staff|desk)|the editors)$",
        r"^(.{2,40}?\s(?:report|desk|correspondent|reporter|bureau|news desk|newsroom"
        # the role in French: "Léa Roy, envoyée spéciale", "Marc Dion, correspondant"
        r"|news service|correspondante?|envoyée? spéciale?))"
        r"(?:\s*,\s*[A-Z][\w .'’-]{1,30})?$",  # "Staff Correspondent, Chandpur": no place
        # the writer, then the outlet and the role after a comma: "Mele Fonua, Radio Lagoon
        # Pacific multimedia journalist" (the name first, so a headline ending in the word is none)
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})),\s+[^,]{0,50}?\bjournalist$",
        # the writer and the newsletter or book they write: "Mike Ross, author of Morning
        # Brief" (a newsletter site's author line, under the name printed alone)
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})),\s+author of\s+"
        r"(?-i:[A-Z“\"'‘])[^,.!?]{0,50}$",
        # "Martha Keene | mkeene@example.com": a name and the writer's address
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}))\s*[|,–—-]?\s*"
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
        # the name, the writer's role and desk, the address (hidden behind the placeholder
        # a page's e-mail protection prints: "[email protected]") and a handle: "Jo Roe
        # Senior Journalist Business Desk [email protected] | @JoRoeNews"
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}?))\s+(?:[\w-]+\s+){0,2}"
        r"(?:journalist|reporter|editor|correspondent|writer|producer|presenter|photographer)\b"
        r"[^@\[\]]{0,50}?\s*(?:\[email\s?protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
        r"(?:\s*[|/·]\s*@\w{1,30})?$",
        # the writer, then the outlet that employs her, middle dots between and after, the
        # posted date lost from the copy: "Jo Roe · Harbour News ·", "Jo Roe · Valley Press"
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})) · (?-i:(?:[A-Z][\w&.'’-]* ){0,3}"
        r"(?:News|Press|Radio|Television|TV))(?: ·)?$",
        # "Jana Graf 6 min read", "Jana Graf · 6 min read": a blog's writer and reading time
        # (Ghost, Medium) on one line
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}))\s(?:[·•|–-]\s)?\d{1,3}\s?min(?:ute)?s?"
        r" read$",
        # "Por Marta Ibáñez", "Par Luc Morel", "Von Jana Graf", "Oleh Dewi Lestari"
        # and the newsroom credited as a desk: "Por Redação", "Par la Rédaction"; the
        # writer of the text, the reading time after: "Texto por: Ana Lobo 4 min"
        # Dutch "door Pieter de Wolf" (its name particles in lower case, "van der", "de")
        # Italian "di Giulia Bernardi" (in lower case: "Di" opens many a headline); names
        # that open with an accented capital ("Par Élodie Marchand", "Autor: Łukasz Nowak");
        # two writers joined by the edition's "and": "Por Ana Lobo y Luis Paz", "Por Ana
        # Lobo e Rui Sá"; a broadcaster's or an agency's initials alone: "por RTP"
        # Polish "oprac." (compiled by) credits the writer as "by" does: "oprac. Anna Nowak"
        r"^(?:(?:texto|textos|reportagem|reportaje)\s+(?:por|de)|por|par|von|oleh|(?-i:[Dd]oor)"
        r"|(?-i:di)|(?-i:oprac\.)):?\s+"
        r"((?:(?-i:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘ][\w.'’-]+"
        r"(?: (?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘ][\w.'’-]+|van|der|den|de|del|dos|von|da|du|ter|ten)){1,4}"
        r"(?:(?:, | y | e | et | und )"
        r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘ][\w.'’-]+"
        r"(?: (?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘ][\w.'’-]+|de|del|dos|da)){1,4}){0,3})"
        r"|(?-i:[A-Z]{2,6})"
        r"|(?:la\s+)?(?:redação|redacción|rédaction|redaktion|redaksi|redazione|redactie|redakcja)"
        # … its web desk: "di Redazione online", "Por Redacción digital"
        r"(?:\s+(?:online|web|digital|digitale|internet))?)"
        # the wire the text drew on, credited with the writer: "Por Redação, com Agência
        # Brasil", "Por Ana Lobo, con información de EFE"
        r"(?:,?\s+(?:com|con)\s+(?:informações\s+d[aoe]s?\s+|información\s+de\s+)?"
        r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}))?)"
        # the place the writer filed from after a comma: "Von Jana Graf, Hamburg"
        r"(?:,\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+)?))?"
        r"(?:\s+\d{1,3}\s?min(?:utos?|utes)?)?$",
        # the newsroom alone under the headline, as European papers credit it: "Redactie"
        # (Dutch), "Redaktion", "Rédaction", "Redazione", "Redacción", "Redakcja"
        r"^((?-i:(?:La )?(?:Redactie|Redaktion|Rédaction|Redazione|Redacción|Redação|Redakcja"
        r"|Redaksi)))$",
        # a site builder's (Wix) post header: the writer's photo's alt text runs into the
        # name, "Writer's pictureJo Roe"
        r"^(?:writer|author)['’]s picture\s*((?-i:[A-Z])[\w.'’ -]{1,60}?)\s*$",
        # "Kenta Mori / Staff Writer", "Ines Vidal / Special Correspondent": name, then role
        r"^((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}))\s+/\s+(?:(?:staff|special|senior"
        r"|chief|foreign|political|business|science|sports)\s+)?(?:writer|reporter"
        r"|correspondent|editor|columnist|contributor)$",
        # continental wires alone: "ANP", "ANSA", "PAP", "ČTK", "Lusa", "Agencia EFE", and
        # dpa with its regional desk after a slash ("dpa/lno")
        r"^(ANP|ANSA|PAP|ČTK|CTK|TASR|APA|Belga|Lusa|Agencia EFE|Agência Brasil|Europa Press"
        r"|dpa/[a-z]{2,4}|"
        r"Reuters|AFP|AP|UNB|BSS|IANS|PTI|ANI|TNN|Xinhua|Bernama|dpa|EFE|Anadolu|DHA|İHA|IHA|"
        r"Reuters Staff|Agencies|Associated Press|Agence France-Presse|Press Trust of India"
        r"|Anadolu Agency|News Agencies|Wire Services)$",
        # "Press Trust of India Kolkata", "Associated Press | Lagos": the agency's full name
        # and the place it filed from (a place after initials alone needs its comma or bar)
        r"^(Press Trust of India|Associated Press|Agence France-Presse|Indo-Asian News Service"
        r"|Asian News International|United News of Bangladesh|Bangladesh Sangbad Sangstha"
        r"|Associated Press of Pakistan)\s*[,|]?\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)$",
        r"^(Reuters|AFP|AP|UNB|BSS|IANS|PTI|ANI|APP)\s*[,|]\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)$",
        *BENGALI_BYLINES,
        *ARABIC_BYLINES,
    )
)
# A Bangla name without a role beside a dateline ("মো. রহিম উদ্দিন"): two to four words.
_BN_NAME = re.compile(f"^{_BN_NAME_WORD}(?: {_BN_NAME_WORD}){{1,3}}$")
# A capital and a small letter in Latin, Cyrillic or Greek: names in those scripts are
# capitalised as Latin ones are ("Олена Гнатюк", "Б.Энхжаргал", "Μαρία Γεωργίου").
_UP = "A-ZЀ-ЯҐҒҚҢҮҰҺӘӨΑ-ΩΆΈ-Ώ"
_LO = "a-zа-яѐ-џґғқңүұһәөα-ωά-ώ"
_NAME = re.compile(
    rf"^(?:[{_UP}][\w’'.-]+|[{_UP}]\.)(?:\s+(?:[{_UP}][\w’'.-]+|[{_UP}]\.|de|van|von|al|bin)){{1,3}}$"
    # initials without full stops after the given name, as South Indian names are often
    # written: "Gokul N K", "Anita R Menon"
    r"|^[A-Z][a-z][\w’'-]+(?:\s[A-Z]){1,2}(?:\s[A-Z][a-z][\w’'-]+)?$"
    # initials run into the surname: "D.B.Chopra"
    rf"|^(?:[{_UP}]\.){{1,3}}[{_UP}][{_LO}]+[\w’'-]*$"
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_OUTLET = re.compile(r"\s+\(The [A-Z][^()]{1,40}\)?$")
# । : the Bangla full stop (dari); 。！？」』: Chinese and Japanese sentence ends
# the full stops of Armenian "։", Ethiopic "።", Burmese "။" and Khmer "។ ៕" too
_PROSE_END = re.compile(r"[.!?…:;\"'”’)\]।。！？」』։።။។៕]$")
# Possessive (*+): giving back word characters could never make room for an apostrophe or
# hyphen, so the engine need not keep the state to try.
# Python's \w leaves out combining marks, so "ছবি" (a consonant and a vowel sign) would
# count as two words; the marks of the Indic scripts and Latin's accents are word parts.
_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff]++(?:[’'\-][\w\u0300-\u036f\u0900-\u0dff]++)*+")


@dataclass(frozen=True, slots=True)
class DateLine:
    index: int  # position in the line list
    kind: str  # "published" | "modified"
    found: dates.FoundDate
    is_labelled: bool = False  # "Published: …", "Updated …": the article's own, not a clock


# The same words in ASCII text: a bytes pattern scans it 2-3x faster than a str one, and
# in ASCII, \w is exactly [A-Za-z0-9_] and ’ cannot occur.
_ASCII_WORD = re.compile(rb"[A-Za-z0-9_]++(?:['\-][A-Za-z0-9_]++)*+")


# A picture's credit label copied alone on its line, the credit on the next ("Photo:"
# then "Tonga Ministry of Health"): that line is neither a section nor a writer.
PICTURE_LABEL = re.compile(
    r"^(?:Photo|Photos|Picture|Image|Foto|Фото|Φωτογραφία|Ảnh|ภาพ|사진|图片|圖片|照片|写真)\s*(?:credit)?\s*[:：]?$",
    re.IGNORECASE,
)

# Scripts written without spaces between words: a run of Chinese characters or kana is
# about one word per two characters, a run of Thai (letters and their marks) one per three.
# Counted as one word a run would make a Chinese paragraph a "short line" and a Thai
# menu link ("วิดีโอ", its vowel marks splitting it) a three-word headline.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]++")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]++")


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    # Cached: the head's rules ask for the same few lines' counts ~3 times each.
    if text.isascii():
        return len(_ASCII_WORD.findall(text.encode("ascii")))
    dense = 0
    for run, per_word in ((_CJK_RUN, 2), (_THAI_RUN, 3)):
        dense += sum(-(-len(found) // per_word) for found in run.findall(text))
        text = run.sub(" ", text)
    return dense + len(_WORD.findall(text))


def full_match(patterns: tuple[Pattern, ...], line: str) -> Any:
    """The match of the first of `patterns` that matches all of `line` (one set asks
    them all at once; only the pattern that matched runs again for its groups)."""
    if len(line) > SHORT:
        return None
    hits = _full_set(patterns).hits(line)
    return patterns[min(hits)].fullmatch(line) if hits else None


@cache
def _full_set(patterns: tuple[Pattern, ...]) -> PatternSet:
    return PatternSet(patterns, "full")


def is_chrome(line: str, profile: Profile, generic: Profile) -> bool:
    # (each long-line rule asked only of lines holding its words: every line of every
    # copy passes here, several times)
    is_note = "published" in line or line.startswith("This ")
    if is_note and len(line) <= 3 * SHORT and _REPUBLISHED_NOTE.match(line):
        return True  # often longer than a line of chrome: it names and describes the outlet
    if "English" in line and not line.isascii() and _is_language_menu(line):
        return True
    is_box = line.startswith(("Sign up", "Get "))
    if is_box and len(line) <= 3 * SHORT and _SIGN_UP_BOX.match(line):
        return True  # a newsletter's box, its buttons and notes run together on one line
    if "commission" in line and len(line) <= 3 * SHORT and _COMMISSION_NOTE.match(line):
        return True  # a shop-review site's disclosure: often longer than a line of chrome
    if "  >>  " in line and _is_ticker_bar(line):
        return True  # other stories' headlines on a scrolling bar, often past a line's length
    if len(line) > SHORT or not (profile.chrome_any.any(line) or generic.chrome_any.any(line)):
        return False
    # "Cyprus | arson | fire | police": a bar of topics in lower case, read as tags
    return not is_meta_bar(line, profile) and _topic_bar(line) is None


def _is_ticker_bar(line: str) -> bool:
    """A news ticker copied as one line: three headlines or more, each closed by a widely
    spaced arrow ("Port reopens after storm     >>     Rail fares frozen     >>     …"); a
    breadcrumb's arrows are not spaced so wide, and a sentence has none."""
    if line.count("  >>  ") < _TICKER_ITEMS - 1:
        return False
    items = [item.strip() for item in line.split(">>")]
    items = [item for item in items if item]
    return len(items) >= _TICKER_ITEMS and all(
        0 < word_count(item) <= _TICKER_ITEM_WORDS for item in items
    )


# A ticker's headlines: three at least, none longer than a headline is
_TICKER_ITEMS = 3
_TICKER_ITEM_WORDS = 25
# Small words no line of a heading, a menu or a paragraph ends with, but a line a column
# or a page broke may ("… asked to call the centre on" / "0800 …")
RUN_ON_WORDS = frozenset(
    "a an the of to and or in on at by for from with that his her their its".split()
)
# A quote closed after a comma goes on: '"… still uses,"' / 'said Ray Oduya.'
QUOTE_GOES_ON = (',"', ",”", ",’", ",'")
# A year of the archives' centuries, as a word
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _is_language_menu(line: str) -> bool:
    """ "English हिन्दी Hindi বাংলা Bengali मराठी …": a site's editions, each named in its own
    script, on one line (three scripts or more besides the Latin one; a headline uses one
    or two). Unicode gives most scripts their own blocks of 128 characters; Chinese,
    Japanese and Korean letters, spread over many blocks, count as one script."""
    blocks = {
        min(ord(char), _EAST_ASIAN) >> 7
        for char in line
        if ord(char) >= _FIRST_NON_LATIN_BLOCK and char.isalpha()
    }
    return len(blocks) >= _MENU_SCRIPTS


_FIRST_NON_LATIN_BLOCK = 0x0370  # Greek; below it, Latin letters and their accents
_EAST_ASIAN = 0x2E80  # from here on: kana, Han, Hangul
_MENU_SCRIPTS = 3


def is_meta_bar(line: str, profile: Profile) -> bool:
    """ "Jo Roe | 21 July 2020 | News": a writer, a date and a category between bars look
    like a menu bar ("Home | News | Sport"), but a menu names neither a person nor a day."""
    if _WRITER_BETWEEN_DOTS.search(line):
        return True  # a reading app's "Ledger • By Jo Roe • 4 min": no menu says "By"
    parts = [part.strip() for part in _BAR_PARTS.split(line)]
    if any(_READ_TIME_PART.match(part) for part in parts):
        # "Sport | 2 min read | 2 Dec 2026": a menu has no reading time, nor a day
        return any(read_date_line_safe(part, profile) for part in parts)
    if "|" not in line or not any(char.isdigit() for char in line):
        return False
    parts = [part.strip() for part in line.split("|")]
    if is_dated_kind_bar(line, profile):
        return True
    return any(looks_like_name(part) for part in parts) and any(
        read_date_line_safe(part, profile) for part in parts
    )


def is_dated_kind_bar(line: str, profile: Profile) -> bool:
    """ "5 March 2024 | News release | Geneva": a release's day, its kind and its place; a
    masthead's bar after today's date links to pages ("Login | Subscribe") instead."""
    parts = [part.strip() for part in line.split("|")]
    if not 2 <= len(parts) <= 4 or not read_date_line_safe(parts[0], profile):
        return False
    return any(part.lower() in _RELEASE_KINDS for part in parts[1:])


_RELEASE_KINDS = frozenset(
    (
        "news release",
        "press release",
        "media release",
        "statement",
        "joint statement",
        "news",
        "feature",
        "story",
        "media advisory",
        "speech",
        "commentary",
        "news brief",
    )
)


_BAR_PARTS = re.compile(r"\s*[|•·]\s*")
_READ_TIME_PART = re.compile(r"^\d{1,3}\s?min(?:ute)?s?\.? read$", re.IGNORECASE)
# "… • By Jo Roe •": a part that is "By" and a name of two to four capitalised words
# (a news app's credit may say whose story: "Story by Jo Roe • 2d • 4 min read")
_WRITER_BETWEEN_DOTS = re.compile(
    r"(?:^|[|•·]\s?)(?:(?:[Ss]tory|[Ww]ritten|[Ww]ords|[Rr]eported) )?[Bb]y "
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s?(?:[|•·]|$)"
)


def is_tail_marker(line: str, profile: Profile, generic: Profile) -> bool:
    """Tail markers match at the start of a line: footers run on after their first words."""
    return profile.chrome_tail_any.any(line) or generic.chrome_tail_any.any(line)


# A teaser's link to the rest in brackets at its paragraph's end, in the languages seen
# ("… erano lì da prima [Continua]", "… said on Monday [Read more]", "[Weiterlesen]"), or
# the writer's elision ("… ha detto [...]"): the text's own, never a picture's credit in
# brackets ("… on Monday. [File: Jo Roe/AFP]"), which the profile reads as a caption
READ_ON_BRACKET = re.compile(
    r"\[(?:Continua|Continue(?: reading)?|Read (?:more|More|on)|More|Leggi(?: tutto)?"
    r"|Weiterlesen|Mehr|Lire la suite|Suite|Leer más|Seguir leyendo|Leia mais|Continuar lendo"
    r"|Lees verder|Lees meer|Läs mer|Les mer|Læs mere|Czytaj dalej|Czytaj więcej)\]$"
)
_ELISION_END = re.compile(r"\[(?:\.\.\.|…)\]$")


def is_caption(line: str, profile: Profile, generic: Profile) -> bool:
    if line.endswith("]") and (READ_ON_BRACKET.search(line) or _ELISION_END.search(line)):
        return False  # a paragraph ending in its read-on link or an elision
    if len(line) > SHORT:  # "Photo: <two sentences about the picture> NAME": still its caption
        if len(line) > 2 * SHORT:
            # a picture agency's caption runs long: a dateline, the scene, what led to it,
            # then "(Photo by Jo Roe/Agency via Images)"
            return len(line) <= 5 * SHORT and bool(_PHOTO_BY_IN_BRACKETS.search(line))
        return bool(
            _LABELLED_CAPTION.match(line)
            or _CREDIT_IN_BRACKETS.search(line)
            or _CREDIT_AFTER_CAPTION.search(line)
            or _PHOTO_BY_AFTER_CAPTION.search(line)
            or _LABELLED_CREDIT_AFTER_CAPTION.search(line)
            or _OUTLET_AND_PHOTOGRAPHER.search(line)
            or _PHOTOGRAPHER_AND_OUTLET.search(line)
            or _is_credited_picture(line)
        )
    if _WRITERS_ASIDE.match(line):
        return False  # "Fun fact: Engadget reviewed 176 products …": the writer's, no picture's
    if line.startswith("Source: ") and _SOURCE_ON_PLATFORM.match(line):
        return False  # "Source: Jo Roe, the regional governor, on Telegram": the news's source
    if profile.caption_any.any(line) or generic.caption_any.any(line):
        return True
    if ";" in line and _is_credits_listed(line, profile, generic):
        return True
    return len(line) >= 10 and bool(
        _OUTLET_AND_PHOTOGRAPHER.search(line)
        or _PHOTOGRAPHER_AND_OUTLET.search(line)
        or _is_credited_picture(line)
    )


def _is_credits_listed(line: str, profile: Profile, generic: Profile) -> bool:
    """A photo illustration's credits, one per source picture ("Jo Roe/Getty Images;
    Twitter; Al Lee/Insider"): short parts parted by semicolons, one a picture's credit."""
    parts = [p.strip() for p in line.split(";")]
    if len(parts) < 2 or any(not p or word_count(p) > _CREDIT_PART_WORDS for p in parts):
        return False
    return any(is_caption(p, profile, generic) for p in parts)


_CREDIT_PART_WORDS = 4


def is_caption_under_credit(
    kept: list[Numbered], index: int, profile: Profile, generic: Profile
) -> bool:
    """A picture's caption under its credit line, as US radio sites print them ("Jo
    Roe/Valley Radio" over "The mayor speaks at City Hall, July 18, 2023."): a sentence
    ending on the day the picture was taken, right under a credit alone."""
    credit = kept[index - 1].text if index > 0 else ""
    if not credit or word_count(credit) > _CREDIT_ALONE_WORDS:
        return False
    if not is_caption(credit, profile, generic):
        return False
    return bool(_DAY_TAKEN.search(kept[index].text))


_CREDIT_ALONE_WORDS = 6
# "…, July 18, 2023." at the sentence's end: the day a picture was taken
_DAY_TAKEN = re.compile(
    r"(?:,\s(?:on\s)?|\son\s)(?:[A-Z][a-z]{2,8}day,\s)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},\s(?:19|20)\d{2}\.$"
)


def is_dated_caption(text: str) -> bool:
    """A picture's caption of a sentence or two, ending on the day the picture was taken
    ("Crews clear the square in Marston on Monday, April 6, 2026.")."""
    return word_count(text) >= _DATED_CAPTION_WORDS and bool(_DAY_TAKEN.search(text))


_DATED_CAPTION_WORDS = 8


def _is_credited_picture(line: str) -> bool:
    """A caption credited as American papers print it: the photographer "for" the outlet
    after it, the photographer and the paper in brackets before it, or in square brackets
    after it; or as Australian broadcasters do, the photographer's name in brackets run
    into the full stop."""
    return bool(
        _PHOTOGRAPHER_FOR_OUTLET.search(line)
        or _CREDIT_OPENS_CAPTION.match(line)
        or _CREDIT_IN_SQUARE_BRACKETS.search(line)
        or _PHOTOGRAPHER_RUN_INTO_CAPTION.search(line)
        or is_framed_by_credit(line)
    )


def is_framed_by_credit(line: str) -> bool:
    """A picture's alt text between two prints of its credit, as a copy of the picture's
    overlay reads ("Getty Images An ambulance leaves the hospitalGetty Images", "BBC A
    camera crew in the theatre BBC"): a picture agency's name, or any capitalised credit
    run into the alt text's last word, at both ends. (No regex: RE2 has no backreference
    to say "the same".)"""
    words = line.split(" ", _CREDIT_FRAME_WORDS)
    for count in range(1, min(_CREDIT_FRAME_WORDS, len(words) - 1) + 1):
        credit = " ".join(words[:count])
        if not all(w[:1].isupper() and w.isalpha() for w in words[:count]):
            return False
        if len(line) < len(credit) * 2 + _FRAMED_ALT_MIN or not line.endswith(credit):
            continue
        is_glued = line[-len(credit) - 1].islower()  # "… the hospitalGetty Images"
        if is_glued or credit.lower() in _PICTURE_SOURCES:
            return True
    return False


_CREDIT_FRAME_WORDS = 3  # "Getty Images", "PA Media", "BBC", "Reuters"
_FRAMED_ALT_MIN = 20
_PICTURE_SOURCES = frozenset(
    {
        "bbc",
        "getty images",
        "getty",
        "reuters",
        "pa media",
        "pa",
        "epa",
        "afp",
        "ap",
        "shutterstock",
        "alamy",
        "supplied",
        "bloomberg",
        "anadolu",
        "pool",
        "handout",
    }
)


# "… cattle near the creek.(Jo Roe)": the photographer's name in brackets with no space
# after the full stop, as ABC pages copy; "… last summer.(" is the same credit whose name,
# a link, the copy lost. A paragraph's source note stands a space apart ("… said. (AAP)"),
# and no sentence ends on an opening bracket.
_PHOTOGRAPHER_RUN_INTO_CAPTION = re.compile(
    r"[a-z][.!?]\((?:[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’.-]*){1,3}\))?$"
)


# "… across the U.S. in 2023. (Jo Roe for Chalkbeat)", "(Al Lee For The Texas Tribune)": a
# freelancer's picture (bounded repeats at the line's end: linear)
_PHOTOGRAPHER_FOR_OUTLET = re.compile(
    r"[.!?]\s?\([A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){1,3} [Ff]or [A-Z][^()]{1,60}\)\.?$"
)
# "(Jo Roe | The Courier) A legal observer watches as …": the credit opens the caption
_CREDIT_OPENS_CAPTION = re.compile(
    r"^\([A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){1,3} ?\| ?[A-Z][^()|]{1,50}\) [A-Z]"
)
# "… could come back in 2018. [JO ROE | Times]": the photographer and the paper in square
# brackets after the caption's sentence (a paragraph's "[sic]" has no bar or slash)
_CREDIT_IN_SQUARE_BRACKETS = re.compile(r"[.!?]\s?\[[A-Z][^\[\]|/]{1,40}[|/][^\[\]]{1,40}\]$")


_PHOTO_BY_IN_BRACKETS = re.compile(
    r"[.!?]\s{0,3}\((?:photo|photograph|picture|image)s? by [^()]{2,100}\)\.?$", re.I
)


# A newsletter's sign-up box run together over the text: "Sign up to our Harbour Briefing
# newsletter Sign up Thanks for joining! …", "Get the top stories by email Subscribe We use
# your sign-up …"
_SIGN_UP_BOX = lazy_pattern(
    r"^(?:Sign up to (?:our|the) [\w'’ -]{0,60}newsletters? Sign up\b"
    r"|Get (?:the|our) [\w'’ -]{0,60}(?:stories|news|headlines|updates) (?:by|via|to your) "
    r"(?:e-?mail|inbox) Subscribe\b)"
)


# A shop-review site's disclosure over its text, in its own voice: "When you buy through
# our links, we may earn a commission.", "… we may earn affiliate commissions, which help
# support our work." (a story's sentence about commissions names who is paid: "Sellers may
# earn …" stays, as does a quoted speaker's "we")
_COMMISSION_NOTE = lazy_pattern(
    r"^[^\"“”«»]{0,400}\b(?-i:we|We) (?:may|might|could|can|will|sometimes) "
    r"(?:earn|receive|get|be paid) "
    r"(?:an? )?(?:small )?(?:share of (?:the )?sales?|(?:affiliate )?commissions?"
    r"|(?:a )?portion of (?:the )?(?:sales?|revenue))\b"
)


# A republished story's credit over (or under) it: "“<headline>” was first published by
# <Outlet>, a nonprofit …", "This article was originally published by <Outlet> …", "This
# story was produced through a partnership between …" (the story is its paragraphs)
_REPUBLISHED_NOTE = lazy_pattern(
    r"^(?:[“\"]?[^“”\"]{1,300}[”\"] (?:was|is) (?:first|originally) published (?:by|in|on|at)\s"
    r"|This (?:article|story|piece|post) (?:was|is) (?:(?:first|originally) (?:published|posted"
    r"|appeared) (?:by|in|on|at)\s|(?:produced|co-published|published) (?:in partnership with"
    r"|through a partnership|as part of|for|with)\s))"
)


# A wire's line naming where the news came from, a post on a platform, as Ukrainian and other
# agencies print it under their lede ("Source: Jo Roe, Head of the Oblast Military
# Administration, on Telegram"): the story's own line, no picture's credit
_SOURCE_ON_PLATFORM = re.compile(
    r"^Source: [^:]{2,160} (?:on|via) (?:Telegram|Facebook|Twitter|X|Instagram|YouTube|TikTok"
    r"|Viber)\b[^:]{0,40}$"
)

# A writer's aside that opens a paragraph with a label and a colon, shaped like a caption
# led by its pun ("Pressing issue: Chief Minister … on Tuesday."), which is never one of these
_WRITERS_ASIDE = re.compile(
    r"^(?:Fun fact|(?:The )?bottom line|Full disclosure|Spoiler alert|Side note|Pro tip"
    r"|Good news|Bad news|(?:The )?big picture|Quick note|In short|The upshot"
    r"|(?:The |Key )?takeaway|Why it matters|What(?:'|’)s next):\s",
    re.IGNORECASE,
)


# A long caption's credit after its last sentence, as papers in New Zealand print it:
# "… inside and outside the chambers. Photo / LDR / Jo Roe." (bounded repeats after a
# fixed start: linear on the line)
_CREDIT_AFTER_CAPTION = re.compile(
    r"[.!?]\s(?:photos?|pictures?|images?|file|video) ?/ ?[^/.]{1,40}(?: ?/ ?[^/.]{1,40}){0,2}\.?$",
    re.I,
)
# … or worded, after a long caption's last sentence: "… in the cafeteria at the Statehouse
# on Wednesday. Photo by Jo Roe/Valley Courier" (bounded repeat at the line's end: linear)
_PHOTO_BY_AFTER_CAPTION = re.compile(
    r"[.!?]\s(?:(?:file )?photos?|pictures?|images?|photographs?) (?:by|courtesy of) [^.]{2,60}$",
    re.I,
)
# … or labelled, as Pacific papers print it after a long caption: "… on Monday. Picture:
# JO ROE", "… the jetty.. Picture: JO ROE/23010204", "… Games. Photo: JO ROE. 20101811"
# (the photographer's name, the desk's file number after it; no sentence follows)
# (British papers write the label out: "… ex-tropical cyclone Jasper. Photograph: Jo Roe/AAP")
_LABELLED_CREDIT_AFTER_CAPTION = re.compile(
    r"[.!?]\s(?:photos?|photographs?|pictures?|pics?|images?)\s?:\s?[A-Z][^.!?:]{1,60}"
    r"(?:\.\s?\d{4,10})?$",
    re.I,
)
# The credit in brackets after the caption's sentence, the outlet (or "Supplied") and the
# photographer, as Australian papers print it: "… at Cranbrook. (ABC News: Declan Gooch)".
# A paragraph's source note is no credit: "… in May. (Source: Statistics Canada)".
_OUTLET_AND_PHOTOGRAPHER = re.compile(
    r"[.!?]\s?\((?!(?:Sources?|Notes?|Editor'?s? [Nn]ote|Correction|Update|Disclosure):)"
    r"(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}: [A-Z][^():]{1,50}"
    # a photo platform and its user's handle, in lower case: "… infection.(Flickr: jroe)"
    r"|(?:Flickr|Instagram|Unsplash|Twitter|X|Facebook|TikTok|YouTube): @?[\w.-]{2,40})\)\.?$"
)


# A gallery's picture, its photographer and paper in brackets after the sentence: "…
# past the cathedral. (Jo Roe / The Courier)" (bounded repeats: linear on the line)
_PHOTOGRAPHER_AND_OUTLET = re.compile(
    r"[.!?]\s?\([A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){1,3} ?/ ?[A-Z][^()/]{1,40}\)\.?$"
)


# "… on May 16. (Courtesy of the Presidential Office/File)", "… in Davos. (World Economic
# Forum/dpa)": a long caption's credit (no agency alone: "(AFP)" may sign off a paragraph);
# "… of the protesters. (Jo Roe CC BY-SA 2.0)": a picture under a Creative Commons licence
_CREDIT_IN_BRACKETS = re.compile(
    r"\((?:(?:courtesy|file photo|photo|photograph|picture|image)\b[^()]{0,60}"
    r"|[^()/]{1,60}/(?:dpa|afp|ap|reuters|epa|getty images|file|xinhua|anadolu)"
    r"|(?:[^()]{1,60}\s)?CC[ -]BY(?:-(?:SA|NC|ND))*(?: \d\.\d)?)\)\.?$",
    re.I,
)
# (a video's too, as a science wire labels its media: "VIDEO: In this video … view more")
_LABELLED_CAPTION = re.compile(
    r"^(?:photo|photos|picture|image|video|caption|photo caption)\s*:\s*\S", re.I
)


def tag_list(line: str, profile: Profile, generic: Profile) -> tuple[str, ...] | None:
    patterns = profile.tag_line_patterns + generic.tag_line_patterns
    match = full_match(patterns, line)
    # "Posted in Environment | Tagged birds, wetlands"; a longer line is no tag line, and
    # asking each of its parts cost seconds on a megabyte of "a | b | …".
    if not match and " | " in line and len(line) <= 2 * SHORT:
        match = next(filter(None, (full_match(patterns, p) for p in line.split(" | "))), None)
    if not match:
        return _topic_bar(line)
    listed = match.group(match.re.groups) if match.re.groups else match.group(0)
    if listed.startswith("#"):  # "Tags: #Budget #Taxes": hashtags, one word each
        return tuple(t for t in listed.replace(",", " ").replace("#", " ").split() if t)
    if _TAG_SEPARATOR.search(listed):
        return tuple(t.strip() for t in _TAG_SEPARATOR.split(listed) if t.strip())
    return _tags_ended_by_stops(listed)


_TAG_SEPARATOR = re.compile(r"\s*[,|•;]\s*")


def _topic_bar(line: str) -> tuple[str, ...] | None:
    """Topics between bars with no label, most in lower case, as a story's foot prints
    them ("Cyprus  |  arson  |  fire  |  forest  |  police"); a menu's bar of links is
    capitalised ("Home | News | Sport | Weather")."""
    if len(line) > SHORT or "|" not in line:
        return None
    topics = [t.strip() for t in line.split("|")]
    if len(topics) < _TOPIC_BAR_ITEMS or not all(_TOPIC.match(t) for t in topics):
        return None
    lower = sum(t.islower() for t in topics)
    return tuple(topics) if 2 * lower > len(topics) else None


_TOPIC_BAR_ITEMS = 4
# a topic of one to three words, no sentence's stop nor a number
_TOPIC = re.compile(r"^[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,2}$")
# A full stop after a word, before the next tag's capital: not the dot of "U.S." or "Dr."
_TAG_STOP = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")


def _tags_ended_by_stops(listed: str) -> tuple[str, ...]:
    """With no comma or bar, some sites end each tag with a full stop ("Tagged with: Jo
    Roe. Ann Lee"); a short title before a name ("Gen. Jo Roe") is no tag of its own."""
    tags = [t.strip() for t in _TAG_STOP.split(listed) if t.strip()]
    if any(" " not in t and len(t) <= 4 for t in tags):
        return (listed.strip(),)
    return tuple(tags)


# The label over a standfirst's points ("Key points:", "Story highlights"): the lines under
# it summarise the story, between its head (above) and its lede (below).
HIGHLIGHTS = re.compile(
    r"^(?:story highlights|highlights|key points|key takeaways|in brief|at a glance"
    r"|what you need to know|the big picture|in short|summary|key events)\s*:?$",
    re.IGNORECASE,
)


def summary_box_over(kept: list[Numbered], title_at: int) -> set[int]:
    """A summary box right over the headline ("Summary", then its points of a few words
    each): its label and points, which are no kicker."""
    points: set[int] = set()
    for index in range(title_at - 1, -1, -1):
        text = kept[index].text
        if not text:
            continue
        if HIGHLIGHTS.match(text):
            return {*points, index} if points else set()
        if word_count(text) > _POINT_WORDS or len(points) == _BOX_REACH:
            return set()
        points.add(index)
    return set()


_BOX_REACH = 7  # points at most
_POINT_WORDS = 12


# A guide's table of contents over its subheads, between the head and the body: its items
# are the subheads again, no headline and no standfirst.
CONTENTS = re.compile(
    r"^(?:in this (?:article|story|guide)|table of contents|contents|on this page|jump to)\s*:?$",
    re.IGNORECASE,
)
# A health guide's reviewer under its writer: "Medically reviewed by Dr. Sam Oduya, MD".
# No writer (the reviewer checks the text), no headline, no standfirst.
REVIEWER = re.compile(
    r"^(?:(?:medically|clinically|expert|legally) )?(?:reviewed|fact[- ]checked) by\s",
    re.IGNORECASE,
)


def byline_names(line: str, profile: Profile) -> tuple[str, ...] | None:
    """Names on a byline line, or None when the line is not a byline."""
    line = _without_editor_beside_writer(line)
    glued = _GLUED_EDITOR.search(line)
    if glued:  # "By JagranEdited By: Published: …", "By Jo Roe Edited By: Al Lee": the
        line = line[: glued.start() + 1]  # editor's credit after the name, who wrote nothing
    role = _GLUED_ROLE.search(line) if line.startswith("By ") else None
    if role:  # "By Jo RoeSenior Editor, Investigations": the role run into the surname
        line = f"{line[: role.start() + 2]}, {line[role.start() + 2 :]}"
    desk = _GLUED_DESK.search(line) if line.startswith("By ") and not role else None
    if desk:  # "By Jo RoeBBC Sport NI", "By Jo RoeChief football writer": the desk is no name
        line = line[: desk.start() + 2]
    # "highlightsBy Jo Roe, contributing editor": a lost label or icon's word run into "By"
    lost = _WORD_BEFORE_BY.match(line)
    if lost:
        line = line[lost.start(1) :]
    # "By Jane Roe (The Daily Courier)": the paper the writer works for is no name
    match = full_match(profile.byline_patterns + GENERIC_BYLINES, without_outlet(line.strip()))
    if not match:
        return None
    named = match.group(1) if match.re.groups and match.group(1) else match.group(0)
    if is_report_kind(named):
        return None  # "Match report", "Special Report": a label over the headline
    # A bare-name pattern also matches "By Jane Doe": the "By" is never part of the name.
    names = split_names(_BY.sub("", named))
    words = names[0].split() if names else []
    is_phrase = len(words) >= _PHRASE_WORDS and words[0] not in _NAME_PARTICLES
    if is_phrase and _IS_LOWER_WORD.match(names[0]) and not _DESK_END.search(names[0]):
        return None  # "By the numbers: …", "By the time …": a headline or a sentence
    return names


# A name opens with a capital, or with a particle of one ("de la Cruz", "van Dijk"); "By
# the numbers" opens a headline, "By then the polls had closed" a sentence (a user name or
# a desk's initials in lower case are one word: "oldgrower", "dpa/lnw").
_IS_LOWER_WORD = re.compile(r"^[a-z]")
_PHRASE_WORDS = 3
# ("By a staff reporter" credits the desk in lower case)
_DESK_END = re.compile(r"\b(?:reporter|correspondent|staff|desk|writer|bureau|team)s?$", re.I)
_NAME_PARTICLES = frozenset(
    "de da di del della dos das du le la van von der den ter ten zu al el bin ibn".split()
)


def _without_editor_beside_writer(line: str) -> str:
    """ "Edited By: Asha Roy | Reported By: Jo Roe" -> "Reported By: Jo Roe": beside the
    writer's credit, the editor's names no one who wrote the story (alone, it is the only
    credit the page gives, and stays)."""
    if " | " not in line or len(line) > SHORT:
        return line
    parts = line.split(" | ")
    kept = [p for p in parts if not _EDITOR_LABEL.match(p)]
    if len(kept) < len(parts) and any(_WRITER_LABEL.match(p) for p in kept):
        return " | ".join(kept)
    return line


_EDITOR_LABEL = re.compile(r"^\s*edited by\b", re.IGNORECASE)
_WRITER_LABEL = re.compile(r"^\s*(?:by|written by|reported by|reporting by|story by)\b", re.I)


def _without_user_name(name: str) -> str:
    """ "Jane Roe Smith jroesmith" -> "Jane Roe Smith": a blog theme prints the writer's
    account name, their names run together in lower case, after the name."""
    words = name.split()
    if len(words) < 3 or not words[-1].isalpha() or not words[-1].islower():
        return name
    name_words = [w.lower() for w in words[:-1]]
    runs = {"".join(name_words[:k]) for k in range(2, len(name_words) + 1)}
    is_account = words[-1] in runs or words[-1] == name_words[0] + name_words[-1]
    return " ".join(words[:-1]) if is_account else name


def _without_glued_count(name: str) -> str:
    """ "Jo Roe0158" -> "Jo Roe": a counter (shares, comments) printed beside the byline
    copies run into the surname; a person's name of two words or more ends in no digits."""
    glued = _GLUED_COUNT.match(name)
    return glued["name"] if glued else name


# a name of two words or more, a small letter last, then the counter's digits
_GLUED_COUNT = re.compile(r"^(?P<name>[A-Z][^\d\s]*(?:\s[^\d\s]+)+[a-z])\d{1,6}$")


# A word in lower case run into "By" and a capitalised name: a label's word the copy lost
# the space after ("highlightsBy Jo Roe")
_WORD_BEFORE_BY = lazy_pattern(r"^[a-z]{3,15}(By [A-Z])", ignore_case=False)


# An editor's credit glued to the writer's name, no space between ("Asha RoyEdited By:"),
# or a space ("By Asha Roy Edited By: Jo Lee"): a capital "Edited", as its label prints it
_GLUED_EDITOR = lazy_pattern(r"[a-z] ?Edited [Bb]y\b", ignore_case=False)
# A writer's role glued to their surname, as a byline's two spans copy ("Jo RoeStaff
# Writer", "Jo RoeSenior Editor, Investigations"; two small letters before it: "McWriter"
# is a surname)
_GLUED_ROLE = lazy_pattern(
    r"[a-z]{2}(?:(?:Senior|Staff|Chief|Deputy|Contributing|Associate|Special|Political|Foreign)"
    r" )?(?:Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Photographer)\b",
    ignore_case=False,
)

# The outlet's initials or a role in lower case glued to the surname, as a byline's two
# spans copy ("Jo RoeBBC Sport NI", "Jo RoeChief football writer", "Jo RoeBBC Sport senior
# journalist"); two small letters before it, as above
_GLUED_DESK = lazy_pattern(
    r"[a-z]{2}(?:[A-Z]{2,5}(?: [A-Z][A-Za-z]*){0,3}(?: [a-z]+){0,3}"
    r"|(?:Senior|Chief|Deputy|Lead|Principal)(?: [a-z]+){0,3}"
    r" (?:editor|writer|reporter|correspondent|journalist|analyst))$",
    ignore_case=False,
)

# What "<X> report" names when it is a kind of story, not a desk ("Bureau Report")
_REPORT_KINDS = frozenset(
    "match special live exclusive annual market weather traffic news full field progress"
    " investigative latest new daily weekly monthly morning evening midday newspaper press"
    " media"
    # … and in Bangla: special, investigative, live, weekly, monthly, annual, daily, latest,
    # news; "ডেস্ক রিপোর্ট" (desk report) names no desk without the desk's own name
    " বিশেষ অনুসন্ধানী লাইভ সাপ্তাহিক মাসিক বার্ষিক দৈনিক সর্বশেষ নিউজ ডেস্ক".split()
)
_REPORT_WORDS = ("report", "রিপোর্ট")


# A column's standing name over each instalment's short headline: "Notes from Lagos",
# "Letter from Berlin", "Dispatch from Cape Town", "Lettre de Lyon", "Brief aus Wien"
_COLUMN_KICKER = re.compile(
    r"^(?:(?:letter|notes?|dispatch|despatch|postcard|diary|view|memo)s? from(?: the)?"
    r"|lettre d[e'’]|carta (?:de|desde)|crónica desde|postal desde|brief aus|lettera da"
    r"|cartolina da)\s*(?-i:[A-ZÀ-Ý])[\w'’.-]*(?: [\w'’.-]+){0,2}$",
    re.IGNORECASE,
)


def is_column_kicker(text: str) -> bool:
    """ "Notes from Lagos": the name of a column, printed over each of its headlines."""
    return len(text) <= SHORT and bool(_COLUMN_KICKER.match(text))


def is_report_kind(named: str) -> bool:
    """ "Match report", "Morning Newspaper Report": a kind of story, no desk."""
    words = named.lower().split()
    kinds = words[:-1]
    is_report = 1 <= len(kinds) <= 2 and words[-1] in _REPORT_WORDS
    return is_report and all(w in _REPORT_KINDS for w in kinds)


# A blog's meta line: "posted by Jane Roe in Oakfield, fire." (Drupal, Blogger), "by jroe
# on Tuesday, August 19 2008, 2:31pm. Viewed 938 times." The name is one to four words or
# a user name; what follows is the post's categories, or its date and counters.
_META_BYLINE = re.compile(
    r"^(?:(?P<posted>posted|written|submitted|published)\s+)?by\s+"
    r"(?P<name>[^\s,|]+(?:\s[^\s,|]+){0,3}?)\s+"
    r"(?:in\s+(?P<terms>[^.|:]{2,120})\.?|(?:on|at)\s+(?P<when>.{6,120}))$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class MetaLine:
    name: str
    terms: tuple[str, ...]  # the categories a "posted by … in …" line files the post under


def meta_byline(line: str) -> MetaLine | None:
    """The author (and categories) on a blog's "posted by … in …" or "by … on <date>"
    line, which is neither the lede nor a byline the plain patterns can split."""
    match = _META_BYLINE.match(line.strip()) if len(line) <= SHORT else None
    if match is None:
        return None
    name = match["name"].strip(" .")
    if match["terms"] is not None:
        if not match["posted"]:  # "By Jane Roe in London": a place, read elsewhere
            return None
        terms = tuple(t.strip() for t in match["terms"].split(",") if t.strip())
        if not terms or any(word_count(t) > 4 for t in terms):
            return None
        return MetaLine(name, terms)
    when, terms = match["when"], ()
    # "Posted by Jo Roe on March 3, 2025 in Engineering": the date, then the category
    dated, _, filed = when.rpartition(" in ")
    if match["posted"] and dated and 0 < word_count(filed) <= 4 and filed[:1].isupper():
        when, terms = dated, tuple(t.strip() for t in filed.split(",") if t.strip())
    try:  # "by … on" a date: the date says it is the post's meta line
        found = dates.find_date(when, "UTC", {})
    except dates.ImpossibleDate:
        found = None
    return MetaLine(name, terms) if found is not None else None


def split_on_joiners(text: str) -> tuple[str, ...]:
    """Names as a writer listed them ("A, B and C"): front matter means what it says."""
    parts = re.split(r"\s*(?:,|&|\band\b|\|)\s*", text.strip())
    return tuple(p.strip() for p in parts if p.strip())


# the wire a text drew on, after the writer's comma: "com Agência Brasil", "con información de EFE"
_DRAWN_ON = re.compile(
    r"^\s*(?:com|con)\s+(?:informações\s+d[aoe]s?\s+|información\s+de\s+)?(?=[A-ZÀ-Ö])"
)


_WRITING_BY = re.compile(r"^(?:writing|written) by\s+", re.IGNORECASE)
_HELPED_BY = re.compile(r"^additional reporting by\s", re.IGNORECASE)


def without_avatar_initial(name: str) -> str:
    """ "RRiverbend Review Editorial Board": the name without its avatar's letter."""
    return name[1:] if _AVATAR_INITIAL.match(name) else name


# What a date's label leaves ("Date"), and the accounts a blog's software posts as when
# nobody signed in under their own name ("Posted on … by admin")
_NO_ONES = frozenset(("date", "time", "admin", "administrator", "webmaster", "site admin"))


def split_names(text: str) -> tuple[str, ...]:
    """The people and desks on a byline, without the roles, places and dates beside them
    ("Jane Roe, Staff Writer" is one author; "Staff Correspondent" alone stays)."""
    # "Written By: - Date published: 4:20 pm, June 3rd, 2021 - 12 comments": what
    # follows a date's label is the date and the counters, no name
    labelled = _DATE_LABEL_INSIDE.search(text)
    if labelled:
        text = text[: labelled.start()]
    text = _COMMENTS.sub("", text)  # "Jo Roe 1,204 views": before its comma splits it
    couple = _COUPLE.match(text.strip())
    first = couple["first"] if couple else ""
    if couple and first not in AGENCIES and first.lower() not in _NO_GIVEN_NAMES:
        return (text.strip(),)  # "Bruce and Amy Okafor": two writers of one surname, as printed
    # "and" as Spanish and Portuguese bylines print it: "Ana Lobo y Luis Paz", "Ana Lobo e Rui Sá",
    # and German, French, Swedish, Norwegian, Polish ones: "und", "et", "och", "og", "i";
    # Chinese and Japanese part their writers with "、" or a full-width comma
    parts = re.split(
        r"\s*(?:,|，|、|&|\band\b|\||;|•|·)\s*|\s+/\s+|\s+(?-i:y|e|und|et|och|og|i)\s+(?=[A-ZÀ-ÖØ-ÞŁŚŻ])",
        dates.remove_dates(text),
    )
    names = [
        _without_newsroom(
            _TRAILING_AGENCY.sub("", _HANDLE_OR_ROLE.sub("", _COMMENTS.sub("", p))).strip(" .-–—")
        )
        for p in (_ROLE_LABEL.sub("", _DRAWN_ON.sub("", p)) for p in parts)
    ]
    # "By Tom Reed at Ashfield Park", "By Jo Roe in Geneva": where the writer was; "By Jo
    # Roe Special to The Courier", "… For Dailymail.com": whom the writer filed for
    names = [_FILED_FOR.sub("", _AT_PLACE.sub("", n)) if not _OFFICE.match(n) else n for n in names]
    names = [_without_user_name(n) for n in names]  # "Jo Roe jroe": the account's name
    names = [_without_glued_count(n) for n in names]  # "Jo Roe0158": the share count
    # "RRiverbend Review": the avatar's initial copied into the name it stands for
    names = [without_avatar_initial(n) for n in names]
    names = [
        n
        for n in names
        if n and not n.lower().startswith(("updated", "published")) and not _is_stray(n)
    ]
    names = names[:1] + [n for n in names[1:] if not _VIA.match(n)]
    # "Words by Jo Roe | Photography by Al Lee": who took the pictures wrote no words,
    # nor did the editor beside "Written by Jo Roe | Edited by Al Lee"
    names = [n for n in names if not _VISUAL_CREDIT.match(n)]
    names = names[:1] + [n for n in names[1:] if not _EDITOR.match(n)]
    # a wire's credit line: "Reporting by Jo Roe; Writing by Kim Ng": who wrote it from
    # the reporters' files is a writer; "Additional reporting by …" helped, wrote nothing
    names = [_WRITING_BY.sub("", n) for n in names if not _HELPED_BY.match(n)]
    # what a date's label leaves ("Date") and a counter ("33 comments") name nobody
    names = [n for n in names if not n[:1].isdigit() and n.lower() not in _NO_ONES]
    people = [n for n in names if not _ROLE.search(n)]
    if people and len(people) < len(names):
        names = [n for n in names if n in people]
    kept = names[:1] + [
        n for n in names[1:] if not _is_place(n) and not is_paper(n) and not _is_institution(n)
    ]
    return tuple(dict.fromkeys(kept))


# A given name alone, "and", a full name: a couple or siblings sharing the surname
# ("Bruce and Amy Okafor"), not a writer called "Bruce"
_NO_GIVEN_NAMES = frozenset(
    "staff admin administrator agencies agency editor editors guest team desk".split()
)
_COUPLE = re.compile(r"^(?P<first>[A-Z][a-z]{1,15}) (?:and|&) [A-Z][a-z]{1,15} [A-Z][\w'’-]{1,25}$")


# "By Fiona Galbraith, University of Eastbury": the writer's university, agency or ministry
# after a comma (its press office's byline), no second writer
_INSTITUTION = re.compile(
    r"^(?:(?:the\s+)?(?:university|ministry|department|institute|office|college|school)\s+of\s"
    r"|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s(?:university|institute|college)"
    r"(?:\s+of(?:\s[A-Z][\w'’-]*){1,3})?$)",
    re.IGNORECASE,
)


def _is_institution(part: str) -> bool:
    return len(part) <= 60 and bool(_INSTITUTION.match(part))


# "Juan Dela Rosa - Reporter / @jdelarosa": a role after a dash, a social handle; the
# role with its beat before it ("- Technology reporter", "- Chief Political Correspondent")
_HANDLE_OR_ROLE = re.compile(
    r"(?:\s*/\s*|\s+)@\w+$|\s+[-–—]\s+(?:[A-Za-z&]+ ){0,3}(?:reporter|writer"
    r"|correspondent|editor|contributor|columnist|journalist|producer|analyst)(?=\s*(?:/|$))",
    re.IGNORECASE,
)
# "Written by Jo Roe | Edited by Al Lee": the editor wrote none of it
_EDITOR = re.compile(
    r"^(?:edited|editing|produced|compiled|translated|curated) by\b", re.IGNORECASE
)
# a capital printed twice, then lower case: a writer's avatar letter run into the name
_AVATAR_INITIAL = re.compile(r"^([A-Z])\1[a-z]")
# a wire's roles after the first: "Reporting by Ana Roe, writing by Jo Lee": Jo Lee wrote
# ("Additional reporting by …" helped and wrote nothing: _HELPED_BY drops it)
_ROLE_LABEL = re.compile(r"^(?:reporting|writing) by\s+(?=\S)", re.IGNORECASE)
# "by janedoe Leave a Comment": a blog's comment link after the name
# what a blog prints after its writer's name: "Jo Roe 312 views", "Jo Roe 4 comments"
_COMMENTS = re.compile(
    r"\s+(?:leave a (?:comment|reply)|no comments|\d[\d,]* (?:comments?|views?|reads?))$", re.I
)
# The last word of a paper's name: "Sam Hillier, Political Reporter, Westshire Herald"
_PAPER_WORDS = frozenset(
    "herald times post gazette courier tribune journal chronicle mail express observer"
    " telegraph independent standard review record press mirror bulletin examiner register"
    " echo sentinel dispatch argus advertiser enquirer inquirer news ledger courant mercury"
    " clarion beacon".split()
)


def _is_stray(part: str) -> bool:
    """What a split byline leaves that names nobody: a handle ("@jroe"), a day of a
    date whose year went with the date ("February 10")."""
    words = part.split()
    if part.startswith("@") or "@" in part and "." in part:  # a handle, an e-mail address
        return True
    return len(words) == 2 and words[1].isdigit() and words[0].lower().rstrip(".") in dates.MONTHS


def is_paper(part: str) -> bool:
    """A paper's name after the writer's ("The Prairie Star", "Westshire Herald")."""
    words = part.split()
    return bool(_PAPER_AFTER_NAME.match(part)) or (
        2 <= len(words) <= 4 and words[-1].lower() in _PAPER_WORDS and part.istitle()
    )


# "By Owen Tremblay, The Prairie Star": the paper the writer works for, after a comma
# "Department for Rural Affairs", "Office for National Statistics": a government office
# credited by name, whose "for" names no paper the writer filed for
_OFFICE = re.compile(
    r"^(?:the\s+)?(?:department|ministry|office|agency|bureau)\s+(?:for|of)\s", re.I
)
_PAPER_AFTER_NAME = re.compile(r"^The(?: [A-Z][\w'’&.-]*){1,4}$")
_FILED_FOR = re.compile(
    r"(?<=\w)\s+(?i:special to|for|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$"
)
# "By Jo Roe with the Valley News, via the State News Exchange": the service that passed the
# story on names nobody
_VIA = re.compile(r"^via\s", re.IGNORECASE)
# "By Tom Reed at Ashfield Park": where the writer was, after the name
_AT_PLACE = re.compile(
    r"(?<=\w)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$"
)
# "By LISA MARSH and TOMAS REYES Associated Press": the agency after the last name (but
# "The Associated Press" is the agency itself)
_TRAILING_AGENCY = re.compile(
    r"(?<=\w)(?<!^The)\s+(?:Associated Press|Agence France-Presse|Reuters|AFP|AP)$"
)
# a broadcaster's newsroom after the writer's name, no comma between: "Jo Roe Global
# News", "Al Lee CBC News" (bounded repeats, nothing nested; "Harbour News" alone, a
# desk, has no name of two words before it and stays)
_TRAILING_NEWSROOM = re.compile(
    r"^((?-i:[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){1,2}))"
    r"\s+(?-i:[A-Z][A-Za-z&]{1,12})\s+News$"
)


def _without_newsroom(name: str) -> str:
    return _TRAILING_NEWSROOM.sub(r"\1", name)


_VISUAL_CREDIT = re.compile(
    r"^(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?|graphics?"
    r"|artwork|art|design|video)(?: and \w+)? by\b",
    re.IGNORECASE,
)
_DATE_LABEL_INSIDE = re.compile(
    r"(?:^|\s)(?:date published|date posted|published|posted|updated|last updated)\s*:"
    # "By Jo Roe Published about a year ago 5 min read": the label run on without a colon
    r"|\s(?-i:Published|Posted|Updated|Last updated)\s",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:correspondent|reporter|writer|editor|columnist|contributor|clerk|chief|analyst|reviewer"
    r"|staff|bureau|desk|special to|producer|journalist|intern|officer|secretary|spokes\w*"
    # in French: "correspondante", "envoyé spécial", "journaliste"
    r"|correspondante?|envoyée? spéciale?|journaliste"
    # in Indonesian and Malay: "Kontributor Medan, Jo Roe", "Wartawan …", "Koresponden …"
    r"|kontributor|wartawan|koresponden"
    # an institution's newsroom beside its writer: "Jo Roe, University Communications"
    r"|communications|media relations|public affairs|press office|news office)\b",
    re.IGNORECASE,
)
AGENCIES = frozenset(
    "AP AFP Reuters PTI IANS UNB BSS ANI TNN Xinhua Bernama dpa EFE Anadolu Bloomberg".split()
)


def _is_place(part: str) -> bool:
    """A single capitalised word after the names ("Jane Roe, Dhaka"): a place, unless an
    agency ("Jane Roe, AFP")."""
    words = part.split()
    if len(words) > 2 or part in AGENCIES or part.isupper():
        return False
    return all(w[:1].isupper() for w in words) and (len(words) == 1 or words[0] in ("New", "San"))


def name_list(line: str) -> tuple[str, ...] | None:
    """A credit printed without "By": names joined by "and", "&", "," or "|" ("Nadia
    Karim and Paul Hendry | AFP")."""
    line = without_outlet(line)
    if len(line) > 120 or not re.search(r",|&|\band\b|\|", line):
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:,|&|\band\b|\|)\s*", line) if p.strip()]
    if len(parts) >= 3 and _is_place(parts[-1]) and not looks_like_name(parts[-1]):
        parts = parts[:-1]  # "Jo Roe, Al Lee and Ann Fox, London": where they filed from
    if len(parts) < 2 or not all(looks_like_name(p) or p in AGENCIES for p in parts):
        return None
    if _ROLE.search(parts[0]) and not _ROLE.search(parts[1]):
        parts = parts[1:]  # "Kontributor Medan, Jo Roe": the role and its town, then the writer
    # "Jane Roe, The Courier": the paper she writes for is no second writer, nor is her
    # institute or her role ("Jane Roe, Contributing Editor")
    others = (p for p in parts[1:] if not is_paper(p) and not _is_institution(p))
    return tuple(parts[:1] + [p for p in others if not _ROLE_PART.search(p)])


# A role after a writer's name, capitalised as a name is ("Contributing Editor")
_ROLE_PART = re.compile(
    r"^(?:\w+ ){0,2}(?:editor|writer|reporter|correspondent|columnist|contributor|journalist"
    r"|photographer|producer)$",
    re.IGNORECASE,
)


def join_wrapped(parts: list[str]) -> str:
    """The lines of one paragraph copied with their hard line breaks, as one line. A word
    a narrow column broke at its end ("… voted on Mon-" / "day night …") is one word
    again: a hyphen after two letters, the next line going on in lower case."""
    joined = parts[0]
    for part in parts[1:]:
        is_broken = joined[-3:-1].isalpha() and joined.endswith("-") and part[:1].islower()
        joined = joined[:-1] + part if is_broken else f"{joined} {part}"
    return joined


# The count of comments a byline line ends on, after a bar or a space: "Jo Roe | 162"
_COMMENT_COUNT = re.compile(r"(?:\s*[|·•])?\s+\d{1,6}$")


def without_comment_count(line: str) -> str:
    """`line` without the count of comments a writer's name is printed beside."""
    return _COMMENT_COUNT.sub("", line)


def without_outlet(line: str) -> str:
    """A credit without the paper its writer works for: "Jo Roe (The Courier)" -> "Jo Roe"."""
    # most lines name no paper; the check spares them the pattern (a hot path)
    if "(now)" in line or "(earlier)" in line:  # a live page's shifts: "Jo Roe (now) and …"
        line = _SHIFT.sub("", line)
    return _OUTLET.sub("", line) if "(The " in line else line


_SHIFT = re.compile(r"\s*\((?:now|earlier)\)")


# A label over the name it credits ("NEWS PROVIDED BY", "Sponsored By"), or a company by
# its legal form ("Kestrel Robotics Ltd.", "Acme Inc."): capitalised words, no person.
_NO_PERSON_END = re.compile(r"\s(?:by|ltd|inc|llc|plc|corp|gmbh)\.?$", re.IGNORECASE)
_MENU_RUN_TOGETHER = re.compile(r"[a-z]{2}[A-Z][a-z]+[A-Z]")


def is_menu_run_together(line: str) -> bool:
    """Three links copied without the spaces between them ("HomeAboutContact")."""
    return bool(_MENU_RUN_TOGETHER.search(line))


# A possessive is no part of a name: "Editor's Viewpoint", "Mayor's Diary" are columns.
_POSSESSIVE = re.compile(r"\w['’]s\b")


def writer_beside_paper(text: str) -> str | None:
    """The writer of "Westshire Herald - Jo Roe" or "Jo Roe – The Courier": a paper's name
    and a person's, a dash between them (a news reader app's credit line)."""
    parts = _PAPER_DASH.split(text)
    if len(parts) != 2:
        return None
    for paper, writer in (parts, parts[::-1]):
        is_outlet = is_paper(paper) or bool(_ONE_WORD_OUTLET.match(paper))
        if is_outlet and looks_like_name(writer) and not is_paper(writer):
            return writer
    return None


_PAPER_DASH = re.compile(r"\s[-–—]\s")
# A portal's one-word name after its writer's, as Indonesian portals credit: "Jo Roe -
# detikNews", "… - kumparanNEWS", "… - Kompas.com"
_ONE_WORD_OUTLET = re.compile(
    r"^(?:[a-z][a-z0-9]*(?:News|NEWS|com)|[A-Za-z][\w-]*\.(?:com|co\.id|net|id))$"
)


def looks_like_name(line: str) -> bool:
    """Two to four capitalised words: a byline printed without "By"."""
    text = line.strip()
    if _NO_PERSON_END.search(text) or _POSSESSIVE.search(text):
        return False
    # "In Brief", "Key Points": a box's heading; "Observations HomeAboutContact": a blog's
    # name and its menu's links run together (one joint is a name's: "McKay", "MacArthur")
    if HIGHLIGHTS.match(text) or _MENU_RUN_TOGETHER.search(text):
        return False
    if len(text) <= 50 and _NAME.fullmatch(text):
        return True
    if len(text) <= 60 and (titled := _HONORIFIC.match(text)):
        return _TITLED_NAME.fullmatch(text[titled.end() :]) is not None
    return len(text) <= 40 and _is_bengali_name(text)


# South Asian papers credit a writer with the honorific and initials before the name:
# "Dr. Kazi S.M. Khasrul Alam Quddusi", "Prof. Md. Abdul Karim Chowdhury". After the
# honorific the name may run to five words; without one, five capitalised words are as
# likely a headline in title case.
_HONORIFIC = lazy_pattern(r"^(?:(?:Dr|Prof|Md|Mohd|Engr)\.\s+){1,2}", ignore_case=False)


def has_honorific(name: str) -> bool:
    """Whether a name opens with a writer's honorific ("Dr.", "Prof.", "Md.")."""
    return _HONORIFIC.match(name.strip()) is not None


_TITLED_NAME = lazy_pattern(
    r"(?:[A-Z][\w’'-]+|(?:[A-Z]\.){1,3})(?:\s+(?:[A-Z][\w’'-]+|(?:[A-Z]\.){1,3})){1,4}",
    ignore_case=False,
)


def _is_bengali_name(text: str) -> bool:
    """Two to four Bangla words that are not date words (a weekday, "প্রকাশ")."""
    if not bengali.has_script(text) or not _BN_NAME.fullmatch(text):
        return False
    words = [bengali.normalise(word.rstrip("ঃ")) for word in text.split()]
    return not any(w in bengali.DATE_WORDS or w in bengali.SECTION_WORDS for w in words)


def ends_like_prose(line: str) -> bool:
    """Whether the line ends as a sentence does (full stop, question, quote, bracket)."""
    return bool(_PROSE_END.search(line))


def is_prose(line: str) -> bool:
    """A body paragraph rather than a heading, label or menu item."""
    words = word_count(line)
    return words >= 12 or (words >= 5 and bool(_PROSE_END.search(line)))


def date_label(line: str, profile: Profile) -> str | None:
    lowered = line.lower().lstrip("•·- ")  # "• Published 3 May": a meta list's item
    prefixes, table = _label_table(profile.date_labels)
    if not lowered.startswith(prefixes):  # one test for all: most lines carry no label
        return None
    return next(kind for label, kind in table if lowered.startswith(label))


@lru_cache(maxsize=64)
def _label_table(
    labels: tuple[tuple[str, str], ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A profile's date labels in lower case, then the default ones: the table and its
    prefixes (every line of every copy asks; dozens of languages' labels)."""
    table = tuple((label.lower(), kind) for label, kind in labels) + DEFAULT_DATE_LABELS
    return tuple(label for label, _ in table), table


def read_date_line(
    index: int, line: str, profile: Profile, home_zone: str | None
) -> DateLine | None:
    """The date on a dateline; raises dates.ImpossibleDate for a dateline naming no real day."""
    if len(line) > SHORT:
        return None
    line = dates.abbreviate_zones(line)  # "… 05:04 PM Eastern Standard Time"
    # (each asked only when the line holds what it looks for: every short line comes here)
    if " read" in line:
        line = _READ_TIME_GLUED.sub(r"\1 ", line)  # "4 min readMay 2, 2018"
    if ":" in line or "Updated" in line:
        line = _YEAR_GLUED_TIME.sub(r"\1 ", line)  # "May 2, 20184:05 PM GMTUpdated 2 hours ago"
    if line[:4].lower() == "this":
        line = _AGE_NOTE.sub(r"\1 \2", line)  # "This article was published <day> (<n> days ago)"
        line = _AIRED_NOTE.sub(r"published \1", line)  # "This segment aired on <day>."
        line = _ARCHIVE_NOTE.sub("published ", line)  # "This is an archive article published …"
    found = dates.find_date(line, home_zone, dict(profile.zones))
    label = date_label(line, profile)
    # "Published on May 9, 2021 under Youth Football": the section after the date
    dated = _FILED_AFTER_DATE.sub("", line) if label else line
    # "… 6 March 2008, 00:00 Last update: about 17 years ago": the age after the date
    if dated[-3:].lower() == "ago":
        dated = _UPDATED_AGO.sub("", dated)
    if not dates.is_date_line(dated, found) or found is None:
        return None
    if label is None and _LISTED_ANSWER.match(line):
        return None  # "2. When you were hired: Oct. 23, 2013": a list's answer, no dateline
    if label is None and _DIGEST_HEAD.match(line):
        return None  # "Kyodo News Digest: May 16, 2025": a digest's headline names its day
    if label is None and _HEADLINE_ON_DATE.match(line) and not _DATE_VERB.search(line):
        return None  # "Weekly grain report for 30 November 2026": a headline naming a day
    return DateLine(index, label or "published", found, is_labelled=label is not None)


# A radio station's note under a segment's page, its only printed date: "This segment
# aired on April 17, 2024." reads as "published April 17, 2024" (Python's re on short
# lines; the date's repeat is bounded)
_AIRED_NOTE = re.compile(
    r"^This (?:segment|episode|interview|program|programme|show|report|story) "
    r"(?:first |originally )?aired (?:on )?([^.]{6,40}?)\.?$",
    re.I,
)
# An archive's note over an old story, its only printed date: "This is an archive article
# published on March 12, 2011" reads as "published March 12, 2011"
_ARCHIVE_NOTE = re.compile(
    r"^This is an archived? (?:article|story|report|post|page|copy),? "
    r"(?:first |originally )?(?:published|posted) (?:on )?",
    re.I,
)
_UPDATED_AGO = re.compile(
    r"\s+(?:last )?updated?\s*:?\s+(?:about |over |almost )?(?:\d+|an?|one) \w+ ago$", re.I
)
# An archive's note on an old story, its only printed date: "This article was published
# 09/03/2021 (1004 days ago), so …" reads as "published 09/03/2021" (Python's re on
# short lines; the date's repeat is bounded)
_AGE_NOTE = re.compile(
    r"^This (?:article|story|post|page) was (published|posted|updated) ([^()]{6,40}?)"
    r",? \((?:about |over |almost )?[\d,]{1,6} (?:days?|weeks?|months?|years?) ago\)"
    r"(?:,? so [^.]{1,120})?\.?$",
    re.I,
)
# A numbered list's question and its answer, a date: "2. When you were hired: Oct. 23, 2013"
# (a profile's or a Q&A's facts; Python's re on short lines, bounded repeats)
_LISTED_ANSWER = re.compile(r"^\d{1,2}[.)]\s+[A-Z][^:\d]{2,60}:\s")
# A digest's or a briefing's headline, its name then its day: "Harbour News Digest: May 16,
# 2025", "Morning Briefing for March 3" (Python's re on short lines, bounded repeats)
_DIGEST_HEAD = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s){1,4}(?:Digest|Roundup|Round-up|Briefing|Bulletin|Wrap|Wrap-up"
    r"|Recap)\s*(?::|,|[-–—]|for)\s"
)
# Three words or more, then "for", "of", "until" … and the day: a headline about a date
# (Python's re on short lines, no nested repeats)
_HEADLINE_ON_DATE = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){3,}(?:for|of|until|from|since|before|after|on)\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})\b"
)
# "This story was published on March 3, 2024": the page's own date, told in words
_DATE_VERB = re.compile(
    r"\b(?:published|posted|updated|modified|edited|written|released|filed|uploaded|created"
    r"|issued|printed|dated|first|last)\b",
    re.IGNORECASE,
)
# Python's re on short lines: a reading time run into the date after it.
_READ_TIME_GLUED = re.compile(r"(\bmin(?:ute)?s? read)(?=[A-Z0-9])")
# Spans printed with no space between them: a year run into the time after it (no year
# has five digits) and a zone run into the update note after it.
_YEAR_GLUED_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d(?=\d{1,2}:\d\d)|[A-Z0-9](?=Updated\b))")
# What a labelled date files the post under: "… 2019 under Sports" ("… 2020 in Dhaka"
# names a place as often as a category: not read).
FILED_AFTER_DATE = r"(?<=\d)(?:,?\s+(?:under|filed under|filed in)\s+)(?P<filed>[A-Z][^|,]{1,60})$"
_FILED_AFTER_DATE = re.compile(FILED_AFTER_DATE)


def filed_after_date(line: str) -> str | None:
    """The section a labelled dateline names after its date ("… 2019 under Sports")."""
    found = _FILED_AFTER_DATE.search(line) if len(line) <= SHORT else None
    return found["filed"].strip() if found else None


def is_relative_date(line: str) -> bool:
    return len(line) <= 60 and bool(dates.RELATIVE.search(line))


# "Born: 14 May 1935, Dunmore" / "Died: 2 June 2026": an obituary's facts box over the
# text names the life's dates, never the article's, and is no standfirst
_LIFE_DATE_LABEL = re.compile(
    r"^(?:born|died|date of (?:birth|death)|geboren|gestorben|né|née|décédé)\b\s*:?", re.I
)


def is_life_date(line: str) -> bool:
    """A labelled date of a birth or a death, as an obituary's facts box prints it."""
    return len(line) <= SHORT and bool(_LIFE_DATE_LABEL.match(line))


def read_date_line_safe(line: str, profile: Profile) -> bool:
    """Whether `line` is a dateline, including ones naming impossible days."""
    try:
        return read_date_line(0, line, profile, "UTC") is not None
    except dates.ImpossibleDate:
        return True


# A facts box's row: "Court: Eastfield Crown Court", "Sentence: Two years" (a label of one
# to three capitalised words, a colon, its value)
_FACT_ROW = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: [A-Z0-9£$€][^:]{0,120}$")


def is_fact_row(texts: list[str], index: int) -> bool:
    """A row of a facts box ("Court: …", "Charge: …"), beside another row: neither the
    headline nor the lede, though a row may read like either."""
    if not _FACT_ROW.match(texts[index]) or word_count(texts[index]) > 20:
        return False
    return any(_FACT_ROW.match(texts[i]) for i in _printed_neighbours(texts, index))


def _printed_neighbours(texts: list[str], index: int) -> list[int]:
    """The nearest printed lines above and below (a blanked share button may sit between)."""
    above = next((i for i in range(index - 1, max(-1, index - 5), -1) if texts[i]), None)
    below = next((i for i in range(index + 1, min(len(texts), index + 5)) if texts[i]), None)
    return [i for i in (above, below) if i is not None]


# A match report's score line: a side's name, its goals, its scorers in brackets
# ("Kelby Town 2 (Roe 14, 58)", "Kelby Town 0"); Gaelic games count goals and points
# ("Kelby 2-13")
_SCORE_LINE = re.compile(
    r"^[A-Z][\w'.&-]*(?: [A-Z&][\w'.&-]*){0,4} \d{1,3}(?:[-–]\d{1,3})?(?: \([^()]{1,120}\))?$"
)


def is_score_line(texts: list[str], index: int) -> bool:
    """A side's name and score on its line, the other side's beside it: no headline nor
    lede ("Kelby Town 2 (Roe 14, 58)" over "Stowe United 1")."""
    if len(texts[index]) > SHORT or not _SCORE_LINE.match(texts[index]):
        return False
    near = _printed_neighbours(texts, index)
    return any(len(texts[i]) <= SHORT and _SCORE_LINE.match(texts[i]) for i in near)
