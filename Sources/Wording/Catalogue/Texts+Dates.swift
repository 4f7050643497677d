/// Texts of dates, instants, holidays and deadlines: why a date or instant cannot be read (a wire
/// error's `data.reason`), the names of weekdays, months and public holidays, and the roll-over
/// reasons of a deadline (Reg. 1182/71 art. 3(4)).
extension Texts {
  /// Calendar texts.
  public enum Dates {
    /// Weekday names, Monday first (ISO 8601 weekday 1...7).
    public static let weekdays: [Text] = [
      Text(nl: "maandag", en: "Monday"), Text(nl: "dinsdag", en: "Tuesday"), Text(nl: "woensdag", en: "Wednesday"),
      Text(nl: "donderdag", en: "Thursday"), Text(nl: "vrijdag", en: "Friday"), Text(nl: "zaterdag", en: "Saturday"),
      Text(nl: "zondag", en: "Sunday"),
    ]

    /// Month names, January first.
    public static let months: [Text] = [
      Text(nl: "januari", en: "January"), Text(nl: "februari", en: "February"), Text(nl: "maart", en: "March"),
      Text(nl: "april", en: "April"), Text(nl: "mei", en: "May"), Text(nl: "juni", en: "June"),
      Text(nl: "juli", en: "July"), Text(nl: "augustus", en: "August"), Text(nl: "september", en: "September"),
      Text(nl: "oktober", en: "October"), Text(nl: "november", en: "November"), Text(nl: "december", en: "December"),
    ]

    /// The public holidays of the Algemene termijnenwet by key (`DutchHolidays.table`); the Dutch
    /// name is the ATW's.
    public static let holidays: [String: Text] = [
      "newYearsDay": Text(nl: "Nieuwjaarsdag", en: "New Year's Day"),
      "goodFriday": Text(nl: "Goede Vrijdag", en: "Good Friday"),
      "easterMonday": Text(nl: "Tweede Paasdag", en: "Easter Monday"),
      "kingsDay": Text(nl: "Koningsdag", en: "King's Day"),
      "liberationDay": Text(nl: "Bevrijdingsdag", en: "Liberation Day"),
      "ascensionDay": Text(nl: "Hemelvaartsdag", en: "Ascension Day"),
      "whitMonday": Text(nl: "Tweede Pinksterdag", en: "Whit Monday"),
      "christmasDay": Text(nl: "Eerste Kerstdag", en: "Christmas Day"),
      "boxingDay": Text(nl: "Tweede Kerstdag", en: "Boxing Day"),
    ]

    /// A holiday in a roll-over reason: its name, in English with the Dutch name beside it.
    public static func holiday(_ name: Text) -> Text { Text(nl: name.nl, en: "\(name.en) (\(name.nl))") }

    /// "a Saturday", in a roll-over reason.
    public static func aWeekday(_ weekday: Text) -> Text { Text(nl: "een \(weekday.nl)", en: "a \(weekday.en)") }

    /// Why a deadline skipped `date`: "2026-12-26 is a Saturday and Boxing Day (Tweede Kerstdag)".
    public static func skipped(_ date: String, _ parts: [Text]) -> Text {
      Text(
        nl: "\(date) is " + parts.map(\.nl).joined(separator: " en "),
        en: "\(date) is " + parts.map(\.en).joined(separator: " and "))
    }

    // MARK: Reading dates and instants

