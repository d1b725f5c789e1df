import ParleyModel

/// Whom "he", "she", "him" and "her" stand for: the person last named, or the subject of a reported clause.
extension Extractor {
    /// The sentence's mentions with each pronoun standing for its person; one that stands for no one is dropped.
    func resolvingPronouns(
        _ mentions: [Mention], in sentence: Sentence, _ tokens: [Token], quoted: Set<Int>, entities: EntityTable,
        memory: inout PronounMemory
    ) -> [Mention] {
        // "he" and "she" stand for the person last named, in this sentence or the one before.
        var sentencePerson: Int?
        // The subject of the last reported clause before the pronoun: "Muraoka said Hashimoto would raise
        // it when he meets Hu" is Hashimoto's meeting.
        var lastSubject: Int?
        // "He praised X, with whom he will hold talks": a second "he" is the first one's person.
        var pronounPerson: Int?
        var ownerPerson: Int?
        var named: [Int] = []
        let resolved = mentions.compactMap { mention -> Mention? in
            if mention.form == .pronoun, tokens[mention.range.lowerBound].lower == "it" {
                return speakingBody(mention, sentence, memory)
            }
            if mention.form == .pronoun {
                // The person of the last few sentences; further back a pronoun is no safe reference.
                let recent = memory.lastPerson.flatMap {
                    sentence.index - $0.sentence <= PronounMemory.reach ? $0.entity : nil
                }
                // "Gorbachev held talks with her": an object is someone other than the clause's subject ("her
                // office said" is no object); '"When I met him, ..."': whom a quoted speaker means is theirs.
                let word = tokens[mention.range.lowerBound].lower
                // "a visit which saw him meeting X": the one seen is the clause's person, as a subject is.
                let start = mention.range.lowerBound
                let witnessed =
                    start > sentence.range.lowerBound && knowledge.witnessVerbs.contains(tokens[start - 1].lower)
                let isObject = mention.isObjectPronoun(in: tokens) && !witnessed
                if isObject, quoted.contains(mention.range.lowerBound) { return nil }
                let nearest =
                    isObject
                    ? recent ?? sentencePerson ?? ownerPerson
                    : lastSubject ?? pronounPerson ?? sentencePerson ?? ownerPerson ?? recent
                guard
                    let person = nearest.flatMap({ nearest in
                        fitting(Gender(pronoun: word), nearest: nearest, named: named, memory, entities)
                    })
                else { return nil }
                if !isObject, pronounPerson == nil { pronounPerson = person }
                // "He also met Foreign Minister X. He said": a pronoun that opens the sentence keeps its person
                // as the one the next sentence continues.
                if !isObject, sentencePerson == nil, ownerPerson == nil { sentencePerson = person }
                return Mention(
                    range: mention.range, entity: person, form: .pronoun, isPlace: false,
                    isPossessive: false)
            }
            if entities[mention.entity].kind == .person { named.append(mention.entity) }
            // The subject is the first person not introduced by a preposition ("Before meeting with Bush, the Crown Prince").
            let previous =
                mention.range.lowerBound > sentence.range.lowerBound
                ? tokens[mention.range.lowerBound - 1].lower : ""
            if entities[mention.entity].kind == .person, !Self.nonSubjectMarkers.contains(previous),
                !quoted.contains(mention.range.lowerBound)
            {
                // "In his predecessor X's government, Y helped": an owner is no subject while a person who is not
                // one follows.
                if mention.isPossessive {
                    if ownerPerson == nil { ownerPerson = mention.entity }
                } else if sentencePerson == nil {
                    sentencePerson = mention.entity
                }
                if !mention.isPossessive, opensReportedClause(mention.range.lowerBound, sentence, tokens) {
                    lastSubject = mention.entity
                }
            }
            return mention
        }
        if let person = sentencePerson ?? ownerPerson { memory.lastPerson = (person, sentence.index) }
        memory.lastBody = resolved.first {
            opensSentence($0, sentence, tokens) && [.organization, .country].contains(entities[$0.entity].kind)
        }.map { ($0.entity, sentence.index) }
        for person in named { memory.remember(person, sentence: sentence.index) }
        return resolved
    }

    /// "It said" stands for the body or state the sentence before began with; in ", it added" this sentence's
    /// own opening is what was said.
    private func speakingBody(_ pronoun: Mention, _ sentence: Sentence, _ memory: PronounMemory) -> Mention? {
        guard let body = memory.lastBody, sentence.index - body.sentence == 1 else { return nil }
        return Mention(range: pronoun.range, entity: body.entity, form: .pronoun, isPlace: false, isPossessive: false)
    }

    /// The person a pronoun of `gender` stands for: the nearest reading when its gender does not contradict
    /// the pronoun's; else the person last named whose gender is the pronoun's ("Aziz spoke, and Zia
    /// answered. She said"), or else whose gender nothing tells; else no one.
    private func fitting(
        _ gender: Gender?, nearest: Int, named: [Int], _ memory: PronounMemory, _ entities: EntityTable
    ) -> Int? {
        guard let gender, let known = entities[nearest].gender, known != gender else { return nearest }
        let people = memory.recentPeople.map(\.entity) + named
        return people.last { entities[$0].gender == gender } ?? people.last { entities[$0].gender == nil }
    }

    /// "The ministry said", "Peru's army warned": a mention at the sentence's start, after a determiner at
    /// most, not possessive.
    private func opensSentence(_ mention: Mention, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        let start = mention.range.lowerBound
        let lead = start - sentence.range.lowerBound
        // "The Australian Financial Review said": a word of a longer name the finders did not take.
        let end = mention.range.upperBound
        let insideName = end < sentence.range.upperBound && tokens[end].isCapitalized
        return !mention.isPossessive && !mention.isPlace && mention.form != .demonym && !insideName
            && (lead == 0 || lead == 1 && tokens[sentence.range.lowerBound].lower == "the")
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

/// Whom a pronoun may stand for across sentences.
struct PronounMemory {
    /// The first person named as a subject in the last sentence that named one.
    var lastPerson: (entity: Int, sentence: Int)?
    /// The body or state the last sentence began with: whom "it said" stands for in the next.
    var lastBody: (entity: Int, sentence: Int)?
    /// Everyone named in the last few sentences, the most recent last.
    private(set) var recentPeople: [(entity: Int, sentence: Int)] = []
    /// How many sentences back a pronoun may reach.
    static let reach = 4

    mutating func remember(_ person: Int, sentence: Int) {
        recentPeople.removeAll { $0.entity == person || sentence - $0.sentence > Self.reach }
        recentPeople.append((person, sentence))
    }
}
