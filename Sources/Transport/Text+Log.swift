import Wording

extension Text {
  /// This text as a log line: in the process's language (`avgd serve --language`), whatever call
  /// or connection the thread is serving, since the operator reads the log, not the caller
  /// (issue 16 §1).
  var logLine: String { self(.processDefault) }
}
