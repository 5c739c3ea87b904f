"""A forwarded mail's own header is taken off the copy; a page's rule over its date is not."""

from __future__ import annotations

from site_gen.parse.mail_forward import unheaded


def test_a_forwards_header_becomes_blank_lines_under_its_marker() -> None:
    text = "\n".join(
        [
            "-----Original Message-----",
            "From: Ivo Brandt <ivo@example.net>",
            "Sent: Monday, 4 May 2026 09:12",
            "To: Desk <desk@example.net>",
            "Subject: FW: Dredging at Kellow",
            "",
            "Dredging at Kellow to start in June",
        ]
    )
    assert unheaded(text).split("\n") == [
        "-----Original Message-----",
        "",
        "",
        "",
        "",
        "",
        "Dredging at Kellow to start in June",
    ]


def test_a_rule_over_a_release_date_with_no_sender_stays() -> None:
    text = "----------\nDate: 4 May 2026\n\nDredging at Kellow to start in June"
    assert unheaded(text) == text


def test_a_newsletters_own_mail_forwarded_keeps_its_sending_day() -> None:
    text = "\n".join(
        [
            "---------- Forwarded message ---------",
            "From: Kellow Morning Briefing <briefing@kellowpost.example>",
            "Date: Tue, May 5, 2026 at 7:00 AM",
            "",
            "Dredging at Kellow to start in June",
        ]
    )
    assert unheaded(text) == text
