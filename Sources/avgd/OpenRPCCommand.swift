import Foundation
import JSON
import Service
import Wording

/// `avgd openrpc`: prints the OpenRPC document built from the method declarations; this is how
/// `Protocol/openrpc.json` is regenerated (`./run.sh openrpc`), and a test keeps the two equal.
/// `--permissions` prints Protocol/permissions.md (the role table) from the same declarations.
enum OpenRPCCommand {
  /// Prints the document (`--permissions`: the permission table); 1 when a declared example no longer holds.
  static func run(_ args: [String]) -> Int32 {
    do {
      let service = try AvgdService(configuration: ServiceConfiguration())
      if args.contains("--permissions") {
        print(PermissionsTable.markdown(service.server.table.declarations), terminator: "")
        return 0
      }
      print(JSONWriter.pretty(service.openRPC))
      for p in service.exampleProblems {
        Stderr.say("openrpc", Texts.CommandLine.exampleDoesNotHold("\(p)"))
      }
      return service.exampleProblems.isEmpty ? 0 : 1
    } catch {
      Stderr.say("openrpc", "\(error)")
      return 1
    }
  }
}
