import ParleyExtraction
import ParleyModel

/// Runs the standard extractor on a small article written for the test.
enum ExtractionFixture {
    static let extractor = Extractor()

    static func extract(_ text: String, published: String? = "2023-05-10") -> Extraction {
        extractor.extract(
            Article(origin: "test.txt", published: published.flatMap { CalendarDate(iso: $0) }, text: text))
    }

    static func names(_ extraction: Extraction, _ indices: [Int]) -> Set<String> {
        Set(indices.map { extraction.actors[$0].name })
    }

    /// The participants of each meeting, by name.
    static func pairs(_ extraction: Extraction) -> [Set<String>] {
        extraction.meetings.map { names(extraction, $0.participants) }
    }

    /// The participants of each meeting a text reports, by name.
    static func pairs(_ text: String, published: String? = "2023-05-10") -> [Set<String>] {
        pairs(extract(text, published: published))
    }

    /// The speaker of each statement a text reports, by name.
    static func speakers(_ text: String, published: String? = "2023-05-10") -> [String] {
        let extraction = extract(text, published: published)
        return extraction.statements.map { extraction.actors[$0.speaker].name }
    }

    static func actor(_ extraction: Extraction, named name: String) -> ExtractedActor? {
        extraction.actors.first { $0.name == name }
    }
}
