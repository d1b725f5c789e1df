/// Talks known by the number of their parties ("the six-party talks"), read from Data/forums.tsv: whose
/// they are when the sentence names no one.
struct Forums: Sendable {
    /// The word before the meeting noun, in lower case, to the country codes of the member states.
    private(set) var members: [String: [String]] = [:]

    init() {}

    init(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Knowledge.rows(text, file: file, columns: 2) {
            let codes = Knowledge.list(row.fields[1])
            guard codes.count >= 2, codes.allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isUppercase) }) else {
                throw .badLine(file: file, line: row.line, reason: "members must be two or more country codes")
            }
            members[row.fields[0].lowercased()] = codes
        }
    }
}
