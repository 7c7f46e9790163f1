"""HTML mail → plain text a reader can split: lines, table rows, and blockquotes as "> " quotes.

Outlook/Word HTML puts every line in <p class=MsoNormal> and every table cell in more <p>s; webmail
wraps the whole mail in layout tables. So a table row becomes "a | b" only when each cell is a
single line, and a row of multi-line cells stays a stack of lines. Blockquotes get "> " prefixes so
the quote splitter sees Gmail and Apple quotes the same way as plain-text ones.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

MAX_HTML = 1_000_000  # characters of HTML converted
MAX_NODES = 100_000  # DOM nodes walked
MAX_NESTING = 400  # deeper HTML is stripped by regex: lexbor's tree building is quadratic in depth
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param",
                   "embed", "track", "p", "li", "td", "th", "tr", "dt", "dd", "option", "o:p", "!doctype"})
_TAG = re.compile(r"<(/?)([A-Za-z!][A-Za-z0-9:!-]{0,30})[^>]{0,2000}?(/?)>")
_BREAK_TAGS = re.compile(r"<(br|/p|/div|/tr|/li|/h[1-6]|/table)\b[^>]{0,2000}>", re.I)

_SKIP = frozenset({"head", "style", "script", "title", "meta", "link", "noscript", "template", "svg",
                   "object", "iframe", "xml", "o:smarttagtype"})
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                    "ul", "ol", "table", "pre", "hr", "address", "center", "form", "fieldset", "dl", "dt",
                    "dd", "caption", "main", "nav", "aside", "figure", "tbody", "thead", "tfoot", "body"})
_WS = re.compile(r"[ \t\r\n\f\u200b]+")
_BLANKS = re.compile(r"\n{3,}")
# "Lena&#13;&#10;Bcc: x@…": a line break written as a character reference, then a header name. Nobody types
# that; it is a try to smuggle a header into a name (a browser shows it as a space, so the text is kept).
_BREAK_REF = r"&#(?:0*1[03]|x0*[ad]);|&NewLine;"
ENCODED_HEADER = re.compile(rf"(?i)(?:{_BREAK_REF})\s*(?:(?:{_BREAK_REF})\s*)*"
                            r"(?:bcc|cc|to|from|subject|reply-to|sender|content-type)\s*:")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML part declares for itself, for parts whose MIME header forgot it."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


class _Out:
    """Text buffers: one per open cell or blockquote, so each can be post-processed on close."""

    def __init__(self) -> None:
        self.buffers: list[list[str]] = [[]]
        self.rows: list[list[str]] = []
        self.pre = 0

    def emit(self, text: str) -> None:
        self.buffers[-1].append(text)

    def newline(self) -> None:
        buf = self.buffers[-1]
        if buf and not buf[-1].endswith("\n"):
            buf.append("\n")

    def push(self) -> None:
        self.buffers.append([])

    def pop(self) -> str:
        return _tidy("".join(self.buffers.pop()))


def _tidy(text: str) -> str:
    lines = [line.strip(" ") for line in text.replace("\xa0", " ").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def html_to_text(html: str) -> tuple[str, bool]:
    """Readable text of an HTML body; the flag says it was cut at MAX_HTML."""
    truncated = len(html) > MAX_HTML
    if truncated:
        html = html[:MAX_HTML]
    if html.count("<") > 5000 and _too_deep(html):
        return _strip_tags(html), True
    try:
        tree = LexborHTMLParser(html)
        root = tree.body or tree.root
    except Exception:
        return _WS.sub(" ", re.sub(r"<[^>]*>", " ", html)).strip(), truncated
    if root is None:
        return "", truncated
    out = _Out()
    stack: list[tuple[object, bool]] = [(root, False)]
    budget = MAX_NODES
    while stack:
        budget -= 1
        if budget < 0:
            truncated = True
            break
        node, leaving = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if leaving:
            _end(tag, out)
            continue
        if tag == "-text":
            text = node.text_content or ""  # type: ignore[attr-defined]
            if not out.pre:
                text = _WS.sub(" ", text)
                buf = out.buffers[-1]
                if text.startswith(" ") and (not buf or buf[-1].endswith(("\n", " "))):
                    text = text[1:]
            if text:
                out.emit(text)
            continue
        if tag is None or tag.startswith("-") or tag in _SKIP:
            continue
        _start(tag, out)
        stack.append((node, True))
        kids = []
        child = node.child  # type: ignore[attr-defined]
        while child is not None:
            kids.append(child)
            child = child.next
        stack.extend((kid, False) for kid in reversed(kids))
    while len(out.buffers) > 1:  # unclosed cells in truncated HTML
        text = out.pop()
        out.emit(text)
    return _tidy("".join(out.buffers[0])), truncated


def _start(tag: str, out: _Out) -> None:
    if tag == "br":
        out.emit("\n")
    elif tag == "tr":
        out.newline()
        out.rows.append([])
    elif tag in ("td", "th", "blockquote"):
        out.push()
    elif tag == "li":
        out.newline()
        out.emit("- ")
    elif tag in _BLOCK:
        if tag == "pre":
            out.pre += 1
        out.newline()


def _end(tag: str, out: _Out) -> None:
    if tag in ("td", "th"):
        text = out.pop()
        if out.rows:
            out.rows[-1].append(text)
        else:
            out.emit(text + " ")
    elif tag == "tr":
        cells = out.rows.pop() if out.rows else []
        while cells and not cells[-1]:
            cells.pop()
        if cells and all("\n" not in c for c in cells):
            out.emit(" | ".join(cells))
        else:
            out.emit("\n".join(c for c in cells if c))
        out.emit("\n")
    elif tag == "blockquote":
        text = out.pop()
        out.newline()
        if text:
            out.emit("\n".join("> " + line if line else ">" for line in text.split("\n")) + "\n")
    elif tag in _BLOCK or tag == "li":
        if tag == "pre":
            out.pre = max(0, out.pre - 1)
        out.newline()


def _too_deep(html: str) -> bool:
    depth = 0
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if name in _VOID or match.group(3):
            continue
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > MAX_NESTING:
                return True
    return False


def _strip_tags(html: str) -> str:
    """Crude text for HTML too hostile for a DOM: line breaks at block ends, tags dropped."""
    from html import unescape

    text = _BREAK_TAGS.sub("\n", html)
    text = re.sub(r"<[^>]{0,2000}>", " ", text)
    return _tidy("\n".join(_WS.sub(" ", line) for line in unescape(text).split("\n")))
