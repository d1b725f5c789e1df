import ParleyModel

/// Turns an article into actors, meetings and statements: pure and deterministic.
///
/// ```swift
/// let extraction = Extractor().extract(article)
/// ```
public struct Extractor: Sendable {
    public let knowledge: Knowledge
    let splitter: SentenceSplitter

    public init(knowledge: Knowledge = .standard) {
        self.knowledge = knowledge
        splitter = SentenceSplitter(abbreviations: knowledge.abbreviations, sentenceOpeners: knowledge.sentenceOpeners)
    }

    /// The sentences of a text, as extraction sees them.
    public func sentences(of text: String) -> [Sentence] {
        splitter.split(text, tokens: Tokenizer.tokenize(text))
    }

    /// The actors, meetings and statements of one article, each meeting and statement with its sentence.
    public func extract(_ article: Article) -> Extraction {
        let tokens = Tokenizer.tokenize(article.text)
        let sentences = splitter.split(article.text, tokens: tokens)
        var entities = EntityTable(knowledge: knowledge)
        var mentionFinder = MentionFinder(knowledge: knowledge, tokens: tokens, published: article.published)
        mentionFinder.loneWords = MentionFinder.loneWords(tokens, sentences, knowledge)
        let timeFinder = TimeExpressionFinder(knowledge: knowledge, tokens: tokens)
        let datelineCity = self.datelineCity(tokens, sentences.first)
        let dateline = datelineCity.flatMap {
            knowledge.formerCountry(of: $0, published: article.published) ?? knowledge.capitals[$0.lowercased()]
        }

        var contexts: [SentenceContext] = []
        var unnamedOffices = UnnamedOffices()
        var lastPerson: (entity: Int, sentence: Int)?
        var insideQuote = false
        var paragraph = -1
        for sentence in sentences {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                insideQuote = false
            }
            let quoted = Self.quotedTokens(sentence.range, tokens, insideQuote: &insideQuote)
            var places: [Place] = []
            let tags = SentenceTags(sentence, tokens)
            let newFrom = entities.entities.count
            var mentions = mentionFinder.mentions(
                in: sentence, entities: &entities, places: &places,
                defaultCountry: dateline, tags: tags)
            // "he" and "she" stand for the person last named, in this sentence or the one before.
            var sentencePerson: Int?
            // The subject of the last reported clause before the pronoun: "Muraoka said Hashimoto would raise
            // it when he meets Hu" is Hashimoto's meeting.
            var lastSubject: Int?
            // "He praised X, with whom he will hold talks": a second "he" is the first one's person.
            var pronounPerson: Int?
            mentions = mentions.compactMap { mention in
                if mention.form == .pronoun {
                    // The person of the last few sentences; further back a pronoun is no safe reference.
                    let recent = lastPerson.flatMap { sentence.index - $0.sentence <= 4 ? $0.entity : nil }
                    // "Gorbachev held talks with her": an object is someone other than the clause's subject.
                    let isObject = ["him", "her"].contains(tokens[mention.range.lowerBound].lower)
                    guard
                        let person = isObject
                            ? recent ?? sentencePerson : lastSubject ?? pronounPerson ?? sentencePerson ?? recent
                    else {
                        return nil
                    }
                    if !isObject, pronounPerson == nil { pronounPerson = person }
                    return Mention(
                        range: mention.range, entity: person, form: .pronoun, isPlace: false,
                        isPossessive: false)
                }
                // The subject is the first person not introduced by a preposition ("Before meeting with Bush, the Crown Prince").
                let previous =
                    mention.range.lowerBound > sentence.range.lowerBound
                    ? tokens[mention.range.lowerBound - 1].lower : ""
                if entities[mention.entity].kind == .person, !Self.nonSubjectMarkers.contains(previous),
                    !quoted.contains(mention.range.lowerBound)
                {
                    if sentencePerson == nil { sentencePerson = mention.entity }
                    if !mention.isPossessive, opensReportedClause(mention.range.lowerBound, sentence, tokens) {
                        lastSubject = mention.entity
                    }
                }
                return mention
            }
            if let sentencePerson { lastPerson = (sentencePerson, sentence.index) }
            for named in unnamedOffices.resolve(
                mentions, sentenceIndex: sentence.index, newFrom: newFrom, entities: &entities)
            {
                contexts[named.context] = contexts[named.context].withMention(
                    at: named.mention, standingFor: named.person)
            }
            unnamedOffices.remember(
                mentions, sentenceIndex: sentence.index, context: contexts.count, entities: entities)
            contexts.append(
                SentenceContext(
                    sentence: sentence, tokens: tokens, mentions: mentions, places: places,
                    times: timeFinder.expressions(in: sentence.range),
                    published: article.published, knowledge: knowledge, quoted: quoted,
                    dateline: datelineCity, datelineCountry: dateline, tags: tags))
        }

