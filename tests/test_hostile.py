"""Hostile strings in every field of both source formats stay inert in every output sink.

The site is built once (module fixture) from one Markdown and one plain-text source per
corpus entry; the tests then PARSE what was written (html5lib, lxml, json) instead of
grepping, so a string that opens an element or attribute shows up as a new node.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hostile_corpus import HOSTILE, normalised
from hypothesis import given, settings
from hypothesis import strategies as st
from support import run_cli, soup_of

from site_gen.core.config import Config
from site_gen.core.model import Article
from site_gen.core.slugs import slugify
from site_gen.shape.enrich import article_url, assign_urls

# A built site is a module fixture: under xdist one worker builds it once for all tests.
pytestmark = pytest.mark.xdist_group("test_hostile")

SAFE_SEGMENT = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SAFE_FILE = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$", re.IGNORECASE)
WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
# Folders whose names come from the theme or a tool, never from input.
FIXED_FOLDERS = {"static", "pagefind", "page", "by-count", "archive", "sections", "tags"}
FIXED_FOLDERS |= {"authors", "search", "feeds", "fragment", "index", "filter"}
EVIL_TAGS = ("script", "img", "iframe", "evil", "object", "embed", "svg")
# Which fields end up on the page as exactly the text that went in (the body goes
# through Markdown, which may legitimately reinterpret punctuation).
MARKDOWN_CONTROL_NAMES = {"control", "zero-width"}


def _day(index: int) -> datetime:
    return datetime(2023, 1, 1, 10, 0, tzinfo=UTC) + timedelta(days=index)


def _write_sources(src: Path) -> None:
    src.mkdir(parents=True)
    for index, (name, text) in enumerate(HOSTILE):
        fields = {
            "title": f"T {text}",
            "date": _day(index).isoformat(),
            "section": text,
            "author": text,
            "tags": [text, "plain"],
            "slug": text,
            "summary": text,
        }
        front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=True)
        (src / f"{name}.md").write_text(f"---\n{front}---\n{text}\n\nSecond {text} end.\n")
        when = _day(index)
        (src / f"{name}.txt").write_text(
            f"Headline about {text} today\n\n{text}\n\nBy {text}\n"
            f"{when.day} {when:%B}, {when.year}, 10:00 am\n\n"
            f"The body paragraph mentions {text} and goes on for a while like prose does.\n\n"
            "Another paragraph of ordinary prose follows the first one here.\n",
            encoding="utf-8",
        )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    _write_sources(root / "src")
    # A base URL, so sitemaps and absolute feed links are written and checked too.
    (root / "site.toml").write_text('[site]\nbase_url = "https://news.example.org"\n')
    run = run_cli("build", str(root / "src"), "-o", str(root / "site"), cwd=root)
    assert run.code == 1, run.err
    assert "Traceback" not in run.err
    # Only the two files with a raw NUL byte are refused (binary); everything else builds.
    problems = [line for line in run.err.splitlines() if "warning: " not in line]
    assert len(problems) == 3, problems
    assert "nul-char.md:1: binary file (NUL byte" in problems[0]
    assert "nul-char.txt:1: binary file (NUL byte" in problems[1]
    assert problems[2] == f"2 of {2 * len(HOSTILE)} files skipped"
    built = list((root / "site").glob("[0-9]*/[0-9]*/[0-9]*/*/index.html"))
    assert len(built) == 2 * len(HOSTILE) - 2
    return root / "site"


def _html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.fixture(scope="module")
def pages(hostile_site: Path) -> dict[str, BeautifulSoup]:
    """Article pages keyed by their <h1> text (parsed once per module)."""
    found = {}
    for path in hostile_site.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html"):
        doc = soup_of(path)
        found[_one(doc, "h1").get_text()] = doc
    return found


def _one(doc: BeautifulSoup, selector: str) -> Tag:
    element = doc.select_one(selector)
    assert element is not None, selector
    return element


def test_every_written_path_is_inside_the_output_and_every_segment_is_safe(
    hostile_site: Path,
) -> None:
    root = hostile_site.parent
    outside = [
        p
        for p in root.rglob("*")
        if not p.is_relative_to(hostile_site)
        and not p.is_relative_to(root / "src")
        # site-gen's own state folder: cache, lock, spare tree
        and not p.is_relative_to(root / ".site-gen")
        and p.name != "site.toml"
    ]
    assert outside == []
    for path in hostile_site.rglob("*"):
        relative = path.relative_to(hostile_site)
        assert path.resolve().is_relative_to(hostile_site.resolve()), relative
        assert not path.is_symlink(), relative
        if relative.parts[0] in ("static", "pagefind") or relative.name.startswith(".site-gen"):
            continue
        for segment in relative.parts:
            assert not WINDOWS_RESERVED.match(segment), relative
            if path.is_dir() or segment != relative.name:
                assert SAFE_SEGMENT.match(segment) or segment in FIXED_FOLDERS, relative
            else:
                assert SAFE_FILE.match(segment), relative


def test_no_element_or_attribute_comes_from_input(hostile_site: Path) -> None:
    for path in _html_files(hostile_site):
        doc = soup_of(path)
        where = path.relative_to(hostile_site)
        assert doc.find(id="broke") is None, where
        assert doc.find("b") is None, where
        for name in EVIL_TAGS:
            for element in doc.find_all(name):
                assert name == "script" and _is_site_script(element), (where, str(element))
        for element in doc.find_all(True):
            for attribute, value in element.attrs.items():
                assert not attribute.startswith("on"), (where, attribute)
                if attribute in ("href", "src", "action"):
                    _assert_safe_url(str(value), where)


def _is_site_script(element: Tag) -> bool:
    """JSON-LD we emit, or a script file of the theme/search."""
    if element.get("type") == "application/ld+json":
        return True
    source = str(element.get("src", ""))
    return source.startswith("/") and not element.get_text().strip()


def _assert_safe_url(url: str, where: Path) -> None:
    lowered = url.strip().lower()
    assert not lowered.startswith(("javascript:", "data:", "vbscript:")), (where, url)
    if url.startswith("/"):
        assert ".." not in url.split("?")[0].split("/"), (where, url)
        assert "<" not in url and '"' not in url and " " not in url, (where, url)


MARKDOWN_CASES = [pytest.param(name, text, id=name) for name, text in HOSTILE]


@pytest.mark.parametrize("name,text", MARKDOWN_CASES)
def test_markdown_fields_show_exactly_the_text(
    pages: dict[str, BeautifulSoup], name: str, text: str
) -> None:
    if name == "nul-char":
        pytest.skip("a raw NUL byte makes the file binary: refused (see the fixture)")
    expected = normalised(text)
    doc = pages.get(normalised(f"T {text}"))
    assert doc is not None, sorted(pages)[:5]
    assert _one(doc, "title").get_text().startswith(normalised(f"T {text}"))
    assert _one(doc, 'meta[name="description"]')["content"] == expected
    assert _one(doc, ".kicker a").get_text() == expected
    byline = [a.get_text() for a in doc.select(".byline a")]
    assert byline and all(part in expected for part in byline), byline
    tags = [a.get_text() for a in doc.select(".story-tags a")]
    assert expected in tags
    assert "49" not in _one(doc, "h1").get_text()


def test_markdown_control_characters_never_reach_the_page(hostile_site: Path) -> None:
    invisible = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u202a-\u202e\ufeff]")
    for path in _html_files(hostile_site):
        assert not invisible.search(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("name,text", HOSTILE, ids=[n for n, _ in HOSTILE])
def test_plain_text_fields_show_exactly_the_text(
    pages: dict[str, BeautifulSoup], name: str, text: str
) -> None:
    if name in ("nul-char",):
        pytest.skip("a raw NUL byte makes the file binary: refused (see the fixture)")
    if "\n" in text:
        pytest.skip("a line break splits the field across lines by design")
    title = normalised(f"Headline about {text} today")
    doc = pages.get(title)
    assert doc is not None, (title[:80], sorted(pages)[:5])
    paragraphs = [p.get_text() for p in doc.select(".story-body p")]
    assert any(normalised(text) in p for p in paragraphs), paragraphs
    for anchor in doc.select(".byline a"):
        assert anchor.get_text() in normalised(text)


def test_template_syntax_in_input_is_not_evaluated(
    hostile_site: Path, pages: dict[str, BeautifulSoup]
) -> None:
    assert "T {{ 7*7 }}" in pages
    assert "T {% raw %}{{ 7*7 }}{% endraw %}" in pages
    assert "T {% for x in range(3) %}loop{% endfor %}" in pages
    for path in _html_files(hostile_site):
        text = soup_of(path).get_text()
        assert "looploop" not in text and "T 49" not in text, path


def test_json_ld_parses_and_gives_back_the_exact_strings(
    hostile_site: Path, pages: dict[str, BeautifulSoup]
) -> None:
    """A string that broke out of the JSON-LD <script> would cut it short: json.loads
    fails, or the headline no longer equals the <h1> the reader sees."""
    for title, doc in pages.items():
        scripts = doc.find_all("script", type="application/ld+json")
        assert scripts, title[:60]
        found = [json.loads(script.string or "") for script in scripts]
        strings = [text for data in found for text in _strings(data)]
        assert title in strings, title[:60]
        types = [text for data in found for text in _values_of(data, "@type")]
        assert "Evil" not in types, types


def _values_of(data: object, key: str) -> list[str]:
    if isinstance(data, dict):
        own = [str(data[key])] if key in data else []
        return own + [v for value in data.values() for v in _values_of(value, key)]
    if isinstance(data, list):
        return [v for value in data for v in _values_of(value, key)]
    return []


def test_json_ld_parses_and_keeps_strings(hostile_site: Path) -> None:
    blocks = 0
    for path in _html_files(hostile_site):
        for script in soup_of(path).find_all("script", type="application/ld+json"):
            data = json.loads(script.string or "")
            blocks += 1
            assert isinstance(data, (dict, list))
            assert "Evil" not in json.dumps(data).split('"@type"')[0]
            # Script text is raw: a "</script" inside it would end the element early.
            assert "</script" not in (script.string or "").lower(), path
            assert any("<script>" in value for value in _strings(data)) or "<script" not in (
                script.string or ""
            )
    if blocks == 0:
        pytest.skip("no JSON-LD emitted yet")


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


def test_xml_sinks_parse_strictly_and_hold_no_injected_elements(hostile_site: Path) -> None:
    from lxml import etree

    files = sorted(hostile_site.rglob("*.xml"))
    if not files:
        pytest.skip("no feeds or sitemaps emitted yet")
    for path in files:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, recover=False))
        names = {etree.QName(e).localname for e in tree.iter() if isinstance(e.tag, str)}
        assert "evil" not in names and "script" not in names and "b" not in names, path
        for element in tree.iter():
            for attribute in element.attrib:
                assert not attribute.lower().startswith("on"), (path, attribute)
            for url in (element.get("href"), element.text if _is_loc(element) else None):
                if url:
                    assert url.startswith(("http://", "https://", "/")), (path, url)
                    assert "/../" not in url and "javascript:" not in url.lower(), (path, url)


def _is_loc(element: object) -> bool:
    from lxml import etree

    tag = getattr(element, "tag", None)
    # Atom ids are tag: URIs (RFC 4151), not links, so they are not checked as URLs here.
    return isinstance(tag, str) and etree.QName(tag).localname in ("loc", "link")


# URL building: any slug, any date, any section give /YYYY/MM/DD/<safe-slug>/.

ARTICLE_URL = re.compile(r"^/\d{4}/\d{2}/\d{2}/[a-z0-9]+(?:-[a-z0-9]+)*/$")
zones = st.sampled_from(["UTC", "Asia/Dhaka", "America/St_Johns", "Pacific/Kiritimati"])
hostile_or_any = st.one_of(st.sampled_from([t for _, t in HOSTILE]), st.text(max_size=200))


def _article(title: str, slug_text: str, when: datetime, zone: str, source: str) -> Article:
    return Article(
        source=source,
        title=title,
        slug=slugify(slug_text, fallback_seed=source),
        published=when,
        modified=None,
        section=title,
        byline=(),
        publisher=None,
        tags=(),
        summary="",
        paragraphs=("x",),
        body_html="<p>x</p>",
        word_count=1,
        timezone=zone,
    )


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            hostile_or_any,
            st.datetimes(
                min_value=datetime(1900, 1, 2),
                max_value=datetime(2200, 1, 1),
                timezones=st.just(UTC),
            ),
            zones,
        ),
        min_size=1,
        max_size=12,
    )
)
def test_assigned_urls_are_dated_safe_and_unique(items: list[tuple[str, datetime, str]]) -> None:
    articles = [
        _article(text, text, when, zone, f"src/{n}.md")
        for n, (text, when, zone) in enumerate(items)
    ]
    placed = assign_urls(articles, Config())
    urls = [a.url for a in placed]
    assert len(set(urls)) == len(urls)
    for article in placed:
        assert ARTICLE_URL.match(article.url), article.url
        assert ".." not in article.url
        assert SAFE_SEGMENT.match(article.slug)


@given(hostile_or_any)
def test_article_url_segment_is_the_safe_slug(text: str) -> None:
    article = _article(text, text, datetime(2023, 5, 6, 23, 30, tzinfo=UTC), "UTC", "a.md")
    url = article_url(article, Config().url_pattern("article"))
    assert ARTICLE_URL.match(url), url
    assert url.split("/")[4] == article.slug


@pytest.mark.parametrize(
    "front",
    [
        'title: !!python/object/apply:os.system ["touch {marker}"]',
        "title: !!python/name:os.system\nsummary: x",
        'title: "ok"\nsummary: !!python/object/new:os.system ["touch {marker}"]',
        "title: ok\n<<: {{title: merged}}",
        "title: [unclosed",
        "? [complex, key]\n: value\ntitle: ok",
    ],
)
def test_yaml_tricks_are_refused_or_inert(tmp_path: Path, front: str) -> None:
    marker = tmp_path / "pwned"
    src = tmp_path / "src"
    src.mkdir()
    text = front.format(marker=marker)
    (src / "trick.md").write_text(f"---\n{text}\ndate: 2023-01-01\n---\nBody.\n")
    run = run_cli("parse", "--json", str(src / "trick.md"), cwd=tmp_path)
    assert not marker.exists()
    assert run.code in (0, 1) and "Traceback" not in run.err, run.err
    if run.code == 1:
        assert "trick.md:" in run.err
    for line in run.out.splitlines():
        record = json.loads(line)
        assert isinstance(record["title"], str) and "python" not in record["title"]


def test_feed_entries_keep_titles_and_carry_inert_html(
    hostile_site: Path, pages: dict[str, BeautifulSoup]
) -> None:
    """Feed readers render entry HTML: once unescaped it must still hold no live markup."""
    from lxml import etree

    titles = {normalised(title) for title in pages}
    feeds = [p for p in hostile_site.rglob("*.xml") if "sitemap" not in p.name]
    assert feeds, "no feeds written"
    checked = 0
    for path in feeds:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False))
        for entry in tree.iter("{http://www.w3.org/2005/Atom}entry", "item"):
            title = entry.findtext("{http://www.w3.org/2005/Atom}title") or entry.findtext("title")
            assert normalised(title or "") in titles, (path, title)
            for field in entry:
                name = etree.QName(field).localname
                if name in ("content", "summary", "description") and field.text:
                    _assert_inert_html(field.text, path)
            checked += 1
    assert checked >= len(pages)


def _assert_inert_html(fragment: str, where: Path) -> None:
    doc = BeautifulSoup(fragment, "html5lib")
    assert doc.find(id="broke") is None and doc.find("b") is None, where
    for name in EVIL_TAGS:
        assert doc.find(name) is None, (where, name, fragment[:200])
    for element in doc.find_all(True):
        assert not any(a.startswith("on") for a in element.attrs), (where, element)


def test_preview_error_banner_keeps_hostile_names_and_messages_inert(tmp_path: Path) -> None:
    """`site-gen serve` shows build problems (file names, quoted input) on every page."""
    from e2e.serve_helpers import serving

    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "site.toml").write_text('[site]\nsources = ["content"]\n')
    (content / "fine.md").write_text("---\ntitle: Fine story\ndate: 2023-01-01\n---\nText.\n")
    evil_name = '<img src=x onerror=alert(9)>"x.md'
    (content / evil_name).write_text(
        "---\ntitle: Bad date\ndate: '<script>alert(8)</script>'\n---\nText.\n"
    )
    with serving(tmp_path) as served:
        status, body = served.get("/")
    assert status == 200, body
    doc = BeautifulSoup(body, "html5lib")
    text = doc.get_text()
    assert "onerror=alert(9)" in text, "the banner should name the bad file"
    assert "alert(8)" in text, "the banner should quote the bad date"
    assert doc.find("img") is None
    for script in doc.find_all("script"):
        assert "alert" not in (script.string or ""), str(script)
    for element in doc.find_all(True):
        assert not any(a.startswith("on") for a in element.attrs), element


def test_search_index_holds_the_titles_as_text(
    hostile_site: Path, pages: dict[str, BeautifulSoup]
) -> None:
    """Pagefind fragments (gzip, 'pagefind_dcd' + JSON) keep each title as plain text."""
    import gzip

    fragments = sorted(hostile_site.glob("pagefind/fragment/*.pf_fragment"))
    if not fragments:
        pytest.skip("no Pagefind index in the output (search not built here)")
    titles = set()
    for path in fragments:
        data = gzip.decompress(path.read_bytes())
        data = data.removeprefix(b"pagefind_dcd")
        record = json.loads(data)
        titles.add(record.get("meta", {}).get("title", ""))
    # Every title verbatim (so "{{ 7*7 }}" was not evaluated to 49 on the way in).
    missing = {normalised(t) for t in pages} - {normalised(t) for t in titles}
    assert not missing, sorted(missing)[:5]
