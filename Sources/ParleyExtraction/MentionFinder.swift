import ParleyModel

/// Finds the actors each sentence names, left to right, and registers them in the entity table.
///
/// Patterns, tried at each token in this order:
/// 1. titled person: `[country words] title [to/of Country] Name` ("U.S. Ambassador to China Nicholas Burns");
/// 2. gazetteer: country, demonym, capital, organization ("Chinese Foreign Ministry", "Chinese officials");
/// 3. honorific and name ("Mr Straw");
/// 4. a capitalized run that is a person (known given name, known surname, or followed by a title);
/// 5. a bare title standing for its last holder ("the foreign minister");
/// 6. a group: capitalized adjectives and a collective word ("Central Asian leaders").
struct MentionFinder {
    let knowledge: Knowledge
    let tokens: [Token]
    private let titleCache: PhraseCache<TitleEntry>
    private let gazetteerCache: PhraseCache<GazetteerEntry>
    /// Capitalized words the article also uses alone mid-sentence ("Kohli"): a run ending in one
    /// ("Virat Kohli") is a person even without a title or a known given name.
    var loneWords: Set<String> = []
    /// Set for a sentence written all in lower case ("iranian foreign minister ali akbar velayati"):
    /// country words and names are then matched without their capitals.
    var lowered = false

    init(knowledge: Knowledge, tokens: [Token]) {
        self.knowledge = knowledge
        self.tokens = tokens
        titleCache = PhraseCache(knowledge.titles, tokens: tokens)
        gazetteerCache = PhraseCache(knowledge.gazetteer, tokens: tokens)
    }

    static let placePrepositions: Set<String> = [
        "in", "at", "from", "to", "into", "near", "outside", "across",
        "throughout", "around", "via", "inside", "toward", "towards",
    ]
    static let nameParticles: Set<String> = [
        "de", "da", "van", "von", "bin", "al", "la", "le", "del", "di", "ibn",
        "der", "den", "du", "dos", "el",
    ]
    static let modifierWords: Set<String> = [
        "former", "then", "acting", "outgoing", "incoming", "top", "senior",
        "interim", "new", "late", "current", "chief", "deputy", "vice",
    ]
    /// Lower-case words naming a field before an office: "peace envoy", "central bank governor".
    static let topicWords: Set<String> = [
        "peace", "trade", "special", "nuclear", "arms", "climate", "security", "central",
        "bank", "economy", "economic", "finance", "energy", "oil", "policy", "affairs",
        "border", "human", "rights", "foreign", "defence", "defense", "health",
        "agriculture", "interior", "justice", "education", "industry",
    ]
    static let pronouns: Set<String> = ["he", "she"]

    /// The mentions of one sentence, in order, none overlapping.
    func mentions(
        in sentence: Sentence, entities: inout EntityTable, places: inout [Place],
        defaultCountry: String?
    ) -> [Mention] {
        let allCaps = isShouting(sentence)
        var finder = self
        finder.lowered = isLowered(sentence)
        return finder.findMentions(
            in: sentence, allCaps: allCaps, entities: &entities, places: &places,
            defaultCountry: defaultCountry)
    }