        // Meetings and statements are read once every name of the article is known. The dateline's
        // state is among them, as the host of a visit "here".
        if let dateline { _ = entities.country(dateline, alias: nil, asActor: false) }
        var meetingFinder = MeetingFinder(entities: entities)
        let statementFinder = StatementFinder(entities: entities)
        var meetings: [MeetingCandidate] = []
        var statements: [StatementCandidate] = []
        var lastSpeaker: (entity: Int, sentence: Int)?
        /// The last state, body or group that spoke: whom "they said" continues.
        var lastBody: (entity: Int, sentence: Int)?
        var byParticipants: [[Int]: [Int]] = [:]
        for context in contexts {
            // "met a top aide to Zelenskiy": unnamed people of that person's state, once the article has given
            // it; "an aide to Chirac told reporters" still reports Chirac.
            for meeting in meetingFinder.meetings(in: context.withAidesAsTheirStates(entities)) {
                merge(meeting, into: &meetings, byParticipants: &byParticipants)
                meetingFinder.previousParticipants = meeting.participants
            }
            // Only the last few people can be "the two".
            for mention in context.mentions where mention.canAct && entities[mention.entity].kind == .person {
                meetingFinder.recentPeople.removeAll { $0 == mention.entity }
                meetingFinder.recentPeople.append(mention.entity)
                if meetingFinder.recentPeople.count > 4 { meetingFinder.recentPeople.removeFirst() }
            }
            // '"...," she said' right after a named speaker is that speaker again.
            let recent = lastSpeaker.flatMap { context.sentence.index - $0.sentence <= 2 ? $0.entity : nil }
            let body = lastBody.flatMap { context.sentence.index - $0.sentence <= 2 ? $0.entity : nil }
            let found = statementFinder.statements(
                in: context, recentSpeaker: recent, recentBody: body,
                recentPair: meetingFinder.previousParticipants)
            if let speaker = found.last(where: { entities[$0.speaker].kind != .country }) {
                lastSpeaker = (speaker.speaker, context.sentence.index)
            }
            if let speaker = found.last(where: { entities[$0.speaker].kind != .person }) {
                lastBody = (speaker.speaker, context.sentence.index)
            }
            statements += found
        }
        // A visitor to the dateline's country is not of it: the guess gives way.
        for meeting in meetings {
            guard let visitor = meeting.visitor, entities[visitor].countryIsGuess,
                entities[visitor].country == meeting.hostCountry
            else { continue }
            entities.forgetGuessedCountry(of: visitor)
        }
        meetings = withoutVisitsMetByHosts(meetings, entities)
        meetings = foldingCountryMeetingsIntoPeople(meetings, entities)
        meetings = withoutCountriesMetInPerson(meetings, entities)
        meetings = foldingPartsIntoWholeMeetings(meetings)
        return build(entities, meetings, statements)
    }

    /// The token indices between quotation marks; a quote left open runs on into the next sentence.
    static func quotedTokens(_ range: Range<Int>, _ tokens: [Token], insideQuote: inout Bool) -> Set<Int> {
        var quoted = Set<Int>()
        for index in range {
            // Every quotation mark is a punctuation token: words need no comparing.
            guard tokens[index].shape == .punctuation else {
                if insideQuote { quoted.insert(index) }
                continue
            }
            let text = tokens[index].text
            let next = index + 1 < range.upperBound ? tokens[index + 1].text : ""
            switch text {
            case "\u{201C}", "`": insideQuote = true
            case "\u{201D}": insideQuote = false
            case "\"":
                // A straight quote opens when it leans on the next word and closes when it leans on the last.
                let leansBack = index > range.lowerBound && tokens[index - 1].end == tokens[index].start
                let leansForward = index + 1 < range.upperBound && tokens[index + 1].start == tokens[index].end
                if leansForward && !leansBack {
                    insideQuote = true
                } else if leansBack && !leansForward {
                    insideQuote = false
                } else {
                    insideQuote.toggle()
                }
            // Wire copy closes ``quotes'' with two apostrophes.
            case "'" where next == "'" && insideQuote: insideQuote = false
            default: if insideQuote { quoted.insert(index) }
            }
        }
        return quoted
    }

    /// Whether a name at `position` opens a reported clause ("said Prime Minister Hashimoto would ...",
    /// "said that he"): the subject a later "he" in that clause stands for.
    private func opensReportedClause(_ position: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var cue = position - 1
        let afterThat = cue > sentence.range.lowerBound && tokens[cue].lower == "that"
        if afterThat { cue -= 1 }
        guard cue >= sentence.range.lowerBound else { return false }
        // "praised Sato", "accused Tokyo": a verb of judging takes its person as an object, not as a clause's subject.
        return knowledge.reportingCues.matches(tokens, at: cue, end: cue + 1).contains {
            $0.value.form == .verb && (afterThat || $0.value.act == .say)
        }
    }

    /// Words after which a name is an object, not the subject a later "he" stands for:
    /// prepositions, and verbs that take a person as object.
    static let nonSubjectMarkers: Set<String> = [
        "with", "to", "by", "on", "of", "for", "from", "after", "before",
        "about", "against", "between", "among", "than", "at", "told", "asked",
        "urged",
    ]

    /// One meeting per encounter: the same participants again add detail, not a meeting.
    private func merge(
        _ meeting: MeetingCandidate, into meetings: inout [MeetingCandidate],
        byParticipants: inout [[Int]: [Int]]
    ) {
        let key = Array(Set(meeting.participants)).sorted()
        // The same participants meeting again on another day, or a plan beside a past meeting, is another encounter.
        func compatible(_ other: MeetingCandidate) -> Bool {
            // "said at a news conference with Mr. Modi" dated only by the dateline is no other day.
            let differentDays =
                other.date != nil && meeting.date != nil && other.date != meeting.date && !other.dateIsInferred
                && !meeting.dateIsInferred
            // "talks with Chirac on the sidelines of a summit": the summit is an encounter of its own.
            let summitAndSidelines =
                other.kind != meeting.kind && (other.kind == .summit || meeting.kind == .summit)
                && other.evidence == meeting.evidence
            let differentEncounter =
                other.kind != meeting.kind && other.status != meeting.status || summitAndSidelines
            return !differentDays && !differentEncounter
        }
        // "has met twice": the second encounter is one of its own, unless the article already has two.
        let told = byParticipants[key] ?? []
        let candidates = meeting.occurrence > told.count ? [] : told
        if let index = candidates.first(where: { meeting.isReference || compatible(meetings[$0]) }) {
            if meetings[index].date == nil
                || meetings[index].dateIsInferred && meeting.date != nil && !meeting.dateIsInferred
            {
                meetings[index].date = meeting.date
                meetings[index].dateIsInferred = meeting.dateIsInferred
            }
            if meetings[index].location == nil { meetings[index].location = meeting.location }
            return
        }
        byParticipants[key, default: []].append(meetings.count)
        meetings.append(meeting)
    }

    /// Drops a visit when the article also reports the visitor meeting a person of the host country
    /// (or a person of unknown country in the visit's own sentence) on that day: the meeting is the encounter.
    private func withoutVisitsMetByHosts(_ meetings: [MeetingCandidate], _ entities: EntityTable) -> [MeetingCandidate]
    {
        var byVisitor: [Int: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.kind != .visit {
            for participant in meeting.participants { byVisitor[participant, default: []].append(index) }
        }
        var result = meetings
        var dropped = Set<Int>()
        for (visitIndex, visit) in meetings.enumerated() {
            guard visit.kind == .visit, let visitor = visit.visitor, let host = visit.hostCountry else { continue }
            // Against the meetings as earlier visits have completed them: a plan absorbs one journey.
            // The visit's own sentence first: "will travel to Washington for talks with Bush".
            // Then a meeting with a person of the host country ("to meet Mr. Trump"), or of the same status,
            // before one with a person of unknown country.
            func rank(_ index: Int) -> (Int, Int, Int) {
                let meetsHost = result[index].participants.contains {
                    $0 != visitor && entities[$0].kind == .person && entities[$0].country == host
                }
                let sameStatus = result[index].status == visit.status
                return (result[index].evidence == visit.evidence ? 0 : 1, meetsHost || sameStatus ? 0 : 1, index)
            }
            let meeting = (byVisitor[visitor] ?? []).filter { index in
                let other = result[index]
                let sameSentence = other.evidence == visit.evidence
                // The same day, or the same month when the two are told apart ("will visit Japan ...
                // to meet with Ikeda on April 14").
                let sameDay =
                    visit.date == nil || other.date == visit.date
                    || other.date.map {
                        ($0.date.year, $0.date.month) == (visit.date!.date.year, visit.date!.date.month)
                    }
                        ?? false
                // "put off a trip to Oman set for Friday ... was to have talks with Sultan
                // Qais": an undated plan with the host belongs to the visit that was planned.
                let putOffPlan =
                    (visit.status == .postponed || visit.status == .cancelled) && other.status != .occurred
                    && other.date == nil
                // "visited Hanoi in April 2002, and the two met again in Bali last October": told together,
                // months apart.
                let monthsApart =
                    !visit.dateIsInferred && !other.dateIsInferred
                    && visit.date.flatMap { visitDate in
                        other.date.map { otherDate in
                            // "in 2002" and "April 2002" may be the same month; "in 2002" and "last October" not.
                            let byYear = visitDate.precision == .year || otherDate.precision == .year
                            return byYear
                                ? otherDate.date.year != visitDate.date.year
                                : (otherDate.date.year, otherDate.date.month)
                                    != (visitDate.date.year, visitDate.date.month)
                        }
                    } == true
                guard sameSentence && !monthsApart || sameDay && other.status == visit.status || putOffPlan else {
                    return false
                }
                // "arrived in Cairo for talks with Egyptian officials": the host state itself, in the same sentence.
                if sameSentence, let hostIndex = entities.countryIndex(host), other.participants.contains(hostIndex),
                    other.kind != .visit
                {
                    return true
                }
                // A country only guessed from the dateline ("senior leader Deng Xiaoping" in a TOKYO story) tells
                // as little as none.
                return other.participants.contains { person in
                    person != visitor && entities[person].kind == .person
                        && (entities[person].country == host
                            || sameSentence && (entities[person].country == nil || entities[person].countryIsGuess))
                }
            }.min { rank($0) < rank($1) }
            guard let meeting else { continue }
            dropped.insert(visitIndex)
            // "will travel to Moscow on Sunday for talks with Primakov": the journey dates the talks, and a
            // journey put off puts them off.
            if visit.evidence == meetings[meeting].evidence || result[meeting].date == nil {
                if result[meeting].date == nil { result[meeting].date = visit.date }
                if result[meeting].location == nil { result[meeting].location = visit.location }
            }
            if visit.status == .postponed || visit.status == .cancelled, result[meeting].status == .planned {
                result[meeting].status = visit.status
            }
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// Drops "talks with Turkish leaders" when the same sentence names whom of them the person met
    /// ("including a meeting with Prime Minister Erbakan"): the named meeting is the encounter.
    private func withoutCountriesMetInPerson(_ meetings: [MeetingCandidate], _ entities: EntityTable)
        -> [MeetingCandidate]
    {
        // Meetings by sentence: each looks only at its own sentence's.
        var bySentence: [Int: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() { bySentence[meeting.evidence.start, default: []].append(index) }
        return meetings.filter { meeting in
            guard meeting.participants.count == 2, meeting.kind != .visit,
                let country = meeting.participants.first(where: { entities[$0].kind == .country }),
                let person = meeting.participants.first(where: { entities[$0].kind == .person })
            else { return true }
            return !(bySentence[meeting.evidence.start] ?? []).contains { other in
                meetings[other].participants.contains(person)
                    && meetings[other].participants.contains {
                        $0 != person && entities[$0].kind == .person
                            && entities[$0].country == entities[country].country
                    }
            }
        }
    }

    /// Folds a meeting into a larger one the article tells of the same kind and status on a compatible day
    /// ("a meeting between Clinton and the Dalai Lama" and "the Dalai Lama met Gore, and the president
    /// joined the talks"): the same encounter, told once in part.
    private func foldingPartsIntoWholeMeetings(_ meetings: [MeetingCandidate]) -> [MeetingCandidate] {
        // Larger meetings by participant, kind and status; a part probes its rarest participant's list.
        struct Key: Hashable {
            let participant: Int
            let kind: MeetingKind
            let status: MeetingStatus
        }
        var byParticipant: [Key: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.participants.count >= 3 {
            for participant in meeting.participants {
                byParticipant[Key(participant: participant, kind: meeting.kind, status: meeting.status), default: []]
                    .append(index)
            }
        }
        var result = meetings
        var folded = Set<Int>()
        for (index, part) in meetings.enumerated() {
            let lists = part.participants.map {
                byParticipant[Key(participant: $0, kind: part.kind, status: part.status)] ?? []
            }
            guard let rarest = lists.min(by: { $0.count < $1.count }) else { continue }
            let whole = rarest.first { other in
                let candidate = meetings[other]
                let compatibleDays = part.date == nil || candidate.date == nil || part.date == candidate.date
                return other != index && candidate.participants.count > part.participants.count
                    && part.participants.allSatisfy(candidate.participants.contains) && candidate.kind == part.kind
                    && candidate.status == part.status && compatibleDays
            }
            guard let whole else { continue }
            if result[whole].date == nil { result[whole].date = part.date }
            if result[whole].location == nil { result[whole].location = part.location }
            folded.insert(index)
        }
        return result.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
    }

    /// Folds a meeting between states into the meeting of their people the article reports ("the finance
    /// chiefs of Chile and Bolivia met" and "Rojas saw Quiroga on Monday"): one encounter,
    /// told once by country and once by name. Its date and place fill in what the people's meeting lacks.
    private func foldingCountryMeetingsIntoPeople(_ meetings: [MeetingCandidate], _ entities: EntityTable)
        -> [MeetingCandidate]
    {
        // Meetings of people only, by the set of their countries.
        var byCountries: [Set<String>: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.kind != .visit {
            let people = meeting.participants.filter { entities[$0].kind == .person }
            let countries = Set(people.compactMap { entities[$0].country })
            guard people.count == meeting.participants.count, countries.count == people.count else { continue }
            byCountries[countries, default: []].append(index)
        }
        var result = meetings
        var folded = Set<Int>()
        for (index, meeting) in meetings.enumerated() {
            let countries = Set(
                meeting.participants.compactMap { entities[$0].kind == .country ? entities[$0].country : nil })
            guard countries.count >= 2, countries.count == meeting.participants.count else { continue }
            let target = (byCountries[countries] ?? []).first { other in
                let sameDay = meeting.date == nil || meetings[other].date == nil || meeting.date == meetings[other].date
                return sameDay && meetings[other].status == meeting.status
            }
            guard let target else { continue }
            if result[target].date == nil { result[target].date = meeting.date }
            if result[target].location == nil { result[target].location = meeting.location }
            folded.insert(index)
        }
        return result.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
    }

    /// "TOKYO, April 27 -", "WASHINGTON (AP) -", "Beijing, November 19 (Xinhua) --": the city of a wire dateline.
    private func datelineCity(_ tokens: [Token], _ first: Sentence?) -> String? {
        guard let first, first.range.count > 3 else { return nil }
        var cursor = first.range.lowerBound
        var words: [Substring] = []
        while cursor < first.range.upperBound, words.count < 3, tokens[cursor].isWordLike, tokens[cursor].isCapitalized
        {
            words.append(tokens[cursor].text)
            cursor += 1
        }
        guard !words.isEmpty, cursor < first.range.upperBound else { return nil }
        let next = tokens[cursor].text
        let shouted = words.allSatisfy { $0.allSatisfy { !$0.isLowercase } }
        let city = words.joined(separator: " ")
        let known = knowledge.capitals[city.lowercased()] != nil
        // A city in capitals before a comma, parenthesis or dash; a known capital before ", Month".
        let opensDateline = next == "," || next == "(" || next == "-" || next == "\u{2014}" || next == "_"
        guard opensDateline,
            shouted
                || known && next == "," && cursor + 1 < first.range.upperBound
                    && knowledge.calendar[tokens[cursor + 1].lower] != nil
        else { return nil }
        if let display = knowledge.placeNames[city.lowercased()] { return display }
        return city.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    private func build(_ entities: EntityTable, _ meetings: [MeetingCandidate], _ statements: [StatementCandidate])
        -> Extraction
    {
        var indexMap: [Int: Int] = [:]
        var actors: [ExtractedActor] = []
        var used = Set(meetings.flatMap(\.participants))
        used.formUnion(statements.map(\.speaker))
        used.formUnion(statements.compactMap(\.target))
        for (index, entity) in entities.entities.enumerated() where entity.isActor || used.contains(index) {
            indexMap[index] = actors.count
            actors.append(
                ExtractedActor(
                    name: entity.reportedName, kind: entity.kind, country: entity.country,
                    aliases: entity.reportedAliases, roles: entity.roles))
        }
        let extractedMeetings = meetings.map { meeting in
            ExtractedMeeting(
                kind: meeting.kind, status: meeting.status, date: meeting.date, location: meeting.location,
                participants: meeting.participants.compactMap { indexMap[$0] }, evidence: meeting.evidence)
        }
        let extractedStatements = statements.compactMap { statement -> ExtractedStatement? in
            guard let speaker = indexMap[statement.speaker] else { return nil }
            return ExtractedStatement(
                act: statement.act, speaker: speaker, target: statement.target.flatMap { indexMap[$0] },
                quote: statement.quote, date: statement.date, evidence: statement.evidence)
        }
        return Extraction(actors: actors, meetings: extractedMeetings, statements: extractedStatements)
    }
}
