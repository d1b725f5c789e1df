import ParleyModel
import ParleyTagging

/// Persons named without an office: known given names, surnames, appositives, lone subjects.
extension MentionFinder {
    // MARK: Persons without a title

    /// "Advisory Committee on Religious Freedom Abroad", "Commission for Human Rights and Justice": a body's
    /// name runs on through "on", "for" or "of" and capitalized words.
    func bodyNameEnd(after headEnd: Int, end: Int) -> Int {
        guard headEnd + 1 < end, ["on", "for", "of"].contains(tokens[headEnd].lower),
            tokens[headEnd + 1].isCapitalized, tokens[headEnd + 1].shape == .word,
            gazetteerCache.match(tokens, at: headEnd + 1, end: end) == nil
        else { return headEnd }
        var cursor = headEnd + 1
        while cursor < end, cursor - headEnd <= 6 {
            if tokens[cursor].isCapitalized, tokens[cursor].shape == .word, !isCalendarWord(tokens[cursor]) {
                cursor += 1
            } else if ["and", "&"].contains(tokens[cursor].lower), cursor + 1 < end, tokens[cursor + 1].isCapitalized {
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }

    /// Parts of speech of a sentence's first word that is capitalized only for opening it.
    static let openingNonNames: Set<PartOfSpeech> = [
        .preposition, .gerund, .adverb, .coordinatingConjunction, .determiner, .whAdverb, .personalPronoun,
    ]

    /// "the state oil company PDVSA", "U.S. carmaker Great Lakes Motors": a name after these is a company's.
    static let companyNouns: Set<String> = [
        "company", "firm", "carmaker", "automaker", "conglomerate", "airline", "giant", "maker", "producer",
    ]

    /// Surnames that are common words too: in lower case they are the words.
    static let nameStopWordsInLowerCase: Set<String> = [
        "bush", "brown", "young", "rice", "king", "may", "long", "little", "white", "black", "green", "rose",
        "hope", "well", "will", "rich", "sharp", "field", "hill", "lord", "cook", "baker", "smith", "price",
    ]

    func person(
        at i: Int, end: Int, sentenceStart: Int, entities: inout EntityTable, allCaps: Bool,
        defaultCountry: String?
    ) -> Mention? {
        let token = tokens[i]
        // "gonzalez went straight into talks": in a sentence typed in lower case, a surname the article
        // has already given in full.
        if lowered, token.shape == .word, !token.isCapitalized, token.characterCount > 3,
            !Self.nameStopWordsInLowerCase.contains(token.lower),
            let known = entities.person(bySurname: token.lower), entities[known].name.contains(" ")
        {
            return finish(i..<(i + 1), known, .reference, isPlace: false, end: end)
        }
        guard token.isCapitalized, token.shape == .word else { return nil }
        // "Mr Straw", "Dr. Jones", "Major Ana Ruiz" (a rank only before a name: "Major said" may be John Major).
        if knowledge.honorifics.contains(token.lower)
            || knowledge.ranks.contains(token.lower) && i + 1 < end && tokens[i + 1].isCapitalized
        {
            var cursor = i + 1
            if cursor < end, tokens[cursor].text == "." { cursor += 1 }
            // "Mr Bar-Lev": after an honorific a hyphen joins one person's name.
            guard cursor < end,
                let nameEnd = nameRun(at: cursor, end: end, allCaps: allCaps, oneNameAcrossHyphens: true)
            else { return nil }
            // "General Motors Corp", "the General Office": a body whose name opens with a rank.
            if endsCompanyName(cursor..<nameEnd, end: end)
                || knowledge.collectiveWords.match(tokens, at: nameEnd - 1, end: nameEnd) != nil
            {
                return nil
            }
            let name = personName(cursor..<nameEnd)
            let index = entities.person(name, country: nil, title: nil, alias: text(i..<nameEnd))
            return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
        }
        // "But Bush", "After Reagan": a word that opens sentences starts no name;
        // "the official paper El Peruano": a name after an outlet word (back over its particles) is the outlet's.
        var before = i - 1
        while before > 0, Self.nameParticles.contains(tokens[before].lower) { before -= 1 }
        let afterOutletWord =
            before >= 0 && knowledge.collectiveWords.match(tokens, at: before, end: before + 1)?.value == .media
            || i > 0 && Self.companyNouns.contains(tokens[i - 1].lower)
        guard !knowledge.sentenceOpeners.contains(token.lower), !afterOutletWord,
            let nameEnd = nameRun(at: i, end: end, allCaps: allCaps)
        else { return nil }
        // "Eastern Europe", "the Middle East": a region is no one's name.
        if knowledge.regions.contains(text(i..<nameEnd).lowercased()) { return nil }
        // "the Ministry of National Defence": the field of a body, whose name it completes.
        if i >= 2, tokens[i - 1].lower == "of", tokens[i - 2].isCapitalized,
            knowledge.collectiveWords.match(tokens, at: i - 2, end: i - 1)?.value == .head
        {
            let index = entities.organization(
                text((i - 2)..<nameEnd), country: defaultCountry, alias: nil, namedAsWritten: true)
            return finish((i - 2)..<nameEnd, index, .name, isPlace: false, end: end)
        }
        let words = (i..<nameEnd).filter { tokens[$0].shape == .word }
        // A single known surname or family name.
        if nameEnd - i == 1 {
            if let known = entities.person(bySurname: token.lower) {
                // "Qin" for Qin Gang: the family name written first is an alias too.
                entities[known].addAlias(String(token.text))
                return finish(i..<nameEnd, known, .reference, isPlace: false, end: end)
            }
            // "Clinton met", "Tamir said": a lone name acting as a subject is a person's surname.
            guard !allCaps, token.shape == .word, token.characterCount > 2,
                knowledge.collectiveWords.match(tokens, at: i, end: nameEnd) == nil,
                titleCache.match(tokens, at: i, end: nameEnd) == nil, !knowledge.isOfficeWord(token.lower),
                nameEnd < end, isActionWord(at: nameEnd, end: end), taggedAsName(i..<nameEnd)
            else { return nil }
            let index = entities.person(token.text.description, country: nil, title: nil, alias: nil)
            return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
        }
        // "Besides Shalom", "Describing Gemayel": a sentence may open on a preposition, a participle or an
        // adverb the tagger knows for one, before a name; the name begins after it.
        if i == sentenceStart, !knowledge.givenNames.contains(token.lower), let tag = tags?[i],
            Self.openingNonNames.contains(tag)
        {
            return nil
        }
        if allCaps {
            // Headlines in capitals: only names the article states properly elsewhere.
            if let known = entities.person(bySurname: tokens[nameEnd - 1].lower) {
                return finish(i..<nameEnd, known, .reference, isPlace: false, end: end)
            }
            return nil
        }
        // A run ending in an organization word is a body, not a person: "Liberal Democratic Party";
        // one ending in a news word is an outlet, and no actor: "Jiji Press"; nor is a company: "Toyota Motor Corp".
        if endsCompanyName(i..<nameEnd, end: end) { return nil }
        if let head = knowledge.collectiveWords.match(tokens, at: nameEnd - 1, end: nameEnd) {
            switch head.value {
            case .head:
                let bodyEnd = bodyNameEnd(after: nameEnd, end: end)
                let index = entities.organization(text(i..<bodyEnd), country: nil, alias: nil)
                return finish(i..<bodyEnd, index, .name, isPlace: false, end: end)
            case .media, .company, .occasion, .institution, .place:
                return nil
            default:
                break
            }
        }
        // "Minister of Home Affairs Ali Musa", "Secretary of Education Mary Sim": an unlisted office ends on a
        // word of offices, which opens no one's name; the name begins after it.
        if knowledge.isOfficeWord(token.lower) { return nil }
        let isGiven = knowledge.givenNames.contains(token.lower)
        let lastIsKnownSurname = entities.person(bySurname: tokens[nameEnd - 1].lower) != nil
        let lastStandsAlone = words.count <= 3 && i > sentenceStart && loneWords.contains(tokens[nameEnd - 1].lower)
        let appositiveTitle = appositive(after: nameEnd, end: end)
        // "Lazaro Gonzalez said", "the boy's great-uncle, Lazaro Gonzalez, denied".
        let followedBySpeech =
            nameEnd < end && knowledge.reportingCues.match(tokens, at: nameEnd, end: end) != nil
            && tags?[nameEnd]?.isNoun != true
            || i > 0 && tokens[i - 1].text == "," && nameEnd + 1 < end && tokens[nameEnd].text == ","
                && knowledge.reportingCues.match(tokens, at: nameEnd + 1, end: end) != nil
            || words.count >= 2 && actsAfterAppositive(nameEnd, end)
            || (2...3).contains(words.count) && speechEnds(at: i)
        // "Xi Jinping met Shehbaz Sharif", "spoke by phone with Wang Yi": a two- or three-word name on either
        // side of a meeting verb is a person's.
        // "meet with Central Asian leaders" names a group.
        let beforeCollective = nameEnd < end && knowledge.collectiveWords.match(tokens, at: nameEnd, end: end) != nil
        let besideMeeting =
            (2...3).contains(words.count) && !beforeCollective
            && (meetingVerbEnds(at: i, from: sentenceStart)
                || nameEnd < end && knowledge.meetingTriggers.match(tokens, at: nameEnd, end: end)?.value.form == .verb)
        // A known given name or surname, or a title in apposition, make a name; a run that only stands where a
        // name could ("X said", "met X") must also read as one.
        let standsAsName = lastStandsAlone || (followedBySpeech && words.count <= 3) || besideMeeting
        guard
            isGiven || lastIsKnownSurname || appositiveTitle != nil || standsAsName && taggedAsName(i..<nameEnd)
        else {
            return nil
        }
        var country: String? = nil
        var title: String? = nil
        if let appositiveTitle {
            country = appositiveTitle.country
            title = appositiveTitle.title
            if let code = country { _ = entities.country(code, alias: appositiveTitle.countryText) }
        }
        // "Boris Yeltsin of Russia".
        var mentionEnd = nameEnd
        if country == nil, let named = ofCountry(after: nameEnd, end: end, entities: &entities) {
            country = named.code
            mentionEnd = named.end
        }
        let index = entities.person(
            personName(i..<nameEnd), country: country, guessedCountry: title != nil ? defaultCountry : nil,
            title: title, alias: nil)
        return finish(i..<mentionEnd, index, .name, isPlace: false, end: end)
    }

    /// Whether the tagger reads a word of the run as a proper noun; without tags (no sentence), it is trusted.
    func taggedAsName(_ range: Range<Int>) -> Bool {
        tags?.namesSomeone(range) ?? true
    }

    /// Whether a meeting verb ends right before `position` ("met", "met with", "spoke by phone with").
    func meetingVerbEnds(at position: Int, from lower: Int) -> Bool {
        var end = position
        if end - 1 >= lower, tokens[end - 1].lower == "with" { end -= 1 }
        return (max(lower, end - 4)..<end).contains { start in
            knowledge.meetingTriggers.matches(tokens, at: start, end: end).contains {
                $0.value.form == .verb && start + $0.length == end
            }
        }
    }

    /// "Eric Reeves, one of the leading voices on Sudan, said": a name, an appositive, a reporting verb;
    /// "Li Wei, a member of the council, held talks": a description in apposition, then the clause's verb.
    func actsAfterAppositive(_ nameEnd: Int, _ end: Int) -> Bool {
        guard nameEnd + 1 < end, tokens[nameEnd].text == "," else { return false }
        // A list of names ("Paris, Bonn and Rome said") is no apposition, nor is a place described ("X, a town
        // on the river, held a fair"): a person's description opens on a common word and names a role.
        let opensOnCommonWord = !tokens[nameEnd + 1].isCapitalized
        var describesPerson = false
        var cursor = nameEnd + 1
        while cursor + 1 < end, cursor - nameEnd <= 20 {
            if tokens[cursor].text == "," {
                if knowledge.reportingCues.match(tokens, at: cursor + 1, end: end)?.value.form == .verb { return true }
                return opensOnCommonWord && describesPerson && opensFiniteClause(at: cursor + 1, end: end)
            }
            describesPerson =
                describesPerson || knowledge.personNouns.contains(tokens[cursor].lower)
                || titleCache.match(tokens, at: cursor, end: end) != nil
            if SentenceContext.quotes.contains(tokens[cursor].text) { return false }
            cursor += 1
        }
        return false
    }

    /// '"...," said Oh Ei Sun', "according to Tran Van Khoa": a verb of saying or "according to" ends right
    /// before `position`, so a name there is the speaker's ("told X" names whom one told).
    func speechEnds(at position: Int) -> Bool {
        (max(0, position - 2)..<position).contains { start in
            guard let cue = knowledge.reportingCues.match(tokens, at: start, end: position),
                start + cue.length == position
            else { return false }
            return cue.value.form == .source
                || cue.value.form == .verb && cue.value.act == .say
                    && !MeetingFinder.tellingVerbs.contains(tokens[start].lower)
        }
    }

    /// A verb that takes a subject at `index`: "held", "has", "will", "meets".
    func opensFiniteClause(at index: Int, end: Int) -> Bool {
        if isActionWord(at: index, end: end) { return true }
        guard let tag = tags?[index] else { return false }
        return [.pastTenseVerb, .thirdPersonPresentVerb, .presentVerb, .modal].contains(tag)
    }

    /// "of Saudi Arabia" after a name: registers the country and gives its code and where the mention ends.
    func ofCountry(after nameEnd: Int, end: Int, entities: inout EntityTable) -> (code: String, end: Int)? {
        // "of the United States", "of the Philippines".
        let start = nameEnd + 2 < end && tokens[nameEnd + 1].lower == "the" ? nameEnd + 2 : nameEnd + 1
        guard start < end, tokens[nameEnd].lower == "of", tokens[start].isCapitalized,
            let match = gazetteerCache.match(tokens, at: start, end: end),
            case let .country(code, .name) = match.value
        else { return nil }
        let countryRange = start..<(start + match.length)
        _ = entities.country(code, alias: text(countryRange))
        return (code, countryRange.upperBound)
    }

    /// ", the Soviet foreign minister" after a name.
    func appositive(after nameEnd: Int, end: Int) -> (title: String, country: String?, countryText: String?)? {
        guard nameEnd + 1 < end, tokens[nameEnd].text == "," else { return nil }
        var cursor = nameEnd + 1
        if ["the", "a", "an"].contains(tokens[cursor].lower) { cursor += 1 }
        var country: String?
        var countryText: String?
        while cursor < end, Self.modifierWords.contains(tokens[cursor]) { cursor += 1 }
        if cursor < end, let match = gazetteerCache.match(tokens, at: cursor, end: end),
            case let .country(code, form) = match.value, form != .capital
        {
            country = code
            countryText = text(cursor..<(cursor + match.length))
            cursor += match.length
            if cursor < end, tokens[cursor].lower == "'s" { cursor += 1 }
        }
        while cursor < end, Self.modifierWords.contains(tokens[cursor]) { cursor += 1 }
        guard let title = titleCache.match(tokens, at: cursor, end: end) else { return nil }
        return (title.value.title, country, countryText)
    }

    /// The end of a run of name words starting at `start`: capitalized words, initials, particles,
    /// hyphenated parts ("Lee Teng-hui"); nil when there is none.
    /// `oneNameAcrossHyphens`: the run is one person's name, so "Bar-Lev" joins even after one word.
    func nameRun(at start: Int, end: Int, allCaps: Bool, oneNameAcrossHyphens: Bool = false) -> Int? {
        var cursor = start
        var words = 0
        while cursor < end, words < 4 {
            let token = tokens[cursor]
            if token.isWordLike && token.isCapitalized && !isDateWord(token, at: cursor, inName: words > 0, end: end)
                && !isGazetteerWord(cursor, end)
            {
                words += 1
                cursor += 1
            } else if words > 0, Self.nameParticles.contains(token.lower), cursor + 1 < end,
                tokens[cursor + 1].isCapitalized
            {
                cursor += 1
            } else if words > 0, Self.nameParticles.contains(token.lower), cursor + 2 < end,
                tokens[cursor + 1].text == "-", tokens[cursor + 2].isCapitalized,
                tokens[cursor + 1].start == token.end, tokens[cursor + 2].start == tokens[cursor + 1].end
            {
                // "Farouk al-Sharaa", "Ahmed el-Tayeb".
                cursor += 3
                words += 1
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

    /// A reporting or meeting verb at `index`: what a subject does.
    func isActionWord(at index: Int, end: Int) -> Bool {
        if let cue = knowledge.reportingCues.match(tokens, at: index, end: end), cue.value.form == .verb {
            // "four Central Asian states": a word of speech the tagger reads as a noun is none.
            return tags?[index]?.isNoun != true
        }
        // "Rosati held talks", "Kaldor met": a meeting phrase whose first word is a verb in the past or present,
        // by its form or, for irregular verbs, by the tagger.
        if let trigger = knowledge.meetingTriggers.match(tokens, at: index, end: end), trigger.value.form != .noun,
            tokens[index].lower.hasSuffix("ed") || tokens[index].lower == "met"
                || [.pastTenseVerb, .thirdPersonPresentVerb].contains(tags?[index])
        {
            return true
        }
        return false
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

    /// "the ministry", "the Commission": the body of that kind the article named last.
    func organizationReference(at i: Int, end: Int, entities: EntityTable) -> Mention? {
        guard tokens[i].lower == "the", i + 1 < end,
            let head = knowledge.collectiveWords.match(tokens, at: i + 1, end: end), head.value == .head,
            let index = entities.lastOrganization(endingWith: tokens[i + 1].lower)
        else { return nil }
        return finish(i..<(i + 2), index, .reference, isPlace: false, end: end)
    }
}
