import ParleyModel

/// The frame of an address: "X addressed the UN General Assembly", "Speaking at a Security Council meeting, X
/// said", "X told the foreign affairs committee": a speaker before an assembly meets it.
extension MeetingFinder {
    static let addressPrepositions: Set<String> = ["to", "before", "at"]

    /// The speaker and the assembly addressed; nil when what the verb reaches is no assembly ("told
    /// reporters", "addressed the issue").
    func addressReading(
        at triggerRange: Range<Int>, inheritedSubject: [Int]?, _ context: SentenceContext
    ) -> MeetingReading? {
        var start = triggerRange.upperBound
        if start < context.sentence.range.upperBound,
            Self.addressPrepositions.contains(context.tokens[start].lower)
        {
            start += 1
        }
        guard let addressed = context.mentionHeadingPhrase(at: start), isAssembly(context.mentions[addressed], context)
        else { return nil }
        let assembly = context.mentions[addressed].entity
        let speaker =
            inheritedSubject
            ?? (verbSubject(before: triggerRange.lowerBound, context) ?? unsaidSubject(of: triggerRange, context))
            .map { [context.mentions[$0].entity] }
            ?? subjectAfterOpeningPhrase(triggerRange, skipping: [assembly], context)
        guard !speaker.isEmpty, !speaker.contains(assembly), isOutsider(speaker[0], of: assembly) else { return nil }
        var reading = MeetingReading(kind: .meeting)
        reading.subject = speaker
        reading.participants = speaker + [assembly]
        return reading
    }

    /// A minister before his own parliament is his state's business with itself, as a cabinet meeting is; a
    /// body of no named state ("parliament" alone) is taken for the speaker's own.
    private func isOutsider(_ speaker: Int, of assembly: Int) -> Bool {
        guard let state = entities[assembly].country else { return entities[assembly].name.contains(" ") }
        return entities[speaker].country.map { $0 != state } ?? true
    }

    /// A body that sits to be addressed: an organization with an assembly noun in its name, or a state's people
    /// gathered as one ("addressed a Chinese delegation").
    private func isAssembly(_ mention: Mention, _ context: SentenceContext) -> Bool {
        let entity = entities[mention.entity]
        guard entity.kind == .organization || entity.kind == .country && mention.range.count > 1 else { return false }
        // "the European Parliament's foreign affairs committee": the body the words name, or whose body it is.
        let words =
            context.tokens[mention.range].map(\.lower) + entity.name.lowercased().split(separator: " ").map(String.init)
        return words.contains(where: context.knowledge.assemblyNouns.contains)
    }
}
