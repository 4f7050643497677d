import JSON
import Rules
import Testing

@testable import Registers

/// The one correction command (`RecordCorrection`, issue 16 §6) without the service: it finds the
/// record, asks the register's lifecycle for `correct`, needs a reason, checks the fields against
/// the register's declaration, takes corrected and derived values from the re-run, and names the
/// entry's refusals under `fields.`.
@Suite struct RecordCorrectionTests {
  static let now = Instant(secondsSinceEpoch: 1_795_000_000)

  static func consents(status: String = "given") -> Register {
    var r = Register(kind: .consents)
    let record: JSONObject = ["id": "C-2026-0001", "status": .string(status), "purpose": "class photo", "ageOnGiving": 14]
    r.apply(RegisterEvent(seq: 1, at: "2026-09-01T10:00:00+02:00", actor: "fg", type: "consents.recorded", data: ["id": "C-2026-0001", "record": .object(record)]))
    return r
  }

  /// The re-run of the test: the merged record, with `ageOnGiving` derived as 15.
  static func rerun(_ r: RecordCorrection.Rerun) throws(RegisterError) -> JSONObject {
    var out = r.merged
    out["ageOnGiving"] = 15
    return out
  }

  static let refusals: [(String, String, String?, RegisterError)] = [
    ("C-2026-0009", "given", "x", .notFound(register: "consents", id: "C-2026-0009")),
    ("C-2026-0001", "bogus", "x", .transition(action: "correct", status: "bogus", allowed: [])),
    ("C-2026-0001", "given", "  ", .invalid("reason", "is verplicht en mag niet leeg zijn")),
  ]

  @Test(arguments: refusals.indices) func refusedBeforeAnyField(_ i: Int) {
    let (id, status, reason, error) = Self.refusals[i]
    #expect(throws: error) {
      try RecordCorrection(id: id, fields: ["purpose": "school photo"], reason: reason).change(
        in: Self.consents(status: status), fields: Consents.correctable, derived: Consents.derived, now: Self.now, by: "fg", rerun: Self.rerun)
    }
  }

  @Test func correctedAndDerivedValuesComeFromTheRerun() throws {
    let change = try RecordCorrection(id: "C-2026-0001", fields: ["purpose": "school photo"], reason: "typefout").change(
      in: Self.consents(status: "withdrawn"), fields: Consents.correctable, derived: Consents.derived, now: Self.now, by: "fg", rerun: Self.rerun)
    #expect(change.type == "consents.corrected")
    #expect(change.record["purpose"] == "school photo" && change.record["status"] == "withdrawn")
    #expect(change.change["fields"] == [["field": "purpose", "old": "class photo", "new": "school photo"]])
    #expect(change.change["recomputed"] == [["field": "ageOnGiving", "old": 14, "new": 15]])
    #expect(change.record["lastCorrectedBy"] == "fg")
  }

  @Test func anEntryRefusalIsNamedUnderFields() {
    #expect(throws: RegisterError.notEntitled(field: "fields.givenBy.relationship", reason: "r")) {
      try RecordCorrection.entry { () throws(RegisterError) in throw RegisterError.notEntitled(field: "givenBy.relationship", reason: "r") }
    }
    #expect(throws: RegisterError.invalid("fields.students", "r")) {
      try RecordCorrection.entry { () throws(RegisterError) in throw RegisterError.invalid("fields.students", "r") }
    }
  }
}
