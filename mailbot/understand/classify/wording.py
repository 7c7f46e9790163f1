"""What the sender's own words ask for: change, cancellation, registration, question, or an advert.

A registration needs a present commitment ("melde … an", "nehme teil", "wir kommen"); promised for
later ("die Anmeldung schicken wir gesondert") or on a condition ("falls ja, …") it is a question.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from ..phrases import Phrases
from ..substitution import sender_replaced
from ..text import sentences
from .facts import Facts
from .material import wants_material
from .phrasebook import (
    ADD as _ADD,
    ADVERT as _ADVERT,
    ALREADY,
    BRING as _BRING,
    CANCEL as _CANCEL,
    CORRECT as _CORRECT,
    DEFERRED as _DEFERRED,
    DENIED as _DENIED,
    CARE as _CARE,
    DETAIL as _DETAIL,
    EXISTING as _EXISTING,
    INDIRECT as _INDIRECT,
    NEEDS as _NEEDS,
    NEW_ADDRESS as _NEW_ADDRESS,
    OTHER_ADDRESS as _OTHER_ADDRESS,
    PARTIAL as _PARTIAL,
    POLITE as _POLITE,
    QUESTION as _QUESTION,
    RECEIPT_CONDITION as _RECEIPT_CONDITION,
    REFUSAL as _REFUSAL,
    REGISTER as _REGISTER,
    REGISTERS_OTHERS as _REGISTERS_OTHERS,
    SELF_REG as _SELF_REG,
    SUBSTITUTE as _SUBSTITUTE,
    TENTATIVE as _TENTATIVE,
    TRAVEL_ONLY as _TRAVEL_ONLY,
)

# The wording lives in phrasebook/ as named phrase tables; a rule's reason cites the phrase that matched
# ("cancel_phrase withdraw_split: „ziehen unsere Anmeldung zurück“"), so a wrong reading points at its rule.


def _cite_first(*tries: tuple[Phrases, str]) -> str | None:
    """The first (table, text) whose table matches the text, cited with the phrase's name; None when none does."""
    for table, text in tries:
        m = table.search(text)
        if m:
            return table.cite(m)
    return None


def advert_rule(f: Facts) -> str | None:
    """Invitations to other events and sales mail use our words ("anmelden") but register nobody."""
    m = _ADVERT.search(f.text)
    if m and not f.has_people and not f.reply_to_us and not _SELF_REG.search(f.statements):
        return _ADVERT.cite(m)
    return None


@functools.lru_cache(maxsize=8)  # the rules ask it of the same words several times for one mail
def _cancelled(text: str) -> re.Match[str] | None:
    for m in _CANCEL.finditer(text):
        if not _PARTIAL.search(m.group(0)) and not _DENIED.search(text[max(0, m.start() - 20): m.start()]):
            return m
    return None


def change_rule(f: Facts) -> str | None:
    text = f.statements
    existing = f.reply_to_us or bool(_EXISTING.search(text)) or bool(
        re.search(r"(?i)änderung|korrektur|nachtrag|ergänzung|nachmeldung|vertretung", f.subject))
    substitute = _cite_first((_SUBSTITUTE, text))
    if substitute and (f.has_people or existing):
        return f"a substitute for a registered person: {substitute}"
    if f.has_people and sender_replaced(text):
        return "a substitute takes the sender's place"
    if _cancelled(text):
        return None
    asked = _without_permission_questions(f.text)
    if existing and f.has_people and (added := _cite_first((_ADD, text), (_ADD, asked), (_BRING, asked))):
        return f"an additional person for an existing registration: {added}"
    if existing and (corrected := _cite_first((_CORRECT, text))):
        return f"corrected details for an existing registration: {corrected}"
    address = _cite_first((_NEW_ADDRESS, text)) or (_cite_first((_OTHER_ADDRESS, text)) if existing else None)
    if address:
        return f"a new address for an existing registration: {address}"
    fresh_subject = bool(re.search(r"(?i)^\s*anmeldung\b", f.subject)) and not (
        re.match(r"(?i)\s*(?:re|aw|antw|sv)\s*:", f.mail.subject or "") or _EXISTING.search(text))
    # travel alone beside a question is the question's context ("ich komme mit dem Zug – gibt es einen Bus?")
    travel_question = (not _NEEDS.search(text) and bool(_TRAVEL_ONLY.search(text))
                       and any(asks(s) for s in sentences(f.text)))
    if existing and (detail := _cite_first((_DETAIL, text))) and not fresh_subject and not travel_question and not (
            _about_someone_unnamed(text, f) and _asks_anything(f.text)):
        return f"new details for an existing registration: {detail}"
    # "Ich bin angemeldet. Kann ich vegetarisches Essen bekommen?": a need of someone registered, asked as a
    # question, is still theirs to record; the question goes to the organisers with the change (Understanding.question)
    if existing and not fresh_subject and (need := _cite_first((_CARE, f.text))) and not (
            _about_someone_unnamed(f.text, f)):
        return f"a need of an existing registration, asked as a question: {need}"
    if f.details_reply and not _cancelled(text) and text.strip():
        return "details supplied in answer to our request for missing details"
    return None


