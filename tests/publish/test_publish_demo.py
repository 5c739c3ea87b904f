"""A real built archive (the demo generator's) published to all three targets, twice."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from publish_helpers import require_tool
from support import REPO, Run, run_cli

MARKER = ".site-gen-build.json"


def site_gen(*args: str, cwd: Path) -> Run:
    done = run_cli(*args, cwd=cwd, timeout=600)
    assert done.code == 0, done.err
    return done


def files_of(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and p.name != MARKER and ".git" not in p.relative_to(root).parts
    }


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    corpus.generate(tmp_path / "content", 40, seed=9, words=100)
    (tmp_path / "site.toml").write_text(
        '[site]\nsources = ["content"]\nbase_url = "https://news.example.org"\n'
    )
    site_gen("build", "-q", cwd=tmp_path)
    return tmp_path


def edit_one_article_and_rebuild(demo: Path) -> None:
    source = sorted((demo / "content").rglob("*.md"))[0]
    source.write_text(source.read_text() + "\nA correction was appended.\n")
    site_gen("build", "-q", cwd=demo)


def test_git_branch_gets_the_demo_and_then_only_the_change(demo: Path, tmp_path: Path) -> None:
    require_tool("git", "apt-get install git")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    site_gen("publish", "--git", str(remote), cwd=demo)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "-b", "gh-pages", str(remote), str(clone)], check=True)
    assert files_of(clone) - {".nojekyll"} == files_of(demo / "_site")
    edit_one_article_and_rebuild(demo)
    site_gen("publish", "--git", str(remote), cwd=demo)
    log = subprocess.run(
        ["git", "-C", str(remote), "log", "--format=%H", "gh-pages"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(log) == 2
    changed = subprocess.run(
        ["git", "-C", str(remote), "diff", "--name-only", log[1], log[0]],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert 1 <= len(changed) < len(files_of(demo / "_site")) // 4


def test_rsync_moves_only_the_change(demo: Path, tmp_path: Path) -> None:
    require_tool("rsync", "apt-get install rsync")
    target = tmp_path / "www"
    target.mkdir()
    site_gen("publish", "--rsync", f"{target}/", cwd=demo)
    assert files_of(target) == files_of(demo / "_site")
    edit_one_article_and_rebuild(demo)
    dry = site_gen("publish", "--rsync", f"{target}/", "--dry-run", cwd=demo).out
    to_change = [line for line in dry.splitlines() if line.strip().startswith(("A ", "M ", "D "))]
    assert 1 <= len(to_change) < len(files_of(demo / "_site")) // 4, dry


def test_s3_uploads_only_the_change(
    demo: Path, moto_endpoint: str, aws_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    boto3 = pytest.importorskip("boto3")
    bucket = f"demo-{uuid.uuid4().hex[:10]}"
    client = boto3.client("s3", endpoint_url=moto_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=bucket)
    target = ("--s3", f"s3://{bucket}/site", "--endpoint-url", moto_endpoint)
    env_ok = {k: v for k, v in os.environ.items() if k.startswith("AWS_")}
    assert env_ok["AWS_ACCESS_KEY_ID"] == "testing-key-id"
    site_gen("publish", *target, cwd=demo)
    listed = client.list_objects_v2(Bucket=bucket, Prefix="site/", MaxKeys=10000)
    assert {o["Key"].removeprefix("site/") for o in listed["Contents"]} == files_of(demo / "_site")
    edit_one_article_and_rebuild(demo)
    dry = site_gen("publish", *target, "--dry-run", cwd=demo).out
    to_change = [line for line in dry.splitlines() if line.strip().startswith(("A ", "M ", "D "))]
    assert 1 <= len(to_change) < len(files_of(demo / "_site")) // 4, dry
