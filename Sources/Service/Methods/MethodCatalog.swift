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
    ] + BreachesReads.declarations(service) + [AuditList.declaration(service)] + StoreMethods.declarations(service)
  }
}
