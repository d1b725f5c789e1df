import ParleyTagging

/// The finite verb a phrase hangs on and the actor that is its subject.
extension SentenceContext {
    static let finiteTags: Set<PartOfSpeech> = [.pastTenseVerb, .presentVerb, .thirdPersonPresentVerb, .modal]

    /// "Smit returned on Thursday from a visit to Seoul", "Smit is in Seoul on a visit": the subject of the
    /// clause whose verb a prepositional phrase at `phrase` hangs on. Nil when another verb or a clause
    /// break stands between, or when the verb reports speech (whose subject need not be the one who
    /// travels: "Smit said on Thursday a visit was planned").
    func subjectOfClause(holdingPhraseAt phrase: Int) -> Int? {
        let lower = sentence.range.lowerBound
        var verb = phrase - 1
        while verb >= lower, !isClauseBreak(verb), tags[verb].map(Self.finiteTags.contains) != true {
            if tags[verb]?.isVerb == true || tokens[verb].text == "," { return nil }
            verb -= 1
        }
        guard verb > lower, tags[verb].map(Self.finiteTags.contains) == true,
            knowledge.reportingCues.matches(tokens, at: verb, end: sentence.range.upperBound).isEmpty
        else { return nil }
        var start = verb
        while start - 1 > lower, isVerbGroupWord(start - 1) { start -= 1 }
        if let index = subjectAcrossInsertion(before: start) { return index }
        guard let index = mentionBefore(start, maxGap: 0), mentions[index].canAct,
            !mentions[index].isPossessive
        else { return nil }
        return index
    }
}
