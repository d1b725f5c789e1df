import Foundation
import ParleyModel

/// A statement as one sentence reports it; speaker and target are entity indices.
struct StatementCandidate {
    var act: StatementAct
    var speaker: Int
    var target: Int?
    var quote: String?
    var date: EventDate?
    var evidence: Evidence
}

/// Reads statements from a sentence: each reporting word, and the speaker its form attaches.
///
/// | form   | pattern                                                             |
/// |--------|---------------------------------------------------------------------|
/// | verb   | X said · X, the minister, said · "...," said X · "...," he said     |
/// | source | according to X                                                      |
/// | noun   | Chinese accusations of ... · X's warning                            |
struct StatementFinder {
    let entities: EntityTable

    static let targetedActs: Set<StatementAct> = [
        .accuse, .criticize, .praise, .demand, .warn, .threaten, .promise,
        .reject, .agree,
    ]
    static let blockers: Set<String> = ["who", "which", "whom", "whose"]
    static let negations: Set<String> = ["not", "n't", "never"]

    func statements(
        in context: SentenceContext, recentSpeaker: Int? = nil, recentBody: Int? = nil, recentPair: [Int] = []
    )
        -> [StatementCandidate]
    {
        var found: [StatementCandidate] = []
        var speakers = Set<Int>()
        let range = context.sentence.range
        for cue in context.phrases(of: context.knowledge.reportingCues) {
            let cueRange = cue.range
            if context.quoted.contains(cueRange.lowerBound) { continue }
            // "will not agree", "if he does not agree", "never said": no act is reported.
            let before = (max(range.lowerBound, cueRange.lowerBound - 4)..<cueRange.lowerBound).map {
                context.tokens[$0].lower
            }
            // "called on the government and the rebels to agree to a ceasefire": the content of a demand.
            if cue.value.form == .verb, before.last == "to",
                (max(range.lowerBound, cueRange.lowerBound - 16)..<cueRange.lowerBound).contains(where: {
                    context.knowledge.reportingCues.match(context.tokens, at: $0, end: cueRange.lowerBound)?.value.act
                        == .demand
                })
            {
                continue
            }
            if welcomesAGuest(at: cueRange, context) { continue }
            // "did not immediately say": an adverb may stand between.
            if before.suffix(2).contains(where: { Self.negations.contains($0) || $0.hasSuffix("n't") }) { continue }
            // "declined to say whether": nothing was said.
            if before.count >= 2, ["declined", "refused", "failed"].contains(before[before.count - 2]),
                before.last == "to"
            {
                continue
            }
            if cue.value.form == .verb, before.contains("if") || before.contains("unless") { continue }
            // "called on Kaifu in Tokyo" pays a call; only "called on X to ..." demands.
            if context.tokens[cueRange.upperBound - 1].lower == "on", !context.asksSomething(after: cueRange.upperBound)
            {
                continue
            }
            var group: [Int]
            if let speakerMention = speaker(for: cue.value, at: cueRange, context) {
                // "Chirac and Reagan said": each speaks; "according to Qian, President Jiang will ..." names
                // one source and then whom the report is about.
                let rightward = context.mentions[speakerMention].range.lowerBound >= cueRange.upperBound
                group =
                    cue.value.form == .source
                    ? [context.mentions[speakerMention].entity]
                    : context.coordinated(from: speakerMention, leftward: !rightward).map {
                        context.mentions[$0].entity
                    }
                // '"...," he said' goes back to the last speaker, unless the sentence itself named a person before
                // the pronoun ("When President Ghani announced the exchange, he said").
                // A trailing "..., she said." has its content before it, and a person there is spoken of.
                let trailing = (cueRange.upperBound..<range.upperBound).allSatisfy { position in
                    !context.tokens[position].isWordLike || context.times.contains { $0.range.contains(position) }
                }
                let personBefore =
                    !trailing
                    && context.mentions[..<speakerMention].contains {
                        $0.canAct && $0.form != .pronoun && entities[$0.entity].kind == .person
                            && !context.quoted.contains($0.range.lowerBound)
                    }
                if context.mentions[speakerMention].form == .pronoun, !personBefore, let recentSpeaker {
                    group = [recentSpeaker]
                }
            } else if recentPair.count == 2, cue.value.form == .verb,
                let noun = namesThePair(before: cueRange.lowerBound, context)
            {
                // "Both sides said", "the two leaders agreed": the pair that just met; "the two countries": theirs.
                if Self.stateWords.contains(noun) {
                    let countries = recentPair.compactMap { entities[$0].country }
                    guard countries.count == 2, countries[0] != countries[1],
                        let first = entities.countryIndex(countries[0]),
                        let second = entities.countryIndex(countries[1])
                    else { continue }
                    group = [first, second]
                } else {
                    group = recentPair
                }
            } else if cue.value.form == .verb, let person = spokesPerson(before: cueRange.lowerBound, context) {
                // "Ruiz admires her mentor most, her aides said": they speak for her.
                group = [person]
            } else if let recentBody, cue.value.form == .verb, cueRange.lowerBound > range.lowerBound,
                context.tokens[cueRange.lowerBound - 1].lower == "they"
            {
                // "Administration officials said ... They said": the officials of the state that just spoke.
                group = [recentBody]
            } else {
                continue
            }
            for speaker in group where speaker >= 0 && speakers.insert(speaker).inserted {
                var target: Int?
                // "warned that Egypt would ...": a clause follows, and its subject is no target.
                let clauseFollows =
                    cueRange.upperBound < range.upperBound
                    && ["that", "it", "he", "she", "they"].contains(context.tokens[cueRange.upperBound].lower)
                if Self.targetedActs.contains(cue.value.act) || cue.value.form == .noun, !clauseFollows,
                    let after = context.mentionAfter(cueRange.upperBound, maxGap: 3)
                {
                    let candidate = context.mentions[after].entity
                    if candidate != speaker { target = candidate }
                }
                // A statement is dated by a time next to its verb ("said on Monday"), else by the article.
                let date =
                    context.times.first {
                        abs($0.range.lowerBound - cueRange.upperBound) <= 3
                            || abs(cueRange.lowerBound - $0.range.upperBound) <= 1
                    }
                    .flatMap { $0.resolve(published: context.published, forward: false) }
                    ?? context.published.map { EventDate(date: $0, precision: .day) }
                found.append(
                    StatementCandidate(
                        act: cue.value.act, speaker: speaker, target: target,
                        quote: quote(in: context.sentence.text), date: date,
                        evidence: context.evidence))
            }
        }
        return found
    }