# "Ein Kollege, der bereits angemeldet ist, sitzt im Rollstuhl. Gibt es einen Aufzug?": the detail is about
# someone the mail does not name, and the mail asks: context of the question, no change to anyone's entry.
_UNNAMED_OTHER = re.compile(r"(?i)\b(?:ein(?:e|er)?\s+(?:\S+\s+){0,2}?(?:kollegen?|kollegin|mitarbeiter(?:in)?|person|"
                            r"teilnehmer(?:in)?)|jemand)\b")


def _about_someone_unnamed(text: str, f: Facts) -> bool:
    """The detail's sentence speaks of a colleague the mail does not name (and nobody is named)."""
    return not f.has_people and any(_UNNAMED_OTHER.search(s) and _DETAIL.search(s) for s in sentences(text))


def _asks_anything(text: str) -> bool:
    """A direct question, or an indirect one anywhere ("… und wollte fragen, ob …")."""
    return bool(_QUESTION.search(text) or _INDIRECT.search(text))


# "Darf ich Frau X mitbringen? Falls ja, …": asks leave and waits for the answer; it adds nobody yet.
_PERMISSION = re.compile(r"(?i)^\W*(?:darf|dürfen|dürfte|dürften)\s+(?:ich|wir)\b|\b(?:ist\s+es|wäre\s+es)\s+"
                         r"(?:\S+\s+){0,2}?(?:möglich|erlaubt|in\s+ordnung)\b")


_IF_YES = re.compile(r"(?i)\b(?:falls|wenn|sofern)\s+(?:ja|das\s+(?:geht|klappt|möglich\s+ist)|es\s+(?:geht|klappt|"
                     r"möglich\s+ist)|möglich)\b")


def _leave_asked(sentence: str) -> bool:
    return asks(sentence) and bool(_PERMISSION.search(sentence))


def _asks_leave(text: str) -> bool:
    """Whether the text asks leave to bring or register someone ("Darf ich …?") and waits for the answer
    ("Falls ja, melde ich sie nach"); without that wait, the request itself adds the person."""
    return bool(_IF_YES.search(text)) and any(_leave_asked(s) for s in sentences(text))


def _without_permission_questions(text: str) -> str:
    """The text without questions that ask leave to bring someone, when the mail waits for our answer to them
    ("Falls ja, …"); else the text as it is (the request itself adds the person)."""
    if not _IF_YES.search(text):
        return text
    return "\n".join(s for s in sentences(text) if not _leave_asked(s))


def signs_up(text: str) -> bool:
    """Whether a (forwarded) text asks to be registered and cancels nothing: "Kannst du mich anmelden?"."""
    return not _cancelled(text) and any(_commitment(s) for s in sentences(text))


def cancel_rule(f: Facts) -> str | None:
    if f.forwards_signup:
        return None  # "anbei die Anmeldung von Frau X; ich selbst bin verhindert": the forwarder just won't come
    if f.has_people and not f.reply_to_us and _REGISTERS_OTHERS.search(f.statements) and not _SUBSTITUTE.search(
            f.statements):
        return None  # "ich selbst bin verhindert, melde aber Herrn X an": a registration of others
    # the subject of our own mail ("AW: Abmeldung bestätigt") says what we did, not what the writer wants
    m = _cancelled(f.statements) or (None if f.terms.our_subject.search(f.mail.subject or "") else _cancelled(f.subject))
    if m and (_QUESTION.search(f.text) or wants_material(f.text)) and not f.reply_to_us and not _EXISTING.search(f.text) and not f.has_people \
            and not re.search(r"(?i)absage|abmeld|storn", f.subject):
        return None  # "kann leider nicht teilnehmen – gibt es die Folien?": asks, cancels nothing
    return _CANCEL.cite(m) if m else None


