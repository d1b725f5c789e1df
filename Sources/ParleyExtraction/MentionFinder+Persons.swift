import ParleyModel
import ParleyTagging

/// Persons named without an office: known given names, surnames, appositives, lone subjects.
extension MentionFinder {
    // MARK: Persons without a title

    /// Parts of speech of a sentence's first word that is capitalized only for opening it.
    static let openingNonNames: Set<PartOfSpeech> = [
        .preposition, .gerund, .adverb, .coordinatingConjunction, .determiner, .whAdverb, .personalPronoun,
    ]

    /// "the state oil company PDVSA", "U.S. carmaker Great Lakes Motors": a name after these is a company's.
    static let companyNouns: Set<String> = [
        "company", "firm", "carmaker", "automaker", "conglomerate", "airline", "giant", "maker", "producer",
    ]

    static let leadingVerbs: Set<String> = ["led", "headed", "chaired", "accompanied"]

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
        if let known = surnameInLowerCase(at: i, end: end, entities: entities) { return known }
        guard token.isCapitalized, token.shape == .word else { return nil }
        // "Mr Straw", "Dr. Jones", "Major Ana Ruiz" (a rank only before a name: "Major said" may be John Major).
        // "Maj. Ana Ruiz": an abbreviated rank's full stop stands between.
        let afterRank = i + 1 < end && tokens[i + 1].text == "." ? i + 2 : i + 1
        if knowledge.honorifics.contains(token.lower)
            || knowledge.ranks.contains(token.lower) && afterRank < end && tokens[afterRank].isCapitalized
        {
            return honoredPerson(at: i, end: end, entities: &entities, allCaps: allCaps)
        }
        // "But Bush", "After Reagan": a word that opens sentences starts no name.
        guard !knowledge.sentenceOpeners.contains(token.lower), !followsOutletWord(i),
            let nameEnd = nameRun(at: i, end: end, allCaps: allCaps)
        else { return nil }
        // "Eastern Europe", "the Middle East": a region is no one's name.
        if knowledge.regions.contains(text(i..<nameEnd).lowercased()) { return nil }
        if let body = bodyOfField(i..<nameEnd, end: end, entities: &entities, defaultCountry: defaultCountry) {
            return body
        }
        // A single known surname or family name.
        if nameEnd - i == 1 { return loneName(at: i, end: end, entities: &entities, allCaps: allCaps) }
        if i == sentenceStart, opensOnNonName(i) { return nil }
        // Headlines in capitals: only names the article states properly elsewhere.
        if allCaps { return knownInHeadline(i..<nameEnd, end: end, entities: entities) }
        // A run ending in an organization word is a body, not a person: "Liberal Democratic Party";
        // one ending in a news word is an outlet, and no actor: "Jiji Press"; nor is a company: "Toyota Motor Corp".
        if endsCompanyName(i..<nameEnd, end: end) { return nil }
        if let head = nameHead(i..<nameEnd) {
            if head == .head {
                let (bodyEnd, country) = bodyNameExtent(after: nameEnd, end: end)
                let index = entities.organization(text(i..<bodyEnd), country: country, alias: nil)
                return finish(i..<bodyEnd, index, .name, isPlace: false, end: end)
            }
            if [.media, .company, .occasion, .institution, .place, .thing].contains(head) { return nil }
        }
        // "Minister of Home Affairs Ali Musa", "Secretary of Education Mary Sim": an unlisted office ends on a
        // word of offices, which opens no one's name; the name begins after it.
        if knowledge.isOfficeWord(token.lower) { return nil }
        let appositiveTitle = appositive(after: nameEnd, end: end)
        // A known given name or surname, or a title in apposition, make a name; a run that only stands where a
        // name could ("X said", "met X") must also read as one.
        guard
            knowledge.givenNames.contains(token.lower) || entities.person(bySurname: tokens[nameEnd - 1].lower) != nil
                || appositiveTitle != nil
                || standsAsName(i..<nameEnd, sentenceStart: sentenceStart, end: end) && taggedAsName(i..<nameEnd)
        else {
            return nil
        }
        return person(
            named: i..<nameEnd, appositive: appositiveTitle, end: end, entities: &entities,
            defaultCountry: defaultCountry)
    }

    /// "gonzalez went straight into talks": in a sentence typed in lower case, a surname the article
    /// has already given in full.
    func surnameInLowerCase(at i: Int, end: Int, entities: EntityTable) -> Mention? {
        let token = tokens[i]
        guard lowered, token.shape == .word, !token.isCapitalized, token.characterCount > 3,
            !Self.nameStopWordsInLowerCase.contains(token.lower),
            let known = entities.person(bySurname: token.lower), entities[known].name.contains(" ")
        else { return nil }
        return finish(i..<(i + 1), known, .reference, isPlace: false, end: end)
    }

    /// The person an honorific or a rank at `i` opens: "Mr Straw", "Dr. Jones", "Major Ana Ruiz".
    func honoredPerson(at i: Int, end: Int, entities: inout EntityTable, allCaps: Bool) -> Mention? {
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
        entities.noteGender(knowledge.genders[tokens[i].lower], of: index)
        return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
    }

    /// "Besides Shalom", "Describing Gemayel": a sentence may open on a preposition, a participle or an
    /// adverb the tagger knows for one, before a name; the name begins after it.
    func opensOnNonName(_ i: Int) -> Bool {
        guard !knowledge.givenNames.contains(tokens[i].lower), let tag = tags?[i] else { return false }
        return Self.openingNonNames.contains(tag)
    }

    /// In a headline in capitals, a run whose last word is a surname the article gives elsewhere.
    func knownInHeadline(_ run: Range<Int>, end: Int, entities: EntityTable) -> Mention? {
        guard let known = entities.person(bySurname: tokens[run.upperBound - 1].lower) else { return nil }
        return finish(run, known, .reference, isPlace: false, end: end)
    }

    /// "the official paper El Peruano": a name after an outlet word (back over its particles) is the outlet's;
    /// "U.S. carmaker Great Lakes Motors", a company's.
    func followsOutletWord(_ i: Int) -> Bool {
        var before = i - 1
        while before > 0, Self.nameParticles.contains(tokens[before].lower) { before -= 1 }
        // "the news agency HINA": a head word after a word of news closes an outlet's name too.
        return before >= 0 && nameHead(max(0, before - 1)..<(before + 1)) == .media
            || i > 0 && Self.companyNouns.contains(tokens[i - 1].lower)
    }

    /// "the Ministry of National Defence": the field of a body, whose name it completes.
    func bodyOfField(
        _ run: Range<Int>, end: Int, entities: inout EntityTable, defaultCountry: String?
    ) -> Mention? {
        let i = run.lowerBound
        guard i >= 2, tokens[i - 1].lower == "of", tokens[i - 2].isCapitalized,
            knowledge.collectiveWords.match(tokens, at: i - 2, end: i - 1)?.value == .head
        else { return nil }
        let index = entities.organization(
            text((i - 2)..<run.upperBound), country: defaultCountry, alias: nil, namedAsWritten: true)
        return finish((i - 2)..<run.upperBound, index, .name, isPlace: false, end: end)
    }

    /// A one-word run: a surname the article has given, or a lone name acting as a subject.
    func loneName(at i: Int, end: Int, entities: inout EntityTable, allCaps: Bool) -> Mention? {
        let token = tokens[i]
        let nameEnd = i + 1
        if let known = entities.person(bySurname: token.lower) {
            // "Qin" for Qin Gang: the family name written first is an alias too.
            entities[known].addAlias(String(token.text))
            return finish(i..<nameEnd, known, .reference, isPlace: false, end: end)
        }
        // "Clinton met", "Tamir said": a lone name acting as a subject is a person's surname; one in capitals
        // ("NISA said") is a body's abbreviation.
        guard !allCaps, token.shape == .word, token.characterCount > 2,
            knowledge.collectiveWords.match(tokens, at: i, end: nameEnd) == nil,
            titleCache.match(tokens, at: i, end: nameEnd) == nil, !knowledge.isOfficeWord(token.lower),
            nameEnd < end, isActionWord(at: nameEnd, end: end), taggedAsName(i..<nameEnd)
        else { return nil }
        let name = token.text.description
        let index =
            isAbbreviation(token)
            ? entities.organization(name, country: nil, alias: nil)
            : entities.person(name, country: nil, title: nil, alias: nil)
        return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
    }

    private func isAbbreviation(_ token: Token) -> Bool {
        token.text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether a run of capitalized words stands where a name could: alone elsewhere in the article, before
    /// or after a verb of speech, or beside a meeting verb.
    func standsAsName(_ run: Range<Int>, sentenceStart: Int, end: Int) -> Bool {
        let (i, nameEnd) = (run.lowerBound, run.upperBound)
        let words = run.filter { tokens[$0].shape == .word }
        let lastStandsAlone = words.count <= 3 && i > sentenceStart && loneWords.contains(tokens[nameEnd - 1].lower)
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
        // "a delegation led by Ana Ruiz": who leads, heads or chairs is a person.
        let leads =
            i >= 2 && tokens[i - 1].lower == "by" && Self.leadingVerbs.contains(tokens[i - 2].lower)
        return lastStandsAlone || (followedBySpeech && words.count <= 3) || besideMeeting
            || (2...3).contains(words.count) && (servesBody(after: nameEnd, end: end) || leads)
    }

    /// "Wang Li of the Traffic Bureau", "Ana Ruiz with the health ministry", "Han Min Soo of South Korea": a
    /// name tied to a body or a state by "of", "with" or "from" is someone who serves it.
    func servesBody(after nameEnd: Int, end: Int) -> Bool {
        guard nameEnd + 1 < end, ["of", "with", "from"].contains(tokens[nameEnd].lower) else { return false }
        var cursor = nameEnd + 1
        if tokens[cursor].lower == "the" { cursor += 1 }
        if let known = gazetteerCache.match(tokens, at: cursor, end: end) {
            // "Han Min Soo of South Korea": a state's own name after "of" serves as a body does.
            if case .organization = known.value { return true }
            if case .country(_, .name) = known.value, tokens[nameEnd].lower == "of" { return true }
            cursor += known.length
        }
        // The body's name, capitalized or not, ends on its head word within a few words.
        let limit = min(end, cursor + 5)
        while cursor < limit, tokens[cursor].shape == .word {
            if nameHead(nameEnd..<(cursor + 1)) == .head { return true }
            cursor += 1
        }
        return false
    }

    /// The person a run names, with the title and country an appositive gives ("X, the Soviet foreign
    /// minister") or "of Russia" after the name.
    func person(
        named run: Range<Int>, appositive appositiveTitle: (title: String, country: String?, countryText: String?)?,
        end: Int, entities: inout EntityTable, defaultCountry: String?
    ) -> Mention {
        var country: String? = nil
        var title: String? = nil
        if let appositiveTitle {
            country = appositiveTitle.country
            title = appositiveTitle.title
            if let code = country { _ = entities.country(code, alias: appositiveTitle.countryText) }
        }
        // "Boris Yeltsin of Russia".
        var mentionEnd = run.upperBound
        if country == nil, let named = ofCountry(after: run.upperBound, end: end, entities: &entities) {
            country = named.code
            mentionEnd = named.end
        }
        let index = entities.person(
            personName(run), country: country, guessedCountry: title != nil ? defaultCountry : nil,
            title: title, alias: nil)
        return finish(run.lowerBound..<mentionEnd, index, .name, isPlace: false, end: end)
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
        // "of the China Doping Control Center": the country opens a body's name.
        if countryRange.upperBound < end, tokens[countryRange.upperBound].isCapitalized,
            tokens[countryRange.upperBound].isWordLike
        {
            return nil
        }
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
        while cursor < end, knowledge.officeModifiers.contains(tokens[cursor]) { cursor += 1 }
        if cursor < end, let match = gazetteerCache.match(tokens, at: cursor, end: end),
            case let .country(code, form) = match.value, form != .capital
        {
            country = code
            countryText = text(cursor..<(cursor + match.length))
            cursor += match.length
            if cursor < end, tokens[cursor].lower == "'s" { cursor += 1 }
        }
        while cursor < end, knowledge.officeModifiers.contains(tokens[cursor]) { cursor += 1 }
        guard let title = titleCache.match(tokens, at: cursor, end: end) else { return nil }
        // "X, Prime Minister of Pakistan,": the state may follow the office.
        let after = cursor + title.length
        if country == nil, after + 1 < end, tokens[after].lower == "of",
            let match = gazetteerCache.match(tokens, at: after + 1, end: end),
            case let .country(code, .name) = match.value
        {
            country = code
            countryText = text((after + 1)..<(after + 1 + match.length))
        }
        return (title.value.title, country, countryText)
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
