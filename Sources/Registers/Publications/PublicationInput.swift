import Rules

/// What `publications.record` records: one publication of images on one channel (duties.md §5.3,
/// D19): what, where and when, and every student shown, recognisable or not.
public struct PublicationInput: Sendable {
  /// One student shown.
  public struct Student: Sendable {
    /// The student's id.
    public var id: String
    /// False when the student is not recognisable (blurred, from behind, a crowd): no consent
    /// needed then (D19; pec.surf.nl), but the record keeps who was in it.
    public var recognisable: Bool

    /// A student shown.
    public init(id: String, recognisable: Bool = true) {
      self.id = id
      self.recognisable = recognisable
    }
  }

  /// The channel.
  public var channel: PublicationChannel
  /// When it was published.
  public var publishedOn: CivilDate
  /// What was published ("photos of the sports day").
  public var description: String
  /// Where exactly (a URL, the newsletter's issue), to find it again for a take-down.
  public var location: String?
  /// True for printed matter, which cannot be recalled (D18); default from the channel.
  public var printed: Bool?
  /// The students shown.
  public var students: [Student]
  /// The school that published it (issue 18): only that school's image consents clear it; nil: a
  /// board-level publication, cleared only by board-level consents.
  public var school: String?

  /// An input.
  public init(
    channel: PublicationChannel, publishedOn: CivilDate, description: String, location: String? = nil, printed: Bool? = nil,
    students: [Student], school: String? = nil
  ) {
    self.channel = channel
    self.publishedOn = publishedOn
    self.description = description
    self.location = location
    self.printed = printed
    self.students = students
    self.school = school
  }
}
