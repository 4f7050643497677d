/// Texts of access and configuration: refusals of callers scoped to schools (issue 18 §1), the
/// roles file's mistakes and the settings file's (read at start-up, outside a call, so in the
/// daemon's default language), and the example recorder's problems.
extension Texts {
  /// Access, roles and settings texts.
  public enum Access {
    // MARK: Scoped to schools

    /// A write to a board-level register by a caller scoped to schools.
    public static func boardLevelRegister(_ register: String, yours: String) -> Text {
      Text(
        nl: "het register \(register) hoort bij het hele bestuur; alleen wie voor het hele bestuur bevoegd is, legt hierin vast (u bent bevoegd voor: \(yours))",
        en: "the \(register) register belongs to the whole board; only someone authorised for the whole board records in it (you are authorised for: \(yours))")
    }
    /// A record without a school, written by a caller scoped to schools.
    public static func schoolRequired(yours: String, record: Text) -> Text {
      Text(
        nl: "is verplicht: u bent alleen bevoegd voor \(yours), dus een \(record.nl.lowercased()) moet een van die scholen noemen",
        en: "is required: you are authorised only for \(yours), so a \(record.en.lowercased()) must name one of those schools")
    }
    /// A record naming schools outside the caller's.
    public static func outsideYourSchools(_ named: String, yours: String) -> Text {
      Text(
        nl: "\(named) valt buiten uw bevoegdheid (u bent bevoegd voor: \(yours))",
        en: "\(named) is outside your authority (you are authorised for: \(yours))")
    }
    /// A board-only method called by a caller scoped to schools.
    public static let boardOnly = Text(
      nl: "deze methode werkt op het hele bestuur; u bent alleen bevoegd voor enkele scholen",
      en: "this method works on the whole board; you are authorised only for some schools")

    // MARK: The roles file

    /// A mistake in the roles file, after its path.
    public static func rolesFile(_ file: String, _ mistake: String) -> Text {
      Text(nl: "rollenbestand \(file): \(mistake)", en: "roles file \(file): \(mistake)")
    }

