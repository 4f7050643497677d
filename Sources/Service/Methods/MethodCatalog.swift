import JSONRPC

/// The published methods, in the order `rpc.discover` lists them and the examples are replayed.
/// Each entry is one declaration file in this folder; adding a method is one declaration file,
/// one line here, and its tests.
enum MethodCatalog {
  static func declarations(for service: AvgdService) -> [MethodDeclaration] {
    // Each method's school scoping (issue 18 §1): declared, else derived from its register.
    listed(service).map { d in
      var d = d
      d.scope = SchoolScope.rule(of: d)
      return d
    }
  }

  /// Every declaration in catalog order, as the methods declare them.
  private static func listed(_ service: AvgdService) -> [MethodDeclaration] {
    [
      RPCDiscover.declaration(service),
      ServiceInfo.declaration(service),
      RightsResolve.declaration(service),
      RightsCheck.declaration(service),
      RightsTimeline.declaration(service),
      DeadlinesRequest.declaration(service),
      DeadlinesBreach.declaration(service),
      CalendarHolidays.declaration(service),
      BreachesRegister.declaration(service),
      BreachesAssess.declaration(service),
      BreachesAPForm.declaration(service),
      BreachesReclassify.declaration(service),
      BreachesReportToAuthority.declaration(service),
      BreachesFollowUp.declaration(service),
      BreachesNotifySubjects.declaration(service),
      BreachesAddMeasure.declaration(service),
      BreachesClose.declaration(service),
      BreachesDue.declaration(service),
      BreachesAffected.attach(service),
      BreachesAffected.read(service),
    ] + BreachesReads.declarations(service) + [BreachesCorrect.declaration(service)]  // issue 16 §6
      // processors.* and sharing.* / consents.* (issue 7): kept together at the end.
      + [
        ProcessorsRegister.declaration(service),
        ProcessorsUpdate.declaration(service),
        ProcessorsAddProduct.declaration(service),
        ProcessorsEnd.declaration(service),
        ProcessorsCheck.declaration(service),
      ] + ProcessorsReads.declarations(service)
      + [
        ConsentsRecord.declaration(service),
        SharingWithdrawConsent.declaration(service),
        SharingAssess.declaration(service),
        SharingRecord.declaration(service),
        SharingRecipients.declaration(service),
        SharingUninformed.declaration(service),
        SharingInformed.declaration(service),
      ] + SharingReads.declarations(service) + ConsentsReads.declarations(service)
      + SharingAssessmentsReads.declarations(service)
      // Complaints (the counsellor's dossiers) and the communication check; purge last, as its
      // example removes a dossier the earlier examples use.
      + [
        ComplaintsOpen.declaration(service),
        ComplaintsAddReport.declaration(service),
        ComplaintsClose.declaration(service),
      ] + ComplaintsReads.declarations(service)
      + [
        ComplaintsAnnualReport.declaration(service),
        CommunicationCheckMethod.declaration(service),
        ComplaintsPurge.declaration(service),
      ]
      + [AuditList.declaration(service), RetentionPurgeMethod.declaration(service)] + StoreMethods.declarations(service)
      // requests.* (issue 5): the subject-request register, Protocol/requests.md.
      + [
        RequestsOpen.declaration(service),
        RequestsVerifyIdentity.declaration(service),
        RequestsExtend.declaration(service),
        RequestsRoute.declaration(service),
        RequestsDecide.declaration(service),
        RequestsAdopt.declaration(service),
        RequestsRespond.declaration(service),
        RequestsWithdraw.declaration(service),
        RequestsDue.declaration(service),
      ] + RequestsReads.declarations(service)  // requests.get, .history, .list, .export
      + [RequestsCorrect.declaration(service)]  // issue 16 §6: after the reads, as it changes R-2026-0004
      // publications.* and imageConsents.* (issue 15 §4): image consent per channel, Protocol/publications.md.
      + [
        PublicationsConsent.declaration(service),
        PublicationsCheck.declaration(service),
        PublicationsRecord.declaration(service),
        PublicationsWithdraw.declaration(service),
        PublicationsTakedowns.declaration(service),
        PublicationsTakeDown.declaration(service),
        PublicationsReconfirmations.declaration(service),
      ] + PublicationsReads.declarations(service)
      // staff.* (issue 15 §5): staff instruction, Protocol/staff.md.
      + [
        StaffTopics.declaration(service),
        StaffRegister.declaration(service),
        StaffInstruct.declaration(service),
        StaffLeave.declaration(service),
        StaffDueMethod.declaration(service),
        StaffCoverage.declaration(service),
      ] + StaffReads.declarations(service)
      // processing.* and information.* (issue 15 §1–3): the record of processing activities, then the
      // statement and notice written from it; last, as their examples read the processor and sharing examples.
      + [
        ProcessingRegister.declaration(service),
        ProcessingCheckMethod.declaration(service),
        ProcessingUpdate.declaration(service),
        ProcessingEnd.declaration(service),
      ] + ProcessingReads.declarations(service)
      + [
        InformationConfigure.declaration(service),
        InformationConfigure.read(service),
        InformationPrivacyStatement.declaration(service),
        InformationRightsNotice.declaration(service),
        InformationPublish.declaration(service),
        InformationPublish.versions(service),
      ] + InformationReads.declarations(service)
      // reports.* and letters.* (issue 17): last, so their examples read every register the examples filled.
      + [ReportsAnnual.declaration(service), ReportsStatus.declaration(service), LettersRender.declaration(service)]
      // consents/sharing/complaints/imageConsents/publications/staff .correct (issue 16 §6): after every example they correct.
      + Corrections.declarations(service)
  }
}