    private func findMentions(
        in sentence: Sentence, allCaps: Bool, entities: inout EntityTable, places: inout [Place],
        defaultCountry: String?
    ) -> [Mention] {
        var mentions: [Mention] = []
        let end = sentence.range.upperBound
        var i = sentence.range.lowerBound
        // "BAHIA BLANCA, Argentina - Pope John Paul began": the dateline names a place, not an actor.
        if let datelineEnd = datelineEnd(sentence) {
            while i < datelineEnd {
                if let match = gazetteerCache.match(tokens, at: i, end: datelineEnd),
                    case let .country(code, form) = match.value
                {
                    let name =
                        form == .capital
                        ? knowledge.placeNames[text(i..<(i + match.length)).lowercased()]
                        : knowledge.countries[code]?.name
                    places.append(
                        Place(
                            range: i..<(i + match.length), name: name ?? text(i..<(i + match.length)),
                            country: code))
                    i += match.length
                } else {
                    i += 1
                }
            }
        }
        while i < end {
            let token = tokens[i]
            guard token.isWordLike else { i += 1; continue }
            if let mention = titledPerson(
                at: i, end: end, entities: &entities, allCaps: allCaps,
                defaultCountry: defaultCountry)
            {
                mentions.append(mention)
                i = mention.range.upperBound
                continue
            }
            if let mention = gazetteerMention(at: i, end: end, entities: &entities, places: &places, allCaps: allCaps) {
                mentions.append(mention)
                i = mention.range.upperBound
                continue
            }
            if let mention = person(
                at: i, end: end, sentenceStart: sentence.range.lowerBound, entities: &entities,
                allCaps: allCaps, defaultCountry: defaultCountry)
            {
                // "the Obama administration officials": the person's government, that is the country.
                let after = mention.range.upperBound
                if !mention.isPossessive, after < end, Self.governmentWords.contains(tokens[after].lower),
                    entities[mention.entity].kind == .person
                {
                    var upper = after + 1
                    if upper < end, knowledge.collectiveWords.match(tokens, at: upper, end: end)?.value == .collective {
                        upper += 1
                    }
                    // Without the person's country the government cannot be named, and the person did not act.
                    let country = entities[mention.entity].country.map { entities.country($0, alias: nil) }
                    mentions.append(
                        Mention(
                            range: mention.range.lowerBound..<upper, entity: country ?? mention.entity,
                            form: country == nil ? .demonym : .name, isPlace: false, isPossessive: false))
                    i = upper
                    continue
                }
                mentions.append(mention)
                i = mention.range.upperBound
                continue
            }
            if let mention = group(at: i, end: end, entities: &entities) {
                mentions.append(mention)
                i = mention.range.upperBound
                continue
            }
            if let mention = organizationReference(at: i, end: end, entities: entities) {
                mentions.append(mention)
                i = mention.range.upperBound
                continue
            }
            if Self.pronouns.contains(token.lower) {
                mentions.append(
                    Mention(range: i..<(i + 1), entity: -1, form: .pronoun, isPlace: false, isPossessive: false))
                i += 1
                continue
            }
            if token.isCapitalized, !allCaps, let place = unknownPlace(at: i, end: end) {
                places.append(place)
                i = place.range.upperBound
                continue
            }
            i += 1
        }
        return mentions
    }

    // MARK: Titled persons

    /// Country words before a title: "U.S.", "Chinese", "China's", "Soviet".
    private struct Modifiers {
        var country: String?
        var organization: Int?
        var end: Int
    }

    private func modifiers(at start: Int, end: Int, entities: inout EntityTable, allCaps: Bool) -> Modifiers {
        var result = Modifiers(country: nil, organization: nil, end: start)
        var i = start
        while i < end {
            if Self.modifierWords.contains(tokens[i].lower) || tokens[i].text == "-" && i > start {
                i += 1
                continue
            }
            // "US Middle East peace envoy", "Peruvian central bank president": a domain before the office.
            if titleCache.match(tokens, at: i, end: end) == nil,
                gazetteerCache.match(tokens, at: i, end: end) == nil,
                Self.topicWords.contains(tokens[i].lower)
                    || tokens[i].isCapitalized && tokens[i].shape == .word && !allCaps
                        && i + 1 < end
                        && (tokens[i + 1].isCapitalized || Self.topicWords.contains(tokens[i + 1].lower)
                            || titleCache.match(tokens, at: i + 1, end: end) != nil)
            {
                i += 1
                result.end = i
                continue
            }
            guard let match = gazetteerCache.match(tokens, at: i, end: end),
                tokens[i].isCapitalized || allCaps || lowered || match.value.isGenericBody
            else { break }
            switch match.value {
            case let .country(code, form) where form != .capital:
                result.country = code
                _ = entities.country(code, alias: text(i..<(i + match.length)), asActor: true)
            case let .organization(name, country, scope):
                // "Chinese foreign ministry spokesman Shen Guofang": the body is the person's, with the country before it.
                let bodyCountry = scope == .generic ? result.country : country
                result.organization = entities.organization(
                    name, country: bodyCountry, alias: text(i..<(i + match.length)),
                    namedAsWritten: scope != .generic)
                if let country { result.country = result.country ?? country }
            default:
                return result
            }
            i += match.length
            if i < end, tokens[i].lower == "'s" { i += 1 }
            result.end = i
        }
        return result
    }

