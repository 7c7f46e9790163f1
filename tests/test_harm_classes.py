"""Issue 10's error classes, each pinned with new sentences: what must read right so that no wrong action follows."""

from __future__ import annotations

from mailbot import message, understand

SIG = "\n\nMit freundlichen Grüßen\nBernd Ullrich\nStadtverwaltung Kahla"


def read(body: str, subject: str = "Anmeldung", sender: str = "Bernd Ullrich <b.ullrich@stadt-kahla.example>"):
    raw = (f"From: {sender}\r\nTo: anmeldung@transferveranstaltung.example\r\nSubject: {subject}\r\n"
           f"Message-ID: <h@stadt-kahla.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    return understand.read(message.parse(raw))


def names(u) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in u.attendees]


# ---- persons lost: degrees written before a name end no sentence --------------------------------------

def test_two_persons_with_degrees_joined_by_und_are_both_found():
    u = read("Guten Tag,\n\nwir melden Dipl.-Ing. Marlies Greiner und M.Sc. Jonas Pfau zur Veranstaltung an." + SIG)
    assert names(u) == [("Marlies Greiner", "Dipl.-Ing."), ("Jonas Pfau", "M.Sc.")]


def test_an_engineering_master_before_the_name_keeps_the_sentence_whole():
    u = read("Hallo,\n\nfür unser Büro kommt M.Eng. Carola Seidenfaden, Stadtplanerin." + SIG)
    assert ("Carola Seidenfaden", "M.Eng.") in names(u)
