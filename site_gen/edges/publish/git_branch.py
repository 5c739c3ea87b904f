"""Publish as the whole tree of one branch (gh-pages) with git plumbing, never a checkout.

The site is hashed into a private bare repository through a temporary index, committed
on top of the branch's current tip and pushed. The user's working tree, index and current
branch are never read or written, and publishing an unchanged site makes no commit.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from site_gen.edges.publish.base import BuiltSite, PublishError, PublishResult
from site_gen.edges.publish.plan import PublishPlan, diff_listings
from site_gen.edges.publish.process import run_tool

# Variables that would point our git commands at the user's repository or index.
_REPO_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_COMMON_DIR",
)
_FALLBACK_IDENTITY = {
    "GIT_AUTHOR_NAME": "site-gen",
    "GIT_AUTHOR_EMAIL": "site-gen@localhost",
    "GIT_COMMITTER_NAME": "site-gen",
    "GIT_COMMITTER_EMAIL": "site-gen@localhost",
}
_SCP_LIKE = re.compile(r"^[\w.-]+@?[\w.-]*:(?!//)")


def repository_address(location: str, base_dir: Path | None = None) -> str:
    """A URL or `host:path` as given; a local path made absolute, since git runs elsewhere."""
    if "://" in location or _SCP_LIKE.match(location):
        return location
    return str(((base_dir or Path.cwd()) / Path(location).expanduser()).resolve())


def git_blob_id(content: bytes) -> str:
    """The id git gives a file with this content, so a plan needs no git process per file."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def commit_message(source_commit: str | None, articles: int | None) -> str:
    origin = f" from {source_commit[:12]}" if source_commit else ""
    count = f" ({articles} article{'s' if articles != 1 else ''})" if articles is not None else ""
    return f"Publish site{origin}{count}"


@dataclass(frozen=True, slots=True)
class GitBranchPublisher:
    """Publishes to `branch` of `repository`; `workdir` is an empty folder it may fill."""

    repository: str
    branch: str
    workdir: Path
    source_dir: Path
    cname: str | None = None

    def plan(self, site: BuiltSite) -> PublishPlan:
        tip = self._fetch_tip()
        remote = self._tree_listing(tip) if tip else {}
        local = {path: git_blob_id(site.path(path).read_bytes()) for path in site.files}
        sizes = {path: site.path(path).stat().st_size for path in site.files}
        for path, content in self._extra_files(site).items():
            local[path] = git_blob_id(content)
            sizes[path] = len(content)
        return diff_listings(local, remote, sizes)

    def publish(self, site: BuiltSite, plan: PublishPlan) -> PublishResult:
        tip = self._fetch_tip()
        tree = self._write_tree(site)
        if tip is not None and self._git("rev-parse", f"{tip}^{{tree}}") == tree:
            return PublishResult(plan, f"{self.branch} is already up to date")
        message = commit_message(self._source_commit(), site.articles)
        parents = ["-p", tip] if tip else []
        commit = self._git("commit-tree", tree, *parents, "-m", message, identity=True)
        self._git("push", "-q", self.repository, f"{commit}:refs/heads/{self.branch}")
        return PublishResult(plan, f"pushed {commit[:12]} to {self.branch}")

    @property
    def _bare(self) -> Path:
        return self.workdir / "repo.git"

    @property
    def _tracking_ref(self) -> str:
        return f"refs/remotes/target/{self.branch}"

    def _fetch_tip(self) -> str | None:
        """Fetch only the branch tip (depth 1) into the private repository; None if no branch."""
        if not self._bare.is_dir():
            run_tool(["git", "init", "-q", "--bare", str(self._bare)], what="git init")
        heads = self._git("ls-remote", "--heads", self.repository, f"refs/heads/{self.branch}")
        if not heads:
            return None
        refspec = f"+refs/heads/{self.branch}:{self._tracking_ref}"
        self._git("fetch", "-q", "--depth=1", self.repository, refspec)
        return self._tip()

    def _tip(self) -> str | None:
        done = run_tool(
            ["git", "rev-parse", "-q", "--verify", self._tracking_ref],
            what="git rev-parse",
            cwd=self._bare,
            env=_clean_env(),
            ok_codes=(0, 1),
        )
        return done.stdout.strip() or None

    def _tree_listing(self, commit: str) -> dict[str, str]:
        listing = self._git("ls-tree", "-r", "-z", "--full-tree", commit, strip=False)
        entries: dict[str, str] = {}
        for record in filter(None, listing.split("\0")):
            info, path = record.split("\t", 1)
            entries[path] = info.split()[2]
        return entries

    def _extra_files(self, site: BuiltSite) -> dict[str, bytes]:
        """.nojekyll keeps GitHub Pages from hiding `_`-folders; CNAME names the custom domain."""
        extras: dict[str, bytes] = {}
        if ".nojekyll" not in site.files:
            extras[".nojekyll"] = b""
        if self.cname:
            extras["CNAME"] = self.cname.encode() + b"\n"
        return extras

    def _write_tree(self, site: BuiltSite) -> str:
        """Hash every file into the private repository and build a tree in a throwaway index."""
        for path in site.files:
            if "\n" in path or "\t" in path:
                raise PublishError(
                    f"{path!r}: file names with tabs or newlines cannot be published"
                )
        absolute = "\n".join(str(site.path(path).resolve()) for path in site.files) + "\n"
        ids = self._git("hash-object", "-w", "--stdin-paths", stdin=absolute).split()
        entries = dict(zip(site.files, ids, strict=True))
        for path, content in self._extra_files(site).items():
            # Text mode is safe: CNAME is a host name and .nojekyll is empty.
            entries[path] = self._git("hash-object", "-w", "--stdin", stdin=content.decode())
        index_info = "".join(f"100644 {blob}\t{path}\0" for path, blob in sorted(entries.items()))
        index = {"GIT_INDEX_FILE": str(self.workdir / "publish.index")}
        self._git("update-index", "--add", "-z", "--index-info", stdin=index_info, extra=index)
        return self._git("write-tree", extra=index)

    def _source_commit(self) -> str | None:
        done = run_tool(
            ["git", "-C", str(self.source_dir), "rev-parse", "-q", "--verify", "HEAD"],
            what="git rev-parse",
            env=_clean_env(),
            ok_codes=tuple(range(256)),
        )
        return done.stdout.strip() if done.returncode == 0 else None

    def _git(
        self,
        *args: str,
        stdin: str | None = None,
        extra: dict[str, str] | None = None,
        identity: bool = False,
        strip: bool = True,
    ) -> str:
        env = _clean_env() | (extra or {})
        if identity:
            env = self._with_identity(env)
        done = run_tool(
            ["git", *args],
            what=f"git {args[0]} ({self.repository})",
            cwd=self._bare,
            env=env,
            stdin=stdin,
        )
        return done.stdout.strip() if strip else done.stdout

    def _with_identity(self, env: dict[str, str]) -> dict[str, str]:
        """Commit as the user when git knows who they are, else as site-gen."""
        known = run_tool(
            ["git", "var", "GIT_COMMITTER_IDENT"],
            what="git var",
            cwd=self._bare,
            env=env | {"GIT_CONFIG_PARAMETERS": "'user.useconfigonly'='true'"},
            ok_codes=tuple(range(256)),
        )
        return env if known.returncode == 0 else _FALLBACK_IDENTITY | env


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REPO_VARIABLES}
    # A publish must fail, not wait for a password nobody will type.
    env["GIT_TERMINAL_PROMPT"] = "0"
    return env
