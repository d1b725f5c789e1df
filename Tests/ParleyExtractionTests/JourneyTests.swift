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

    @Test(
        arguments: [
            "Chilean President Luis Mora praised ties with Peru during his first ever visit to the Andean country.",
            "Peru and Bolivia signed a pact on Monday. Chilean President Luis Mora will pay a visit to the country.",
            "LIMA, May 9 - Chilean President Luis Mora ended a visit to the South American nation on Tuesday.",
        ] as [String])
    func aStateDescribedIsTheOneNamedLast(text: String) throws {
        let extraction = ExtractionFixture.extract(text)
        let visit = try #require(extraction.meetings.first { $0.kind == .visit })
        #expect(
            ExtractionFixture.names(extraction, visit.participants) == [
                "Luis Mora", text.contains("signed") ? "Bolivia" : "Peru",
            ])
    }

    @Test func aStatesTitleIsItsName() throws {
        let extraction = ExtractionFixture.extract(
            "Chilean President Luis Mora will visit the United Republic of Tanzania and the Republic of Kenya.")
        #expect(
            Set(extraction.meetings.map { ExtractionFixture.names(extraction, $0.participants) })
                == [["Luis Mora", "Tanzania"], ["Luis Mora", "Kenya"]])
    }

    @Test func anOldArrivalInTheCountryIsNotToAStateNamedInPassing() {
        let extraction = ExtractionFixture.extract(
            "Peru named a new envoy. Luis Mora arrived in the country six years ago as a refugee.")
        #expect(
            extraction.meetings.allSatisfy { !ExtractionFixture.names(extraction, $0.participants).contains("Peru") })
    }

    @Test(arguments: [
        "Former Chilean president Luis Mora was in Peru last week on a three-day visit.",
        "LIMA, May 9 - Former Chilean president Luis Mora was in the country on Monday on an official visit.",
    ])
    func whereTheVisitorWasOnAVisitIsTheDestination(text: String) throws {
        let extraction = ExtractionFixture.extract(text)
        let visit = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, visit.participants) == ["Luis Mora", "Peru"])
    }
}
