import JSON
import JSONRPC

/// The examples of the `breaches.*` methods as one story, replayed in catalog order on a fresh
/// service pinned at 2026-11-29T10:00:00+01:00 (Protocol/README.md, "Example pairings"): the
/// Friday-afternoon USB stick (reported, people told, closed), a phishing near miss and a stolen
/// laptop that turns out to be a data breach. Their params are what a caller sends (data, not
/// texts avgd says); results that hold avgd's texts hold them in Dutch, the default language.
enum BreachExamples {
  /// `breaches.register`.
  static let register: [MethodExample] = [
    MethodExample(
      "the Friday-afternoon USB stick",
      params: [
        "kind": "dataBreach", "summary": "USB stick with a class list and grades lost on the train",
        "awareAt": "2026-11-27T16:30:00+01:00", "occurredAt": "2026-11-27T15:45:00+01:00", "source": "internal",
        "school": "Brederocollege",
      ],
      result: [
        "id": "D-2026-0001", "kind": "dataBreach", "status": "registered", "awareAt": "2026-11-27T16:30:00+01:00",
        "reportBy": "2026-11-30T16:30:00+01:00", "authorityReportRequired": nil,
      ]),
    MethodExample(
      "a phishing mail reported before anyone clicked",
      params: ["kind": "nearMiss", "summary": "Phishing mail to staff, reported, no clicks", "awareAt": "2026-11-25T09:00:00+01:00"],
      result: ["id": "D-2026-0002", "kind": "nearMiss", "status": "registered", "authorityReportRequired": false]),
    MethodExample(
      "a stolen laptop, personal data not yet ruled out",
      params: ["kind": "securityIncident", "summary": "Laptop stolen from the staff room", "awareAt": "2026-11-28T09:00:00+01:00"],
      result: ["id": "D-2026-0003", "kind": "securityIncident", "status": "registered"]),
  ]

  /// `breaches.assess`.
  static let assess: [MethodExample] = [
    MethodExample(
      "grades of a class of minors on an unencrypted stick: high risk",
      params: [
        "id": "D-2026-0001", "risk": "high",
        "riskRationale": "Names and grades of 29 minors, unencrypted, lost in public",
        "assessedBy": ["name": "A. de Vries", "role": "privacyOfficer"], "assessedAt": "2026-11-28T09:00:00+01:00",
        "ciaTypes": ["confidentiality"], "dataCategories": ["name", "grades"], "includesMinors": true,
        "subjectsAffected": ["min": 28, "max": 30], "recordsAffected": ["min": 28, "max": 30],
        "subjectCategories": ["students"], "consequences": "Embarrassment; grades known to strangers",
        "preBreachMeasures": "none: the stick was not encrypted",
      ],
      result: ["id": "D-2026-0001", "status": "assessed", "authorityReportRequired": true, "subjectsNotificationRequired": true])
  ]

  /// `breaches.reclassify`.
  static let reclassify: [MethodExample] = [
    MethodExample(
      "the stolen laptop held student files",
      params: [
        "id": "D-2026-0003", "kind": "dataBreach", "reason": "The laptop's disk was not encrypted and held student files",
        "at": "2026-11-28T14:00:00+01:00", "awareAt": "2026-11-28T13:30:00+01:00",
      ],
      result: [
        "id": "D-2026-0003", "kind": "dataBreach", "awareAt": "2026-11-28T09:00:00+01:00",
        "breachAwareAt": "2026-11-28T13:30:00+01:00", "reportBy": "2026-12-01T13:30:00+01:00",
      ])
  ]

  /// `breaches.reportToAuthority`.
  static let reportToAuthority: [MethodExample] = [
    MethodExample(
      "reported on Saturday, in time",
      params: ["id": "D-2026-0001", "reportedAt": "2026-11-28T11:00:00+01:00", "reference": "M-2026-48213"],
      result: [
        "id": "D-2026-0001", "status": "reported",
        "authorityReport": ["reportedAt": "2026-11-28T11:00:00+01:00", "reference": "M-2026-48213", "late": false],
      ])
  ]