    private func titledPerson(
        at start: Int, end: Int, entities: inout EntityTable, allCaps: Bool,
        defaultCountry: String?
    ) -> Mention? {
        // Cheap exits first: this runs at every token.
        var probe = start
        while probe < end, probe - start < 8 {
            if titleCache.match(tokens, at: probe, end: end) != nil { break }
            if let body = gazetteerCache.match(tokens, at: probe, end: end), body.value.isGenericBody {
                probe += body.length
                continue
            }
            guard
                tokens[probe].isCapitalized || Self.modifierWords.contains(tokens[probe].lower)
                    || Self.topicWords.contains(tokens[probe].lower)
                    || lowered && gazetteerCache.match(tokens, at: probe, end: end) != nil
                    || tokens[probe].lower == "'s" || tokens[probe].text == "-" || tokens[probe].lower == "the"
                    || tokens[probe].lower == "of"
            else { break }
            probe += 1
        }
        guard probe < end, titleCache.match(tokens, at: probe, end: end) != nil else { return nil }

        // Country and body words before a title name actors whether or not a person follows,
        // so they are registered as they are read.
        var cursor = start
        if tokens[cursor].lower == "the" { cursor += 1 }
        let mods = modifiers(at: cursor, end: end, entities: &entities, allCaps: allCaps)
        cursor = mods.end
        while cursor < end, Self.modifierWords.contains(tokens[cursor].lower) { cursor += 1 }
        guard let title = titleCache.match(tokens, at: cursor, end: end) else { return nil }
        var titleText = title.value.title
        var titleEnd = cursor + title.length
        // "Ambassador to China", "leader of the Palestine Liberation Organization".
        if titleEnd + 1 < end, tokens[titleEnd].lower == "to" || tokens[titleEnd].lower == "of",
            let place = gazetteerCache.match(tokens, at: titleEnd + 1, end: end),
            tokens[titleEnd + 1].isCapitalized
        {
            switch place.value {
            case let .country(code, _):
                _ = entities.country(code, alias: text((titleEnd + 1)..<(titleEnd + 1 + place.length)))
                titleText += " " + tokens[titleEnd].lower + " " + (knowledge.countries[code]?.name ?? code)
                titleEnd += 1 + place.length
            case let .organization(name, _, _):
                _ = entities.organization(
                    name, country: nil, alias: text((titleEnd + 1)..<(titleEnd + 1 + place.length)))
                titleText += " " + tokens[titleEnd].lower + " " + name
                titleEnd += 1 + place.length
            default: break
            }
        }
        let country = mods.country
        if titleEnd < end,
            let nameEnd = nameRun(at: titleEnd, end: end, allCaps: allCaps)
                ?? (lowered ? loweredNameRun(at: titleEnd, end: end) : nil), !allCaps || nameEnd > titleEnd
        {
            var name = personName(titleEnd..<nameEnd)
            if lowered, name.first?.isLowercase == true {
                name = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
                    separator: " ")
            }
            var personCountry = country
            var mentionEnd = nameEnd
            if personCountry == nil, let (code, length) = ofCountry(at: nameEnd, end: end) {
                personCountry = code
                _ = entities.country(code, alias: text((nameEnd + 1)..<(nameEnd + 1 + length)))
                mentionEnd = nameEnd + 1 + length
            }
            let index = entities.person(
                name, country: personCountry ?? defaultCountry, title: titleText,
                alias: text(start..<nameEnd))
            let possessive = mentionEnd < end && tokens[mentionEnd].lower == "'s"
            if possessive { mentionEnd += 1 }
            return Mention(
                range: start..<mentionEnd, entity: index, form: .name, isPlace: false, isPossessive: possessive)
        }
        // "the Palestinian leader, Mahmoud Abbas": the name follows in apposition.
        let determiner =
            start < cursor && tokens[start].lower == "the"
            || start > 0 && ["the", "his", "her", "their", "its"].contains(tokens[start - 1].lower)
        if determiner, titleEnd + 1 < end, tokens[titleEnd].text == ",",
            let nameEnd = nameRun(at: titleEnd + 1, end: end, allCaps: allCaps), !allCaps,
            nameEnd == end || [",", ".", "and", ";"].contains(tokens[nameEnd].lower) || tokens[nameEnd].lower == "'s"
        {
            let name = personName((titleEnd + 1)..<nameEnd)
            if name.contains(" ") || entities.person(bySurname: name) != nil {
                let index = entities.person(
                    name, country: mods.country ?? defaultCountry, title: titleText,
                    alias: name)
                return finish(start..<nameEnd, index, .name, isPlace: false, end: end)
            }
        }
        // A bare title standing for the person the article last gave it.
        let precededByThe =
            start < cursor && tokens[start].lower == "the"
            || start > 0 && ["the", "his", "her"].contains(tokens[start - 1].lower)
        if precededByThe,
            let holder = entities.holder(ofTitle: title.value.title, country: mods.country)
                ?? mods.country.flatMap({ entities.lastPerson(ofCountry: $0) })
        {
            return Mention(
                range: start..<titleEnd, entity: holder, form: .reference, isPlace: false, isPossessive: false)
        }
        return nil
    }

    // MARK: Gazetteer

    private func gazetteerMention(
        at i: Int, end: Int, entities: inout EntityTable, places: inout [Place],
        allCaps: Bool
    ) -> Mention? {
        guard let match = gazetteerCache.match(tokens, at: i, end: end),
            tokens[i].isCapitalized || allCaps || lowered || match.value.isGenericBody
        else {
            return nil
        }
        var matchEnd = i + match.length
        let surface = text(i..<matchEnd)
        let previous = i > 0 ? tokens[i - 1].lower : ""
        let afterPreposition = Self.placePrepositions.contains(previous)
        switch match.value {
        case let .country(code, form):
            // "Chinese Foreign Ministry", "Japan's Finance Ministry".
            var cursor = matchEnd
            if cursor < end, tokens[cursor].lower == "'s" { cursor += 1 }
            if cursor < end, tokens[cursor].isCapitalized,
                let next = gazetteerCache.match(tokens, at: cursor, end: end),
                case let .organization(name, _, .generic) = next.value
            {
                _ = entities.country(code, alias: surface)
                // Annotators name such a body as written: "Chinese Foreign Ministry".
                let index = entities.organization(
                    name, country: code, alias: text(i..<(cursor + next.length)),
                    namedAsWritten: true)
                return finish(i..<(cursor + next.length), index, .name, isPlace: false, end: end)
            }
            // "Chinese officials said": the country itself.
            if form != .capital, let collective = knowledge.collectiveWords.match(tokens, at: cursor, end: end),
                collective.value == .collective
            {
                let index = entities.country(code, alias: surface)
                return finish(i..<(cursor + collective.length), index, .name, isPlace: false, end: end)
            }
            // "Beijing radio said", "the Iraqi news agency": an outlet of the country, not the country.
            if let media = knowledge.collectiveWords.match(tokens, at: cursor, end: end), media.value == .media {
                _ = entities.country(code, alias: form == .capital ? nil : surface, asActor: form != .capital)
                var outletEnd = cursor + media.length
                while let more = knowledge.collectiveWords.match(tokens, at: outletEnd, end: end), more.value == .media
                {
                    outletEnd += more.length
                }
                return Mention(
                    range: i..<outletEnd, entity: entities.country(code, alias: nil, asActor: form != .capital),
                    form: .demonym, isPlace: true, isPossessive: false)
            }
            switch form {
            case .capital:
                // "visit Santiago", "arrived Tokyo": a destination is a place.
                let afterTravel = knowledge.travelWordEnds(at: i, in: tokens, from: 0)
                let isPlace = afterPreposition || previous == "of" || afterTravel
                let name = knowledge.placeNames[surface.lowercased()] ?? surface
                places.append(Place(range: i..<matchEnd, name: name, country: code))
                let index = entities.country(code, alias: isPlace ? nil : surface, asActor: !isPlace)
                return finish(i..<matchEnd, index, .capital, isPlace: isPlace, end: end)
            case .demonym:
                let index = entities.country(code, alias: surface)
                // A plural demonym is the people or state acting: "the Soviets agreed".
                let isPlural = surface.hasSuffix("s") && !surface.hasSuffix("ss")
                let nextIsVerb = matchEnd < end && knowledge.reportingCues.match(tokens, at: matchEnd, end: end) != nil
                return finish(i..<matchEnd, index, isPlural || nextIsVerb ? .name : .demonym, isPlace: false, end: end)
            case .name:
                let index = entities.country(code, alias: surface)
                if afterPreposition {
                    places.append(
                        Place(range: i..<matchEnd, name: knowledge.countries[code]?.name ?? surface, country: code))
                }
                return finish(i..<matchEnd, index, .name, isPlace: afterPreposition && previous != "to", end: end)
            }
        case let .organization(name, country, scope):
            if scope == .generic {
                // A generic body with no country word before it takes none; "a foreign ministry official" is the body.
                let index = entities.organization(name, country: nil, alias: surface)
                if let collective = knowledge.collectiveWords.match(tokens, at: matchEnd, end: end),
                    collective.value == .collective
                {
                    matchEnd += collective.length
                }
                return finish(i..<matchEnd, index, .name, isPlace: false, end: end)
            }
            let index = entities.organization(name, country: country, alias: surface, namedAsWritten: true)
            return finish(i..<matchEnd, index, .name, isPlace: false, end: end)
        case let .person(name, country, title):
            let index = entities.person(name, country: country, title: title, alias: surface)
            matchEnd = i + match.length
            return finish(i..<matchEnd, index, .name, isPlace: false, end: end)
        }
    }

    static let governmentWords: Set<String> = ["administration", "government", "cabinet", "camp"]

    private func finish(_ range: Range<Int>, _ entity: Int, _ form: Mention.Form, isPlace: Bool, end: Int) -> Mention {
        let possessive = range.upperBound < end && tokens[range.upperBound].lower == "'s"
        let upper = possessive ? range.upperBound + 1 : range.upperBound
        return Mention(
            range: range.lowerBound..<upper, entity: entity, form: form, isPlace: isPlace, isPossessive: possessive)
    }

    // MARK: Persons without a title

    private func person(
        at i: Int, end: Int, sentenceStart: Int, entities: inout EntityTable, allCaps: Bool,
        defaultCountry: String?
    ) -> Mention? {
        let token = tokens[i]
        guard token.isCapitalized, token.shape == .word else { return nil }
        // "Mr Straw", "Dr. Jones".
        if knowledge.honorifics.contains(token.lower) {
            var cursor = i + 1
            if cursor < end, tokens[cursor].text == "." { cursor += 1 }
            guard cursor < end, let nameEnd = nameRun(at: cursor, end: end, allCaps: allCaps) else { return nil }
            let name = personName(cursor..<nameEnd)
            let index = entities.person(name, country: nil, title: nil, alias: text(i..<nameEnd))
            return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
        }
        // "But Bush", "After Reagan": a word that opens sentences starts no name;
        // "the official paper El Peruano": a name after an outlet word is the outlet's.
        let afterOutletWord = i > 0 && knowledge.collectiveWords.match(tokens, at: i - 1, end: i)?.value == .media
        guard !knowledge.sentenceOpeners.contains(token.lower), !afterOutletWord,
            let nameEnd = nameRun(at: i, end: end, allCaps: allCaps)
        else { return nil }
        let words = (i..<nameEnd).filter { tokens[$0].shape == .word }
        // A single known surname or family name.
        if nameEnd - i == 1 {
            if let known = entities.person(bySurname: token.lower) {
                // "Qin" for Qin Gang: the family name written first is an alias too.
                entities[known].addAlias(String(token.text))
                return finish(i..<nameEnd, known, .reference, isPlace: false, end: end)
            }
            // "Clinton met", "Tamir said": a lone name acting as a subject is a person's surname.
            guard !allCaps, token.shape == .word, token.text.count > 2,
                knowledge.collectiveWords.match(tokens, at: i, end: nameEnd) == nil,
                titleCache.match(tokens, at: i, end: nameEnd) == nil,
                nameEnd < end, isActionWord(at: nameEnd, end: end)
            else { return nil }
            let index = entities.person(token.text.description, country: nil, title: nil, alias: nil)
            return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
        }
        if allCaps {
            // Headlines in capitals: only names the article states properly elsewhere.
            if let known = entities.person(bySurname: tokens[nameEnd - 1].lower) {
                return finish(i..<nameEnd, known, .reference, isPlace: false, end: end)
            }
            return nil
        }
        // A run ending in an organization word is a body, not a person: "Liberal Democratic Party";
        // one ending in a news word is an outlet, and no actor: "Jiji Press".
        if let head = knowledge.collectiveWords.match(tokens, at: nameEnd - 1, end: nameEnd) {
            switch head.value {
            case .head:
                let index = entities.organization(text(i..<nameEnd), country: nil, alias: nil)
                return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
            case .media:
                return nil
            default:
                break
            }
        }
        let isGiven = knowledge.givenNames.contains(token.lower)
        let lastIsKnownSurname =
            entities.person(bySurname: tokens[nameEnd - 1].lower) != nil
            || words.count <= 3 && i > sentenceStart && loneWords.contains(tokens[nameEnd - 1].lower)
        let appositiveTitle = appositive(after: nameEnd, end: end)
        let followedBySpeech =
            nameEnd < end && knowledge.reportingCues.match(tokens, at: nameEnd, end: end) != nil
            || words.count >= 2 && speaksAfterAppositive(nameEnd, end)
        guard isGiven || lastIsKnownSurname || appositiveTitle != nil || (followedBySpeech && words.count <= 3) else {
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
        if country == nil, let (code, length) = ofCountry(at: nameEnd, end: end) {
            country = code
            _ = entities.country(code, alias: text((nameEnd + 1)..<(nameEnd + 1 + length)))
            mentionEnd = nameEnd + 1 + length
        }
        let index = entities.person(
            personName(i..<nameEnd), country: country ?? (title != nil ? defaultCountry : nil),
            title: title, alias: nil)
        return finish(i..<mentionEnd, index, .name, isPlace: false, end: end)
    }

    /// "Eric Reeves, one of the leading voices on Sudan, said": a name, an appositive, a reporting verb.
    private func speaksAfterAppositive(_ nameEnd: Int, _ end: Int) -> Bool {
        guard nameEnd < end, tokens[nameEnd].text == "," else { return false }
        var cursor = nameEnd + 1
        while cursor + 1 < end, cursor - nameEnd <= 20 {
            if tokens[cursor].text == "," {
                return knowledge.reportingCues.match(tokens, at: cursor + 1, end: end)?.value.form == .verb
            }
            if SentenceContext.quotes.contains(tokens[cursor].text) { return false }
            cursor += 1
        }
        return false
    }

    /// "of Saudi Arabia" after a name: the person's country, and its length in tokens.
    private func ofCountry(at index: Int, end: Int) -> (String, Int)? {
        guard index + 1 < end, tokens[index].lower == "of", tokens[index + 1].isCapitalized,
            let match = gazetteerCache.match(tokens, at: index + 1, end: end),
            case let .country(code, .name) = match.value
        else { return nil }
        return (code, match.length)
    }

    /// ", the Soviet foreign minister" after a name.
    private func appositive(after nameEnd: Int, end: Int) -> (title: String, country: String?, countryText: String?)? {
        guard nameEnd + 1 < end, tokens[nameEnd].text == "," else { return nil }
        var cursor = nameEnd + 1
        if ["the", "a", "an"].contains(tokens[cursor].lower) { cursor += 1 }
        var country: String?
        var countryText: String?
        while cursor < end, Self.modifierWords.contains(tokens[cursor].lower) { cursor += 1 }
        if cursor < end, let match = gazetteerCache.match(tokens, at: cursor, end: end),
            case let .country(code, form) = match.value, form != .capital
        {
            country = code
            countryText = text(cursor..<(cursor + match.length))
            cursor += match.length
            if cursor < end, tokens[cursor].lower == "'s" { cursor += 1 }
        }
        while cursor < end, Self.modifierWords.contains(tokens[cursor].lower) { cursor += 1 }
        guard let title = titleCache.match(tokens, at: cursor, end: end) else { return nil }
        return (title.value.title, country, countryText)
    }

    /// The end of a run of name words starting at `start`: capitalized words, initials, particles,
    /// hyphenated parts ("Lee Teng-hui"); nil when there is none.
    func nameRun(at start: Int, end: Int, allCaps: Bool) -> Int? {
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
            } else if words > 0, token.text == "-", cursor + 1 < end, tokens[cursor + 1].isWordLike,
                tokens[cursor].start == tokens[cursor - 1].end, tokens[cursor + 1].start == token.end,
                !isGazetteerWord(cursor + 1, end),
                // "Lee Teng-hui", "Yoo Chong-Ha", "Jean-Claude"; but "the Burns-Qin meeting" is two names.
                !tokens[cursor + 1].isCapitalized || words >= 2 || knowledge.givenNames.contains(tokens[start].lower)
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
                guard token.shape == .word, token.isCapitalized, !token.isAllCaps, token.text.count > 2,
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
    private func isActionWord(at index: Int, end: Int) -> Bool {
        if let cue = knowledge.reportingCues.match(tokens, at: index, end: end), cue.value.form == .verb { return true }
        if let trigger = knowledge.meetingTriggers.match(tokens, at: index, end: end),
            trigger.value.form != .noun, tokens[index].lower.hasSuffix("ed") || tokens[index].lower == "met"
        {
            return true
        }
        return false
    }

    private func isCalendarWord(_ token: Token) -> Bool {
        knowledge.calendar[token.lower] != nil
    }

    /// A month or weekday name that is no part of a person's name: "Jan Kavan" and "Theresa May" are names,
    /// "May 5" and "in June" are dates.
    private func isDateWord(_ token: Token, at index: Int, inName: Bool, end: Int) -> Bool {
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

    private func isGazetteerWord(_ index: Int, _ end: Int) -> Bool {
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
    private func organizationReference(at i: Int, end: Int, entities: EntityTable) -> Mention? {
        guard tokens[i].lower == "the", i + 1 < end,
            let head = knowledge.collectiveWords.match(tokens, at: i + 1, end: end), head.value == .head,
            let index = entities.lastOrganization(endingWith: tokens[i + 1].lower)
        else { return nil }
        return finish(i..<(i + 2), index, .reference, isPlace: false, end: end)
    }

    // MARK: Groups and places

    /// "Central Asian leaders", "Arab foreign ministers": capitalized adjectives and a group word.
    private func group(at i: Int, end: Int, entities: inout EntityTable) -> Mention? {
        guard tokens[i].isCapitalized, !knowledge.sentenceOpeners.contains(tokens[i].lower) else { return nil }
        var cursor = i
        while cursor < end, cursor - i < 3, tokens[cursor].isCapitalized, tokens[cursor].shape == .word { cursor += 1 }
        guard cursor > i, cursor < end, let word = knowledge.collectiveWords.match(tokens, at: cursor, end: end),
            word.value == .group
        else { return nil }
        let name = text(i..<(cursor + word.length))
        let index = entities.group(name, country: nil)
        return finish(i..<(cursor + word.length), index, .name, isPlace: false, end: end)
    }

    /// "in Geneva": a capitalized word after a place preposition that names no actor.
    private func unknownPlace(at i: Int, end: Int) -> Place? {
        guard i > 0, ["in", "at"].contains(tokens[i - 1].lower), tokens[i].shape == .word,
            !isCalendarWord(tokens[i])
        else { return nil }
        var cursor = i
        while cursor < end, cursor - i < 3, tokens[cursor].isCapitalized, tokens[cursor].shape == .word,
            !isCalendarWord(tokens[cursor])
        { cursor += 1 }
        return Place(range: i..<cursor, name: text(i..<cursor), country: nil)
    }

    /// Where a wire dateline at the start of a sentence ends: a place in capitals, maybe a date or
    /// agency, then a dash ("TOKYO, April 27 -", "WASHINGTON (AP) --", "ROME -").
    private func datelineEnd(_ sentence: Sentence) -> Int? {
        let start = sentence.range.lowerBound
        guard tokens[start].isWordLike, tokens[start].isAllCaps, tokens[start].text.count > 2 else { return nil }
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

    /// A sentence written in lower case: country words appear without capitals.
    private func isLowered(_ sentence: Sentence) -> Bool {
        for index in sentence.range.dropFirst() {
            let token = tokens[index]
            guard token.shape == .word, token.text.count >= 5, token.text.first?.isLowercase == true,
                !Self.commonCountryWords.contains(token.lower),
                let match = gazetteerCache.match(tokens, at: index, end: index + 1),
                case let .country(_, form) = match.value, form != .capital
            else { continue }
            return true
        }
        return false
    }

    /// A name in lower case after a title: plain words up to punctuation or a function word.
    private func loweredNameRun(at start: Int, end: Int) -> Int? {
        var cursor = start
        while cursor < end, cursor - start < 4 {
            let token = tokens[cursor]
            guard token.shape == .word, !Self.nameStopWords.contains(token.lower),
                !token.lower.hasSuffix("ed"), !token.lower.hasSuffix("ing"), !token.lower.hasSuffix("ly"),
                knowledge.calendar[token.lower] == nil,
                gazetteerCache.match(tokens, at: cursor, end: end) == nil,
                titleCache.match(tokens, at: cursor, end: end) == nil
            else { break }
            cursor += 1
        }
        return cursor - start >= 2 ? cursor : nil
    }

    /// A sentence written in capitals, like a wire headline.
    private func isShouting(_ sentence: Sentence) -> Bool {
        var words = 0
        var caps = 0
        for index in sentence.range where tokens[index].shape == .word && tokens[index].text.count > 1 {
            words += 1
            if tokens[index].isAllCaps { caps += 1 }
        }
        return words >= 3 && caps * 10 >= words * 7
    }

    /// The words of `range` as written: spaces between words, none before "'s" or around hyphens.
    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            let token = tokens[index]
            let joins =
                result.isEmpty || token.lower == "'s" || token.text == "-"
                || index > range.lowerBound && tokens[index - 1].text == "-"
            result += joins ? String(token.text) : " " + token.text
        }
        return result
    }
}
