import ParleyFormats

/// Markup whose interpolated text is escaped: `"<p>\(name)</p>" as HTML` cannot inject tags.
///
/// Literal segments are our own markup and go out as written; an interpolated `String` is escaped for
/// element content and double-quoted attribute values alike; an interpolated `HTML` is inserted as is.
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var markup: String

    init(stringLiteral markup: String) {
        self.markup = markup
    }

    init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    /// Markup that is already safe, such as an SVG drawing built from escaped parts.
    init(trusted markup: String) {
        self.markup = markup
    }

    var description: String { markup }

    static let empty: HTML = ""

    struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { markup += literal }
        mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }
        mutating func appendInterpolation(_ number: Int) { markup += String(number) }
        mutating func appendInterpolation(_ number: Int64) { markup += String(number) }
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }
    }

    /// Escapes the five characters that can end text or a quoted attribute value.
    static func escape(_ text: String) -> String { MarkupText.escaped(text) }
}

extension Array where Element == HTML {
    /// The parts with `separator` between them.
    func joined(separator: HTML) -> HTML {
        HTML(trusted: map(\.markup).joined(separator: separator.markup))
    }
}
