"""The single-file page reader on any bytes: a page, a clear refusal, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse.fields import Unparseable
from site_gen.parse.mhtml import parse_mhtml

HEAD = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
PIECES = st.sampled_from(
    [
        b"Content-Type: text/html\r\n",
        b"Content-Type: text/html; charset=bogus-8\r\n",
        b"Content-Transfer-Encoding: quoted-printable\r\n",
        b"Content-Transfer-Encoding: base64\r\n",
        b"\r\n",
        b"--b\r\n",
        b"--b--\r\n",
        b"=3D=\r\n",
        b"<html><title>T</title><p>words</p></html>\r\n",
        b"\xff\xfe\x00",
    ]
)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """The HTML reader loads trafilatura on its first page: not in an example's time."""
    page = b"Content-Type: text/html\r\n\r\n<html><title>T</title><p>words</p></html>\r\n--b--"
    with pytest.raises(Unparseable):
        parse_mhtml(HEAD + page, "UTC")


@given(st.lists(PIECES | st.binary(max_size=40), max_size=30))
def test_any_bytes_give_an_article_or_a_refusal(parts: list[bytes]) -> None:
    try:
        parse_mhtml(HEAD + b"".join(parts), "UTC")
    except Unparseable as refused:
        assert refused.message
