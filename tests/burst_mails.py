"""A burst of distinct everyday sign-ups, for the burst benchmarks and the multi-worker test."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent


FAMILY_NAMES = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein "
    "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause "
    "Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz "
    "Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann "
    "Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto "
    "Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn "
    "Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer").split()
FUNCTIONS = ("Leiterin Bauamt", "Sachgebiet Stadtplanung", "Bürgermeister", "Fachdienst Bauverwaltung",
             "Klimaschutzmanagerin", "Amt für Stadtentwicklung", "Hauptamt", "Bauamtsleiter")


def _people() -> tuple[list[str], list[tuple[str, str]]]:
    firsts = (ROOT / "mailbot" / "understand" / "data" / "vornamen.csv").read_text("utf-8").split()[1:]
    places = []
    for line in (ROOT / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv").read_text("utf-8").splitlines()[1:]:
        _ags, name, kind, *_ = line.split(",")
        places.append((name, "Stadtverwaltung" if "Stadt" in kind else "Gemeinde"))
    return firsts[::2][:300], places


DISCLAIMER = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
              "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
              "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
              "Mail ist nicht gestattet. Informationen zum Datenschutz finden Sie auf unserer Internetseite. ")


def signup_mails(n: int, body_bytes: int = 0) -> list[bytes]:
    """N distinct sign-ups (nobody's name or address repeats): four everyday forms in turn, plain text, HTML
    (quoted-printable), two persons in one mail, Latin-1; each from a municipality of the gazetteer."""
    from email.message import EmailMessage
    from email.policy import SMTP

    firsts, places = _people()

    def person(k: int) -> tuple[str, str]:
        first, family = firsts[k % len(firsts)], FAMILY_NAMES[(k // len(firsts)) % len(FAMILY_NAMES)]
        if k >= len(firsts) * len(FAMILY_NAMES):
            family += f"-{FAMILY_NAMES[k // (len(firsts) * len(FAMILY_NAMES))]}"
        return first, family

    def ascii_part(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                      .replace("ß", "ss"))

    out = []
    for i in range(n):
        first, family = person(2 * i)
        place, office = places[i % len(places)]
        domain = f"{ascii_part(place)}-{i}.example"
        function = FUNCTIONS[i % len(FUNCTIONS)]
        msg = EmailMessage(policy=SMTP)
        msg["From"] = f"{first} {family} <{ascii_part(first)}.{ascii_part(family)}@{domain}>"
        msg["To"] = "Anmeldung Transferveranstaltung <anmeldung@transferveranstaltung.example>"
        msg["Subject"] = ("Anmeldung Transferveranstaltung 20.05.2025", "Anmeldung", f"Anmeldung {place}",
                          "Teilnahme am 20. Mai")[i % 4]
        msg["Date"] = "Fri, 02 May 2025 08:41:31 +0200"
        msg["Message-ID"] = f"<burst-{i}@{domain}>"
        signature = f"{first} {family}\n{function}\n{office} {place}\n"
        if body_bytes:  # a municipality's footer: the size of everyday mail without changing what it says
            signature += "\n--\n" + (DISCLAIMER * (body_bytes // len(DISCLAIMER) + 1))[:body_bytes] + "\n"
        form = i % 4
        if form == 0:
            msg.set_content("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur 9. Transferveranstaltung "
                            f"am 20. Mai 2025 in Bad Lobenstein an.\n\nMit freundlichen Grüßen\n\n{signature}",
                            cte="8bit")
        elif form == 1:
            msg.set_content(f"<html><body><div>Hallo,</div><div>&nbsp;</div><div>ich melde mich für die Veranstaltung "
                            f"am 20. Mai an.</div><div>{first} {family}, {office} {place}</div><div>&nbsp;</div>"
                            f"<div>Beste Grüße</div><div>{first} {family}</div><div>{signature[len(first + family) + 2:]}</div>"
                            "</body></html>\n",
                            subtype="html", cte="quoted-printable")
        elif form == 2:
            c_first, c_family = person(2 * i + 1)
            colleague = f"{ascii_part(c_first)}.{ascii_part(c_family)}@{domain}"
            msg.set_content("Sehr geehrte Damen und Herren,\n\nzur Transferveranstaltung am 20. Mai kommen ich und "
                            f"mein Kollege {c_first} {c_family}, {colleague}, aus der {office} {place}.\n\n"
                            f"Mit freundlichen Grüßen\n{signature}", cte="8bit")
        else:
            msg.set_content(f"Guten Tag,\n\nfür die {office} {place} melde ich mich verbindlich zur "
                            f"Transferveranstaltung am 20.05.2025 an.\n\nViele Grüße\n{signature}",
                            charset="latin-1", cte="quoted-printable")
        out.append(msg.as_bytes())
    return out


def future_event(directory: Path) -> Path:
    """The example event moved 30 days ahead, room for everyone, and the digest due from midnight: the burst is
    confirmed and today's digest is due the moment a worker starts."""
    day = datetime.now(ZoneInfo("Europe/Berlin")).date() + timedelta(days=30)
    text = (ROOT / "config" / "event.toml").read_text("utf-8")
    text = re.sub(r"(?m)^date = .*$", f"date = {day.isoformat()}", text)
    text = re.sub(r"(?m)^registration_deadline = .*$",
                  f"registration_deadline = {(day - timedelta(days=10)).isoformat()}T23:59:00+02:00", text)
    text = re.sub(r"(?m)^capacity = .*$", "capacity = 5000", text)
    text = re.sub(r'(?m)^digest_time = .*$', 'digest_time = "00:00"', text)
    path = directory / "event.toml"
    path.write_text(text, "utf-8")
    return path
