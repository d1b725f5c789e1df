import ParleyModel

/// Countries, demonyms, capitals and organizations from the knowledge files.
extension MentionFinder {
    // MARK: Gazetteer

    func gazetteerMention(
        at i: Int, end: Int, entities: inout EntityTable, places: inout [Place],
        allCaps: Bool, defaultCountry: String? = nil
    ) -> Mention? {
        guard let match = gazetteerCache.match(tokens, at: i, end: end),
            tokens[i].isCapitalized || allCaps || lowered || match.value.isGenericBody
                || opensWithParticle(at: i, length: match.length)
        else {
            return nil
        }
        var matchEnd = i + match.length
        let surface = text(i..<matchEnd)
        switch match.value {
        case let .country(code, form):
            return countryMention(code, form, at: i..<matchEnd, end: end, entities: &entities, places: &places)
        case let .organization(name, country, scope):
            // "met former army officer Juan Soto": a kind of body written small, before a noun and a name,
            // describes the person named; no body acts.
            if scope == .generic, !tokens[i].isCapitalized, !lowered, describesNamedPerson(after: matchEnd, end: end) {
                return nil
            }
            if scope == .generic {
                // "the National Assembly of People's Power": a name of its own, with no state's word in it.
                let (ownNameEnd, ownCountry) =
                    tokens[i].isCapitalized ? bodyNameExtent(after: matchEnd, end: end) : (matchEnd, nil)
                if ownNameEnd > matchEnd {
                    let index = entities.organization(
                        text(i..<ownNameEnd), country: ownCountry, alias: nil, namedAsWritten: true)
                    return finish(i..<ownNameEnd, index, .name, isPlace: false, end: end)
                }
                // A generic body with no country word before it is the dateline state's ("TOKYO - the foreign
                // ministry said"), else no state's; "a foreign ministry official" is the body.
                let index = entities.organization(name, country: defaultCountry, alias: surface)
                if let collective = knowledge.collectiveWords.match(tokens, at: matchEnd, end: end),
                    collective.value == .collective
                {
                    matchEnd += collective.length
                    noteDescription(at: matchEnd - 1, standingFor: index, entities: &entities)
                }
                return finish(i..<matchEnd, index, .name, isPlace: false, end: end)
            }
            let index = entities.organization(name, country: country, alias: surface, namedAsWritten: true)
            return finish(i..<matchEnd, index, .name, isPlace: false, end: end)
        case let .person(name, country, title):
            let index = entities.person(name, country: country, title: title, alias: surface)
            return finish(i..<matchEnd, index, .name, isPlace: false, end: end)
        }
    }

    /// A country word, or the body, people or outlet of the country it opens: "Chinese Foreign Ministry",
    /// "Chinese officials", "Beijing radio".
    private func countryMention(
        _ code: String, _ form: GazetteerEntry.CountryForm, at range: Range<Int>, end: Int,
        entities: inout EntityTable, places: inout [Place]
    ) -> Mention {
        let i = range.lowerBound
        let surface = text(range)
        // "Chinese Foreign Ministry", "Japan's Finance Ministry".
        var cursor = range.upperBound
        if cursor < end, tokens[cursor].lower == "'s" { cursor += 1 }
        // In lower case too: "Egypt's foreign ministry", "cuban foreign ministry officials".
        // "the Peruvian Congress", "the Pakistani Taliban": a body listed for one state, named with another's word,
        // is that state's namesake ("anti-India" is no state's word).
        let afterPrefix = i > 0 && tokens[i - 1].text == "-"
        if cursor < end, let next = gazetteerCache.match(tokens, at: cursor, end: end),
            case let .organization(name, country, scope) = next.value,
            scope == .generic || scope == .national && country != nil && country != code && !afterPrefix
        {
            _ = entities.country(code, alias: surface)
            // Annotators name such a body as written: "Chinese Foreign Ministry".
            let index = entities.organization(
                name, country: code, alias: text(i..<(cursor + next.length)),
                namedAsWritten: true)
            return finish(i..<(cursor + next.length), index, .name, isPlace: false, end: end)
        }
        // "Chinese officials said", "talks with Soviet leaders", "Pyongyang's envoys": the country itself.
        let possessive = cursor > range.upperBound
        if form != .capital || possessive,
            let collective = knowledge.collectiveWords.match(tokens, at: cursor, end: end),
            collective.value == .collective || collective.value == .governing && (form == .demonym || possessive),
            !modifiesANoun(cursor + collective.length - 1, end: end)
        {
            let index = entities.country(code, alias: surface)
            // "a Peruvian military official": the person the group word modifies is the one "the official"
            // later stands for.
            var descriptionEnd = cursor + collective.length
            if descriptionEnd < end, knowledge.personNouns.contains(tokens[descriptionEnd].lower) {
                descriptionEnd += 1
            }
            noteDescription(at: descriptionEnd - 1, standingFor: index, entities: &entities)
            return finish(i..<descriptionEnd, index, .name, isPlace: false, end: end)
        }
        // "Beijing radio said", "the Iraqi news agency", "Agence France-Presse": an outlet of the country, not
        // the country.
        if cursor + 1 < end, tokens[cursor].text == "-", joinedByHyphen(after: cursor - 1) { cursor += 1 }
        if let media = knowledge.collectiveWords.match(tokens, at: cursor, end: end), media.value == .media {
            _ = entities.country(code, alias: form == .capital ? nil : surface, asActor: form != .capital)
            var outletEnd = cursor + media.length
            while outletEnd < end, nameHead(cursor..<(outletEnd + 1)) == .media,
                let more = knowledge.collectiveWords.match(tokens, at: outletEnd, end: end)
            {
                outletEnd += more.length
            }
            return Mention(
                range: i..<outletEnd, entity: entities.country(code, alias: nil, asActor: form != .capital),
                form: .demonym, isPlace: true, isPossessive: false)
        }
        return countryWord(code, form, at: range, end: end, entities: &entities, places: &places)
    }

