import ParleyModel

/// The frame of a journey: "X visited Y", "X's trip to Beijing", "X will travel to Y", "the visit by X to Y".
extension MeetingFinder {
    static let invitationWords: Set<String> = ["invitation", "invitations", "invite"]

    /// The traveller, the destination and, when the sentence names one, someone the traveller dealt with
    /// there; nil when the words tell an invitation, not a journey.
    func travelReading(
        kind: MeetingKind, isTripNoun: Bool, at triggerRange: Range<Int>, inheritedSubject: [Int]?,
        otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> MeetingReading? {
        guard
            let traveller = traveller(
                isTripNoun: isTripNoun, at: triggerRange, inheritedSubject: inheritedSubject,
                otherTriggers: otherTriggers, context)
        else { return nil }
        if isBareArrival(triggerRange, context),
            traveller.subject.count != 1 || entities[traveller.subject[0]].kind != .person
                || context.tokens[triggerRange.upperBound].lower == "back"
        {
            // "Aid from Kuwait arriving", "arrived back in Britain": no one's visit.
            return nil
        }
        var reading = MeetingReading(kind: kind)
        reading.subject = traveller.subject
        reading.counterpart = traveller.counterpart
        reading.participants += reading.subject
        reading.visitor = reading.subject.first
        readDestination(
            into: &reading, from: traveller.destinationFrom, isTripNoun: isTripNoun, at: triggerRange, context)
        // "came to an agreement", "went to the polls": a verb of going whose "to" names no place went nowhere.
        if reading.hostCountry == nil, reading.location == nil, reading.counterpart == nil,
            context.tokens[triggerRange.upperBound - 1].lower == "to"
        {
            return nil
        }
        // The person is one of the hosts, or at least not one of the visitor's own people.
        if let person = reading.counterpart, let visitor = reading.visitor,
            entities[person].country == reading.hostCountry || entities[person].country == nil
                || entities[person].country != entities[visitor].country
        {
            reading.participants = [visitor, person]
            reading.kind = .meeting
            reading.location = reading.location ?? reading.hostCountry.flatMap { context.knowledge.countries[$0]?.name }
        } else if let host = inviter(of: reading, context) {
            // "arrived for a visit to China at the invitation of his counterpart Cao": the visit's host is named.
            reading.participants.append(host)
        } else if let hostCountry = reading.hostCountry, let index = entities.countryIndex(hostCountry) {
            reading.participants.append(index)
        }
        return reading
    }

    /// "at the invitation of Chinese President Hu", "on an invitation from Ruiz": the person who invited the
    /// visitor, one of the host country's people or of no known state.
    private func inviter(of reading: MeetingReading, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let range = context.sentence.range
        guard let visitor = reading.visitor,
            let link = (range.lowerBound..<(range.upperBound - 1)).first(where: { index in
                Self.invitationWords.contains(tokens[index].lower) && ["of", "from"].contains(tokens[index + 1].lower)
            }),
            let named = context.mentionAfter(link + 2, maxGap: 3)
        else { return nil }
        let host = context.mentions[named].entity
        guard host != visitor, entities[host].kind == .person,
            entities[host].country == nil || entities[host].country == reading.hostCountry
        else { return nil }
        return host
    }

    /// Who travels, the word the destination may start from, and someone told during the visit; nil
    /// when the words tell an invitation.
    private func traveller(
        isTripNoun: Bool, at triggerRange: Range<Int>, inheritedSubject: [Int]?, otherTriggers: [Range<Int>],
        _ context: SentenceContext
    ) -> (subject: [Int], destinationFrom: Int, counterpart: Int?)? {
        let tokens = context.tokens
        var subject: [Int] = []
        var counterpart: Int?
        // "the visit by Nakasone to Washington", "the visit of President Putin to Jordan": the traveller
        // follows "by" or, a person, "of"; the destination after them.
        var destinationFrom = triggerRange.upperBound
        let linkWord =
            triggerRange.upperBound + 1 < context.sentence.range.upperBound
            ? tokens[triggerRange.upperBound].lower : ""
        let travellerAfter =
            isTripNoun && ["by", "of"].contains(linkWord)
            ? context.mentionAfter(triggerRange.upperBound + 1, maxGap: 0).flatMap { index in
                linkWord == "by" || entities[context.mentions[index].entity].kind == .person ? index : nil
            } : nil
        // "a planned visit to Hanoi by Chinese Premier Li Peng": the traveller after the destination.
        let travellerAfterDestination =
            isTripNoun && travellerAfter == nil
            ? (triggerRange.upperBound..<min(context.sentence.range.upperBound, triggerRange.upperBound + 8))
                .first(where: { tokens[$0].lower == "by" && tokens[$0 - 1].lower != "followed" })
                .flatMap { context.mentionAfter($0 + 1, maxGap: 0) } : nil
        if let travellerAfter, entities[context.mentions[travellerAfter].entity].kind != .country {
            subject = [context.mentions[travellerAfter].entity]
            destinationFrom = context.mentions[travellerAfter].range.upperBound
        } else if let traveller = travellerAfterDestination,
            entities[context.mentions[traveller].entity].kind == .person
        {
            subject = [context.mentions[traveller].entity]
        } else if let inheritedSubject {
            subject = inheritedSubject
        } else if isTripNoun, let lastTraveller, continuesATrip(triggerRange, context) {
            // "the minister's tour, to be followed on Friday by a visit to Bolivia": the same traveller.
            subject = [lastTraveller]
        } else if let relative = relativeSubject(before: triggerRange.lowerBound, context) {
            subject = [context.mentions[relative].entity]
        } else if !isTripNoun, let across = context.subjectAcrossInsertion(before: triggerRange.lowerBound),
            entities[context.mentions[across].entity].kind == .person,
            context.mentionBefore(triggerRange.lowerBound, maxGap: 7).map({ entities[context.mentions[$0].entity].kind }
            )
                != .person
        {
            // "Ghanem, secretary of the committee of Libya, arrived": the person the insertion describes; "Egypt's
            // spy chief, Gen. Hady, is to travel" names its traveller in the insertion itself.
            subject = entitiesOf(context.coordinated(from: across, leftward: true), context)
        } else if let left = context.mentionBefore(triggerRange.lowerBound, maxGap: 7) {
            guard
                let named = travellerNamed(
                    before: triggerRange, mention: left, isTripNoun: isTripNoun, otherTriggers: otherTriggers,
                    context)
            else { return nil }
            subject = named.subject
            counterpart = named.counterpart
        }
        if subject.isEmpty, isTripNoun, let owner = tripOwnerInPhrase(triggerRange, context) { subject = [owner] }
        return (subject, destinationFrom, counterpart)
    }

    /// "Smit returned on Thursday from a five-day visit to Seoul": the trip of the clause's subject. "During his
    /// visit to China, Abe said", "Recalling her trip to Peru, Ruiz said": a fronted phrase's owner is the main
    /// clause's subject.
    private func tripOwnerInPhrase(_ triggerRange: Range<Int>, _ context: SentenceContext) -> Int? {
        if let phrase = context.prepositionOpening(phraseOf: triggerRange.lowerBound),
            let index = context.subjectOfClause(holdingPhraseAt: phrase)
        {
            return context.mentions[index].entity
        }
        guard ownedByPronoun(triggerRange.lowerBound, context), let fronted = unsaidSubject(of: triggerRange, context)
        else { return nil }
        return context.mentions[fronted].entity
    }

    /// "his visit", "her first official trip", "his first ever visit": a possessive pronoun opens the trip noun's
    /// phrase.
    private func ownedByPronoun(_ noun: Int, _ context: SentenceContext) -> Bool {
        var cursor = noun - 1
        while cursor > context.sentence.range.lowerBound, noun - cursor <= 4,
            context.isNounModifier(at: cursor) || context.tags[cursor] == .adverb
                || Self.determiners.contains(context.tokens[cursor].lower)
                    && context.tags[cursor] != .possessivePronoun
        {
            cursor -= 1
        }
        return cursor >= context.sentence.range.lowerBound && ["his", "her"].contains(context.tokens[cursor].lower)
    }

    /// The traveller named by the mention `left` before the trip word, and someone the traveller told
    /// there; an empty subject when the mention is not the traveller, nil when it invites.
    private func travellerNamed(
        before triggerRange: Range<Int>, mention left: Int, isTripNoun: Bool, otherTriggers: [Range<Int>],
        _ context: SentenceContext
    ) -> (subject: [Int], counterpart: Int?)? {
        let tokens = context.tokens
        var subject: [Int] = []
        var counterpart: Int?
        let mention = context.mentions[left]
        let gap = (mention.range.upperBound..<triggerRange.lowerBound).map { tokens[$0].lower }
        let lead =
            (max(context.sentence.range.lowerBound, mention.range.lowerBound - 2)..<mention.range.lowerBound)
            .map { tokens[$0].lower }
        // "an invitation by Netanyahu to visit Israel", "Netanyahu's invitation to visit": the one who
        // invites does not travel, and the guest is not named here.
        if gap.contains(where: Self.invitationWords.contains)
            || lead.count == 2 && Self.invitationWords.contains(lead[0]) && ["by", "from"].contains(lead[1])
        {
            return nil
        }
        // A trip noun needs its traveller: "Blinken's trip", "X paid a visit", "X, on a visit";
        // "told Y during a visit" and "his visit" travel with the sentence's subject.
        if isTripNoun, gap.contains("latter") {
            // "Abdullah hosted Olmert during the latter's visit": the last person named.
            subject = [mention.entity]
        } else if isTripNoun, gap.contains("during") || gap.last == "his" || gap.last == "her",
            !gap.contains("'s"), let first = sentenceSubject(before: triggerRange.lowerBound, context)
        {
            subject = [context.mentions[first].entity]
            // "Gingrich told President Jiang during a visit to China": the person told is met there.
            // A meeting word between them ("will meet Queen X during the visit") already tells the encounter.
            let saidFrom = context.mentions[first].range.upperBound
            let told = saidFrom..<max(saidFrom, mention.range.lowerBound)
            if gap.contains("during"), left != first, entities[mention.entity].kind == .person,
                mention.entity != subject[0], !mention.isPossessive,
                !otherTriggers.contains(where: { told.contains($0.lowerBound) })
            {
                counterpart = mention.entity
            }
        } else if !isTripNoun || mention.isPossessive || gap.contains(where: Self.visitVerbsBeforeNoun.contains) {
            subject = entitiesOf(context.coordinated(from: left, leftward: true), context)
        }
        return (subject, counterpart)
    }

    /// The destination: a place or country after the trigger ("to Beijing", "visited China"), or "here".
    private func readDestination(
        into reading: inout MeetingReading, from destinationFrom: Int, isTripNoun: Bool, at triggerRange: Range<Int>,
        _ context: SentenceContext
    ) {
        let windowEnd = min(context.sentence.range.upperBound, destinationFrom + 4)
        if isHere(around: triggerRange, context), let dateline = context.dateline,
            let country = context.datelineCountry
        {
            // "Soto, here on a three-day visit": here is the dateline's city.
            reading.location = dateline
            reading.hostCountry = country
            if isTripNoun, reading.counterpart == nil {
                reading.counterpart = toldAfterApposition(triggerRange, context)
            }
        } else if let described = describedPlace(from: destinationFrom, context) {
            reading.location = described.location
            reading.hostCountry = described.country
        } else if let state = describedState(
            from: destinationFrom, visitor: reading.visitor,
            arriving: context.knowledge.arrivalVerbs.contains(context.tokens[triggerRange.lowerBound].lower), context)
        {
            reading.location = entities[state].name
            reading.hostCountry = entities[state].country
        } else if let place = context.places.first(where: {
            $0.range.lowerBound >= destinationFrom
                && $0.range.lowerBound < windowEnd
                && context.sameClause(destinationFrom..<$0.range.lowerBound)
                && !isOrigin($0.range.lowerBound, context)
        }) {
            reading.location = place.name
            reading.hostCountry = place.country
            // "visits to Germany and Britain": one visit to each.
            if let named = context.mentions.firstIndex(where: {
                $0.range == place.range && entities[$0.entity].kind == .country
            }) {
                reading.objects = countriesListed(from: named, context)
            }
        } else if let right = context.mentionAfter(destinationFrom, maxGap: 3, actorsOnly: false),
            context.mentions[right].form != .demonym,
            !isOrigin(context.mentions[right].range.lowerBound, context)
        {
            // "visit Russian gas giant Gazprom" goes to a company, not to Russia.
            let entity = entities[context.mentions[right].entity]
            // "visited Japan and South Korea": one visit to each; "visited the White House": its state.
            if entity.kind == .country {
                reading.hostCountry = entity.country
                reading.location = entity.name
                reading.objects = countriesListed(from: right, context)
            } else if entity.kind == .organization, let country = entity.country {
                reading.hostCountry = country
            }
        }
        if reading.hostCountry == nil, isTripNoun, let start = whereTheVisitorWas(before: triggerRange, context) {
            // "Ruiz was in Peru last week on a three-day visit", "was in the country on an official visit".
            if let place = context.places.first(where: { $0.range.lowerBound == start }) {
                reading.location = place.name
                reading.hostCountry = place.country
            } else if let state = describedState(from: start, visitor: reading.visitor, arriving: false, context) {
                reading.location = entities[state].name
                reading.hostCountry = entities[state].country
            }
        }
        if reading.hostCountry == nil, !isTripNoun, visitsWithoutObject(triggerRange, context) {
            // "King Faisal visited in 1967" in a London story: the country the story is told from.
            reading.hostCountry = context.datelineCountry
        } else if reading.hostCountry == nil, isBareArrival(triggerRange, context),
            let country = context.datelineCountry
        {
            // "LIMA - Ruiz arrived Thursday for talks": the journey ends where the story is told.
            reading.location = context.dateline
            reading.hostCountry = country
        }
    }

    /// "was in Peru last week on a visit": where the words after "in", right after a form of "be" in the trip noun's
    /// clause, start.
    private func whereTheVisitorWas(before trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let lower = max(context.sentence.range.lowerBound + 1, trigger.lowerBound - 10)
        guard lower < trigger.lowerBound,
            let preposition = (lower..<trigger.lowerBound).last(where: { context.tokens[$0].lower == "in" }),
            Self.passiveAuxiliaries.contains(context.tokens[preposition - 1].lower),
            context.sameClause(preposition..<trigger.lowerBound)
        else { return nil }
        return preposition + 1
    }

    /// "arrived from Santiago": a place after "from" is where the journey began.
    private func isOrigin(_ start: Int, _ context: SentenceContext) -> Bool {
        start > context.sentence.range.lowerBound && context.tokens[start - 1].lower == "from"
    }

    /// "arrived", with no "in" or "here" in the meeting word: a person's journey, ending where it is told
    /// unless a destination follows.
    private func isBareArrival(_ triggerRange: Range<Int>, _ context: SentenceContext) -> Bool {
        triggerRange.count == 1 && triggerRange.upperBound < context.sentence.range.upperBound
            && context.knowledge.arrivalVerbs.contains(context.tokens[triggerRange.lowerBound].lower)
    }

    /// "the northern Russian city of Kazan", "the Chinese capital": a place described by its state, right
    /// after the word a destination starts from; its name when the text gives one.
    private func describedPlace(from start: Int, _ context: SentenceContext) -> (location: String?, country: String)? {
        let tokens = context.tokens
        let end = context.sentence.range.upperBound
        guard
            let demonym = context.mentions.firstIndex(where: {
                $0.form == .demonym && $0.range.lowerBound >= start && $0.range.lowerBound - start <= 3
            }),
            (start..<context.mentions[demonym].range.lowerBound).allSatisfy({
                context.tags[$0] == .determiner || context.tags[$0] == .adjective
            }),
            // "the Sudanese border town": a noun may qualify the place noun.
            let noun = [0, 1].map({ context.mentions[demonym].range.upperBound + $0 }).first(where: {
                $0 < end && context.knowledge.placeNouns.contains(tokens[$0].lower)
            }),
            let code = entities[context.mentions[demonym].entity].country
        else { return nil }
        if tokens[noun].lower == "capital" {
            return (context.knowledge.countries[code]?.capital, code)
        }
        let name = context.places.first { $0.range.lowerBound == noun + 2 && tokens[noun + 1].lower == "of" }
        return (name?.name, code)
    }

    /// "visited Japan and South Korea", "visits to Germany and Britain": the countries listed from a mention
    /// on, when there are two or more (none otherwise).
    private func countriesListed(from mention: Int, _ context: SentenceContext) -> [Int] {
        let more = context.coordinated(from: mention, leftward: false).dropFirst()
            .filter { entities[context.mentions[$0].entity].kind == .country }
        guard !more.isEmpty else { return [] }
        return [context.mentions[mention].entity] + more.map { context.mentions[$0].entity }
    }
}
