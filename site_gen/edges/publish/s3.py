"""Publish to S3-compatible storage (AWS, R2, MinIO) with boto3; only changed files go up.

Credentials come only from boto3's standard chain (environment, profile, instance role);
this module never reads, prints or stores them.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from site_gen.edges.publish.base import BuiltSite, PublishError, PublishResult
from site_gen.edges.publish.plan import PublishPlan, diff_listings
from site_gen.edges.publish.s3_headers import cache_control, content_type

# put_object stores this, so a key uploaded in parts (ETag not an MD5) still compares.
_HASH_METADATA = "md5"
_DELETE_BATCH = 1000  # the most keys one DeleteObjects call takes
_UPLOAD_THREADS = 8  # uploads wait on the network, not the CPU


def split_s3_url(url: str) -> tuple[str, str]:
    """'s3://bucket/some/prefix/' -> ('bucket', 'some/prefix')."""
    if not url.startswith("s3://"):
        raise PublishError(f"{url}: an S3 target looks like s3://BUCKET/PREFIX")
    bucket, _, prefix = url[len("s3://") :].partition("/")
    if not bucket:
        raise PublishError(f"{url}: no bucket name")
    return bucket, prefix.strip("/")


def file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class RemoteObject:
    key: str
    etag: str


@dataclass(frozen=True, slots=True)
class S3Publisher:
    """Makes the keys under `prefix` in `bucket` equal the built site; nothing else is touched."""

    url: str
    endpoint_url: str | None = None

    def plan(self, site: BuiltSite) -> PublishPlan:
        client = self._client()
        local = {path: file_md5(site.path(path)) for path in site.files}
        sizes = {path: site.path(path).stat().st_size for path in site.files}
        return diff_listings(local, self._remote_hashes(client), sizes)

    def publish(self, site: BuiltSite, plan: PublishPlan) -> PublishResult:
        client = self._client()
        # Assets before pages, so a new page never links to a file that is not there yet.
        uploads = sorted(plan.add + plan.change, key=lambda p: (p.endswith(".html"), p))
        with ThreadPoolExecutor(_UPLOAD_THREADS) as pool:
            list(pool.map(lambda path: self._upload(client, site, path), uploads))
        self._delete(client, plan.delete)
        bucket, prefix = split_s3_url(self.url)
        return PublishResult(plan, f"uploaded to s3://{bucket}/{prefix}")

    def _key(self, path: str) -> str:
        prefix = split_s3_url(self.url)[1]
        return f"{prefix}/{path}" if prefix else path

    def _relative(self, key: str) -> str:
        prefix = split_s3_url(self.url)[1]
        return key[len(prefix) + 1 :] if prefix else key

    def _client(self) -> Any:
        with _s3_errors(self.url):
            return boto3.client("s3", endpoint_url=self.endpoint_url)

    def _remote_objects(self, client: Any) -> list[RemoteObject]:
        bucket, prefix = split_s3_url(self.url)
        # The trailing slash keeps 'archive' from matching 'archive-old/...'.
        listed = {"Bucket": bucket, "Prefix": f"{prefix}/" if prefix else ""}
        found: list[RemoteObject] = []
        with _s3_errors(self.url):
            for page in client.get_paginator("list_objects_v2").paginate(**listed):
                for item in page.get("Contents", []):
                    found.append(RemoteObject(item["Key"], item.get("ETag", "").strip('"')))
        return found

    def _remote_hashes(self, client: Any) -> dict[str, str]:
        return {
            self._relative(o.key): self._remote_md5(client, o) for o in self._remote_objects(client)
        }

    def _remote_md5(self, client: Any, item: RemoteObject) -> str:
        """A single-part ETag is the MD5; otherwise ask for the hash we stored at upload."""
        if len(item.etag) == 32 and "-" not in item.etag:
            return item.etag
        bucket = split_s3_url(self.url)[0]
        with _s3_errors(self.url):
            head = client.head_object(Bucket=bucket, Key=item.key)
        return str(head.get("Metadata", {}).get(_HASH_METADATA, item.etag))

    def _upload(self, client: Any, site: BuiltSite, path: str) -> None:
        body = site.path(path).read_bytes()
        digest = hashlib.md5(body, usedforsecurity=False)
        with _s3_errors(self.url):
            client.put_object(
                Bucket=split_s3_url(self.url)[0],
                Key=self._key(path),
                Body=body,
                ContentMD5=base64.b64encode(digest.digest()).decode(),
                ContentType=content_type(path),
                CacheControl=cache_control(path),
                Metadata={_HASH_METADATA: digest.hexdigest()},
            )

    def _delete(self, client: Any, paths: tuple[str, ...]) -> None:
        bucket, prefix = split_s3_url(self.url)
        keys = [self._key(path) for path in paths]
        if prefix and any(not key.startswith(f"{prefix}/") for key in keys):
            raise PublishError(f"refusing to delete keys outside s3://{bucket}/{prefix}/")
        for start in range(0, len(keys), _DELETE_BATCH):
            batch = [{"Key": key} for key in keys[start : start + _DELETE_BATCH]]
            with _s3_errors(self.url):
                answer = client.delete_objects(
                    Bucket=bucket, Delete={"Objects": batch, "Quiet": True}
                )
            if answer.get("Errors"):
                first = answer["Errors"][0]
                raise PublishError(f"could not delete {first['Key']}: {first.get('Message', '')}")


@contextmanager
def _s3_errors(url: str) -> Iterator[None]:
    """boto3 failures as one line; botocore's messages never contain the secret key."""
    try:
        yield
    except NoCredentialsError as exc:
        raise PublishError(
            f"{url}: no S3 credentials; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
            " or AWS_PROFILE"
        ) from exc
    except ClientError as exc:
        raise PublishError(f"{url}: {_one_line(exc)}") from exc
    except BotoCoreError as exc:
        raise PublishError(f"{url}: {_one_line(exc)}") from exc


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
