/// Texts of image consent and publications (duties.md §5, D15–D20; AVG art. 6(1)(a), 7, 17(1)(b);
/// UAVG art. 5): channel names, the verdict of `publications.check`, the take-down actions, the
/// reconfirmation line and the refusals of `publications.*`.
extension Texts {
  /// Publication texts.
  public enum Publications {
    /// Channel: the school's website.
    public static let website = Text(nl: "website van de school", en: "the school's website")
    /// Channel: the school's social media.
    public static let socialMedia = Text(nl: "sociale media van de school", en: "the school's social media")
    /// Channel: the newsletter.
    public static let newsletter = Text(nl: "nieuwsbrief", en: "newsletter")
    /// Channel: the parent portal or school app.
    public static let parentPortal = Text(nl: "ouderportaal of schoolapp", en: "parent portal or school app")
    /// Channel: printed matter.
    public static let print = Text(nl: "schoolgids en ander drukwerk", en: "school guide and other printed matter")
    /// Channel: the press.
    public static let press = Text(nl: "pers", en: "press")
    /// Channel: yearbook and class photo.
    public static let yearbook = Text(nl: "jaarboek en klassenfoto", en: "yearbook and class photo")

    // MARK: The verdict (publications.check)

    /// Allowed: a consent holds until `until`.
    public static func allowed(_ channel: String, consent: String, until: String) -> Text {
      Text(
        nl: "Toegestaan: toestemming\(consent) voor \(channel) geldt tot en met \(until).",
        en: "Allowed: consent\(consent) for \(channel) holds up to and including \(until).")
    }
    /// Allowed on a parent's consent, but the student is 16 or older now (decision 43).
    public static let askStudent = Text(
      nl: " De toestemming is gegeven door een ouder en de leerling is nu 16 of ouder: vraag de leerling zelf om bevestiging.",
      en: " The consent was given by a parent and the student is now 16 or older: ask the student to confirm it.")
    /// Not allowed: no consent.
    public static func noConsent(_ channel: String) -> Text {
      Text(
        nl: "Niet toegestaan: er is geen toestemming geregistreerd voor \(channel). Laat de leerling weg of maak hem of haar onherkenbaar.",
        en: "Not allowed: no consent is recorded for \(channel). Leave the student out or make them unrecognisable.")
    }
    /// Not allowed: withdrawn (art. 7(3)).
    public static func withdrawn(_ channel: String, consent: String, on: String) -> Text {
      Text(
        nl: "Niet toegestaan: de toestemming\(consent) voor \(channel) is ingetrokken met ingang van \(on) (AVG art. 7 lid 3).",
        en: "Not allowed: consent\(consent) for \(channel) was withdrawn with effect from \(on) (AVG art. 7 lid 3).")
    }
    /// Not allowed: suspended by a parent's request after 16 (D17).
    public static func suspended(_ channel: String, on: String) -> Text {
      Text(
        nl: "Niet toegestaan: een ouder vroeg op \(on) om intrekking na de 16e verjaardag van de leerling. De leerling beslist nu zelf; tot die antwoordt is \(channel) geblokkeerd.",
        en: "Not allowed: on \(on) a parent asked to withdraw after the student's 16th birthday. The student now decides; until the student answers, \(channel) is blocked.")
    }
    /// Not allowed: the school year's consent expired (D16).
    public static func expired(_ channel: String, consent: String, until: String) -> Text {
      Text(
        nl: "Niet toegestaan: de toestemming\(consent) voor \(channel) gold tot en met \(until). Vraag opnieuw toestemming voor dit schooljaar.",
        en: "Not allowed: consent\(consent) for \(channel) held up to and including \(until). Ask for consent again for this school year.")
    }
    /// Not allowed: the consent holds from a later date.
    public static func notYetValid(_ channel: String, consent: String, from: String) -> Text {
      Text(
        nl: "Niet toegestaan: de toestemming\(consent) voor \(channel) geldt pas vanaf \(from).",
        en: "Not allowed: consent\(consent) for \(channel) only holds from \(from).")
    }

    // MARK: Due lists

    /// A take-down of printed matter: cannot be recalled (D18).
    public static let printedAction = Text(
      nl: "Drukwerk is niet terug te halen: niet opnieuw verspreiden of herdrukken met deze leerling.",
      en: "Printed matter cannot be recalled: do not distribute it again or reprint it with this student.")
    /// A take-down of a digital publication.
    public static let digitalAction = Text(
      nl: "Verwijder het beeldmateriaal van dit kanaal (of maak de leerling onherkenbaar) en registreer dat met publications.takeDown.",
      en: "Remove the images from this channel (or make the student unrecognisable) and record that with publications.takeDown.")
    /// A parent's consent now rests with the student (decision 43, D17).
    public static func reconfirm(_ student: String, since: String, channel: Text) -> Text {
      Text(
        nl: "Leerling \(student) is sinds \(since) 16: vraag de leerling zelf de toestemming van de ouder voor \(channel.nl) te bevestigen of in te trekken.",
        en: "Student \(student) has been 16 since \(since): ask the student to confirm or withdraw the parent's consent for \(channel.en).")
    }
    /// A parent's withdrawal after 16 suspends the channel (D17).
    public static let suspendedNote = Text(
      nl: "De leerling is 16 of ouder en beslist zelf: het verzoek van de ouder schorst dit kanaal tot de leerling de toestemming intrekt of opnieuw geeft.",
      en: "The student is 16 or older and decides: the parent's request suspends this channel until the student withdraws the consent or gives it again.")

