"""Lists for the day: the sign-in sheet and name badges (PDF, fpdf2) and the spreadsheet (XLSX, openpyxl).

fpdf2's built-in fonts only know Latin-1, so umlauts, „quotes“ and dashes need a Unicode TrueType
font: DejaVu Sans, taken from matplotlib's data folder (a dependency, so it is always installed).
Column labels sit next to those of the CSV export (exports.COLUMNS), which they extend.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from . import exports
from .event import Event
from .models import AttendeeRecord
from .replies.dates import day
from .replies.render import family_name

SHEET_TITLE = "Teilnehmerliste"
SHEET_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Nr.", 10), ("Name", 52), ("Organisation", 56), ("Kommune", 32), ("Unterschrift", 30))
PAGE_LABEL = "Seite {page} von {pages}"
WAITLIST_MARK = " (Warteliste)"
XLSX_SHEET = "Anmeldungen"
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "du", "zu", "zum", "zur", "vom", "di", "da", "ten", "ter"})


def font_files() -> tuple[Path, Path]:
    """DejaVu Sans regular and bold, as shipped with matplotlib."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


def sort_key(record: AttendeeRecord) -> tuple[str, str]:
    """By family name, then the full name; umlauts sort with their base letter (Ä with A), as in a phone book."""
    words = family_name(record.name).split()
    while len(words) > 1 and words[0].lower() in _PARTICLES:  # "von der Heide" under H (DIN 5007)
        words = words[1:]
    return (_fold(" ".join(words)), _fold(record.name))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


def on_the_list(records: Sequence[AttendeeRecord]) -> list[AttendeeRecord]:
    """Everyone who may come (cancelled people never), sorted by family name."""
    return sorted((r for r in records if r.status != "cancelled"), key=sort_key)


def display_name(record: AttendeeRecord) -> str:
    return f"{record.title} {record.name}" if record.title else record.name


class _Pdf(FPDF):
    def __init__(self, event: Event, header_lines: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        regular, bold = font_files()
        self.add_font("DejaVu", "", str(regular))
        self.add_font("DejaVu", "B", str(bold))
        self.event = event
        self.header_lines = header_lines
        self.set_title(event.title)
        self.set_creator("mailbot")
        self.set_creation_date(datetime.combine(event.date, event.start_time, event.tz))

    def fit(self, text: str, width: float) -> str:
        """Cut a text with an ellipsis so it fits `width` mm in the current font."""
        text = " ".join(str(text or "").split())
        if self.get_string_width(text) <= width - 2:
            return text
        while text and self.get_string_width(text + "…") > width - 2:
            text = text[:-1]
        return text.rstrip() + "…"

    def header(self) -> None:
        if not self.header_lines:
            return
        self.set_font("DejaVu", "B", 13)
        self.multi_cell(0, 6, self.event.title, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 10)
        venue = self.event.venue
        when = (f"{day(self.event.date, 'de')}, {self.event.start_time:%H:%M}–{self.event.end_time:%H:%M} Uhr · "
                f"{venue.name}, {venue.city}")
        self.multi_cell(0, 5, when, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 12)
        self.cell(0, 9, SHEET_TITLE, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 9)
        self.set_fill_color(225, 230, 238)
        for label, width in SHEET_COLUMNS:
            self.cell(width, 7, label, border=1, fill=True)
        self.ln(7)

    def footer(self) -> None:
        if not self.header_lines:
            return
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, PAGE_LABEL.format(page=self.page_no(), pages="{nb}"), align="C")


def sign_in_sheet(records: Sequence[AttendeeRecord], event: Event) -> bytes:
    """The registration desk's list: one row per person with room to sign, title and page numbers on each page."""
    pdf = _Pdf(event, header_lines=True)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    row_height = 9.0
    for number, record in enumerate(on_the_list(records), start=1):
        if pdf.will_page_break(row_height):
            pdf.add_page()
        pdf.set_font("DejaVu", "", 9)
        fill = number % 2 == 0
        pdf.set_fill_color(246, 247, 250)
        name = display_name(record) + (WAITLIST_MARK if record.status == "waitlisted" else "")
        cells = (str(number), name, record.organisation or "", record.municipality or "", "")
        for (_, width), text in zip(SHEET_COLUMNS, cells):
            pdf.cell(width, row_height, pdf.fit(text, width), border=1, fill=fill)
        pdf.ln(row_height)
    return bytes(pdf.output())


