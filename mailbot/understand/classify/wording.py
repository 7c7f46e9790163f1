"""What the sender's own words ask for: change, cancellation, registration, question, or an advert.

A registration needs a present commitment ("melde … an", "nehme teil", "wir kommen"); promised for
later ("die Anmeldung schicken wir gesondert") or on a condition ("falls ja, …") it is a question.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..substitution import sender_replaced
from ..text import sentences
from .facts import Facts
from .material import wants_material

_ADVERT = re.compile(
    r"(?i)(jetzt\s+(?:anmelden|registrieren)|anmeldung(?:en)?\s+(?:bitte\s+)?(?:über|unter)|anmelden\s+unter|webinar|"
    r"newsletter|abbestellen|unsubscribe|\d+\s*%\s*rabatt|rabatt\s+auf|(?:bieten|unterbreiten|machen)\s+wir\s+ihnen|"
    r"unverbindliche[sn]?\s+angebot|unsere?\s+(?:\S+\s+)?(?:plattform|software|softwarelösung|lösung|produkt\w*|app)\b|"
    r"(?:ihnen|euch)\s+(?:\S+\s+){0,3}(?:lösung|plattform|software|produkt\w*)\s+(?:\S+\s+)?(?:vorstellen|präsentieren|zeigen)|"
    r"(?:ihnen|euch)\s+(?:\S+\s+){0,3}unser(?:e|en)?\s+(?:\S+\s+){0,5}?(?:vorstellen|präsentieren|zeigen|demonstrieren)\b|"
    r"\baussteller|\b(?:mit\s+)?einem\s+(?:\w+\s+)?(?:info|messe|ausstellungs)?stand\b|sonderkonditionen|unser(?:em|en)?\s+(?:komplettpaket|leistungsangebot|sortiment)|wir\s+laden\s+(?:\S+\s+){0,12}ein\b|laden\s+sie\s+(?:\S+\s+){0,8}ein\b)"
)


def advert_rule(f: Facts) -> str | None:
    """Invitations to other events and sales mail use our words ("anmelden") but register nobody."""
    m = _ADVERT.search(f.text)
    if m and not f.has_people and not f.reply_to_us and not _SELF_REG.search(f.statements):
        return f"invitation or advertisement: „{m.group(0)}“"
    return None


_SELF_REG = re.compile(r"(?i)\b(melde[nt]?\s+(?:ich\s+)?(?:mich|uns)|(?:ich|wir)\s+(?:\S+\s+){0,4}(?:teilnehmen|anmelden))")

_SUBSTITUTE = re.compile(
    r"(?i)\b(statt\s+(?:meiner|mir|herrn?|frau|dessen|deren|ihm|ihr|\w+)|anstelle|an\s+stelle|anstatt|"
    r"(?<!nicht\s)an\s+(?:meiner|seiner|ihrer)\s+stelle|in\s+vertretung|vertritt\s+(?:mich|ihn|sie)|als\s+vertret|"
    r"wird\s+(?:\S+\s+){0,10}vertreten|vertretung|umbuchen|übertragen|ersetzt|instead\s+of|replace|"
    # "Für ihn kommt Frau Y": the pronoun points back at someone who drops out
    r"\bfür\s+(?:ihn|sie)\s+(?:kommt|nimmt|springt|fährt|wird))"
)
_CANCEL = re.compile(
    r"(?i)(melde[nt]?\s+(?:(?:\d{1,2}\.|[^\s.!?]+)\s+){0,16}ab\b|sage[nt]?\s+(?:\S+\s+){0,8}ab\b|abmelden|zurückzieh|zurücknehm|"
    r"rücknahme|zurückgezogen|niemanden\s+entsenden|streichen\s+sie|von\s+der\s+teilnehmerliste|abmeldung|absagen|absage|storn|"
    r"(?:kann|können|könnte|werde|werden|wird)\s+(?:\S+\s+){0,6}?nicht\s+(?:\w+\s+){0,3}(?:teilnehmen|kommen|dabei sein|wahrnehmen)|"
    r"(?:kann|können)\s+(?:Herr|Frau)\s+(?:[^.!?\n]|\n(?!\n)){0,80}?\bnicht\s+(?:\w+\s+){0,2}(?:teilnehmen|kommen|dabei\s+sein)|"
    r"nicht\s+teilnehmen\s+(?:können|kann)|teilnahme\s+(?:\S+\s+){0,4}?nicht\s+möglich|"
    r"schaffen?\s+es\s+(?:\S+\s+){0,4}?nicht\b|ziehe?n?\s+(?:\S+\s+){0,6}zurück|muss\s+(?:\w+\s+){0,3}passen|"
    r"cancel|withdraw|can(?:no|')t\s+(?:attend|come|make\s+it|join)|unable\s+to\s+(?:attend|come|join|participate|make\s+it)|"
    r"(?:not|n't)\s+be\s+able\s+to\s+(?:attend|come|join|participate|make\s+it)|no\s+longer\s+(?:able|attend|come)|teilnahme\s+(?:\w+\s+){0,3}(?:entfällt|zurückziehen)|"
    r"(?:nehme[n]?|nimmt)\s+(?:\w+\s+){0,3}nicht\s+teil|\bweder\s+(?:[^.!?]|\.(?=\w)){0,80}?\bnoch\b(?:[^.!?]|\.(?=\w)){0,60}?\b(?:kommen|teilnehmen|"
    r"dabei\s+sein|teil)\b|\b(?:niemand|keiner)\s+(?:\S+\s+){0,4}?(?:teilnehmen|kommen|dabei\s+sein)\b|"
    r"\b(?:kann|können)\s+(?:(?:leider|doch|nun|jetzt|nur)\s+){1,3}nicht\s*(?=[.,;!]|$)|"
    r"\bfäll(?:t|en)\s+(?:(?:leider|krankheitsbedingt|urlaubsbedingt|kurzfristig|terminlich|dienstlich|doch|nun|"
    r"bedauerlicherweise|wegen\s+\S+|\(\S+\))\s+){0,3}aus\b|leider\s+verhindert|bin\s+(?:\w+\s+){0,2}verhindert|sind\s+verhindert|"
    r"ist\s+(?:\w+\s+){0,2}verhindert|\bleider\s+(?:\S+\s+){0,3}?(?:kann|können)\s+(?:ich|wir)\s+nicht\s*(?:[.!]|$)|\b(?:bin|sind|ist)\s+(?:(?!nicht\b)\S+\s+){0,6}nicht\s+(?:mit\s+)?dabei\b|"
    # "ich komme nicht", "wir kommen doch nicht": a plain negated coming (not "nicht nur", "nicht allein")
    r"\b(?:ich|wir)\s+komme[n]?\s+(?:(?:doch|leider|also|dann|jetzt|nun)\s+){0,2}nicht\b(?!\s+(?:nur|allein|alleine|mit\s+dem|mit\s+der|zu\s+spät))|"
    r"\bkomme[n]?\s+(?:ich|wir)\s+(?:(?:doch|leider|also|dann|jetzt|nun)\s+){0,2}nicht\b(?!\s+(?:nur|allein|alleine|mit\s+dem|mit\s+der|zu\s+spät)))"
)
_ADD = re.compile(
    r"(?i)(zusätzlich|ergänz|\b(?:nimmt|kommt|kommen|nehmen)\s+(?:\S+\s+){0,6}auch\b|\bauch\s+(?:gerne?\s+)?(?:mit)?(?:kommen|teilnehmen|dabei\s+sein)\b|\bauch\s+(?:\S+\s+){0,3}(?:Herr|Frau)|nachmelden|nachmeldung|nachträglich|noch\s+(?:eine[nr]?|meine[nr]?|unsere[nr]?)\s+"
    r"(?:\w+\s+)?(?:kolleg|mitarbeiter|person|teilnehm|begleit)|weitere[rn]?\s+(?:teilnehm|person|kolleg)|"
    r"ebenfalls\s+(?:(?:an)?melden|teilnehmen|kommen|dabei\s+sein)|\bmit\s+auf\b(?!\s+(?:die|den|das)\s+(?!\w*liste))|außerdem\s+(?:\w+\s+){0,3}(?:kommt|kommen|mit)|\bnoch\s+(?:Herrn?|Frau)\s|"
    r"\b(?:dazu|hinzu|mit)(?:nehmen|setzen|schreiben|fügen|bringen)|\bnachtragen|\b(?:auch|noch)\s+(?:noch\s+)?eintragen|\bmit\s+aufnehmen|\bmit\s+auf\s+die\s+liste)"
)
# "Kann ich noch meinen Kollegen X mitbringen?": asked by someone registered, it adds X to the registration.
_BRING = re.compile(r"(?i)\b(?:kann|darf|könnte|dürfte|können|dürfen)\s+(?:ich|wir)\s+(?:\S+\s+){0,8}?"
                    r"(?:mitbringen|mitnehmen|dazuholen)\b")
_EXISTING = re.compile(
    r"(?i)(?:zu|von|in)\s+(?:meiner|unserer|der)\s+anmeldung|ihrer\s+bestätigung|anmeldebestätigung|ergänzend|"
    r"nachtrag|\bdoch\s+(?:nur|erst|nicht|noch|mit)\b|(bereits|schon)\s+(?:\w+\s+){0,3}angemeldet|meine[rn]?\s+anmeldung\s+vom|unsere[rn]?\s+anmeldung|"
    r"(?:habe|hatte|hatten|haben)\s+(?:\w+\s+){0,7}angemeldet|angemeldete[nr]?\b"
)
_PARTIAL = re.compile(r"(?i)ganzen|gesamten|komplett|vollständig|bis zum ende|den ganzen|erst ab|nur (?:vor|nach)")
_CORRECT = re.compile(
    r"(?i)(änder|korrig|korrektur|falsch|richtig(?:e|stellen)|richtig\s+(?:ist|lautet|wäre|heißt|geschrieben)|"
    r"schreibweise|geschrieben\s+mit|tippfehler|neue\s+(?:e-?mail|adresse|anschrift)|"
    r"aktualisier|berichtig|update|correct|statt\s+\S+@|versehentlich|irrtümlich|fälschlich)"
)
_REGISTER = re.compile(
    r"(?i)(\banmeld(?!eschluss|efrist|ebestätigung)|\bmelde[nt]?\s+(?:\S+\s+){0,20}?an\b(?=\s*(?:[.,;:!?()–-]|$|und\b|sowie\b))|\bannehme|\bangenommen|"
    r"\beinladung\s+(?:\w+\s+){0,4}an\b|\b(?:nehme[n]?|nimmt)\s+(?:\S+\s+){0,16}?teil\b(?=\s*(?:[.,;:!?)–-]|$|und\b|sowie\b|gern|am\b))|"
    r"\bvormerken\b|\bmerke?n?\s+(?:sie\s+)?(?:mich|uns|\w+\s+(?:herrn?|frau))\s+(?:\S+\s+){0,6}?vor\b|"
    r"\bteilnehmen|\bteilnahme(?!bescheinigung|gebühr|kosten|beding|nachweis|zertifikat|urkunde|liste)|\bdabei\s+sein|\b(?:bin|sind)\s+(?:(?!nicht\b|kein\w*\b)\S+\s+){0,9}dabei\b|"
    r"\bkomm(?:e|en|t)\s+(?:\S+\s+){0,3}?gerne?\b|\bgerne?\s+komme[n]?\b|\b(?:wir|ich)\s+(?:\w+\s+){0,3}kommen?\b(?!\s+(?:\w+\s+){0,2}nicht\b)|\bregist(?:er|ration)|\bsign\s+(?:me|us)\s+up|"
    r"\battend|\bparticipat|\breserv|\bplatz\b|\bplätze\b|\bzusage\b|\bsage[n]?\s+(?:\w+\s+){0,3}zu\b)"
)
_QUESTION = re.compile(
    r"(?i)(\?|(?:können|könnten)\s+sie\s+(?:mir|uns)\s+(?:\S+\s+){0,3}?(?:sagen|mitteilen)\b|\bwissen\s+(?:\S+\s+)?ob\b|\bgibt\s+es\b|\bist\s+es\s+möglich|\bkönnen\s+sie\b|\bkönnten\s+sie\b|\bfrage\b|\bwüsste|"
    r"\bwürde\s+gern\w*\s+wissen|\bbitte\s+um\s+(?:info|auskunft|mitteilung))"
)


# "Bitte nicht als Absage werten", "das ist keine Absage": the word is named to be denied.
_DENIED = re.compile(r"(?i)\b(?:nicht\s+(?:als|um\s+eine|für\s+eine)|keine|kein)\s+$")


def _cancelled(text: str) -> re.Match[str] | None:
    for m in _CANCEL.finditer(text):
        if not _PARTIAL.search(m.group(0)) and not _DENIED.search(text[max(0, m.start() - 20): m.start()]):
            return m
    return None


_NEW_ADDRESS = re.compile(
    r"(?i)neue[nr]?\s+(?:[\w\-]*-?)?(?<!web)adresse|adresse\s+hat\s+sich\s+geändert|adresse\s+ändert|"
    r"(?:künftig|zukünftig|ab\s+sofort|ab\s+jetzt|stattdessen|nur\s+noch)\s+(?:\S+\s+){0,4}?(?:e-?mail-?)?adresse|"
    r"(?:e-?mail-?)?adresse\s+(?:\S+\s+){0,4}?(?:künftig|zukünftig|ab\s+sofort|stattdessen)\b|"
    r"(?:please\s+use|new)\s+(?:\S+\s+){0,3}?(?:e-?mail\s+)?address|address\s+has\s+changed")
# "an meine Dienstadresse …" from someone registered: the address changes.
_OTHER_ADDRESS = re.compile(
    r"(?i)(?:an|auf|unter|über)\s+(?:meine|unsere)\s+(?:neue|dienst\w*|geschäftlich\w*|dienstlich\w*|beruflich\w*)\s*(?:e-?mail-?)?adresse")
_DETAIL = re.compile(
    r"(?i)vegetar|vegan|gluten|laktose|allergi|rollstuhl|barriere|anreise|mit\s+dem\s+(?:zug|auto)|mit\s+der\s+bahn|"
    r"parkplatz|vormittag|nachmittag|später|früher|"
    r"\berst\s+(?:gegen|um|ab|nach|zur|zum)\s+(?:\S+\s+){0,2}?(?:\d|mittag|mittagspause|pause)|verspät|vorzeitig|"
    r"\bschon\s+(?:um|gegen)\s+\d")
# How someone travels is worth recording, but beside a question it is the question's context, not a change.
_TRAVEL_ONLY = re.compile(r"(?i)anreise|reise\s+\S+\s+an\b|mit\s+dem\s+(?:zug|auto|bus|rad|fahrrad)|mit\s+der\s+bahn|"
                          r"parkplatz|öpnv|bahnhof")
_NEEDS = re.compile(r"(?i)vegetar|vegan|gluten|laktose|allergi|unverträglich|rollstuhl|gehhilfe|rollator|"
                    r"vormittag|nachmittag|später|früher|erst\s+ab|nur\s+bis|\berst\s+(?:gegen|um|nach)\s+\d|"
                    r"verspät|vorzeitig|\bschon\s+(?:um|gegen)\s+\d")
# Said of themself by someone already registered: a present "ich komme" is then no new sign-up.
ALREADY = re.compile(r"(?i)\b(?:ich|wir)\s+(?:bin|sind|habe|haben|hatte|hatten)\s+(?:mich\s+|uns\s+)?(?:\w+\s+){0,4}"
                     r"angemeldet\b|\b(?:bin|sind|habe|haben)\s+(?:ich|wir)\s+(?:mich\s+|uns\s+)?(?:\w+\s+){0,4}angemeldet\b|"
                     r"\b(?:I\s+am|I'm|we\s+are|we're|I\s+have|we\s+have)\s+already\s+(?:been\s+)?"
                     r"(?:registered|signed\s+up)")


def change_rule(f: Facts) -> str | None:
    text = f.statements
    existing = f.reply_to_us or bool(_EXISTING.search(text)) or bool(
        re.search(r"(?i)änderung|korrektur|nachtrag|ergänzung|nachmeldung|vertretung", f.subject))
    if _SUBSTITUTE.search(text) and (f.has_people or existing):
        return "a substitute for a registered person"
    if f.has_people and sender_replaced(text):
        return "a substitute takes the sender's place"
    if _cancelled(text):
        return None
    if existing and f.has_people and (_ADD.search(text) or _ADD.search(f.text) or _BRING.search(f.text)):
        return "an additional person for an existing registration"
    if existing and _CORRECT.search(text):
        return "corrected details for an existing registration"
    if _NEW_ADDRESS.search(text) or (existing and _OTHER_ADDRESS.search(text)):
        return "a new address for an existing registration"
    fresh_subject = bool(re.search(r"(?i)^\s*anmeldung\b", f.subject)) and not (
        re.match(r"(?i)\s*(?:re|aw|antw|sv)\s*:", f.mail.subject or "") or _EXISTING.search(text))
    # travel alone beside a question is the question's context ("ich komme mit dem Zug – gibt es einen Bus?")
    travel_question = (not _NEEDS.search(text) and bool(_TRAVEL_ONLY.search(text))
                       and any(asks(s) for s in sentences(f.text)))
    if existing and _DETAIL.search(text) and not fresh_subject and not travel_question:
        return "new details for an existing registration"
    if f.details_reply and not _cancelled(text) and text.strip():
        return "details supplied in answer to our request for missing details"
    return None


_REGISTERS_OTHERS = re.compile(r"(?i)\banmelden\b|anzumelden|melde[nt]?\s+(?:\S+\s+){0,20}?an\b|"
                               r"\b(?:nehmen|nimmt|werden|wird)\s+(?:(?!nicht\b|kein\w*\b)\S+\s+){0,12}?(?:teil|teilnehmen)\b")


def signs_up(text: str) -> bool:
    """Whether a (forwarded) text asks to be registered and cancels nothing: "Kannst du mich anmelden?"."""
    return not _cancelled(text) and any(_commitment(s) for s in sentences(text))


def cancel_rule(f: Facts) -> str | None:
    if f.forwards_signup:
        return None  # "anbei die Anmeldung von Frau X; ich selbst bin verhindert": the forwarder just won't come
    if f.has_people and not f.reply_to_us and _REGISTERS_OTHERS.search(f.statements) and not _SUBSTITUTE.search(
            f.statements):
        return None  # "ich selbst bin verhindert, melde aber Herrn X an": a registration of others
    m = _cancelled(f.statements) or _cancelled(f.subject)
    if m and (_QUESTION.search(f.text) or wants_material(f.text)) and not f.reply_to_us and not _EXISTING.search(f.text) and not f.has_people \
            and not re.search(r"(?i)absage|abmeld|storn", f.subject):
        return None  # "kann leider nicht teilnehmen – gibt es die Folien?": asks, cancels nothing
    return f"cancellation wording: „{m.group(0).strip()}“" if m else None


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


_TENTATIVE = re.compile(r"(?i)\b(ob\s+(?:wir|ich)|überleg\w*|würden?\s+(?:wir|ich)\s+(?:\S+\s+){0,2}?dann|falls|sofern|wenn|dann\s+würden?|eventuell|vielleicht|"
                        r"evtl|ggf|möglicherweise|sonst|andernfalls|bevor|sobald|nachdem|once|before|if|whether|maybe|perhaps)\b")
# A registration promised for later is not one yet: "Die Anmeldung schicken wir gesondert", "melden uns später an".
_DEFERRED = re.compile(
    r"(?i)\b(?:anmeldung|anmeldungen|zusage|namen|teilnehmer(?:liste|namen)?)\s+(?:\S+\s+){0,5}?"
    r"(?:folg(?:t|en)|schicke[nt]?|sende[nt]?|reiche[nt]?|komm(?:t|en)|geben|erhalten)\b(?:\s+\S+){0,4}?\s+"
    r"(?:später|gesondert|separat|noch|nach|dann|demnächst|zeitnah|in\s+kürze|nachträglich)\b"
    r"|\b(?:anmeldung|zusage|namen)\s+(?:\S+\s+){0,3}?(?:folg(?:t|en)|nachreichen)\b"
    r"|\b(?:nachreichen|nachgereicht|reiche[nt]?\s+(?:\S+\s+){0,4}nach\b)"
    r"|\b(?:melde[nt]?|anmelden)\s+(?:\S+\s+){0,4}?(?:später|gesondert|separat|demnächst|zeitnah|rechtzeitig|noch\s+offiziell)\b"
    r"|\b(?:werden|will|shall)\s+(?:uns|mich|us|me|register)\s+(?:\S+\s+){0,4}?(?:noch|später|dann|rechtzeitig|later)\b"
    r"|\b(?:later|separately|in\s+due\s+course)\b"
)

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
# "falls meine erste Mail nicht angekommen ist": a condition on our inbox, not on coming.
_RECEIPT_CONDITION = re.compile(r"(?i)\b(?:falls|sofern|wenn)\s+(?:\S+\s+){0,5}?(?:nicht\s+)?(?:angekommen|eingegangen|"
                                r"erhalten|vorliegt|vorliegen|verloren)\b")


def _tentative(sentence: str) -> bool:
    return bool(_TENTATIVE.search(_RECEIPT_CONDITION.sub(" ", sentence)))


# "Wir würden gern mit drei Personen teilnehmen. Ist das möglich?": a wish that asks first is a question.
_WISH = re.compile(r"(?i)\b(?:würden?|möchten?)\s+(?:\S+\s+){0,8}?(?:teilnehmen|kommen|dabei\s+sein)\b")
_IF_POSSIBLE = re.compile(r"(?i)\b(?:ist|wäre)\s+das\s+(?:\S+\s+)?(?:möglich|in\s+ordnung|okay|ok)\b|\bgeht\s+das\b|"
                          r"\bbegrenzt\s*\?|\bwer\s+(?:fährt|kommt|teilnimmt)\b")
_FIRM = re.compile(r"(?i)\bhiermit\b|\bverbindlich|\bmelde[nt]?\s+(?:\S+\s+){0,8}?an\b")


def register_rule(f: Facts) -> str | None:
    if _WISH.search(f.statements) and _IF_POSSIBLE.search(f.text) and not _FIRM.search(f.statements):
        return None  # asks whether it may, and who comes is not decided: the question rule takes it
    if ALREADY.search(f.statements) and not f.has_people:
        return None  # "ich bin bereits angemeldet … ich komme mit dem Zug": no new sign-up
    for sentence in sentences(f.statements):
        m = _commitment(sentence)
        if m and not _tentative(sentence) and not _DEFERRED.search(sentence) and not _cancelled(sentence):
            return f"registration wording: „{m.group(0).strip()}“"
    typo = _fuzzy_register(f.statements) or _fuzzy_register(f.subject)
    if typo and not _QUESTION.search(f.text):
        return f"registration wording with a typo: „{typo}“"
    if f.has_people and re.search(r"(?i)anmeld|teilnahme|register", f.subject):
        return "attendees named under a registration subject"
    if f.has_people:
        return "attendees named"
    if re.search(r"(?i)^\s*(anmeldung|registration)\b", f.subject) and not _QUESTION.search(f.text) and not (
            _OUR_SUBJECT.search(f.subject)):
        return "registration subject"
    return None


def question_rule(f: Facts) -> str | None:
    if _QUESTION.search(f.text) or _QUESTION.search(f.subject):
        return "a question"
    if wants_material(f.text):
        return "asks for the material"
    for sentence in sentences(f.statements):
        if _REGISTER.search(sentence) and (_TENTATIVE.search(sentence) or _DEFERRED.search(sentence)):
            return "a registration on a condition or for later, which asks rather than registers"
    return None


_POLITE = re.compile(r"(?i)\bmelde[nt]?\s+(?:sie|ihr|du)\s+(?:\S+\s+){0,12}?an\b|"
                     r"\b(?:können|könnten|würden|would|could|can|kannst|könntest|würdest|könnt|würdet)\s+(?:sie|you|du|ihr)\b.*"
                     r"\b(?:(?:an|nach)?melden|eintragen|registrieren|hinzufügen|ergänzen|aufnehmen|korrigieren|"
                     r"berichtigen|ändern|abändern|vormerken|register|sign|(?:dazu|hinzu|mit)(?:nehmen|setzen|schreiben)|nachtragen|add|"
                     r"auf\s+die\s+(?:\w+)?liste\s+(?:setzen|nehmen))")


# Indirect questions often end with a full stop: "Können Sie mir sagen, ob noch Plätze frei sind."
_INDIRECT = re.compile(
    r"(?i)^\W*(?:(?:können|könnten|würden)\s+sie\s+(?:mir|uns)\s+(?:\S+\s+){0,3}?(?:sagen|mitteilen|schreiben|"
    r"bestätigen|verraten|erklären)\b|(?:ich|wir)\s+(?:wüssten?|würden?\s+(?:\S+\s+)?gerne?\s+wissen|möchten?\s+"
    r"(?:\S+\s+)?(?:gerne?\s+)?wissen|frage[n]?\s+(?:mich|uns|an))\b|(?:bitte\s+)?teilen\s+sie\s+(?:mir|uns)\s+"
    r"(?:\S+\s+){0,3}?mit,?\s+ob\b|(?:could|can)\s+you\s+(?:please\s+)?(?:tell|let)\s+(?:me|us)\b|"
    r"I\s+(?:was\s+)?wonder(?:ing)?\b)"
)


def asks(sentence: str) -> bool:
    """A direct question, or an indirect one that a full stop ends."""
    return sentence.rstrip().endswith("?") or bool(_INDIRECT.search(sentence))


# A clause that states before a dash or semicolon, then a question: "Ich melde mich an – gibt es Parkplätze?"
_CLAUSE_BREAK = re.compile(r"\s[–-]\s|;\s")
_WISH = re.compile(r"(?i)\b(?:würde|würden|möchte|möchten|könnte|könnten|would|could|might)\b")


def _stated_clause(sentence: str) -> str:
    """The leading clauses of a question that commit in the indicative ("melde mich an – …?"), else nothing."""
    head = _CLAUSE_BREAK.split(sentence)[:-1]
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
# Ours, as the invitation and our mails name it (title words, date, venue, topic).
_OUR_EVENT = re.compile(r"(?i)transferveranstaltung|zusammen\s+denken|gemeinsam\s+handeln|"
                        r"\b20\.\s*(?:0?5\.|mai\b)|bad\s+lobenstein")
_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember")
_DATE = re.compile(r"(?i)\b(\d{1,2})\.\s*(?:(\d{1,2})\.|(" + "|".join(_MONTHS) + r")\b)")
OUR_DAY = (20, 5)


def _other_date(text: str) -> str | None:
    """A day and month that is not our event's day."""
    for m in _DATE.finditer(text):
        month = int(m.group(2)) if m.group(2) else _MONTHS.index(m.group(3).lower()) + 1
        if 1 <= month <= 12 and (int(m.group(1)), month) != OUR_DAY:
            return m.group(0)
    return None


def other_event_rule(f: Facts) -> str | None:
    """A sign-up for a workshop on another day is no sign-up for ours (a person looks at it)."""
    if f.reply_to_us or f.forwards_signup:
        return None
    text = f"{f.subject}\n{f.statements}"
    if _OUR_EVENT.search(text) or not (_commitment(text) or _REGISTER.search(f.subject)):
        return None
    event, date = _EVENT_WORD.search(text), _other_date(text)
    if event and date:
        return f"another event: „{event.group(0)}“ on „{date}“"
    return None
