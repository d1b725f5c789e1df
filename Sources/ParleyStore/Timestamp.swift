import Foundation

/// UTC timestamps as ISO 8601 text ("2024-03-05T14:07:09Z"), written out rather than through
/// `ISO8601DateFormatter`, which builds an ICU formatter: that was 6% of an ingest's time, one per
/// article, and loading ICU a good part of every command's start.
enum Timestamp {
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
