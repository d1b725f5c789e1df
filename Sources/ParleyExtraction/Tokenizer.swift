/// Splits text into tokens in one pass over its characters.
///
/// "U.S.-China" gives `U.S.`, `-`, `China`; "Qin's" gives `Qin`, `'s`; "G-20" gives `G`, `-`, `20`.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let characters = text
        var index = characters.startIndex
        var offset = 0
        func utf8Length(_ character: Character) -> Int { character.utf8.count }

        while index < characters.endIndex {
            let character = characters[index]
            if character.isWhitespace {
                offset += utf8Length(character)
                index = characters.index(after: index)
                continue
            }
            let startIndex = index
            let startOffset = offset
            var shape: Token.Shape
            if character.isLetter {
                shape = .word
                var end = index
                var endOffset = offset
                // Letters, with inner hyphen-free apostrophes and periods between single letters.
                var cursor = index
                var cursorOffset = offset
                var lettersInRun = 0
                var sawPeriod = false
                while cursor < characters.endIndex {
                    let current = characters[cursor]
                    if current.isLetter || current.isNumber {
                        lettersInRun += 1
                        cursorOffset += utf8Length(current)
                        cursor = characters.index(after: cursor)
                        end = cursor
                        endOffset = cursorOffset
                    } else if current == "." && (lettersInRun == 1 || sawPeriod) {
                        // "U.S." and "U.N.": single letters joined by periods.
                        let next = characters.index(after: cursor)
                        let afterIsSingleLetter: Bool = {
                            guard next < characters.endIndex, characters[next].isLetter else { return false }
                            let afterNext = characters.index(after: next)
                            return afterNext == characters.endIndex || !characters[afterNext].isLetter
                        }()
                        cursorOffset += 1
                        cursor = next
                        end = cursor
                        endOffset = cursorOffset
                        sawPeriod = true
                        shape = .abbreviation
                        lettersInRun = 0
                        if !afterIsSingleLetter { break }
                    } else if (current == "'" || current == "\u{2019}"), lettersInRun > 0 {
                        // "O'Neill" stays one word; "Qin's" splits before the apostrophe.
                        let next = characters.index(after: cursor)
                        guard next < characters.endIndex, characters[next].isLetter else { break }
                        let afterNext = characters.index(after: next)
                        let isPossessive = (characters[next] == "s" || characters[next] == "S")
                            && (afterNext == characters.endIndex || !characters[afterNext].isLetter)
                        if isPossessive { break }
                        cursorOffset += utf8Length(current)
                        cursor = next
                    } else {
                        break
                    }
                }
                index = end
                offset = endOffset
            } else if character.isNumber {
                shape = .number
                while index < characters.endIndex {
                    let current = characters[index]
                    if current.isNumber {
                        offset += utf8Length(current)
                        index = characters.index(after: index)
                    } else if current == "," || current == "." {
                        let next = characters.index(after: index)
                        guard next < characters.endIndex, characters[next].isNumber else { break }
                        offset += 1
                        index = next
                    } else {
                        break
                    }
                }
            } else if (character == "'" || character == "\u{2019}"), let possessive = possessiveEnd(characters, index) {
                shape = .word
                offset += characters[index..<possessive].utf8.count
                index = possessive
            } else {
                shape = .punctuation
                offset += utf8Length(character)
                index = characters.index(after: index)
            }
            let slice = characters[startIndex..<index]
            var lower = slice.lowercased()
            if lower.contains("\u{2019}") { lower = String(lower.map { $0 == "\u{2019}" ? "'" : $0 }) }
            tokens.append(Token(text: slice, lower: lower, shape: shape, start: startOffset, end: offset))
        }
        return tokens
    }

    /// The end of "'s" when the apostrophe at `index` starts a possessive.
    private static func possessiveEnd(_ text: String, _ index: String.Index) -> String.Index? {
        let next = text.index(after: index)
        guard next < text.endIndex, text[next] == "s" || text[next] == "S" else { return nil }
        let after = text.index(after: next)
        guard after == text.endIndex || !text[after].isLetter else { return nil }
        return after
    }
}
