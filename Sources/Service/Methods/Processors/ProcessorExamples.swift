import JSON

/// The processor agreements of the examples' board (Stichting Kennemer College Groep, school
/// Brederocollege), kept apart as data (what a caller sends) so the register, update and check
/// examples tell one story.
enum ProcessorExamples {
  /// P-2026-0001: a clean model-4.0 agreement, signed, with its bijsluiter.
  static let clean: JSONObject = [
    "supplier": ["name": "Leerlingdata B.V.", "kvk": "12345678", "convenantStatus": "participant", "convenantCheckedOn": "2026-09-01"],
    "agreement": [
      "model": "model4_0", "version": "4.0",
      "signedBySchool": ["name": "J. Bakker", "role": "bestuurder", "on": "2026-08-20"],
      "signedBySupplier": ["name": "S. Visser", "on": "2026-08-18"], "effectiveFrom": "2026-09-01",
    ],
    "products": [[
      "name": "LVS Online", "annexVersion": "2.1", "annexDate": "2026-08-01", "active": true,
      "dataCategories": ["name", "grades", "absence"], "subjectCategories": ["students", "parents"],
      "processingLocation": "Netherlands",
      "subProcessors": [["name": "Hosting Noord B.V.", "country": "NL", "outsideEEA": false, "approvedOn": "2026-08-20"]],
    ]],
    "school": "Brederocollege",
  ]

  /// P-2026-0002: an older model 3.0 agreement: a product without bijsluiter, a US sub-processor without mechanism.
  static let olderModel: JSONObject = [
    "supplier": ["name": "Toetsplatform Nederland B.V.", "convenantStatus": "participant", "convenantCheckedOn": "2025-02-01"],
    "agreement": [
      "model": "model3_0", "version": "3.0", "signedBySchool": ["name": "J. Bakker", "role": "bestuurder", "on": "2019-03-01"],
      "signedBySupplier": ["name": "P. de Wit", "on": "2019-02-25"], "effectiveFrom": "2019-03-01",
    ],
    "products": [
      [
        "name": "Toetsen Online", "annexVersion": "1.3", "annexDate": "2023-01-10",
        "subProcessors": [["name": "CloudMail Inc.", "country": "US", "outsideEEA": true, "noticeOn": "2026-11-02", "objectionDeadline": "2026-12-02"]],
      ],
      ["name": "Oefenapp", "active": true],
    ],
  ]

  /// P-2026-0003: the school photographer's portal, about to end.
  static let photographer: JSONObject = [
    "supplier": ["name": "Fotoportaal B.V.", "convenantStatus": "supporter", "convenantCheckedOn": "2026-06-01"],
    "agreement": [
      "model": "generalModel", "signedBySchool": ["name": "J. Bakker", "role": "bestuurder", "on": "2024-05-01"],
      "signedBySupplier": ["name": "M. Smit", "on": "2024-04-28"], "effectiveFrom": "2024-05-01",
    ],
    "products": [["name": "Fotobestelportaal", "annexVersion": "1.0", "annexDate": "2024-04-01"]],
  ]

  /// `processors.update`: the convenant register re-checked.
  static let convenantRechecked: JSONObject = [
    "id": "P-2026-0002", "reason": "Yearly check of the public convenant register",
    "supplier": ["name": "Toetsplatform Nederland B.V.", "kvk": "87654321", "convenantStatus": "participant", "convenantCheckedOn": "2026-11-20"],
  ]
}
