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
    let titleCache: PhraseCache<TitleEntry>
    let gazetteerCache: PhraseCache<GazetteerEntry>
    /// Capitalized words the article also uses alone mid-sentence ("Kohli"): a run ending in one
    /// ("Virat Kohli") is a person even without a title or a known given name.
    var loneWords: Set<String> = []
    /// Set for a sentence written all in lower case ("iranian foreign minister ali akbar velayati"):
    /// country words and names are then matched without their capitals.
    var lowered = false
    /// The current sentence's parts of speech: the evidence that a capitalized word is a name when nothing
    /// else (a title, a known given name or surname) says so.
    var tags: SentenceTags?

    init(knowledge: Knowledge, tokens: [Token], published: CalendarDate? = nil) {
        self.knowledge = knowledge
        self.tokens = tokens
        titleCache = PhraseCache(knowledge.titles, tokens: tokens)
        // "Moscow" in 1987 is the Soviet Union's capital: names are read as they stood when the article appeared.
        gazetteerCache = PhraseCache(knowledge.gazetteer, tokens: tokens) { entry, range in
            guard published != nil else { return entry }
            let phrase = range.map { tokens[$0].lower }.joined(separator: " ")
            guard let code = knowledge.formerCountry(of: phrase, published: published) else { return entry }
            switch entry {
            case let .country(_, form): return .country(code: code, form: form)
            case let .organization(name, _, scope): return .organization(name: name, country: code, scope: scope)
            case .person: return entry
            }
        }
    }

    static let placePrepositions: Set<String> = [
        "in", "at", "from", "to", "into", "near", "outside", "across",
        "throughout", "around", "via", "inside", "toward", "towards",
    ]
    static let nameParticles: Set<String> = [
        "de", "da", "van", "von", "bin", "al", "la", "le", "del", "di", "ibn",
        "der", "den", "du", "dos", "el",
    ]
    static let pronouns: WordSet = ["he", "she"]

    /// The mentions of one sentence, in order, none overlapping. Mutating, so that setting the sentence's
    /// `lowered` and `tags` copies no finder: a copy retains every table of the knowledge (2% of extraction).
    mutating func mentions(
        in sentence: Sentence, entities: inout EntityTable, places: inout [Place],
        defaultCountry: String?, tags: SentenceTags
    ) -> [Mention] {
        let allCaps = isShouting(sentence)
        lowered = isLowered(sentence)
        self.tags = tags
        return findMentions(
            in: sentence, allCaps: allCaps, entities: &entities, places: &places,
            defaultCountry: defaultCountry)
    }

    func findMentions(
        in sentence: Sentence, allCaps: Bool, entities: inout EntityTable, places: inout [Place],
        defaultCountry: String?
    ) -> [Mention] {
        var mentions: [Mention] = []
        let end = sentence.range.upperBound
        // "She flew in from Bahrain, where she held talks with King Hamad": people named after a place in
        // another country than the dateline's take no country from it ("Powell, back from Moscow, said"
        // keeps it).
        let elsewhere = placeElsewhere(sentence, than: defaultCountry) ?? end
        var i = datelinePlaces(sentence, into: &places)
        while i < end {
            let found = mentions.count
            i = readMention(
                at: i, end: end, sentenceStart: sentence.range.lowerBound, into: &mentions, entities: &entities,
                places: &places, allCaps: allCaps, defaultCountry: i < elsewhere ? defaultCountry : nil)
            if mentions.count > found, let last = mentions.last, last.form == .name, !last.isPlace,
                entities[last.entity].kind != .person
            {
                describesServant(before: last.range.lowerBound, of: last.entity, entities: &entities)
            }
            // "the Ogaden Liberation Front (OLF) leader": the brackets belong to the name's mention.
            if mentions.count > found, let last = mentions.last,
                let abbreviation = bracketedAbbreviation(after: last.range.upperBound, end: end)
            {
                entities.abbreviate(last.entity, as: abbreviation)
                i = last.range.upperBound + 3
                mentions[mentions.count - 1] = Mention(
                    range: last.range.lowerBound..<i, entity: last.entity, form: last.form, isPlace: last.isPlace,
                    isPossessive: last.isPossessive, unnamedOffice: last.unnamedOffice)
            }
        }
        return mentions
    }

    /// "BAHIA BLANCA, Argentina - Pope John Paul began": the dateline names a place, not an actor. Its places,
    /// and where the sentence's actors may begin.
    func datelinePlaces(_ sentence: Sentence, into places: inout [Place]) -> Int {
        var i = sentence.range.lowerBound
        guard let datelineEnd = datelineEnd(sentence) else { return i }
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
        return i
    }

    /// Reads the mention or place at `i`, if there is one, into `mentions` or `places`, trying the patterns in
    /// the order the type lists them; returns where reading goes on.
    func readMention(
        at i: Int, end: Int, sentenceStart: Int, into mentions: inout [Mention], entities: inout EntityTable,
        places: inout [Place], allCaps: Bool, defaultCountry: String?
    ) -> Int {
        let token = tokens[i]
        guard token.isWordLike else { return i + 1 }
        if let region = regionEnd(at: i, end: end) { return region }
        if let mention = titledPerson(
            at: i, end: end, entities: &entities, allCaps: allCaps, defaultCountry: defaultCountry)
            ?? bodyByName(at: i, end: end, entities: &entities, allCaps: allCaps)
            ?? gazetteerMention(
                at: i, end: end, entities: &entities, places: &places, allCaps: allCaps,
                defaultCountry: defaultCountry)
        {
            mentions.append(mention)
            return mention.range.upperBound
        }
        if let government = administration(
            at: i, end: end, after: mentions.last, entities: &entities, defaultCountry: defaultCountry)
        {
            // The person's name is part of the phrase that names the government.
            if government.range.lowerBound < i { mentions.removeLast() }
            mentions.append(government)
            return i + 2
        }
        if let mention = abbreviatedBody(at: i, end: end, entities: entities) {
            mentions.append(mention)
            return mention.range.upperBound
        }
        if let named = person(
            at: i, end: end, sentenceStart: sentenceStart, entities: &entities, allCaps: allCaps,
            defaultCountry: defaultCountry)
        {
            let mention = government(after: named, end: end, entities: &entities) ?? named
            mentions.append(mention)
            return mention.range.upperBound
        }
        if let mention = group(at: i, end: end, entities: &entities) {
            mentions.append(mention)
            return mention.range.upperBound
        }
        if let mention = organizationReference(at: i, end: end, entities: entities)
            ?? describedReference(at: i, end: end, entities: entities)
        {
            mentions.append(mention)
            return mention.range.upperBound
        }
        if let pronoun = pronounMention(at: i, end: end) {
            mentions.append(pronoun)
            return pronoun.range.upperBound
        }
        if token.isCapitalized, !allCaps, let place = unknownPlace(at: i, end: end) {
            places.append(place)
            return place.range.upperBound
        }
        return i + 1
    }

    /// "Administration officials said" under a Washington dateline: the dateline's government;
    /// "Obama administration officials": the government of the person named right before, whose mention it
    /// takes in.
    func administration(
        at i: Int, end: Int, after last: Mention?, entities: inout EntityTable, defaultCountry: String?
    ) -> Mention? {
        guard tokens[i].lower == "administration", i + 1 < end,
            knowledge.collectiveWords.match(tokens, at: i + 1, end: end)?.value == .collective
        else { return nil }
        let leader = last.flatMap { last -> String? in
            guard last.range.upperBound == i, entities[last.entity].kind == .person,
                !entities[last.entity].countryIsGuess
            else { return nil }
            return entities[last.entity].country
        }
        guard let country = leader ?? defaultCountry else { return nil }
        let index = entities.country(country, alias: nil)
        let start = leader != nil ? last!.range.lowerBound : i
        return finish(start..<(i + 2), index, .name, isPlace: false, end: end)
    }

    /// "the Obama administration officials": the person's government, that is the country.
    func government(after mention: Mention, end: Int, entities: inout EntityTable) -> Mention? {
        let after = mention.range.upperBound
        guard !mention.isPossessive, after < end, Self.governmentWords.contains(tokens[after].lower),
            entities[mention.entity].kind == .person
        else { return nil }
        var upper = after + 1
        if upper < end, knowledge.collectiveWords.match(tokens, at: upper, end: end)?.value == .collective {
            upper += 1
        }
        // Without the person's country the government cannot be named, and the person did not act.
        let country = entities[mention.entity].country.map { entities.country($0, alias: nil) }
        return Mention(
            range: mention.range.lowerBound..<upper, entity: country ?? mention.entity,
            form: country == nil ? .demonym : .name, isPlace: false, isPossessive: false)
    }

    /// Where the sentence first puts something in a country other than `country` ("from Bahrain", "in Tokyo").
    func placeElsewhere(_ sentence: Sentence, than country: String?) -> Int? {
        guard let country else { return nil }
        for index in sentence.range where index > sentence.range.lowerBound {
            // "from Bahrain", "in Tokyo", "visit Washington".
            guard
                Self.placePrepositions.contains(tokens[index - 1].lower)
                    || knowledge.travelWordEnds(at: index, in: tokens, from: sentence.range.lowerBound),
                let match = gazetteerCache.match(tokens, at: index, end: sentence.range.upperBound),
                case let .country(code, _) = match.value
            else { continue }
            if code != country { return index }
        }
        return nil
    }

    /// Words that may follow "with him" or "with her" when "her" is no possessive ("talks with her yesterday").
    static let afterObjectPronoun: Set<String> = [
        "yesterday", "today", "on", "in", "at", "for", "during", "last", "this", "earlier", "and", "about",
        "over", "since", "before", "after", "when", "while", "to",
    ]

    /// "talks with him", "met with her on Monday": a pronoun for the counterpart of a meeting.
    /// "It said", '"...," it added': a body or state speaking, named in the sentence before. Elsewhere in a
    /// sentence "it" is more often a thing the sentence names.
    func isSpeakingBody(at index: Int, end: Int) -> Bool {
        guard tokens[index].lower == "it", index + 1 < end,
            let cue = knowledge.reportingCues.match(tokens, at: index + 1, end: end), cue.value.form == .verb
        else { return false }
        if index == 0 || [".", "!", "?"].contains(tokens[index - 1].text) { return true }
        // '"...," it said.', '..., it added in a statement': the words before are what was said.
        let after = index + 1 + cue.length
        return [",", "\"", "\u{201D}"].contains(tokens[index - 1].text)
            && (after >= end || !tokens[after].isWordLike
                || ["in", "on", "late", "earlier"].contains(tokens[after].lower))
    }

    /// "South America", "Latin American": a region of two or three capitalized words, whose last word may name a
    /// state on its own ("America"); nil when none starts at `index`.
    func regionEnd(at index: Int, end: Int) -> Int? {
        guard tokens[index].isCapitalized else { return nil }
        for length in [3, 2] where index + length <= end {
            let range = index..<(index + length)
            if range.allSatisfy({ tokens[$0].isCapitalized }), knowledge.regions.contains(text(range).lowercased()) {
                return range.upperBound
            }
        }
        return nil
    }

    /// "he", "with him", "it said", and "her office said" (they speak for whom the pronoun stands): a pronoun
    /// whose person or body the extractor resolves.
    private func pronounMention(at i: Int, end: Int) -> Mention? {
        let length: Int
        if isSpokesOwner(at: i, end: end) {
            length = 2
        } else if Self.pronouns.contains(tokens[i]) || isObjectPronoun(at: i, end: end)
            || isSpeakingBody(at: i, end: end) || ownsASpeechNoun(at: i, end: end)
        {
            length = 1
        } else {
            return nil
        }
        return Mention(range: i..<(i + length), entity: -1, form: .pronoun, isPlace: false, isPossessive: false)
    }

    func isSpokesOwner(at index: Int, end: Int) -> Bool {
        guard ["his", "her"].contains(tokens[index].lower), index + 2 < end,
            knowledge.spokesNouns.contains(tokens[index + 1].lower)
        else { return false }
        return knowledge.reportingCues.match(tokens, at: index + 2, end: end)?.value.form == .verb
    }

    /// "his rejection of the offer", "her proposal": the owner of a noun of speech made it.
    private func ownsASpeechNoun(at index: Int, end: Int) -> Bool {
        guard ["his", "her"].contains(tokens[index].lower), index + 1 < end else { return false }
        return knowledge.reportingCues.match(tokens, at: index + 1, end: end)?.value.form == .noun
    }

    private func meetsOrHosts(at index: Int) -> Bool {
        guard let trigger = knowledge.meetingTriggers.match(tokens, at: index, end: index + 1) else { return false }
        return trigger.value.form == .verb || trigger.value.form == .host
    }

    func isObjectPronoun(at index: Int, end: Int) -> Bool {
        guard ["him", "her"].contains(tokens[index].lower), index > 0 else { return false }
        // "a visit which saw her meeting X": the one seen does what the participle tells.
        if knowledge.witnessVerbs.contains(tokens[index - 1].lower) {
            return index + 1 < end && tokens[index + 1].lower.hasSuffix("ing")
        }
        // "talks with him", "received her on Monday": after "with" or a verb of encounter.
        guard tokens[index - 1].lower == "with" || meetsOrHosts(at: index - 1) else { return false }
        return index + 1 >= end || !tokens[index + 1].isWordLike
            || Self.afterObjectPronoun.contains(tokens[index + 1].lower)
    }

    func finish(_ range: Range<Int>, _ entity: Int, _ form: Mention.Form, isPlace: Bool, end: Int) -> Mention {
        let possessive = range.upperBound < end && tokens[range.upperBound].lower == "'s"
        let upper = possessive ? range.upperBound + 1 : range.upperBound
        return Mention(
            range: range.lowerBound..<upper, entity: entity, form: form, isPlace: isPlace, isPossessive: possessive)
    }

    /// The words of `range` as written: spaces between words, none before "'s" or around hyphens.
    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            let token = tokens[index]
            // "Mr. Obama", not "Mr . Obama": a full stop leans on its word.
            let joins =
                result.isEmpty || token.lower == "'s" || token.lower == "'" || token.text == "-" || token.text == "."
                || index > range.lowerBound && tokens[index - 1].text == "-"
            result += joins ? String(token.text) : " " + token.text
        }
        return result
    }
}
