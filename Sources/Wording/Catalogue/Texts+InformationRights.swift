/// Texts of the rights part of the privacy statement and of the rights notice (AVG art. 12(1),
/// 13(2)(b), 15–22; duties.md §4, D12): each right's name and plain meaning, who exercises them per
/// age band, and the notice's own opening and closing. Who holds what comes from the rules; these
/// are only the words.
extension Texts.Information {
  /// The rights texts.
  public enum Rights {
    /// Right name: access (art. 15).
    public static let accessName = Text(nl: "Inzage", en: "Access")
    /// Right name: rectification (art. 16).
    public static let rectificationName = Text(nl: "Correctie en aanvulling", en: "Rectification and completion")
    /// Right name: erasure (art. 17).
    public static let erasureName = Text(nl: "Verwijdering", en: "Erasure")
    /// Right name: restriction (art. 18).
    public static let restrictionName = Text(nl: "Beperking", en: "Restriction")
    /// Right name: objection (art. 21).
    public static let objectionName = Text(nl: "Bezwaar", en: "Objection")
    /// Right name: portability (art. 20).
    public static let portabilityName = Text(nl: "Overdraagbaarheid", en: "Data portability")
    /// Right name: consent (art. 7(3)).
    public static let consentName = Text(nl: "Toestemming geven en intrekken", en: "Giving and withdrawing consent")
    /// Right name: results (the education acts).
    public static let resultsName = Text(nl: "Informatie over resultaten en vorderingen", en: "Information about results and progress")
    /// The consent right's articles.
    public static let consentArticle = Text(nl: "AVG art. 6 lid 1 sub a en art. 7", en: "AVG art. 6 lid 1 sub a and art. 7")
    /// The results right's articles (a citation, the same in both languages).
    public static let resultsArticle = "WPO art. 11, WVO 2020 art. 2.97, WEC art. 20"

