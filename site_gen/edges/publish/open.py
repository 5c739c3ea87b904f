"""Target -> the publisher for its kind, with a private scratch folder for its lifetime."""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from site_gen.edges.publish.base import Publisher, PublishError
from site_gen.edges.publish.git_branch import GitBranchPublisher, repository_address
from site_gen.edges.publish.rsync import RsyncPublisher, is_remote
from site_gen.edges.publish.target import Target


@contextmanager
def open_publisher(target: Target, source_dir: Path) -> Iterator[Publisher]:
    """The publisher for `target`; scratch files are removed when the block ends."""
    if target.kind == "rsync":
        yield RsyncPublisher(_rsync_destination(target), source_dir=source_dir)
    elif target.kind == "s3":
        yield _s3_publisher(target)
    else:
        with tempfile.TemporaryDirectory(prefix="site-gen-publish-") as scratch:
            yield GitBranchPublisher(
                repository=repository_address(target.location, target.base_dir),
                branch=target.branch,
                workdir=Path(scratch),
                source_dir=source_dir,
                cname=target.cname,
            )


def _rsync_destination(target: Target) -> str:
    if is_remote(target.location) or target.base_dir is None:
        return target.location
    # Keep a trailing slash: it is how the user wrote the folder, and harmless to rsync.
    return str(target.base_dir / Path(target.location).expanduser()) + (
        "/" if target.location.endswith("/") else ""
    )


def _s3_publisher(target: Target) -> Publisher:
    # boto3 is an optional extra; import it only for S3 targets.
    if importlib.util.find_spec("boto3") is None:
        raise PublishError("publishing to S3 needs boto3: pip install 'site-gen[publish-s3]'")
    from site_gen.edges.publish.s3 import S3Publisher

    return S3Publisher(url=target.location, endpoint_url=target.endpoint_url)
