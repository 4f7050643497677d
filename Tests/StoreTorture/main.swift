// avgd-store-torture: a child process for StoreTests.
//   crash DIR THREADS   append from THREADS threads forever; print each seq only after waitDurable
//                       returns (so every printed seq is acknowledged); the test SIGKILLs us.
//   diskfull DIR        append under a small RLIMIT_FSIZE: expect .diskFull, a clean journal, and
//                       success again after raising the limit. Prints "acked N" lines; exit 0 = as expected.
import Foundation
import JSON
import Store

#if canImport(Glibc)
  import Glibc
#endif

/// Writes one line to stdout with a single write(2), so lines from threads never interleave.
func say(_ s: String) {
  let bytes = Array((s + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func draft(_ n: Int) -> EventDraft {
  EventDraft(type: "torture.appended", actor: "torture", at: "2025-01-01T00:00:00Z",
    data: ["n": .int(n), "pad": .string(String(repeating: "x", count: n % 200))])
}

func crash(_ dir: String, threads: Int) -> Never {
  let store: Store
  do { store = try Store.open(directory: dir) } catch { say("open failed: \(error)"); exit(3) }
  say("ready")
  for t in 0..<threads {
    Thread {
      var n = t
      while true {
        do throws(StoreError) {
          let e = try store.append(draft(n))
          try store.waitDurable(e.seq)
          say("\(e.seq)")
          if t == 0, n % 97 == 0 {
            try store.writeSnapshot(state: ["through": .int(Int(e.seq))], throughSeq: e.seq)
          }
        } catch {
          if error.kind != .invalidArgument { say("error \(error)"); exit(4) }
        }
        n += threads
      }
    }.start()
  }
  while true { sleep(60) }
}

func diskFull(_ dir: String) -> Int32 {
  do {
    let store = try Store.open(directory: dir)
    for n in 0..<5 {
      let e = try store.append(draft(n))
      try store.waitDurable(e.seq)
      say("acked \(e.seq)")
    }
    let path = dir + "/journal.jsonl"
    func size() -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? -1 }
    let before = size()
    var lim = rlimit()
    getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &lim)
    let hard = lim.rlim_max
    lim.rlim_cur = rlim_t(before + 150)
    guard setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &lim) == 0 else { say("setrlimit failed"); return 1 }
    var failures = 0, lastGood = size()
    for n in 5..<40 {
      do throws(StoreError) {
        let e = try store.append(draft(150 + n))
        try store.waitDurable(e.seq)
        say("acked \(e.seq)")
        lastGood = size()
      } catch {
        guard error.kind == .diskFull else { say("wrong error kind: \(error)"); return 1 }
        failures += 1
        guard size() == lastGood else { say("journal not cleaned: \(size()) != \(lastGood)"); return 1 }
      }
    }
    guard failures > 0 else { say("no append failed under the limit"); return 1 }
    say("failures \(failures)")
    lim.rlim_cur = hard
    guard setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &lim) == 0 else { say("raise failed"); return 1 }
    for n in 40..<45 {
      let e = try store.append(draft(n))
      try store.waitDurable(e.seq)
      say("acked \(e.seq)")
    }
    store.close()
    return 0
  } catch {
    say("unexpected: \(error)")
    return 1
  }
}

let args = CommandLine.arguments
switch args.count > 2 ? args[1] : "" {
case "crash": crash(args[2], threads: args.count > 3 ? Int(args[3]) ?? 4 : 4)
case "diskfull": exit(diskFull(args[2]))
default:
  say("usage: avgd-store-torture crash DIR [THREADS] | diskfull DIR")
  exit(2)
}