    private func speaker(for cue: ReportingCue, at cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        switch cue.form {
        case .source:
            return context.mentionAfter(cueRange.upperBound, maxGap: 1)
        case .noun:
            // "condemnation by Iran, Syria and Iraq": the speakers follow.
            if cueRange.upperBound < context.sentence.range.upperBound, tokens[cueRange.upperBound].lower == "by" {
                return context.mentionAfter(cueRange.upperBound + 1, maxGap: 1)
            }
            if let subject = speakerOfSpeechNoun(at: cueRange, context) { return subject }
            guard let before = context.mentionBefore(cueRange.lowerBound, maxGap: 0, actorsOnly: false) else {
                return nil
            }
            let mention = context.mentions[before]
            return mention.isPlace ? nil : before
        case .verb:
            let previous =
                cueRange.lowerBound > context.sentence.range.lowerBound ? tokens[cueRange.lowerBound - 1].text : ""
            // "missile warning data": a word in -ing reports speech only as a participle or a progressive.
            let next = cueRange.upperBound < context.sentence.range.upperBound ? tokens[cueRange.upperBound].lower : ""
            if tokens[cueRange.lowerBound].lower.hasSuffix("ing"),
                !(previous == "," || ["is", "was", "were", "are", "been", "be", "as"].contains(previous.lowercased())
                    || next == ":" || next == "that")
            {
                return nil
            }
            // "quoted energy minister Huayta as saying": the one quoted speaks.
            if previous.lowercased() == "as", tokens[cueRange.lowerBound].lower == "saying",
                let quoted = context.mentionBefore(cueRange.lowerBound - 1, maxGap: 0)
            {
                return quoted
            }
            // ", saying ...", ", adding ...": the participle's speaker is the subject of the sentence; so is
            // the speaker of a verb joined to the first ("Modi met Hollande in Paris and announced a deal").
            if previous == ",", tokens[cueRange.lowerBound].lower.hasSuffix("ing") {
                return firstActor(before: cueRange.lowerBound, context)
            }
            if ["and", "but"].contains(previous.lowercased()),
                let first = firstActor(before: cueRange.lowerBound, context),
                entities[context.mentions[first].entity].kind == .person,
                opensSentence(context.mentions[first].range.lowerBound, context),
                // "Merkel arrived in Paris, where Hollande greeted her and said": the relative clause's own.
                !(context.mentions[first].range.upperBound..<cueRange.lowerBound).contains(where: {
                    ["where", "who", "which", "when"].contains(tokens[$0].lower)
                })
            {
                return first
            }
            // "Britain and China were also asked": the subject of a passive is asked, not asking.
            if ["was", "were", "been", "being", "be"].contains(
                tokens[max(context.sentence.range.lowerBound, cueRange.lowerBound - 1)].lower)
                || cueRange.lowerBound - 2 >= context.sentence.range.lowerBound
                    && ["was", "were", "been", "being"].contains(tokens[cueRange.lowerBound - 2].lower)
            {
                if cueRange.upperBound < context.sentence.range.upperBound, tokens[cueRange.upperBound].lower == "by" {
                    return context.mentionAfter(cueRange.upperBound + 1, maxGap: 1)
                }
                return nil
            }
            // "Moi, who afterwards appealed": the relative pronoun stands for the name before it.
            let whoWindow = max(context.sentence.range.lowerBound + 1, cueRange.lowerBound - 3)
            if whoWindow < cueRange.lowerBound,
                let who = (whoWindow..<cueRange.lowerBound)
                    .first(where: { tokens[$0].lower == "who" && tokens[$0 - 1].text == "," }),
                let before = context.mentionBefore(who - 1, maxGap: 0)
            {
                return before
            }
            // "X, who met Y last month, has said", "ASEAN (the group) said", "Britain, France and Germany -
            // the so-called EU-3 - urged": the subject ends before the auxiliary, bracket or dash.
            let verbStart = subjectEnd(before: cueRange.lowerBound, context)
            if verbStart < cueRange.lowerBound, tokens[verbStart].text != ",",
                let named = context.mentionBefore(verbStart, maxGap: 0),
                !context.quoted.contains(context.mentions[named].range.lowerBound),
                !context.mentions[named].isPossessive
            {
                return named
            }
            let previousWord = verbStart > context.sentence.range.lowerBound ? tokens[verbStart - 1].text : ""
            // "The Czech foreign minister, Jan Kavan, said": the whole naming closes with the comma; "the boy's
            // great-uncle, Lazaro Gonzalez, denied": a person named in apposition to a description.
            if previousWord == ",", let named = context.mentionBefore(verbStart - 1, maxGap: 0),
                !context.mentions[named].isPossessive
            {
                let mention = context.mentions[named]
                let wholeNaming = mention.range.contains { tokens[$0].text == "," }
                // "the leader of the Greens, Ana Ruiz, said": a body or a state may close the description.
                let apposition =
                    entities[mention.entity].kind == .person
                    && mention.range.lowerBound > context.sentence.range.lowerBound
                    && tokens[mention.range.lowerBound - 1].text == ","
                    && context.mentionBefore(mention.range.lowerBound - 1, maxGap: 0).map {
                        entities[context.mentions[$0].entity].kind != .person
                    } ?? true
                if wholeNaming || apposition { return named }
            }
            // "X, the world's biggest oil exporter, has asked": the speaker stands before the appositive,
            // and when no actor stands there ("Citibank, the chairman of ..., said") there is none.
            if let appositiveStart = appositiveStart(before: verbStart, context) {
                guard let before = context.mentionBefore(appositiveStart, maxGap: 0),
                    !context.quoted.contains(context.mentions[before].range.lowerBound),
                    !context.mentions[before].isPossessive
                else { return nil }
                return before
            }
            // "Solberg will visit Santiago in May, her office said": past a comma the subject is another.
            if let before = context.mentionBefore(cueRange.lowerBound, maxGap: 6),
                !context.quoted.contains(context.mentions[before].range.lowerBound),
                !context.mentions[before].isPossessive,
                !(context.mentions[before].range.upperBound..<cueRange.lowerBound).contains(where: {
                    tokens[$0].text == ","
                })
            {
                let gap = context.mentions[before].range.upperBound..<cueRange.lowerBound
                let blocked =
                    gap.contains {
                        SentenceContext.quotes.contains(tokens[$0].text) || Self.blockers.contains(tokens[$0].lower)
                    }
                    || gap.contains {
                        context.knowledge.reportingCues.match(tokens, at: $0, end: cueRange.lowerBound) != nil
                    }
                if !blocked { return before }
            }
            // Inverted: '"...," said Qin' or ', said the minister'.
            if previous == "," || SentenceContext.quotes.contains(previous) || previous == "\u{201D}" || previous == "'"
            {
                return context.mentionAfter(cueRange.upperBound, maxGap: 1)
            }
            return nil
        }
    }

