import JSONRPC

/// The published methods, in the order `rpc.discover` lists them and the examples are replayed.
/// Each entry is one declaration file in this folder; adding a method is one declaration file,
/// one line here, and its tests.
enum MethodCatalog {
  static func declarations(for service: AvgdService) -> [MethodDeclaration] {
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
      BreachesReclassify.declaration(service),
      BreachesReportToAuthority.declaration(service),
      BreachesFollowUp.declaration(service),
      BreachesNotifySubjects.declaration(service),
      BreachesAddMeasure.declaration(service),
      BreachesClose.declaration(service),
      BreachesDue.declaration(service),
      BreachesAffected.attach(service),
      BreachesAffected.read(service),
    ] + BreachesReads.declarations(service)
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
        SharingRecord.declaration(service),
        SharingRecipients.declaration(service),
      ] + SharingReads.declarations(service) + ConsentsReads.declarations(service)
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
        RequestsDecide.declaration(service),
        RequestsAdopt.declaration(service),
        RequestsRespond.declaration(service),
        RequestsWithdraw.declaration(service),
        RequestsDue.declaration(service),
      ] + RequestsReads.declarations(service)  // requests.get, .history, .list, .export
      // reports.* and letters.* (issue 17): last, so their examples read every register the examples filled.
      + [ReportsAnnual.declaration(service), ReportsStatus.declaration(service), LettersRender.declaration(service)]
  }
}
