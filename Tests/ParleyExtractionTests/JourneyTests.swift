import ParleyExtraction
import ParleyModel
import Testing

/// Verbs of going: a journey has a place it goes to.
@Suite struct JourneyTests {
    @Test(
        arguments: [
            ("Foreign Minister Ana Ruiz of Peru came to Chile on her first trip abroad.", "Chile"),
            ("Foreign Minister Ana Ruiz of Peru will come to Santiago next week.", "Santiago"),
        ] as [(String, String)])
    func comingToAPlaceIsAVisit(text: String, location: String) throws {
        let extraction = ExtractionFixture.extract(text)
        let visit = try #require(extraction.meetings.first)
        #expect(visit.kind == .visit)
        #expect(visit.location == location)
        #expect(ExtractionFixture.names(extraction, visit.participants) == ["Ana Ruiz", "Chile"])
    }

    @Test(arguments: [
        "President Luis Mora and Prime Minister Ana Ruiz came to an agreement on the border on Monday.",
        "President Luis Mora and Prime Minister Ana Ruiz went to the polls on Sunday.",
    ])
    func aVerbOfGoingToNoPlaceIsNoJourney(text: String) {
        #expect(ExtractionFixture.extract(text).meetings.isEmpty)
    }
}
