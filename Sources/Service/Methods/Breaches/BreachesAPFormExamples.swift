import JSON
import JSONRPC

/// The recorded examples of `breaches.apForm`: the USB stick of the `breaches.register` examples
/// (D-2026-0001) right after its assessment, before the report, as the privacy officer types it in.
enum BreachesAPFormExamples {
  /// The examples, in order.
  static let all: [MethodExample] = [
    MethodExample(
      "the USB stick, assessed and not yet reported: a new notification",
      params: ["id": "D-2026-0001"],
      result: ["id": "D-2026-0001", "notification": "new", "reportBy": "2026-11-30T16:30:00+01:00", "complete": false]),
    MethodExample(
      "the same, as text to copy into the form",
      params: ["id": "D-2026-0001", "format": "text"],
      result: .string(usbStickText)),
  ]

  /// The USB stick's form as text: what the privacy officer copies into the Meldloket datalekken.
  static let usbStickText = """
        Meldformulier datalekken (Autoriteit Persoonsgegevens): invulhulp voor D-2026-0001
        Formulier: Meldformulier datalekken van de Autoriteit Persoonsgegevens, versie in gebruik sinds mei 2021
        Soort melding: Nieuwe melding
        Uiterlijk melden: 30-11-2026 16:30 (72 uur na het moment van kennisname, art. 33 lid 1 AVG)

        == 0. Over deze melding ==

        Wat voor melding doet u?
          Nieuwe melding

        Op grond van welke regelgeving doet u deze melding?
          [x] AVG

        == 1. Contactgegevens en overige algemene informatie ==

        Over welke organisatie gaat het? Naam
          Stichting Openbaar Onderwijs Kennemerland

        Over welke organisatie gaat het? KvK-nummer
          41223344

        Over welke organisatie gaat het? Adres
          Schoolstraat 1, 2011 AB Haarlem

        Wie meldt het datalek? Naam
          A. de Vries

        Wie meldt het datalek? Functie
          functionaris gegevensbescherming

        Wie meldt het datalek? Telefoonnummer
          023-5551234

        Wie meldt het datalek? E-mailadres
          fg@sook.nl

        Met wie kan de AP contact opnemen voor nadere informatie over de melding? Naam
          A. de Vries

        Met wie kan de AP contact opnemen? Functie
          functionaris gegevensbescherming

        Met wie kan de AP contact opnemen? Telefoonnummer
          023-5551234

        Met wie kan de AP contact opnemen? E-mailadres
          fg@sook.nl

        Was er een andere organisatie betrokken bij de inbreuk?
          Nee

        == 2. Tijdlijn ==

        Wanneer vond de inbreuk plaats (begin)?
          27-11-2026 15:45

        Wanneer heeft uw organisatie de inbreuk ontdekt?
          27-11-2026 16:30

        Duurt de inbreuk op dit moment nog voort?
          (niet vastgelegd in avgd: beantwoord dit in het formulier zelf)

        == 3. Gegevens over het datalek ==

        Geef een samenvatting van het incident waarbij de inbreuk op de beveiliging van persoonsgegevens zich heeft voorgedaan
          USB stick with a class list and grades lost on the train

        Wat is de aard van het incident?
          (niet vastgelegd in avgd: beantwoord dit in het formulier zelf)

        Wat is de aard van de inbreuk?
          [x] Lezen (vertrouwelijkheid)

        == 4. Persoonsgegevens die betrokken zijn bij het datalek ==

        Om welk type persoonsgegevens gaat het?
          [x] Naam-, adres- en woonplaatsgegevens
          [x] Overige gegevens, namelijk: cijfers

        Gaat het om bijzondere categorieën van persoonsgegevens of strafrechtelijke gegevens?
          Nee

        Hoeveel gegevensrecords zijn (eventueel bij benadering) getroffen door de inbreuk?
          minimaal 28, maximaal 30

        == 5. De groep mensen van wie persoonsgegevens betrokken zijn bij het datalek ==

        Hoeveel personen zijn (eventueel bij benadering) betrokken bij de inbreuk?
          minimaal 28, maximaal 30

        Om welke groepen personen gaat het?
          [x] Leerlingen of studenten

        Zijn er kinderen (minderjarigen) of andere kwetsbare groepen onder de betrokkenen?
          Ja

        == 6. Maatregelen die zijn getroffen voordat het datalek plaatsvond ==

        Waren de persoonsgegevens op het moment van de inbreuk versleuteld, gecodeerd of op een andere manier onbegrijpelijk of ontoegankelijk voor onbevoegden?
          Nee

        Licht toe welke maatregelen waren getroffen
          none: the stick was not encrypted

        == 7. Gevolgen van het datalek ==

        Welke gevolgen kan de inbreuk hebben voor de persoonlijke levenssfeer van de betrokkenen?
          Embarrassment; grades known to strangers

        Geef een inschatting van de ernst van de mogelijke gevolgen voor de betrokkenen
          Ernstig

        Licht uw inschatting toe
          Names and grades of 29 minors, unencrypted, lost in public

        == 8. Vervolgacties naar aanleiding van het datalek ==

        Heeft u de betrokkenen ingelicht of bent u van plan dat te doen?
          Nee, maar dat ga ik wel doen

        Wanneer en hoe heeft u de betrokkenen ingelicht (of gaat u dat doen)?
          ONTBREEKT: vul aan via breaches.notifySubjects

        Welke maatregelen heeft u genomen om de inbreuk aan te pakken en herhaling te voorkomen?
          ONTBREEKT: vul aan via breaches.addMeasure

        Heeft de inbreuk zich voorgedaan in een grensoverschrijdende gegevensverwerking?
          (niet vastgelegd in avgd: beantwoord dit in het formulier zelf)

        == 9. Overig ==

        Wilt u nog iets anders melden?
          Kenmerk in het datalekregister van het bestuur: D-2026-0001 (school: Brederocollege).

        == Nog uit te zoeken vóór het melden ==
        - Wanneer en hoe heeft u de betrokkenen ingelicht (of gaat u dat doen)? (vul aan via breaches.notifySubjects)
        - Welke maatregelen heeft u genomen om de inbreuk aan te pakken en herhaling te voorkomen? (vul aan via breaches.addMeasure)

        """
}