    /// Not `YYYY-MM-DD`.
    public static func notADate(_ text: String) -> Text {
      Text(
        nl: "'\(text)' is geen datum in de vorm YYYY-MM-DD, bijvoorbeeld 2026-03-15",
        en: "'\(text)' is not a date in the form YYYY-MM-DD, e.g. 2026-03-15")
    }
    /// Year 0000.
    public static func yearZero(_ text: String) -> Text {
      Text(nl: "'\(text)': het jaar 0000 bestaat niet", en: "'\(text)': year 0000 does not exist")
    }
    /// Month 13.
    public static func noSuchMonth(_ text: String, _ month: Int) -> Text {
      Text(
        nl: "'\(text)': maand \(month) bestaat niet; maanden lopen van 01 tot en met 12",
        en: "'\(text)': month \(month) does not exist; months run from 01 to 12")
    }
    /// 30 February.
    public static func noSuchDay(_ text: String, month: Text, year: Int, days: Int) -> Text {
      Text(
        nl: "\(text) bestaat niet: \(month.nl) \(year) heeft \(days) dagen",
        en: "\(text) does not exist: \(month.en) \(year) has \(days) days")
    }
    /// An instant without offset where one is needed.
    public static func needsOffset(_ text: String) -> Text {
      Text(
        nl: "'\(text)': een tijdstip heeft een offset nodig, zoals +01:00 of Z",
        en: "'\(text)': an instant needs an offset such as +01:00 or Z")
    }
    /// Not an RFC 3339 instant.
    public static func notAnInstant(_ text: String) -> Text {
      Text(
        nl: "'\(text)' is geen RFC 3339-tijdstip zoals 2026-03-15T09:30:00+01:00",
        en: "'\(text)' is not an RFC 3339 instant such as 2026-03-15T09:30:00+01:00")
    }
    /// 25:00.
    public static func noSuchTime(_ text: String, _ hour: Int, _ minute: Int) -> Text {
      Text(nl: "'\(text)': de tijd \(hour):\(minute) bestaat niet", en: "'\(text)': the time \(hour):\(minute) does not exist")
    }
    /// A leap second.
    public static func noLeapSecond(_ text: String) -> Text {
      Text(
        nl: "'\(text)': seconden lopen van 00 tot en met 59 (schrikkelseconden worden niet aanvaard)",
        en: "'\(text)': seconds must be 00 to 59 (leap seconds are not accepted)")
    }
    /// Too many fractional digits.
    public static func fractionDigits(_ text: String) -> Text {
      Text(
        nl: "'\(text)': delen van een seconde hebben 1 tot 9 cijfers",
        en: "'\(text)': fractional seconds need 1 to 9 digits")
    }
    /// A malformed offset.
    public static func offsetShape(_ text: String) -> Text {
      Text(
        nl: "'\(text)': de offset moet eruitzien als +01:00, -05:00 of Z",
        en: "'\(text)': the offset must look like +01:00, -05:00 or Z")
    }
    /// An offset such as +24:00.
    public static func offsetRange(_ text: String, _ hours: Int, _ minutes: Int) -> Text {
      Text(
        nl: "'\(text)': de offset \(hours):\(minutes) valt buiten het bereik",
        en: "'\(text)': the offset \(hours):\(minutes) is out of range")
    }
    /// Neither a date nor an instant.
    public static func neitherDateNorInstant(_ text: String) -> Text {
      Text(
        nl: "'\(text)' is geen datum YYYY-MM-DD en geen RFC 3339-tijdstip zoals 2026-03-15T09:30:00+01:00",
        en: "'\(text)' is neither a date YYYY-MM-DD nor an RFC 3339 instant such as 2026-03-15T09:30:00+01:00")
    }

    /// A wall time lived twice (the autumn DST change).
    public static func wallTimeTwice(_ text: String) -> Text {
      Text(
        nl: "'\(text)' komt in Amsterdam twee keer voor: de klok gaat die nacht van 03:00 zomertijd terug naar 02:00 wintertijd. Geef de offset erbij: \(text)+02:00 (zomertijd, eerst) of \(text)+01:00 (wintertijd, een uur later)",
        en: "'\(text)' occurs twice in Amsterdam: that night the clock goes back from 03:00 summer time to 02:00 winter time. Give the offset: \(text)+02:00 (summer time, first) or \(text)+01:00 (winter time, an hour later)")
    }
    /// A wall time skipped (the spring DST change).
    public static func wallTimeSkipped(_ text: String, winter: String, summer: String) -> Text {
      Text(
        nl: "'\(text)' bestaat niet in Amsterdam: de klok springt die nacht van 02:00 wintertijd (+01:00) naar 03:00 zomertijd (+02:00). Geef de offset erbij: \(text)+01:00 (= \(winter)) of \(text)+02:00 (= \(summer))",
        en: "'\(text)' does not exist in Amsterdam: that night the clock jumps from 02:00 winter time (+01:00) to 03:00 summer time (+02:00). Give the offset: \(text)+01:00 (= \(winter)) or \(text)+02:00 (= \(summer))")
    }

    // MARK: deadlines.request

    /// Both `receivedAt` and `receivedOn`.
    public static let receivedBoth = Text(
      nl: "geef receivedAt of receivedOn, niet allebei", en: "give either receivedAt or receivedOn, not both")
    /// Neither.
    public static let receivedNeither = Text(
      nl: "is verplicht: geef receivedAt (een tijdstip) of receivedOn (een datum)",
      en: "is required: give receivedAt (an instant) or receivedOn (a date)")

    // MARK: Supported years

    /// A receipt year outside 1900–2200.
    public static func yearOutside(_ year: Int) -> Text {
      Text(
        nl: "het jaar \(year) valt buiten het ondersteunde bereik 1900–2200",
        en: "the year \(year) is outside the supported range 1900–2200")
    }
    /// A due date outside 1900–2200.
    public static func dueOutside(_ receivedOn: String) -> Text {
      Text(
        nl: "een verzoek ontvangen op \(receivedOn) heeft een uiterste datum buiten de ondersteunde jaren 1900–2200",
        en: "a request received on \(receivedOn) has a due date outside the supported years 1900–2200")
    }
    /// A holiday year outside 1900–2200.
    public static func holidayYearOutside(_ year: Int) -> Text {
      Text(
        nl: "het jaar \(year) valt buiten het ondersteunde bereik 1900–2200 voor Nederlandse feestdagen",
        en: "year \(year) is outside the supported range 1900–2200 for Dutch public holidays")
    }
  }
}
