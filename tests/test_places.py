"""Municipality matching against the gazetteer: anchored names, spellings, typos, and what must not match;
organisation types; and the municipality a whole mail is for: the client a firm names, a VG's member, an
erfüllende Gemeinde, seats of authorities, firms and universities that are no municipality, a place in the
sender's address only beside an office word."""

from __future__ import annotations

import pytest
from reader_helpers import CODE_SUBJECT, mail

from mailbot.understand import hints, places, read
from mailbot.understand.hints import local_part
from mailbot.understand.org import find as find_org
from mailbot.understand.org import kind


def first(text: str = "", signature: str = "", subject: str = "", addresses: tuple[str, ...] = (),
          use_address: bool = True) -> str | None:
    found = places.find(text, signature, subject, addresses, use_address)
    return found[0].row.municipality.name if found else None


@pytest.mark.parametrize("text,name", [
    ("Stadtverwaltung Schleiz", "Schleiz"),
    ("STADTVERWALTUNG RUDOLSTADT", "Rudolstadt"),
    ("Gemeinde Nobitz", "Nobitz"),
    ("Kommune: Zeulenroda-Triebes", "Zeulenroda-Triebes"),
    ("für die Stadt Saalfeld", "Saalfeld/Saale"),
    ("Stadt Mühlhausen", "Mühlhausen/Thüringen"),
    ("Stadt Muehlhausen", "Mühlhausen/Thüringen"),
    ("Stadt Poessneck", "Pößneck"),
    ("Gemeinde St. Gangloff", "St.Gangloff"),
    ("Gemeinde Sankt Bernhard", "St.Bernhard"),
    ("Gemeinde Berka vor dem Hainich", "Berka v. d. Hainich"),
    ("Stadt Heiligenstadt", "Heilbad Heiligenstadt"),
    ("Stadt Bad Frankenhausen", "Bad Frankenhausen/Kyffhäuser"),
    ("Gemeinde Neundorf", "Neundorf (bei Schleiz)"),
])
def test_anchored_spellings(text: str, name: str) -> None:
    """Official names, caps, ae/oe/ue, slash names and Destatis abbreviations written out all match."""
    assert first(text) == name


@pytest.mark.parametrize("text,name", [
    ("Stadt Schleitz", "Schleiz"),
    ("Stadtverwaltung Rudolstad", "Rudolstadt"),
    ("Stadt Zeulenroda-Triebis", "Zeulenroda-Triebes"),
])
def test_typos_after_an_anchor(text: str, name: str) -> None:
    """A one-letter typo after "Stadt"/"Gemeinde" still finds the municipality."""
    assert first(text) == name


@pytest.mark.parametrize("text", [
    "Ich komme mit dem Auto aus Richtung Berg.",
    "Die Stadt Leipzig ist nicht in Thüringen.",
    "in unserer Stadt werden viele Projekte geplant",
    "Meine Kollegin Frau Ebeleben kommt mit.",
    "Wir freuen uns auf die Veranstaltung in Bad Lobenstein.",
    "Landratsamt Greiz",
    "Verwaltungsgemeinschaft Kranichfeld",
    "Kreisstadt",
    "Stadt- und Regionalplanung",
])
def test_no_match_without_place_context(text: str) -> None:
    """Ordinary words, surnames, the venue, a Landkreis or a VG never become the municipality."""
    assert first(text) is None


def test_postcode_and_town_in_signature() -> None:
    """A postcode before a town name in the signature names the municipality."""
    assert first(signature="Markt 1\n07907 Schleiz") == "Schleiz"


def test_postcode_ignored_when_addresses_do_not_count() -> None:
    """For planning offices and authorities their own address is not the municipality."""
    assert first(signature="Markt 1\n99423 Weimar", use_address=False) is None


@pytest.mark.parametrize("address,name", [
    ("bauamt@rudolstadt.de", "Rudolstadt"),
    ("a.schmidt@stadt-schleiz.de", "Schleiz"),
    ("info@gemeinde-nobitz.de", "Nobitz"),
    ("x@zeulenroda-triebes.de", "Zeulenroda-Triebes"),
    ("y@bad-lobenstein.de", "Bad Lobenstein"),
])
def test_mail_domain_hint(address: str, name: str) -> None:
    """The sender's domain names the municipality when nothing else does."""
    assert first(addresses=(address,)) == name