    /// A country's name, demonym or capital standing alone: the state acting, or the place it names.
    private func countryWord(
        _ code: String, _ form: GazetteerEntry.CountryForm, at range: Range<Int>, end: Int,
        entities: inout EntityTable, places: inout [Place]
    ) -> Mention {
        let (i, matchEnd) = (range.lowerBound, range.upperBound)
        let surface = text(range)
        let previous = i > 0 ? tokens[i - 1].lower : ""
        // "in eastern Zaire": a compass word may stand between the preposition and the place.
        let afterPreposition =
            Self.placePrepositions.contains(previous)
            || Self.compassWords.contains(previous) && i > 1 && Self.placePrepositions.contains(tokens[i - 2].lower)
        switch form {
        case .capital:
            return capitalWord(
                code, at: range, afterPreposition: afterPreposition, end: end, entities: &entities, places: &places)
        case .demonym:
            let index = entities.country(code, alias: surface)
            // A plural demonym is the people or state acting: "the Soviets agreed".
            let isPlural = surface.hasSuffix("s") && !surface.hasSuffix("ss")
            let nextIsVerb = matchEnd < end && knowledge.reportingCues.match(tokens, at: matchEnd, end: end) != nil
            let acts = isPlural || nextIsVerb || sharesCollective(after: matchEnd, end: end)
            return finish(i..<matchEnd, index, acts ? .name : .demonym, isPlace: false, end: end)
        case .name:
            let index = entities.country(code, alias: surface)
            if afterPreposition {
                places.append(
                    Place(range: i..<matchEnd, name: knowledge.countries[code]?.name ?? surface, country: code))
            }
            // "held talks with officials in Peru": the people of its government, as for a capital.
            if let people = governingPeople(before: i) {
                return finish(people..<matchEnd, index, .name, isPlace: false, end: end)
            }
            // "leaders from Peru": the people a state sends stand for it, wherever they are.
            let peopleFrom =
                previous == "from" && i > 1
                && (knowledge.collectiveWords.match(tokens, at: i - 2, end: i - 1) != nil
                    || knowledge.personNouns.contains(tokens[i - 2].lower))
            if knowledge.locatingCompound(at: matchEnd, in: tokens, end: end) {
                return finish(i..<matchEnd, index, .name, isPlace: true, end: end)
            }
            return finish(
                i..<matchEnd, index, .name, isPlace: afterPreposition && previous != "to" && !peopleFrom, end: end)
        }
    }

    /// "al-Shabab", "al-Qaida": a listed name may open on a lower-case particle joined by a hyphen to a
    /// capitalized word.
    private func opensWithParticle(at i: Int, length: Int) -> Bool {
        length >= 3 && tokens[i + 1].text == "-" && tokens[i + 2].isCapitalized
    }

