"""The preview's HTTP side: the built site's files (no caching, no escape from the
site, an error banner while the last build failed) and livereload's script."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from livereload.handlers import LiveReloadJSHandler, StaticFileHandler
from tornado import web

from site_gen.edges.serve_rebuild import Preview
from site_gen.edges.serve_reload import ReloadSocket, ReloadSockets

ERROR_PAGE_STATUS = 503


def is_safe_url_path(path: str) -> bool:
    """False for anything that could name a file outside the site (after URL decoding)."""
    if not path:
        return True
    if "\x00" in path or "\\" in path or path.startswith("/"):
        return False
    return ".." not in path.split("/")


_BODY_OPEN = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)


def with_banner(page: bytes, banner: str) -> bytes:
    """The page with the banner as the first thing in its body."""
    data = banner.encode("utf-8")
    match = _BODY_OPEN.search(page)
    at = match.end() if match else 0
    return page[:at] + data + page[at:]


class SiteHandler(StaticFileHandler):
    """Files of the built site; no caching, no escapes from it, a banner while broken."""

    preview: Preview

    def initialize(self, path: str, preview: Preview, default_filename: str = "index.html") -> None:
        super().initialize(path=path, default_filename=default_filename)
        self.preview = preview
        self._is_generated = False

    def compute_etag(self) -> str | None:
        return None if self._is_generated else super().compute_etag()

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    async def get(self, path: str, include_body: bool = True) -> None:
        if not is_safe_url_path(path):
            raise web.HTTPError(404)
        state = self.preview.state
        if state.errors:
            page = self._html_file(path)
            if page is not None:
                self._send_html(200, with_banner(page.read_bytes(), self.preview.banner(False)))
                return
            if not state.has_site and (path == "" or path.endswith(("/", ".html"))):
                self._send_html(ERROR_PAGE_STATUS, self.preview.banner(True).encode("utf-8"))
                return
        await super().get(path, include_body)

    def _html_file(self, path: str) -> Path | None:
        root = Path(self.root).resolve()
        candidate = root / path
        if candidate.is_dir():
            if path and not path.endswith("/"):
                return None  # the static handler redirects to the slash form
            candidate = candidate / "index.html"
        if candidate.suffix != ".html" or not candidate.is_file():
            return None
        return candidate if candidate.resolve().is_relative_to(root) else None

    def _send_html(self, status: int, body: bytes) -> None:
        self._is_generated = True
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(body if self.request.method != "HEAD" else b"")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        not_found = Path(self.root) / "404.html"
        if status_code == 404 and not_found.is_file():
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(not_found.read_bytes())
            return
        super().write_error(status_code, **kwargs)


def _ignore_request(handler: web.RequestHandler) -> None:
    """No access log: the terminal shows builds and errors only."""


def application(preview: Preview, sockets: ReloadSockets) -> web.Application:
    site = {"path": str(preview.output), "preview": preview}
    return web.Application(
        [
            (r"/livereload", ReloadSocket, {"sockets": sockets}),
            (r"/livereload.js", LiveReloadJSHandler),
            (r"/(.*)", SiteHandler, site),
        ],
        log_function=_ignore_request,
    )
