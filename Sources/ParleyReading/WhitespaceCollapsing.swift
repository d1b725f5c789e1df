/// Turns text as it sits in markup into text as a reader sees it.
enum WhitespaceCollapsing {
    /// Runs of spaces, tabs, newlines and no-break spaces become one space; soft hyphens and
    /// zero-width characters, invisible on screen but splitting words in the text, are removed.
    static func collapse(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapseASCII(text.utf8) }
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

    /// `collapse` of ASCII text, over its bytes: its only white space is tab to carriage return and space, and
    /// it has none of the invisible characters.
    private static func collapseASCII(_ bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    buffer[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                buffer[count] = byte
                count += 1
            }
            return count
        }
    }
}
