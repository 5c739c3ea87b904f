"""Nothing lost: kills, full or read-only disks, concurrent builds and odd source files.

Every test checks the same promise from a different side: the previous output is
either intact or replaced by one complete new build, nothing is written outside it,
and the user gets one clear line instead of a traceback or a hang.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import os
import pickle
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support import SITE_GEN, Run, run_cli, write_markdown

from site_gen.core.config import Config
from site_gen.engine import write as write_module
from site_gen.engine.build import BuildRequest, build
from site_gen.engine.sources import discover, read_source
from site_gen.engine.state import output_state
from site_gen.engine.write import StagedOutput

DEADLINE = 120.0


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under root, keyed by relative path (but the marker, which
    names each build by a fresh id, and Pagefind's index, which is not reproducible)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.name != write_module.MARKER
        and not p.relative_to(root).parts[0].startswith("pagefind")
    }


def content_hashes(root: Path) -> dict[str, str]:
    """tree_hashes without the build marker, which names each build (generation id)."""
    hashes = tree_hashes(root)
    hashes.pop(write_module.MARKER, None)
    return hashes


def own_state(parent: Path, name: str) -> Path:
    """The state folder of the output parent/name (built without a config)."""
    return output_state(None, parent / name).own


def leftovers(parent: Path, name: str) -> list[str]:
    """Temp and old trees of builds into parent/name (lock, spare, SQLite files and the
    compiled templates are expected), and anything of site-gen's beside the output but
    the state folder."""
    beside = [p.name for p in parent.iterdir() if p.name.startswith(f".{name}.")]
    own = own_state(parent, name)
    kept = [
        p.name
        for p in own.glob("*")
        if p.name not in ("lock", "spare", "templates") and ".sqlite" not in p.name
    ]
    return sorted(beside + kept)


def no_manifest(generation: str) -> dict[str, str]:
    return {}


def wait_for(condition: Callable[[], bool], what: str, deadline: float = DEADLINE) -> None:
    """Poll a condition (no fixed sleeps): fail with `what` after `deadline` seconds."""
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def write_corpus(src: Path, count: int, variant: str = "") -> None:
    src.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (src / f"a{n:05d}.md").write_text(
            f"---\ntitle: Article {n} {variant}\n"
            f"date: 2023-{n % 12 + 1:02d}-{n % 28 + 1:02d}T10:{n % 60:02d}:00+00:00\n"
            f"tags: [t{n % 40}]\nsection: s{n % 7}\nauthor: Writer {n % 25}\n---\n"
            f"Body of article {n} {variant}.\n",
            encoding="utf-8",
        )


def build_cli(src: Path, *args: str, timeout: float = 300) -> Run:
    """A build run beside its sources, so its cache lands in the test's tmp folder."""
    # --no-search: these tests are about writing and locking, not about Pagefind.
    return run_cli("build", str(src), "--no-search", *args, cwd=src.parent, timeout=timeout)


