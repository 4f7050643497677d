import Wording
import Foundation
import JSON
import JSONRPC
import Store

/// `store.info`, `store.verify`, `store.backup`: the running store's tamper evidence and backups for
/// the privacy officer. The journal is a SHA-256 hash chain (Protocol/store-format.md), so verifying it
/// shows the records were not altered afterwards (AVG art. 5(1)(f) integrity, 5(2) accountability);
/// a consistent backup restores availability after an incident (art. 32(1)(c)).
enum StoreMethods {
  /// The three declarations bound to `service`.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] {
    [info(service), verify(service), backup(service)]
  }

  /// A schema for an object whose members the description explains.
  static let object: JSONValue = ["type": "object"]

  /// `store.info`: where the store is and how far it got.
  static func info(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "store.info", summary: "Files, sizes, events, last seq, last hash and snapshot position of the running store.",
      description: "The same facts as `avgd store info`, from the daemon that owns the store. `kind: memory` for `--memory`.",
      result: ResultSpec("info", schema: object),
      examples: [MethodExample("the running store", params: [:], result: [
        "formatVersion": 1, "directory": "/var/lib/avgd", "durableSeq": 51, "fsyncs": 9,
        "journal": ["file": "journal.jsonl", "bytes": 40443],
        "snapshot": ["file": "snapshot.json", "bytes": 21735, "seq": 51, "at": "2026-11-29T09:00:00Z"],
        "events": 49, "lastSeq": 51, "eventsSinceSnapshot": 0,
        "lastHash": "2ebc47280de87260480ad4e62b9691c9fb525d9f6387804c78441001e15f532e",
      ])],
      roles: Role.privacyOfficerOnly.names,
      volatileResultMembers: [
        "directory", "journal", "snapshot", "events", "lastSeq", "durableSeq", "eventsSinceSnapshot", "fsyncs", "lastHash",
      ],
      scope: SchoolScope.boardOnly
    ) { _, _ in service.journal.info() }
  }

  /// `store.verify`: the hash chain checked, first break reported (art. 5(2)).
  static func verify(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "store.verify",
      summary: "Check every journal line's hash, the chain links, seq order and the snapshot anchor; report the first break.",
      description: """
        `ok: false` comes with `damage {kind, message, file, offset, seq}`: the first modified, missing or reordered \
        byte the chain reveals, lines cut off the end before the durable head (`headSeq`, head.json), or a store \
        directory removed while avgd runs. `pendingErasures` names registers whose purge was interrupted by a crash \
        before its erasure committed; avgd finishes it at its next start (AVG art. 17). Read-only and safe while \
        serving (a line being written may show as a torn final line).
        """,
      result: ResultSpec("report", schema: [
        "type": "object", "required": ["ok"],
        "properties": [
          "ok": ["type": "boolean"], "events": ["type": "integer"], "damage": object, "warnings": ["type": "array"],
          "pendingErasures": ["type": "array", "items": ["type": "string"]],
        ],
      ]),
      examples: [MethodExample("an intact store", params: [:], result: [
        "ok": true, "warnings": [], "directory": "/var/lib/avgd",
        "files": [["name": "avgd.lock", "bytes": 5], ["name": "journal.jsonl", "bytes": 16988]],
        "events": 49, "lastSeq": 51, "snapshotSeq": 51, "snapshotAt": "2026-11-29T09:00:00Z", "headSeq": 51,
        "pendingErasures": [],
      ])],
      roles: Role.privacyOfficerOnly.names,
      volatileResultMembers: ["directory", "files", "events", "lastSeq", "snapshotSeq", "snapshotAt", "headSeq"],
      scope: SchoolScope.boardOnly
    ) { _, _ in
      service.journal.verify() ?? ["ok": true, "kind": "memory", "warnings": [.string(Texts.Store.memoryKeepsNoJournal.string)]]
    }
  }

  /// `store.backup`: a consistent, verified copy (art. 32(1)(c)).
  static func backup(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "store.backup", summary: "A consistent copy of the running store into a new directory, verified after copying.",
      description: """
        `destination` is an absolute path, or a plain name placed in `<store>-backups/` beside the store directory \
        (`/var/lib/avgd-backups/` under the shipped systemd unit, which may write only there and in the store). \
        It must be new, or an empty directory of avgd's user that group and others cannot write; only directories \
        that do not exist yet are created (mode 0700), an existing one keeps its mode. Refused with -32602 \
        naming `destination`: a path inside the store directory (a copy there would keep purged data), a NUL, \
        or a name of only dots or spaces. Writes wait while the files are copied.
        """,
      params: [ParamSpec("destination", required: true, "Absolute path, or a plain name placed in <store>-backups/.",
        schema: ["type": "string", "minLength": 1])],
      result: ResultSpec("backup", schema: [
        "type": "object", "required": ["destination", "ok"],
        "properties": ["destination": ["type": "string"], "ok": ["type": "boolean"], "events": ["type": "integer"]],
      ]),
      errors: [
        ErrorSpec(.storeFailure, "the copy could not be made (destination not empty, no space, in-memory service)"),
        ErrorSpec(.invalidParams, "destination inside the store directory, with a NUL, or a name of only dots or spaces"),
      ],
      examples: [MethodExample("beside the store", params: ["destination": "backup-2026-11-29"], result: [
        "ok": true, "destination": "/var/lib/avgd-backups/backup-2026-11-29", "events": 49, "lastSeq": 51,
      ])],
      roles: Role.privacyOfficerOnly.names,
      volatileResultMembers: ["destination", "events", "lastSeq"],
      scope: SchoolScope.boardOnly
    ) { p, _ in
      let destination = try resolve(try p.string("destination"), store: service.configuration.storeDirectory)
      if let store = service.configuration.storeDirectory {
        do throws(StoreError) { try Store.checkBackupDestination(destination, storeDirectory: store) } catch {
          throw RPCError.invalidParams(field: "destination", reason: error.message)
        }
      }
      do { try service.journal.backup(to: destination) } catch {
        throw RPCError(code: .storeFailure, message: Texts.Registers.storeFailure.string, data: ["reason": .string(String(describing: error))])
      }
      let report = Store.verify(directory: destination).json
      return [
        "destination": .string(destination), "ok": report["ok"] ?? false, "events": report["events"] ?? .null,
        "lastSeq": report["lastSeq"] ?? .null,
      ]
    }
  }

  /// An absolute destination as given; a plain name in `<store>-backups/` beside the store directory,
  /// the one place beside the store that the shipped systemd unit lets avgd write (contrib/systemd).
  static func resolve(_ d: String, store: String?) throws(RPCError) -> String {
    if d.hasPrefix("/") { return d }
    guard !d.contains("/"), !d.allSatisfy({ $0 == "." || $0 == " " }), !d.utf8.contains(0), let store else {
      throw RPCError.invalidParams(
        field: "destination", reason: Texts.Store.destinationShape)
    }
    return backupsDirectory(store) + "/" + d
  }

  /// `<store>-backups`: where plain backup names go (`/var/lib/avgd` → `/var/lib/avgd-backups`).
  static func backupsDirectory(_ store: String) -> String {
    var s = store
    while s.count > 1, s.hasSuffix("/") { s.removeLast() }
    return s + "-backups"
  }
}
