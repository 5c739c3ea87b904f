"""The benchmark corpus generator: deterministic, both formats, and the seed's text layout."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest
import yaml

BENCH = Path(__file__).resolve().parent.parent / "bench"
TEXT_DATE = "%d %B, %Y, %I:%M %p"
COUNT = 200


def _load_corpus() -> ModuleType:
    # bench/ is a folder of scripts, not a package; corpus.py finds its word list beside itself.
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus")
    return corpus.generate(out, COUNT, seed=7, markdown_share=0.3, words=150)


def _tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    corpus.generate(tmp_path / "a", 60, seed=3, words=120)
    corpus.generate(tmp_path / "b", 60, seed=3, words=120)
    assert _tree_bytes(tmp_path / "a") == _tree_bytes(tmp_path / "b")


def test_other_seed_gives_other_text(tmp_path: Path) -> None:
    corpus.generate(tmp_path / "a", 20, seed=3, words=120)
    corpus.generate(tmp_path / "b", 20, seed=4, words=120)
    assert _tree_bytes(tmp_path / "a") != _tree_bytes(tmp_path / "b")


def test_count_is_honoured(generated: list[Path]) -> None:
    assert len(generated) == COUNT
    assert len(set(generated)) == COUNT
    assert all(p.is_file() for p in generated)


def test_both_formats_present(generated: list[Path]) -> None:
    suffixes = Counter(p.suffix for p in generated)
    assert set(suffixes) == {".txt", ".md"}
    assert 0.15 * COUNT < suffixes[".md"] < 0.45 * COUNT


def _check_text_layout(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    title, blank1, section, blank2, byline, published = lines[:6]
    assert title.strip() and not blank1 and not blank2, path
    assert section in corpus.vocab.SECTIONS, path
    assert byline.strip(), path
    first = datetime.strptime(published, TEXT_DATE)
    body_start = 7
    if lines[6].startswith("Last modified: "):
        modified = datetime.strptime(lines[6].removeprefix("Last modified: "), TEXT_DATE)
        assert modified > first, path
        body_start = 8
    assert lines[body_start - 1] == "", path
    assert lines[body_start].strip(), path
    assert "\n".join(lines[-3:]).startswith("Comments\n\nWhile most comments"), path


def test_text_files_follow_seed_layout(generated: list[Path]) -> None:
    texts = [p for p in generated if p.suffix == ".txt"]
    for path in texts:
        _check_text_layout(path)


def test_seed_file_passes_the_layout_check() -> None:
    # Guards the check itself: the real seed copy must satisfy it too.
    seeds = sorted((BENCH.parent / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed copies in this checkout")
    _check_text_layout(seeds[0])


def _front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    header, _, body = text[4:].partition("\n---\n")
    assert body.strip(), path
    data = yaml.safe_load(header)
    assert isinstance(data, dict), path
    return data


def test_markdown_front_matter_is_valid_yaml(generated: list[Path]) -> None:
    for path in (p for p in generated if p.suffix == ".md"):
        meta = _front_matter(path)
        assert isinstance(meta["title"], str) and meta["title"], path
        published = meta["date"]
        assert isinstance(published, datetime) and published.utcoffset() is not None, path
        assert meta["section"] in corpus.vocab.SECTIONS, path
        assert isinstance(meta["author"], str), path
        tags = meta["tags"]
        assert isinstance(tags, list) and 2 <= len(tags) <= 5, path
        assert set(tags) <= set(corpus.vocab.TAG_VOCABULARY), path
        updated = meta.get("updated", published)
        assert isinstance(updated, datetime) and updated >= published, path


def test_dates_span_the_decade(generated: list[Path]) -> None:
    years = {int(p.parents[1].name) for p in generated}
    assert years <= set(range(2015, 2025))
    assert len(years) >= 8


def test_titles_include_unicode_and_curly_quotes(tmp_path: Path) -> None:
    paths = corpus.generate(tmp_path, 400, seed=1, words=20)
    titles = [p.read_text(encoding="utf-8").split("\n", 2)[0] for p in paths]
    assert any(ch in title for title in titles for ch in "‘’“”")
    assert any(not title.isascii() for title in titles)


def test_no_folder_over_a_thousand_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Shrink the per-folder target so the bucketing path runs with a small, fast corpus.
    monkeypatch.setattr(corpus, "FILES_PER_FOLDER", 2)
    paths = corpus.generate(tmp_path, 600, seed=2, minimal=True)
    per_folder = Counter(p.parent for p in paths)
    assert max(per_folder.values()) <= 1000
    assert any(p.parent.name.isdigit() and len(p.relative_to(tmp_path).parts) == 4 for p in paths)


def test_generated_folders_stay_small(generated: list[Path]) -> None:
    assert max(Counter(p.parent for p in generated).values()) <= 1000


def test_minimal_articles_are_tiny(tmp_path: Path) -> None:
    paths = corpus.generate(tmp_path, 30, seed=5, minimal=True)
    assert len(paths) == 30
    for path in paths:
        _check_text_layout(path)
        assert len(path.read_text(encoding="utf-8").split()) < 80
