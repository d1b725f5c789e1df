/// Splits a token stream into sentences.
///
/// A period ends a sentence unless it closes a known abbreviation ("Mr.", "Gen.", "Jan.")
/// or an initial; "U.S." ends one only when a sentence-opening word follows.
/// Paragraph breaks always end a sentence.
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    let sentenceOpeners: Set<String>

    init(abbreviations: Set<String>, sentenceOpeners: Set<String>) {
        self.abbreviations = abbreviations
        self.sentenceOpeners = sentenceOpeners
    }

    func split(_ text: String, tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        let utf8 = Array(text.utf8)
        var paragraph = 0
        var sentenceStart = 0
        var i = 0

        func emit(upTo end: Int) {
            guard end > sentenceStart else { return }
            let first = tokens[sentenceStart], last = tokens[end - 1]
            let sentenceText = String(decoding: utf8[first.start..<last.end], as: UTF8.self)
            sentences.append(
                Sentence(
                    index: sentences.count, range: sentenceStart..<end, start: first.start,
                    end: last.end, text: sentenceText, paragraph: paragraph))
            sentenceStart = end
        }

        while i < tokens.count {
            let token = tokens[i]
            // A blank line between two tokens is a paragraph break.
            if i > 0 {
                if Self.newlines(in: utf8[tokens[i - 1].end..<token.start]) >= 2 {
                    emit(upTo: i)
                    paragraph += 1
                }
            }
            // Text without sentence ends (lists, tables, tag soup) is cut into bounded pieces, so that
            // the work done per sentence stays bounded too.
            if i - sentenceStart >= Self.maximumLength {
                emit(upTo: i)
            }
            if isSentenceEnd(at: i, tokens) {
                var end = i + 1
                // Closing quotes and brackets belong to the sentence they close.
                while end < tokens.count, Self.closers.contains(tokens[end].text),
                    tokens[end].start == tokens[end - 1].end
                {
                    end += 1
                }
                emit(upTo: end)
                i = end
                continue
            }
            i += 1
        }
        emit(upTo: tokens.count)
        return sentences
    }

    static let maximumLength = 250

    static let closers: Set<Substring> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "]"]
    static let openers: Set<Substring> = ["\"", "\u{201C}", "'", "\u{2018}", "(", "["]

    /// The line feeds between two tokens, counted without copying the gap.
    private static func newlines(in gap: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in gap where byte == 0x0A { count += 1 }
        return count
    }

    private func isSentenceEnd(at i: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[i]
        switch token.shape {
        case .punctuation:
            guard token.text == "." || token.text == "?" || token.text == "!" else { return false }
            // Looked for only here and for abbreviations: most tokens end nothing.
            guard let next = nextWordToken(after: i, tokens) else { return true }
            if token.text == "." {
                if i > 0, tokens[i - 1].end == token.start, abbreviations.contains(tokens[i - 1].lower) {
                    return false
                }
                if next.shape == .number && !(next.text.first?.isNumber == true && tokens[i + 1].start > token.end) {
                    return false
                }
            }
            // "talks in Hanoi. felipe gonzalez arrived": a wire story typed in lower case starts its
            // sentences in lower case; a word closed by a period and a space ends one there too.
            let lowerCaseStart =
                token.text == "." && next.shape == .word && i > 0 && tokens[i - 1].shape == .word
                && tokens[i - 1].characterCount >= 2 && tokens[i - 1].end == token.start && next.start > token.end
            return next.isCapitalized || next.shape == .number || Self.openers.contains(tokens[i + 1].text)
                || lowerCaseStart
        case .abbreviation:
            // "U.S." or "Jan." at the end of a sentence: only a clear sentence opener splits.
            guard let next = nextWordToken(after: i, tokens), token.text.last == "." else { return false }
            if i + 1 < tokens.count, Self.openers.contains(tokens[i + 1].text) { return true }
            return next.isCapitalized && sentenceOpeners.contains(next.lower)
        default:
            return false
        }
    }

    private func nextWordToken(after i: Int, _ tokens: [Token]) -> Token? {
        var j = i + 1
        while j < tokens.count {
            if tokens[j].shape != .punctuation
                || !Self.closers.contains(tokens[j].text) && !Self.openers.contains(tokens[j].text)
            {
                return tokens[j]
            }
            j += 1
        }
        return nil
    }
}
