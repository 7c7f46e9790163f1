"""How people sign up, and what keeps a sign-up from being one yet: tentative, deferred, already done."""

from __future__ import annotations

from ...phrases import Phrase, Phrases, words

REGISTER = Phrases(
    "register_phrase",
    Phrase("anmeld_word", "'anmelden', 'Anmeldung', 'anmeldet': the sign-up word itself (not the deadline or our "
           "confirmation)",
           r"\banmeld(?!eschluss|efrist|ebestätigung)",
           must=("Hiermit Anmeldung für zwei Personen aus Hirschberg.",),
           must_not=("Bis wann ist Anmeldeschluss?", "Die Anmeldebestätigung liegt vor.")),
    Phrase("sign_on", "the split verb an|melden: 'melde … an' where the clause ends",
           r"\bmelde[nt]?\s+(?:\S+\s+){0,20}?an\b(?=\s*(?:[.,;:!?()–-]|$|und\b|sowie\b))",
           must=("Ich melde Frau Jahn und mich an.", "Wir melden Herrn Wolf an und bitten um Bestätigung."),
           must_not=("Ich melde mich am Montag an der Pforte.",)),
    Phrase("accept_verb", "'annehme': accepts the invitation",
           r"\bannehme",
           must=("Ich teile Ihnen mit, dass ich die Einladung annehme.",)),
    Phrase("accepted", "'angenommen': the invitation is accepted",
           r"\bangenommen",
           must=("Einladung dankend angenommen.",)),
    Phrase("accept_invitation", "'Einladung … an(nehmen)': the split verb after the invitation",
           r"\beinladung\s+(?:\w+\s+){0,4}an\b",
           must=("Ihre Einladung nehmen wir gern an.",)),
    Phrase("take_part", "the split verb teil|nehmen: 'nehme … teil' where the clause ends",
           r"\b(?:nehme[n]?|nimmt)\s+(?:\S+\s+){0,16}?teil\b(?=\s*(?:[.,;:!?)–-]|$|und\b|sowie\b|gern|am\b))",
           must=("Wir nehmen mit zwei Personen teil.",),
           must_not=("Er nimmt sich den zweiten Teil vor.",)),
    Phrase("pencil_in", "'vormerken': put someone down",
           r"\bvormerken\b",
           must=("Bitte vormerken: Jens Albrecht, Bauhof.",)),
    Phrase("pencil_in_split", "the split verb vor|merken: 'merken Sie mich … vor'",
           r"\bmerke?n?\s+(?:sie\s+)?(?:mich|uns|\w+\s+(?:herrn?|frau))\s+(?:\S+\s+){0,6}?vor\b",
           must=("Merken Sie mich bitte für den Dienstag vor.",)),
    Phrase("teilnehmen", "the verb 'teilnehmen'",
           r"\bteilnehmen",
           must=("Ich möchte gern teilnehmen.",)),
    Phrase("teilnahme", "the noun 'Teilnahme' (not a certificate, fee, condition or list)",
           r"\bteilnahme(?!bescheinigung|gebühr|kosten|beding|nachweis|zertifikat|urkunde|liste)",
           must=("Hiermit bestätige ich meine Teilnahme.",),
           must_not=("Gibt es eine Teilnahmebescheinigung?", "Wo finde ich die Teilnahmebedingungen?")),
    Phrase("be_there", "'dabei sein'",
           r"\bdabei\s+sein",
           must=("Unsere Kämmerin möchte gern dabei sein.",)),
    Phrase("am_there", "'bin / sind … dabei', not negated",
           r"\b(?:bin|sind)\s+(?:(?!nicht\b|kein\w*\b)\S+\s+){0,9}dabei\b",
           must=("Zu zweit sind wir am 20. gern dabei.",),
           must_not=("Ich bin diesmal nicht dabei.",)),
    Phrase("come_gladly", "'komme … gern'",
           r"\bkomm(?:e|en|t)\s+(?:\S+\s+){0,3}?gerne?\b",
           must=("Komme sehr gerne.",)),
    Phrase("gladly_come", "'gern komme(n)'",
           r"\bgerne?\s+komme[n]?\b",
           must=("Gerne kommen wir.",)),
    Phrase("we_come", "'ich / wir … komme(n)', not followed by a negation, nor by the 'an' of an|kommen where "
           "the clause ends (arriving is no sign-up)",
           r"\b(?:wir|ich)\s+(?:\w+\s+){0,3}kommen?\b(?!\s+(?:\w+\s+){0,2}nicht\b)"
           r"(?![^.!?;\n]*?\ban\b\s*(?:[.,;:!?)]|$))",
           must=("Wir kommen zu dritt.", "Ich komme am Dienstag an den Veranstaltungsort."),
           must_not=("Wir kommen leider nicht.", "Ich komme erst gegen halb elf mit der Bahn an.",
                     "Wir kommen mit dem Regionalexpress in Saalfeld an, wie geht es weiter?")),
    Phrase("register_en", "English 'register', 'registration'",
           r"\bregist(?:er|ration)",
           must=("I would like to register for the event.",)),
    Phrase("sign_up_en", "English 'sign me / us up'",
           r"\bsign\s+(?:me|us)\s+up",
           must=("Please sign us up.",)),
    Phrase("attend_en", "English 'attend', 'attendance'",
           r"\battend",
           must=("I will attend the meeting.",)),
    Phrase("participate_en", "English 'participate', 'participation'",
           r"\bparticipat",
           must=("Two of us will participate.",)),
    Phrase("reserve", "'reservieren', 'Reservierung', 'reserve'",
           r"\breserv",
           must=("Bitte reservieren Sie mir einen Stuhl.",)),
    Phrase("a_seat", "'Platz': asks for a seat",
           r"\bplatz\b",
           must=("Einen Platz für mich, bitte.",)),
    Phrase("seats", "'Plätze': asks for seats",
           r"\bplätze\b",
           must=("Zwei Plätze für Ziegenrück, bitte.",)),
    Phrase("acceptance_noun", "the noun 'Zusage'",
           r"\bzusage\b",
           must=("Hier meine Zusage für Dienstag.",)),
    Phrase("say_yes", "the split verb zu|sagen: 'sagen … zu'",
           r"\bsage[n]?\s+(?:\w+\s+){0,3}zu\b",
           must=("Wir sagen gerne zu.",)),
)

