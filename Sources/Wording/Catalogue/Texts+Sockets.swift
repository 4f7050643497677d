/// Texts of the Unix socket and stdio transports: why avgd could not bind, listen, connect or
/// start (issue 16 §1). They are said to a person at a shell (`avgd serve`, `avgd call`), so they
/// name the path and say what to do; paths, options and commands stay as typed. A `TransportError`
/// keeps the `Text` and renders it where it is printed, so it speaks the language there (the
/// process's, `avgd serve --language`). The part after a colon that the operating system gave
/// (`strerror`) stays as the system says it: `os` below.
extension Texts {
  /// Socket and stdio texts.
  public enum Sockets {
    // MARK: The socket directory (issue 14, item 2; AVG art. 32)

    /// mkdir of the socket directory failed.
    public static func cannotCreateDirectory(_ directory: String, os: String) -> Text {
      Text(nl: "kan de socketmap \(directory) niet aanmaken: \(os)", en: "cannot create the socket directory \(directory): \(os)")
    }
    /// The socket directory is a symbolic link or no directory.
    public static func directoryNotReal(_ directory: String) -> Text {
      Text(
        nl: "de socketmap \(directory) is geen gewone map (een symbolische link?); avgd bindt alleen in een echte map van zichzelf",
        en: "the socket directory \(directory) is not a directory (a symbolic link?); avgd binds only in a real directory of its own")
    }
    /// open of the socket directory failed.
    public static func cannotOpenDirectory(_ directory: String, os: String) -> Text {
      Text(nl: "kan de socketmap \(directory) niet openen: \(os)", en: "cannot open the socket directory \(directory): \(os)")
    }
    /// fstat of the socket directory failed.
    public static func cannotInspectDirectory(_ directory: String, os: String) -> Text {
      Text(nl: "kan de eigenschappen van de socketmap \(directory) niet lezen: \(os)", en: "cannot inspect the socket directory \(directory): \(os)")
    }
    /// The socket directory is not safe; `problem` says why.
    public static func refusingDirectory(_ directory: String, problem: Text) -> Text {
      Text(nl: "avgd weigert de socketmap \(directory): \(problem.nl)", en: "refusing the socket directory \(directory): \(problem.en)")
    }
    /// Why: the directory belongs to another user.
    public static func directoryOfAnotherUser(owner: UInt32, euid: UInt32) -> Text {
      Text(
        nl: "die is van uid \(owner), niet van de gebruiker van avgd (uid \(euid)) of root; gebruik een eigen map (avgd maakt een ontbrekende map aan met 0700)",
        en: "it belongs to uid \(owner), not to avgd's user (uid \(euid)) or root; use a directory of your own (avgd creates a missing one as 0700)")
    }
    /// Why: group or others may write the directory (`mode` in octal).
    public static func directoryWritableByOthers(mode: String) -> Text {
      Text(
        nl: "de groep of anderen mogen erin schrijven (modus \(mode)); herstel dat met chmod go-w, of gebruik een eigen map zoals $XDG_RUNTIME_DIR",
        en: "group or others may write it (mode \(mode)); fix with chmod go-w, or use a private directory such as $XDG_RUNTIME_DIR")
    }

    // MARK: The socket path and the socket

    /// `--socket ""`.
    public static let emptyPath = Text(nl: "het socketpad is leeg", en: "the socket path is empty")
    /// A socket path with a NUL byte.
    public static func pathHasNUL(_ path: String) -> Text {
      Text(nl: "het socketpad \(path) bevat een NUL-byte", en: "the socket path \(path) contains a NUL byte")
    }
    /// A socket path longer than `sun_path` holds.
    public static func pathTooLong(_ path: String, bytes: Int, max: Int) -> Text {
      Text(
        nl: "het socketpad \(path) is \(bytes) bytes lang; een Unix-socket staat er hoogstens \(max) toe (sun_path): kies een korter pad",
        en: "the socket path \(path) is \(bytes) bytes long; Unix sockets allow at most \(max) (sun_path): choose a shorter path")
    }
    /// socket(2) failed.
    public static func cannotCreateSocket(os: String) -> Text {
      Text(nl: "kan geen Unix-socket aanmaken: \(os)", en: "cannot create a Unix socket: \(os)")
    }
    /// connect(2) failed for another reason than nobody listening.
    public static func cannotConnect(_ path: String, os: String) -> Text {
      Text(nl: "kan geen verbinding maken met \(path): \(os)", en: "cannot connect to \(path): \(os)")
    }