@pytest.mark.parametrize("address", ["a@gmx.de", "b@web.de", "c@vg-kranichfeld.de", "d@tmdi.thueringen.de"])
def test_foreign_domains_give_nothing(address: str) -> None:
    """Webmail, VG and ministry domains do not name a municipality."""
    assert first(addresses=(address,)) is None


def test_text_beats_signature_and_domain() -> None:
    """A planning office naming its client: the client in the text wins over anything else."""
    assert first("Wir kommen für die Stadt Triptis.", "Stadt Jena", addresses=("x@gera.de",)) == "Triptis"


def test_duplicate_names_use_the_district() -> None:
    """Lehesten exists twice: the district named nearby decides, "Stadt" picks the town."""
    assert places.find("Gemeinde Lehesten, Saale-Holzland-Kreis")[0].row.municipality.ags == "16074051"
    assert places.find("Stadt Lehesten")[0].row.municipality.ags == "16073046"


@pytest.mark.parametrize("org,expected", [
    ("Stadtverwaltung Schleiz", "municipality"),
    ("Verwaltungsgemeinschaft Oppurg", "municipality"),
    ("Gemeinde Nobitz", "municipality"),
    ("Büro für Stadtplanung Dr. Meier", "planning_office"),
    ("Planungsgruppe Nord GmbH", "planning_office"),
    ("Schulz Architekten und Stadtplaner", "planning_office"),
    ("Ingenieurbüro Lange", "planning_office"),
    ("Landratsamt Saale-Orla-Kreis", "authority"),
    ("Thüringer Landesverwaltungsamt", "authority"),
    ("Thüringer Ministerium für Digitales und Infrastruktur", "authority"),
    ("Heimatverein Saalburg e.V.", "other"),
    (None, None),
])
def test_organisation_types(org: str | None, expected: str | None) -> None:
    """Organisation names map to municipality, planning office, authority or other."""
    assert kind(org) == expected


def test_gazetteer_loads_once_and_fully() -> None:
    """All 601 rows are indexed and the cache returns the same object."""
    assert len(places.gazetteer().rows) == 601
    assert places.gazetteer() is places.gazetteer()


# --- organisation types -------------------------------------------------------------------------------

@pytest.mark.parametrize("organisation,expected", [
    ("Gemeinde Kraftsdorf (Landkreis Greiz)", "municipality"),
    ("Landeshauptstadt Erfurt", "municipality"),
    ("Druckerei Sommer GmbH", "other"),
    ("Stadtplanung Ost GmbH", "planning_office"),
    ("Ingenieurgesellschaft Nord mbH", "planning_office"),
    ("Landratsamt Greiz", "authority"),
])
def test_organisation_kind(organisation: str, expected: str) -> None:
    """A firm plans only when its name says so; a district in brackets does not make a Gemeinde an authority."""
    assert kind(organisation) == expected


def test_sentence_naming_an_office_is_no_organisation() -> None:
    """"… einen Termin beim Landratsamt. Bitte …" at the end of a short text is prose, not an organisation line."""
    text = "Ich komme erst später, vorher habe ich einen Termin beim Landratsamt. Bitte vormerken!\n\nJana Vogt\nGemeinde Lindig"
    assert find_org(text, "")[0] == "Gemeinde Lindig"


# --- local spellings and anchors ----------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("der Bürgermeister unserer Mitgliedsgemeinde Oberbodnitz hat eine Frage", "Oberbodnitz"),
    ("Anmeldung: Kai Lenz, Bürgermeister Linda bei Weida", "Linda b. Weida"),
    ("für die Gemeinde Lausnitz bei Neustadt/Orla", "Lausnitz b. Neustadt an der Orla"),
    ("Stadtverwaltung Mühlhausen/Thür.", "Mühlhausen/Thüringen"),
    ("Gemeinde Vatterode", "Dietzenrode/Vatterode"),
])
def test_local_spellings_and_compound_anchors(text: str, name: str) -> None:
    """"Mitgliedsgemeinde X", a mayor's title before the place, "bei" for "b.", "/Thür." and one half of a pair."""
    found = places.find(text)
    assert found and found[0].row.municipality.name == name


