import Foundation
import JSON
import Service
import Store
import Transport

// avgd's entry point: picks the command; each command owns its options and exit status.
Signals.resetMask()
let args = Array(CommandLine.arguments.dropFirst())
let rest = Array(args.dropFirst())
let status: Int32
switch args.first {
case "serve": status = ServeCommand.run(rest)
case "connect": status = ConnectCommand.run(rest)
case "call": status = CallCommand.run(rest)
case "methods": status = MethodsCommand.run(rest)
case "export": status = ExportCommand.run(rest)
case "store": status = rest.first == "backup" ? StoreBackupCommand.run(rest) : StoreCommand.run(rest)
case "openrpc": status = OpenRPCCommand.run(rest)
case "report": status = ReportCommand.run(rest)
case "status": status = StatusCommand.run(rest)
case "--version", "version": print("avgd \(ServiceVersion.version) (protocol \(ServiceVersion.protocolVersion))"); status = 0
case "--help", "-h", "help", nil: print(Help.main); status = args.isEmpty ? 2 : 0
default:
  FileHandle.standardError.write(Data("avgd: unknown command \(args[0])\n\n\(Help.main)\n".utf8))
  status = 2
}
exit(status)
