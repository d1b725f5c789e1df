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

    @Test(arguments: [
        "Chilean Defence Minister Luis Mora arrived in Lima on Monday for a visit to Peru at the invitation of his "
            + "Peruvian counterpart Ana Ruiz.",
        "At the invitation of Peruvian President Ana Ruiz, Chilean President Luis Mora paid a visit to Peru last week.",
    ])
    func theOneWhoInvitedIsTheVisitsHost(text: String) throws {
        let extraction = ExtractionFixture.extract(text)
        #expect(extraction.meetings.count == 1)
        let visit = try #require(extraction.meetings.first)
        #expect(visit.kind == .visit)
        #expect(ExtractionFixture.names(extraction, visit.participants) == ["Ana Ruiz", "Luis Mora"])
    }

    @Test func aBodyThatInvitedLeavesTheHostCountry() throws {
        let extraction = ExtractionFixture.extract(
            "Chilean President Luis Mora will visit Peru at the invitation of the Peruvian Congress.")
        let visit = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, visit.participants) == ["Luis Mora", "Peru"])
    }

    @Test func anArrivalForAVisitIsOneJourneyUnderWay() throws {
        let extraction = ExtractionFixture.extract("Luis Mora arrived in Lima on Monday for an official visit to Peru.")
        #expect(extraction.meetings.count == 1)
        #expect(extraction.meetings.first?.status == .occurred)
    }
}
