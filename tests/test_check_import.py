"""`site-gen check` and `site-gen import` as a user runs them, and the import round trip."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import REPO, SEEDS, run_cli

sys.path.insert(0, str(Path(__file__).parent / "parse"))
from parse_helpers import parse_bytes  # noqa: E402

from site_gen.commands.importer import article_markdown, escape_markdown  # noqa: E402
from site_gen.core.model import Article  # noqa: E402

SITES = REPO / "tests" / "fixtures" / "sites"
GOOD = sorted(p for p in SITES.glob("*/*.txt") if p.parent.name != "bad") + sorted(
    SEEDS.glob("*.txt")
)
SAME = ("title", "published", "modified", "section", "byline", "tags", "paragraphs")
ALSO_SAME = ("timezone", "date_precision", "summary", "slug", "captions", "publisher")


def good_sources(folder: Path) -> Path:
    """Every fixture that parses, copied flat into `folder`."""
    folder.mkdir()
    for path in GOOD:
        shutil.copy(path, folder / f"{path.parent.name}-{path.name}")
    return folder


def test_check_reports_each_bad_file_and_a_summary() -> None:
    run = run_cli("check", str(SITES.relative_to(REPO) / "bad"))
    assert run.code == 1
    problems = [ln for ln in run.out.splitlines() if re.match(r"^\S+:\d+: ", ln)]
    named = {ln.split(":")[0].rsplit("/", 1)[-1] for ln in problems}
    assert {"01-empty.txt", "03-binary-png.txt", "05-impossible-date.txt"} <= named
    assert "05-impossible-date.txt:6: impossible date" in run.out
    assert "07-cp1252-tbs.txt:1: warning: not UTF-8" in run.out
    table = dict(re.findall(r"^(files|ok|warnings|errors)\s+(\d+)$", run.out, re.MULTILINE))
    # 06 prints only "2 hours ago": built, dated by its file's time, with a warning
    assert table == {"files": "8", "ok": "1", "warnings": "2", "errors": "5"}
    assert re.search(r"^profile tbs\s+1$", run.out, re.MULTILINE)
    assert re.search(r"^assumed zone\s+2$", run.out, re.MULTILINE)


def test_check_of_good_files_exits_zero_and_writes_nothing(tmp_path: Path) -> None:
    sources = good_sources(tmp_path / "in")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    run = run_cli("check", str(sources), cwd=tmp_path)
    assert run.code == 0, run.out + run.err
    assert re.search(rf"^files\s+{len(GOOD)}$", run.out, re.MULTILINE)
    assert re.search(r"^errors\s+0$", run.out, re.MULTILINE)
    assert re.search(r"^no byline\s+\d+$", run.out, re.MULTILINE)
    assert re.search(r"^body < 60 words\s+\d+$", run.out, re.MULTILINE)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_import_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "md"
    first = run_cli("import", str(SEEDS), "-o", str(out))
    assert first.code == 0, first.err
    target = out / "000_8a7f0d865ba918a5.md"
    target.write_text("edited by hand\n", "utf-8")
    again = run_cli("import", str(SEEDS), "-o", str(out))
    assert again.code == 1
    assert "exists; not overwritten (use --force)" in again.err
    assert target.read_text("utf-8") == "edited by hand\n"
    forced = run_cli("import", str(SEEDS), "-o", str(out), "--force")
    assert forced.code == 0, forced.err
    text = target.read_text("utf-8")
    assert text.startswith("---\ntitle: US says Russia providing ‘unprecedented’")
    assert "\ndate: 2022-12-11T09:45:00+06:00\n" in text
    assert "\nsource_profile: tbs\n" in text
    assert not list(out.glob(".*"))


def test_import_reports_unreadable_files_and_imports_the_rest(tmp_path: Path) -> None:
    run = run_cli("import", str(SITES / "bad"), "-o", str(tmp_path / "md"))
    assert run.code == 1
    assert "05-impossible-date.txt:6: impossible date" in run.err
    assert sorted(p.name for p in (tmp_path / "md").iterdir()) == [
        "06-relative-date-only.md",
        "07-cp1252-tbs.md",
        "08-utf8-bom-crlf-dailystar.md",
    ]


def _pages(site: Path) -> dict[str, str]:
    """URL -> visible text of every article page."""
    found = {}
    for path in site.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        if 'class="story' not in html:
            continue  # a list page: not parsed
        # lxml's parser: the same text as html5lib's on these pages, in a third of the time
        # (750 pages); what is compared is the text, the markup is checked elsewhere
        story = BeautifulSoup(html, "lxml").find("article", class_="story")
        if story is not None:
            found[str(path.parent.relative_to(site))] = " ".join(story.get_text(" ").split())
    return found


def test_site_builds_identically_from_imported_files(tmp_path: Path) -> None:
    sources = good_sources(tmp_path / "in")
    imported = tmp_path / "md"
    assert run_cli("import", str(sources), "-o", str(imported), cwd=tmp_path).code == 0
    assert len(list(imported.glob("*.md"))) == len(GOOD)
    # --no-search: only the article pages are compared.
    from_text = run_cli(
        "build", str(sources), "-o", str(tmp_path / "a"), "--no-search", cwd=tmp_path
    )
    from_md = run_cli(
        "build", str(imported), "-o", str(tmp_path / "b"), "--no-search", cwd=tmp_path
    )
    assert from_text.code == 0 and from_md.code == 0, from_text.err + from_md.err
    text_pages, md_pages = _pages(tmp_path / "a"), _pages(tmp_path / "b")
    assert len(text_pages) == len(GOOD)
    assert text_pages == md_pages


def roundtrip(article: Article) -> Article:
    again = parse_bytes(article_markdown(article).encode("utf-8"), "imported.md")
    assert isinstance(again, Article), str(again)
    return again


def assert_same_article(first: Article, second: Article) -> None:
    for name in SAME + ALSO_SAME:
        assert getattr(second, name) == getattr(first, name), name
    assert second.published.utcoffset() == first.published.utcoffset()


@pytest.mark.parametrize("path", GOOD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_parse_of_import_is_the_same_article(path: Path) -> None:
    article = parse_bytes(path.read_bytes(), path.name)
    assert isinstance(article, Article)
    assert_same_article(article, roundtrip(article))


def test_date_only_import_keeps_day_precision() -> None:
    path = SITES / "bbc" / "01-day-only-image-caption.txt"
    article = parse_bytes(path.read_bytes(), path.name)
    assert isinstance(article, Article) and article.date_precision == "day"
    assert "\ndate: 2022-12-11\n" in article_markdown(article)
    assert roundtrip(article).date_precision == "day"


tricky_piece = st.sampled_from(
    list("ab Z19.)(-+*_#>`[]<>&!|~\\=:'\"“”—…é") + ["&amp;", "<b>", "1. ", "# ", "---", "    "]
)
tricky_text = st.lists(tricky_piece, min_size=1, max_size=30).map(
    lambda pieces: " ".join("".join(pieces).split())
)


@settings(max_examples=300)
@given(st.lists(tricky_text.filter(bool), min_size=1, max_size=5))
@example(["*stars* and _under_ and `code` and [link](x) &amp; <b>"])
@example(["1. In the first place", "- a dash", "# hash", "> quote", "---", "+ plus"])
def test_markdown_escaping_gives_back_the_paragraphs(paragraphs: list[str]) -> None:
    body = "\n\n".join(escape_markdown(p) for p in paragraphs)
    text = f"---\ntitle: A headline for testing\ndate: 2023-01-05\n---\n\n{body}\n"
    article = parse_bytes(text.encode("utf-8"), "x.md")
    assert isinstance(article, Article), str(article)
    assert article.paragraphs == tuple(paragraphs)
