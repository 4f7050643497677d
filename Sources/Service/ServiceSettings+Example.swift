import Registers

extension ServiceSettings {
  /// The settings the published examples are recorded with (a fictitious board): data, like the
  /// examples themselves, in the board's own (Dutch) words.
  public static let example = ServiceSettings(contacts: APFormContacts(
    board: .init(name: "Stichting Openbaar Onderwijs Kennemerland", kvkNumber: "41223344", address: "Schoolstraat 1, 2011 AB Haarlem"),
    contactPerson: .init(name: "A. de Vries", function: "functionaris gegevensbescherming", phone: "023-5551234", email: "fg@sook.nl")))
}
