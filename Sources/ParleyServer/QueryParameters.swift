import Foundation
import ParleyModel

/// The parameters of a query string, read as an HTML form sends them (`+` is a space) and checked.
///
/// An empty value counts as absent: a form sends every field, filled or not.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    init(_ query: String?) throws(RequestError) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = try Self.decode(parts.count > 1 ? parts[1] : "")
            // The first of repeated parameters counts, as with most form readers.
            if values[name] == nil { values[name] = value }
        }
    }

    init(_ values: [String: String]) {
        self.values = values
    }

    /// The text of a parameter, trimmed and without control characters; nil when absent or blank.
    ///
    /// No form sends control characters, and a NUL ends an FTS5 query string early.
    func text(_ name: String) -> String? {
        guard let raw = values[name] else { return nil }
        let value = String(
            String.UnicodeScalarView(raw.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    func date(_ name: String) throws(RequestError) -> CalendarDate? {
        guard let text = text(name) else { return nil }
        guard text.count == 10, let date = CalendarDate(iso: text) else {
            throw .badParameter(name: name, value: text, expected: "a date is written YYYY-MM-DD, such as 2024-03-04")
        }
        return date
    }

    func number(_ name: String, in range: ClosedRange<Int>) throws(RequestError) -> Int? {
        guard let text = text(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw .badParameter(
                name: name, value: text,
                expected: "give a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// One of the cases of an enumeration such as `MeetingStatus`.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, _: Choice.Type) throws(RequestError)
        -> Choice?
    where Choice.RawValue == String {
        guard let text = text(name) else { return nil }
        guard let choice = Choice(rawValue: text.lowercased()) else {
            throw .badParameter(
                name: name, value: text,
                expected: "one of " + Choice.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return choice
    }

    /// `from` and `to`, refused when the range is empty.
    func dateRange() throws(RequestError) -> (from: CalendarDate?, to: CalendarDate?) {
        let from = try date("from")
        let to = try date("to")
        if let from, let to, from > to {
            throw .contradiction("from=\(from) is after to=\(to); swap them")
        }
        return (from, to)
    }

    /// The parameters given, to rebuild links to other pages of the same list.
    var all: [(String, String)] {
        values.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func decode(_ text: Substring) throws(RequestError) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badParameter(
                name: String(text.prefix(40)), value: "", expected: "the query string has a broken %-escape")
        }
        return decoded
    }
}