# Signs up the writer themself ("melde mich an", "wir möchten teilnehmen"): an advert does not say this.
SELF_REG = Phrases(
    "self_registration_phrase",
    Phrase("sign_myself", "'melde (ich) mich / uns'", r"\bmelde[nt]?\s+(?:ich\s+)?(?:mich|uns)",
           must=("Hiermit melde ich mich für Dienstag.",)),
    Phrase("i_take_part", "'ich / wir … teilnehmen / anmelden'", r"\b(?:ich|wir)\s+(?:\S+\s+){0,4}(?:teilnehmen|anmelden)",
           must=("Wir möchten gern teilnehmen.",)),
)

# Registers others: a writer who is prevented but names people who come registers them.
REGISTERS_OTHERS = Phrases(
    "registers_others_phrase",
    Phrase("anmelden", "the verb 'anmelden'", r"\banmelden\b",
           must=("Ich möchte Frau Lorenz anmelden.",)),
    Phrase("anzumelden", "'anzumelden'", r"anzumelden",
           must=("Ich bitte, Herrn Fuchs anzumelden.",)),
    Phrase("sign_on", "the split verb 'melde … an'", r"melde[nt]?\s+(?:\S+\s+){0,20}?an\b",
           must=("Ich melde aber Herrn Otto an.",)),
    Phrase("they_come", "'kommen werden X und Y', 'es kommen X': the writer lists who comes",
           r"\b(?:kommen|teilnehmen)\s+(?:werden|wird)\b|\bes\s+(?:kommen|nehmen)\b",
           must=("Kommen werden Herr Albrecht und Frau Vogel.", "Es kommen Frau Thiel und ich."),
           must_not=("Wir kommen gern.",)),
    Phrase("they_take_part", "'nehmen / werden … teil(nehmen)', not negated",
           r"\b(?:nehmen|nimmt|werden|wird)\s+(?:(?!nicht\b|kein\w*\b)\S+\s+){0,12}?(?:teil|teilnehmen)\b",
           must=("Für uns wird Frau Seidel teilnehmen.",),
           must_not=("Für uns wird Frau Seidel nicht teilnehmen.",)),
)

