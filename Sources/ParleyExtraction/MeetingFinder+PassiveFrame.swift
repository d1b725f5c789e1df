import ParleyTagging

/// The passive of a meeting verb: "X was met at the airport by Y", "Met at the airport by Y, X said".
extension MeetingFinder {
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are"]

    /// Whether the trigger is a past participle in the passive: after a form of "be", or opening the
    /// sentence as a phrase of its own ("Met at the airport by Havel, the pope said").
    func isPassive(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let first = trigger.lowerBound
        // Nothing stands before a sentence's first word to be its subject: "Met" opening it is a participle,
        // whatever the tagger makes of a capitalized word.
        if first == context.sentence.range.lowerBound { return true }
        guard context.tags[first] == .pastParticiple || context.tags[first] == .pastTenseVerb else { return false }
        var cursor = first - 1
        while cursor > context.sentence.range.lowerBound, context.tags[cursor] == .adverb { cursor -= 1 }
        return Self.passiveAuxiliaries.contains(context.tokens[cursor].lower)
    }

    /// The agent of a passive meeting verb: the actors after its "by", in the trigger's own clause and phrase.
    func passiveAgents(after trigger: Range<Int>, _ context: SentenceContext) -> [Int] {
        let tokens = context.tokens
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 8)
        guard
            let by = (trigger.upperBound..<end).first(where: { tokens[$0].lower == "by" }),
            (trigger.upperBound..<by).allSatisfy({ tokens[$0].text != "," && !context.isClauseBreak($0) }),
            let agent = context.mentionAfter(by + 1, maxGap: 1)
        else { return [] }
        return entitiesOf(context.coordinated(from: agent, leftward: false), context)
    }

    /// "Met at the airport by Havel and his wife, Olga, the pope said", "Addressing the Assembly, Wang said":
    /// the subject of the clause after a phrase that opens the sentence with the trigger, the first actor after
    /// a comma that is none of the phrase's own.
    func subjectAfterOpeningPhrase(_ trigger: Range<Int>, skipping agents: [Int], _ context: SentenceContext) -> [Int] {
        guard trigger.lowerBound == context.sentence.range.lowerBound else { return [] }
        for index in trigger.upperBound..<context.sentence.range.upperBound
        where context.tokens[index].text == "," && !context.mentions.contains(where: { $0.range.contains(index) }) {
            guard let subject = context.mentionAfter(index + 1, maxGap: 1) else { continue }
            let entity = context.mentions[subject].entity
            if agents.contains(entity) { continue }
            return context.mentions[subject].isPossessive ? [] : [entity]
        }
        return []
    }
}
