import ParleyModel

/// Groups, places, datelines, and sentences in lower case or in capitals.
extension MentionFinder {
    // MARK: Groups and places

    /// "Central Asian leaders", "Arab foreign ministers": capitalized adjectives and a group word;
    /// "rebel leaders", "opposition leaders": a group phrase of the knowledge files in lower case.
    func group(at i: Int, end: Int, entities: inout EntityTable) -> Mention? {
        // A capitalized word before ("Tamil rebels") names the group, and is read below.
        if !tokens[i].isCapitalized, i > 0, !tokens[i - 1].isCapitalized || tokens[i - 1].lower == "the",
            let phrase = knowledge.collectiveWords.match(tokens, at: i, end: end), phrase.value == .group
        {
            let index = entities.group(text(i..<(i + phrase.length)), country: nil)
            return finish(i..<(i + phrase.length), index, .name, isPlace: false, end: end)
        }
        guard tokens[i].isCapitalized, !knowledge.sentenceOpeners.contains(tokens[i].lower) else { return nil }
        var cursor = i
        while cursor < end, cursor - i < 3, tokens[cursor].isCapitalized, tokens[cursor].shape == .word { cursor += 1 }
        guard cursor > i, cursor < end, let word = knowledge.collectiveWords.match(tokens, at: cursor, end: end),
            word.value == .group || word.value == .governing
        else { return nil }
        let name = text(i..<(cursor + word.length))
        let index = entities.group(name, country: nil)
        return finish(i..<(cursor + word.length), index, .name, isPlace: false, end: end)
    }

    /// "in Geneva": a capitalized word after a place preposition that names no actor.
    func unknownPlace(at i: Int, end: Int) -> Place? {
        // "the city of Kazan": a place noun before "of" names a place too.
        let named = i > 1 && tokens[i - 1].lower == "of" && knowledge.placeNouns.contains(tokens[i - 2].lower)
        guard i > 0, ["in", "at"].contains(tokens[i - 1].lower) || named, tokens[i].shape == .word,
            !isCalendarWord(tokens[i])
        else { return nil }
        var cursor = i
        while cursor < end, cursor - i < 3, tokens[cursor].isCapitalized, tokens[cursor].shape == .word,
            !isCalendarWord(tokens[cursor])
        {
            cursor += 1
            // "Sharm el-Sheikh": a particle joined by a hyphen to a capitalized word.
            if cursor + 2 < end, Self.nameParticles.contains(tokens[cursor].lower), tokens[cursor + 1].text == "-",
                tokens[cursor + 2].isCapitalized
            {
                cursor += 3
            }
        }
        return Place(range: i..<cursor, name: text(i..<cursor), country: nil)
    }

    /// Where a wire dateline at the start of a sentence ends: a place in capitals, maybe a date or
    /// agency, then a dash ("TOKYO, April 27 -", "WASHINGTON (AP) --", "ROME -").
    func datelineEnd(_ sentence: Sentence) -> Int? {
        let start = sentence.range.lowerBound
        guard tokens[start].isWordLike, tokens[start].isAllCaps, tokens[start].characterCount > 2 else { return nil }
        var cursor = start + 1
        while cursor < sentence.range.upperBound, cursor - start < 10 {
            let token = tokens[cursor]
            if token.text == "-" || token.text == "\u{2014}" || token.text == "_" {
                var after = cursor + 1
                while after < sentence.range.upperBound, tokens[after].text == "-" { after += 1 }
                return after
            }
            if token.shape == .punctuation && ![",", "(", ")", "."].contains(token.text) { return nil }
            cursor += 1
        }
        return nil
    }

    /// Words in lower case that are common nouns too, and so prove nothing about a text's case.
    static let commonCountryWords: Set<String> = ["china", "turkey", "chad", "jordan", "georgia", "guinea", "japan"]
    static let nameStopWords: Set<String> = [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or",
        "but", "said", "says", "is", "was", "has", "had", "will", "would", "who",
        "which", "that", "here", "there", "he", "she", "it", "they", "his", "her",
        "its", "their", "also", "today", "yesterday", "told", "met", "meets",
    ]

    /// A sentence written in lower case: it opens in lower case, or country words appear without capitals.
    func isLowered(_ sentence: Sentence) -> Bool {
        if let first = sentence.range.first(where: { tokens[$0].shape == .word }),
            tokens[first].startsInLowerCase
        {
            return true
        }
        for index in sentence.range.dropFirst() {
            let token = tokens[index]
            guard token.shape == .word, token.characterCount >= 5, token.startsInLowerCase,
                !Self.commonCountryWords.contains(token.lower),
                let match = gazetteerCache.match(tokens, at: index, end: index + 1),
                case let .country(_, form) = match.value, form != .capital
            else { continue }
            return true
        }
        return false
    }

    /// A name in lower case after a title: plain words up to punctuation or a function word; one word
    /// is enough after a monarch's title ("king hassan").
    func loweredNameRun(at start: Int, end: Int, minimumLength: Int = 2) -> Int? {
        var cursor = start
        while cursor < end, cursor - start < 4 {
            let token = tokens[cursor]
            guard token.shape == .word, token.text.first?.isLetter == true, !Self.nameStopWords.contains(token.lower),
                !token.lower.hasSuffix("ed"), !token.lower.hasSuffix("ing"), !token.lower.hasSuffix("ly"),
                knowledge.calendar[token.lower] == nil,
                gazetteerCache.match(tokens, at: cursor, end: end) == nil,
                titleCache.match(tokens, at: cursor, end: end) == nil
            else { break }
            cursor += 1
        }
        return cursor - start >= minimumLength ? cursor : nil
    }

    /// A sentence written in capitals, like a wire headline.
    func isShouting(_ sentence: Sentence) -> Bool {
        var words = 0
        var caps = 0
        for index in sentence.range where tokens[index].shape == .word && tokens[index].characterCount > 1 {
            words += 1
            if tokens[index].isAllCaps { caps += 1 }
        }
        return words >= 3 && caps * 10 >= words * 7
    }
}
