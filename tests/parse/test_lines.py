"""Line measures: word counts as the plain pattern gives them."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from site_gen.parse import lines
from site_gen.parse.lines import word_count
from site_gen.parse.profiles import builtin_profiles, generic_of

PIECES = st.sampled_from(["a", "Zoë", "42", "_", "'", "’", "-", "--", " ", ".", "é", "\n"])


# A word's letters: \w and the combining marks of Latin accents and the Indic scripts
# (Python's \w leaves out the vowel signs, so "ছবি" would count as two words).
LETTER = r"[\w\u0300-\u036f\u0900-\u0dff]"


# Chinese characters, kana and Thai are written without spaces between words: counted apart.
DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e01-\u0e4e]")


@given(st.lists(PIECES, max_size=30).map("".join) | st.text())
def test_word_count_matches_the_plain_pattern(text: str) -> None:
    assume(not DENSE.search(text))
    assert word_count(text) == len(re.findall(rf"{LETTER}+(?:[’'\-]{LETTER}+)*", text))


def test_chinese_counts_a_word_for_every_two_characters() -> None:
    # One run of six characters is a short headline, not one "word" (nor six).
    assert word_count("湖畔夜市重開") == 3
    assert word_count("湖畔夜市重開,攤商回流") == 5
    assert word_count("新橋 Bridge 開通") == 3


def test_thai_counts_a_word_for_every_three_letters_and_marks() -> None:
    # The vowel marks no longer split a word: a menu's "วิดีโอ" is not a three-word line.
    assert word_count("วิดีโอ") == 2
    assert word_count("ตลาดน้ำ 3 แห่ง") == 6


ASCII_PIECES = st.sampled_from(["a", "Q", "42", "_", "'", "-", "--", " ", ".", "\n", "\t", "~"])


@given(st.lists(ASCII_PIECES, max_size=40).map("".join) | st.text(st.characters(max_codepoint=127)))
def test_ascii_text_counts_as_the_plain_pattern_counts_it(text: str) -> None:
    # ASCII text takes a quicker bytes pattern: it must count exactly as the str one.
    assert word_count(text) == len(re.findall(rf"{LETTER}+(?:[’'\-]{LETTER}+)*", text))


def test_a_bengali_word_with_vowel_signs_is_one_word() -> None:
    assert word_count("ছবি সংগৃহিত") == 2
    assert word_count("e\u0301te\u0301") == 1


def test_a_facts_box_row_beside_another_is_a_fact_row() -> None:
    texts = ["Case details", "Court: Selby Crown Court", "Charge: Theft (denied)", "A lede."]
    assert lines.is_fact_row(texts, 1)
    assert lines.is_fact_row(texts, 2)


def test_a_lone_label_and_colon_headline_is_no_fact_row() -> None:
    texts = ["News", "Results: Hallam West by-election", "Greens take the seat"]
    assert not lines.is_fact_row(texts, 1)


def test_two_sides_scores_are_score_lines() -> None:
    texts = ["Kelby Town 2 (Roe 14, 58)", "Stowe United 0", "Kelby won."]
    assert lines.is_score_line(texts, 0)
    assert lines.is_score_line(texts, 1)


def test_a_lone_name_and_number_headline_is_no_score_line() -> None:
    texts = ["Tech", "Orbiter 11", "The probe launched on Monday."]
    assert not lines.is_score_line(texts, 1)


@pytest.mark.parametrize(
    ("parts", "wanted"),
    [
        # a narrow column breaks a word at its end: one word again
        (["the board voted on Tues-", "day night"], "the board voted on Tuesday night"),
        # a hyphen after a figure or a single letter, or before a capital, stays
        (["a 40-", "minute wait"], "a 40- minute wait"),
        (["the North-", "West route"], "the North- West route"),
        # lines that end whole words join with a space
        (["the ferry will", "get a second boat"], "the ferry will get a second boat"),
    ],
)
def test_a_wrapped_paragraph_joins_a_word_broken_at_the_line_end(
    parts: list[str], wanted: str
) -> None:
    assert lines.join_wrapped(parts) == wanted


@pytest.mark.parametrize(
    ("credit", "wanted"),
    [
        ("Reporting by Pia Lund; Writing by Omar Reyes", ("Pia Lund", "Omar Reyes")),
        (
            "Reporting by Pia Lund; Additional reporting by Tam Vo; Writing by Omar Reyes",
            ("Pia Lund", "Omar Reyes"),
        ),
        ("Reporting by Pia Lund and Omar Reyes; Writing by Omar Reyes", ("Pia Lund", "Omar Reyes")),
    ],
)
def test_a_wire_credit_names_who_wrote_the_story_not_who_helped(
    credit: str, wanted: tuple[str, ...]
) -> None:
    generic = generic_of(builtin_profiles())
    assert lines.byline_names(credit, generic) == wanted


def test_gaelic_games_goals_and_points_are_score_lines() -> None:
    texts = ["Kilbrack 2-14", "", "Rathmore 1-10", "", "Two late goals settled it on Sunday."]
    assert lines.is_score_line(texts, 0)
    assert lines.is_score_line(texts, 2)
    assert not lines.is_score_line(["Route 66-70 closed", "Traffic was slow."], 0)


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        # an honorific and initials before a name of up to five words
        ("Dr. Farid A.K. Mollah Rahat Chowdhury", True),
        ("Prof. Md. Abdul Karim Chowdhury", True),
        # five capitalised words without one are as likely a headline
        ("Farid Mollah Rahat Chowdhury Karim Ahmed", False),
        ("Dr. Rahman Says Prices Will Rise Today", False),
    ],
)
def test_a_name_after_an_honorific_may_run_to_five_words(text: str, is_name: bool) -> None:
    assert lines.looks_like_name(text) is is_name


@pytest.mark.parametrize(
    ("line", "is_menu"),
    [
        ("English English हिन्दी Hindi বাংলা Bengali मराठी Marathi ગુજરાતી Gujarati", True),
        ("English Русский Ελληνικά עברית", True),
        ("English教育を強化する新しい方針を発表", False),  # one script, however many blocks
        ("English — ‘the quoted’ …", False),  # punctuation is no script
        ("বাংলা ভাষার English সংস্করণ", False),
    ],
)
def test_a_line_naming_editions_in_three_scripts_is_a_language_menu(
    line: str, is_menu: bool
) -> None:
    generic = generic_of(builtin_profiles())
    assert lines.is_chrome(line, generic, generic) is is_menu


@pytest.mark.parametrize(
    ("line", "is_note"),
    [
        ("When you buy through our links, we may earn an affiliate commission.", True),
        (
            "Harbour Reviews is supported by its readers. If you click a link and buy, we may"
            " earn a commission, which helps fund our testing. " + "It never sways a review. " * 12,
            True,  # longer than a line of chrome: asked of lines holding its word
        ),
        ("Sellers on the platform may earn a commission of up to ten percent per sale.", False),
        ('"When people buy through our links, we may earn a commission," said Al Lee.', False),
    ],
)
def test_a_shop_sites_commission_note_is_chrome_a_story_sentence_is_not(
    line: str, is_note: bool
) -> None:
    generic = generic_of(builtin_profiles())
    assert lines.is_chrome(line, generic, generic) is is_note


_TICKER = "           >>           ".join(
    [
        "Night market to move to the old bus depot",
        "Council votes to keep the harbour pool open",
        "Rainfall record broken in the hills",
        "Teachers welcome new laptops for rural schools",
    ]
)


@pytest.mark.parametrize(
    ("line", "is_furniture"),
    [
        (_TICKER + "           >>          ", True),  # other stories' headlines, a bar
        ("FacebookInstagramTwitterContact", True),  # the social links run together
        ("TwitterFacebookYouTube", True),
        ("Home >> Regional >> Coastal villages get new early-warning sirens", False),
        ("FacebookPage", False),  # one name glued to a word is no run of links
        # a sentence that names the arrows once is text
        ("Press the key marked  >>  twice to skip ahead, the manual says on page four.", False),
    ],
)
def test_a_ticker_bar_and_glued_social_links_are_furniture(line: str, is_furniture: bool) -> None:
    generic = generic_of(builtin_profiles())
    assert lines.is_chrome(line, generic, generic) is is_furniture
