"""What a rendered page depends on, as one hash: its template set, the site, its context."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from site_gen import __version__
from site_gen.model import Page
from site_gen.render import SiteInfo
from site_gen.theme import Theme

_CODE = Path(__file__).resolve().parent


def theme_key(theme: Theme, site: SiteInfo) -> str:
    """Templates, site settings and the rendering code: a change to any re-renders all."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(pickle.dumps(site, protocol=4))
    for folder in theme.template_dirs:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    for path in sorted(_CODE.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def page_fingerprint(page: Page, key: str) -> str:
    digest = hashlib.sha256(key.encode())
    digest.update(page.template.encode())
    # repr, not pickle: pickle's bytes depend on which equal objects happen to be shared.
    digest.update(repr(page.context).encode())
    return digest.hexdigest()[:32]
