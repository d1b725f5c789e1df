import ParleyModel
import ParleyTagging

/// Appositives between a speaker and the verb: "X, a senior aide, said".
extension StatementFinder {
    /// Where an appositive closed by the comma before `position` opens: "X, a senior aide, said".
    func appositiveStart(before position: Int, _ context: SentenceContext) -> Int? {
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
        while cursor > lower, position - cursor < 26 {
            let text = context.tokens[cursor].text
            if text == "," {
                // A long one only after a person's name: "X, head of A and deputy head of B, said".
                if position - cursor >= 16,
                    context.mentionBefore(cursor, maxGap: 0).map({ entities[context.mentions[$0].entity].kind })
                        != .person
                {
                    return nil
                }
                if holdsClause((cursor + 1)..<(position - 1), context) { return nil }
                // "X, an expert on trade, and author of a book, says": a second appositive joined to the first.
                if context.tokens[cursor + 1].lower == "and", let first = appositiveStart(before: cursor + 1, context) {
                    return first
                }
                return cursor
            }
            if SentenceContext.quotes.contains(text) || context.isClauseBreak(cursor) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// "Since May, inspectors would train, said X": words between commas with a verb of their own are a
    /// clause, no appositive, unless the verb is a relative clause's ("a former official who had served").
    private func holdsClause(_ span: Range<Int>, _ context: SentenceContext) -> Bool {
        var clauseVerb = false
        for index in span.reversed() {
            if Self.finiteVerbTags.contains(context.tags[index]) { clauseVerb = true }
            if Self.blockers.contains(context.tokens[index].lower) { clauseVerb = false }
        }
        return clauseVerb
    }
}
