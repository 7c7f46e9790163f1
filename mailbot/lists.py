"""Lists for the day: the sign-in sheet and name badges (PDF, fpdf2) and the spreadsheet (XLSX, openpyxl).

fpdf2's built-in fonts only know Latin-1, so umlauts, „quotes“ and dashes need a Unicode TrueType
font: DejaVu Sans, taken from matplotlib's data folder (a dependency, so it is always installed).
Column labels sit next to those of the CSV export (exports.COLUMNS), which they extend.
Texts are never cut: they wrap or shrink (`_Pdf.block`). Every list says when it was made ("Stand: …"),
from the caller's `now`; nothing here reads the clock, so the same data and `now` give the same list.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, UTC
from pathlib import Path
from typing import cast

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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


@dataclass(frozen=True)
class _Style:
    """How a text may be set: its start size (pt), the smallest size that still keeps it on one line,
    the smallest size at all, and how high (mm) its lines may stack before the font shrinks further."""

    bold: bool
    size: float
    one_line_min: float
    min_size: float
    max_height: float


@dataclass(frozen=True)
class _Block:
    """A text broken into lines at one font size, ready to be drawn into a box."""

    lines: tuple[str, ...]
    bold: bool
    size: float

    @property
    def line_height(self) -> float:
        return self.size * LINE_SPACING * 25.4 / 72

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


LINE_SPACING = 1.2
SHEET_TEXT = _Style(bold=False, size=9, one_line_min=8, min_size=7, max_height=16)  # four lines at 9 pt
# The badge's bands (mm from its top edge, height from the style): event, name, organisation.
BADGE_TITLE = _Style(bold=False, size=8, one_line_min=7, min_size=6, max_height=8)
BADGE_NAME = _Style(bold=True, size=18, one_line_min=14, min_size=10, max_height=18)
BADGE_ORG = _Style(bold=False, size=10, one_line_min=9, min_size=7, max_height=16)
BADGE_BANDS = ((3.0, BADGE_TITLE), (13.0, BADGE_NAME), (33.0, BADGE_ORG))
_STEP = 0.5


class _Pdf(FPDF):
    def __init__(self, event: Event, now: datetime, header_lines: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        regular, bold = font_files()
        self.add_font("DejaVu", "", str(regular))
        self.add_font("DejaVu", "B", str(bold))
        self.event = event
        self.made_at = exports.made_at(now, event)
        self.header_lines = header_lines
        self.set_title(event.title)
        self.set_creator("mailbot")
        self.set_creation_date(now)

    def block(self, text: str, width: float, style: _Style) -> _Block:
        """The whole text for a box `width` mm wide: on one line if a slightly smaller font allows it,
        else wrapped (at spaces and after hyphens) and shrunk until its lines fit `style.max_height`.
        Nothing is ever cut: at the smallest size it takes as many lines as it needs."""
        text = " ".join(str(text or "").split())
        usable = width - 2 * self.c_margin
        tries = [(size, True) for size in _sizes(style.size, style.one_line_min)]
        tries += [(size, False) for size in _sizes(style.size, style.min_size)]
        for size, one_line in tries:
            self.set_font("DejaVu", "B" if style.bold else "", size)
            lines = self.wrap(text, usable)
            if lines is None:
                continue
            block = _Block(tuple(lines), style.bold, size)
            if len(lines) <= 1 or (not one_line and block.height <= style.max_height):
                return block
        # output="LINES" makes multi_cell return the lines; fpdf2 types the result as the union of all outputs
        lines = self.wrap(text, usable) or cast(list[str], self.multi_cell(width, 5, text, dry_run=True,
                                                                          output="LINES"))
        return _Block(tuple(lines), style.bold, style.min_size)

    def wrap(self, text: str, usable: float) -> list[str] | None:
        """Lines of at most `usable` mm in the current font, broken at spaces or after a hyphen
        ("Zeulenroda-" / "Triebes"); None when a single piece is too wide, so the caller shrinks the font."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            for n, piece in enumerate(re.split(r"(?<=-)(?=[^-])", word)):
                trial = current + ("" if n else " ") + piece if current else piece
                if self.get_string_width(trial) <= usable:
                    current = trial
                elif self.get_string_width(piece) > usable:
                    return None
                else:
                    lines.append(current)
                    current = piece
        return lines + [current] if current else lines

    def draw(self, block: _Block, x: float, y: float, width: float, height: float, align: str = "L") -> None:
        """The block's lines, vertically centred in the box at (x, y)."""
        self.set_font("DejaVu", "B" if block.bold else "", block.size)
        top = y + (height - block.height) / 2
        for n, line in enumerate(block.lines):
            self.set_xy(x, top + n * block.line_height)
            self.cell(width, block.line_height, line, align=align)

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
        """Every page says when the list was made, so an old printout is recognisable at the desk."""
        if self.header_lines:
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 6, f"{self.made_at} · {PAGE_LABEL.format(page=self.page_no(), pages='{nb}')}", align="C")
            return
        self.set_xy(self.l_margin, -9)  # badges: below the grid, in the margin that is cut away
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.made_at, align="C")
        self.set_text_color(0, 0, 0)