    // MARK: Refusals

    /// A date in the future.
    public static func inFuture(_ date: String, today: String) -> Text {
      Text(nl: "\(date) ligt in de toekomst (vandaag is \(today))", en: "\(date) is in the future (today is \(today))")
    }
    /// A publication date in the future: check first.
    public static func publishedInFuture(_ date: String, today: String) -> Text {
      Text(
        nl: "\(date) ligt in de toekomst (vandaag is \(today)); gebruik publications.check vooraf",
        en: "\(date) is in the future (today is \(today)); use publications.check beforehand")
    }
    /// No channel named.
    public static let noChannel = Text(nl: "noem minstens één kanaal waarvoor toestemming is gegeven", en: "name at least one channel consent was given for")
    /// A channel twice.
    public static func channelTwice(_ c: String) -> Text { Text(nl: "\(c) staat er twee keer in", en: "\(c) is listed twice") }
    /// An unknown channel code.
    public static func unknownChannel(_ c: String, allowed: String) -> Text {
      Text(nl: "onbekend kanaal \(c); kies uit: \(allowed)", en: "unknown channel \(c); expected one of: \(allowed)")
    }
    /// `validFrom` before the consent was given.
    public static func beforeGiven(_ from: String, given: String) -> Text {
      Text(nl: "\(from) ligt vóór de datum van toestemming \(given)", en: "\(from) is before the date of consent \(given)")
    }
    /// `validFrom` after the next renewal date (D16).
    public static func afterRenewal(_ from: String, renewal: String) -> Text {
      Text(
        nl: "\(from) ligt na de eerstvolgende vernieuwingsdatum \(renewal): toestemming geldt voor één schooljaar",
        en: "\(from) is after the next renewal date \(renewal): consent holds for one school year")
    }
    /// Nothing left to withdraw.
    public static func nothingToWithdraw(_ student: String, on: String, channel: String) -> Text {
      Text(
        nl: "leerling \(student) heeft op \(on) geen toestemming voor \(channel) die nog ingetrokken kan worden",
        en: "student \(student) has no consent for \(channel) on \(on) that can still be withdrawn")
    }
    /// Already suspended: only the student can withdraw now.
    public static let alreadySuspended = Text(
      nl: "deze toestemming is al geschorst op verzoek van de ouder; alleen de leerling kan haar nu intrekken",
      en: "this consent is already suspended at the parent's request; only the student can withdraw it now")
    /// No student named.
    public static let noStudent = Text(nl: "noem minstens één leerling die in beeld is", en: "name at least one student shown")
    /// A student twice.
    public static func studentTwice(_ id: String) -> Text { Text(nl: "leerling \(id) staat er twee keer in", en: "student \(id) is listed twice") }
    /// A recognisable student without consent (D19); `verdict` is the first one's reason.
    public static func refused(_ channel: String, on: String, students: String, verdict: Text) -> Text {
      Text(
        nl: "geen geldige toestemming voor \(channel) op \(on) voor leerling \(students). \(verdict.nl) Laat deze leerlingen weg of maak ze onherkenbaar (recognisable: false).",
        en: "no valid consent for \(channel) on \(on) for student \(students). \(verdict.en) Leave these students out or make them unrecognisable (recognisable: false).")
    }
    /// A take-down before the publication.
    public static func beforePublication(_ on: String, published: String) -> Text {
      Text(nl: "\(on) ligt vóór de publicatie op \(published)", en: "\(on) is before the publication on \(published)")
    }
    /// A renewal date that is no `MM-DD` of every year.
    public static func notARenewalDate(_ text: String) -> Text {
      Text(
        nl: "\"\(text)\" is geen datum MM-DD die elk jaar bestaat (bijvoorbeeld 08-01)",
        en: "\"\(text)\" is not a date MM-DD that exists every year (for example 08-01)")
    }
    /// The daemon's renewal setting is no date (-32603).
    public static func badRenewalSetting(_ text: String) -> Text {
      Text(
        nl: "de instelling imageConsentRenewal \"\(text)\" is geen datum MM-DD",
        en: "the setting imageConsentRenewal \"\(text)\" is not a date MM-DD")
    }

    // MARK: Names

    /// An image consent, in errors.
    public static let imageConsent = Text(nl: "Toestemming voor beeldmateriaal", en: "Image consent")
    /// A publication, in errors.
    public static let publication = Text(nl: "Publicatie", en: "Publication")
  }
}
