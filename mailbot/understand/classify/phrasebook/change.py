"""How people change a registration: a substitute, one more person, a correction, a new address, a detail."""

from __future__ import annotations

from ...phrases import Phrase, Phrases, words

# Whom "statt" replaces: a pronoun, a title, or any one word (a name).
_REPLACED = words("meiner", "mir", "herrn?", "frau", "dessen", "deren", "ihm", "ihr", r"\w+")

SUBSTITUTE = Phrases(
    "substitute_phrase",
    Phrase("instead_of_person", "'statt meiner / Herrn X': someone comes in another's place",
           r"\bstatt\s+" + _REPLACED,
           must=("Statt meiner kommt Herr Lenz.",)),
    Phrase("anstelle", "'anstelle von X'", r"\banstelle",
           must=("Anstelle von Frau Gerber nimmt Herr Brandt teil.",)),
    Phrase("an_stelle", "'an Stelle von X', in two words", r"\ban\s+stelle",
           must=("An Stelle von Herrn Kluge kommt Frau Ost.",)),
    Phrase("anstatt", "'anstatt X'", r"\banstatt",
           must=("Anstatt Herrn Mai kommt Frau Jäger.",)),
    Phrase("in_my_place", "'an meiner / seiner Stelle' (not 'nicht an meiner Stelle', which is a figure of speech)",
           r"\b(?<!nicht\s)an\s+(?:meiner|seiner|ihrer)\s+stelle",
           must=("An seiner Stelle kommt Frau Vogel.",),
           must_not=("Das zu entscheiden ist nicht an meiner Stelle.",)),
    Phrase("on_behalf", "'in Vertretung': someone stands in", r"\bin\s+vertretung",
           must=("In Vertretung von Herrn Pohl kommt Frau Wendt.",)),
    Phrase("stands_in", "'vertritt mich / ihn / sie'", r"\bvertritt\s+(?:mich|ihn|sie)",
           must=("Frau Kunze vertritt mich.",)),
    Phrase("as_deputy", "'als Vertreter(in)'", r"\bals\s+vertret",
           must=("Herr Wolf kommt als Vertreter.",)),
    Phrase("is_represented", "'wird … vertreten'", r"\bwird\s+(?:\S+\s+){0,10}vertreten",
           must=("Unsere Gemeinde wird durch Herrn Rau vertreten.",)),
    Phrase("deputy", "'Vertretung': a stand-in", r"\bvertretung",
           must=("Die Vertretung übernimmt Frau Bach.",)),
    Phrase("rebook", "'umbuchen': the place goes to someone else", r"\bumbuchen",
           must=("Bitte die Anmeldung auf Frau Hess umbuchen.",)),
    Phrase("transfer", "'übertragen': the place is handed on", r"\bübertragen",
           must=("Bitte den Platz auf Herrn Nagel übertragen.",)),
    Phrase("replaced_de", "'ersetzt': one person replaces another", r"\bersetzt",
           must=("Herr Dietz wird durch Frau Roth ersetzt.",)),
    Phrase("instead_of_en", "English 'instead of'", r"\binstead\s+of",
           must=("Mr Kent will come instead of me.",)),
    Phrase("replace_en", "English 'replace', 'replacement'", r"\breplace",
           must=("Ms Brandt will replace our mayor.",)),
    # "Für ihn kommt Frau Y": the pronoun points back at someone who drops out
    Phrase("in_their_stead", "'für ihn / sie kommt …': the pronoun points back at someone who drops out",
           r"\bfür\s+(?:ihn|sie)\s+(?:kommt|nimmt|springt|fährt|wird)",
           must=("Herr Licht ist krank, für ihn kommt Frau Sand.",)),
)

