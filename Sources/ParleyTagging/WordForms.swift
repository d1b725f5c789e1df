/// The forms of a word the tagger's features look at, computed on Unicode scalars with a fast path
/// for ASCII: tagging spends most of its time here, and `Character` operations are slow.
enum WordForms {
    /// Lower case; numbers tell little by their digits: "1989" is "!YEAR", "42" and "3.5" "!DIGITS".
    static func normalized(_ word: String) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        if first.isASCII ? (0x30...0x39).contains(first.value) : first.properties.numericType != nil {
            let isYear = word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            return isYear ? "!YEAR" : "!DIGITS"
        }
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() }
        guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
        // Written in place: no array between the bytes and the string.
        let utf8 = word.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            for (index, byte) in utf8.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
            return utf8.count
        }
    }

    /// Upper case as X, lower case as x, digits as d, other characters as themselves, runs
    /// collapsed and cut at five: "Beijing" Xx, "U.S." X.X., "G-20" X-d, "iPhone" xXx.
    static func shape(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiShape(word) }
        var shape = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let mark = self.mark(scalar)
            if shape.last != mark { shape.append(mark) }
            if shape.count == 5 { break }
        }
        return String(shape)
    }

    /// `shape` of an ASCII word, whose marks are single bytes: written in place, without a scalar view.
    private static func asciiShape(_ word: String) -> String {
        var marks: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        var count = 0
        var last: UInt8 = 0
        for byte in word.utf8 {
            let mark = UInt8(Self.mark(Unicode.Scalar(byte)).value)
            if count > 0 && last == mark { continue }
            withUnsafeMutableBytes(of: &marks) { $0[count] = mark }
            last = mark
            count += 1
            if count == 5 { break }
        }
        return withUnsafeBytes(of: marks) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    static func prefix(_ word: String, _ length: Int) -> Substring {
        Substring(word.unicodeScalars.prefix(length))
    }

    private static func mark(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return "X" }
            if value >= 0x61 && value <= 0x7A { return "x" }
            if value >= 0x30 && value <= 0x39 { return "d" }
            return scalar
        }
        let properties = scalar.properties
        if properties.isUppercase { return "X" }
        if properties.isLowercase { return "x" }
        if properties.numericType != nil { return "d" }
        return scalar
    }
}
