import Foundation
import Wording

/// Why a store operation failed, with enough location detail (file, byte offset, seq) for a
/// privacy officer or operator to find the problem without reading source code.
///
/// The reason is kept as a `Text` (issue 16 §1), not as a rendered string: a failure found on the
/// store's own flusher thread is kept and answered later (1100, `data.reason`) to calls in either
/// language, so `message` and `description` render it in `Language.current` when they are read.
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
  /// Plain-words explanation in both languages, including what to do next where there is something to do.
  public var reason: Text
  /// The reason in the language of the call reading it (`Language.current`).
  public var message: String { reason.string }
  /// The file concerned, if any (a name inside the store directory, or a path).
  public var file: String?
  /// Byte offset in `file` of the first damage, if known.
  public var offset: Int?
  /// Sequence number of the damaged or affected event, if known.
  public var seq: UInt64?

  /// Makes an error; location fields are optional because many failures have no single place.
  public init(_ kind: Kind, _ reason: Text, file: String? = nil, offset: Int? = nil, seq: UInt64? = nil) {
    self.kind = kind
    self.reason = reason
    self.file = file
    self.offset = offset
    self.seq = seq
  }

  /// An error from the current `errno` for a failed system call; space problems become `.diskFull`.
  /// `what` is avgd's own words (in both languages); the system's reason stays as strerror gives it.
  static func posix(_ what: Text, file: String?, errno code: Int32 = errno) -> StoreError {
    let os = String(cString: strerror(code))
    switch code {
    case ENOSPC, EDQUOT, EFBIG:
      return StoreError(.diskFull, Texts.StoreFiles.noSpace(what, os), file: file)
    case EACCES, EPERM:
      return StoreError(.permissions, Texts.StoreFiles.systemCall(what, os), file: file)
    default:
      return StoreError(.io, Texts.StoreFiles.systemCall(what, os), file: file)
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

  /// The reason plus location in both languages, e.g. "... (journal.jsonl, byte 1234, seq 17)".
  public var text: Text { Texts.StoreFiles.located(reason, file: file, offset: offset, seq: seq) }

  /// One line in `Language.current`: reason plus location.
  public var description: String { text.string }
}

