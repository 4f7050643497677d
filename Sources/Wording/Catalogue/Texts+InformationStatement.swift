/// Texts of the privacy statement (privacyverklaring, AVG art. 12(1), 13, 14; duties.md §3, D8):
/// its title and opening, the sections on what is processed and why, sharing, retention,
/// security, automated decisions and changes, and the lines that describe one activity.
extension Texts.Information {
  /// The privacy statement's texts.
  public enum Statement {
    /// The audience in the title: parents.
    public static let parents = Text(nl: "ouders en verzorgers", en: "parents and carers")
    /// The audience in the title: students.
    public static let students = Text(nl: "leerlingen", en: "students")
    /// The audience in the title: staff.
    public static let staff = Text(nl: "medewerkers en sollicitanten", en: "staff and applicants")

    /// The title.
    public static func title(_ audience: Text, of name: String) -> Text {
      Text(nl: "Privacyverklaring voor \(audience.nl) van \(name)", en: "Privacy statement for \(audience.en) of \(name)")
    }
    /// The opening for parents.
    public static func introParents(_ school: String) -> Text {
      Text(
        nl: "\(school) gaat zorgvuldig om met de persoonsgegevens van leerlingen en hun ouders. In deze privacyverklaring leest u welke gegevens wij over uw kind en over u verwerken, waarom wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u heeft.",
        en: "\(school) handles the personal data of students and their parents with care. This privacy statement tells you what data we process about your child and about you, why we do so, with whom we share it, how long we keep it and what rights you have.")
    }
    /// The opening for students.
    public static func introStudents(_ school: String) -> Text {
      Text(
        nl: "\(school) gaat zorgvuldig om met jouw persoonsgegevens. Hier lees je welke gegevens wij over jou verwerken, waarom, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten je hebt. Ben je jonger dan 16? Dan gebruiken je ouders of voogd deze rechten voor je; zij krijgen de privacyverklaring voor ouders.",
        en: "\(school) handles your personal data with care. Here you can read what data we process about you, why, with whom we share it, how long we keep it and what rights you have. Are you under 16? Then your parents or guardian use these rights for you; they receive the privacy statement for parents.")
    }
    /// The opening for staff.
    public static func introStaff(_ school: String) -> Text {
      Text(
        nl: "\(school) gaat zorgvuldig om met de persoonsgegevens van medewerkers en sollicitanten. In deze privacyverklaring leest u welke gegevens wij over u verwerken, waarom wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u heeft.",
        en: "\(school) handles the personal data of staff and applicants with care. This privacy statement tells you what data we process about you, why we do so, with whom we share it, how long we keep it and what rights you have.")
    }
    /// The date the statement applies from.
    public static func appliesFrom(_ date: Text) -> Text {
      Text(nl: "Deze privacyverklaring geldt vanaf \(date.nl).", en: "This privacy statement applies from \(date.en).")
    }

    /// Heading: what and why.
    public static let whatAndWhy = Text(nl: "Welke gegevens wij verwerken en waarom", en: "What data we process and why")
    /// Heading: retention.
    public static let howLong = Text(nl: "Hoe lang wij gegevens bewaren", en: "How long we keep data")
    /// Retention in general (art. 5(1)(e)).
    public static let howLongText = Text(
      nl: "Wij bewaren gegevens niet langer dan nodig is voor het doel waarvoor wij ze verzamelden of dan de wet voorschrijft. De bewaartermijn staat hierboven bij elke verwerking. Na afloop vernietigen wij de gegevens.",
      en: "We keep data no longer than needed for the purpose we collected it for, or than the law requires. The retention period is given above for each activity. When it ends, we destroy the data.")
    /// Heading: automated decisions (art. 22).
    public static let automated = Text(nl: "Geautomatiseerde besluiten", en: "Automated decisions")
    /// No automated decisions; `parents` names the child too.
    public static func noAutomated(parents: Bool, informal: Bool) -> Text {
      let about = parents ? "u of uw kind" : Texts.Information.address(informal).you
      return Text(
        nl: "Wij nemen geen besluiten over \(about) die alleen door een computer worden genomen.",
        en: parents ? "We take no decisions about you or your child that are made by a computer alone." : "We take no decisions about you that are made by a computer alone.")
    }
    /// Automated decisions in the named activities, and the safeguards of art. 22(3).
    public static func someAutomated(_ activities: Text, informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "Bij \(activities.nl) nemen wij besluiten met behulp van een computer. \(v.You) kunt altijd vragen dat een medewerker het besluit beoordeelt, \(v.your) standpunt geven en het besluit aanvechten (AVG art. 22).",
        en: "In \(activities.en) we take decisions with the help of a computer. You can always ask for a member of staff to review the decision, give your point of view and contest the decision (AVG art. 22).")
    }
    /// Heading: the rights.
    public static func yourRights(informal: Bool) -> Text {
      informal ? Text(nl: "Jouw rechten", en: "Your rights") : Text(nl: "Uw rechten", en: "Your rights")
    }
    /// Heading: changes.
    public static let changes = Text(nl: "Wijzigingen", en: "Changes")
    /// How changes are made known (WP260).
    public static func changesText(informal: Bool) -> Text {
      let v = Texts.Information.address(informal)
      return Text(
        nl: "Wij passen deze privacyverklaring aan als wij gegevens anders gaan verwerken. De versie die geldt, staat altijd op onze website. Verandert er iets belangrijks, zoals een nieuw doel of een nieuwe ontvanger, dan laten wij \(v.you) dat actief weten.",
        en: "We update this privacy statement when we change how we process data. The version that applies is always on our website. If something important changes, such as a new purpose or a new recipient, we will let you know actively.")
    }