    /// Access, in plain words; `parents` speaks of the child too.
    public static func access(informal: Bool, parents: Bool) -> Text {
      let v = Texts.Information.address(informal)
      let about = parents ? "uw kind en over u" : v.you == "je" ? "jou" : "u"
      return Text(
        nl: "\(v.You) mag zien welke gegevens wij over \(about) hebben, waarvoor wij ze gebruiken en aan wie wij ze geven, en \(v.you) krijgt gratis een kopie.",
        en: parents
          ? "You may see what data we hold about your child and about you, what we use it for and to whom we give it, and you receive a free copy."
          : "You may see what data we hold about you, what we use it for and to whom we give it, and you receive a free copy.")
    }
    /// Rectification, in plain words.
    public static func rectification(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "Klopt een gegeven niet of ontbreekt er iets, dan passen wij het aan. Gaat het om een mening of beoordeling, dan voegen wij \(v.your) reactie toe.",
        en: "If a piece of data is wrong or something is missing, we correct it. If it is an opinion or assessment, we add your response.")
    }
    /// Erasure, in plain words.
    public static func erasure(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "\(v.You) kunt vragen gegevens te wissen. Wat wij volgens de wet moeten bewaren, wissen wij pas na de bewaartermijn.",
        en: "You can ask us to erase data. What the law obliges us to keep, we only erase after the retention period.")
    }
    /// Restriction, in plain words.
    public static func restriction(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "\(v.You) kunt vragen de gegevens niet te gebruiken zolang wij een correctie of bezwaar onderzoeken.",
        en: "You can ask us not to use the data while we look into a correction or an objection.")
    }
    /// Objection, in plain words.
    public static func objection(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "\(v.You) kunt bezwaar maken tegen het gebruik van gegevens voor onze taak als school; wij wegen dan \(v.your) persoonlijke situatie af.",
        en: "You can object to the use of data for our task as a school; we then weigh your personal situation.")
    }
    /// Portability, in plain words.
    public static func portability(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "\(v.You) kunt gegevens die wij met toestemming of voor een overeenkomst digitaal verwerken, in een gangbaar bestandsformaat krijgen of laten doorsturen.",
        en: "You can receive data we process digitally with consent or for a contract in a common file format, or have it sent on.")
    }
    /// Consent, in plain words.
    public static func consent(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "\(v.You) kunt een toestemming (bijvoorbeeld voor foto's op de website) altijd weer intrekken, net zo makkelijk als \(v.you) haar gaf. Wat eerder met toestemming gebeurde, blijft rechtmatig.",
        en: "You can always withdraw a consent (for example for photos on the website), as easily as you gave it. What was done earlier with consent remains lawful.")
    }
    /// Results, in plain words.
    public static let results = Text(
      nl: "De school informeert over de vorderingen en resultaten van de leerling, zoals de onderwijswetten voorschrijven.",
      en: "The school reports on the student's progress and results, as the education acts require.")

    /// Staff: before the list.
    public static let staffExercise = Text(nl: "U oefent deze rechten zelf uit:", en: "You exercise these rights yourself:")
    /// Parents and students: before the list.
    public static let theseAreTheRights = Text(
      nl: "Dit zijn de rechten die de AVG en de onderwijswetten geven:", en: "These are the rights the AVG (GDPR) and the education acts give:")
    /// Parents: their own data.
    public static let parentsOwnData = Text(
      nl: "Over uw eigen gegevens als ouder, zoals uw adres of de verslagen van gesprekken met u, oefent u deze rechten altijd zelf uit.",
      en: "You always exercise these rights yourself over your own data as a parent, such as your address or the notes of meetings with you.")
    /// Parents without authority: BW 1:377c.
    public static let noAuthority = Text(
      nl: "Heeft u geen ouderlijk gezag? Dan kunt u de rechten van uw kind niet uitoefenen, maar u kunt de school wel om informatie over uw kind vragen (Burgerlijk Wetboek, artikel 1:377c). De school geeft die informatie, tenzij dat niet in het belang van uw kind is.",
      en: "Do you not have parental authority? Then you cannot exercise your child's rights, but you can ask the school for information about your child (Burgerlijk Wetboek, artikel 1:377c). The school gives that information unless it is not in your child's interest.")
    /// Students: questions always; under 16 the parents are involved.
    public static let studentsAsk = Text(
      nl: "Over je eigen gegevens mag je de school altijd vragen stellen. Ben je jonger dan 16 en doe je zelf een verzoek, dan betrekt de school je ouders of voogd.",
      en: "You may always ask the school questions about your own data. If you are under 16 and make a request yourself, the school involves your parents or guardian.")

    /// A band's heading: under 16.
    public static func under16(parents: Bool) -> Text {
      parents ? Text(nl: "Uw kind is jonger dan 16 jaar", en: "Your child is under 16") : Text(nl: "Je bent jonger dan 16 jaar", en: "You are under 16")
    }
    /// A band's heading: 16 or 17.
    public static func sixteenOr17(parents: Bool) -> Text {
      parents ? Text(nl: "Uw kind is 16 of 17 jaar", en: "Your child is 16 or 17") : Text(nl: "Je bent 16 of 17 jaar", en: "You are 16 or 17")
    }
    /// A band's heading: 18 or older.
    public static func adult(parents: Bool) -> Text {
      parents ? Text(nl: "Uw kind is 18 jaar of ouder", en: "Your child is 18 or older") : Text(nl: "Je bent 18 jaar of ouder", en: "You are 18 or older")
    }

    /// Parents exercise every right.
    public static func parentsAll(_ rights: Text) -> Text {
      Text(
        nl: "U oefent als ouder met gezag of als voogd alle rechten van uw kind uit: \(rights.nl).",
        en: "As a parent with parental authority or as guardian, you exercise all your child's rights: \(rights.en).")
    }
    /// The child exercises every right; `consentOnly` when results need the child's consent.
    public static func childAll(consentOnly: Bool) -> Text {
      Text(
        nl: "Uw kind oefent alle rechten zelf uit." + (consentOnly ? " Informatie over resultaten en vorderingen krijgt u alleen als uw kind daar toestemming voor geeft." : ""),
        en: "Your child exercises all rights themselves." + (consentOnly ? " You only receive information about results and progress if your child consents to it." : ""))
    }
    /// The child exercises some, the parents keep receiving others until 18.
    public static func childSome(_ child: Text, parents: Text) -> Text {
      Text(
        nl: "Uw kind oefent deze rechten zelf uit: \(child.nl). U blijft wel ontvangen: \(parents.nl), tot uw kind 18 jaar wordt.",
        en: "Your child exercises these rights themselves: \(child.en). You still receive: \(parents.en), until your child turns 18.")
    }
    /// Student: the parents exercise them.
    public static func parentsForYou(_ rights: Text) -> Text {
      Text(nl: "Je ouders of voogd oefenen de rechten voor je uit: \(rights.nl).", en: "Your parents or guardian exercise the rights for you: \(rights.en).")
    }
    /// Student: you exercise them; `parentsToo` while parents still receive results, `consentOnly` from 18.
    public static func youAll(_ rights: Text, parentsToo: Bool, consentOnly: Bool) -> Text {
      Text(
        nl: "Je oefent deze rechten zelf uit: \(rights.nl)."
          + (parentsToo ? " Tot je 18e krijgen je ouders ook informatie over je vorderingen en resultaten." : "")
          + (consentOnly ? " Je ouders krijgen alleen informatie over je resultaten als jij daar toestemming voor geeft." : ""),
        en: "You exercise these rights yourself: \(rights.en)."
          + (parentsToo ? " Until you turn 18, your parents also receive information about your progress and results." : "")
          + (consentOnly ? " Your parents only receive information about your results if you consent to it." : ""))
    }
    /// Student: some each.
    public static func youSome(_ own: Text, parents: Text) -> Text {
      Text(nl: "Je oefent zelf uit: \(own.nl). Je ouders of voogd: \(parents.nl).", en: "You exercise yourself: \(own.en). Your parents or guardian: \(parents.en).")
    }

    // MARK: The rights notice

    /// The notice's title.
    public static func noticeTitle(_ name: String, informal: Bool) -> Text {
      informal
        ? Text(nl: "Jouw privacyrechten bij \(name)", en: "Your privacy rights at \(name)")
        : Text(nl: "Uw privacyrechten bij \(name)", en: "Your privacy rights at \(name)")
    }
    /// The notice's opening for parents.
    public static let noticeParents = Text(
      nl: "De school verwerkt gegevens over uw kind en over u. De privacywet (AVG) geeft u rechten over die gegevens. In deze brief leest u welke rechten dat zijn, wie ze uitoefent en hoe u ze gebruikt.",
      en: "The school processes data about your child and about you. The privacy law (AVG, the GDPR) gives you rights over that data. This letter tells you what those rights are, who exercises them and how you use them.")
    /// The notice's opening for students.
    public static let noticeStudents = Text(
      nl: "De school verwerkt gegevens over jou. De privacywet (AVG) geeft je rechten over die gegevens. Hier lees je welke rechten dat zijn, wie ze gebruikt en hoe dat gaat.",
      en: "The school processes data about you. The privacy law (AVG, the GDPR) gives you rights over that data. Here you can read what those rights are, who uses them and how that works.")
    /// The notice's opening for staff.
    public static let noticeStaff = Text(
      nl: "De school verwerkt gegevens over u als medewerker. De privacywet (AVG) geeft u rechten over die gegevens. Hier leest u welke rechten dat zijn en hoe u ze gebruikt.",
      en: "The school processes data about you as a member of staff. The privacy law (AVG, the GDPR) gives you rights over that data. Here you can read what those rights are and how you use them.")
    /// The student's age on the date, and which band applies.
    public static func ageOn(_ date: Text, age: Int, band: Text, parents: Bool) -> Text {
      parents
        ? Text(nl: "Uw kind is op \(date.nl) \(age) jaar. Daarom geldt het deel \"\(band.nl)\".", en: "Your child is \(age) on \(date.en). So the part \"\(band.en)\" applies.")
        : Text(nl: "Je bent op \(date.nl) \(age) jaar. Daarom geldt het deel \"\(band.nl)\".", en: "You are \(age) on \(date.en). So the part \"\(band.en)\" applies.")
    }
    /// Heading: what changes.
    public static let whatChanges = Text(nl: "Wat verandert er?", en: "What changes?")
    /// The next change of holders, on the birthday.
    public static func changesOn(_ date: Text, age: Int, then sentence: String) -> Text {
      Text(
        nl: "Vanaf \(date.nl) (de \(age)e verjaardag) verandert dit. \(sentence)",
        en: "From \(date.en) (the \(age)th birthday) this changes. \(sentence)")
    }
    /// Heading: questions.
    public static let questions = Text(nl: "Vragen", en: "Questions")
    /// Questions go to the FG.
    public static func questionsText(_ dpo: String, contact: String, informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "\(v.You) kunt met vragen over privacy terecht bij onze functionaris voor gegevensbescherming, \(dpo): \(contact).",
        en: "You can take questions about privacy to our data protection officer, \(dpo): \(contact).")
    }
  }
}
