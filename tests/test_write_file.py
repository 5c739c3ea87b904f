"""write_file: new files are created in place, files a tree already holds get a new inode."""

from __future__ import annotations

import os
from pathlib import Path

from site_gen.engine.write import write_file


def test_a_new_page_gets_its_folder_and_its_bytes(tmp_path: Path) -> None:
    write_file(tmp_path, "2024/05/06/a-story/index.html", b"<p>new</p>")
    write_file(tmp_path, "feeds/atom.xml", b"<feed/>")
    assert (tmp_path / "2024/05/06/a-story/index.html").read_bytes() == b"<p>new</p>"
    assert (tmp_path / "feeds/atom.xml").read_bytes() == b"<feed/>"
    assert not list(tmp_path.rglob("*.site-gen-new"))


def test_a_file_shared_with_another_tree_is_replaced_never_written_through(
    tmp_path: Path,
) -> None:
    live, staged = tmp_path / "live", tmp_path / "staged"
    (live / "story").mkdir(parents=True)
    (live / "story/index.html").write_bytes(b"live bytes")
    (staged / "story").mkdir(parents=True)
    os.link(live / "story/index.html", staged / "story/index.html")  # as a recycled tree
    write_file(staged, "story/index.html", b"edited bytes")
    assert (staged / "story/index.html").read_bytes() == b"edited bytes"
    assert (live / "story/index.html").read_bytes() == b"live bytes"
    assert (live / "story/index.html").stat().st_nlink == 1
