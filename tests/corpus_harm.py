"""What each labelled mail would make the bot DO, and whether that contradicts its label (harm).

Accuracy counts readings; organisers feel actions. Each corpus mail goes through the real reader and
the real workflow (`decide`) against a state that fits its label: for a cancellation or change the
sender and the persons concerned are registered, a quoted code belongs to them, and a reply to our
mail answers our confirmation. The action is named from the decision; parking in Review is no harm
but is counted (the organisers' workload).

Harm is an action that contradicts the label:
- a mail that is no sign-up (other, auto reply, bounce, question) is confirmed, waitlisted, asked for
  details, or changes or cancels a registration;
- a cancellation or change registers someone or answers "already registered";
- a sign-up is neither registered nor parked (forwarded only, ignored, refused);
- a cancellation cancels (or asks to cancel) someone its label does not name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")  # before the deadline, two weeks before the event

ACTIONS = {"Confirm": "confirm", "Waitlist": "waitlist", "AskForDetails": "ask", "AlreadyRegistered": "already",
           "CancelRequested": "cancel_request", "Cancelled": "cancel", "Substituted": "substitute", "Added": "add",
           "DetailsUpdated": "update", "DetailsCompleted": "update", "ForwardQuestion": "forward",
           "Refuse": "refuse", "Ignore": "ignore", "Bounce": "ignore", "NeedsReview": "review"}
REGISTERS = {"confirm", "waitlist", "ask"}
TOUCHES = REGISTERS | {"add", "substitute", "cancel", "cancel_request", "already", "update"}
KEEPS_A_SIGNUP = REGISTERS | {"already", "add", "review"}
OURS = re.compile(r"(?i)anmeldebestätigung|anmeldung@transferveranstaltung|ISEK-[A-Z2-9]{4}-[A-Z2-9]{4}")


def _norm(name: str) -> str:
    """A person's name for comparison: "Rauschenbach, Dr. Antje" and "Antje Rauschenbach" are one."""
    text = unicodedata.normalize("NFC", name)
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first} {last}"
    text = re.sub(r"(?i)\b(herr|frau|dr|prof|dipl|ing|m\.?sc|b\.?sc|mba)\b\.?-?", " ", text)
    return " ".join(text.casefold().split())


_NOT_A_PERSON = re.compile(r"(?i)bauamt|sekretariat|stadt|gemeinde|verwaltung|amt\b|büro|buero|planung|info|"
                           r"poststelle|kanzlei|bürgermeister|buergermeister|team|office|referat|abteilung")


def _answer_to(mail: Any) -> str:
    """Reply-To over From (older readers had no `answer_to`)."""
    return str((getattr(mail, "reply_to", None) or mail.from_addr or "")).strip().lower()


def _person_sender(mail: Any, label: dict[str, Any]) -> tuple[str, str] | None:
    """The sender as a registered colleague of the persons concerned, when the sender is a person not named."""
    name = (mail.from_name or "").strip()
    if len(name.split()) < 2 or _NOT_A_PERSON.search(name):
        return None
    meant = {_norm(a["name"]) for a in label["attendees"]} | {(a.get("email") or "").lower()
                                                              for a in label["attendees"]}
    if _norm(name) in meant or _answer_to(mail) in meant:
        return None
    return name, _answer_to(mail)


@dataclass(frozen=True)
class Outcome:
    action: str
    harm: str | None  # why the action contradicts the label; None when it does not


@dataclass
class HarmScore:
    n: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    harmed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def review(self) -> int:
        return self.actions["review"]

    def line(self) -> str:
        return (f"harm {len(self.harmed)} ({len(self.harmed) / self.n * 100:.1f} per 100), "
                f"review {self.review} ({self.review / self.n:.1%}); actions: "
                + ", ".join(f"{k} {v}" for k, v in self.actions.most_common()))


