/// Where a sentence names an actor.
struct Mention: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// A proper name, abbreviation, or a person named with a title.
        case name
        /// A surname alone, or a bare title ("the foreign minister") standing for a person named before.
        case reference
        /// "Chinese": a country by its adjective; an actor only in a few positions.
        case demonym
        /// "Beijing said": a capital standing for its government.
        case capital
        /// "he", "she".
        case pronoun
    }

    /// Token indices of the whole mention, title included.
    let range: Range<Int>
    let entity: Int
    let form: Form
    /// A place name after "in", "to", "at": where something happens, not who acts.
    let isPlace: Bool
    /// Followed by "'s".
    let isPossessive: Bool
    /// "the Polish foreign minister said", no one named with that office yet: the office of a person the
    /// article may name next. The mention stands for the state meanwhile.
    var unnamedOffice: String? = nil

    /// Can be a speaker or a participant.
    var canAct: Bool { !isPlace && form != .demonym }
}

extension Mention {
    /// "him", "her" (not "her office"): a pronoun that is a verb's object, no subject of the next verb ("greeted
    /// her and said") and someone other than the clause's subject.
    func isObjectPronoun(in tokens: [Token]) -> Bool {
        form == .pronoun && range.count == 1 && ["him", "her"].contains(tokens[range.lowerBound].lower)
    }
}
