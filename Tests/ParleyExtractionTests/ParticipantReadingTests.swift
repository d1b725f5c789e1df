import ParleyExtraction
import ParleyModel
import Testing

/// Who the participants are when the wording names them indirectly: offices, appositions, purposes.
@Suite struct ParticipantReadingTests {
    func pairs(_ text: String, published: String? = "2024-03-14") -> [Set<String>] {
        ExtractionFixture.pairs(text, published: published)
    }

    @Test func anOfficeMayEndInTheWordOfABody() {
        #expect(
            pairs("Vice Premier Wu Jian of China met U.S. Treasury Secretary Tom Field.") == [["Wu Jian", "Tom Field"]])
    }

    @Test func whomOneHoldsTalksWithIsVisitingNotTheOneWhoTravels() {
        let pairs = pairs(
            "Chinese Vice Premier Wu Jian held talks here Saturday with visiting U.S. Treasury Secretary Tom Field.")
        #expect(pairs == [["Wu Jian", "Tom Field"]])
    }

    @Test func aJourneyForAMeetingIsTheTravellersMeeting() {
        let pairs = pairs(
            """
            Egypt's intelligence chief, Gen. Samir Hady, is expected to travel to Washington later this month for a \
            meeting with the national security adviser, Laura Penn.
            """)
        #expect(pairs == [["Samir Hady", "Laura Penn"]])
    }

    @Test func aMeasureMayStandBetweenTheJourneyAndItsTalks() {
        let pairs = pairs(
            """
            LONDON, March 22 - British Foreign Secretary Richard Hale will fly to Moscow on Monday for three days of \
            talks with Soviet Foreign Minister Yuri Petrov on arms control, the Foreign Office said today.
            """,
            published: "1987-03-22")
        #expect(pairs == [["Richard Hale", "Yuri Petrov"]])
    }

    @Test func aNameInAppositionToAnOfficeForSomething() {
        #expect(
            pairs("Foreign Minister Ali Reza of Iran refused to meet the US special envoy for Iran, Robert Call.")
                == [["Ali Reza", "Robert Call"]])
        #expect(
            pairs(
                "Ali Reza of Iran met the European Union's coordinator for the talks, Josep Vall, late on Tuesday."
            ) == [["Ali Reza", "Josep Vall"]])
    }

    @Test func whoReportsAMeetingIsNoPartOfIt() {
        let pairs = pairs(
            """
            BONN, March 22 - Chancellor Klaus Brenner is expected to visit Washington next month for a meeting with \
            President Walter Hayes, West German officials said.
            """,
            published: "1987-03-22")
        #expect(pairs == [["Klaus Brenner", "Walter Hayes"]])
    }
}