    static let spokesWords = SentenceContext.aideWords.union(["spokesman", "spokeswoman"])

    /// "her aides said", "his spokesman said": the person last named in the sentence, whom "his" or "her"
    /// stands for.
    private func spokesPerson(before position: Int, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        guard position - 2 >= lower, Self.spokesWords.contains(context.tokens[position - 1].lower),
            ["his", "her"].contains(context.tokens[position - 2].lower)
        else { return nil }
        return context.mentions.last(where: {
            $0.range.upperBound <= position - 2 && entities[$0.entity].kind == .person
                && !context.quoted.contains($0.range.lowerBound)
        })?.entity
    }

    static let auxiliaries: Set<String> = [
        "has", "have", "had", "will", "would", "also", "later", "again", "previously", "repeatedly",
    ]

    /// Where the subject of a reporting verb at `position` ends: back over auxiliaries ("has said"), a
    /// bracketed abbreviation ("(ASEAN) said") and a dashed apposition ("- the so-called EU-3 - urged").
    /// At `position` itself when there is nothing to pass over.
    private func subjectEnd(before position: Int, _ context: SentenceContext) -> Int {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        var cursor = position
        while cursor > lower, Self.auxiliaries.contains(tokens[cursor - 1].lower) { cursor -= 1 }
        guard cursor > lower else { return position }
        let closing = tokens[cursor - 1].text
        if closing == ")" || closing == "-" && context.isClauseBreak(cursor - 1) {
            let opening = closing == ")" ? "(" : "-"
            var back = cursor - 2
            while back > lower, cursor - back <= 10 {
                if tokens[back].text == opening, opening == "(" || context.isClauseBreak(back) { return back }
                if SentenceContext.quotes.contains(tokens[back].text) { break }
                back -= 1
            }
        }
        return cursor
    }