ADD = Phrases(
    "add_phrase",
    Phrase("in_addition", "'zusätzlich': one more person", r"zusätzlich",
           must=("Zusätzlich kommt Frau Reich mit.",)),
    Phrase("supplement", "'ergänzen', 'Ergänzung'", r"ergänz",
           must=("Ich ergänze unsere Anmeldung um Herrn Fink.",)),
    Phrase("comes_too", "'kommt / nimmt … auch'", r"\b(?:nimmt|kommt|kommen|nehmen)\s+(?:\S+\s+){0,6}auch\b",
           must=("Frau Beck kommt auch.",)),
    Phrase("also_attend", "'auch (mit)kommen / teilnehmen / dabei sein'",
           r"\bauch\s+(?:gerne?\s+)?(?:mit)?(?:kommen|teilnehmen|dabei\s+sein)\b",
           must=("Herr Brand möchte auch mitkommen.",)),
    Phrase("also_named", "'auch … Herr / Frau X'", r"\bauch\s+(?:\S+\s+){0,3}(?:Herr|Frau)",
           must=("Bitte auch Frau Ebert eintragen.",)),
    Phrase("late_sign_up_verb", "'nachmelden'", r"nachmelden",
           must=("Ich möchte jemanden nachmelden.",)),
    Phrase("late_sign_up_noun", "'Nachmeldung'", r"nachmeldung",
           must=("Nachmeldung für Gemeinde Remptendorf.",)),
    Phrase("afterwards", "'nachträglich'", r"nachträglich",
           must=("Nachträglich melde ich Frau Haupt an.",)),
    Phrase("one_more_colleague", "'noch eine Kollegin / meinen Mitarbeiter / eine Person'",
           r"noch\s+(?:eine[nr]?|meine[nr]?|unsere[nr]?)\s+(?:\w+\s+)?(?:kolleg|mitarbeiter|person|teilnehm|begleit)",
           must=("Es kommt noch eine Kollegin mit.",)),
    Phrase("further_attendee", "'weitere Teilnehmer / Person / Kollegin'", r"weitere[rn]?\s+(?:teilnehm|person|kolleg)",
           must=("Ein weiterer Teilnehmer ist Herr Popp.",)),
    Phrase("likewise", "'ebenfalls (an)melden / teilnehmen / kommen / dabei sein'",
           r"ebenfalls\s+(?:(?:an)?melden|teilnehmen|kommen|dabei\s+sein)",
           must=("Frau Sauer möchte ebenfalls teilnehmen.",)),
    Phrase("onto_list_too", "'mit auf (die Liste)': put on the list as well; not 'mit auf den Weg'",
           r"\bmit\s+auf\b(?!\s+(?:die|den|das)\s+(?!\w*liste))",
           must=("Setzen Sie Herrn Kraus bitte mit auf.", "Bitte Frau Vogt mit auf die Liste."),
           must_not=("Wir geben Ihnen gute Wünsche mit auf den Weg.",)),
    Phrase("besides", "'außerdem … kommt / mit'", r"außerdem\s+(?:\w+\s+){0,3}(?:kommt|kommen|mit)",
           must=("Außerdem kommt Herr Graf.",)),
    Phrase("also_mr_mrs", "'noch Herrn / Frau X'", r"\bnoch\s+(?:Herrn?|Frau)\s",
           must=("Bitte noch Frau Lang eintragen.",)),
    Phrase("add_verb", "'dazunehmen', 'hinzufügen', 'mitbringen', …",
           r"\b" + words("dazu", "hinzu", "mit") + words("nehmen", "setzen", "schreiben", "fügen", "bringen"),
           must=("Bitte Frau Kern hinzufügen.", "Ich würde gern meinen Kollegen mitbringen.")),
    Phrase("add_later", "'nachtragen'", r"\bnachtragen",
           must=("Bitte Herrn Seidel nachtragen.",)),
    Phrase("enter_too", "'auch / noch eintragen'", r"\b(?:auch|noch)\s+(?:noch\s+)?eintragen",
           must=("Können Sie Frau Hahn noch eintragen.",)),
    Phrase("include_too", "'mit aufnehmen'", r"\bmit\s+aufnehmen",
           must=("Bitte Frau Stein mit aufnehmen.",)),
    Phrase("onto_the_list", "'mit auf die Liste' wrapped with two blanks or a blank and a line break before 'Liste', "
           "which onto_list_too's look-ahead lets through",
           r"\bmit\s+auf\s+die\s+liste",
           must=("Bitte Herrn Opitz mit auf die \nListe setzen.",)),
)

# "Kann ich noch meinen Kollegen X mitbringen?": asked by someone registered, it adds X to the registration.
BRING = Phrases(
    "bring_phrase",
    Phrase("may_i_bring", "'kann / darf ich … mitbringen': asks to bring someone",
           r"\b(?:kann|darf|könnte|dürfte|können|dürfen)\s+(?:ich|wir)\s+(?:\S+\s+){0,8}?(?:mitbringen|mitnehmen|dazuholen)\b",
           must=("Darf ich noch meine Kollegin Frau Pohl mitbringen?",)),
)

