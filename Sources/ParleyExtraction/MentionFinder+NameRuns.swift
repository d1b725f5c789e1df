/// The words a name is made of: capitalized runs, particles and hyphenated parts, and the month, place and
/// title words that are none of it.
extension MentionFinder {
    /// The end of a run of name words starting at `start`: capitalized words, initials, particles,
    /// hyphenated parts ("Lee Teng-hui"); nil when there is none.
    /// `oneNameAcrossHyphens`: the run is one person's name, so "Bar-Lev" joins even after one word.
    func nameRun(at start: Int, end: Int, allCaps: Bool, oneNameAcrossHyphens: Bool = false) -> Int? {
        // "sub-Saharan Africa", "pro-Moscow": a word after a prefix is part of an adjective, no name.
        if start > 1, tokens[start - 1].text == "-", tokens[start - 1].start == tokens[start - 2].end,
            tokens[start].start == tokens[start - 1].end, tokens[start - 2].isWordLike,
            !tokens[start - 2].isCapitalized,
            !Self.nameParticles.contains(tokens[start - 2].lower)
        {
            return nil
        }
        var cursor = start
        var words = 0
        while cursor < end, words < 4 {
            let token = tokens[cursor]
            // "Milan-based", "Cancer-stricken Mobutu": a participle joined by a hyphen makes one word before it an
            // adjective; "the Meles Zenawi-led government" still names Meles Zenawi.
            if token.isCapitalized, endsInJoinedParticiple(cursor, end) {
                return words > 0 && !isGazetteerWord(cursor, end) ? cursor + 1 : nil
            }
            if words > 0, Self.nameParticles.contains(token.lower), cursor + 2 < end,
                tokens[cursor + 1].text == "-", tokens[cursor + 2].isCapitalized,
                tokens[cursor + 1].start == token.end, tokens[cursor + 2].start == tokens[cursor + 1].end
            {
                // "Farouk al-Sharaa", "Omer Hassan Ahmed El-Bashir": the particle and its name are one word.
                cursor += 3
                words += 1
            } else if token.isWordLike && token.isCapitalized
                && !isDateWord(token, at: cursor, inName: words > 0, end: end) && !isGazetteerWord(cursor, end)
            {
                words += 1
                cursor += 1
            } else if words > 0, Self.nameParticles.contains(token.lower), cursor + 1 < end,
                tokens[cursor + 1].isCapitalized
            {
                // "Bandar bin Sultan": after a particle even a title's word is the name's.
                let titleWord =
                    tokens[cursor + 1].isWordLike && gazetteerCache.match(tokens, at: cursor + 1, end: end) == nil
                    && titleCache.match(tokens, at: cursor + 1, end: end) != nil
                cursor += titleWord ? 2 : 1
                if titleWord { words += 1 }
            } else if words > 0, Self.nameParticles.contains(token.lower), cursor + 2 < end,
                Self.nameParticles.contains(tokens[cursor + 1].lower), tokens[cursor + 2].isCapitalized
            {
                // "Ursula von der Leyen", "Jan van den Berg".
                cursor += 2
            } else if words > 0, token.text == "-", cursor + 1 < end, tokens[cursor + 1].isWordLike,
                tokens[cursor].start == tokens[cursor - 1].end,
                // "Ban Ki- moon": wire copy broken at a line's end leaves a space after the hyphen.
                tokens[cursor + 1].start == token.end
                    || tokens[cursor + 1].start == token.end + 1 && !tokens[cursor + 1].isCapitalized,
                !isGazetteerWord(cursor + 1, end),
                // "Lee Teng-hui", "Yoo Chong-Ha", "Jean-Claude"; but "the Burns-Qin meeting" is two names.
                !tokens[cursor + 1].isCapitalized || words >= 2 || oneNameAcrossHyphens
                    || knowledge.givenNames.contains(tokens[start].lower)
            {
                cursor += 2
                words += 1
            } else {
                break
            }
        }
        guard words > 0 else { return nil }
        // A trailing initial without a surname is no name.
        if tokens[cursor - 1].shape == .abbreviation && words == 1 { return nil }
        return cursor
    }