    // MARK: Binding (avgd serve)

    /// A live avgd already serves the path.
    public static func anotherAvgdListening(_ path: String) -> Text {
      Text(nl: "er luistert al een andere avgd op \(path)", en: "another avgd is listening on \(path)")
    }
    /// link(2) of the bound socket to its name failed.
    public static func cannotCreate(_ path: String, os: String) -> Text {
      Text(nl: "kan \(path) niet aanmaken: \(os)", en: "cannot create \(path): \(os)")
    }
    /// bind(2) failed.
    public static func cannotBind(_ path: String, os: String) -> Text {
      Text(nl: "kan de socket niet binden aan \(path): \(os)", en: "cannot bind \(path): \(os)")
    }
    /// chmod, lstat or listen(2) failed.
    public static func cannotListen(_ path: String, os: String) -> Text {
      Text(nl: "kan niet luisteren op \(path): \(os)", en: "cannot listen on \(path): \(os)")
    }
    /// The path is taken by something that is no socket.
    public static func notASocket(_ path: String) -> Text {
      Text(nl: "\(path) bestaat al en is geen socket; avgd vervangt het niet", en: "\(path) exists and is not a socket; refusing to replace it")
    }
    /// A stale socket file could not be removed.
    public static func cannotRemoveStale(_ path: String, os: String) -> Text {
      Text(nl: "kan het oude socketbestand \(path) niet verwijderen: \(os)", en: "cannot remove the stale socket \(path): \(os)")
    }
    /// Connecting to the existing socket, to see whether it is stale, failed; `cause` says how.
    public static func cannotCheckExisting(_ path: String, cause: Text) -> Text {
      Text(nl: "kan de bestaande socket \(path) niet controleren: \(cause.nl)", en: "cannot check the existing socket \(path): \(cause.en)")
    }

    // MARK: Listener and stdio

    /// A systemd-passed fd that is no socket.
    public static func descriptorNotASocket(_ fd: Int32) -> Text {
      Text(nl: "bestandsdescriptor \(fd) is geen socket", en: "file descriptor \(fd) is not a socket")
    }
    /// pipe(2) failed.
    public static func cannotCreatePipe(os: String) -> Text {
      Text(nl: "kan geen pipe aanmaken: \(os)", en: "cannot create a pipe: \(os)")
    }
    /// The accept thread did not start.
    public static let cannotStartAcceptThread = Text(
      nl: "kan de thread die verbindingen aanneemt niet starten", en: "cannot start the accept thread")
    /// fcntl(F_DUPFD) of stdout failed.
    public static func cannotDuplicateStdout(os: String) -> Text {
      Text(nl: "kan stdout niet dupliceren: \(os)", en: "cannot duplicate stdout: \(os)")
    }
    /// dup2 of stderr onto stdout failed.
    public static func cannotRedirectStdout(os: String) -> Text {
      Text(nl: "kan stdout niet omleiden naar stderr: \(os)", en: "cannot redirect stdout to stderr: \(os)")
    }
    /// The stdio connection's thread did not start.
    public static let cannotStartStdioThreads = Text(
      nl: "kan de threads voor stdio niet starten", en: "cannot start the stdio threads")

    // MARK: Why a connection is refused (-32009, `data.reason`, in the daemon's language)

    /// Only the slots reserved for avgd's own user and root are free.
    public static let onlyReservedSlotsFree = Text(
      nl: "alleen de verbindingen die voor de eigen gebruiker van avgd en root gereserveerd zijn, zijn nog vrij",
      en: "only the connections reserved for avgd's own user and root are free")
    /// The caller's user has its own limit of connections open.
    public static func userAtLimit(_ limit: Int) -> Text {
      Text(nl: "deze gebruiker heeft al \(limit) verbindingen open", en: "this user already has \(limit) connections open")
    }
  }
}
