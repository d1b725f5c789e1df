import ParleyModel

/// A plural meeting noun, or a verb in the present that reads like one: whether the wording tells meetings
/// held ("held meetings with X", "After meetings with X, Y said", "Soto visits Chile") or meetings in general.
extension MeetingFinder {
    /// "After meetings with X, ...", "In separate talks with Y, ...": the noun in a phrase fronted before the main
    /// clause, after a clause opener and at most a determiner and two modifiers.
    func opensTheSentence(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let start = context.sentence.range.lowerBound
        guard trigger.lowerBound - start <= 4, context.knowledge.clauseOpeners.contains(context.tokens[start].lower)
        else { return false }
        return (start + 1..<trigger.lowerBound).allSatisfy {
            [.determiner, .possessivePronoun, .adjective, .cardinalNumber].contains(context.tags[$0])
        }
    }

    /// "Soto visits Chile", "Ruiz meets Soto": a verb in the present, which the tagger tells from the plural
    /// noun, or which stands between a subject named and an object named.
    func isPresentVerb(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        if [.thirdPersonPresentVerb, .presentVerb].contains(context.tags[trigger.lowerBound]) { return true }
        guard let subject = context.mentionBefore(trigger.lowerBound, maxGap: 0),
            !context.mentions[subject].isPossessive
        else { return false }
        return context.mentionAfter(trigger.upperBound, maxGap: 0) != nil
    }

    /// "held separate meetings with X", "will hold further talks": where the verb that convenes the encounter
    /// stands before the meeting noun, with at most two adjectives between; nil when none does.
    func convener(of trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        var cursor = trigger.lowerBound - 1
        let start = context.sentence.range.lowerBound
        while cursor >= start, trigger.lowerBound - cursor <= 2,
            [.adjective, .comparativeAdjective, .comparativeAdverb].contains(context.tags[cursor])
        {
            cursor -= 1
        }
        guard cursor >= start, context.knowledge.conveningVerbs.contains(context.tokens[cursor].lower) else {
            return nil
        }
        return cursor
    }
}
