import Foundation

/// Why a store operation failed, with enough location detail (file, byte offset, seq) for a
/// privacy officer or operator to find the problem without reading source code.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The class of failure; callers branch on this (e.g. map `.diskFull` to a retryable reply).
  public enum Kind: Sendable, Equatable {
    /// A read, write, fsync or rename failed for another reason (errno in the message).
    case io
    /// No space left, quota exceeded, or the file size limit was hit; nothing was acknowledged.
    case diskFull
    /// A file is corrupt, truncated, or the hash chain is broken; `file`/`offset`/`seq` point at it.
    case damaged
    /// Another process owns the store; the pid is the holder's (0 when unknown).
    case locked(pid: Int32)
    /// The store directory or a file has the wrong owner or is writable by group/others.
    case permissions
    /// A file was written by a newer avgd whose format this binary does not know.
    case newerFormat
    /// The caller asked for something impossible (e.g. snapshot beyond the last seq).
    case invalidArgument
    /// The store was closed, or stopped accepting writes after an fsync failure.
    case closed
  }

  /// The class of failure.
  public var kind: Kind
  /// Plain-words explanation, including what to do next where there is something to do.
  public var message: String
  /// The file concerned, if any (a name inside the store directory, or a path).
  public var file: String?
  /// Byte offset in `file` of the first damage, if known.
  public var offset: Int?
  /// Sequence number of the damaged or affected event, if known.
  public var seq: UInt64?

  /// Makes an error; location fields are optional because many failures have no single place.
  public init(_ kind: Kind, _ message: String, file: String? = nil, offset: Int? = nil, seq: UInt64? = nil) {
    self.kind = kind
    self.message = message
    self.file = file
    self.offset = offset
    self.seq = seq
  }

  /// An error from the current `errno` for a failed system call; space problems become `.diskFull`.
  static func posix(_ what: String, file: String?, errno code: Int32 = errno) -> StoreError {
    let reason = String(cString: strerror(code))
    switch code {
    case ENOSPC, EDQUOT, EFBIG:
      return StoreError(.diskFull, "\(what): \(reason); the write was undone, retry when there is space", file: file)
    case EACCES, EPERM:
      return StoreError(.permissions, "\(what): \(reason)", file: file)
    default:
      return StoreError(.io, "\(what): \(reason)", file: file)
    }
  }

  /// A short name of the kind, for logs, the CLI and JSON replies.
  public var kindName: String {
    switch kind {
    case .io: return "io"
    case .diskFull: return "diskFull"
    case .damaged: return "damaged"
    case .locked: return "locked"
    case .permissions: return "permissions"
    case .newerFormat: return "newerFormat"
    case .invalidArgument: return "invalidArgument"
    case .closed: return "closed"
    }
  }

  /// One line: message plus location, e.g. "... (journal.jsonl, byte 1234, seq 17)".
  public var description: String {
    var loc: [String] = []
    if let file { loc.append(file) }
    if let offset { loc.append("byte \(offset)") }
    if let seq { loc.append("seq \(seq)") }
    return loc.isEmpty ? message : "\(message) (\(loc.joined(separator: ", ")))"
  }
}
