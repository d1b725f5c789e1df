import ParleyModel

/// Whom "he", "she", "him" and "her" stand for: the person last named, or the subject of a reported clause.
extension Extractor {
    /// The sentence's mentions with each pronoun standing for its person; one that stands for no one is dropped.
    func resolvingPronouns(
        _ mentions: [Mention], in sentence: Sentence, _ tokens: [Token], quoted: Set<Int>, entities: EntityTable,
        lastPerson: inout (entity: Int, sentence: Int)?
    ) -> [Mention] {
        // "he" and "she" stand for the person last named, in this sentence or the one before.
        var sentencePerson: Int?
        // The subject of the last reported clause before the pronoun: "Muraoka said Hashimoto would raise
        // it when he meets Hu" is Hashimoto's meeting.
        var lastSubject: Int?
        // "He praised X, with whom he will hold talks": a second "he" is the first one's person.
        var pronounPerson: Int?
        let resolved = mentions.compactMap { mention -> Mention? in
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
        return resolved
    }

    /// Whether a name at `position` opens a reported clause ("said Prime Minister Hashimoto would ...",
    /// "said that he"): the subject a later "he" in that clause stands for.
    func opensReportedClause(_ position: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
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
}
