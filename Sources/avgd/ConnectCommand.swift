import Foundation
import Transport

/// `avgd connect`: bridges stdin/stdout to a running daemon, so `... | avgd connect | jq` shares
/// the daemon's store instead of starting a second owner.
enum ConnectCommand {
  /// Bridges until both directions end; 3 when no daemon answers.
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "expect-uid"])
      try a.check(known: ["socket", "expect-uid", "help"])
      if a.flag("help") { print(Help.connect); return 0 }
      let path = a.option("socket") ?? Defaults.socketPath
      let expected = try a.uid("expect-uid")
      do { try UnixSocketClient.bridge(path: path, expectedUID: expected) } catch {
        Stderr.say("connect", "\(error)")
        return 3
      }
      return 0
    } catch {
      return Stderr.usage("connect", error, help: Help.connect)
    }
  }
}
