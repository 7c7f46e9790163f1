"""Municipality matching against the gazetteer: anchored names, spellings, typos, and what must not match."""

from __future__ import annotations

import pytest

from mailbot.understand import places
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
