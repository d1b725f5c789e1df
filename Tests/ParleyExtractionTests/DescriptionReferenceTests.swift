import ParleyExtraction
import ParleyModel
import Testing

/// An unnamed person described once ("a Peruvian official", "a Harbour Board spokesman") is "the official" or
/// "the spokesman" later in the article, and speaks for the same state or body.
@Suite struct DescriptionReferenceTests {
    static let stories: [(String, String)] = [
        ("A Peruvian official said the border would open. Trucks would cross on Monday, the official said.", "Peru"),
        (
            "A senior official of the Lakes Harbour Board said fees would rise. The official said ships were late.",
            "Lakes Harbour Board"
        ),
        (
            "A State Department spokesperson said the ban stood. The spokesperson added that talks would go on.",
            "State Department"
        ),
        ("Chilean sources said the envoy had left. The envoy will return in May, the sources said.", "Chile"),
    ]

    @Test(arguments: stories)
    func theDescriptionSpeaksForTheSameActor(_ text: String, _ speaker: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(extraction.statements.map { extraction.actors[$0.speaker].name } == [speaker, speaker])
    }

    static let noPersons = [
        "The Chilean government said the envoy had left. The envoy will return in May, the government said.",
        "The Chilean military said the envoy had left. The envoy will return in May, the military said.",
    ]

    @Test(arguments: noPersons)
    func aBodyWordIsNoDescriptionOfAPerson(_ text: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(extraction.statements.count == 1)
    }

    @Test func aDescriptionNobodyGaveStandsForNoOne() {
        let extraction = ExtractionFixture.extract("Trucks would cross on Monday, the official said.")
        #expect(extraction.statements.isEmpty)
    }
}
