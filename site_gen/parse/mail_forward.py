"""A story forwarded by mail and copied from the mail: the forward's own header (who sent
it, to whom, and when) taken off, so its "Date:" is never read as the story's date.

A mail client prints a forwarded message under a marker ("---------- Forwarded message
---------", "-----Original Message-----", "Begin forwarded message:", Outlook's rule of
underscores) and then the message's header, a "Key: value" line each. The sender, the
receivers, the day it was sent and its subject become blank lines (the story under it
prints its own headline; the subject, "Fwd: …" or the forwarder's words, is the mail's).
Lines are never added or removed, so line numbers in messages still point at the file.
Every pattern is a plain scan.
"""

from __future__ import annotations

import re

from site_gen.parse import lines

_MARKER = re.compile(
    r"^[ \t>]*(?:[-_=]{2,}[ \t]*(?:Forwarded message|Original Message|Weitergeleitete Nachricht"
    r"|Ursprüngliche Nachricht|Message transféré|Message d'origine|Mensaje reenviado"
    r"|Mensaje original|Mensagem encaminhada|Messaggio inoltrato)[ \t]*[-_=]{2,}"
    r"|Begin forwarded message:|_{10,}|-{10,})[ \t]*$",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^[ \t>]*([A-Za-zÀ-ÿ-]{1,12})[ \t]?:[ \t]?\S.{0,300}$")
# The header's keys in the languages mail clients print them: who, to whom, when, what.
_WHO_AND_WHEN = frozenset(
    "from date sent to cc bcc reply-to von datum gesendet an kopie de envoyé à "
    "para fecha enviado data enviada da inviato a".split()
)
_SENDER = frozenset("from von de da".split())
_HEADER_KEYS = _WHO_AND_WHEN | frozenset("subject betreff objet asunto assunto oggetto".split())
# How far under its marker a forward's header starts (a blank line or two).
_HEADER_REACH = 3


def unheaded(text: str) -> str:
    """The copy without its forwarded mails' senders, receivers and days; others as they are."""
    if "--" not in text and "__" not in text and "forwarded message" not in text.lower():
        return text  # most copies: no marker at all, and no pattern need look
    rows = text.split("\n")
    for at, row in enumerate(rows):
        if _MARKER.match(row):
            _blank_header(rows, at + 1)
    return "\n".join(rows)


def _blank_header(rows: list[str], start: int) -> None:
    """A header opens with its sender: a rule over "Date: 5 May" alone is a page's own."""
    index = start
    while index < len(rows) and index < start + _HEADER_REACH and not rows[index].strip():
        index += 1
    first = _HEADER.match(rows[index]) if index < len(rows) else None
    if first is None or first.group(1).casefold() not in _SENDER:
        return
    if _is_outlet(rows[index]):
        return  # a newsletter's own mail, forwarded: the day it was sent is its issue's
    while index < len(rows) and (found := _HEADER.match(rows[index])):
        if found.group(1).casefold() not in _HEADER_KEYS:
            return
        rows[index] = ""
        index += 1


# An outlet's mail: sent from a desk's address ("digest@", "news@", "no-reply@") or under
# the name of a paper or a newsletter ("Riverside Evening Digest", "The Harbour Times").
_OUTLET_ADDRESS = re.compile(
    r"<(?:news|newsletters?|digest|briefing|updates|alerts|editors?|no-?reply|donotreply"
    r"|subscriptions?|hello|info|team)[\w.+-]{0,20}@",
    re.IGNORECASE,
)
_OUTLET_WORDS = frozenset(
    "digest newsletter briefing bulletin news daily weekly edition alerts update updates".split()
)


def _is_outlet(sender_line: str) -> bool:
    if _OUTLET_ADDRESS.search(sender_line):
        return True
    name = sender_line.split(":", 1)[1].split("<", 1)[0].strip(" \t\"'")
    words = name.split()
    return bool(words) and (words[-1].lower() in _OUTLET_WORDS or lines.is_paper(name))
