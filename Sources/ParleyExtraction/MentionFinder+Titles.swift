import ParleyModel

/// Persons named with their office: "U.S. Ambassador to China Nicholas Burns", "the foreign minister".
extension MentionFinder {
    // MARK: Titled persons

    /// Country words before a title: "U.S.", "Chinese", "China's", "Soviet".
    struct Modifiers {
        var country: String?
        var organization: Int?
        var end: Int
    }

    func modifiers(at start: Int, end: Int, entities: inout EntityTable, allCaps: Bool) -> Modifiers {
        var result = Modifiers(country: nil, organization: nil, end: start)
        var i = start
        while i < end {
            if knowledge.officeModifiers.contains(tokens[i]) || tokens[i].text == "-" && i > start {
                i += 1
                continue
            }
            if isAgeWord(at: i) {
                i += 1
                result.end = i
                continue
            }
            // "US Middle East peace envoy", "Peruvian central bank president": a domain before the office.
            if titleCache.match(tokens, at: i, end: end) == nil,
                gazetteerCache.match(tokens, at: i, end: end) == nil,
                knowledge.officeTopics.contains(tokens[i])
                    || tokens[i].isCapitalized && tokens[i].shape == .word && !allCaps
                        && i + 1 < end
                        && (tokens[i + 1].isCapitalized || knowledge.officeTopics.contains(tokens[i + 1])
                            || titleCache.match(tokens, at: i + 1, end: end) != nil)
            {
                i += 1
                result.end = i
                continue
            }
            guard var match = gazetteerCache.match(tokens, at: i, end: end),
                tokens[i].isCapitalized || allCaps || lowered || match.value.isGenericBody
            else { break }
            // "U.S. Treasury Secretary": the office takes its last word from the body ("Treasury Secretary").
            if match.length > 1, titleCache.match(tokens, at: i + match.length - 1, end: end) != nil {
                guard let shorter = gazetteerCache.match(tokens, at: i, end: i + match.length - 1) else { break }
                match = shorter
            }
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

    /// An office read before a possible name, with the country and body words before it: "U.S. Ambassador to
    /// China", "the Palestinian leader".
    struct Office {
        var modifiers: Modifiers
        /// Where the title itself begins, past the modifiers.
        var titleStart: Int
        /// The title as the knowledge lists it: "Ambassador".
        var title: String
        /// The office its holder takes as a role, with the state or body it serves ("Ambassador to China");
        /// nil for a relation title, which is no office.
        var office: String?
        var end: Int
        /// "Queen", "King": the holder's gender, where the title shows it.
        var gender: Gender? = nil
    }

    func titledPerson(
        at start: Int, end: Int, entities: inout EntityTable, allCaps: Bool,
        defaultCountry: String?
    ) -> Mention? {
        // Cheap exits first: this runs at every token.
        guard titleAhead(from: start, end: end),
            let office = readOffice(at: start, end: end, entities: &entities, allCaps: allCaps)
        else { return nil }
        let nameStart = self.nameStart(afterTitle: office.end, end: end)
        if let nameEnd = self.nameEnd(after: office, at: nameStart, end: end, allCaps: allCaps) {
            return holder(
                named: nameStart..<nameEnd, of: office, from: start, end: end, entities: &entities,
                defaultCountry: defaultCountry)
        }
        if let mention = holderInApposition(
            of: office, from: start, end: end, entities: &entities, allCaps: allCaps, defaultCountry: defaultCountry)
        {
            return mention
        }
        return unnamedHolder(of: office, from: start, end: end, entities: &entities)
    }

    /// Whether a title opens within eight words of `start`, past only the words that may stand before one.
    func titleAhead(from start: Int, end: Int) -> Bool {
        var probe = start
        while probe < end, probe - start < 8 {
            if titleCache.match(tokens, at: probe, end: end) != nil { break }
            if let body = gazetteerCache.match(tokens, at: probe, end: end), body.value.isGenericBody {
                probe += body.length
                continue
            }
            guard
                tokens[probe].isCapitalized || knowledge.officeModifiers.contains(tokens[probe])
                    || isAgeWord(at: probe)
                    || knowledge.officeTopics.contains(tokens[probe])
                    || lowered && gazetteerCache.match(tokens, at: probe, end: end) != nil
                    || tokens[probe].lower == "'s" || tokens[probe].text == "-" || tokens[probe].lower == "the"
                    || tokens[probe].lower == "of"
            else { break }
            probe += 1
        }
        return probe < end && titleCache.match(tokens, at: probe, end: end) != nil
    }

    /// The office that opens at `start`, or nil when no title follows its modifiers.
    func readOffice(at start: Int, end: Int, entities: inout EntityTable, allCaps: Bool) -> Office? {
        // Country and body words before a title name actors whether or not a person follows,
        // so they are registered as they are read.
        var cursor = start
        if tokens[cursor].lower == "the" { cursor += 1 }
        var mods = modifiers(at: cursor, end: end, entities: &entities, allCaps: allCaps)
        cursor = titleStart(at: mods.end, end: end)
        guard let title = titleCache.match(tokens, at: cursor, end: end) else { return nil }
        var titleText = title.value.title
        var titleEnd = cursor + title.length
        if let served = placeServed(after: titleEnd, end: end, entities: &entities) {
            // "the president of Mexico" serves Mexico as "the Mexican president" does; an ambassador to China
            // serves another state.
            // ", the foreign minister of Poland," after a name is that person's description, not a holder to find.
            let apposition = start > 0 && tokens[start - 1].text == ","
            if tokens[titleEnd].lower == "of", mods.country == nil, mods.organization == nil, !apposition,
                served.end >= end || tokens[served.end].lower != "'s"
            {
                mods.country = served.country
            }
            titleText += " " + served.words
            titleEnd = served.end
        } else if let field = fieldServed(after: titleEnd, end: end) {
            titleText += " " + field.words
            titleEnd = field.end
        }
        let office = knowledge.relationTitles.contains(title.value.title) ? nil : titleText
        return Office(
            modifiers: mods, titleStart: cursor, title: title.value.title, office: office, end: titleEnd,
            gender: title.value.gender)
    }

    /// Where the title begins after the modifiers: "Chief of the General Staff" is an office of its own;
    /// "former chief negotiator" has a modifier.
    func titleStart(at cursor: Int, end: Int) -> Int {
        var skipped = cursor
        while skipped < end, knowledge.officeModifiers.contains(tokens[skipped]) { skipped += 1 }
        let directEnd = titleCache.match(tokens, at: cursor, end: end).map { cursor + $0.length }
        let skippedEnd = titleCache.match(tokens, at: skipped, end: end).map { skipped + $0.length }
        let officeAtCursor = directEnd.map { $0 >= (skippedEnd ?? $0) } ?? false
        return officeAtCursor ? cursor : skipped
    }

    /// The state or body an office serves, right after its title: "Ambassador to China", "leader of the
    /// Palestine Liberation Organization"; the words to add to the office and where they end.
    func placeServed(after titleEnd: Int, end: Int, entities: inout EntityTable)
        -> (words: String, end: Int, country: String?)?
    {
        // "ambassador to the UN": an organization may take its article.
        let placeStart = titleEnd + 2 < end && tokens[titleEnd + 1].lower == "the" ? titleEnd + 2 : titleEnd + 1
        guard placeStart < end, tokens[titleEnd].lower == "to" || tokens[titleEnd].lower == "of",
            let place = gazetteerCache.match(tokens, at: placeStart, end: end),
            tokens[placeStart].isCapitalized
        else { return nil }
        switch place.value {
        case let .country(code, form) where placeStart == titleEnd + 1:
            _ = entities.country(code, alias: text(placeStart..<(placeStart + place.length)))
            // "the spokesman of Slovak President X" serves the president, not the state the demonym names.
            return (
                tokens[titleEnd].lower + " " + (knowledge.countries[code]?.name ?? code), placeStart + place.length,
                form == .name ? code : nil
            )
        case let .organization(name, _, _):
            _ = entities.organization(name, country: nil, alias: text(placeStart..<(placeStart + place.length)))
            return (tokens[titleEnd].lower + " " + name, placeStart + place.length, nil)
        default: return nil
        }
    }

    /// "Minister for Foreign Trade", "Minister of Trade and Economic Development": the field an office serves,
    /// in words of offices that are nobody's names.
    func fieldServed(after titleEnd: Int, end: Int) -> (words: String, end: Int)? {
        guard titleEnd + 1 < end, ["for", "of"].contains(tokens[titleEnd].lower) else { return nil }
        var cursor = titleEnd + 1
        while cursor < end {
            if tokens[cursor].isCapitalized, knowledge.isOfficeWord(tokens[cursor].lower) {
                cursor += 1
            } else if cursor > titleEnd + 1, ["and", "&"].contains(tokens[cursor].lower), cursor + 1 < end,
                tokens[cursor + 1].isCapitalized, knowledge.isOfficeWord(tokens[cursor + 1].lower)
            {
                cursor += 1
            } else {
                break
            }
        }
        guard cursor > titleEnd + 1 else { return nil }
        return (text(titleEnd..<cursor), cursor)
    }

    /// Where the name after a title begins: "President Professor Karim Uddin", "Prime Minister Dr. Mahathir",
    /// "Chief of Staff Lieutenant Dan Halutz": an honorific or a rank after the title is no part of the name.
    func nameStart(afterTitle titleEnd: Int, end: Int) -> Int {
        var nameStart = titleEnd
        while nameStart + 1 < end, tokens[nameStart + 1].isCapitalized || tokens[nameStart + 1].text == ".",
            knowledge.honorifics.contains(tokens[nameStart].lower)
                || tokens[nameStart].isCapitalized && knowledge.ranks.contains(tokens[nameStart].lower)
        {
            nameStart += 1
            if nameStart + 1 < end, tokens[nameStart].text == "." { nameStart += 1 }
        }
        return nameStart
    }

    /// The end of a name standing right after the office, in capitals or, in a sentence written in lower case,
    /// of plain words (a royal title needs only one).
    func nameEnd(after office: Office, at nameStart: Int, end: Int, allCaps: Bool) -> Int? {
        guard nameStart < end,
            let nameEnd = nameRun(at: nameStart, end: end, allCaps: allCaps)
                ?? (lowered
                    ? loweredNameRun(
                        at: nameStart, end: end,
                        minimumLength: knowledge.royalTitles.contains(office.title) ? 1 : 2) : nil),
            !allCaps || nameEnd > nameStart
        else { return nil }
        return nameEnd
    }

    /// "U.S. Ambassador to China Nicholas Burns": the person the office names, with "of Russia" after the name
    /// when no country came before the title.
    func holder(
        named name: Range<Int>, of office: Office, from start: Int, end: Int, entities: inout EntityTable,
        defaultCountry: String?
    ) -> Mention? {
        // "General Motors Corp": a company, not a general; "the General Office of the State Council", "the
        // Secretariat Committee": a body whose name opens with a title's word.
        if endsCompanyName(name, end: end)
            || knowledge.collectiveWords.match(tokens, at: name.upperBound - 1, end: name.upperBound) != nil
        {
            return nil
        }
        var written = personName(name)
        if lowered, written.first?.isLowercase == true {
            written = written.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
                separator: " ")
        }
        var personCountry = office.modifiers.country
        var mentionEnd = name.upperBound
        if personCountry == nil, let named = ofCountry(after: name.upperBound, end: end, entities: &entities) {
            personCountry = named.code
            mentionEnd = named.end
        }
        let index = entities.person(
            written, country: personCountry, guessedCountry: defaultCountry, title: office.office,
            alias: text(start..<name.upperBound))
        entities.noteGender(office.gender, of: index)
        let possessive = mentionEnd < end && tokens[mentionEnd].lower == "'s"
        if possessive { mentionEnd += 1 }
        return Mention(
            range: start..<mentionEnd, entity: index, form: .name, isPlace: false, isPossessive: possessive)
    }

    /// "the Palestinian leader, Mahmoud Abbas": the name follows in apposition.
    func holderInApposition(
        of office: Office, from start: Int, end: Int, entities: inout EntityTable, allCaps: Bool,
        defaultCountry: String?
    ) -> Mention? {
        let cursor = office.titleStart
        // "the Palestinian leader, X", "Syria's ambassador to the UN, X": a determiner or a possessive.
        let determiner =
            start < cursor && tokens[start].lower == "the"
            || start > 0 && ["the", "a", "an", "his", "her", "their", "its", "'s"].contains(tokens[start - 1].lower)
            || (start..<cursor).contains { tokens[$0].lower == "'s" }
        // "the governor of the bank of Chile, Rosa Vidal Soto": a short "of" phrase may come first.
        guard determiner, let comma = appositionComma(after: office.end, end: end), comma + 1 < end,
            let nameEnd = nameRun(at: comma + 1, end: end, allCaps: allCaps), !allCaps,
            nameEnd == end || [",", ".", "and", ";"].contains(tokens[nameEnd].lower) || tokens[nameEnd].lower == "'s"
        else { return nil }
        let name = personName((comma + 1)..<nameEnd)
        guard name.contains(" ") || entities.person(bySurname: name) != nil else { return nil }
        // "the representative in Cyprus" serves there, and is of no state it tells.
        let named = countries(in: office.end..<comma, entities: &entities).first
        let ofCountry = tokens[office.end].lower == "in" ? nil : named
        let index = entities.person(
            name, country: office.modifiers.country ?? ofCountry, guessedCountry: defaultCountry,
            title: office.office, alias: name)
        return finish(start..<nameEnd, index, .name, isPlace: false, end: end)
    }

    /// A word of an age before an office: "the 66-year-old diplomat".
    func isAgeWord(at index: Int) -> Bool {
        if tokens[index].shape == .number { return index + 1 < tokens.count && tokens[index + 1].text == "-" }
        return ["year", "old"].contains(tokens[index].lower) && index > 0 && tokens[index - 1].text == "-"
    }

    /// Offices that any head of a state's side may be called by: "the Saudi leader", "the Israeli premier".
    static let genericOffices: Set<String> = [
        "leader", "monarch", "ruler", "head of state", "premier", "chief", "diplomat", "statesman",
    ]

    /// The comma before a name in apposition to a title: right after it, or after a short "of" or "for" phrase
    /// without a name of its own ("the president of the bank of Mexico, ...").
    func appositionComma(after titleEnd: Int, end: Int) -> Int? {
        guard titleEnd < end else { return nil }
        if tokens[titleEnd].text == "," { return titleEnd }
        // "the US special envoy for Iran, Robert Calloway", "the UN's representative in Cyprus, Ana Ruiz".
        guard ["of", "for", "in"].contains(tokens[titleEnd].lower) else { return nil }
        var cursor = titleEnd + 1
        while cursor < end, cursor - titleEnd <= 6 {
            if tokens[cursor].text == "," { return cursor }
            guard tokens[cursor].isWordLike, titleCache.match(tokens, at: cursor, end: end) == nil else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The countries a span names, registered as actors as they are read.
    func countries(in range: Range<Int>, entities: inout EntityTable) -> [String] {
        var found: [String] = []
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            if let match = gazetteerCache.match(tokens, at: cursor, end: range.upperBound),
                case let .country(code, form) = match.value, form != .capital
            {
                _ = entities.country(code, alias: text(cursor..<(cursor + match.length)), asActor: true)
                found.append(code)
                cursor += match.length
            } else {
                cursor += 1
            }
        }
        return found
    }

    /// Whether a capitalized run is, or runs into, a company's name: "Toyota Motor Corp", "Pennzoil Co".
    func endsCompanyName(_ run: Range<Int>, end: Int) -> Bool {
        guard let last = run.last else { return false }
        // Capitalized and standing alone: "Pennzoil Co", not "co-sponsored".
        let isCompanyWord = { (index: Int) in
            index < end && tokens[index].isCapitalized
                && !(index + 1 < end && tokens[index + 1].text == "-" && tokens[index + 1].start == tokens[index].end)
                && knowledge.collectiveWords.match(tokens, at: index, end: index + 1)?.value == .company
        }
        return isCompanyWord(last) || isCompanyWord(run.upperBound)
    }
}