    /// Whether the word at `index` is joined by a hyphen to a participle: "based" in "Milan-based", "stricken".
    private func endsInJoinedParticiple(_ index: Int, _ end: Int) -> Bool {
        guard index + 2 < end, tokens[index + 1].text == "-", tokens[index + 1].start == tokens[index].end,
            tokens[index + 2].start == tokens[index + 1].end, !tokens[index + 2].isCapitalized
        else { return false }
        guard let tag = tags?[index + 2], [.pastParticiple, .gerund, .pastTenseVerb].contains(tag) else { return false }
        // Syllables of romanized names end so too ("Wei-shing", "Yat-sen", "Wen-chien"), but are short.
        let part = tokens[index + 2].lower
        return part.hasSuffix("ed") || part.count >= 6 && (part.hasSuffix("ing") || part.hasSuffix("en"))
    }

    /// Capitalized words standing alone in the middle of sentences, names of nothing the gazetteer knows.
    static func loneWords(_ tokens: [Token], _ sentences: [Sentence], _ knowledge: Knowledge) -> Set<String> {
        var words = Set<String>()
        for sentence in sentences where sentence.range.count > 2 {
            for index in (sentence.range.lowerBound + 1)..<sentence.range.upperBound {
                let token = tokens[index]
                guard token.shape == .word, token.isCapitalized, !token.isAllCaps, token.characterCount > 2,
                    !tokens[index - 1].isCapitalized || tokens[index - 1].shape == .punctuation,
                    index + 1 >= sentence.range.upperBound || !tokens[index + 1].isCapitalized,
                    knowledge.calendar[token.lower] == nil, !knowledge.sentenceOpeners.contains(token.lower),
                    knowledge.gazetteer.match(tokens, at: index, end: index + 1) == nil,
                    knowledge.titles.match(tokens, at: index, end: index + 1) == nil,
                    knowledge.collectiveWords.match(tokens, at: index, end: index + 1) == nil,
                    !knowledge.honorifics.contains(tokens[index - 1].lower)
                else { continue }
                words.insert(token.lower)
            }
        }
        return words
    }

    func isCalendarWord(_ token: Token) -> Bool {
        knowledge.calendar[token.lower] != nil
    }

    /// A month or weekday name that is no part of a person's name: "Jan Kavan" and "Theresa May" are names,
    /// "May 5" and "in June" are dates.
    func isDateWord(_ token: Token, at index: Int, inName: Bool, end: Int) -> Bool {
        guard case .month? = knowledge.calendar[token.lower] else { return isCalendarWord(token) }
        if index + 1 < end, tokens[index + 1].shape == .number { return true }
        if index > 0, tokens[index - 1].shape == .number { return true }
        if index > 0,
            ["in", "on", "since", "by", "until", "of", "last", "next", "this", "early", "late"]
                .contains(tokens[index - 1].lower)
        {
            return true
        }
        if inName { return false }
        guard index + 1 < end else { return true }
        let next = tokens[index + 1]
        return !(next.shape == .word && next.isCapitalized && !isCalendarWord(next))
    }

    func isGazetteerWord(_ index: Int, _ end: Int) -> Bool {
        if let match = gazetteerCache.match(tokens, at: index, end: end) {
            if case .person = match.value { return false }
            return true
        }
        return titleCache.match(tokens, at: index, end: end) != nil
    }

    /// A person's name as written, with hyphenated parts joined back.
    func personName(_ range: Range<Int>) -> String {
        var name = ""
        for index in range {
            let token = tokens[index]
            if name.isEmpty || token.text == "-" || (index > range.lowerBound && tokens[index - 1].text == "-") {
                name += token.text
            } else {
                name += " " + token.text
            }
        }
        return name
    }
}
