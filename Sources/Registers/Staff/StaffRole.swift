/// What a staff member does at the school, as far as instruction is concerned (duties.md §6.3,
/// D21, D23): some topics are for every staff member, some only for role holders (Kennisnet
/// Aanpak IBP: specific training for administration, care, HR and ICT). A staff member may hold
/// several roles. No names: a role is all the register needs (AVG art. 5(1)(c)).
public enum StaffRole: String, Sendable, CaseIterable {
  /// Leraar (teacher).
  case LERAAR
  /// Onderwijsondersteunend personeel (assistant, conciërge, ...).
  case ONDERSTEUNING
  /// Leerlingadministratie.
  case ADMINISTRATIE
  /// Directie, schoolleiding.
  case DIRECTIE
  /// Zorg: zorgcoördinator, intern begeleider, mentor with care tasks.
  case ZORG
  /// Personeelszaken.
  case HR
  /// ICT-coördinator, systeembeheer.
  case ICT
  /// Vertrouwenspersoon (confidential counsellor).
  case VERTROUWENSPERSOON
  /// Stagiair (intern).
  case STAGIAIR
  /// Vrijwilliger, klassenouder (duties.md §6.2: they handle data too).
  case VRIJWILLIGER
  /// Any other role.
  case OVERIG
}
