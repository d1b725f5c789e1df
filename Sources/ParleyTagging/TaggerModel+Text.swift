/// The model as text: small enough to compile into the binary as one string literal, plain enough
/// to inspect. Weights are integers, the real weight times `scale`; rounding drops the tiny ones.
///
/// ```
/// parley-tagger 1 scale 10
/// tags CC CD DT ...
/// dictionary 2
/// the	DT
/// said	VBD
/// weights 1
/// 9e3779b9 11:-12 13:45          feature hash (hex), then tag index:weight pairs
/// ```
extension TaggerModel {
    package static let formatHeader = "parley-tagger 1 scale"

    /// Reads the text form; every problem names its line.
    package init(text: String) throws(TaggerModelError) {
        var text = text
        self = try text.withUTF8 { bytes in Result { () throws(TaggerModelError) in try Self(utf8: bytes) } }.get()
    }

    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(TaggerModelError) {
        var parser = TaggerModelParser(bytes)
        self = try parser.model()
    }

    /// The text form, each weight rounded to a multiple of `1 / scale`; weights that round to zero are left out.
    package func text(scale: Float) -> String {
        let scaled = sortedRows().compactMap { row -> String? in
            let pairs = row.entries.compactMap { entry -> String? in
                let value = Int((entry.weight * scale).rounded())
                return value == 0 ? nil : "\(entry.tag):\(value)"
            }
            guard !pairs.isEmpty else { return nil }
            let hex = String(row.feature, radix: 16)
            return ([String(repeating: "0", count: 8 - hex.count) + hex] + pairs).joined(separator: " ")
        }
        var lines = [
            "\(Self.formatHeader) \(Int(scale))",
            "tags " + tags.map(\.rawValue).joined(separator: " "),
            "dictionary \(tagDictionary.count)",
        ]
        lines += tagDictionary.keys.sorted().map { "\($0)\t\(tagDictionary[$0]!.rawValue)" }
        lines.append("weights \(scaled.count)")
        lines += scaled
        return lines.joined(separator: "\n") + "\n"
    }
}