# Up to five words or dates ("seit dem 2.4."), between "bin ich" and "angemeldet".
_WORDS_OR_DATES = r"(?:(?:\w+|\d{1,2}\.\d{0,2}\.?)\s+){0,5}"
# Said of themself by someone already registered: a present "ich komme" is then no new sign-up.
ALREADY = Phrases(
    "already_phrase",
    Phrase("i_have_registered", "'ich bin / habe (mich) … angemeldet'",
           r"\b(?:ich|wir)\s+(?:bin|sind|habe|haben|hatte|hatten)\s+(?:mich\s+|uns\s+)?" + _WORDS_OR_DATES + r"angemeldet\b",
           must=("Wir haben uns schon im März angemeldet.", "Ich bin seit dem 3.4. angemeldet.")),
    Phrase("have_i_registered", "the same with the verb first: 'bin ich … angemeldet'",
           r"\b(?:bin|sind|habe|haben)\s+(?:ich|wir)\s+(?:mich\s+|uns\s+)?" + _WORDS_OR_DATES + r"angemeldet\b",
           must=("Zur Tagung bin ich bereits angemeldet.",)),
    Phrase("already_registered_en", "English 'I am / we have already (been) registered'",
           r"\b(?:I\s+am|I'm|we\s+are|we're|I\s+have|we\s+have)\s+already\s+(?:been\s+)?(?:registered|signed\s+up)",
           must=("I'm already registered for the event.",)),
)

TENTATIVE = Phrases(
    "tentative_phrase",
    Phrase("whether_we", "'ob wir / ob ich': asks whether, does not commit", r"\bob\s+(?:wir|ich)\b",
           must=("Wir überlegen noch, ob wir kommen.", "Sagen Sie mir, ob ich teilnehmen darf.")),
    Phrase("considering", "'überlegen': still considering", r"\büberleg\w*\b",
           must=("Frau Haas überlegt noch.",)),
    Phrase("would_then", "'würden wir … dann': a consequence of a condition", r"\bwürden?\s+(?:wir|ich)\s+(?:\S+\s+){0,2}?dann\b",
           must=("Würden wir uns dann noch anmelden können?",)),
    Phrase("condition", "'falls', 'sofern', 'wenn': a condition", r"\b" + words("falls", "sofern", "wenn") + r"\b",
           must=("Falls noch Plätze frei sind, kommen wir.", "Sofern es passt, nehme ich teil.",
                 "Wenn es klappt, bin ich dabei.")),
    Phrase("then_would", "'dann würde(n)': a consequence", r"\bdann\s+würden?\b",
           must=("Dann würden wir gern kommen.",)),
    Phrase("perhaps", "'eventuell', 'vielleicht', 'evtl', 'ggf', 'möglicherweise': not decided",
           r"\b" + words("eventuell", "vielleicht", "evtl", "ggf", "möglicherweise") + r"\b",
           must=("Eventuell komme ich.", "Vielleicht nehmen wir teil.", "Evtl. bin ich dabei.", "Ggf. komme ich mit.",
                 "Möglicherweise kommt Herr Roth.")),
    Phrase("otherwise", "'sonst', 'ansonsten', 'andernfalls': an alternative to what was asked",
           r"\b" + words("sonst", "ansonsten", "andernfalls") + r"\b",
           must=("Sonst melde ich mich ab.", "Andernfalls kommt Frau Blum.",
                 "Ansonsten möchten wir zwei Kolleginnen anmelden.")),
    Phrase("someone_would", "'ein Kollege … würde / möchte gern': the wish of someone the mail does not name",
           r"\b(?:ein(?:e)?\s+(?:\S+\s+){0,2}?(?:kollegen?|kollegin|mitarbeiter(?:in)?|person|vertreter(?:in)?)|jemand)"
           r"\b(?:\s+\S+){0,8}?\s+(?:würde|möchte|will|wollte)\s",
           must=("Eine Kollegin aus dem Bauamt möchte gern mitkommen.",
                 "Ein Mitarbeiter von uns sitzt im Rollstuhl und würde gern teilnehmen."),
           must_not=("Ich würde gern teilnehmen.",)),
    Phrase("time_condition", "'bevor', 'sobald', 'nachdem': bound to something else first",
           r"\b" + words("bevor", "sobald", "nachdem") + r"\b",
           must=("Bevor ich zusage, brauche ich das Programm.", "Sobald der Rat entschieden hat, melden wir uns.",
                 "Nachdem wir das besprochen haben, melde ich uns an.")),
    Phrase("condition_en", "English 'once', 'before', 'if', 'whether', 'maybe', 'perhaps'",
           r"\b" + words("once", "before", "if", "whether", "maybe", "perhaps") + r"\b",
           must=("Once approved, we will attend.", "Before I register, one question.", "If possible, I will come.",
                 "Not sure whether we attend.", "Maybe I join.", "Perhaps we come.")),
)