def state_for(label: dict[str, Any], mail: Any, understanding: Any) -> Any:
    """What the database would hold when this mail arrives, as its label implies."""
    from mailbot.models import Answered, Registered, State

    if label["intent"] not in ("cancellation", "change") and not OURS.search(mail.quoted or ""):
        return State()
    people = [(a["name"], a.get("email")) for a in label["attendees"]]
    people += [(p.name, p.email) for p in understanding.replaces]
    sender = _person_sender(mail, label)
    people += [sender] if sender else []
    codes = list(understanding.codes)
    existing = []
    for i, (name, email) in enumerate(dict.fromkeys(people)):
        code = codes[i] if i < len(codes) else f"ISEK-S{i:03d}-TATE"
        existing.append(Registered(attendee_id=i + 1, registration_id=1, name=name, email=email, status="confirmed",
                                   code=code, registration_sender=_answer_to(mail), ags=None))
    answered = Answered(kind="confirmation", codes=tuple(k.code for k in existing)) if OURS.search(
        mail.quoted or "") else None
    return State(seats_taken=len(existing), existing=tuple(existing), answered=answered)


def judge(label: dict[str, Any], decision: Any, state: Any) -> Outcome:
    action = ACTIONS.get(decision.kind, decision.kind)
    intent = label["intent"]
    if intent in ("other", "auto_reply", "bounce", "question") and action in TOUCHES:
        return Outcome(action, f"{intent} mail led to {action}")
    if intent in ("cancellation", "change") and action in REGISTERS | {"already"}:
        return Outcome(action, f"{intent} led to {action}")
    if intent == "registration" and action not in KEEPS_A_SIGNUP:
        return Outcome(action, f"sign-up neither registered nor parked ({action})")
    if intent == "cancellation" and action in ("cancel", "cancel_request"):
        names = {k.code: k.name for k in state.existing}
        concerned = {c.code for c in decision.changes if c.why == "cancelled"} if action == "cancel" else {
            c for r in decision.replies for c in r.codes}
        meant = {_norm(a["name"]) for a in label["attendees"]}
        wrong = sorted(names[c] for c in concerned if c in names and _norm(names[c]) not in meant)
        if meant and wrong:
            return Outcome(action, f"cancelled someone not meant: {', '.join(wrong)}")
    return Outcome(action, None)


@lru_cache(maxsize=None)
def outcome(eml: Path) -> Outcome:
    import json

    from mailbot.message import parse
    from mailbot.understand import read
    from mailbot.workflow import Case, decide

    label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
    mail = parse(eml.read_bytes())
    understanding = read(mail)
    state = state_for(label, mail, understanding)
    extra = {"token": lambda: "harmharmharm"} if "token" in Case.__dataclass_fields__ else {}  # older readers
    case = Case(mail=mail, understanding=understanding, state=state, event=_event(), now=NOW,
                own_addresses=frozenset({"anmeldung@transferveranstaltung.example"}),
                code=lambda: "ISEK-NEWC-ODE2", **extra)
    return judge(label, decide(case), state)


@lru_cache(maxsize=1)
def _event() -> Any:
    from mailbot.event import load_event

    return load_event(ROOT / "config" / "event.toml")


def score(emls: list[Path]) -> HarmScore:
    s = HarmScore()
    for eml in emls:
        o = outcome(eml)
        s.n += 1
        s.actions[o.action] += 1
        if o.harm:
            s.harmed.append((eml.name, o.harm))
    return s


if __name__ == "__main__":
    # python tests/corpus_harm.py DIR…: the table for those sets with the reader on sys.path (run it from a
    # worktree of an older commit to measure a blind set at first contact).
    import sys

    sys.path.insert(0, str(ROOT))
    for folder in sys.argv[1:]:
        result = score(sorted(Path(folder).glob("[0-9][0-9][0-9]-*.eml")))
        print(f"{Path(folder).name}: {result.n} mails, {result.line()}")
        for name, why in result.harmed:
            print(f"  {name}: {why}")
