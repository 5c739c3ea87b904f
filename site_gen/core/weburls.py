"""URLs shared by page metadata, feeds and sitemaps. Pure; imports nothing from site_gen."""

from __future__ import annotations

from urllib.parse import urlsplit

# The tag: URI authority when the site has no base_url (RFC 4151 wants a name the
# publisher controls; without one we still need something stable).
FALLBACK_HOST = "site-gen"


def page_url(page_path: str) -> str:
    """'2022/12/11/slug/index.html' -> '/2022/12/11/slug/'; other files keep their name."""
    if page_path == "index.html":
        return "/"
    if page_path.endswith("/index.html"):
        return "/" + page_path[: -len("index.html")]
    return "/" + page_path


def absolute_url(base_url: str, path: str) -> str:
    """`path` (root-relative) on the site; stays root-relative when there is no base_url."""
    return f"{base_url.rstrip('/')}{path}" if base_url else path


def site_host(base_url: str) -> str:
    return urlsplit(base_url).hostname or FALLBACK_HOST if base_url else FALLBACK_HOST
