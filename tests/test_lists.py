"""Lists for the day: `mailbot registrations --format pdf|badges|xlsx` write files that open and hold the names."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mailbot import cli, lists
from mailbot.event import load_event
from mailbot.jobs import Context, import_mails
from mailbot.settings import Settings
from mailbot.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


@pytest.fixture
def registered(tmp_path, monkeypatch) -> list:
    """The 20 example sign-up mails processed into a database the CLI is pointed at (file transport)."""
    url = f"sqlite:///{tmp_path / 'mailbot.db'}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", url)
    monkeypatch.setenv("MAILBOT_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    store = Store(url)
    ctx = Context.build(Settings(), load_event(ROOT / "config" / "event.toml"), store)
    import_mails(ctx, [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").glob("*.eml"))], NOW)
    records = store.attendee_records()
    store.close()
    assert len(records) >= 20
    return records


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_sign_in_sheet_holds_every_name_sorted_with_header_and_page_numbers(registered, tmp_path):
    """The sign-in sheet lists each attendee once, by family name, with title, date, columns and "Seite x von y"."""
    assert cli.main(["registrations", "--format", "pdf", "--output", str(tmp_path / "liste.pdf")]) == 0
    pages, text = pdf_text(tmp_path / "liste.pdf")
    assert "Teilnehmerliste" in text and "20. Mai 2025" in text and "Unterschrift" in text
    assert f"Seite {pages} von {pages}" in text
    for record in registered:
        assert record.name in text, record.name
    order = sorted(registered, key=lists.sort_key)
    positions = [text.index(r.name) for r in order]
    assert positions == sorted(positions)
    assert text.index("Oberländer") < text.index("Reichenbach")


def test_badges_fit_ten_per_a4_page_and_carry_name_and_organisation(registered, tmp_path):
    """Badges: A4 pages of 2 × 5 badges of 90 × 55 mm, each with the name and the organisation."""
    assert cli.main(["registrations", "--format", "badges", "--output", str(tmp_path / "badges.pdf")]) == 0
    pages, text = pdf_text(tmp_path / "badges.pdf")
    assert pages == -(-len(registered) // 10)
    page = PdfReader(tmp_path / "badges.pdf").pages[0]
    assert (round(float(page.mediabox.width) / 72 * 25.4), round(float(page.mediabox.height) / 72 * 25.4)) == (210, 297)
    for record in registered:
        assert record.name in text
    assert "Landratsamt Saale-Orla-Kreis" in text


def test_xlsx_export_has_header_filter_and_one_row_per_registration(registered, tmp_path):
    """`--format xlsx` writes a workbook with a bold header, a filter over all columns and real dates."""
    assert cli.main(["registrations", "--format", "xlsx", "--output", str(tmp_path / "a.xlsx")]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert sheet.max_row == len(registered) + 1 and sheet.auto_filter.ref.startswith("A1:")
    assert isinstance(sheet.cell(2, 13).value, datetime)
    assert {sheet.cell(r, 5).value for r in range(2, sheet.max_row + 1)} == {r.name for r in registered}


def test_pdf_font_renders_umlauts_and_quotes(registered):
    """The embedded Unicode font keeps umlauts, „quotes“ and dashes of the event title intact."""
    event = load_event(ROOT / "config" / "event.toml")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(lists.sign_in_sheet(registered, event))).pages)
    assert "„Zusammen denken – gemeinsam" in text and "Pößneck" in text
