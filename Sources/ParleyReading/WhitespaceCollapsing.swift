/// Turns text as it sits in markup into text as a reader sees it.
enum WhitespaceCollapsing {
    /// Runs of spaces, tabs, newlines and no-break spaces become one space; soft hyphens and
    /// zero-width characters, invisible on screen but splitting words in the text, are removed.
    static func collapse(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            default:
                break
            }
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