def _sizes(start: float, stop: float) -> list[float]:
    """Font sizes from `start` down to `stop` in half points."""
    count = max(0, round((start - stop) / _STEP))
    return [start - n * _STEP for n in range(count + 1)]


def sign_in_sheet(records: Sequence[AttendeeRecord], event: Event, now: datetime) -> bytes:
    """The registration desk's list: a row per person with room to sign; title, page number and "Stand" on each page."""
    pdf = _Pdf(event, now, header_lines=True)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    for number, record in enumerate(on_the_list(records), start=1):
        _sheet_row(pdf, number, record)
    return bytes(pdf.output())


ROW_HEIGHT, ROW_PAD = 9.0, 1.5


def _sheet_row(pdf: _Pdf, number: int, record: AttendeeRecord) -> None:
    """One row; a long name, organisation or place wraps and the whole row (signature box too) grows with it."""
    name = display_name(record) + (WAITLIST_MARK if record.status == "waitlisted" else "")
    texts = (str(number), name, record.organisation or "", record.municipality or "", "")
    blocks = [pdf.block(text, width, SHEET_TEXT) for (_, width), text in zip(SHEET_COLUMNS, texts)]
    height = max(ROW_HEIGHT, *(b.height + 2 * ROW_PAD for b in blocks))
    if pdf.will_page_break(height):
        pdf.add_page()
    x, y = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(246, 247, 250)
    for (_, width), block in zip(SHEET_COLUMNS, blocks):
        pdf.rect(x, y, width, height, style="DF" if number % 2 == 0 else "D")
        pdf.draw(block, x, y, width, height)
        x += width
    pdf.set_xy(pdf.l_margin, y + height)


BADGE_W, BADGE_H, BADGE_COLS, BADGE_ROWS = 90.0, 55.0, 2, 5


def badges(records: Sequence[AttendeeRecord], event: Event, now: datetime) -> bytes:
    """Name badges, 90 × 55 mm (the common insert size), 2 × 5 on each A4 sheet, with light cut lines."""
    pdf = _Pdf(event, now, header_lines=False)
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
    """Event, name and organisation each in a fixed band, so badges look alike however long the texts are."""
    pad = 6.0
    inner = BADGE_W - 2 * pad
    pdf.set_draw_color(190, 190, 190)
    pdf.rect(x, y, BADGE_W, BADGE_H)
    texts = (event.short_title, display_name(record), record.organisation or record.municipality or "")
    for (top, style), text in zip(BADGE_BANDS, texts):
        pdf.set_text_color(*((90, 90, 90) if style is BADGE_TITLE else (0, 0, 0)))
        pdf.draw(pdf.block(text, inner, style), x + pad, y + top, inner, style.max_height, align="C")
    pdf.set_draw_color(0, 0, 0)


def as_xlsx(records: Sequence[AttendeeRecord], event: Event, now: datetime) -> bytes:
    """All columns of the CSV export, status and type in German; a bold, frozen header row with filters;
    widths that fit the content; when it was made beside the header, in the print footer and the properties."""
    wb = Workbook()
    ws = wb.active
    ws.title = XLSX_SHEET
    keys = [key for key, _ in exports.COLUMNS]
    ws.append([head for _, head in exports.COLUMNS])
    table = exports.rows(records, event, labelled=True)
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
    _stamp(wb, ws, now, event, column=len(keys) + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _stamp(wb: Workbook, ws: Worksheet, now: datetime, event: Event, column: int) -> None:
    """"Stand: …" in the frozen header row, one column right of the table (so the table keeps row 1 as its
    header and its filter), in the printed footer, and as the creation time (UTC, as the format wants)."""
    text = exports.made_at(now, event)
    cell = ws.cell(1, column, text)
    cell.font = Font(italic=True, color="555555")
    cell.alignment = Alignment(vertical="center")
    ws.column_dimensions[get_column_letter(column)].width = len(text) + 2
    ws.oddFooter.left.text = text
    wb.properties.created = now.astimezone(UTC).replace(tzinfo=None)
