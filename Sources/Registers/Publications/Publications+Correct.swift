import JSON
import Rules
import Wording

extension Publications {
  /// What `publications.correct` may change (AVG art. 16 on the register; art. 5(2): the school
  /// shows each publication rested on consent, art. 17(1)(b): what to take down), and what not.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Corrections.Noun.publication.string,
      allowed: ["channel", "publishedOn", "description", "location", "printed", "students", "school"],
      refused: [
        "id": Texts.Corrections.id.string, "status": Texts.Corrections.status.string,
        "takenDown": Texts.Corrections.takenDown.string, "channelLabel": Texts.Corrections.derived.string,
      ])
  }

  /// The members `publications.record` derives (the consent each recognisable student rests on,
  /// the channel's label, printed by default for printed channels), recomputed by a correction.
  public static let derived = ["channelLabel", "printed", "students"]

  /// The stored record as `publications.record`'s params: a `printed` that was the old channel's
  /// default is left out when the channel is corrected, so the new channel's default applies.
  public static func entryParams(_ r: RecordCorrection.Rerun) -> JSONObject {
    var m = r.merged
    if r.corrected.contains("channel"), !r.corrected.contains("printed"),
      let old = r.before["channel"]?.stringValue.flatMap(PublicationChannel.init(rawValue:)),
      r.before["printed"]?.boolValue == old.printedByDefault
    {
      m["printed"] = nil
    }
    return m
  }

  /// A take-down already recorded may not fall before a corrected `publishedOn`.
  public static func checkCorrected(_ fresh: JSONObject, before: JSONObject) throws(RegisterError) {
    if let published = fresh["publishedOn"]?.storedDate, let down = before["takenDown"]?["on"]?.storedDate, down < published {
      throw .invalid("fields.publishedOn", Texts.Corrections.actBefore("publications.takeDown", on: down.description, corrected: published.description).string)
    }
  }
}
