import CLibXML2

/// Decides which character set a page's bytes are in, before libxml2 sees them.
///
/// libxml2 guesses poorly when a page declares nothing, and a page that declares
/// Latin-1 is in practice Windows-1252 (curly quotes live in 0x80–0x9F), so the
/// decision is made here, following the order of the HTML standard's prescan:
/// byte order mark, then a declaration in the first bytes, then the bytes themselves.
enum CharsetSniffer {
    /// The bytes to hand to the parser and the encoding name to hand with them.
    struct Decision: Equatable {
        var bytes: [UInt8]
        var encoding: String
    }

    /// How far into the page a `<meta charset>` declaration is looked for; the standard says 1024, real pages stray further.
    static let prescanLength = 4096

    static func decide(_ bytes: [UInt8]) -> Decision {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decision(bytes: Array(bytes.dropFirst(3)), encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decision(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decision(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16BE")
        }
        if let declared = declaredCharset(in: bytes), declared != "UTF-8" {
            return Decision(bytes: bytes, encoding: declared)
        }
        return utf8OrWindows1252(bytes)
    }

    /// UTF-8 when the bytes mostly are; a few stray bytes are repaired into U+FFFD rather than
    /// letting libxml2 switch encodings halfway through the page.
    static func utf8OrWindows1252(_ bytes: [UInt8]) -> Decision {
        let census = UTF8Census(bytes)
        if census.invalid == 0 {
            return Decision(bytes: bytes, encoding: "UTF-8")
        }
        if census.multibyte > census.invalid {
            return Decision(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "UTF-8")
        }
        return Decision(bytes: bytes, encoding: "windows-1252")
    }

    /// The charset named by `<?xml encoding>`, `<meta charset>` or `<meta http-equiv content="…; charset=…">`
    /// in the first bytes, normalized to a name libxml2 knows; nil when nothing usable is declared.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(prescanLength).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
            .lowercased()
        for tag in declaringTags(in: head) {
            guard let label = charsetLabel(in: tag) else { continue }
            if let name = supportedName(for: label) { return name }
        }
        return nil
    }

    /// The text of each `<meta …>` tag and of the XML declaration: the only places a charset is declared.
    private static func declaringTags(in head: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = head[...]
        while let open = rest.firstRange(of: "<") {
            let afterOpen = rest[open.upperBound...]
            let end = afterOpen.firstIndex(of: ">") ?? afterOpen.endIndex
            let tag = afterOpen[..<end]
            if tag.hasPrefix("meta") || tag.hasPrefix("?xml") { tags.append(tag) }
            rest = afterOpen[end...]
        }
        return tags
    }

    /// The value after `charset=` or `encoding=`, without quotes.
    private static func charsetLabel(in tag: Substring) -> String? {
        for key in ["charset", "encoding"] {
            guard let keyRange = tag.firstRange(of: key) else { continue }
            var value = tag[keyRange.upperBound...].drop { $0 == " " }
            guard value.first == "=" else { continue }
            value = value.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let label = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
            if !label.isEmpty { return String(label) }
        }
        return nil
    }

    /// Maps a declared label to the encoding actually meant, as the HTML standard does
    /// (Latin-1 and ASCII mean Windows-1252), and drops labels iconv does not know.
    static func supportedName(for label: String) -> String? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252":
            return "windows-1252"
        case "utf-16", "utf-16le", "utf-16be":
            // A page that reached us as ASCII-compatible bytes is not UTF-16, whatever it says.
            return "UTF-8"
        default:
            guard let handler = xmlFindCharEncodingHandler(label) else { return nil }
            xmlCharEncCloseFunc(handler)
            return label
        }
    }
}

/// Counts well-formed multi-byte sequences and malformed bytes in a UTF-8 candidate.
struct UTF8Census {
    var multibyte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: invalid += 1; index += 1; continue
            }
            // A sequence cut by a truncated download is not evidence against UTF-8.
            if index + length > bytes.count { break }
            let continuation = bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            if continuation {
                multibyte += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
    }
}