    // MARK: Sharing (art. 13(1)(e)–(f))

    /// Heading: sharing.
    public static let sharing = Text(nl: "Met wie wij gegevens delen", en: "Who we share data with")
    /// Heading: recipients.
    public static let recipients = Text(nl: "Ontvangers", en: "Recipients")
    /// No recipients.
    public static let noRecipients = Text(nl: "Wij geven deze gegevens niet aan andere organisaties.", en: "We do not give this data to other organisations.")
    /// Before the list of recipients.
    public static let someRecipients = Text(
      nl: "Wij geven gegevens alleen aan andere organisaties als de wet dat voorschrijft of toestaat, of met toestemming. Het gaat om:",
      en: "We only give data to other organisations when the law requires or allows it, or with consent. They are:")
    /// Heading: processors.
    public static let processors = Text(nl: "Verwerkers", en: "Processors")
    /// No processors.
    public static let noProcessors = Text(
      nl: "Wij schakelen voor deze verwerkingen geen leveranciers in die gegevens in onze opdracht verwerken.",
      en: "For these activities we use no suppliers that process data on our behalf.")
    /// Before the list of processors (art. 28).
    public static let someProcessors = Text(
      nl: "Sommige leveranciers verwerken gegevens in onze opdracht, bijvoorbeeld voor het leerlingvolgsysteem. Zij mogen de gegevens alleen voor ons en volgens onze afspraken gebruiken. Met elk van hen hebben wij een verwerkersovereenkomst gesloten (AVG art. 28). Het gaat om:",
      en: "Some suppliers process data on our behalf, for example for the student monitoring system. They may only use the data for us and as we agreed. We have a data processing agreement with each of them (AVG art. 28). They are:")
    /// Heading: outside the EEA.
    public static let outsideEEA = Text(nl: "Buiten de Europese Economische Ruimte", en: "Outside the European Economic Area")
    /// No transfers.
    public static let noTransfers = Text(
      nl: "Wij geven geen persoonsgegevens door naar landen buiten de Europese Economische Ruimte.",
      en: "We do not transfer personal data to countries outside the European Economic Area.")
    /// Before the list of transfers (art. 44–46).
    public static let someTransfers = Text(
      nl: "Sommige gegevens gaan naar een land buiten de Europese Economische Ruimte. Dat mag alleen met passende waarborgen (AVG art. 44–46):",
      en: "Some data goes to a country outside the European Economic Area. That is only allowed with appropriate safeguards (AVG art. 44–46):")
    /// A safeguard: adequacy decision.
    public static let adequacy = Text(nl: "een adequaatheidsbesluit van de Europese Commissie", en: "an adequacy decision of the European Commission")
    /// A safeguard: the DPF.
    public static let dpf = Text(nl: "het EU-VS Data Privacy Framework", en: "the EU-US Data Privacy Framework")
    /// A safeguard: SCCs.
    public static let scc = Text(nl: "de standaardcontractbepalingen van de Europese Commissie", en: "the standard contractual clauses of the European Commission")
    /// A safeguard: BCRs.
    public static let bcr = Text(nl: "bindende bedrijfsvoorschriften", en: "binding corporate rules")
    /// No safeguard recorded.
    public static let noSafeguard = Text(nl: "geen waarborg vastgelegd", en: "no safeguard recorded")

    // MARK: Security (art. 32)