def refuses(text: str) -> str | None:
    """The wording that refuses our request to confirm ("Nein", "bitte nicht stornieren"), cited; else None."""
    return _cite_first((_REFUSAL, text))


_KEYWORDS = ("anmeldung", "anmelden", "teilnahme", "teilnehmen", "hiermit")

_SPELLED = re.compile(r"^(?:an|ab|vor|nach|um)?meld|^teilne?h?m|^teilnahm|^hiermit$")


def _fuzzy_register(text: str) -> str | None:
    """Typos in the key words ("Anmedlung", "teilnehmn") still register; correctly spelled words had their turn."""
    for word in re.findall(r"[A-Za-zÄÖÜäöüß]{7,}", text):
        w = word.lower()
        if _SPELLED.match(w):
            continue
        for key in _KEYWORDS[:4]:
            if w[0] == key[0] and fuzz.ratio(w, key) >= 85:
                return word
    return None


# "Die Teilnahme ist kostenfrei", "dass die Teilnahme …": the event's participation in general, nobody's commitment.
_GENERIC_TAKING_PART = re.compile(r"(?i)\b(?:die|der|eine|einer)\s+(?:\w+\s+)?$")
_COMMITS = re.compile(r"(?i)bestätig|zusag|zeige|anmeld|melde|hiermit|gern|confirm")


def _commitment(sentence: str) -> re.Match[str] | None:
    """The first registration wording in the sentence that commits someone (not a remark about participation)."""
    for m in _REGISTER.finditer(sentence):
        if (m.group(0).lower().startswith("teilnahme") and _GENERIC_TAKING_PART.search(sentence[: m.start()])
                and not _COMMITS.search(sentence)):
            continue
        return m
    return None


# Subjects of our own mails, answered with "AW:": "Anmeldung bestätigt", "Anmeldebestätigung", "Erinnerung".
_OUR_SUBJECT = re.compile(r"(?i)bestätig|warteliste|erinnerung|fehlende\s+angaben|rückfrage|reminder|confirm")


def _tentative(sentence: str) -> bool:
    return bool(_TENTATIVE.search(_RECEIPT_CONDITION.sub(" ", sentence)))


# "Wir würden gern mit drei Personen teilnehmen. Ist das möglich?": a wish that asks first is a question.
_WISH_TO_COME = re.compile(r"(?i)\b(?:würden?|möchten?)\s+(?:\S+\s+){0,8}?(?:teilnehmen|kommen|dabei\s+sein)\b")
_IF_POSSIBLE = re.compile(r"(?i)\b(?:ist|wäre)\s+das\s+(?:\S+\s+)?(?:möglich|in\s+ordnung|okay|ok)\b|\bgeht\s+das\b|"
                          r"\bbegrenzt\s*\?|\bwer\s+(?:fährt|kommt|teilnimmt)\b|"
                          r"\bdürfen\s+(?:\S+\s+){0,5}?(?:teilnehmen|kommen|mitkommen)\s*\?")
# "hiermit", "verbindlich": the writer binds themself, whatever condition stands beside it
_BINDING = r"\bhiermit\b|\bverbindlich"
_FIRM = re.compile(rf"(?i){_BINDING}|\bmelde[nt]?\s+(?:\S+\s+){{0,8}}?an\b")


def register_rule(f: Facts) -> str | None:
    if _WISH_TO_COME.search(f.statements) and _IF_POSSIBLE.search(f.text) and not _FIRM.search(f.statements):
        return None  # asks whether it may, and who comes is not decided: the question rule takes it
    if ALREADY.search(f.statements) and not f.has_people:
        return None  # "ich bin bereits angemeldet … ich komme mit dem Zug": no new sign-up
    for sentence in sentences(f.statements):
        m = _commitment(sentence)
        # "Wenn es noch möglich ist, melde ich mich hiermit an": the condition is the desk's, the sign-up firm
        tentative = _tentative(sentence) and not re.search(rf"(?i){_BINDING}", sentence)
        if m and not tentative and not _DEFERRED.search(sentence) and not _cancelled(sentence):
            return _REGISTER.cite(m)
    typo = _fuzzy_register(f.statements) or _fuzzy_register(f.subject)
    if typo and not _asks_anything(f.text):
        return f"registration wording with a typo: „{typo}“"
    if f.has_people and _asks_leave(f.text):
        return None  # "Darf ich Frau X mitbringen? Falls ja, melde ich sie nach": waits for our answer
    if f.has_people and re.search(r"(?i)anmeld|teilnahme|register", f.subject):
        return "attendees named under a registration subject"
    if f.has_people:
        return "attendees named"
    if re.search(r"(?i)^\s*(anmeldung|registration)\b", f.subject) and not _asks_anything(f.text) and not (
            _OUR_SUBJECT.search(f.subject)):
        return "registration subject"
    return None