# A registration promised for later is not one yet: "Die Anmeldung schicken wir gesondert", "melden uns später an".
_SIGNUP_NOUNS = words("anmeldung", "anmeldungen", "zusage", "namen", "teilnehmer(?:liste|namen)?")
_SENDING = words("folg(?:t|en)", "schicke[nt]?", "sende[nt]?", "reiche[nt]?", "komm(?:t|en)", "geben", "erhalten")
_LATER = words("später", "gesondert", "separat", "noch", "nach", "dann", "demnächst", "zeitnah", r"in\s+kürze", "nachträglich")
DEFERRED = Phrases(
    "deferred_phrase",
    Phrase("sent_later", "'die Anmeldung schicken wir später / gesondert': promised, not given",
           r"\b" + _SIGNUP_NOUNS + r"\s+(?:\S+\s+){0,5}?" + _SENDING + r"\b(?:\s+\S+){0,4}?\s+" + _LATER + r"\b",
           must=("Die Namen senden wir Ihnen gesondert.",)),
    Phrase("follows", "'die Anmeldung folgt', 'Namen nachreichen'",
           r"\b(?:anmeldung|zusage|namen)\s+(?:\S+\s+){0,3}?(?:folg(?:t|en)|nachreichen)\b",
           must=("Die Anmeldung folgt.",)),
    Phrase("hand_in_later", "'nachreichen', 'nachgereicht', 'reiche … nach'",
           r"\b(?:nachreichen|nachgereicht|reiche[nt]?\s+(?:\S+\s+){0,4}nach\b)",
           must=("Wer kommt, reichen wir nach.",)),
    Phrase("register_later", "'melden uns später / rechtzeitig an' (within the clause: 'melde mich an, hoffentlich noch "
           "rechtzeitig' signs up now)",
           r"\b(?:melde[nt]?|anmelden)\s+(?:[^\s,;.!?]+\s+){0,4}?(?:später|gesondert|separat|demnächst|zeitnah|rechtzeitig|"
           r"noch\s+offiziell)\b",
           must=("Wir melden uns rechtzeitig an.",),
           must_not=("Melde mich an, hoffentlich noch rechtzeitig.",)),
    Phrase("will_register_later", "'werden uns noch / dann …', 'will register later'",
           r"\b(?:werden|will|shall)\s+(?:uns|mich|us|me|register)\s+(?:\S+\s+){0,4}?(?:noch|später|dann|rechtzeitig|"
           r"later)\b",
           must=("Wir werden uns dann noch melden.",)),
    Phrase("later_en", "English 'later', 'separately', 'in due course'",
           r"\b(?:later|separately|in\s+due\s+course)\b",
           must=("The names follow separately.",)),
)

# "falls meine erste Mail nicht angekommen ist": a condition on our inbox, not on coming.
RECEIPT_CONDITION = Phrases(
    "receipt_condition_phrase",
    Phrase("if_not_received", "'falls … nicht angekommen': the condition is on our inbox, not on coming",
           r"\b(?:falls|sofern|wenn)\s+(?:\S+\s+){0,5}?(?:nicht\s+)?(?:angekommen|eingegangen|erhalten|vorliegt|"
           r"vorliegen|verloren)\b",
           must=("Falls meine erste Nachricht nicht angekommen ist, hier noch einmal.",)),
)
