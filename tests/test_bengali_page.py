"""A Bangla article's page says so: html lang (which Pagefind indexes by) and JSON-LD."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import render_cases
from corpus_helpers import REPO

from site_gen.render.pages import page_language, render_page
from site_gen.render.theme import Theme

BUILTIN = Theme((str(REPO / "templates"),), ())


def _page(lang: str) -> str:
    article = replace(render_cases.PLAIN, lang=lang, title="নদীর খবর")
    return render_page(render_cases.article_page(article), render_cases.site(), BUILTIN)


def test_a_bangla_article_page_is_lang_bn() -> None:
    html = _page("bn")
    assert '<html lang="bn">' in html
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert script is not None and json.loads(script.group(1))["inLanguage"] == "bn"


def test_an_article_in_the_site_language_keeps_the_site_tag() -> None:
    assert '<html lang="en-GB">' in _page("en")


def test_page_language() -> None:
    assert page_language("en", "en-GB") == "en-GB"
    assert page_language("bn", "en-GB") == "bn"
    assert page_language("bn-BD", "bn") == "bn"
    assert page_language("en", "bn") == "en"
