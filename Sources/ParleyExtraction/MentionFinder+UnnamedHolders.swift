import ParleyModel

/// A title with no name after it: the person who holds it, or the state its holder serves.
extension MentionFinder {
    /// A bare title standing for the person the article last gave it, or for the state its holder serves.
    func unnamedHolder(of office: Office, from start: Int, end: Int, entities: inout EntityTable) -> Mention? {
        let cursor = office.titleStart
        let precededByThe =
            start < cursor && tokens[start].lower == "the"
            || start > 0 && ["the", "his", "her"].contains(tokens[start - 1].lower)
        // "the visiting minister": the holder the article named, if any; the guest's word names no state.
        let afterGuest =
            start > 1 && knowledge.guestWords.contains(tokens[start - 1].lower) && tokens[start - 2].lower == "the"
        // "his Libyan counterpart" is someone's counterpart, not the last Libyan named. "The Saudi leader" is
        // the last Saudi named; "the Polish ambassador" only an ambassador.
        // "the veteran diplomat", no state given: the person last named with an office.
        let isGeneric = Self.genericOffices.contains(office.title.lowercased())
        // "Chile's president" is the president of Chile the article names, as "the Chilean president" is.
        let possessed = (start..<cursor).contains { tokens[$0].lower == "'s" }
        let genericHolder =
            office.modifiers.country.map { entities.lastPerson(ofCountry: $0) } ?? entities.lastPersonWithOffice()
        if precededByThe || afterGuest || possessed, office.office != nil,
            let holder = entities.holder(ofTitle: office.title, country: office.modifiers.country)
                ?? (isGeneric ? genericHolder : nil)
        {
            return Mention(
                range: start..<office.end, entity: holder, form: .reference, isPlace: false, isPossessive: false)
        }
        // "Peru's foreign minister met his Chilean counterpart": the person of that state the article named
        // with the office of the one last named.
        if precededByThe, office.office == nil, let country = office.modifiers.country,
            let counterpart = counterpart(in: country, entities: entities)
        {
            return Mention(
                range: start..<office.end, entity: counterpart, form: .reference, isPlace: false, isPossessive: false)
        }
        // "met the Polish ambassador", "met his Indian counterpart", "summoned China's ambassador", no one
        // named: the state they serve.
        if precededByThe || possessed, let country = office.modifiers.country {
            let index = entities.country(country, alias: nil)
            return Mention(
                range: start..<office.end, entity: index, form: .name, isPlace: false, isPossessive: false,
                unnamedOffice: (precededByThe || possessed) && !isGeneric ? office.office : nil)
        }
        // "a State Department spokesperson said": "the spokesperson" later speaks for the body again.
        if let body = office.modifiers.organization ?? office.modifiers.country.flatMap(entities.countryIndex) {
            noteDescription(at: office.end - 1, standingFor: body, entities: &entities)
        }
        return nil
    }

    /// Who holds, in `country`, the office of the person last named with one.
    private func counterpart(in country: String, entities: EntityTable) -> Int? {
        guard let person = entities.lastPersonWithOffice(), entities[person].country != country,
            let title = entities[person].roles.last?.title
        else { return nil }
        return entities.holder(ofTitle: title, country: country)
    }
}
