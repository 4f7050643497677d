import Glibc
import Wording

/// The directory a socket is bound in must be ours alone (issue 14, item 2; AVG art. 32): whoever
/// can write it can move our socket aside, put their own in its place, and receive every request
/// (names, contact details) meant for avgd — and answer them. So before binding, avgd refuses a
/// directory that belongs to another user (root excepted) or that group or others may write, or
/// that is a symbolic link; a missing last component is created with mode 0700. The rules are in
/// Protocol/access.md, "The socket directory".
public enum SocketDirectory {
  /// Makes sure the directory of `socketPath` exists (creating the last component, 0700) and is
  /// safe to bind in; throws a sentence that says what is wrong and how to fix it.
  public static func prepare(socketPath: String, euid: UInt32 = geteuid()) throws(TransportError) {
    let directory = parent(of: socketPath)
    let created = mkdir(directory, 0o700) == 0
    if !created && errno != EEXIST {
      let code = errno
      throw TransportError(Texts.Sockets.cannotCreateDirectory(directory, os: errnoText(code)), errno: code)
    }
    // mkdir's mode is cut by the umask (0177 would leave a directory nobody can enter): the one
    // avgd made itself is set to 0700 outright.
    if created, chmod(directory, 0o700) != 0 {
      let code = errno
      throw TransportError(Texts.Sockets.cannotCreateDirectory(directory, os: errnoText(code)), errno: code)
    }
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ELOOP || code == ENOTDIR {
        throw TransportError(Texts.Sockets.directoryNotReal(directory), errno: code)
      }
      throw TransportError(Texts.Sockets.cannotOpenDirectory(directory, os: errnoText(code)), errno: code)
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else {
      let code = errno
      throw TransportError(Texts.Sockets.cannotInspectDirectory(directory, os: errnoText(code)), errno: code)
    }
    if let problem = problem(owner: st.st_uid, mode: st.st_mode, euid: euid) {
      throw TransportError(Texts.Sockets.refusingDirectory(directory, problem: problem))
    }
  }

  /// What is wrong with a directory owned by `owner` with `mode` for a daemon running as `euid`;
  /// nil when it is safe.
  static func problem(owner: UInt32, mode: mode_t, euid: UInt32) -> Text? {
    if owner != euid && owner != 0 {
      return Texts.Sockets.directoryOfAnotherUser(owner: owner, euid: euid)
    }
    if mode & 0o022 != 0 {
      return Texts.Sockets.directoryWritableByOthers(mode: String(mode & 0o7777, radix: 8))
    }
    return nil
  }

  /// The directory part of `path` ("." for a bare name, "/" for a file in the root).
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
