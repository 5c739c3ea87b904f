"""The build record: one canonical encoding, one tree digest, keys that move when they must."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from site_gen.core.config import Config, TagRules
from site_gen.engine.build import site_info
from site_gen.engine.depends import (
    BuildRecord,
    build_record,
    canonical_json,
    parse_key,
    tree_digest,
)


def record(config: Config, templates: Path, static: Path, **flags: bool) -> BuildRecord:
    return build_record(
        config,
        site_info(config),
        [str(templates)],
        [str(static)],
        include_drafts=flags.get("include_drafts", False),
        index_search=flags.get("index_search", True),
    )


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    templates, static = tmp_path / "templates", tmp_path / "static"
    (templates / "xml").mkdir(parents=True)
    (templates / "page.html").write_text("<p>{{ x }}</p>\n")
    (templates / "xml" / "feed.xml").write_text("<feed/>\n")
    static.mkdir()
    (static / "site.css").write_text("body { margin: 0 }\n")
    return templates, static


def test_tree_digest_covers_subfolders_names_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "a" / "deep" / "x.py").write_text("x = 1\n")
    before = tree_digest([tmp_path / "a"])
    (tmp_path / "a" / "deep" / "x.py").write_text("x = 2\n")
    edited = tree_digest([tmp_path / "a"])
    (tmp_path / "a" / "deep" / "x.py").rename(tmp_path / "a" / "deep" / "y.py")
    renamed = tree_digest([tmp_path / "a"])
    assert len({before, edited, renamed}) == 3
    assert tree_digest([tmp_path / "a"], (".txt",)) == tree_digest([tmp_path / "a"], (".md",))


def test_the_code_digest_covers_subpackages() -> None:
    from site_gen.engine import depends

    package = depends.PACKAGE
    whole = tree_digest([package], depends.CODE_SUFFIXES)
    assert whole != tree_digest([package / "parse"], depends.CODE_SUFFIXES)
    assert any(package.glob("*/*.py")), "the package has subpackages to cover"


def test_the_record_is_sorted_json(folders: tuple[Path, Path]) -> None:
    value = record(Config(root=Path("/site")), *folders)
    data = json.loads(value.encoded())
    assert data["settings"]["root"] == "/site"
    assert data["settings"]["tags"]["max_per_article"] == TagRules().max_per_article
    assert value.encoded() == canonical_json(json.loads(value.encoded()))


def test_the_digest_is_the_same_in_another_process(folders: tuple[Path, Path]) -> None:
    templates, static = folders
    code = (
        "from pathlib import Path; from site_gen.core.config import Config; "
        "from site_gen.engine.build import site_info; from site_gen.engine.depends import build_record; "
        f"c = Config(root=Path('/site')); print(build_record(c, site_info(c), ['{templates}'], "
        f"['{static}'], include_drafts=False, index_search=True).digest)"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == record(Config(root=Path("/site")), *folders).digest


def test_each_input_moves_the_digest(folders: tuple[Path, Path]) -> None:
    templates, static = folders
    config = Config(root=Path("/site"))
    start = record(config, templates, static)
    changed = [
        record(replace(config, title="Other"), templates, static),
        record(config, templates, static, include_drafts=True),
        record(config, templates, static, index_search=False),
    ]
    (templates / "xml" / "feed.xml").write_text("<feed></feed>\n")
    changed.append(record(config, templates, static))
    (static / "site.css").write_text("body { margin: 1px }\n")
    changed.append(record(config, templates, static))
    digests = {start.digest} | {r.digest for r in changed}
    assert len(digests) == len(changed) + 1


def test_pages_do_not_depend_on_static_files_or_flags(folders: tuple[Path, Path]) -> None:
    templates, static = folders
    config = Config(root=Path("/site"))
    start = record(config, templates, static)
    (static / "site.css").write_text("body { margin: 1px }\n")
    assert record(config, templates, static, index_search=False).pages_digest == start.pages_digest
    (templates / "page.html").write_text("<p>{{ y }}</p>\n")
    assert record(config, templates, static).pages_digest != start.pages_digest


def test_the_parse_key_moves_with_parse_settings_only() -> None:
    config = Config(root=Path("/site"))
    key = parse_key(config)
    assert parse_key(replace(config, title="Other", per_page=5)) == key
    for other in (
        replace(config, timezone="Asia/Dhaka"),
        replace(config, allow_html=True),
        replace(config, tags=TagRules(max_per_article=3)),
        replace(config, undated="skip"),
        replace(config, language="bn"),
        replace(config, profiles=(((("name", "x"),),))),
    ):
        assert parse_key(other) != key
