"""Organisers' answers and CLI arguments → Command values (pure). The workflow turns them into decisions."""

from .parse import Command, Referenced, read_commands, referenced
from .tokens import desk_message_id, new_token, subject_tag, tokens_in, without_tags

__all__ = ["Command", "Referenced", "referenced", "desk_message_id", "new_token", "read_commands", "subject_tag", "tokens_in", "without_tags"]
