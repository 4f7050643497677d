import Foundation
import JSON
import Service
import Store
import Transport
import Wording

// avgd's entry point: picks the command; each command owns its options and exit status.
Signals.resetMask()
var args = Array(CommandLine.arguments.dropFirst())
// First, before anything is printed: every command's usage errors, help and messages speak
// `--language` (Dutch without it). `avgd --language en COMMAND ...` names it before the command.
if let language = Arguments.language(in: args) { Language.processDefault = language }
if args.first == "--language", args.count >= 2 {
  args.removeFirst(2)
} else if args.first?.hasPrefix("--language=") == true {
  args.removeFirst()
}
let rest = Array(args.dropFirst())
let status: Int32
switch args.first {
case "serve": status = ServeCommand.run(rest)
case "connect": status = ConnectCommand.run(rest)
case "call": status = CallCommand.run(rest)
case "methods": status = MethodsCommand.run(rest)
case "export": status = ExportCommand.run(rest)
case "store":
  // The Store module's own parser knows no --language: it has done its work above.
  do throws(UsageError) {
    let storeArgs = try Arguments.withoutLanguage(rest)
    status = storeArgs.first == "backup" ? StoreBackupCommand.run(storeArgs, language: Arguments.language(in: rest)) : StoreCommand.run(storeArgs)
  } catch {
    Stderr.say("store", error.message)
    status = 2
  }
case "openrpc": status = OpenRPCCommand.run(rest)
case "report": status = ReportCommand.run(rest)
case "status": status = StatusCommand.run(rest)
case "--version", "version": print("avgd \(ServiceVersion.version) (protocol \(ServiceVersion.protocolVersion))"); status = 0
case "--help", "-h", "help", nil: print(Help.main); status = args.isEmpty ? 2 : 0
default: status = Stderr.usage(nil, UsageError(Texts.CommandLine.unknownCommand(args[0])), help: Help.main)
}
exit(status)
