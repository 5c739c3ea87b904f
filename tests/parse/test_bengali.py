"""Bangla copies: bylines, the article's language, slugs, and the page that carries them."""

from __future__ import annotations

import re

import pytest
from parse_helpers import parse_bytes, parse_text

from site_gen.core.errors import ParseError
from site_gen.core.slugs import slugify
from site_gen.parse import language, lines
from site_gen.parse.profiles import builtin_profiles

PROTHOMALO = next(p for p in builtin_profiles() if p.name == "prothomalo")
GENERIC = next(p for p in builtin_profiles() if p.name == "generic")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("নিজস্ব প্রতিবেদক", ("নিজস্ব প্রতিবেদক",)),
        ("বিশেষ প্রতিনিধি", ("বিশেষ প্রতিনিধি",)),
        ("যশোর প্রতিনিধি", ("যশোর প্রতিনিধি",)),
        ("জেলা প্রতিনিধি, রাজশাহী", ("জেলা প্রতিনিধি",)),
        ("নিজস্ব প্রতিবেদক, ঢাকা", ("নিজস্ব প্রতিবেদক",)),
        ("স্টাফ রিপোর্টার", ("স্টাফ রিপোর্টার",)),
        ("ক্রীড়া প্রতিবেদক", ("ক্রীড়া প্রতিবেদক",)),
        ("নিজস্ব সংবাদদাতা, চট্টগ্রাম", ("নিজস্ব সংবাদদাতা",)),
        ("অনলাইন ডেস্ক", ("অনলাইন ডেস্ক",)),
        ("আন্তর্জাতিক ডেস্ক", ("আন্তর্জাতিক ডেস্ক",)),
        ("দর্পণ নিউজ ডেস্ক", ("দর্পণ নিউজ ডেস্ক",)),
        ("ডেস্ক রিপোর্ট", None),  # a desk needs its name: "ডেস্ক রিপোর্ট" alone is a label
        ("রহিম উদ্দিন, নিজস্ব প্রতিবেদক", ("রহিম উদ্দিন",)),
        ("মো. করিম হোসেন, জেলা প্রতিনিধি, সিলেট", ("মো. করিম হোসেন",)),
        ("লেখক: ফারহানা ইয়াসমিন", ("ফারহানা ইয়াসমিন",)),
        ("লেখকঃ নাসির আহমেদ ও তানিয়া সুলতানা", ("নাসির আহমেদ ও তানিয়া সুলতানা",)),
        ("বাসস", ("বাসস",)),
        # the place and the outlet's address after the role, no comma between
        ("করিম হোসেন, স্টাফ করেসপন্ডেন্ট খুলনা নদীবার্তা২৪.কম", ("করিম হোসেন",)),
        # an opinion writer: the name, the post and where it is held
        ("রহিম উদ্দিন, সাবেক উপাচার্য, নদী বিশ্ববিদ্যালয়", ("রহিম উদ্দিন",)),
        ("আ ক ম নাসির আহমেদ, অর্থনীতি বিভাগের অধ্যাপক", ("আ ক ম নাসির আহমেদ",)),
        ("তানিয়া সুলতানা, দর্শন বিভাগের অধ্যাপিকা, চরপাড়া কলেজ।", ("তানিয়া সুলতানা",)),
        ("তিনি বলেন, শিক্ষক হিসেবে আমার দায়িত্ব আছে।", None),
        # prose and headlines are not bylines
        ("প্রতিনিধিদের সঙ্গে বৈঠক করেছেন মন্ত্রী, আলোচনা হয়েছে বাজেট নিয়ে", None),
        ("নিজস্ব প্রতিবেদকের বিরুদ্ধে মামলা", None),
    ],
)
def test_bengali_bylines(line: str, names: tuple[str, ...] | None) -> None:
    assert lines.byline_names(line, PROTHOMALO) == names
    assert lines.byline_names(line, GENERIC) == names


@pytest.mark.parametrize(
    ("line", "is_name"),
    [
        ("মো. রাশেদুল ইসলাম", True),
        ("তানিয়া সুলতানা", True),
        ("সোমবার রাত", False),  # date words
        ("জাতীয়", False),  # one word: a section
        ("নদীভাঙনে ঘর হারাল চরাঞ্চলের তিন শতাধিক পরিবার", False),
    ],
)
def test_bengali_name_beside_a_dateline(line: str, is_name: bool) -> None:
    assert lines.looks_like_name(line) is is_name


def test_a_bengali_word_counts_once_and_the_dari_ends_prose() -> None:
    assert lines.word_count("নিজস্ব প্রতিবেদক") == 2
    assert lines.is_prose("নদীর পানি বেড়ে যাওয়ায় ভাঙন তীব্র হয়েছে।")
    assert not lines.is_prose("নদীর পানি বেড়ে যাওয়ায় ভাঙন তীব্র")


