"""Publishing to S3, against a real S3 API served locally by moto_server."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from publish_helpers import SITE_FILES, publish

pytestmark = pytest.mark.usefixtures("aws_env")

if os.environ.get("CI") == "true":
    import boto3
else:
    boto3 = pytest.importorskip("boto3", reason="install boto3 to test S3 publishing")


@pytest.fixture
def bucket(moto_endpoint: str, aws_env: None) -> str:
    """A fresh bucket with one stale key under the prefix and two keys outside it."""
    name = f"site-{uuid.uuid4().hex[:12]}"
    client = s3_client(moto_endpoint)
    client.create_bucket(Bucket=name)
    client.put_object(Bucket=name, Key="archive/stale.html", Body=b"old")
    client.put_object(Bucket=name, Key="other/keep.txt", Body=b"not ours")
    client.put_object(Bucket=name, Key="archive-old/keep.html", Body=b"not ours either")
    return name


def s3_client(endpoint: str) -> Any:
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")


def keys(endpoint: str, bucket: str) -> set[str]:
    listed = s3_client(endpoint).list_objects_v2(Bucket=bucket)
    return {item["Key"] for item in listed.get("Contents", [])}


def publish_s3(endpoint: str, bucket: str, *extra: str) -> Any:
    return publish("--s3", f"s3://{bucket}/archive", "--endpoint-url", endpoint, *extra)


def test_publish_uploads_site_and_deletes_only_under_prefix(
    project: Path, moto_endpoint: str, bucket: str
) -> None:
    result = publish_s3(moto_endpoint, bucket, "--force")

    assert result.exit_code == 0, result.output
    assert "5 added, 0 changed, 1 deleted" in result.output
    expected = {f"archive/{path}" for path in SITE_FILES}
    assert keys(moto_endpoint, bucket) == expected | {"other/keep.txt", "archive-old/keep.html"}
    body = s3_client(moto_endpoint).get_object(Bucket=bucket, Key="archive/index.html")["Body"]
    assert body.read().decode() == SITE_FILES["index.html"]


def test_second_publish_uploads_exactly_the_changed_file(
    project: Path, moto_endpoint: str, bucket: str
) -> None:
    publish_s3(moto_endpoint, bucket, "--force")
    (project / "_site" / "feed.xml").write_text("<rss><item/></rss>")

    result = publish_s3(moto_endpoint, bucket)
    again = publish_s3(moto_endpoint, bucket)

    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed, 0 deleted" in result.output
    assert "0 added, 0 changed, 0 deleted" in again.output
    feed = s3_client(moto_endpoint).get_object(Bucket=bucket, Key="archive/feed.xml")
    assert feed["Body"].read() == b"<rss><item/></rss>"


@pytest.mark.parametrize(
    ("path", "content_type", "cache_control"),
    [
        ("index.html", "text/html; charset=utf-8", "public, max-age=300"),
        ("feed.xml", "application/xml", "public, max-age=300"),
        (
            "assets/site.3f2a9c1e.css",
            "text/css; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
    ],
)
def test_headers_per_file_type(
    project: Path,
    moto_endpoint: str,
    bucket: str,
    path: str,
    content_type: str,
    cache_control: str,
) -> None:
    publish_s3(moto_endpoint, bucket, "--force")

    head = s3_client(moto_endpoint).head_object(Bucket=bucket, Key=f"archive/{path}")

    assert head["ContentType"] == content_type
    assert head["CacheControl"] == cache_control


def test_dry_run_uploads_nothing(project: Path, moto_endpoint: str, bucket: str) -> None:
    before = keys(moto_endpoint, bucket)

    result = publish_s3(moto_endpoint, bucket, "--dry-run")

    assert result.exit_code == 0, result.output
    assert "  D stale.html" in result.output
    assert keys(moto_endpoint, bucket) == before


def test_endpoint_and_prefix_from_config(project: Path, moto_endpoint: str, bucket: str) -> None:
    (project / "site.toml").write_text(
        f'[publish.bucket]\ns3 = "s3://{bucket}/archive/"\nendpoint_url = "{moto_endpoint}"\n'
        "max_delete_fraction = 1.0\n"
    )

    result = publish()

    assert result.exit_code == 0, result.output
    assert "archive/index.html" in keys(moto_endpoint, bucket)


def test_missing_bucket_is_a_one_line_failure_without_secrets(
    project: Path, moto_endpoint: str
) -> None:
    result = publish_s3(moto_endpoint, "no-such-bucket")

    assert result.exit_code == 1
    assert "NoSuchBucket" in result.output
    assert "testing-secret-key" not in result.output
    assert len([line for line in result.output.splitlines() if "error" in line]) == 1