    /// A capital: the place, or the state it stands for ("Beijing said", "officials in Algiers").
    private func capitalWord(
        _ code: String, at range: Range<Int>, afterPreposition: Bool, end: Int, entities: inout EntityTable,
        places: inout [Place]
    ) -> Mention {
        let (i, matchEnd) = (range.lowerBound, range.upperBound)
        let surface = text(range)
        let previous = i > 0 ? tokens[i - 1].lower : ""
        // "met officials in Algiers": the people of a capital's government stand for its state, and
        // the capital is where they meet.
        if let people = governingPeople(before: i) {
            let name = knowledge.placeNames[surface.lowercased()] ?? surface
            places.append(Place(range: i..<matchEnd, name: name, country: code))
            let index = entities.country(code, alias: nil)
            return finish(people..<matchEnd, index, .name, isPlace: false, end: end)
        }
        // "visit Santiago", "arrived Tokyo": a destination is a place.
        let afterTravel = knowledge.travelWordEnds(at: i, in: tokens, from: 0)
        // "Lima residents", "Kabul students": people of the city, not its state.
        let peopleOfTheCity =
            matchEnd < end && !tokens[matchEnd].isCapitalized
            && knowledge.personNouns.contains(EntityTable.singular(tokens[matchEnd].lower))
            && (knowledge.collectiveWords.match(tokens, at: matchEnd, end: end).map { $0.value == .common } ?? true)
        // "the Doha round", "the Kyoto protocol": a capital between an article and a common noun names a
        // thing, not a state. The tagger is asked last: tagging a sentence costs more than reading its names.
        let isPlace =
            afterPreposition || previous == "of" || afterTravel || peopleOfTheCity
            || knowledge.locatingCompound(at: matchEnd, in: tokens, end: end)
            || ["the", "a", "an"].contains(previous) && matchEnd < end && tokens[matchEnd].shape == .word
                && !tokens[matchEnd].isCapitalized
                && knowledge.collectiveWords.match(tokens, at: matchEnd, end: end) == nil
                && knowledge.reportingCues.match(tokens, at: matchEnd, end: end) == nil
                && tags?[matchEnd]?.isNoun == true
        let name = knowledge.placeNames[surface.lowercased()] ?? surface
        places.append(Place(range: i..<matchEnd, name: name, country: code))
        let index = entities.country(code, alias: isPlace ? nil : surface, asActor: !isPlace)
        return finish(i..<matchEnd, index, .capital, isPlace: isPlace, end: end)
    }

    /// "Israeli and Palestinian leaders", "Greek and other European officials": the first adjective shares the
    /// group word of the second.
    private func sharesCollective(after position: Int, end: Int) -> Bool {
        guard position + 1 < end, tokens[position].lower == "and" else { return false }
        var adjective = position + 1
        if tokens[adjective].lower == "other", adjective + 1 < end { adjective += 1 }
        let adjectiveEnd: Int
        if let next = gazetteerCache.match(tokens, at: adjective, end: end), case .country(_, .demonym) = next.value {
            adjectiveEnd = adjective + next.length
        } else if adjective > position + 1, tokens[adjective].isCapitalized, tokens[adjective].shape == .word {
            adjectiveEnd = adjective + 1
        } else {
            return false
        }
        guard let collective = knowledge.collectiveWords.match(tokens, at: adjectiveEnd, end: end) else { return false }
        return collective.value == .collective || collective.value == .governing
    }

    /// "an Italian military helicopter": a group word read as an adjective, before a common noun.
    private func modifiesANoun(_ word: Int, end: Int) -> Bool {
        let next = word + 1
        guard tags?[word] == .adjective, next < end, !tokens[next].isCapitalized, tags?[next]?.isNoun == true else {
            return false
        }
        return knowledge.collectiveWords.match(tokens, at: next, end: end) == nil
    }

    /// Where "officials in" or "leaders in" begins before a capital at `position`, unless a name or a country
    /// word before the group already tells whose people they are ("Chinese officials in Beijing", "US military
    /// authorities in Japan").
    private func governingPeople(before position: Int) -> Int? {
        let group = position - 2
        guard group >= 1, tokens[position - 1].lower == "in",
            let collective = knowledge.collectiveWords.match(tokens, at: group, end: position - 1),
            collective.value == .collective || collective.value == .governing
        else { return nil }
        var modifier = group - 1
        while modifier > 0, group - modifier <= 3, !tokens[modifier].isCapitalized,
            tags?[modifier] == .adjective || tags?[modifier]?.isNoun == true
        {
            modifier -= 1
        }
        return tokens[modifier].isCapitalized ? nil : group
    }

    static let governmentWords: Set<String> = ["administration", "government", "cabinet", "camp"]
    static let compassWords: Set<String> = [
        "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
        "southwestern",
    ]

    /// "army officer Juan Soto", "ministry official Ana Ruiz": a lower-case noun, no word for the body's people
    /// ("ministry officials"), then a name (not a day: "army officers Tuesday").
    private func describesNamedPerson(after position: Int, end: Int) -> Bool {
        position + 1 < end && tokens[position].shape == .word && !tokens[position].isCapitalized
            && tags?[position] == .noun && tokens[position + 1].isCapitalized && tokens[position + 1].shape == .word
            && knowledge.calendar[tokens[position + 1].lower] == nil
            && knowledge.collectiveWords.match(tokens, at: position, end: end) == nil
    }
}