# The mail is about a registration that exists: "zu meiner Anmeldung", "bereits angemeldet", "Nachtrag".
EXISTING = Phrases(
    "existing_phrase",
    Phrase("about_the_registration", "'zu / von / in meiner Anmeldung'", r"(?:zu|von|in)\s+(?:meiner|unserer|der)\s+anmeldung",
           must=("Zu meiner Anmeldung noch ein Hinweis.",)),
    Phrase("your_confirmation", "'Ihrer Bestätigung': answers our confirmation", r"ihrer\s+bestätigung",
           must=("Laut Ihrer Bestätigung bin ich eingetragen.",)),
    Phrase("confirmation_noun", "'Anmeldebestätigung': we confirmed already", r"anmeldebestätigung",
           must=("Die Anmeldebestätigung habe ich erhalten.",)),
    Phrase("in_addition_to", "'ergänzend'", r"ergänzend",
           must=("Ergänzend teile ich mit, dass ich später komme.",)),
    Phrase("addendum", "'Nachtrag'", r"nachtrag",
           must=("Nachtrag: Frau Pohl kommt mit.",)),
    Phrase("after_all", "'doch nur / erst / nicht / noch / mit': revises what was said", r"\bdoch\s+(?:nur|erst|nicht|noch|mit)\b",
           must=("Ich komme doch erst um zehn.",)),
    Phrase("already_registered", "'bereits / schon … angemeldet'", r"(?:bereits|schon)\s+(?:\w+\s+){0,3}angemeldet",
           must=("Frau Lenz ist schon seit April angemeldet.", "Bereits angemeldet sind Frau Lenz und ich.")),
    Phrase("my_registration_of", "'meine Anmeldung vom …'", r"meine[rn]?\s+anmeldung\s+vom",
           must=("Meine Anmeldung vom 3. April bleibt bestehen.",)),
    Phrase("our_registration", "'unsere Anmeldung'", r"unsere[rn]?\s+anmeldung",
           must=("Unsere Anmeldung möchten wir ergänzen.",)),
    Phrase("have_registered", "'habe(n) … angemeldet'", r"(?:habe|hatte|hatten|haben)\s+(?:\w+\s+){0,7}angemeldet",
           must=("Wir haben uns letzte Woche angemeldet.",)),
    Phrase("registered_adj", "'angemeldete(n)': someone registered", r"angemeldete[nr]?\b",
           must=("Die angemeldete Kollegin ändert sich.",)),
    Phrase("am_registered", "'bin / sind (seit dem 3.4.) angemeldet'",
           r"\b(?:bin|sind)\s+(?:(?:\w+|\d{1,2}\.\d{0,2}\.?)\s+){0,5}angemeldet\b",
           must=("Für den Dienstag sind wir seit dem 2.4. angemeldet.",)),
    Phrase("is_registered", "'Herr X ist (für die Veranstaltung) angemeldet': a colleague's registration exists",
           r"\bist\s+(?:(?:\w+|\d{1,2}\.\d{0,2}\.?)\s+){0,5}angemeldet\b",
           must=("Herr Stöckel ist für die Tagung am 20.5. angemeldet.",),
           must_not=("Die Veranstaltung ist gut besucht.",)),
)

CORRECT = Phrases(
    "correct_phrase",
    Phrase("change_word", "'ändern', 'Änderung'", r"änder", must=("Bitte ändern Sie den Vornamen.",)),
    Phrase("correct_de", "'korrigieren'", r"korrig", must=("Bitte korrigieren Sie meinen Namen.",)),
    Phrase("correction", "'Korrektur'", r"korrektur", must=("Korrektur: Der Name lautet Schulz.",)),
    Phrase("wrong", "'falsch'", r"falsch", must=("Der Vorname ist falsch.",)),
    Phrase("right_one", "'die richtige', 'richtigstellen'", r"richtig(?:e|stellen)",
           must=("Die richtige Adresse steht unten.", "Ich möchte etwas richtigstellen.")),
    Phrase("correct_is", "'richtig ist / lautet / geschrieben'", r"richtig\s+(?:ist|lautet|wäre|heißt|geschrieben)",
           must=("Richtig ist Hanna mit zwei n.",)),
    Phrase("spelling", "'Schreibweise'", r"schreibweise", must=("Die Schreibweise ist Meier.",)),
    Phrase("spelled_with", "'geschrieben mit'", r"geschrieben\s+mit", must=("Schmitt, geschrieben mit tt.",)),
    Phrase("typo", "'Tippfehler'", r"tippfehler", must=("Da war ein Tippfehler im Namen.",)),
    Phrase("new_address_word", "'neue E-Mail / Adresse / Anschrift'", r"neue\s+(?:e-?mail|adresse|anschrift)",
           must=("Meine neue Anschrift lautet Markt 3.",)),
    Phrase("update_de", "'aktualisieren'", r"aktualisier", must=("Bitte aktualisieren Sie meine Angaben.",)),
    Phrase("rectify", "'berichtigen'", r"berichtig", must=("Bitte berichtigen Sie die Funktion.",)),
    Phrase("update_en", "English 'update'", r"update", must=("Please update my details.",)),
    Phrase("correct_en", "English 'correct', 'correction'", r"correct", must=("The correct name is Lena.",)),
    Phrase("instead_of_address", "'statt alt@…': one address replaces another", r"statt\s+\S+@",
           must=("Bitte neu@beispiel.example statt alt@beispiel.example verwenden.",)),
    Phrase("by_mistake", "'versehentlich'", r"versehentlich", must=("Ich habe versehentlich Müller geschrieben.",)),
    Phrase("erroneously", "'irrtümlich'", r"irrtümlich", must=("Irrtümlich steht dort Gera.",)),
    Phrase("wrongly", "'fälschlich(erweise)'", r"fälschlich", must=("Fälschlicherweise stand dort Erfurt.",)),
)