@pytest.mark.parametrize(
    ("title", "paragraphs", "lang"),
    [
        ("নদীভাঙনে ঘর হারাল তিন শতাধিক পরিবার", ("টানা বৃষ্টিতে নদীর পানি বেড়েছে।",), "bn"),
        ("Dengue cases rise", ("Hospitals in Dhaka admitted 412 new patients.",), "en"),
        # English words and digits inside a Bangla text do not change it
        ("বাজেট ২০২২: GDP প্রবৃদ্ধি ৭ শতাংশ", ("IMF বলেছে, প্রবৃদ্ধি কমতে পারে।",), "bn"),
        # a Bangla quotation inside an English story does not either
        ("Poet's words", ("The crowd sang “আমার সোনার বাংলা” at the end of the long rally.",), "en"),
        ("Café culture", ("Crème brûlée and naïve façades.",), "en"),
        ("", (), "en"),
    ],
)
def test_language_by_script_share(title: str, paragraphs: tuple[str, ...], lang: str) -> None:
    assert language.detect(title, paragraphs) == lang


BANGLA_COPY = """নদীভাঙনে ঘর হারাল চরাঞ্চলের তিন শতাধিক পরিবার

নিজস্ব প্রতিবেদক
প্রকাশ: ২৬ জুন ২০২২, ১৭:২০

টানা এক সপ্তাহের বৃষ্টিতে নদীর পানি বেড়ে যাওয়ায় জেলার তিনটি ইউনিয়নের চরাঞ্চলে ভাঙন তীব্র হয়েছে।
"""


def test_a_bangla_copy_is_bn_with_a_transliterated_slug() -> None:
    article = parse_text(BANGLA_COPY)
    assert article.lang == "bn"
    assert article.byline == ("নিজস্ব প্রতিবেদক",)
    assert article.slug == "ndiibhaangne-ghr-haaraal-craanycler-tin-shtaadhik-pribaar"


def test_front_matter_lang_wins() -> None:
    text = "---\ntitle: নদীর খবর\ndate: 2022-06-26\nlang: en-GB\n---\nটানা বৃষ্টিতে নদীর পানি বেড়েছে।\n"
    assert parse_text(text, "story.md").lang == "en-GB"
    detected = text.replace("lang: en-GB\n", "")
    assert parse_text(detected, "story.md").lang == "bn"


def test_a_bad_front_matter_lang_is_one_line_error() -> None:
    text = "---\ntitle: T\ndate: 2022-06-26\nlang: not a tag\n---\nBody.\n"
    result = parse_bytes(text.encode(), "story.md")
    assert isinstance(result, ParseError)
    assert "lang" in str(result) and "\n" not in str(result)


@pytest.mark.parametrize(
    "title",
    [
        "নদীভাঙনে ঘর হারাল চরাঞ্চলের তিন শতাধিক পরিবার",
        "বাজেট ২০২২: কৃষিতে বরাদ্দ বাড়ল",
        "ঢাকায় ডেঙ্গু রোগী বাড়ছে",
        "জানুয়ারি",  # য় as one code point
        "জানুয\u09bcারি",  # য় as য + nukta: the same slug
    ],
)
def test_bengali_titles_give_ascii_slugs(title: str) -> None:
    slug = slugify(title, fallback_seed="x.txt")
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug), slug
    assert not slug.startswith("n-")  # transliterated, not the hash fallback
    assert len(slug) <= 80


def test_bengali_digits_become_ascii_digits_in_slugs() -> None:
    assert "2022" in slugify("বাজেট ২০২২")


@pytest.mark.parametrize(
    ("line", "is_furniture"),
    [
        ("ফেসবুক", True),  # the share bar's buttons
        ("হোয়াটসঅ্যাপ", True),
        ("প্রিন্ট ভার্সন", True),
        ("শিরোনাম", True),  # a ticker's label
        ("সেকশনস", True),  # a menu's button
        ("ফেসবুকে ভুয়া খবর ছড়ানোর অভিযোগে একজন গ্রেপ্তার", False),
        ("শিরোনাম বদলে নতুন করে ছাপা হলো প্রতিবেদন", False),
    ],
)
def test_bangla_page_buttons_and_labels_are_furniture(line: str, is_furniture: bool) -> None:
    assert lines.is_chrome(line, GENERIC, GENERIC) is is_furniture


def test_a_pictures_credit_under_the_headline_is_no_byline() -> None:
    text = (
        "শীতের সবজিতে ভরে উঠেছে শহরের কাঁচাবাজার\n\n"
        "প্রকাশিত: ০৯:৪০ এএম, ১৪ জানুয়ারি ২০২৪\n\n"
        "ছবি সংগৃহীত\n\n"
        "পৌষের শেষ সপ্তাহে নগরীর কাঁচাবাজারগুলোতে শীতের সবজির সরবরাহ বেড়েছে। "
        "এক সপ্তাহের ব্যবধানে ফুলকপি ও শিমের দাম কেজিতে দশ টাকা কমেছে।\n"
    )
    article = parse_text(text)
    assert article.byline == ()
    assert "ছবি সংগৃহীত" in article.captions