    static let pairWords: Set<String> = ["sides", "men", "leaders", "ministers", "presidents", "delegations"]

    static let stateWords: Set<String> = ["countries", "governments", "nations", "states"]

    /// "Both sides", "the two leaders" just before the verb: the noun, or nil.
    private func namesThePair(before position: Int, _ context: SentenceContext) -> String? {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        for end in stride(from: position, to: max(lower, position - 3), by: -1) where end - 2 >= lower {
            let noun = tokens[end - 1].lower
            let quantifier = tokens[end - 2].lower
            if Self.pairWords.contains(noun) || Self.stateWords.contains(noun),
                quantifier == "both" || quantifier == "two"
            {
                return noun
            }
        }
        return nil
    }

    /// The first actor of the sentence, outside quotes: who a participle clause speaks for.
    func firstActor(before position: Int, _ context: SentenceContext) -> Int? {
        context.mentions.indices.first { index in
            let mention = context.mentions[index]
            return mention.canAct && mention.range.upperBound <= position && !mention.isPossessive
                && !context.quoted.contains(mention.range.lowerBound)
        }
    }

    /// Whether only a dateline ("BEIJING, April 10 (Xinhua) --") comes before `position`: no lower-case word.
    private func opensSentence(_ position: Int, _ context: SentenceContext) -> Bool {
        !(context.sentence.range.lowerBound..<position).contains { index in
            context.tokens[index].isWordLike && !context.tokens[index].isCapitalized
                && context.tokens[index].text.contains(where: \.isLowercase)
        }
    }

    /// Where an appositive closed by the comma before `position` opens: "X, a senior aide, said".
    private func appositiveStart(before position: Int, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        guard position - 1 > lower, context.tokens[position - 1].text == "," else { return nil }
        // "Ana Ruiz, who worked in Paris from 1975, when ..., until 1990, said": a relative clause may be long.
        var back = position - 2
        while back > lower + 1, position - back < 40 {
            if ["who", "whose"].contains(context.tokens[back].lower), context.tokens[back - 1].text == "," {
                return back - 1
            }
            if SentenceContext.quotes.contains(context.tokens[back].text) || context.isClauseBreak(back) { break }
            back -= 1
        }
        var cursor = position - 2
        while cursor > lower, position - cursor < 16 {
            let text = context.tokens[cursor].text
            if text == "," { return cursor }
            if SentenceContext.quotes.contains(text) || context.isClauseBreak(cursor) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The words inside quotation marks, if the sentence has any.
    private func quote(in text: String) -> String? {
        // Most sentences hold no quotation mark: their bytes tell, without walking their characters.
        guard Self.mayHoldOpeningQuote(text) else { return nil }
        guard let open = text.firstIndex(where: { $0 == "\u{201C}" || $0 == "\"" }) else { return nil }
        let afterOpen = text.index(after: open)
        let closer: Character = text[open] == "\"" ? "\"" : "\u{201D}"
        guard let close = text[afterOpen...].lastIndex(of: closer), close > afterOpen else { return nil }
        let quoted = text[afterOpen..<close].trimmingEdges(in: .whitespaces)
        return quoted.isEmpty ? nil : quoted
    }

    /// Whether the bytes hold `"` or a left double quotation mark (E2 80 9C in UTF-8).
    private static func mayHoldOpeningQuote(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x22 || byte == 0x9C && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
