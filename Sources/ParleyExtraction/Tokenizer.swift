/// Splits text into tokens in one pass over its UTF-8 bytes.
///
/// "U.S.-China" gives `U.S.`, `-`, `China`; "Qin's" gives `Qin`, `'s`; "G-20" gives `G`, `-`, `20`; "13th" is one.
/// ASCII, nearly all of any English article, is classified without Unicode property lookups, and
/// other scalars are decoded from their bytes where they occur.
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = TokenScanner(text: contiguous, bytes: bytes)
            return scanner.tokens()
        } ?? []
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        // Combining accents stay inside the word they mark.
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]

    /// The value of a number token, an ordinal's too ("13th" is 13).
    static func value(of number: Substring) -> Int? {
        Int(number) ?? (ordinalEndings.contains(number.suffix(2).lowercased()) ? Int(number.dropLast(2)) : nil)
    }
}

/// The tokenizer's cursor over one text's bytes. Offsets are UTF-8 byte offsets, always on a scalar's start.
private struct TokenScanner {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.bytes = bytes
    }

    mutating func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        while let (first, width) = scalar(at: offset) {
            if Tokenizer.isSpace(first) {
                offset += width
                continue
            }
            let start = offset
            let shape: Token.Shape
            if Tokenizer.isLetter(first) {
                shape = scanWord()
            } else if Tokenizer.isDigit(first) {
                scanNumber()
                shape = .number
            } else if first == "'" || first == "\u{2019}", let possessive = possessiveEnd(at: offset, width: width) {
                offset = possessive
                shape = .word
            } else {
                offset += width
                shape = .punctuation
            }
            tokens.append(makeToken(from: start, to: offset, shape: shape))
        }
        return tokens
    }

    /// The scalar starting at byte `position` and its width in bytes; nil at the end. The bytes are a
    /// `String`'s, so they are valid UTF-8.
    func scalar(at position: Int) -> (value: Unicode.Scalar, width: Int)? {
        guard position < bytes.count else { return nil }
        let lead = UInt32(bytes[position])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[position + index]) & 0x3F }
        let value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | continuation(1)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    private func isLetter(at position: Int) -> Bool {
        scalar(at: position).map { Tokenizer.isLetter($0.value) } ?? false
    }

    /// Letters and digits, with "U.S."-style periods and inner apostrophes ("O'Neill"); the first is a letter.
    private mutating func scanWord() -> Token.Shape {
        var shape = Token.Shape.word
        var lettersInRun = 0
        var sawPeriod = false
        while let (current, width) = scalar(at: offset) {
            if Tokenizer.isLetter(current) || Tokenizer.isDigit(current) {
                lettersInRun += 1
                offset += width
            } else if current == ".", lettersInRun == 1 || sawPeriod {
                // "U.S." and "U.N.": single letters joined by periods.
                let next = offset + 1
                let afterIsSingleLetter: Bool = {
                    guard let (letter, letterWidth) = scalar(at: next), Tokenizer.isLetter(letter) else { return false }
                    return !isLetter(at: next + letterWidth)
                }()
                offset += 1
                sawPeriod = true
                shape = .abbreviation
                lettersInRun = 0
                if !afterIsSingleLetter { break }
            } else if current == "'" || current == "\u{2019}", lettersInRun > 0 {
                // "O'Neill" stays one word; "Qin's" splits before the apostrophe.
                let next = offset + width
                guard let (letter, letterWidth) = scalar(at: next), Tokenizer.isLetter(letter) else { break }
                let isPossessive = (letter == "s" || letter == "S") && !isLetter(at: next + letterWidth)
                if isPossessive { break }
                offset += width
            } else {
                break
            }
        }
        return shape
    }

    /// Digits, with separators between digits ("1,500", "3.5", a clock's "10:00", whose colon opens no clause),
    /// and an ordinal's ending ("13th", "1st").
    private mutating func scanNumber() {
        while let (current, width) = scalar(at: offset) {
            if Tokenizer.isDigit(current) {
                offset += width
            } else if current == "," || current == "." || current == ":" {
                guard let (digit, _) = scalar(at: offset + 1), Tokenizer.isDigit(digit) else { break }
                offset += 1
            } else {
                break
            }
        }
        // Two ASCII letters keep `offset + 2` on a scalar's start.
        if offset + 2 <= bytes.count, bytes[offset] < 0x80, bytes[offset + 1] < 0x80,
            Tokenizer.ordinalEndings.contains(
                String(decoding: bytes[offset..<(offset + 2)], as: UTF8.self).lowercased()),
            offset + 2 == bytes.count || !isLetter(at: offset + 2)
        {
            offset += 2
        }
    }

    /// The end of "'s" when the apostrophe at `position` starts a possessive.
    private func possessiveEnd(at position: Int, width: Int) -> Int? {
        let next = position + width
        guard next < bytes.count, bytes[next] == UInt8(ascii: "s") || bytes[next] == UInt8(ascii: "S") else {
            return nil
        }
        return isLetter(at: next + 1) ? nil : next + 1
    }

    private func makeToken(from start: Int, to end: Int, shape: Token.Shape) -> Token {
        let utf8 = text.utf8
        let slice = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard word.allSatisfy({ $0 < 0x80 }) else {
            return Token(unicode: slice, shape: shape, start: start, end: end)
        }
        var hasLetter = false
        var hasLower = false
        // Small words (15 bytes or fewer) are written in place, without an allocation.
        let lower = String(unsafeUninitializedCapacity: word.count) { buffer in
            for (index, byte) in word.enumerated() {
                if byte >= 0x61 && byte <= 0x7A {
                    hasLetter = true
                    hasLower = true
                    buffer[index] = byte
                } else if byte >= 0x41 && byte <= 0x5A {
                    hasLetter = true
                    buffer[index] = byte + 32
                } else {
                    buffer[index] = byte
                }
            }
            return word.count
        }
        return Token(
            text: slice, lower: lower, shape: shape, start: start, end: end,
            isCapitalized: word.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false, isAllCaps: hasLetter && !hasLower,
            characterCount: word.count)
    }
}

extension Token {
    /// A token with letters beyond ASCII, its case read from Unicode properties.
    fileprivate init(unicode slice: Substring, shape: Shape, start: Int, end: Int) {
        var folded = slice.lowercased()
        if folded.unicodeScalars.contains("\u{2019}") {
            folded = String(String.UnicodeScalarView(folded.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        var letters = false
        var lowers = false
        for scalar in slice.unicodeScalars where scalar.properties.isAlphabetic {
            letters = true
            if scalar.properties.isLowercase { lowers = true }
        }
        self.init(
            text: slice, lower: folded, shape: shape, start: start, end: end,
            isCapitalized: slice.unicodeScalars.first?.properties.isUppercase ?? false,
            isAllCaps: letters && !lowers, characterCount: slice.count)
    }
}