def test_mayor_title_before_a_person_is_no_place() -> None:
    """"Bürgermeister Peter Lange" names a person; no municipality comes of it."""
    assert places.find("Bürgermeister Peter Lange kommt mit.") == []


def test_a_signature_line_with_only_the_town_names_it() -> None:
    """A private sender signing with just her town ("Kahla") gives that town."""
    found = places.find("Ich melde mich an.", "Inge Ross\nKahla", addresses=("inge@web.example",))
    assert found and found[0].row.municipality.name == "Kahla"


# --- the municipality a whole mail is for -------------------------------------------------------------

def test_english_town_of() -> None:
    """"supporting the town of Schleiz" names the client municipality of an English-writing planning firm."""
    u = read(mail("We would like to register for the event. We currently work for the town of Schleiz on its ISEK.",
                  signature="Ann Lee\nLee Urban Consulting GmbH", from_name="Ann Lee", from_addr="ann@lee-urban.example"))
    assert u.municipality is not None and u.municipality.name == "Schleiz"


def test_writing_for_a_named_gemeinde_is_a_municipality() -> None:
    """No organisation line, but "für die Gemeinde Kahla melde ich mich an": the sender's side is a municipality."""
    u = read(mail("Für die Stadt Kahla melde ich mich an.", signature="Jana Vogt", from_addr="jv@web.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"
    assert u.organisation_type == "municipality"


def test_municipality_typed_as_the_organisation_field() -> None:
    """"Kommune: Zeulenroda-Triebes" as the only organisation field makes the organisation a municipality."""
    u = read(mail("Name: Jana Vogt\nKommune: Zeulenroda-Triebes", signature="", subject="Anmeldung"))
    assert u.organisation_type == "municipality"


def test_member_of_the_town_council_in_the_genitive() -> None:
    """"als Mitglied des Stadtrates Kahla" from a private address names Kahla."""
    u = read(mail("Als Mitglied des Stadtrates Kahla möchte ich gern teilnehmen.", signature="Jana Vogt",
                  from_addr="jana.vogt@gmx.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"


def test_ortsteil_of_a_gemeinde_is_the_gemeinde() -> None:
    """"Ortsteil Friedrichroda der Gemeinde Harztor"-style phrases give the Gemeinde, not the Ortsteil."""
    u = read(mail("Ich bin Ortsteilbürgermeisterin im Ortsteil Neustadt der Gemeinde Harztor und melde mich an.",
                  signature="Jana Vogt", from_addr="jana.vogt@web.example"))
    assert u.municipality is not None and u.municipality.name == "Harztor"


@pytest.mark.parametrize("text", [
    ("Gibt es eine Online-Übertragung? Die Fahrt von Görkwitz nach Bad Lobenstein ist für uns weit. Falls ja, "
    "würde sich unsere Bürgermeisterin anmelden."),
    "Fährt ein Bus von Görkwitz nach Bad Lobenstein? Wenn ja, melden wir uns an.",
])
def test_conditional_question_from_a_vg_names_its_municipality(text: str) -> None:
    """Where the writers would set out from is their municipality when nothing stronger names one."""
    u = read(mail(text, signature="Doris Weg\nVerwaltungsgemeinschaft Seenplatte", from_addr="d.weg@vg.example",
                  from_name="Doris Weg"))
    assert u.intent == "question" and u.municipality is not None and u.municipality.name == "Görkwitz"


# --- seats that are not the municipality: authorities, firms, universities ----------------------------

def test_authority_mentioning_towns_has_no_municipality() -> None:
    """A Landratsamt that mentions the ISEK of "der Städte Pößneck und Schleiz" in passing gets municipality null."""
    u = read(mail("Ich nehme gern teil. Wir betreuen im Kreis die Stadt Pößneck und die Stadt Schleiz.",
                  signature="Uta Berg\nLandratsamt Saale-Orla-Kreis", from_name="Uta Berg", from_addr="u.berg@lra-sok.example"))
    assert u.organisation_type == "authority" and u.municipality is None


def test_engineering_office_in_the_signature_is_a_planning_office() -> None:
    """"Ingenieurbüro Kern" under the name is the organisation, a planning office, and its seat is no municipality."""
    u = read(mail("Ich melde mich an.", signature="Dipl.-Ing. Uwe Kern\nIngenieurbüro Kern\n07743 Jena",
                  from_name="Uwe Kern", from_addr="info@ib-kern.example"))
    assert u.organisation == "Ingenieurbüro Kern" and u.organisation_type == "planning_office"
    assert u.municipality is None


def test_university_seat_is_not_the_municipality() -> None:
    """A chair of the "Universität Erfurt" sending greetings "aus Erfurt" is for no municipality."""
    u = read(mail("Gern nehme ich an der Veranstaltung teil.", signature="Beste Grüße aus Erfurt\nJana Vogt\n"
                  "Lehrstuhl Raumplanung\nUniversität Erfurt", from_addr="jana.vogt@uni-erfurt.example"))
    assert u.organisation_type == "other" and u.municipality is None


def test_university_working_for_a_named_town_keeps_it() -> None:
    """The same chair writing "für die Stadt Kahla" is for Kahla: a strong anchor outweighs the seat rule."""
    u = read(mail("Im Auftrag der Stadt Kahla nehme ich teil.", signature="Jana Vogt\nUniversität Erfurt",
                  from_addr="jana.vogt@uni-erfurt.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"


def test_local_association_keeps_its_town() -> None:
    """A "Heimatverein Kahla e.V." is for its own town (the seat rule is for universities and institutes)."""
    u = read(mail("Ich melde mich an.", signature="Jana Vogt\nHeimatverein Kahla e.V.\nKahla",
                  from_addr="jana.vogt@web.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"


def test_utility_seat_is_not_the_municipality() -> None:
    """Stadtwerke or a GmbH named after its town work for several clients; the town is only their seat."""
    u = read(mail("Ich melde mich zur Veranstaltung an, wir planen mit einigen Kommunen Nahwärmenetze.",
                  signature="Jana Vogt\nStadtwerke Schleiz GmbH\nBahnhofstraße 1\n07907 Schleiz",
                  from_addr="j.vogt@stadtwerke-schleiz.example"))
    assert u.intent == "registration" and u.municipality is None


def test_housing_company_seat_is_not_the_municipality() -> None:
    """A municipal housing company (mbH) named after its town is not that town's administration."""
    u = read(mail("Ich melde mich an.", signature="Jana Vogt\nWohnungsbaugesellschaft Schleiz mbH\n07907 Schleiz",
                  from_addr="j.vogt@wg-schleiz.example"))
    assert u.organisation_type == "other" and u.municipality is None


# --- Verwaltungsgemeinschaften and erfüllende Gemeinden: the member the mail is about -----------------

@pytest.mark.parametrize("field", ["Kommune: Gemeinde Heideland", "Kommune: Heideland", "Gemeinde: Gemeinde Heideland"])
def test_form_line_in_a_vg_mail_names_the_member(field: str) -> None:
    """A VG whose name contains a member's name: the form line "Kommune: (Gemeinde) X" gives X."""
    u = read(mail(f"Anbei meine Anmeldung.\n\nName: Sauer\nVorname: Ilka\n{field}",
                  signature="Ilka Sauer\nVerwaltungsgemeinschaft Heideland-Elstertal-Schkölen",
                  from_name="Ilka Sauer", from_addr="i.sauer@vg-hes.example"))
    assert u.municipality is not None and u.municipality.name == "Heideland"


def test_vg_signature_alone_names_no_municipality() -> None:
    """Without a form line or sentence naming the member, a VG's own name is no municipality."""
    u = read(mail("Hiermit melde ich mich an.", signature="Ilka Sauer\nVerwaltungsgemeinschaft Heideland-Elstertal-Schkölen",
                  from_name="Ilka Sauer", from_addr="i.sauer@vg-hes.example"))
    assert u.municipality is None


def test_neighbouring_administration_writing_for_a_member_gives_the_member() -> None:
    """A signature "Stadtverwaltung A / für die Gemeinde B" is about B, though A is a municipality too."""
    u = read(mail("Herr Bürgermeister Paul Reuß kann leider nicht teilnehmen.", subject="Absage",
                  signature="Sekretariat\nStadtverwaltung Schleiz\nfür die Gemeinde Görkwitz",
                  from_addr="sekretariat@schleiz.example", from_name="Sekretariat"))
    assert u.intent == "cancellation" and u.municipality is not None and u.municipality.name == "Görkwitz"


def test_erfuellende_gemeinde_describing_itself_keeps_its_own_place() -> None:
    """"Gemeinde A – erfüllende Gemeinde für B" describes A's office: its clerk registering herself is A's."""
    u = read(mail("Ich melde mich zur Veranstaltung an.", signature="Jana Vogt\nStadt Schleiz – erfüllende "
                  "Gemeinde für Görkwitz"))
    assert u.municipality is not None and u.municipality.name == "Schleiz"


# --- a place in the sender's address ------------------------------------------------------------------

def test_office_word_and_place_in_a_private_address_is_a_weak_hint() -> None:
    """`buergermeister.goerkwitz@…` names Görkwitz; a bare surname-like local part names nothing."""
    hint = local_part("buergermeister.goerkwitz@freemail.example")
    assert hint is not None and hint.row.municipality.name == "Görkwitz"
    assert local_part("goerkwitz.paul@freemail.example") is None
    u = read(mail("Muss leider absagen, bin krank.", subject=CODE_SUBJECT, signature="Paul Reuß",
                  from_addr="gemeinde.goerkwitz@freemail.example", from_name="Paul Reuß"))
    assert u.intent == "cancellation" and u.municipality is not None and u.municipality.name == "Görkwitz"


@pytest.mark.parametrize(("address", "place"), [
    ("bgm-goerkwitz@web.example", "Görkwitz"),
    ("gemeinde.goerkwitz@freemail.example", "Görkwitz"),
    ("paul.goerkwitz@freemail.example", None),
])
def test_place_in_the_local_part_needs_an_office_word(address: str, place: str | None) -> None:
    """Only beside an office word (Bürgermeister, Gemeinde, bgm) does a place in the local part count."""
    u = read(mail("Ich melde mich an.", signature="Paul Reuß", from_name="Paul Reuß", from_addr=address))
    assert (u.municipality.name if u.municipality else None) == place


# --- the place rules as a table: every rule finds what its examples say ---------------------------------

_PLACE_TABLE = (places.FORM_FIELD, *places.PLACE_RULES, *hints.HINT_RULES)


def _by_rule(rule: places.PlaceRule, given: str) -> list[str]:
    """The municipalities `rule` finds when `given` stands in the part of a mail the rule reads."""
    sources = {"text": given, "subject": given, "signature": given, "text+signature": given}
    addresses = (given,) if rule.source == "address" else ()
    venue = places.shipped_venue()
    found = (hints.hint if rule in hints.HINT_RULES else places.apply)(rule, sources, addresses, given, venue)
    return [m.row.municipality.name for m in found]


@pytest.mark.parametrize("rule", _PLACE_TABLE, ids=[r.name for r in _PLACE_TABLE])
def test_place_rule_examples(rule: places.PlaceRule) -> None:
    assert rule.why and rule.must
    for given, municipality in rule.must:
        assert municipality in _by_rule(rule, given), (rule.name, given)
    for given in rule.must_not:
        assert _by_rule(rule, given) == [], (rule.name, given)


def test_place_rule_names_are_unique_and_name_the_reason() -> None:
    assert len({r.name for r in _PLACE_TABLE}) == len(_PLACE_TABLE)
    u = read(mail("Für die Stadt Pößneck melde ich mich an.", signature="Jana Vogt"))
    assert "named_in_text: Pößneck" in u.reasons


@pytest.mark.parametrize("address, town", [
    ("k.loeser@stadtilm.example", "Stadtilm"),  # a town whose name starts with "Stadt"
    ("bauamt@stadtroda.example", "Stadtroda"),
    ("info@stadt-neustadt-orla.example", "Neustadt an der Orla"),  # "stadt-" + a town with a river
    ("post@stadtkahla.example", "Kahla"),  # "stadt" + town
])
def test_a_domain_that_starts_with_stadt(address: str, town: str) -> None:
    row = places.domain_match(address)
    assert (row.municipality.name if row else None) == town
