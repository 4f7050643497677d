/// Who the AP form names in section 1: the board (bevoegd gezag, the controller; decision 51) and
/// the person the AP can contact, usually the FG (AVG art. 33(3)(b); decision 52). These come from
/// the service settings, not from the breach record: they are the same for every notification.
public struct APFormContacts: Sendable, Equatable {
  /// The board: name, KvK number, address.
  public struct Board: Sendable, Equatable {
    /// The board's legal name (stichting, vereniging or gemeente).
    public var name: String
    /// The KvK number, if the board has one.
    public var kvkNumber: String?
    /// Postal address in one line.
    public var address: String?

    /// A board.
    public init(name: String, kvkNumber: String? = nil, address: String? = nil) {
      self.name = name
      self.kvkNumber = kvkNumber
      self.address = address
    }
  }

  /// A person the form asks for: name, function, phone (the AP requires name, function and
  /// phone of the reporter; its privacy statement), e-mail.
  public struct Person: Sendable, Equatable {
    /// Name.
    public var name: String
    /// Function (functie), e.g. "functionaris gegevensbescherming".
    public var function: String?
    /// Phone number.
    public var phone: String?
    /// E-mail address.
    public var email: String?

    /// A person.
    public init(name: String, function: String? = nil, phone: String? = nil, email: String? = nil) {
      self.name = name
      self.function = function
      self.phone = phone
      self.email = email
    }
  }

  /// The board.
  public var board: Board?
  /// Whom the AP contacts about the notification (the FG).
  public var contactPerson: Person?
  /// Who submits the form; the contact person when not set.
  public var reporter: Person?

  /// Contacts.
  public init(board: Board? = nil, contactPerson: Person? = nil, reporter: Person? = nil) {
    self.board = board
    self.contactPerson = contactPerson
    self.reporter = reporter
  }

  /// The reporter, or the contact person when no separate reporter is set.
  public var submitter: Person? { reporter ?? contactPerson }
}
