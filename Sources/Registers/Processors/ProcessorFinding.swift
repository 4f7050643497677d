/// One problem `processors.check` finds in an agreement: an `error` is a gap the law does not
/// allow (AVG art. 28(3), 28(9), 44–46), a `warning` is advice (an older model, decision 37). Its
/// codes are listed in Protocol/processors.md.
public typealias ProcessorFinding = CheckFinding<String>
