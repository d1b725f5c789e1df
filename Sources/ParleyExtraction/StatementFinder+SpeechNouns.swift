/// Nouns of speech whose speaker is a clause's subject, not a word before the noun.
extension StatementFinder {
    /// Words that may stand between a light verb or "in" and its noun: "issued a strongly worded statement".
    static let speechNounModifiers: Set<String> = [
        "a", "an", "the", "its", "his", "her", "their", "joint", "brief", "short", "written", "new", "separate",
        "strongly", "worded", "formal", "official", "public", "rare", "terse", "fresh", "similar",
    ]

    /// "Japan and Chile issued a joint statement", "Ghana's ministry called the claims baseless in a statement":
    /// the subject of the light verb, or of the clause the "in a statement" phrase closes.
    func speakerOfSpeechNoun(at noun: Range<Int>, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        var cursor = noun.lowerBound - 1
        while cursor > lower, Self.speechNounModifiers.contains(context.tokens[cursor].lower) { cursor -= 1 }
        guard cursor >= lower, cursor < noun.lowerBound - 1 else { return nil }
        let word = context.tokens[cursor].lower
        if context.knowledge.lightVerbs.contains(word) {
            guard let subject = context.mentionBefore(cursor, maxGap: 2), !context.mentions[subject].isPossessive,
                context.mentions[subject].canAct
            else { return nil }
            return subject
        }
        return word == "in" ? firstActor(before: cursor, context) : nil
    }
}
