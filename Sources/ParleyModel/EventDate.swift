/// How much of a date the text gave.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    case day, month, year
}

/// The date of an event with its precision: "in November" is a month, not its first day.
public struct EventDate: Sendable, Hashable, Codable {
    /// The first day of the period the text names.
    public var date: CalendarDate
    public var precision: DatePrecision

    public init(date: CalendarDate, precision: DatePrecision) {
        self.date = date
        self.precision = precision
    }
}