    /// Not a file name.
    public static let notAFileName = Text(nl: "is geen bestandsnaam", en: "is not a file name")
    /// The directory cannot be read.
    public static func directoryUnreadable(_ directory: String, _ error: String) -> Text {
      Text(nl: "is niet te lezen: de map \(directory): \(error)", en: "cannot be read: its directory \(directory): \(error)")
    }
    /// "its directory /etc/avgd", for `writableByOthers` and `wrongOwner`.
    public static func itsDirectory(_ directory: String) -> Text {
      Text(nl: "de map \(directory)", en: "its directory \(directory)")
    }
    /// "the file", for `writableByOthers` and `wrongOwner`.
    public static let theFile = Text(nl: "het bestand", en: "the file")
    /// A symbolic link.
    public static let symbolicLink = Text(
      nl: "is een symbolische koppeling; noem het bestand zelf", en: "is a symbolic link; name the file itself")
    /// The file cannot be read.
    public static func unreadable(_ error: String) -> Text { Text(nl: "is niet te lezen: \(error)", en: "cannot be read: \(error)") }
    /// Not a regular file.
    public static let notARegularFile = Text(nl: "is geen gewoon bestand", en: "is not a regular file")
    /// Over 1 MiB.
    public static let tooLarge = Text(nl: "is groter dan 1 MiB", en: "is larger than 1 MiB")
    /// Writable by group or others.
    public static func writableByOthers(_ what: Text, mode: String, fix: String) -> Text {
      Text(
        nl: "\(what.nl) is schrijfbaar voor groep of anderen (modus \(mode)); herstel met: \(fix)",
        en: "\(what.en) is writable by group or others (mode \(mode)); fix with: \(fix)")
    }
    /// Owned by someone else.
    public static func wrongOwner(_ what: Text, uid: String, euid: String) -> Text {
      Text(
        nl: "\(what.nl) is van uid \(uid); het moet van root zijn of van de gebruiker die avgd draait (uid \(euid))",
        en: "\(what.en) belongs to uid \(uid); it must belong to root or to the user running avgd (uid \(euid))")
    }
    /// Not JSON.
    public static func notJSON(_ error: String) -> Text { Text(nl: "is geen JSON: \(error)", en: "is not JSON: \(error)") }
    /// Not an object.
    public static let mustBeJSONObject = Text(nl: "moet een JSON-object zijn", en: "must be a JSON object")
    /// The wrong version.
    public static func mustBeVersion(_ version: Int) -> Text { Text(nl: "moet \(version) zijn", en: "must be \(version)") }
    /// A uid key that is not a number.
    public static let decimalUID = Text(nl: "moet een decimale uid zijn", en: "must be a decimal uid")
    /// An unknown top-level member.
    public static let notARolesFileMember = Text(
      nl: "is geen onderdeel van het rollenbestand (bekend: version, comment, users, groups, uids, grants)",
      en: "is not a member of the roles file (known: version, comment, users, groups, uids, grants)")
    /// `users` not an object.
    public static let mustBeRoleMap = Text(nl: "moet een object van naam: [rollen] zijn", en: "must be an object of name: [roles]")
    /// An empty name.
    public static let emptyName = Text(nl: "heeft een lege naam", en: "has an empty name")
    /// Roles not an array.
    public static let mustBeRoleNames = Text(nl: "moet een lijst van rolnamen zijn", en: "must be an array of role names")
    /// Not a role.
    public static func notARole(_ json: String, known: String) -> Text {
      Text(nl: "\(json) is geen rol (bekend: \(known))", en: "\(json) is not a role (known: \(known))")
    }
    /// `grants` not an array.
    public static let grantsMustBeArray = Text(
      nl: "moet een lijst van {user|group|uid, role, schools?} zijn", en: "must be an array of {user|group|uid, role, schools?}")
    /// A grant not an object.
    public static let grantMustBeObject = Text(
      nl: "moet een object {user|group|uid, role, schools?} zijn", en: "must be an object {user|group|uid, role, schools?}")
    /// An unknown member of a grant.
    public static let notAGrantMember = Text(
      nl: "is geen onderdeel van een toekenning (bekend: user, group, uid, role, schools, comment)",
      en: "is not a member of a grant (known: user, group, uid, role, schools, comment)")
    /// None or several of user, group, uid.
    public static let exactlyOneHolder = Text(
      nl: "moet precies een van user, group, uid noemen", en: "must name exactly one of user, group, uid")
    /// A blank user name.
    public static let userName = Text(nl: "moet een niet-lege gebruikersnaam zijn", en: "must be a non-empty user name")
    /// A blank group name.
    public static let groupName = Text(nl: "moet een niet-lege groepsnaam zijn", en: "must be a non-empty group name")
    /// A uid that is not a number.
    public static let numericUID = Text(nl: "moet een numerieke uid zijn", en: "must be a numeric uid")
    /// Not a role.
    public static func mustBeRole(known: String) -> Text {
      Text(nl: "moet een rol zijn (bekend: \(known))", en: "must be a role (known: \(known))")
    }
    /// Bad `schools`.
    public static let schoolsList = Text(
      nl: "moet een niet-lege lijst van schoolnamen zijn; laat het weg om voor het hele bestuur toe te kennen",
      en: "must be a non-empty array of school names; leave it out to grant for the whole board")

    // MARK: settings.json

    /// The file is not an object.
    public static let settingsObject = Text(nl: "het bestand moet een JSON-object bevatten", en: "the file must hold a JSON object")
    /// A member that is not a string.
    public static func settingsString(_ path: String) -> Text {
      Text(nl: "\(path) moet een tekenreeks zijn", en: "\(path) must be a string")
    }
    /// A person or board without a name.
    public static func settingsNamed(_ path: String) -> Text {
      Text(nl: "\(path) moet een object met een naam zijn", en: "\(path) must be an object with a name")
    }
    /// Not JSON.
    public static func settingsNotJSON(_ error: String) -> Text { Text(nl: "geen JSON: \(error)", en: "not JSON: \(error)") }
    /// Where the settings error is.
    public static func inStoreDirectory(_ file: String, _ reason: String) -> Text {
      Text(nl: "\(file) in de opslagmap: \(reason)", en: "\(file) in the store directory: \(reason)")
    }
    /// The function of the board's FG (AVG art. 37), the AP's contact person.
    public static let dpoFunction = Text(nl: "functionaris gegevensbescherming", en: "data protection officer")

    // MARK: Recording the examples (avgd openrpc)

    /// An example call failed.
    public static func exampleFailed(_ method: String, _ example: String, _ error: String) -> Text {
      Text(nl: "\(method) / \(example): de aanroep mislukte: \(error)", en: "\(method) / \(example): the call failed: \(error)")
    }
  }
}
