import JSON
import JSONRPC

/// The recorded examples of the rules methods (`rights.*`, `deadlines.request`,
/// `calendar.holidays`): what a caller sends and, in the default language (Dutch), what avgd
/// answers. They are data replayed against the real binary, not texts avgd says: the texts come
/// from the catalogue (`Texts.Rules`, `Texts.Dates`).
enum RulesExamples {
  /// Examples of `RightsResolve`.
  static let rightsResolve: [MethodExample] = [
    MethodExample(
      "16th birthday, `on` given as an instant (its Amsterdam date counts)", params: ["birthDate": "2010-03-15", "on": "2026-03-14T23:30:00Z"],
      result: RulesJSON.literal(
        #"""
        {
          "age": 16,
          "on": "2026-03-15",
          "rights": [
            {"right": "access", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 15; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht op inzage zelf uit; ouders treden niet langer op voor de leerling."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "rectification", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 16; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht op rectificatie zelf uit; ouders treden niet langer op voor de leerling."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "erasure", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 17; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht op gegevenswissing zelf uit; ouders treden niet langer op voor de leerling."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "restriction", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 18; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht op beperking van de verwerking zelf uit; ouders treden niet langer op voor de leerling."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "objection", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 21; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht van bezwaar zelf uit; ouders treden niet langer op voor de leerling."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "portability", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 20; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht op overdraagbaarheid van gegevens zelf uit; ouders treden niet langer op voor de leerling."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "consent", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 6(1)(a) en 7; UAVG art. 5(1)", "sentence": "Vanaf 16 geeft de leerling zelf toestemming en trekt die zelf in."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "results", "holders": ["parents", "student"], "basis": {"law": "WPO / WVO 2020 / WEC / AVG", "article": "WPO art. 11; WVO art. 23b, nu WVO 2020 (art. 2.97 niet geverifieerd); WEC art. 20; AVG art. 15; BW 1:233", "sentence": "Ouders worden tot de 18e verjaardag over de voortgang geïnformeerd; vanaf 16 ziet de leerling de eigen resultaten ook via het recht op inzage."}, "since": "2026-03-15", "until": "2028-03-15", "parentsWithStudentConsent": false}
          ],
          "nextChange": {"on": "2028-03-15", "age": 18, "description": "Op 18-jarige leeftijd is de leerling meerderjarig (BW 1:233): resultaten gaan alleen naar de leerling; naar ouders alleen met vastgelegde toestemming van de leerling."}
        }
        """#)),
    MethodExample(
      "today by default; born 29 February", params: ["birthDate": "2012-02-29"],
      result: RulesJSON.literal(
        #"""
        {
          "age": 14,
          "on": "2026-11-29",
          "rights": [
            {"right": "access", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 15; UAVG art. 5(1) naar analogie; BW 1:245(4)", "sentence": "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht op inzage uit voor de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "rectification", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 16; UAVG art. 5(1) naar analogie; BW 1:245(4)", "sentence": "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht op rectificatie uit voor de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "erasure", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 17; UAVG art. 5(1) naar analogie; BW 1:245(4)", "sentence": "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht op gegevenswissing uit voor de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "restriction", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 18; UAVG art. 5(1) naar analogie; BW 1:245(4)", "sentence": "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht op beperking van de verwerking uit voor de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "objection", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 21; UAVG art. 5(1) naar analogie; BW 1:245(4)", "sentence": "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht van bezwaar uit voor de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "portability", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 20; UAVG art. 5(1) naar analogie; BW 1:245(4)", "sentence": "Onder de 16 oefenen de wettelijk vertegenwoordigers (ouders met gezag, voogden) het recht op overdraagbaarheid van gegevens uit voor de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "consent", "holders": ["parents"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 6(1)(a) en 7; UAVG art. 5(1)", "sentence": "Onder de 16 vervangt de toestemming van de wettelijk vertegenwoordiger (ouder met gezag of voogd) de toestemming van de leerling."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "results", "holders": ["parents"], "basis": {"law": "WPO / WVO 2020 / WEC", "article": "WPO art. 11; WVO art. 23b, nu WVO 2020 (art. 2.97 niet geverifieerd); WEC art. 20", "sentence": "De school informeert de ouders over de voortgang van een leerling onder de 16."}, "until": "2028-02-29", "parentsWithStudentConsent": false}
          ],
          "nextChange": {"on": "2028-02-29", "age": 16, "description": "Op 16-jarige leeftijd neemt de leerling de AVG-rechten en de toestemming over van de ouders (UAVG art. 5(1)) en ontvangt ook de resultaten; ouders blijven resultaten ontvangen tot 18."}
        }
        """#))
  ]

  /// Examples of `RightsCheck`.
  static let rightsCheck: [MethodExample] = [
    MethodExample(
      "a parent without authority", params: ["birthDate": "2012-05-01", "on": "2026-03-15", "right": "access", "requester": "parentWithoutAuthority"],
      result: RulesJSON.literal(
        #"""
        {
          "entitled": false,
          "holders": ["parents"],
          "reason": "Een ouder zonder gezag is geen wettelijk vertegenwoordiger van de leerling (BW 1:245(4)) en heeft geen AVG-rechten voor het kind; deze ouder kan de school om belangrijke informatie over de verzorging en opvoeding van het kind vragen (BW 1:377c), die de school weigert als dat tegen het belang van het kind ingaat.",
          "basis": {"law": "BW", "article": "BW 1:245(4); BW 1:377c", "sentence": "Een ouder zonder gezag heeft op verzoek recht op informatie, geen AVG-rechten."},
          "entitledWithStudentConsent": false,
          "on": "2026-03-15"
        }
        """#)),
    MethodExample(
      "a 16-year-old student", params: ["birthDate": "2010-03-15", "on": "2026-03-15", "right": "erasure", "requester": "student"],
      result: RulesJSON.literal(
        #"""
        {
          "entitled": true,
          "holders": ["student"],
          "reason": "De leerling is 16 en heeft zelf het recht op gegevenswissing.",
          "basis": {"law": "AVG / UAVG", "article": "AVG art. 17; UAVG art. 5(1) naar analogie", "sentence": "Vanaf 16 oefent de leerling het recht op gegevenswissing zelf uit; ouders treden niet langer op voor de leerling."},
          "entitledWithStudentConsent": false,
          "on": "2026-03-15"
        }
        """#)),
    MethodExample(
      "results after 18 need the student's consent", params: ["birthDate": "2007-05-01", "on": "2026-03-15", "right": "results", "requester": "parent"],
      result: RulesJSON.literal(
        #"""
        {
          "entitled": false,
          "holders": ["student"],
          "reason": "De leerling is 18 en meerderjarig: resultaten gaan alleen met vastgelegde toestemming van de leerling naar de ouders.",
          "basis": {"law": "BW / AVG", "article": "BW 1:233; AVG art. 15; AVG art. 6(1)(a) en 7 (toestemming van de leerling)", "sentence": "Vanaf 18 is de leerling meerderjarig en ontvangt alleen de leerling de resultaten; ouders alleen met vastgelegde toestemming van de leerling."},
          "entitledWithStudentConsent": true,
          "on": "2026-03-15"
        }
        """#)),
    MethodExample(
      "a parent's own data", params: ["birthDate": "2009-05-01", "on": "2026-03-15", "right": "access", "requester": "parent", "about": "requester"],
      result: RulesJSON.literal(
        #"""
        {
          "entitled": true,
          "holders": ["student"],
          "reason": "Iedereen heeft het recht op inzage ten aanzien van de eigen persoonsgegevens, ongeacht de leeftijd van de leerling; de gegevens van de leerling in die stukken worden afgeschermd.",
          "basis": {"law": "AVG", "article": "AVG art. 15(1) en 15(4)", "sentence": "Een betrokkene oefent de eigen rechten uit; gegevens van anderen in een kopie worden beschermd (AVG art. 15(4))."},
          "entitledWithStudentConsent": false,
          "on": "2026-03-15"
        }
        """#))
  ]

  /// Examples of `RightsTimeline`.
  static let rightsTimeline: [MethodExample] = [
    MethodExample(
      "only the 18th birthday falls in the period", params: ["birthDate": "2010-03-15", "from": "2027-01-01", "to": "2030-12-31"],
      result: RulesJSON.literal(
        #"""
        {
          "birthDate": "2010-03-15",
          "from": "2027-01-01",
          "to": "2030-12-31",
          "dates": ["2028-03-15"],
          "changes": [
            {"on": "2028-03-15", "age": 18, "description": "Op 18-jarige leeftijd is de leerling meerderjarig (BW 1:233): resultaten gaan alleen naar de leerling; naar ouders alleen met vastgelegde toestemming van de leerling.", "rights": [{"right": "results", "holders": ["student"], "basis": {"law": "BW / AVG", "article": "BW 1:233; AVG art. 15; AVG art. 6(1)(a) en 7 (toestemming van de leerling)", "sentence": "Vanaf 18 is de leerling meerderjarig en ontvangt alleen de leerling de resultaten; ouders alleen met vastgelegde toestemming van de leerling."}, "since": "2028-03-15", "parentsWithStudentConsent": true}]}
          ]
        }
        """#)),
    MethodExample(
      "no change before the 16th birthday", params: ["birthDate": "2010-03-15", "from": "2010-03-15", "to": "2026-03-14"],
      result: RulesJSON.literal(
        #"""
        {
          "birthDate": "2010-03-15",
          "from": "2010-03-15",
          "to": "2026-03-14",
          "dates": [],
          "changes": []
        }
        """#))
  ]

  /// Examples of `DeadlinesRequest`.
  static let deadlinesRequest: [MethodExample] = [
    MethodExample(
      "Easter Monday pushes the due date", params: ["receivedOn": "2026-03-05"],
      result: RulesJSON.literal(
        #"""
        {
          "receivedOn": "2026-03-05",
          "baseDueOn": "2026-04-05",
          "dueOn": "2026-04-07",
          "dueBy": "2026-04-07T23:59:59+02:00",
          "rolledOver": [
            {"date": "2026-04-05", "reason": "2026-04-05 is een zondag"},
            {"date": "2026-04-06", "reason": "2026-04-06 is Tweede Paasdag"}
          ]
        }
        """#)),
    MethodExample(
      "month end and the extension", params: ["receivedOn": "2026-01-31", "extended": true],
      result: RulesJSON.literal(
        #"""
        {
          "receivedOn": "2026-01-31",
          "baseDueOn": "2026-02-28",
          "dueOn": "2026-03-02",
          "dueBy": "2026-03-02T23:59:59+01:00",
          "rolledOver": [
            {"date": "2026-02-28", "reason": "2026-02-28 is een zaterdag"},
            {"date": "2026-03-01", "reason": "2026-03-01 is een zondag"}
          ],
          "extendedBaseDueOn": "2026-04-30",
          "extendedDueOn": "2026-04-30",
          "extendedDueBy": "2026-04-30T23:59:59+02:00",
          "extendedRolledOver": [],
          "chainedExtendedDueOn": "2026-04-28",
          "chainedIsEarlier": true
        }
        """#)),
    MethodExample(
      "received just before midnight UTC", params: ["receivedAt": "2026-03-14T23:30:00Z"],
      result: RulesJSON.literal(
        #"""
        {
          "receivedAt": "2026-03-15T00:30:00+01:00",
          "receivedOn": "2026-03-15",
          "baseDueOn": "2026-04-15",
          "dueOn": "2026-04-15",
          "dueBy": "2026-04-15T23:59:59+02:00",
          "rolledOver": []
        }
        """#))
  ]

  /// Examples of `CalendarHolidays`.
  static let calendarHolidays: [MethodExample] = [
    MethodExample(
      "2025: King's Day on the 26th", params: ["year": 2025],
      result: [
        "year": 2025,
        "holidays": [
          CalendarHolidays.holiday("2025-01-01", "newYearsDay", "Nieuwjaarsdag", "Nieuwjaarsdag", "woensdag"),
          CalendarHolidays.holiday("2025-04-18", "goodFriday", "Goede Vrijdag", "Goede Vrijdag", "vrijdag"),
          CalendarHolidays.holiday("2025-04-21", "easterMonday", "Tweede Paasdag", "Tweede Paasdag", "maandag"),
          CalendarHolidays.holiday("2025-04-26", "kingsDay", "Koningsdag", "Koningsdag", "zaterdag"),
          CalendarHolidays.holiday("2025-05-05", "liberationDay", "Bevrijdingsdag", "Bevrijdingsdag", "maandag"),
          CalendarHolidays.holiday("2025-05-29", "ascensionDay", "Hemelvaartsdag", "Hemelvaartsdag", "donderdag"),
          CalendarHolidays.holiday("2025-06-09", "whitMonday", "Tweede Pinksterdag", "Tweede Pinksterdag", "maandag"),
          CalendarHolidays.holiday("2025-12-25", "christmasDay", "Eerste Kerstdag", "Eerste Kerstdag", "donderdag"),
          CalendarHolidays.holiday("2025-12-26", "boxingDay", "Tweede Kerstdag", "Tweede Kerstdag", "vrijdag"),
        ],
      ])
  ]
}
