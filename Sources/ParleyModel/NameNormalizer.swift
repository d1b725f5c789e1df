import Foundation

/// The form names are compared in: lower case, accents removed, punctuation as spaces.
///
/// "Qín Gang", "QIN GANG" and "Qin-Gang" all become "qin gang"; "U.S." becomes "u s".
public enum NameNormalizer {
    /// The comparable form of a name.
    public static func normalize(_ name: some StringProtocol) -> String {
        // A concrete string: callers in other modules got the unspecialized generic code, which walked the
        // bytes through protocol witnesses at about ten times the cost (the writer normalizes every name it stores).
        normalize(String(name))
    }

    /// The comparable form of a name.
    public static func normalize(_ name: String) -> String {
        // Plain ASCII, nearly every name in English news, needs no Unicode folding.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var pendingSpace = false
            for byte in name.utf8 {
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                let isAlphanumeric = (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39)
                if isAlphanumeric {
                    if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(lowered)
                } else if byte != 0x27 {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = name.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
            locale: nil)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingSpace = true
            }
        }
        return result
    }
}
