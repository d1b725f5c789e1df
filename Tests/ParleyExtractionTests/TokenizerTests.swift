import Testing

@testable import ParleyExtraction

@Suite struct TokenizerTests {
    @Test func abbreviationsStayWholeAndHyphensSplit() {
        let tokens = Tokenizer.tokenize("U.S.-China talks")
        #expect(tokens.map(\.text) == ["U.S.", "-", "China", "talks"])
        #expect(tokens[0].shape == .abbreviation)
    }

    @Test func possessiveIsItsOwnToken() {
        let tokens = Tokenizer.tokenize("Qin’s language and O'Neill's view")
        #expect(tokens.map(\.text) == ["Qin", "’s", "language", "and", "O'Neill", "'s", "view"])
        #expect(tokens[1].lower == "'s")
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "met on Monday—one of"
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(String(decoding: bytes[token.start..<token.end], as: UTF8.self) == String(token.text))
        }
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(
            Tokenizer.tokenize("5,000 billion and 2.5 pct").map(\.text) == ["5,000", "billion", "and", "2.5", "pct"])
    }
}
