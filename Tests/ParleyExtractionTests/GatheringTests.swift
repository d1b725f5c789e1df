import ParleyExtraction
import ParleyModel
import Testing

/// A body's summit is one encounter of everyone the article names at it, however many sentences tell it.
@Suite struct GatheringTests {
    @Test func theGuestsWhoArriveForASummitTakePartInIt() throws {
        let extraction = ExtractionFixture.extract(
            """
            The 9th summit of the Andean Community (CAN) opened in Quito on Saturday. Leaders from Peru, Bolivia \
            and Chile arrived in Quito on Friday to attend the two-day summit.
            """)
        let summit = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(summit.kind == .summit)
        #expect(
            Set(summit.participants.map { extraction.actors[$0].name })
                == ["Andean Community", "Peru", "Bolivia", "Chile"])
        #expect(summit.date?.date.description == "2023-05-06")
    }

    @Test func aSummitNoOneIsNamedAtIsNoEncounter() {
        #expect(
            ExtractionFixture.extract("The 9th summit of the Andean Community opened on Saturday.").meetings.isEmpty)
    }

    @Test func aSummitOfAnotherYearIsAnotherOccasion() {
        let extraction = ExtractionFixture.extract(
            """
            The Andean Community summit opened in Quito on Saturday. Ministers recalled the Andean Community \
            summit of 2019. President Ana Ruiz of Peru attended the summit of the Andean Community on Saturday.
            """)
        #expect(extraction.meetings.count == 1)
    }
}
