/// Descriptions that name an office before the person who holds it: a wire story's lead says "the Polish
/// foreign minister said", and the next sentence gives "Dariusz Rosati told reporters".
///
/// The description waits, standing for its state, until one of the next two sentences opens on a person
/// the article names for the first time, of that state or of none, or names someone with that very office;
/// that person then holds the office and the description stands for them.
struct UnnamedOffices {
    private struct Waiting {
        let sentence: Int
        let context: Int
        let mention: Int
        let office: String
        let country: String?
    }

    private var waiting: [Waiting] = []
    /// How many sentences later the holder may still be named.
    static let reach = 2

    /// Who the waiting descriptions stand for, once `mentions` (of the sentence at `sentenceIndex`) name them:
    /// (context index, mention index, person). `newFrom` is the first entity index this sentence created.
    mutating func resolve(
        _ mentions: [Mention], sentenceIndex: Int, newFrom: Int, entities: inout EntityTable
    ) -> [(context: Int, mention: Int, person: Int)] {
        waiting.removeAll { sentenceIndex - $0.sentence > Self.reach }
        guard !waiting.isEmpty else { return [] }
        let people = mentions.filter { entities[$0.entity].kind == .person && $0.form != .pronoun }
        for (order, mention) in people.enumerated() where mention.entity >= newFrom {
            let person = mention.entity
            let country = entities[person].countryIsGuess ? nil : entities[person].country
            let roles = entities[person].roles.map { $0.title.lowercased() }
            // A person named with no office takes the office only by opening the sentence; one named with
            // the very office ("Polish Foreign Minister Jan Kowal") takes it wherever the sentence names them.
            guard
                let description = waiting.last(where: { other in
                    (country == nil || other.country == country)
                        && (roles.isEmpty ? order == 0 : roles.contains(other.office.lowercased()))
                })
            else { continue }
            let sameOffice = { (other: Waiting) in
                other.office == description.office && other.country == description.country
            }
            let resolved = waiting.filter(sameOffice)
            waiting.removeAll(where: sameOffice)
            entities.assignOffice(description.office, country: description.country, to: person)
            return resolved.map { ($0.context, $0.mention, person) }
        }
        return []
    }

    /// Keeps the sentence's descriptions of offices no one holds yet.
    mutating func remember(_ mentions: [Mention], sentenceIndex: Int, context: Int, entities: EntityTable) {
        for (index, mention) in mentions.enumerated() {
            guard let office = mention.unnamedOffice else { continue }
            waiting.append(
                Waiting(
                    sentence: sentenceIndex, context: context, mention: index, office: office,
                    country: entities[mention.entity].country))
        }
    }
}
