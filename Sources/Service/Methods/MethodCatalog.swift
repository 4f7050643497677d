import JSONRPC

/// The published methods, in the order `rpc.discover` lists them and the examples are replayed.
/// Each entry is one declaration file in this folder; adding a method is one declaration file,
/// one line here, and its tests.
enum MethodCatalog {
  static func declarations(for service: AvgdService) -> [MethodDeclaration] {
    [
      RPCDiscover.declaration(service),
      ServiceInfo.declaration(service),
      RequestsOpen.declaration(service),
      RequestsVerifyIdentity.declaration(service),
      RequestsExtend.declaration(service),
      RequestsDecide.declaration(service),
      RequestsAdopt.declaration(service),
      RequestsRespond.declaration(service),
      RequestsWithdraw.declaration(service),
      RequestsDue.declaration(service),
    ]
      + RequestsReads.declarations(service)  // requests.get, .history, .list, .export
  }
}
