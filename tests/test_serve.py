"""`site-gen serve` as a real subprocess over real HTTP: reload, bad edits, ports, signals."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
from pathlib import Path

import pytest
from e2e.serve_helpers import (
    BROKEN_TEMPLATE,
    CHANGE_SECONDS,
    SEED_SENTENCE,
    make_site,
    raw_get,
    serving,
    site_gen_command,
    wait_for,
)

from site_gen.edges.serve_http import is_safe_url_path, with_banner

STORY = """---
title: Preview test story
date: 2024-05-01
{extra}---
Hello from the story body.
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site")


def seed_file(site: Path) -> Path:
    return next((site / "content").glob("*.txt"))


def has_banner(body: str) -> bool:
    return 'id="site-gen-error"' in body


def test_serves_the_site_and_shows_a_source_edit(site: Path) -> None:
    with serving(site) as served:
        status, home = served.get("/")
        assert status == 200
        assert "Russia providing" in home
        assert f'<script src="/livereload.js?port={served.live_port}"></script>' in home
        assert served.get("/livereload.js")[0] == 200
        article = served.article_path()
        assert SEED_SENTENCE in served.get(article)[1]

        seed = seed_file(site)
        seed.write_text(
            seed.read_text(encoding="utf-8").replace(SEED_SENTENCE, "Edited in preview: a"),
            encoding="utf-8",
        )
        body = served.wait_for_page(article, "Edited in preview: a")
        assert SEED_SENTENCE not in body
        assert not has_banner(body)


def test_broken_template_keeps_the_last_good_site_until_fixed(site: Path) -> None:
    with serving(site) as served:
        article = served.article_path()
        override = site / "templates" / "article.html"
        override.parent.mkdir()
        override.write_text(BROKEN_TEMPLATE, encoding="utf-8")

        line = served.wait_for_stderr(r"template error: .*article\.html:3: ")
        assert line.startswith("site-gen: template error: ")
        body = served.wait_for_page(article, 'id="site-gen-error"')
        assert re.search(r"templates/article\.html:3: unexpected", body)
        assert SEED_SENTENCE in body, "the last good page is still served under the banner"
        assert has_banner(served.get("/")[1])

        override.write_text(BROKEN_TEMPLATE.replace("}</h1>", "}}!</h1>"), encoding="utf-8")

        def fixed() -> bool:
            status, body = served.get(article)
            return status == 200 and not has_banner(body) and "!</h1>" in body

        wait_for(fixed, CHANGE_SECONDS, "the fixed template to be served without a banner")
        assert served.process.poll() is None


def test_broken_front_matter_names_the_file_and_other_pages_stay(site: Path) -> None:
    with serving(site) as served:
        article = served.article_path()
        story = site / "content" / "story.md"
        story.write_text(STORY.format(extra=""), encoding="utf-8")
        served.wait_for_page("/2024/05/01/preview-test-story/", "Hello from the story body.")

        story.write_text(STORY.format(extra="tags: [unclosed\n"), encoding="utf-8")
        line = served.wait_for_stderr(r"story\.md:\d+: malformed front matter")
        assert "\n" not in line
        home = served.wait_for_page("/", 'id="site-gen-error"')
        assert re.search(r"content/story\.md:\d+: malformed front matter", home)
        status, body = served.get(article)
        assert status == 200 and SEED_SENTENCE in body and has_banner(body)

        story.write_text(STORY.format(extra="tags: [fixed]\n"), encoding="utf-8")
        body = served.wait_for_page("/2024/05/01/preview-test-story/", "Hello from the story")
        wait_for(lambda: not has_banner(served.get("/")[1]), CHANGE_SECONDS, "banner to go")


def test_a_broken_template_at_start_serves_an_error_page(site: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates" / "article.html").write_text(BROKEN_TEMPLATE, encoding="utf-8")
    with serving(site) as served:
        status, body = served.get("/")
        assert status == 503
        assert "templates/article.html:3" in body
        assert "/livereload.js?port=" in body, "the error page reloads itself once fixed"
        (site / "templates" / "article.html").unlink()
        served.wait_for_page("/", "Russia providing")


TRAVERSALS = [
    "/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/..%2f..%2fetc%2fpasswd",
    "/static/../../etc/passwd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/..\\..\\etc\\passwd",
]


def test_paths_outside_the_site_are_refused(site: Path) -> None:
    """Every form of the way out, asked of one server (a request changes nothing it serves)."""
    with serving(site) as served:
        answers = {path: raw_get(served.port, path) for path in TRAVERSALS}
        assert served.process.poll() is None
    for path, (status, body) in answers.items():
        assert status in (400, 404), (path, status)
        assert "root:" not in body, path


def test_a_busy_port_is_one_clear_line_and_exit_2(site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*site_gen_command(), "serve", "--port", str(port)],
            cwd=site,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"site-gen: 127.0.0.1:{port} is already in use; choose another --port (0 picks a free one)"
    )


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_cleanly_and_removes_the_build(
    site: Path, tmp_path: Path, stop: int
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    with serving(site, env={"TMPDIR": str(private_tmp)}) as served:
        assert any(private_tmp.iterdir()), "the preview builds under TMPDIR"
        code = served.stop(stop)
    assert code in (0, 130)
    assert list(private_tmp.iterdir()) == []
    assert "Traceback" not in "\n".join(served.stderr)


def test_drafts_only_with_the_flag_and_never_in_a_build(site: Path, tmp_path: Path) -> None:
    (site / "content" / "draft.md").write_text(
        STORY.format(extra="draft: true\n"), encoding="utf-8"
    )
    draft_url = "/2024/05/01/preview-test-story/"
    with serving(site) as served:
        assert served.get(draft_url)[0] == 404
    with serving(site, "--drafts") as served:
        assert served.get(draft_url)[0] == 200
        assert "Preview test story" in served.get("/")[1]
    output = tmp_path / "out"
    subprocess.run([*site_gen_command(), "build", "-o", str(output)], cwd=site, check=False)
    assert not (output / draft_url.strip("/") / "index.html").exists()
    assert all("livereload" not in p.read_text() for p in output.rglob("*.html"))


def test_a_bad_config_at_start_is_exit_2(site: Path) -> None:
    (site / "site.toml").write_text("[site]\nnonsense = 1\n", encoding="utf-8")
    done = subprocess.run(
        [*site_gen_command(), "serve", "--port", "0"],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == "site-gen: site.toml: [site] nonsense: unknown key\n"


@pytest.mark.parametrize(
    ("path", "is_safe"),
    [
        ("", True),
        ("index.html", True),
        ("2022/12/11/story/", True),
        ("static/site.css", True),
        ("a..b/file..html", True),
        ("../etc/passwd", False),
        ("static/../../etc/passwd", False),
        ("/etc/passwd", False),
        ("..", False),
        ("a\\..\\b", False),
        ("a\x00b", False),
    ],
)
def test_is_safe_url_path(path: str, is_safe: bool) -> None:
    assert is_safe_url_path(path) is is_safe


def test_with_banner_goes_first_in_the_body() -> None:
    page = b'<html><head></head><body class="x">\n<p>hi</p></body></html>'
    assert with_banner(page, "<div>B</div>") == (
        b'<html><head></head><body class="x"><div>B</div>\n<p>hi</p></body></html>'
    )
    assert with_banner(b"<p>no body tag</p>", "<b>!</b>") == b"<b>!</b><p>no body tag</p>"
