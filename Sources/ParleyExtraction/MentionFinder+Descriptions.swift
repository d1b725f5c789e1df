/// Unnamed people by their description: "a Mexican official said" stands for Mexico, and "the official said"
/// later in the article for the same state; "an official of the Port Authority", then "the official", for
/// the body.
extension MentionFinder {
    /// "the official", "the spokesperson": an earlier description's state or body, when nothing else reads it.
    func describedReference(at i: Int, end: Int, entities: EntityTable) -> Mention? {
        guard tokens[i].lower == "the", i + 2 < end, !tokens[i + 1].isCapitalized,
            let index = entities.described(tokens[i + 1].lower),
            // "the official news agency": the noun must end the phrase.
            !tokens[i + 2].isWordLike || !(tags?[i + 2]?.isNoun ?? false)
        else { return nil }
        return finish(i..<(i + 2), index, .reference, isPlace: false, end: end)
    }

    /// "an official of the Port Authority", "a spokesman for the ministry": the body a description before
    /// `bodyStart` serves.
    func describesServant(before bodyStart: Int, of body: Int, entities: inout EntityTable) {
        var link = bodyStart - 1
        if link > 0, tokens[link].lower == "the" { link -= 1 }
        guard link > 0, ["of", "with", "from", "for"].contains(tokens[link].lower) else { return }
        guard !tokens[link - 1].isCapitalized else { return }
        noteDescription(at: link - 1, standingFor: body, entities: &entities)
    }

    /// Remembers the noun at `index` as a description of an unnamed person of `entity`, if it describes a
    /// person: a word of `person-nouns.tsv` ("official", "source", "adviser") or an office ("spokesman");
    /// "the government" and "the military" are no one's description.
    func noteDescription(at index: Int, standingFor entity: Int, entities: inout EntityTable) {
        let word = tokens[index].lower
        guard
            knowledge.personNouns.contains(EntityTable.singular(word))
                || titleCache.match(tokens, at: index, end: index + 1) != nil
        else { return }
        entities.describe(word, as: entity)
    }
}
