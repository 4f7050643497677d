import Foundation
import Glibc

/// Starts detached POSIX threads with an explicit, modest stack size.
///
/// Why not Dispatch: each connection blocks in `poll`/`read` and in the handler; parking those on
/// Dispatch's bounded pool would starve it at a few dozen connections. Two threads per connection
/// with 512 KiB–1 MiB stacks (virtual memory, touched lazily) keep 256+ connections cheap.
enum DetachedThread {
  private final class Body {
    let run: @Sendable () -> Void
    /// Boxes the closure for the C start routine.
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  /// Starts `body` on a new thread named `name` (truncated to 15 bytes); false if the system
  /// refused a thread.
  @discardableResult
  static func start(name: String, stackSize: Int = 512 * 1024, _ body: @escaping @Sendable () -> Void) -> Bool {
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, max(stackSize, Int(PTHREAD_STACK_MIN)))
    pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
    let label = String(name.utf8.prefix(15)) ?? "avgd"
    let context = Unmanaged.passRetained(
      Body {
        Thread.current.name = label
        body()
      }
    ).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(
      &thread, &attr,
      { raw in
        guard let raw else { return nil }
        Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
        return nil
      }, context)
    guard rc == 0 else {
      Unmanaged<Body>.fromOpaque(context).release()
      return false
    }
    return true
  }
}
