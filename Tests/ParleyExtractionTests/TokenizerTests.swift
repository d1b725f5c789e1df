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
            Tokenizer.tokenize("5,000 billion and 2.5 pct at 10:30: done").map(\.text) == [
                "5,000", "billion", "and", "2.5", "pct", "at", "10:30", ":", "done",
            ])
    }

    @Test func anOrdinalIsOneNumber() {
        let tokens = Tokenizer.tokenize("the 13th summit, the 1st and 22nd rounds, 3rd-place, 5the")
        #expect(
            tokens.map(\.text) == [
                "the", "13th", "summit", ",", "the", "1st", "and", "22nd", "rounds", ",", "3rd", "-", "place", ",", "5",
                "the",
            ])
        #expect(tokens[1].shape == .number)
        #expect(Tokenizer.value(of: "13th") == 13)
        #expect(Tokenizer.tokenize("the 5th").map(\.text) == ["the", "5th"])
        #expect(Tokenizer.tokenize("12é 7ß 3r").map(\.text) == ["12", "é", "7", "ß", "3", "r"])
    }
}
