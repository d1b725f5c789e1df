/// Phrases in apposition to a person: "Vranek, head of the OSCE mission to Albania,".
extension MeetingFinder {
    static let appositionDeterminers: Set<String> = ["a", "an", "the"]

    /// The person an apposition holding the mention at `index` describes: "Vranek, head of the OSCE mission"
    /// makes the mission Vranek's, and what the clause does, Vranek does. Nil when the mention is in none.
    func appositionHolder(of index: Int, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        // A person after a comma is someone of his own ("of Russia, Prime Minister Berg and Petrov were joined").
        guard entities[context.mentions[index].entity].kind != .person else { return nil }
        let start = context.mentions[index].range.lowerBound
        var comma = start - 1
        while comma > lower, start - comma <= 16, tokens[comma].text != ",", !context.isClauseBreak(comma) {
            comma -= 1
        }
        guard comma > lower, tokens[comma].text == ",", comma + 1 < start else { return nil }
        var opener = comma + 1
        while opener < start,
            Self.appositionDeterminers.contains(tokens[opener].lower)
                || context.tags[opener] == .adjective
        {
            opener += 1
        }
        let knowledge = context.knowledge
        guard opener < start,
            knowledge.personNouns.contains(tokens[opener].lower)
                || !knowledge.titles.matches(tokens, at: opener, end: start).isEmpty,
            let holder = context.mentionBefore(comma, maxGap: 0),
            entities[context.mentions[holder].entity].kind == .person
        else { return nil }
        return holder
    }
}
