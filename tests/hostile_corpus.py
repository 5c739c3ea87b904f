"""Hostile strings shared by the hostile-input, fault and fuzz tests.

Each entry is (name, text). The text goes into every field of both source formats;
whatever comes out in any sink must be inert text, never markup, code or a path.
"""

from __future__ import annotations

import re
import unicodedata

HOSTILE: tuple[tuple[str, str], ...] = (
    ("script", "<script>alert(1)</script>"),
    ("img-onerror", '<img src=x onerror="alert(2)">'),
    ("attr-breaker", "\"'><b id=broke>x</b>"),
    ("close-script", "</script><script>alert(3)</script>"),
    ("cdata-end", "]]><evil/>"),
    ("comment", "<!-- hidden --> --> <!--"),
    ("control", "bell\x07tab\tvt\x0bescape\x1b[31mred"),
    ("rtl-override", "file\u202egnp.exe"),
    ("zero-width", "zero\u200bwidth\u200d\ufeffjoin"),
    ("long-word", "w" * 5000),
    ("dot-dot", "../../../../etc/passwd"),
    ("absolute", "/etc/shadow"),
    ("windows-path", "C:\\Windows\\System32\\drivers"),
    ("reserved-con", "CON"),
    ("reserved-nul", "NUL"),
    ("reserved-com1", "COM1"),
    ("nul-char", "before\x00after"),
    ("javascript-url", "javascript:alert(4)"),
    ("data-url", "data:text/html,<script>alert(5)</script>"),
    ("jinja-expression", "{{ 7*7 }}"),
    ("jinja-raw", "{% raw %}{{ 7*7 }}{% endraw %}"),
    ("jinja-statement", "{% for x in range(3) %}loop{% endfor %}"),
    ("yaml-anchor", "&anchor *anchor !!python/object:os.system"),
    ("yaml-doc-end", "---\n...\n---"),
    ("json-breaker", '"}]},{"@type":"Evil","x":"</script>'),
    ("entity", "&lt;script&gt; &amp;amp; &#x3C;"),
    ("unicode-mix", "Zoë’s café ‹naïve› — বাংলা العربية"),
    ("only-punctuation", "!!!???..."),
    ("newline-in-field", "line one\nline two"),
    ("percent", "%2e%2e%2f%00"),
)

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")  # (a form feed breaks the line)


def normalised(text: str) -> str:
    """What a reader may legitimately see of `text`: invisible and control marks dropped,
    whitespace collapsed, NFC (the parser's documented normalisation)."""
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


MARKUP_TOKENS = ("<script", "<img", "<b ", "<evil", "onerror")
