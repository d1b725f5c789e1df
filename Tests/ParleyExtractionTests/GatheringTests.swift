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

    @Test(arguments: [
        "Chilean President Ana Ruiz will hold a summit with Peruvian President Luis Paz in Lima on Friday.",
        "A summit between Chilean President Ana Ruiz and Peruvian President Luis Paz was put off until Friday.",
    ])
    func aSummitOfTwoLeadersIsTheirMeeting(text: String) throws {
        let meeting = try #require(ExtractionFixture.extract(text).meetings.first)
        #expect(meeting.kind == .meeting)
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

    @Test(
        arguments: [
            "Chilean President Ana Ruiz spoke at the Andean Community summit in Quito on Sunday.",
            "At the closing session of the 9th Andean Community summit, Chilean President Ana Ruiz said trade would grow.",
            "Speaking at the Andean Community summit in Quito, Ecuador, Chilean President Ana Ruiz said trade would grow.",
            "Chilean President Ana Ruiz told the Andean Community summit that trade would grow.",
        ])
    func whoeverActsAtASummitAttendsIt(text: String) {
        #expect(ExtractionFixture.pairs(text) == [["Ana Ruiz", "Andean Community"]])
    }

    @Test func theSpeakersAtASummitJoinTheBodysOneEncounter() {
        let text = """
            The Andean Community summit opened in Quito on Sunday. Chilean President Ana Ruiz addressed the summit. \
            Peru also spoke at the summit.
            """
        #expect(ExtractionFixture.pairs(text) == [["Andean Community", "Ana Ruiz", "Peru"]])
    }

    @Test func aMeetingOnASummitsSidelinesKeepsItsOwnPeople() {
        let text =
            "Chilean President Ana Ruiz will meet Juan Soto during the Andean Community summit in Quito next week."
        let extraction = ExtractionFixture.extract(text)
        let meeting = extraction.meetings.first { $0.kind != .summit }
        #expect(meeting.map { ExtractionFixture.names(extraction, $0.participants) } == ["Ana Ruiz", "Juan Soto"])
        #expect(meeting?.status == .planned)
    }
}
