import Foundation

/// The form names are compared in: lower case, accents removed, punctuation as spaces.
///
/// "Qín Gang", "QIN GANG" and "Qin-Gang" all become "qin gang"; "U.S." becomes "u s".
public enum NameNormalizer {
    public static func normalize(_ name: some StringProtocol) -> String {
        let folded = String(name).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
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