    /// Heading: security.
    public static let security = Text(nl: "Beveiliging", en: "Security")
    /// The measures in general; `examples` when a list follows.
    public static func securityText(examples: Bool) -> Text {
      Text(
        nl: "Wij beveiligen persoonsgegevens met passende technische en organisatorische maatregelen (AVG art. 32), zodat alleen wie de gegevens voor zijn of haar werk nodig heeft, erbij kan." + (examples ? " Bijvoorbeeld:" : ""),
        en: "We protect personal data with appropriate technical and organisational measures (AVG art. 32), so that only those who need the data for their work can access it." + (examples ? " For example:" : ""))
    }
    /// Where the security policies are.
    public static func policies(_ list: Text) -> Text {
      Text(nl: "De afspraken staan in \(list.nl).", en: "The arrangements are set out in \(list.en).")
    }

    // MARK: One activity (art. 13(1)(c)–(d), 13(2)(a), (e), 14(1)(d), 14(2)(f))

    /// The purpose.
    public static func purpose(_ s: String) -> Text { Text(nl: "Doel: \(s)", en: "Purpose: \(s)") }
    /// The data subjects.
    public static func whose(_ s: Text) -> Text { Text(nl: "Van wie: \(s.nl)", en: "About whom: \(s.en)") }
    /// The categories of data.
    public static func which(_ s: Text) -> Text { Text(nl: "Welke gegevens: \(s.nl)", en: "Which data: \(s.en)") }
    /// The legal basis.
    public static func basis(_ s: Text) -> Text { Text(nl: "Grondslag: \(s.nl)", en: "Legal basis: \(s.en)") }
    /// The legitimate interest (art. 13(1)(d)).
    public static func interest(_ s: String) -> Text { Text(nl: "Ons gerechtvaardigd belang: \(s)", en: "Our legitimate interest: \(s)") }
    /// The art. 9(2) exception.
    public static func special(_ s: String) -> Text {
      Text(nl: "Bijzondere persoonsgegevens verwerken wij op grond van: \(s)", en: "We process special categories of personal data on the basis of: \(s)")
    }
    /// A legal obligation: providing the data is required (art. 13(2)(e)).
    public static let required = Text(
      nl: "Verplicht: deze gegevens moeten wij volgens de wet verwerken; zonder deze gegevens kan de school haar wettelijke taak niet uitvoeren.",
      en: "Required: the law obliges us to process this data; without it the school cannot carry out its statutory task.")
    /// Consent: voluntary.
    public static let voluntary = Text(
      nl: "Vrijwillig: wij doen dit alleen met toestemming. Wie geen toestemming geeft, heeft daar geen nadeel van.",
      en: "Voluntary: we only do this with consent. Anyone who does not give consent suffers no disadvantage.")
    /// The retention period.
    public static func retention(_ s: Text) -> Text { Text(nl: "Bewaartermijn: \(s.nl)", en: "Retention period: \(s.en)") }
    /// Other sources (art. 14(2)(f)).
    public static func origin(_ s: Text) -> Text {
      Text(nl: "Herkomst: wij ontvangen deze gegevens ook van \(s.nl)", en: "Source: we also receive this data from \(s.en)")
    }
    /// A special category mark after a data category.
    public static func specialMark(_ s: String) -> Text {
      Text(nl: "bijzonder persoonsgegeven: \(s)", en: "special category of personal data: \(s)")
    }
    /// The article a basis rests on.
    public static func under(_ article: String) -> Text { Text(nl: ", op grond van \(article)", en: ", under \(article)") }
    /// The law a basis rests on.
    public static func underLaw(_ law: String) -> Text { Text(nl: ", op grond van de \(law)", en: ", under the \(law)") }
    /// Retention per the selection list (Archiefwet).
    public static func perSelectielijst(_ s: String) -> Text {
      Text(
        nl: "volgens de selectielijst op grond van de Archiefwet (\(s)); tot die is vastgesteld, vernietigen wij deze gegevens niet",
        en: "according to the selection list under the Archiefwet (Public Records Act) (\(s)); until it is adopted, we do not destroy this data")
    }
    /// The source of a retention period: the law.
    public static let statutory = Text(nl: "wettelijke termijn", en: "statutory period")
    /// The source of a retention period: a sector guideline.
    public static let guideline = Text(nl: "richtlijn voor het onderwijs", en: "education sector guideline")
    /// The source of a retention period: the board's decision.
    public static let boardDecision = Text(nl: "besluit van het bestuur", en: "decision of the board")
  }
}