def start_build(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    """A build in its own session, so the test can kill exactly what it started."""
    return subprocess.Popen(
        [SITE_GEN, "build", str(src), "-o", str(out), "-q", "--no-search", *extra],
        cwd=src.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


@contextmanager
def reaped(process: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """Kill the build's whole process group (pool workers included) on the way out."""
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=DEADLINE)


def _staged_file_count(parent: Path, name: str) -> int:
    total = 0
    for entry in own_state(parent, name).glob("tmp-*"):
        total += sum(len(files) for _, _, files in os.walk(entry))
    return total


# Kill points, each an observable stage of the build rather than a fixed delay; the page
# counts are parts of `total`, the number of files a whole build writes.
KILL_POINTS: dict[str, Callable[[Path, str, int], bool]] = {
    "at-start": lambda parent, name, total: True,
    "staging-created": lambda parent, name, total: any(own_state(parent, name).glob("tmp-*")),
    "some-pages": lambda parent, name, total: _staged_file_count(parent, name) >= 50,
    "half-pages": lambda parent, name, total: _staged_file_count(parent, name) >= total // 2,
    "most-pages": lambda parent, name, total: _staged_file_count(parent, name) >= total * 9 // 10,
}
# Enough articles (about 900 files) that each kill point is a distinct moment of the build;
# more only makes the seven builds slower.
KILL_CORPUS = 600


def test_sigkill_at_any_point_leaves_previous_output_intact(tmp_path: Path) -> None:
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, KILL_CORPUS)
    first = build_cli(src, "-o", str(site), "-j", "2", "-q", timeout=DEADLINE)
    assert first.code == 0, first.err
    before = tree_hashes(site)
    assert len(before) > KILL_CORPUS
    write_corpus(src, KILL_CORPUS, variant="revised")  # the killed builds would change every page
    # Without the spare a first build leaves, each killed build stages a fresh tree, whose
    # temp folder is what the kill points watch.
    shutil.rmtree(own_state(tmp_path, "site") / "spare")
    total = len(before)
    for point, reached in KILL_POINTS.items():
        with reaped(start_build(src, site, "-j", "2")) as process:
            wait_for(
                lambda: reached(tmp_path, "site", total) or process.poll() is not None,  # noqa: B023
                f"kill point {point}",
            )
            assert process.poll() is None, f"build finished before kill point {point}"
            # Only the main process: its pool workers are orphaned, as with the OOM killer.
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=DEADLINE)
            assert tree_hashes(site) == before, f"output changed after a kill at {point}"
    last = build_cli(src, "-o", str(site), "-j", "2", "-q", timeout=DEADLINE)
    assert last.code == 0, last.err
    assert leftovers(tmp_path, "site") == []
    after = tree_hashes(site)
    assert after != before and len(after) == len(before)
    article = next(site.glob("2023/01/01/article-0-revised/index.html"))
    assert "revised" in article.read_text()
    # Whatever the kills left in the build cache was detected, not served.
    assert content_hashes(site) == _clean_reference(src, tmp_path)


@pytest.mark.parametrize("has_exchange", [True, False], ids=["renameat2", "two-renames"])
@pytest.mark.parametrize("failing_call", [1, 2, 3])
def test_commit_interrupted_at_any_rename_keeps_one_complete_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, has_exchange: bool, failing_call: int
) -> None:
    """A crash at any step of the swap must not leave the output missing or mixed."""
    target = tmp_path / "site"
    old = StagedOutput(target, no_manifest)
    old.write("index.html", b"old")
    old.commit({"ok": True})
    staged = StagedOutput(target, no_manifest)
    staged.write("index.html", b"new")
    calls = 0
    real_rename = os.rename

    def no_exchange(first: Path, second: Path) -> None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")

    def counted(func: Callable[..., None]) -> Callable[..., None]:
        def wrapper(*args: object) -> None:
            nonlocal calls
            calls += 1
            if calls == failing_call:
                raise KeyboardInterrupt("killed mid-swap")
            func(*args)

        return wrapper

    monkeypatch.setattr(os, "rename", counted(real_rename))
    exchange = write_module.exchange_paths if has_exchange else no_exchange
    monkeypatch.setattr(write_module, "exchange_paths", counted(exchange))
    with contextlib.suppress(KeyboardInterrupt):
        staged.commit({"ok": True})
    monkeypatch.undo()
    # The next build sweeps leftovers first; it must find one complete tree.
    StagedOutput(target, no_manifest).discard()
    assert (target / "index.html").read_bytes() in (b"old", b"new")
    assert (target / write_module.MARKER).exists()
    assert leftovers(tmp_path, "site") == []


