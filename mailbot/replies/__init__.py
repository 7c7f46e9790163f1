"""Every mail the bot sends, rendered: text + HTML from templates/, headers, iCalendar. Pure."""

from .render import make_environment, render
from .request import AUTO_GENERATED_KINDS, KINDS, LANGUAGES, ReplyAttendee, ReplyRequest

__all__ = ["AUTO_GENERATED_KINDS", "KINDS", "LANGUAGES", "ReplyAttendee", "ReplyRequest",
           "make_environment", "render"]