# The sender's address changes: "meine neue Adresse", "bitte künftig an …".
_FROM_NOW = words("künftig", "zukünftig", r"ab\s+sofort", r"ab\s+jetzt", "stattdessen", r"nur\s+noch")
NEW_ADDRESS = Phrases(
    "new_address_phrase",
    Phrase("new_address", "'neue (Dienst-)Adresse' (not a new web address)",
           r"neue[nr]?\s+(?:[\w\-]*-?)?(?<!web)adresse",
           must=("Meine neue Dienstadresse ist unten.",),
           must_not=("Unsere neue Webadresse ist online.",)),
    Phrase("address_has_changed", "'Adresse hat sich geändert'", r"adresse\s+hat\s+sich\s+geändert",
           must=("Meine Adresse hat sich geändert.",)),
    Phrase("address_changes", "'Adresse ändert sich'", r"adresse\s+ändert",
           must=("Die Adresse ändert sich zum Mai.",)),
    Phrase("from_now_address", "'künftig / ab sofort … (E-Mail-)Adresse'",
           _FROM_NOW + r"\s+(?:\S+\s+){0,4}?(?:e-?mail-?)?adresse",
           must=("Bitte künftig diese Adresse verwenden.",)),
    Phrase("address_from_now", "'(E-Mail-)Adresse … künftig / ab sofort'",
           r"(?:e-?mail-?)?adresse\s+(?:\S+\s+){0,4}?(?:künftig|zukünftig|ab\s+sofort|stattdessen)\b",
           must=("Bitte diese E-Mail-Adresse ab sofort nutzen.",)),
    Phrase("new_address_en", "English 'please use … address', 'new … address'",
           r"(?:please\s+use|new)\s+(?:\S+\s+){0,3}?(?:e-?mail\s+)?address",
           must=("Please use my office email address.",)),
    Phrase("address_changed_en", "English 'address has changed'", r"address\s+has\s+changed",
           must=("My address has changed.",)),
)

# "an meine Dienstadresse …" from someone registered: the address changes.
OTHER_ADDRESS = Phrases(
    "other_address_phrase",
    Phrase("to_my_work_address", "'an meine dienstliche / neue (E-Mail-)Adresse'",
           r"(?:an|auf|unter|über)\s+(?:meine|unsere)\s+(?:neue|dienst\w*|geschäftlich\w*|dienstlich\w*|beruflich\w*)\s*"
           r"(?:e-?mail-?)?adresse",
           must=("Bitte schreiben Sie an meine dienstliche Adresse.",)),
)

# Needs of the person, shared by DETAIL and NEEDS: diet, access (wheelchair, walking aid), part of the day, coming late or leaving early.
_DIET = (
    Phrase("vegetarian", "a diet: vegetarian", r"vegetar", must=("Ich esse vegetarisch.",)),
    Phrase("vegan", "a diet: vegan", r"vegan", must=("Frau Kurz isst vegan.",)),
    Phrase("gluten", "a diet: gluten-free", r"gluten", must=("Bitte glutenfrei für mich.",)),
    Phrase("lactose", "a diet: lactose-free", r"laktose", must=("Ich vertrage keine Laktose.",)),
    Phrase("allergy", "an allergy", r"allergi", must=("Ich habe eine Nussallergie.",)),
)
_ACCESS = (
    Phrase("wheelchair", "access: a wheelchair", r"rollstuhl", must=("Herr Bauer kommt im Rollstuhl.",)),
    Phrase("walking_aid", "access: a walking aid", r"gehhilfe", must=("Ich bin mit Gehhilfe unterwegs.",)),
    Phrase("rollator", "access: a rollator", r"rollator", must=("Frau Hein kommt mit Rollator.",)),
)
_PART_OF_DAY = (
    Phrase("morning", "timing: the morning only", r"vormittag", must=("Ich bin nur am Vormittag da.",)),
    Phrase("afternoon", "timing: the afternoon only", r"nachmittag", must=("Ich komme zum Nachmittag.",)),
    Phrase("later", "timing: later", r"später", must=("Ich komme etwas später.",)),
    Phrase("earlier", "timing: earlier", r"früher", must=("Ich muss früher gehen.",)),
)
_LATE_OR_EARLY = (
    Phrase("delayed", "timing: 'verspäten', 'Verspätung'", r"verspät", must=("Ich werde mich verspäten.",)),
    Phrase("leaves_early", "timing: 'vorzeitig'", r"vorzeitig", must=("Ich muss vorzeitig los.",)),
    Phrase("already_at", "timing: 'schon um 8'", r"\bschon\s+(?:um|gegen)\s+\d", must=("Ich bin schon um 8 da.",)),
)

