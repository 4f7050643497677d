// avgd-bench: the in-process half of the benchmarks (driven by Benchmarks/bench.py).
//   avgd-bench inproc N                      service.info and rights.resolve calls/s, in-process
//   avgd-bench makestore DIR N               N breaches.registered events written with the Store API
//   avgd-bench replay DIR                    open the store and rebuild the service; times, max RSS
// Each prints one JSON object on stdout; errors go to stderr with exit status 1.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch arguments.first {
  case "inproc":
    try InProcessBench.run(count: BenchArgs.int(arguments, 1))
  case "makestore":
    try StoreMaker.run(directory: BenchArgs.string(arguments, 1), count: BenchArgs.int(arguments, 2))
  case "replay":
    try ReplayBench.run(directory: BenchArgs.string(arguments, 1))
  default:
    throw BenchError("usage: avgd-bench inproc N | makestore DIR N | replay DIR")
  }
} catch {
  FileHandle.standardError.write(Data("avgd-bench: \(error)\n".utf8))
  exit(1)
}
