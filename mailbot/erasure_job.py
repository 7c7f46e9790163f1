"""Erasures (Art. 17 DSGVO) in the mailbox: the mails of a person whose data was erased leave the IMAP folders
(the watched folder, Processed and Review; the request itself included) at the next pass after the erasure.

The database part happened in the deciding transaction (store/decisions.py); what is left is a list of dedupe
keys per erasure, emptied here once the folders are clean, so only "an erasure at <time>" remains.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from .intake import Mailbox
from .store import dedupe_key, message_id_of

if TYPE_CHECKING:
    from .jobs import Context

log = logging.getLogger(__name__)


def erase_from_mailbox(ctx: Context, box: Mailbox | None, now: datetime) -> int:
    """Delete the erased persons' mails from the folders; without a mailbox (mail came by `import`) there is
    nothing to delete. Returns how many mails went; the log line has counts only."""
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
    ctx.store.erasures_done(pending, now)
    log.info("erasure: %d mail(s) deleted from the mailbox for %d erasure(s)", deleted, len(pending))
    return deleted
