"""Lists for the day: `mailbot registrations --format pdf|badges|xlsx` write files that open and hold the names."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mailbot import cli, exports, lists
from mailbot.event import load_event
from mailbot.jobs import Context, import_mails
from mailbot.models import AttendeeRecord
from mailbot.settings import Settings
from mailbot.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
MADE = datetime(2025, 5, 19, 16, 45, tzinfo=timezone.utc)  # 18:45 in Berlin: the stamp must be in the event's zone
MADE_TEXT = "Stand: Montag, 19. Mai 2025, 18:45 Uhr"
EVENT = load_event(ROOT / "config" / "event.toml")
LONG = dict(title="Prof. Dr.", name="Maximiliane Theodora von Hohenstein-Wolkenburg-Sprottental",
            organisation="Verwaltungsgemeinschaft Oberes Sprottental / Stadtverwaltung Schmölln",
            municipality="Zeulenroda-Triebes")


def person(number: int, **changes) -> AttendeeRecord:
    """An attendee record as the store gives it; `changes` override the plain defaults."""
    values = dict(attendee_id=number, registration_id=number, code=f"TV-{number:04d}", name=f"Anna Muster{number}",
                  title=None, email=f"a{number}@example.org", role=None, organisation="Stadtverwaltung Schleiz",
                  organisation_type="municipality", municipality="Schleiz", ags="16075098", district="Saale-Orla-Kreis",
                  status="confirmed", waitlist_position=None, registered_at=NOW, status_changed_at=NOW)
    values.update(changes)
    return AttendeeRecord(**values)


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


def pdf_text(path: Path | bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text as one line: a line broken after a hyphen joins again, other breaks become one space."""
    return " ".join(re.sub(r"-\s*\n\s*", "-", text).split())


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
    _, text = pdf_text(lists.sign_in_sheet(registered, event, MADE))
    assert "„Zusammen denken – gemeinsam" in text and "Pößneck" in text


@pytest.mark.parametrize("make", [lists.sign_in_sheet, lists.badges])
def test_long_name_organisation_and_place_are_printed_in_full(make):
    """A long name, organisation and "Zeulenroda-Triebes" wrap or shrink on sheet and badge, never end in "…"."""
    records = [person(1), person(2, **LONG),
               person(3, name="Zoe Zander", organisation=None, municipality="Zeulenroda-Triebes")]
    text = flat(pdf_text(make(records, EVENT, MADE))[1])
    assert "…" not in text and "Trie " not in text
    assert "Prof. Dr. Maximiliane Theodora von Hohenstein-Wolkenburg-Sprottental" in text
    assert LONG["organisation"] in text
    assert "Zeulenroda-Triebes" in text  # the sheet's place column; the badge of someone without organisation


def row_boxes(pdf: bytes) -> list[list[float]]:
    """The heights (mm) of the rectangles on the first page, grouped by their top edge: one list per table row."""
    rows: dict[float, list[float]] = {}
    for operands, operator in PdfReader(io.BytesIO(pdf)).pages[0].get_contents().operations:
        if operator == b"re":
            rows.setdefault(float(operands[1]), []).append(round(abs(float(operands[3])) / 72 * 25.4, 1))
    return [rows[top] for top in sorted(rows, reverse=True)]


def test_wrapped_sheet_row_grows_with_all_its_cells():
    """A wrapped row is taller than a plain one; all five cells of each row (signature too) share top and height."""
    records = [person(1, name="Anna Aal"), person(2, **LONG), person(3, name="Zoe Zander")]
    rows = row_boxes(lists.sign_in_sheet(records, EVENT, MADE))
    assert [len(set(heights)) for heights in rows] == [1, 1, 1, 1] and all(len(h) == 5 for h in rows)
    header, plain, wrapped, last = (heights[0] for heights in rows)
    assert (header, plain, last) == (7.0, lists.ROW_HEIGHT, lists.ROW_HEIGHT) and wrapped > lists.ROW_HEIGHT + 3


def test_a_word_wider_than_the_column_shrinks_the_font_instead_of_breaking_the_word():
    """"Zeulenroda-Triebes" is too wide for the place column at 9 pt: the font shrinks a little and it stays whole."""
    pdf = lists._Pdf(EVENT, MADE, header_lines=False)
    pdf.add_page()
    block = pdf.block("Zeulenroda-Triebes", lists.SHEET_COLUMNS[3][1], lists.SHEET_TEXT)
    assert block.lines == ("Zeulenroda-Triebes",)
    assert lists.SHEET_TEXT.one_line_min <= block.size < lists.SHEET_TEXT.size


def test_xlsx_shows_status_and_organisation_type_in_german():
    """The spreadsheet says bestätigt/Warteliste/vorläufig/abgemeldet and Kommune/Planungsbüro/Behörde/Sonstige."""
    records = [person(1), person(2, status="waitlisted", waitlist_position=1, organisation_type="planning_office"),
               person(3, status="provisional", organisation_type="authority"),
               person(4, status="cancelled", organisation_type="other"), person(5, organisation_type=None)]
    sheet = openpyxl.load_workbook(io.BytesIO(lists.as_xlsx(records, EVENT, MADE))).active
    heads = [c.value for c in sheet[1]]
    status, kind = heads.index("Status") + 1, heads.index("Art") + 1
    assert [sheet.cell(r, status).value for r in range(2, 7)] == [
        "bestätigt", "Warteliste", "vorläufig", "abgemeldet", "bestätigt"]
    assert [sheet.cell(r, kind).value for r in range(2, 7)] == ["Kommune", "Planungsbüro", "Behörde", "Sonstige", None]


def test_csv_and_json_keep_the_codes_and_no_time_stamp():
    """CSV and JSON are for programs: status and type stay codes and the file does not depend on `now`."""
    records = [person(1, status="waitlisted", waitlist_position=1, organisation_type="planning_office")]
    csv_text = exports.export(records, "csv", EVENT, MADE)
    assert ";waitlisted;" in csv_text and ";planning_office;" in csv_text and "Stand" not in csv_text
    assert csv_text == exports.export(records, "csv", EVENT, NOW)
    assert exports.export(records, "json", EVENT, MADE) == exports.export(records, "json", EVENT, NOW)


@pytest.mark.parametrize("make", [lists.sign_in_sheet, lists.badges])
def test_every_pdf_page_says_when_the_list_was_made(make):
    """Each page of sheet and badges carries "Stand: …" from the injected `now`, in the event's time zone."""
    records = [person(n) for n in range(1, 50)]
    reader = PdfReader(io.BytesIO(make(records, EVENT, MADE)))
    assert len(reader.pages) >= 2
    assert all(MADE_TEXT in flat(page.extract_text()) for page in reader.pages)
    assert reader.metadata.creation_date.astimezone(timezone.utc) == MADE


def test_xlsx_and_table_say_when_they_were_made():
    """The XLSX has "Stand: …" in a visible header cell, print footer and creation time; the table in its last line."""
    workbook = openpyxl.load_workbook(io.BytesIO(lists.as_xlsx([person(1)], EVENT, MADE)))
    sheet = workbook.active
    assert MADE_TEXT in [c.value for c in sheet[1]] and sheet.max_row == 2
    assert sheet.oddFooter.left.text == MADE_TEXT
    assert workbook.properties.created == MADE.replace(tzinfo=None)
    assert MADE_TEXT in exports.export([person(1)], "table", EVENT, MADE)
    assert "bestätigt" in exports.export([person(1)], "table", EVENT, MADE)
