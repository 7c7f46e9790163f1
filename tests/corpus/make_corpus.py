"""Regenerate examples/inbox/*.eml and tests/corpus/NNN-*.eml/.json from the case definitions in gen/.

Run: .venv/bin/python tests/corpus/make_corpus.py  (deterministic: same bytes every run)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen.cases import corpus  # noqa: E402
from gen.common import ROOT, write  # noqa: E402
from gen.examples import examples  # noqa: E402


def main() -> None:
    inbox = ROOT / "examples" / "inbox"
    for old in inbox.glob("*.eml"):
        old.unlink()
    write(examples(), inbox, with_json=False)
    for old in list(HERE.glob("[0-9][0-9][0-9]-*.eml")) + list(HERE.glob("[0-9][0-9][0-9]-*.json")):
        old.unlink()
    write(corpus(), HERE)


if __name__ == "__main__":
    main()
