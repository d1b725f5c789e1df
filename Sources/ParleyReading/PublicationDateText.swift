import Foundation
import ParleyModel

/// Reads the publication day out of the forms pages write it in.
enum PublicationDateText {
    /// `2023-05-10`, `2023-05-10T08:00:00-04:00`, `2023-05-10 08:00`, `2023/05/10` or `20230510`.
    ///
    /// The day is the one written, not converted to UTC: a story filed late in the evening
    /// in Washington was published that evening's day there.
    static func date(from text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let head = String(trimmed.prefix(10)).replacingOccurrences(of: "/", with: "-")
        if let date = CalendarDate(iso: head) { return date }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 8, let year = Int(digits.prefix(4)),
            let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.suffix(2))
        {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// The first `/YYYY/MM/DD/` (or `/YYYY-MM-DD`) in a URL's path, as news sites write their article addresses.
    static func date(inURL url: String) -> CalendarDate? {
        let segments = url.split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated() {
            if segment.count == 4, let year = Int(segment), (1990...2100).contains(year),
                index + 2 < segments.count,
                let month = Int(segments[index + 1].prefix(2)), segments[index + 1].count == 2,
                let day = Int(segments[index + 2].prefix(2)),
                let date = CalendarDate(year: year, month: month, day: day)
            {
                return date
            }
            if segment.count >= 10, let date = CalendarDate(iso: segment.prefix(10)),
                (1990...2100).contains(date.year)
            {
                return date
            }
        }
        return nil
    }
}
