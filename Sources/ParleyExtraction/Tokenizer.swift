/// Splits text into tokens in one pass over its Unicode scalars.
///
/// "U.S.-China" gives `U.S.`, `-`, `China`; "Qin's" gives `Qin`, `'s`; "G-20" gives `G`, `-`, `20`.
/// ASCII, nearly all of any English article, is classified without Unicode property lookups.
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0

        while index < scalars.endIndex {
            let first = scalars[index]
            if isSpace(first) {
                offset += UTF8.width(first)
                index = scalars.index(after: index)
                continue
            }
            let startIndex = index
            let startOffset = offset
            var shape: Token.Shape

            func advance() {
                offset += UTF8.width(scalars[index])
                index = scalars.index(after: index)
            }
            func scalarAt(_ position: String.Index) -> Unicode.Scalar? {
                position < scalars.endIndex ? scalars[position] : nil
            }

            if isLetter(first) {
                shape = .word
                var lettersInRun = 0
                var sawPeriod = false
                while index < scalars.endIndex {
                    let current = scalars[index]
                    if isLetter(current) || isDigit(current) {
                        lettersInRun += 1
                        advance()
                    } else if current == ".", lettersInRun == 1 || sawPeriod {
                        // "U.S." and "U.N.": single letters joined by periods.
                        let next = scalars.index(after: index)
                        let afterIsSingleLetter: Bool = {
                            guard let letter = scalarAt(next), isLetter(letter) else { return false }
                            return scalarAt(scalars.index(after: next)).map { !isLetter($0) } ?? true
                        }()
                        advance()
                        sawPeriod = true
                        shape = .abbreviation
                        lettersInRun = 0
                        if !afterIsSingleLetter { break }
                    } else if current == "'" || current == "\u{2019}", lettersInRun > 0 {
                        // "O'Neill" stays one word; "Qin's" splits before the apostrophe.
                        let next = scalars.index(after: index)
                        guard let letter = scalarAt(next), isLetter(letter) else { break }
                        let afterNext = scalars.index(after: next)
                        let isPossessive =
                            (letter == "s" || letter == "S")
                            && (scalarAt(afterNext).map { !isLetter($0) } ?? true)
                        if isPossessive { break }
                        advance()
                    } else {
                        break
                    }
                }
            } else if isDigit(first) {
                shape = .number
                while index < scalars.endIndex {
                    let current = scalars[index]
                    if isDigit(current) {
                        advance()
                    } else if current == "," || current == "." {
                        let next = scalars.index(after: index)
                        guard let digit = scalarAt(next), isDigit(digit) else { break }
                        advance()
                    } else {
                        break
                    }
                }
            } else if first == "'" || first == "\u{2019}", let possessive = possessiveEnd(scalars, index) {
                shape = .word
                while index < possessive { advance() }
            } else {
                shape = .punctuation
                advance()
            }
            let slice = text[startIndex..<index]
            tokens.append(makeToken(slice, shape: shape, start: startOffset, end: offset))
        }
        return tokens
    }

    private static func makeToken(_ slice: Substring, shape: Token.Shape, start: Int, end: Int) -> Token {
        var isASCII = true
        var hasLetter = false
        var hasLower = false
        for byte in slice.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x61 && byte <= 0x7A {
                hasLetter = true; hasLower = true
            } else if byte >= 0x41 && byte <= 0x5A {
                hasLetter = true
            }
        }
        let lower: String
        let isCapitalized: Bool
        let isAllCaps: Bool
        if isASCII {
            lower = String(decoding: slice.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
            isCapitalized = slice.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
            isAllCaps = hasLetter && !hasLower
        } else {
            var folded = slice.lowercased()
            if folded.unicodeScalars.contains("\u{2019}") {
                folded = String(String.UnicodeScalarView(folded.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            }
            lower = folded
            isCapitalized = slice.unicodeScalars.first?.properties.isUppercase ?? false
            var letters = false
            var lowers = false
            for scalar in slice.unicodeScalars where scalar.properties.isAlphabetic {
                letters = true
                if scalar.properties.isLowercase { lowers = true }
            }
            isAllCaps = letters && !lowers
        }
        return Token(
            text: slice, lower: lower, shape: shape, start: start, end: end,
            isCapitalized: isCapitalized, isAllCaps: isAllCaps)
    }

    /// The end of "'s" when the apostrophe at `index` starts a possessive.
    private static func possessiveEnd(_ scalars: String.UnicodeScalarView, _ index: String.Index) -> String.Index? {
        let next = scalars.index(after: index)
        guard next < scalars.endIndex, scalars[next] == "s" || scalars[next] == "S" else { return nil }
        let after = scalars.index(after: next)
        guard after == scalars.endIndex || !isLetter(scalars[after]) else { return nil }
        return after
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
}
