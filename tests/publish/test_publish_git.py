"""Publishing to a git branch, against real git repositories in tmp_path."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from publish_helpers import SITE_FILES, publish, require_tool

pytestmark = pytest.mark.usefixtures("git_identity")


@pytest.fixture
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    require_tool("git", "apt-get install -y git")
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Test")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "test@example.org")
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Test")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "test@example.org")


def git(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    path = tmp_path / "remote.git"
    git("init", "-q", "--bare", str(path))
    return path


@pytest.fixture
def user_repo(project: Path) -> Path:
    """The site folder as the user's own repository: branch main, one dirty file."""
    git("init", "-q", "-b", "main", cwd=project)
    (project / ".gitignore").write_text("_site/\n")
    (project / "notes.md").write_text("draft\n")
    git("add", ".gitignore", "notes.md", cwd=project)
    git("commit", "-q", "-m", "start", cwd=project)
    (project / "notes.md").write_text("draft, edited but not committed\n")
    return project


def branch_log(remote: Path, branch: str = "gh-pages") -> list[str]:
    return git("--git-dir", str(remote), "log", "--format=%H", branch).splitlines()


def branch_files(remote: Path, branch: str = "gh-pages") -> set[str]:
    listing = git("--git-dir", str(remote), "ls-tree", "-r", "--name-only", branch)
    return set(listing.splitlines())


def test_publish_makes_the_branch_tree_equal_to_the_site(project: Path, remote: Path) -> None:
    result = publish("--git", str(remote))

    assert result.exit_code == 0, result.output
    clone = project.parent / "clone"
    git("clone", "-q", "-b", "gh-pages", str(remote), str(clone))
    published = {p.relative_to(clone).as_posix() for p in clone.rglob("*") if p.is_file()}
    published = {p for p in published if not p.startswith(".git/")}
    assert published == set(SITE_FILES) | {".nojekyll"}
    for relative, text in SITE_FILES.items():
        assert (clone / relative).read_text() == text


def test_commit_message_names_source_commit_and_article_count(
    user_repo: Path, remote: Path
) -> None:
    source_commit = git("rev-parse", "HEAD", cwd=user_repo)

    publish("--git", str(remote))

    message = git("--git-dir", str(remote), "log", "-1", "--format=%s", "gh-pages")
    assert message == f"Publish site from {source_commit[:12]} (2 articles)"


def test_republish_commits_only_the_changed_file_then_nothing(project: Path, remote: Path) -> None:
    publish("--git", str(remote))
    (project / "_site" / "feed.xml").write_text("<rss><item/></rss>")

    second = publish("--git", str(remote))
    commits = branch_log(remote)
    changed = git("--git-dir", str(remote), "diff", "--name-only", commits[1], commits[0])
    third = publish("--git", str(remote))

    assert second.exit_code == 0, second.output
    assert len(commits) == 2
    assert changed.splitlines() == ["feed.xml"]
    assert third.exit_code == 0
    assert "already up to date" in third.output
    assert branch_log(remote) == commits


def test_stale_files_leave_the_branch(project: Path, remote: Path) -> None:
    publish("--git", str(remote))
    (project / "_site" / "feed.xml").unlink()

    result = publish("--git", str(remote))

    assert result.exit_code == 0, result.output
    assert "1 deleted" in result.output
    assert "feed.xml" not in branch_files(remote)


def test_dry_run_changes_nothing(project: Path, remote: Path) -> None:
    publish("--git", str(remote))
    before = branch_log(remote)
    (project / "_site" / "new.html").write_text("<p>new</p>")

    result = publish("--git", str(remote), "--dry-run")

    assert result.exit_code == 0, result.output
    assert "1 to add, 0 to change, 0 to delete" in result.output
    assert "A new.html" in result.output
    assert branch_log(remote) == before
    assert "new.html" not in branch_files(remote)


def test_users_tree_branch_and_index_are_untouched(user_repo: Path, remote: Path) -> None:
    status_before = git("status", "--porcelain", cwd=user_repo)
    head_before = git("rev-parse", "HEAD", cwd=user_repo)

    publish("--git", str(remote))
    result = publish("--git", str(user_repo), "--branch", "pages")

    assert result.exit_code == 0, result.output
    assert git("branch", "--show-current", cwd=user_repo) == "main"
    assert git("rev-parse", "HEAD", cwd=user_repo) == head_before
    assert git("status", "--porcelain", cwd=user_repo) == status_before
    assert (user_repo / "notes.md").read_text() == "draft, edited but not committed\n"
    # Publishing into the user's own repository only adds the 'pages' branch.
    assert "index.html" in git("ls-tree", "-r", "--name-only", "pages", cwd=user_repo)


def test_cname_from_config_and_named_target(project: Path, remote: Path) -> None:
    (project / "site.toml").write_text(
        f'[publish.pages]\ngit = "{remote}"\nbranch = "site"\ncname = "news.example.org"\n'
    )

    result = publish("pages")

    assert result.exit_code == 0, result.output
    cname = git("--git-dir", str(remote), "show", "site:CNAME")
    assert cname == "news.example.org"


def test_missing_repository_is_a_one_line_failure(project: Path) -> None:
    result = publish("--git", str(project.parent / "nowhere.git"))

    assert result.exit_code == 1
    error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1
    assert "nowhere.git" in error_lines[0]


def test_commits_as_site_gen_when_git_has_no_identity(
    project: Path, remote: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("AUTHOR", "COMMITTER"):
        monkeypatch.delenv(f"GIT_{variable}_NAME")
        monkeypatch.delenv(f"GIT_{variable}_EMAIL")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("EMAIL", "")

    result = publish("--git", str(remote))

    assert result.exit_code == 0, result.output
    author = git("--git-dir", str(remote), "log", "-1", "--format=%an <%ae>", "gh-pages")
    assert author == "site-gen <site-gen@localhost>"
