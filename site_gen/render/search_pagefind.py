"""Pagefind run on one bundle's pages: its command line, a second try when it left no
entry file, and the trim of what the search page does not use."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from site_gen.core.errors import BuildError

# Pagefind's ready-made UIs; /search/ uses the JS API (pagefind.js) with its own renderer.
UNUSED_UI = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)  # fmt: skip
INSTALL_HINT = "install it with: pip install 'pagefind[bin]' (or set search = false in [site])"


def write_checked(pages_root: Path, bundle: Path) -> None:
    """Write one bundle; once more if Pagefind left no entry file. A second failure is
    reported by drop_unused."""
    for _attempt in range(2):
        write_index(pages_root, bundle)
        try:
            json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            return
        except (OSError, ValueError):
            shutil.rmtree(bundle, ignore_errors=True)


def drop_unused(bundle: Path) -> None:
    """Remove the UI bundles and the wasm of languages no page has (~0.5 MB to publish)."""
    for name in UNUSED_UI:
        (bundle / name).unlink(missing_ok=True)
    entry = bundle / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8")).get("languages", {})
    except (OSError, ValueError) as exc:
        # Pagefind does not report failed writes (e.g. a full disk); its entry file shows them.
        message = f"search: {entry.name}: Pagefind wrote no usable index; is the disk full?"
        raise BuildError(message) from exc
    used = {str(language.get("wasm")) for language in languages.values()}
    for wasm in bundle.glob("wasm.*.pagefind"):
        if wasm.name.split(".")[1] not in used:
            wasm.unlink()


def write_index(source: Path, output: Path) -> None:
    """Pagefind's own command line, not its Python service: the service talks to the same
    binary over pipes from an event loop and, on a loaded machine, now and then closed
    before the index was written; a plain process reports failure by its exit status."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise BuildError(f"search: pagefind is not installed; {INSTALL_HINT}") from None
    binary = get_executable()
    if binary is None:
        raise BuildError(f"search: pagefind binary not found; {INSTALL_HINT}")
    command = [str(binary), "--site", str(source), "--output-path", str(output), "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise BuildError(f"search: pagefind binary not found ({binary}); {INSTALL_HINT}") from None
    except OSError as exc:
        raise BuildError(f"search: cannot run {binary}: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        raise BuildError(f"search: pagefind failed (exit {done.returncode}): {detail[0]}")