  /// `breaches.followUp`.
  static let followUp: [MethodExample] = [
    MethodExample(
      "the number of students confirmed",
      params: [
        "id": "D-2026-0001", "at": "2026-11-29T09:00:00+01:00", "type": "supplement", "reference": "M-2026-48213",
        "note": "Number of students confirmed: 29",
      ],
      result: [
        "id": "D-2026-0001",
        "authorityReport": ["followUps": [["type": "supplement", "at": "2026-11-29T09:00:00+01:00"]]],
      ])
  ]

  /// `breaches.attachAffected`.
  static let attachAffected: [MethodExample] = [
    MethodExample(
      "two families to write to", params: [
        "id": "D-2026-0003", "at": "2026-11-29T09:00:00+01:00",
        "people": [["name": "Fam. Jansen", "contact": "Dorpsstraat 1"], ["name": "Fam. Smit", "contact": "Kerkweg 2"]],
      ], result: ["breachId": "D-2026-0003", "count": 2])
  ]

  /// `breaches.affected`.
  static let affected: [MethodExample] = [
    MethodExample(
      "the list", params: ["id": "D-2026-0003"],
      result: ["breachId": "D-2026-0003", "count": 2, "people": [["name": "Fam. Jansen", "contact": "Dorpsstraat 1"], ["name": "Fam. Smit", "contact": "Kerkweg 2"]]])
  ]

  /// `breaches.notifySubjects`.
  static let notifySubjects: [MethodExample] = [
    MethodExample(
      "a 15-year-old and a 17-year-old",
      params: [
        "id": "D-2026-0001", "notifiedAt": "2026-11-29T09:30:00+01:00", "channel": "letter",
        "content": [
          "contactPoint": "FG, fg@brederocollege.example, 023-5550100",
          "consequences": "Someone may see your child's grades; misuse for fraud is unlikely",
          "measures": "The stick was reported lost; grades files are now encrypted; contact us with questions",
        ],
        "studentBirthDates": ["2011-05-01", "2009-03-10"],
      ],
      result: [
        "id": "D-2026-0001",
        "notifications": [["channel": "letter", "audience": ["legalRepresentatives": 1, "students": 1, "parentsInformed": 1, "others": 0]]],
      ])
  ]

  /// `breaches.addMeasure`.
  static let addMeasure: [MethodExample] = [
    MethodExample(
      "encrypted sticks (at left out: the service's now)",
      params: ["id": "D-2026-0001", "description": "Staff USB sticks replaced by encrypted ones"],
      result: ["id": "D-2026-0001", "measures": [["at": "2026-11-29T10:00:00+01:00", "description": "Staff USB sticks replaced by encrypted ones"]]])
  ]

  /// `breaches.correct`.
  static let correct: [MethodExample] = [
    MethodExample(
      "the moment the phishing mail was first noticed was left out",
      params: [
        "id": "D-2026-0002", "fields": ["discoveredAt": "2026-11-25T08:40:00+01:00"],
        "reason": "de melding van de docent kwam om 8.40 uur binnen; bij registratie niet ingevuld",
      ],
      result: [
        "breach": ["id": "D-2026-0002", "kind": "nearMiss", "discoveredAt": "2026-11-25T08:40:00+01:00"],
        "correction": [
          "reason": "de melding van de docent kwam om 8.40 uur binnen; bij registratie niet ingevuld",
          "fields": [["field": "discoveredAt", "old": nil, "new": "2026-11-25T08:40:00+01:00"]],
        ],
      ])
  ]

  /// `breaches.close`.
  static let close: [MethodExample] = [
    MethodExample(
      "the near miss",
      params: ["id": "D-2026-0002", "closedAt": "2026-11-29T09:45:00+01:00", "lessonsLearned": "Phishing examples in the staff newsletter"],
      result: ["id": "D-2026-0002", "status": "closed", "retainUntil": "2031-11-29"]),
    MethodExample(
      "the USB stick, reported and people told",
      params: ["id": "D-2026-0001", "closedAt": "2026-11-29T09:50:00+01:00"],
      result: ["id": "D-2026-0001", "status": "closed", "closedAt": "2026-11-29T09:50:00+01:00"]),
  ]

  /// `breaches.due`.
  static let due: [MethodExample] = [
    MethodExample(
      "on Sunday morning", params: [:],
      result: ["at": "2026-11-29T10:00:00+01:00", "items": [["id": "D-2026-0003", "reportBy": "2026-12-01T13:30:00+01:00", "hoursLeft": 51.5]]])
  ]
}
