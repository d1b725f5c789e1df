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
        let datelineCity = self.datelineCity(tokens, sentences.first)
        let dateline = datelineCity.flatMap {
            knowledge.formerCountry(of: $0, published: article.published) ?? knowledge.capitals[$0.lowercased()]
        }
        let contexts = self.contexts(
            of: article, tokens, sentences, entities: &entities, datelineCity: datelineCity, dateline: dateline)
        // Meetings and statements are read once every name of the article is known. The dateline's
        // state is among them, as the host of a visit "here".
        if let dateline { _ = entities.country(dateline, alias: nil, asActor: false) }
        var (meetings, statements) = events(in: contexts, entities)
        forgetGuessedCountries(ofVisitorsIn: meetings, &entities)
        meetings = consolidatingGatherings(meetings, entities)
        meetings = withoutVisitsMetByHosts(meetings, entities)
        meetings = foldingCountryMeetingsIntoPeople(meetings, entities)
        meetings = withoutCountriesMetInPerson(meetings, entities)
        meetings = foldingPartsIntoWholeMeetings(meetings)
        return build(entities, meetings, statements)
    }

    /// Each sentence read for its mentions, places and times, the article's actors registered as they are named.
    private func contexts(
        of article: Article, _ tokens: [Token], _ sentences: [Sentence], entities: inout EntityTable,
        datelineCity: String?, dateline: String?
    ) -> [SentenceContext] {
        var mentionFinder = MentionFinder(knowledge: knowledge, tokens: tokens, published: article.published)
        mentionFinder.loneWords = MentionFinder.loneWords(tokens, sentences, knowledge)
        let timeFinder = TimeExpressionFinder(knowledge: knowledge, tokens: tokens)
        var contexts: [SentenceContext] = []
        var unnamedOffices = UnnamedOffices()
        var pronouns = PronounMemory()
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
            let mentions = resolvingPronouns(
                mentionFinder.mentions(
                    in: sentence, entities: &entities, places: &places, defaultCountry: dateline, tags: tags),
                in: sentence, tokens, quoted: quoted, entities: entities, memory: &pronouns)
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
        return contexts
    }

    /// The meetings and statements of the article's sentences, in order.
    private func events(in contexts: [SentenceContext], _ entities: EntityTable)
        -> (meetings: [MeetingCandidate], statements: [StatementCandidate])
    {
        var meetingFinder = MeetingFinder(entities: entities)
        let statementFinder = StatementFinder(entities: entities)
        var meetings: [MeetingCandidate] = []
        var statements: [StatementCandidate] = []
        var lastSpeaker: (entity: Int, sentence: Int)?
        /// Whoever spoke last, person, body or state: whose text "the statement added" is.
        var lastAuthor: (entity: Int, sentence: Int)?
        /// The states, bodies or groups that spoke last: whom "they said" continues.
        var lastBodies: (entities: [Int], sentence: Int)?
        var byParticipants: [[Int]: [Int]] = [:]
        for context in contexts {
            // "met a top aide to Zelenskiy": unnamed people of that person's state, once the article has given
            // it; "an aide to Chirac told reporters" still reports Chirac.
            for meeting in meetingFinder.meetings(in: context.withAidesAsTheirStates(entities)) {
                merge(meeting, into: &meetings, byParticipants: &byParticipants)
                meetingFinder.previousParticipants = meeting.participants
            }
            meetingFinder.remember(context)
            // '"...," she said' right after a named speaker is that speaker again.
            let recent = lastSpeaker.flatMap { context.sentence.index - $0.sentence <= 2 ? $0.entity : nil }
            let bodies = lastBodies.flatMap { context.sentence.index - $0.sentence <= 2 ? $0.entities : nil } ?? []
            let author = lastAuthor.flatMap { context.sentence.index - $0.sentence <= 2 ? $0.entity : nil }
            let found = statementFinder.statements(
                in: context, recentSpeaker: recent, recentAuthor: author, recentBodies: bodies,
                recentPair: meetingFinder.previousParticipants)
            if let last = found.last { lastAuthor = (last.speaker, context.sentence.index) }
            // "Soto, of the ministry, said": the person, before the body they speak for, is whom "he said" continues.
            if let speaker = found.last(where: { entities[$0.speaker].kind == .person })
                ?? found.last(where: { entities[$0.speaker].kind != .country })
            {
                lastSpeaker = (speaker.speaker, context.sentence.index)
            }
            // The speakers of the sentence's last act: "Kuwait asked ..., officials said" leaves the officials.
            let bodyStatements = found.filter { entities[$0.speaker].kind != .person }
            let lastAct = bodyStatements.last?.act
            let bodiesSpeaking = bodyStatements.reversed().prefix { $0.act == lastAct }.map(\.speaker)
            if !bodiesSpeaking.isEmpty {
                lastBodies = (bodiesSpeaking, context.sentence.index)
            }
            statements += found
        }
        return (meetings, statements)
    }

    /// A visitor to the dateline's country is not of it: the guess gives way.
    private func forgetGuessedCountries(ofVisitorsIn meetings: [MeetingCandidate], _ entities: inout EntityTable) {
        for meeting in meetings {
            guard let visitor = meeting.visitor, entities[visitor].countryIsGuess,
                entities[visitor].country == meeting.hostCountry
            else { continue }
            entities.forgetGuessedCountry(of: visitor)
        }
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