def test_next_build_is_not_blocked_by_workers_of_a_killed_build(tmp_path: Path) -> None:
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, 600)
    with reaped(start_build(src, site, "-j", "2")) as process:
        wait_for(lambda: _staged_file_count(tmp_path, "site") >= 10, "pages being written")
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=DEADLINE)
        # The orphaned pool workers are still alive here; they must not hold the lock.
        run = build_cli(src, "-o", str(site), "-q", timeout=DEADLINE)
    assert run.code == 0, run.err
    assert leftovers(tmp_path, "site") == []


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _is_alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def test_pool_workers_exit_when_the_build_is_killed(tmp_path: Path) -> None:
    if not Path("/proc/self/task").is_dir():
        pytest.skip("needs /proc")
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, 600)
    with reaped(start_build(src, site, "-j", "2")) as process:
        wait_for(lambda: _staged_file_count(tmp_path, "site") >= 10, "pages being written")
        workers = _children(process.pid)
        assert workers, "no pool workers to watch"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=DEADLINE)
        wait_for(lambda: not any(_is_alive(w) for w in workers), "orphaned workers", 15)


def _mount_tmpfs(where: Path, size: str) -> None:
    """A small tmpfs, or skip (fail in CI) where mounting is not allowed."""
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        # A capability of the machine, not a package .ci/run could install: skip, even in CI.
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); run as root to test")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs; see test_readonly_parent_as_user")
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "2m")  # the first small build, with its search index, must fit
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _assert_one_clear_line(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert lines and lines[-1].startswith("site-gen: "), err
    assert "None" not in lines[-1], err


def test_disk_full_fails_cleanly_and_keeps_previous_output(
    tmp_path: Path, small_disk: Path
) -> None:
    src, site = tmp_path / "src", small_disk / "site"
    write_corpus(src, 3)
    assert build_cli(src, "-o", str(site), "-q").code == 0
    before = tree_hashes(site)
    write_corpus(src, 1500, variant="x" * 2000)  # far more than 2 MB of pages
    run = build_cli(src, "-o", str(site), "-q")
    assert run.code not in (0, 70), run.err
    _assert_one_clear_line(run.err)
    assert ("No space left" in run.err or "disk is full" in run.err) and str(site) in run.err
    assert tree_hashes(site) == before
    assert leftovers(small_disk, "site") == []


def test_read_only_output_fails_cleanly_and_keeps_previous_output(
    tmp_path: Path, small_disk: Path
) -> None:
    src, site = tmp_path / "src", small_disk / "site"
    write_corpus(src, 3)
    assert build_cli(src, "-o", str(site), "-q").code == 0
    before = tree_hashes(site)
    write_corpus(src, 3, variant="changed")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    run = build_cli(src, "-o", str(site), "-q")
    assert run.code not in (0, 70), run.err
    _assert_one_clear_line(run.err)
    assert "Read-only" in run.err
    assert tree_hashes(site) == before


def test_readonly_parent_as_user(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores 0o555; the tmpfs tests cover this case")
    src, parent = tmp_path / "src", tmp_path / "locked"
    write_corpus(src, 3)
    parent.mkdir()
    assert build_cli(src, "-o", str(parent / "site"), "-q").code == 0
    before = tree_hashes(parent / "site")
    parent.chmod(0o555)
    try:
        run = build_cli(src, "-o", str(parent / "site"), "-q")
    finally:
        parent.chmod(0o755)
    assert run.code not in (0, 70)
    _assert_one_clear_line(run.err)
    assert tree_hashes(parent / "site") == before


def _waits_for_a_lock(pid: int) -> bool:
    """True while process `pid` is blocked in lockf (a '->' line of /proc/locks)."""
    return any(
        line.split()[1:3] == ["->", "POSIX"] and line.split()[5] == str(pid)
        for line in Path("/proc/locks").read_text().splitlines()
    )


def test_two_builds_at_once_give_exactly_one_complete_output(tmp_path: Path) -> None:
    first_src, second_src = tmp_path / "one", tmp_path / "two"
    # Big enough that the first is still writing when the second reaches the lock (checked;
    # 800 articles were not, once the search index got quicker, on a loaded machine).
    write_corpus(first_src, 1600, variant="first")
    write_corpus(second_src, 150, variant="second")
    # The waiting build runs last, so the output is exactly its own: a clean build of it.
    reference = tmp_path / "ref-two"
    assert build_cli(second_src, "-o", str(reference), "-q").code == 0
    expected = content_hashes(reference)
    site = tmp_path / "site"
    with reaped(start_build(first_src, site, "-j", "2")) as first:
        # The second starts while the first is mid-write, so they surely overlap.
        wait_for(lambda: _staged_file_count(tmp_path, "site") >= 20, "first build writing")
        with reaped(start_build(second_src, site, "-j", "2")) as second:
            wait_for(
                lambda: _waits_for_a_lock(second.pid) or second.poll() is not None,
                "second build waiting for the lock",
            )
            assert first.poll() is None, "the first build ended before the second one started"
            most_staged = 0
            end = time.monotonic() + DEADLINE * 3
            while (first.poll() is None or second.poll() is None) and time.monotonic() < end:
                staged = len(list(own_state(tmp_path, "site").glob("tmp-*")))
                most_staged = max(most_staged, staged)
                time.sleep(0.01)
            assert first.wait(timeout=DEADLINE) == 0, first.stderr
            assert second.wait(timeout=DEADLINE) == 0, second.stderr
    assert most_staged == 1, "both builds were writing staged trees at the same time"
    # Not equal: files of both builds mixed, or the waiting build did not run last.
    assert content_hashes(site) == expected, "the output is not the waiting build's alone"
    assert leftovers(tmp_path, "site") == []


def _build_in_process(src: Path, out: Path) -> tuple[int, list[str]]:
    config = Config(root=src.parent)
    result = build(BuildRequest(config=config, sources=(src,), output=out))
    return result.articles, [str(p) for p in result.problems]


def _writes_outside(root: Path, allowed: tuple[Path, ...], before: set[Path]) -> list[Path]:
    return [
        p
        for p in root.rglob("*")
        if p not in before
        and not any(p.is_relative_to(a) for a in allowed)
        and not p.is_relative_to(root / ".site-gen")
    ]


def test_fifo_named_like_a_source_is_refused_not_waited_on(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_markdown(src, "good.md", title="Good one", date="2023-01-01T10:00:00+00:00")
    os.mkfifo(src / "pipe.txt")
    run = build_cli(src, "-o", str(tmp_path / "site"), timeout=60)
    assert run.code == 1, run.err
    assert "pipe.txt: not a regular file" in run.err, run.err
    assert "Traceback" not in run.err
    assert (tmp_path / "site/2023/01/01/good-one/index.html").exists()


def test_odd_source_entries_get_one_line_each_and_nothing_escapes(tmp_path: Path) -> None:
    src, outside = tmp_path / "src", tmp_path / "outside"
    write_markdown(src, "good.md", title="Good one", date="2023-01-01T10:00:00+00:00")
    write_markdown(outside, "secret.md", title="Secret outside", date="2023-01-02T10:00:00Z")
    (src / "folder.txt").mkdir()  # a directory named like a source
    write_markdown(src / "folder.txt", "inner.md", title="Inner one", date="2023-01-03T10:00Z")
    (src / "dangling.md").symlink_to(src / "missing.md")
    (src / "escape.md").symlink_to(outside / "secret.md")
    (src / "alias.md").symlink_to(src / "good.md")  # inside: the same article, once
    (src / "outdir").symlink_to(outside, target_is_directory=True)
    unreadable = src / "locked.md"
    write_markdown(src, "locked.md", title="Locked", date="2023-01-04T10:00:00Z")
    unreadable.chmod(0)
    before = set(tmp_path.rglob("*"))
    site = tmp_path / "site"
    try:
        run = build_cli(src, "-o", str(site))
    finally:
        unreadable.chmod(0o644)
    assert run.code == 1, run.err
    assert "Traceback" not in run.err
    assert "dangling.md: broken symlink" in run.err
    assert "escape.md: symlink points outside the sources" in run.err
    if os.geteuid() != 0:
        assert "locked.md: cannot read" in run.err
    titles = {p.parent.name for p in site.glob("2023/01/*/*/index.html")}
    assert "good-one" in titles and "inner-one" in titles
    assert "good-one-2" not in titles, "a symlink inside the sources duplicated an article"
    assert "secret-outside" not in titles
    for html in site.rglob("*.html"):
        assert "Secret outside" not in html.read_text()
    assert _writes_outside(tmp_path, (site,), before) == []


def test_source_vanishing_or_changing_mid_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, site = tmp_path / "src", tmp_path / "site"
    for n in range(5):
        write_markdown(src, f"s{n}.md", title=f"Story {n}", date=f"2023-01-0{n + 1}T10:00Z")

    def discover_then_disturb(roots: list[Path]) -> tuple[list[Path], list[object]]:
        found, problems = discover(roots)
        (src / "s1.md").unlink()
        (src / "s2.md").write_text("---\ntitle: Rewritten\ndate: 2023-02-02\n---\nNew.\n")
        (src / "s3.md").write_bytes(b"")  # truncated mid-write by an editor
        return found, list(problems)

    monkeypatch.setattr("site_gen.engine.build.discover", discover_then_disturb)
    monkeypatch.chdir(tmp_path)
    articles, problems = _build_in_process(src, site)
    assert articles == 3
    assert any("s1.md: file vanished" in p for p in problems), problems
    assert any("s3.md:1:" in p for p in problems), problems
    assert (site / "2023/02/02/rewritten/index.html").exists()


def test_read_source_messages() -> None:
    missing = read_source(Path("/nonexistent/x.md"), "x.md")
    assert str(missing) == "x.md: file vanished before it could be read"


def _clean_reference(src: Path, tmp_path: Path) -> dict[str, str]:
    """The same sources built from scratch with a cache of their own."""
    clean = tmp_path / "clean"
    clean.mkdir()
    shutil.copytree(src, clean / "src")
    run = build_cli(clean / "src", "-o", str(clean / "site"), "-q")
    assert run.code == 0, run.err
    return content_hashes(clean / "site")


def _truncate_half(db: Path) -> None:
    with open(db, "r+b") as handle:
        handle.truncate(db.stat().st_size // 2)


def _scribble_middle(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(bytes(range(256)) * 16)


def _poison_articles(db: Path) -> None:
    """Swap every stored article for one titled POISONED, leaving the checksums stale."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT key, full FROM articles").fetchall()
        for key, blob in rows:
            article = dataclasses.replace(pickle.loads(blob), title="POISONED")
            poisoned = pickle.dumps(article)
            connection.execute(
                "UPDATE articles SET light = ?, full = ? WHERE key = ?", (poisoned, poisoned, key)
            )


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_truncate_half, id="truncated"),
        pytest.param(_scribble_middle, id="scribbled"),
        pytest.param(_poison_articles, id="poisoned-entries"),
    ],
)
def test_damaged_cache_is_detected_and_rebuilt_never_served(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, 300)
    assert build_cli(src, "-o", str(site), "-q").code == 0
    # In the state folder beside the output (or beside site.toml when there is one).
    db = own_state(tmp_path, "site") / "cache.sqlite"
    assert db.is_file(), sorted(p.name for p in tmp_path.iterdir())
    damage(db)
    write_corpus(src, 1, variant="edited")  # one page must render again, the rest may be reused
    run = build_cli(src, "-o", str(site), "-q")
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert content_hashes(site) == _clean_reference(src, tmp_path)
    for html in site.rglob("*.html"):
        assert "POISONED" not in html.read_text(), html


@pytest.mark.parametrize(
    "damage", [_truncate_half, _scribble_middle], ids=["truncated", "scribbled"]
)
def test_damaged_compiled_templates_are_compiled_again(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, 5)
    assert build_cli(src, "-o", str(site), "-q").code == 0
    compiled = sorted((own_state(tmp_path, "site") / "templates").iterdir())
    assert len(compiled) >= 5  # every template the build used was kept compiled
    for path in compiled:
        damage(path)
    write_corpus(src, 5, variant="edited")  # every page renders again, with those templates
    run = build_cli(src, "-o", str(site))
    assert run.code == 0 and "Traceback" not in run.err, run.err
    assert " 0 rendered" not in run.out, run.out
    assert content_hashes(site) == _clean_reference(src, tmp_path)


def test_symlink_planted_in_previous_output_is_not_carried_over(tmp_path: Path) -> None:
    """Unchanged pages are hard-linked from the last output; a page swapped for a link to
    a file elsewhere must be rendered again, not linked (and then published) as is.
    Quick rebuilds trust the output tree (publish refuses links, see test_publish_safety);
    --full re-checks it, which is what this test exercises."""
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, 5)
    assert build_cli(src, "-o", str(site), "-q").code == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CREDENTIALS")
    page = next(site.glob("2023/01/01/*/index.html"))
    expected = page.read_bytes()
    page.unlink()
    page.symlink_to(secret)
    # And a whole day folder swapped for a link to a look-alike tree elsewhere.
    day = site / "2023/02/02"
    day_pages = {p.relative_to(day): p.read_bytes() for p in day.rglob("*.html")}
    decoy = tmp_path / "decoy"
    for relative in day_pages:
        (decoy / relative).parent.mkdir(parents=True, exist_ok=True)
        (decoy / relative).write_text("TOP SECRET CREDENTIALS")
    shutil.rmtree(day)
    day.symlink_to(decoy, target_is_directory=True)
    # Rebuilt output trees are recycled (the spare), so check several builds in a row.
    for rebuild in range(3):
        run = build_cli(src, "-o", str(site), "-q", "--full")
        assert run.code == 0, run.err
        # (The spare beside it may hold the planted links: it is checked before reuse.)
        assert [p for p in site.rglob("*") if p.is_symlink()] == [], rebuild
        assert page.read_bytes() == expected, rebuild
        assert {p.relative_to(day): p.read_bytes() for p in day.rglob("*.html")} == day_pages
    assert all(p.read_text() == "TOP SECRET CREDENTIALS" for p in decoy.rglob("*.html"))
    assert len(list(decoy.rglob("*"))) == len(set(decoy.rglob("*")))  # nothing added there


def test_page_deleted_from_the_output_comes_back(tmp_path: Path) -> None:
    """With --full; a quick rebuild does not walk the output looking for hand edits."""
    src, site = tmp_path / "src", tmp_path / "site"
    write_corpus(src, 5)
    assert build_cli(src, "-o", str(site), "-q").code == 0
    assert build_cli(src, "-o", str(site), "-q", "--full").code == 0
    pages = content_hashes(site)
    for rebuild in range(3):
        next(site.glob("2023/01/01/*/index.html")).unlink()
        assert build_cli(src, "-o", str(site), "-q", "--full").code == 0
        assert content_hashes(site) == pages, rebuild


def test_source_swapped_for_a_symlink_mid_build_is_not_followed_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Discovery checks where links point; a file replaced by a link after that check
    (a sync tool, an attacker with write access to the sources) must not be read."""
    src, site = tmp_path / "src", tmp_path / "site"
    write_markdown(src, "kept.md", title="Kept story", date="2023-01-01T10:00Z")
    write_markdown(src, "swapped.md", title="Swapped story", date="2023-01-02T10:00Z")
    write_markdown(tmp_path / "private", "secret.md", title="Private diary", date="2023-01-03")

    def discover_then_swap(roots: list[Path]) -> tuple[list[Path], list[object]]:
        found, problems = discover(roots)
        (src / "swapped.md").unlink()
        (src / "swapped.md").symlink_to(tmp_path / "private" / "secret.md")
        return found, list(problems)

    monkeypatch.setattr("site_gen.engine.build.discover", discover_then_swap)
    monkeypatch.chdir(tmp_path)
    articles, problems = _build_in_process(src, site)
    assert articles == 1
    assert any("swapped.md: became a symlink" in p for p in problems), problems
    for html in site.rglob("*.html"):
        assert "Private diary" not in html.read_text(), html