# Diet, access, travel and timing: details someone registered adds.
DETAIL = Phrases(
    "detail_phrase",
    *_DIET,
    *_ACCESS,
    Phrase("barrier_free", "access: barrier-free", r"barriere", must=("Ist der Saal barrierefrei zugänglich.",)),
    Phrase("relies_on", "'auf Unterarmstützen / eine Begleitung angewiesen': a need to plan for",
           r"\bauf\s+(?:\S+\s+){0,3}?angewiesen\b", must=("Ich bin derzeit auf Unterarmstützen angewiesen.",)),
    Phrase("arrival", "travel: the arrival", r"anreise", must=("Die Anreise erfolgt am Vorabend.",)),
    Phrase("by_train_or_car", "travel: by train or car", r"mit\s+dem\s+(?:zug|auto)",
           must=("Wir kommen mit dem Auto.",)),
    Phrase("by_rail", "travel: by rail", r"mit\s+der\s+bahn", must=("Ich reise mit der Bahn.",)),
    Phrase("parking", "travel: a parking space", r"parkplatz", must=("Ich brauche einen Parkplatz.",)),
    *_PART_OF_DAY,
    Phrase("arrives_at", "timing: 'erst gegen 10 / zur Pause'",
           r"\berst\s+(?:gegen|um|ab|nach|zur|zum)\s+(?:\S+\s+){0,2}?(?:\d|mittag|mittagspause|pause)",
           must=("Ich bin erst zur Mittagspause da.",)),
    *_LATE_OR_EARLY,
)

# How someone travels is worth recording, but beside a question it is the question's context, not a change.
TRAVEL_ONLY = Phrases(
    "travel_phrase",
    Phrase("arrival", "'Anreise'", r"anreise", must=("Zur Anreise eine Frage.",)),
    Phrase("travel_there", "'reise … an'", r"reise\s+\S+\s+an\b", must=("Ich reise gestern an.",)),
    Phrase("by_vehicle", "'mit dem Zug / Auto / Bus / Rad'", r"mit\s+dem\s+(?:zug|auto|bus|rad|fahrrad)",
           must=("Ich komme mit dem Bus.",)),
    Phrase("by_rail", "'mit der Bahn'", r"mit\s+der\s+bahn", must=("Wir fahren mit der Bahn.",)),
    Phrase("parking", "'Parkplatz'", r"parkplatz", must=("Wo ist ein Parkplatz.",)),
    Phrase("public_transport", "'ÖPNV'", r"öpnv", must=("Ich nutze den ÖPNV.",)),
    Phrase("station", "'Bahnhof'", r"bahnhof", must=("Vom Bahnhof laufe ich.",)),
)

# Care the organisers must plan for (diet, access): recorded even when the person asks it as a question
# ("Kann ich vegetarisch essen?"); timing asked as a question is the question's context, so it is not here.
CARE = Phrases(
    "care_phrase",
    *_DIET,
    Phrase("intolerance", "a diet: an intolerance", r"unverträglich", must=("Ich habe eine Unverträglichkeit.",)),
    *_ACCESS,
)

# A need of the person (diet, access, timing): with it, travel beside a question is still a detail.
NEEDS = Phrases(
    "needs_phrase",
    *CARE.phrases,
    *_PART_OF_DAY,
    Phrase("only_from", "timing: 'erst ab'", r"erst\s+ab", must=("Ich kann erst ab zehn.",)),
    Phrase("only_until", "timing: 'nur bis'", r"nur\s+bis", must=("Ich kann nur bis Mittag.",)),
    Phrase("arrives_at_hour", "timing: 'erst gegen / um / nach 10'", r"\berst\s+(?:gegen|um|nach)\s+\d",
           must=("Ich bin erst gegen 10 da.",)),
    *_LATE_OR_EARLY,
)
