"""Plain-text body conventions undone: format=flowed (RFC 3676) and inline PGP armour."""

from __future__ import annotations

import re

_PGP_MESSAGE = re.compile(r"-----BEGIN PGP MESSAGE-----.*?(?:-----END PGP MESSAGE-----|\Z)", re.S)
_PGP_SIGNED_HEAD = re.compile(r"-----BEGIN PGP SIGNED MESSAGE-----\n(?:[A-Za-z-]+: [^\n]*\n)*\n?")
_PGP_SIGNATURE = re.compile(r"\n?-----BEGIN PGP SIGNATURE-----.*?(?:-----END PGP SIGNATURE-----|\Z)", re.S)


def unflow(text: str, delsp: bool) -> str:
    """Join soft line breaks and remove space-stuffing, keeping quote depth as "> " prefixes.

    A line ending in a space continues on the next line of the same quote depth; the signature
    separator "-- " is the one line that ends in a space without being soft.
    """
    out: list[str] = []
    para: list[str] = []
    para_depth = -1
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing (and the space after quote marks)
        soft = body.endswith(" ") and body != "-- "
        if para and depth != para_depth:
            out.append(_quote(para_depth, "".join(para)))
            para = []
        if soft:
            para.append(body[:-1] if delsp else body)
            para_depth = depth
            continue
        if para:
            para.append(body)
            out.append(_quote(depth, "".join(para)))
            para = []
        else:
            out.append(_quote(depth, body))
    if para:
        out.append(_quote(para_depth, "".join(para)))
    return "\n".join(out)


def _quote(depth: int, body: str) -> str:
    return ("> " * depth if body else ">" * depth) + body if depth else body


def strip_pgp(text: str) -> tuple[str, bool]:
    """Remove inline PGP armour: a signed message keeps its content, an encrypted one is opaque.

    Returns the readable text and whether an encrypted block was found.
    """
    if "-----BEGIN PGP" not in text:
        return text, False
    encrypted = False
    if "-----BEGIN PGP MESSAGE-----" in text:
        encrypted = True
        text = _PGP_MESSAGE.sub("", text)
    if "-----BEGIN PGP SIGNED MESSAGE-----" in text:
        text = _PGP_SIGNED_HEAD.sub("", text, count=1)
        text = _PGP_SIGNATURE.sub("", text)
        text = "\n".join(line[2:] if line.startswith("- ") else line for line in text.split("\n"))
    return text, encrypted
