/// The nouns for a pair the article already named ("the two leaders", "the two sides"), read from
/// Data/pair-nouns.tsv.
struct PairNouns: Sendable {
    /// Every noun, one or two words: "leaders", "prime ministers".
    private(set) var nouns: Set<String> = []
    /// "sides", "delegations": a pair that met, never two people picked from the article.
    private(set) var sides: Set<String> = []
    /// "countries", "kingdoms": the states of a pair that met.
    private(set) var states: Set<String> = []
    /// "presidents" -> ["president"]: words one of a person's titles must hold.
    private(set) var offices: [String: [String]] = [:]

    init() {}

    init(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Knowledge.rows(text, file: file, columns: 2) {
            let noun = row.fields[0].lowercased()
            nouns.insert(noun)
            switch row.fields[1] {
            case "person":
                let titles = Knowledge.list(row.field(2))
                if !titles.isEmpty { offices[noun] = titles }
            case "side": sides.insert(noun)
            case "state": states.insert(noun)
            default: throw .badLine(file: file, line: row.line, reason: "kind must be person, side or state")
            }
        }
    }
}
