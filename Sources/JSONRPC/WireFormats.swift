/// Syntax checks for the two formats of the wire: dates `YYYY-MM-DD` and instants RFC 3339
/// (an instant without offset is Europe/Amsterdam wall time, read by the rules' reader). Meaning (time zones, holidays) belongs to the rules module; this is syntax only.
public enum WireFormats {
  /// True for `YYYY-MM-DD` naming a day that exists (Gregorian calendar).
  public static func isDate(_ s: String) -> Bool {
    let b = Array(s.utf8)
    guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
      let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
    else { return false }
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(month: m, year: y)
  }

  /// True for RFC 3339 `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`; `t`/`z` accepted as RFC 3339 allows;
  /// the offset may be left out (Amsterdam wall time, issue 16 §3; a DST gap or fold is refused later).
  public static func isInstant(_ s: String) -> Bool {
    let b = Array(s.utf8)
    guard b.count >= 19, isDate(String(decoding: b[0..<10], as: UTF8.self)),
      b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
      b[13] == 0x3A, b[16] == 0x3A,
      let h = digits(b, 11, 2), let mi = digits(b, 14, 2), let sec = digits(b, 17, 2),
      h < 24, mi < 60, sec < 61
    else { return false }
    var i = 19
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      let start = i
      while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
      guard i > start else { return false }
    }
    guard i < b.count else { return true }
    if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") { return i + 1 == b.count }
    guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), b.count == i + 6, b[i + 3] == 0x3A,
      let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2), oh < 24, om < 60
    else { return false }
    return true
  }

  static func digits(_ b: [UInt8], _ at: Int, _ n: Int) -> Int? {
    var v = 0
    for k in at..<(at + n) {
      guard k < b.count, b[k] >= 0x30, b[k] <= 0x39 else { return nil }
      v = v * 10 + Int(b[k] - 0x30)
    }
    return v
  }

  static func daysIn(month m: Int, year y: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
