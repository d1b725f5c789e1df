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
    static let negations: Set<String> = ["not", "n't", "never", "seldom", "rarely", "hardly", "scarcely"]

    func statements(
        in context: SentenceContext, recentSpeaker: Int? = nil, recentAuthor: Int? = nil, recentBodies: [Int] = [],
        recentPair: [Int] = []
    )
        -> [StatementCandidate]
    {
        var found: [StatementCandidate] = []
        var speakers = Set<Int>()
        for cue in context.phrases(of: context.knowledge.reportingCues) {
            guard !reportsNoAct(cue.value, at: cue.range, context),
                let group = self.speakers(
                    of: cue.value, at: cue.range, context, recentSpeaker: recentSpeaker, recentAuthor: recentAuthor,
                    recentBodies: recentBodies, recentPair: recentPair)
            else { continue }
            for speaker in group where speaker >= 0 && speakers.insert(speaker).inserted {
                found.append(statement(cue.value, at: cue.range, by: speaker, context))
            }
        }
        return found
    }

    /// Whether a reporting word tells of no act: quoted, denied, conditional, or the content of another act.
    private func reportsNoAct(_ cue: ReportingCue, at cueRange: Range<Int>, _ context: SentenceContext) -> Bool {
        let range = context.sentence.range
        if context.quoted.contains(cueRange.lowerBound) { return true }
        // "will not agree", "if he does not agree", "never said": no act is reported.
        let before = (max(range.lowerBound, cueRange.lowerBound - 4)..<cueRange.lowerBound).map {
            context.tokens[$0].lower
        }
        // "called on the government and the rebels to agree to a ceasefire": the content of a demand.
        if cue.form == .verb, before.last == "to",
            (max(range.lowerBound, cueRange.lowerBound - 16)..<cueRange.lowerBound).contains(where: {
                context.knowledge.reportingCues.match(context.tokens, at: $0, end: cueRange.lowerBound)?.value.act
                    == .demand
            })
        {
            return true
        }
        if welcomesAGuest(at: cueRange, context) { return true }
        if isJoinedByHyphen(cueRange, context) || isAdjectival(cueRange, context) { return true }
        // "did not immediately say": an adverb may stand between.
        if before.suffix(2).contains(where: { Self.negations.contains($0) || $0.hasSuffix("n't") }) { return true }
        if cue.form == .verb, before.last == "to", context.tags[cueRange.lowerBound] == .verb,
            isPlanned(infinitive: cueRange.lowerBound, context)
                || completesANoun(infinitive: cueRange.lowerBound, context)
        {
            return true
        }
        // "declined to say whether": nothing was said.
        if before.count >= 2, ["declined", "refused", "failed", "unable"].contains(before[before.count - 2]),
            before.last == "to"
        {
            return true
        }
        // "if nuclear threats by Peru escalate": a condition, not an act.
        if cue.form != .source, before.contains("if") || before.contains("unless") { return true }
        // "it is said that", "it was hoped that": no one is named as saying it.
        if cue.form == .verb, let it = before.lastIndex(of: "it"), it >= before.count - 3,
            ["is", "was", "been", "be"].contains(before.last), context.tags[cueRange.lowerBound] == .pastParticiple
        {
            return true
        }
        // "called on Kaifu in Tokyo" pays a call; only "called on X to ..." demands.
        return context.tokens[cueRange.upperBound - 1].lower == "on"
            && !context.asksSomething(after: cueRange.upperBound)
    }

    /// "is expected to announce", "plans to warn", "is due to agree": an infinitive after a word of plan tells
    /// an act to come, not one made ("went on to say" made it).
    private func isPlanned(infinitive verb: Int, _ context: SentenceContext) -> Bool {
        let lower = max(context.sentence.range.lowerBound, verb - 5)
        return (lower..<verb).contains { start in
            guard let cue = context.knowledge.statusCues.match(context.tokens, at: start, end: verb),
                cue.value == .planned
            else { return false }
            return start + cue.length >= verb - 1
        }
    }

    /// "a motion to criticize", "his refusal to condemn", "hard to describe": an infinitive that completes a noun or
    /// an adjective names an act, and reports none.
    private func completesANoun(infinitive verb: Int, _ context: SentenceContext) -> Bool {
        let head = verb - 2
        guard head >= context.sentence.range.lowerBound else { return false }
        return [.noun, .pluralNoun, .adjective].contains(context.tags[head])
    }

    /// "the proposed force", "their promised aid": a participle after a determiner modifies the noun after it
    /// and names no act.
    private func isAdjectival(_ cueRange: Range<Int>, _ context: SentenceContext) -> Bool {
        let previous = cueRange.lowerBound - 1
        guard cueRange.count == 1, previous >= context.sentence.range.lowerBound,
            context.tokens[cueRange.lowerBound].lower.hasSuffix("ed")
        else { return false }
        return Self.determiners.contains(context.tokens[previous].lower)
    }

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
    ]

    /// "the UN-proposed referendum", "an Egypt-backed plan": a verb joined by a hyphen to the word before is part
    /// of a compound adjective and names no act; a spaced or doubled dash sets off an insertion instead.
    private func isJoinedByHyphen(_ cueRange: Range<Int>, _ context: SentenceContext) -> Bool {
        let hyphen = cueRange.lowerBound - 1
        guard hyphen - 1 >= context.sentence.range.lowerBound, context.tokens[hyphen].text == "-",
            !context.isClauseBreak(hyphen)
        else { return false }
        return context.tokens[hyphen].start == context.tokens[hyphen - 1].end
            && context.tokens[cueRange.lowerBound].start == context.tokens[hyphen].end
    }

    /// Who makes the statement a reporting word tells: its speakers, or nil when no one does.
    private func speakers(
        of cue: ReportingCue, at cueRange: Range<Int>, _ context: SentenceContext, recentSpeaker: Int?,
        recentAuthor: Int?, recentBodies: [Int], recentPair: [Int]
    ) -> [Int]? {
        let range = context.sentence.range
        if let speakerMention = speaker(for: cue, at: cueRange, context) {
            return group(speaking: speakerMention, cue, at: cueRange, context, recentSpeaker: recentSpeaker)
        } else if recentPair.count == 2, cue.form == .verb,
            let noun = namesThePair(before: cueRange.lowerBound, context)
        {
            return pair(named: noun, recentPair, context)
        } else if cue.form == .verb, let person = spokesPerson(before: cueRange.lowerBound, context) {
            // "Ruiz's aides said": they speak for her.
            return [person]
        } else if cue.form == .verb, let author = author(before: cueRange.lowerBound, context, recentAuthor) {
            return [author]
        } else if !recentBodies.isEmpty, cue.form == .verb, cueRange.lowerBound > range.lowerBound,
            context.tokens[cueRange.lowerBound - 1].lower == "they"
        {
            // "Administration officials said ... They said": the officials of the state that just spoke;
            // "Chile and Peru said ... They said": both.
            return recentBodies
        }
        return nil
    }

    /// The speakers a mention names: the actors coordinated with it ("Chirac and Reagan said": each speaks);
    /// "according to Qian, President Jiang will ..." names one source and then whom the report is about.
    private func group(
        speaking speakerMention: Int, _ cue: ReportingCue, at cueRange: Range<Int>, _ context: SentenceContext,
        recentSpeaker: Int?
    ) -> [Int] {
        let rightward = context.mentions[speakerMention].range.lowerBound >= cueRange.upperBound
        var group =
            cue.form == .source
            ? [context.mentions[speakerMention].entity]
            : context.coordinated(from: speakerMention, leftward: !rightward).map {
                context.mentions[$0].entity
            }
        // '"...," he said' goes back to the last speaker, unless the sentence itself named a person before
        // the pronoun ("When President Ghani announced the exchange, he said") or the speaker is a woman.
        // A trailing "..., she said." has its content before it, and a person there is spoken of.
        let trailing = (cueRange.upperBound..<context.sentence.range.upperBound).allSatisfy { position in
            !context.tokens[position].isWordLike || context.times.contains { $0.range.contains(position) }
        }
        let personBefore =
            !trailing
            && context.mentions[..<speakerMention].contains {
                $0.canAct && $0.form != .pronoun && entities[$0.entity].kind == .person
                    && !context.quoted.contains($0.range.lowerBound)
            }
        let pronoun = context.mentions[speakerMention]
        if pronoun.form == .pronoun, !personBefore, let recentSpeaker,
            context.tokens[pronoun.range.lowerBound].lower != "it",
            Gender(pronoun: context.tokens[pronoun.range.lowerBound].lower).map({ gender in
                entities[recentSpeaker].kind == .person && entities[recentSpeaker].gender.map { $0 == gender } ?? true
            }) ?? true
        {
            group = [recentSpeaker]
        }
        return group
    }

    /// "Both sides said", "the two leaders agreed": the pair that just met; "the two countries": theirs.
    private func pair(named noun: String, _ recentPair: [Int], _ context: SentenceContext) -> [Int]? {
        context.knowledge.pairNouns.states.contains(noun) ? entities.states(of: recentPair) : recentPair
    }

    /// The statement a reporting word tells of one speaker, with its target and date.
    private func statement(
        _ cue: ReportingCue, at cueRange: Range<Int>, by speaker: Int, _ context: SentenceContext
    ) -> StatementCandidate {
        let range = context.sentence.range
        var target: Int?
        // "warned that Egypt would ...": a clause follows, and its subject is no target.
        let clauseFollows =
            cueRange.upperBound < range.upperBound
            && ["that", "it", "he", "she", "they"].contains(context.tokens[cueRange.upperBound].lower)
        if Self.targetedActs.contains(cue.act) || cue.form == .noun, !clauseFollows,
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
        return StatementCandidate(
            act: cue.act, speaker: speaker, target: target, quote: quote(in: context.sentence.text), date: date,
            evidence: context.evidence)
    }

    /// "Ruiz's spokesman said", "Ruiz's office said": the person named as their owner speaks ("her aides
    /// said" is a pronoun's mention).
    func spokesPerson(before position: Int, _ context: SentenceContext) -> Int? {
        guard position - 2 >= context.sentence.range.lowerBound,
            context.knowledge.spokesNouns.contains(context.tokens[position - 1].lower),
            let owner = context.mentionBefore(position - 1, maxGap: 0), context.mentions[owner].isPossessive
        else { return nil }
        let entity = context.mentions[owner].entity
        return entities[entity].kind == .person ? entity : nil
    }

    /// "Peru's statement said": its owner; "the statement added": the text of the speaker just reported.
    private func author(before position: Int, _ context: SentenceContext, _ recentAuthor: Int?) -> Int? {
        let lower = context.sentence.range.lowerBound
        guard position - 2 >= lower, context.knowledge.documentNouns.contains(context.tokens[position - 1].lower)
        else { return nil }
        if let owner = context.mentionBefore(position - 1, maxGap: 0), context.mentions[owner].isPossessive {
            return context.mentions[owner].entity
        }
        return context.tokens[position - 2].lower == "the" ? recentAuthor : nil
    }

    /// "Both sides", "the two leaders" just before the verb: the noun, or nil.
    private func namesThePair(before position: Int, _ context: SentenceContext) -> String? {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        for end in stride(from: position, to: max(lower, position - 3), by: -1) where end - 2 >= lower {
            let noun = tokens[end - 1].lower
            let quantifier = tokens[end - 2].lower
            if context.knowledge.pairNouns.nouns.contains(noun),
                quantifier == "both" || quantifier == "two"
            {
                return noun
            }
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