BADGE_W, BADGE_H, BADGE_COLS, BADGE_ROWS = 90.0, 55.0, 2, 5


def badges(records: Sequence[AttendeeRecord], event: Event) -> bytes:
    """Name badges, 90 × 55 mm (the common insert size), 2 × 5 on each A4 sheet, with light cut lines."""
    pdf = _Pdf(event, header_lines=False)
    pdf.set_auto_page_break(False)
    left = (pdf.w - BADGE_COLS * BADGE_W) / 2
    top = (pdf.h - BADGE_ROWS * BADGE_H) / 2
    people = on_the_list(records)
    per_page = BADGE_COLS * BADGE_ROWS
    for index, record in enumerate(people):
        if index % per_page == 0:
            pdf.add_page()
        slot = index % per_page
        x, y = left + (slot % BADGE_COLS) * BADGE_W, top + (slot // BADGE_COLS) * BADGE_H
        _badge(pdf, record, event, x, y)
    if not people:
        pdf.add_page()
    return bytes(pdf.output())


def _badge(pdf: _Pdf, record: AttendeeRecord, event: Event, x: float, y: float) -> None:
    pad = 6.0
    inner = BADGE_W - 2 * pad
    pdf.set_draw_color(190, 190, 190)
    pdf.rect(x, y, BADGE_W, BADGE_H)
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(x + pad, y + 5)
    pdf.cell(inner, 5, pdf.fit(event.short_title, inner), align="C")
    pdf.set_text_color(0, 0, 0)
    name = display_name(record)
    size = 18.0
    pdf.set_font("DejaVu", "B", size)
    while size > 10 and pdf.get_string_width(name) > inner - 2:
        size -= 1
        pdf.set_font("DejaVu", "B", size)
    pdf.set_xy(x + pad, y + 18)
    pdf.cell(inner, 10, pdf.fit(name, inner), align="C")
    pdf.set_font("DejaVu", "", 10)
    org = " ".join((record.organisation or record.municipality or "").split())
    lines = pdf.multi_cell(inner, 5, org, dry_run=True, output="LINES") if org else []
    if len(lines) > 2:
        lines = [lines[0], pdf.fit(lines[1] + " " + lines[2], inner)]
    for n, text in enumerate(lines):
        pdf.set_xy(x + pad, y + 32 + n * 5.5)
        pdf.cell(inner, 5, text, align="C")
    pdf.set_draw_color(0, 0, 0)


def as_xlsx(records: Sequence[AttendeeRecord], event: Event) -> bytes:
    """All columns of the CSV export; a bold, frozen header row with filters; widths that fit the content."""
    wb = Workbook()
    ws = wb.active
    ws.title = XLSX_SHEET
    keys = [key for key, _ in exports.COLUMNS]
    ws.append([head for _, head in exports.COLUMNS])
    table = exports.rows(records, event)
    for record, texts in zip(records, table):
        row: list[object] = list(texts)
        row[keys.index("registered_at")] = record.registered_at.astimezone(event.tz).replace(tzinfo=None)
        row[keys.index("waitlist_position")] = record.waitlist_position
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE3EE")
        cell.alignment = Alignment(vertical="center")
    date_col = keys.index("registered_at") + 1
    for (cell,) in ws.iter_rows(min_row=2, min_col=date_col, max_col=date_col):
        cell.number_format = "DD.MM.YYYY HH:MM"
    for index, (_, head) in enumerate(exports.COLUMNS, start=1):
        texts = [head] + [r[index - 1] for r in table]
        width = max(len(s) for s in texts) + 2
        ws.column_dimensions[get_column_letter(index)].width = min(max(width, 8), 50)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(1, len(records) + 1)}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
