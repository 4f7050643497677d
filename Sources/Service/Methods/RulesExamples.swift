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
            {"right": "access", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 15; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right of access personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "rectification", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 16; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to rectification personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "erasure", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 17; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to erasure personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "restriction", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 18; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to restriction of processing personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "objection", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 21; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to object personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "portability", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 20; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to data portability personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "consent", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 6(1)(a) and 7; UAVG art. 5(1)", "sentence": "From 16 the student gives and withdraws consent personally."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
            {"right": "results", "holders": ["parents", "student"], "basis": {"law": "WPO / WVO 2020 / WEC / AVG", "article": "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20; AVG art. 15; BW 1:233", "sentence": "Parents are informed about progress until the 18th birthday; from 16 the student also sees their results through the right of access."}, "since": "2026-03-15", "until": "2028-03-15", "parentsWithStudentConsent": false}
          ],
          "nextChange": {"on": "2028-03-15", "age": 18, "description": "At 18 the student is of age (BW 1:233): results go to the student alone; parents only with the student's recorded consent."}
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
            {"right": "access", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 15; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right of access for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "rectification", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 16; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to rectification for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "erasure", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 17; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to erasure for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "restriction", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 18; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to restriction of processing for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "objection", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 21; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to object for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "portability", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 20; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to data portability for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "consent", "holders": ["parents"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 6(1)(a) and 7; UAVG art. 5(1)", "sentence": "Under 16 the consent of the legal representative (parent with authority or guardian) replaces the student's consent."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
            {"right": "results", "holders": ["parents"], "basis": {"law": "WPO / WVO 2020 / WEC", "article": "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20", "sentence": "The school informs the parents about the progress of a student under 16."}, "until": "2028-02-29", "parentsWithStudentConsent": false}
          ],
          "nextChange": {"on": "2028-02-29", "age": 16, "description": "At 16 the student takes over the AVG rights and consent from the parents (UAVG art. 5(1)) and also receives results; parents keep receiving results until 18."}
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
          "reason": "A parent without parental authority is not the student's legal representative (BW 1:245(4)) and holds no AVG rights for the child; they may ask the school for important information about the child's care and upbringing under BW 1:377c, which the school refuses if it is against the child's interest.",
          "basis": {"law": "BW", "article": "BW 1:245(4); BW 1:377c", "sentence": "A parent without authority has an information right on request, not AVG standing."},
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
          "reason": "The student is 16 and holds the right to erasure personally.",
          "basis": {"law": "AVG / UAVG", "article": "AVG art. 17; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to erasure personally; parents no longer act for the student."},
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
          "reason": "The student is 18 and of age: results go to the parents only with the student's recorded consent.",
          "basis": {"law": "BW / AVG", "article": "BW 1:233; AVG art. 15; AVG art. 6(1)(a) and 7 (the student's consent)", "sentence": "From 18 the student is of age and alone receives results; parents only with the student's recorded consent."},
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
          "reason": "Everyone holds the right of access over their own personal data, whatever the student's age; the student's data inside those records is redacted.",
          "basis": {"law": "AVG", "article": "AVG art. 15(1) and 15(4)", "sentence": "A data subject exercises their own rights; others' data in a copy is protected (AVG art. 15(4))."},
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
            {"on": "2028-03-15", "age": 18, "description": "At 18 the student is of age (BW 1:233): results go to the student alone; parents only with the student's recorded consent.", "rights": [{"right": "results", "holders": ["student"], "basis": {"law": "BW / AVG", "article": "BW 1:233; AVG art. 15; AVG art. 6(1)(a) and 7 (the student's consent)", "sentence": "From 18 the student is of age and alone receives results; parents only with the student's recorded consent."}, "since": "2028-03-15", "parentsWithStudentConsent": true}]}
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
            {"date": "2026-04-05", "reason": "2026-04-05 is a Sunday"},
            {"date": "2026-04-06", "reason": "2026-04-06 is Easter Monday (Tweede Paasdag)"}
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
            {"date": "2026-02-28", "reason": "2026-02-28 is a Saturday"},
            {"date": "2026-03-01", "reason": "2026-03-01 is a Sunday"}
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
