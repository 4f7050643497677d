import JSON
import JSONRPC
import Rules

/// `calendar.holidays`: the Dutch public holidays avgd uses to move deadlines (ATW art. 3).
enum CalendarHolidays {
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "calendar.holidays",
      summary: "The Dutch public holidays of a year (Algemene termijnenwet list) that stop a deadline.",
      description: """
        New Year's Day, Good Friday, Easter Monday, King's Day (27 April, or the 26th when the 27th is a \
        Sunday), Liberation Day (5 May, every year), Ascension Day, Whit Monday, Christmas Day and Boxing \
        Day. Easter by the Gregorian computus. The list is data, so a royal decree adding a day is one \
        line; today's list is applied to every year 1900–2200 (before 2014 King's Day was Queen's Day on \
        other dates: a deliberate simplification). `name` and `weekday` are in the call's language \
        (Dutch by default, `language: en` for English); `nameDutch` is always the ATW's Dutch name.
        """,
      params: [
        ParamSpec("year", required: true, "The year, 1900–2200.", schema: ["type": "integer", "minimum": 1900, "maximum": 2200])
      ],
      result: ResultSpec(
        "holidays",
        schema: [
          "type": "object", "required": ["year", "holidays"],
          "properties": [
            "year": ["type": "integer"],
            "holidays": [
              "type": "array",
              "items": [
                "type": "object", "required": ["date", "key", "name", "nameDutch", "weekday"],
                "properties": [
                  "date": RulesJSON.dateSchema, "key": ["type": "string"], "name": ["type": "string"],
                  "nameDutch": ["type": "string"], "weekday": ["type": "string"],
                ],
              ],
            ],
          ],
        ]),
      errors: [ErrorSpec(.invalidParams, "`year` is not an integer in 1900–2200.")],
      examples: RulesExamples.calendarHolidays,
      roles: Role.anyone.names,
      scope: SchoolScope.rulesOnly
    ) { params, _ in
      let year = try params.int("year")
      let list = try RulesParams.rule { () throws(RuleError) in try DutchHolidays.holidays(in: year) }
      return [
        "year": .int(year),
        "holidays": .array(list.map { holiday($0.date.description, $0.key, $0.name.string, $0.nameDutch, $0.date.weekdayName) }),
      ]
    }
  }

  /// One holiday on the wire: `name` and `weekday` in the call's language, `nameDutch` the ATW's.
  static func holiday(_ date: String, _ key: String, _ name: String, _ nameDutch: String, _ weekday: String) -> JSONValue {
    ["date": .string(date), "key": .string(key), "name": .string(name), "nameDutch": .string(nameDutch), "weekday": .string(weekday)]
  }
}
