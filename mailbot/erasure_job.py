"""Erasures (Art. 17 DSGVO) in the mailbox and the outbox folder: the mails of a person whose data was erased leave
the IMAP folders (the watched folder, Processed and Review; the request itself included), and the file transport's
.eml files of the mails deleted from the outbox leave its folder, at the next pass after the erasure.

The database part happened in the deciding transaction (store/privacy.py); what is left is a list of keys per
erasure (dedupe keys of the mails; `out:` + Message-ID of the outbox mails), emptied here once both places are
clean, so only "an erasure at <time>" remains.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .intake import Mailbox
from .store import dedupe_key, message_id_of
from .transports import outbox_files

if TYPE_CHECKING:
    from .jobs import Context

log = logging.getLogger(__name__)


def erase_from_mailbox(ctx: Context, box: Mailbox | None, now: datetime) -> int:
    """Delete the erased persons' mails from the folders (without a mailbox, when mail came by `import`, there are
    none) and the .eml files of their deleted outbox mails. Returns how many mails went; the log line has counts
    only."""
    pending = ctx.store.pending_erasures()
    if not pending:
        return 0
    wanted = set().union(*pending.values())
    deleted = 0
    if box is not None and wanted:
        imap = ctx.settings.imap
        for folder in dict.fromkeys((imap.folder, imap.processed_folder, imap.review_folder)):
            if not box.folder_exists(folder):
                continue
            box.select(folder)
            uids = [m.uid for batch in box.all_mails(imap.batch_size) for m in batch
                    if dedupe_key(message_id_of(m.raw), m.raw) in wanted]
            box.delete(uids)
            deleted += len(uids)
    files = erase_outbox_files(ctx.settings.outbox_dir, {k[4:] for k in wanted if k.startswith("out:")})
    ctx.store.erasures_done(pending, now)
    log.info("erasure: %d mail(s) deleted from the mailbox and %d .eml file(s) from the outbox folder for %d "
             "erasure(s)", deleted, files, len(pending))
    return deleted


def erase_outbox_files(directory: Path, message_ids: set[str]) -> int:
    """Delete the file transport's .eml files whose Message-ID is one of `message_ids` (matched by content: the
    file's name holds the outbox row's number, which a later row may take again). Returns how many went."""
    if not message_ids:
        return 0
    gone = 0
    for path in outbox_files(directory):
        try:
            with path.open("rb") as f:
                head = f.read(65536)
        except OSError:
            continue
        if message_id_of(head) in message_ids:
            path.unlink(missing_ok=True)
            gone += 1
    return gone