def question_rule(f: Facts) -> str | None:
    question = _cite_first((_QUESTION, f.text), (_QUESTION, f.subject), (_INDIRECT, f.text))
    if question:
        return question
    if wants_material(f.text):
        return "asks for the material"
    for sentence in sentences(f.statements):
        if _REGISTER.search(sentence) and (condition := _cite_first((_TENTATIVE, sentence), (_DEFERRED, sentence))):
            return f"a registration on a condition or for later, which asks rather than registers: {condition}"
    return None


def asks(sentence: str) -> bool:
    """A direct question, or an indirect one that a full stop ends."""
    return sentence.rstrip().endswith("?") or bool(_INDIRECT.search(sentence))


# A clause that states before a dash or semicolon, then a question: "Ich melde mich an – gibt es Parkplätze?"
_CLAUSE_BREAK = re.compile(r"\s[–-]\s|;\s")
_WISH = re.compile(r"(?i)\b(?:würde|würden|möchte|möchten|könnte|könnten|would|could|might)\b")


def _stated_clause(sentence: str) -> str:
    """The leading clauses of a question that commit in the indicative ("melde mich an – …?", "ich melde mich an
    und wollte fragen, ob …"), else nothing."""
    indirect = _INDIRECT.search(sentence)
    head = [sentence[: indirect.start()]] if indirect and indirect.start() > 0 else _CLAUSE_BREAK.split(sentence)[:-1]
    return " ".join(c for c in head if _REGISTER.search(c) and not _WISH.search(c) and not _TENTATIVE.search(c))


def statements(text: str) -> str:
    """The text without sentences that ask; "Können Sie mich anmelden?" is a request and stays."""
    parts = sentences(text)
    return "\n".join(p if not asks(p) or _POLITE.search(p) else _stated_clause(p) for p in parts
                     if not asks(p) or _POLITE.search(p) or _stated_clause(p))


def cancelled(text: str) -> bool:
    """Whether the text says someone will not come (used to pick the persons a cancellation concerns)."""
    return _cancelled(text) is not None


# Another event: a sign-up that names a different event or date and ours nowhere is no sign-up for ours.
_EVENT_WORD = re.compile(
    r"(?i)(?:\b[\w-]*workshops?\b|\b[\w-]*forum\b|\b[\w-]*werkstatt\b|\bseminar\w*|\bwebinar\w*|\bfachtag\w*|konferenz\w*|kongress\w*|schulung\w*|fortbildung\w*|"
    r"infoveranstaltung\w*|informationsveranstaltung\w*|netzwerktreffen|exkursion\w*|messe\b)")
_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember")
_DATE = re.compile(r"(?i)\b(\d{1,2})\.\s*(?:(\d{1,2})\.|(" + "|".join(_MONTHS) + r")\b)")


def _other_date(text: str, our_day: tuple[int, int]) -> str | None:
    """A day and month that is not our event's day (day, month)."""
    for m in _DATE.finditer(text):
        month = int(m.group(2)) if m.group(2) else _MONTHS.index(m.group(3).lower()) + 1
        if 1 <= month <= 12 and (int(m.group(1)), month) != our_day:
            return m.group(0)
    return None


def other_event_rule(f: Facts) -> str | None:
    """A sign-up for a workshop on another day is no sign-up for ours (a person looks at it); but a text that
    names our event in the event's own words (its series, motto, venue or day, from the event file) is never
    about another."""
    if f.reply_to_us or f.forwards_signup:
        return None
    text = f"{f.subject}\n{f.statements}"
    if f.terms.our_event.search(text) or not (_commitment(text) or _REGISTER.search(f.subject)):
        return None
    event, date = _EVENT_WORD.search(text), _other_date(text, f.terms.day)
    if event and date:
        return f"another event: „{event.group(0)}“ on „{date}“"
    return None
