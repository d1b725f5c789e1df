import ParleyExtraction
import ParleyModel
import Testing

/// Wordings of an encounter beyond "meet" and "talks", and the places and purposes around them.
@Suite struct HandshakeAndPurposeTests {
    @Test(
        arguments: [
            "Chilean President Ana Ruiz and Peruvian President Juan Soto shook hands on Monday.",
            "Chilean President Ana Ruiz shook hands with Peruvian President Juan Soto in Lima.",
            "Chilean President Ana Ruiz and Peruvian President Juan Soto held a video conference on Monday.",
        ])
    func handshakesAndVideoConferencesAreEncounters(text: String) {
        #expect(ExtractionFixture.pairs(text) == [["Ana Ruiz", "Juan Soto"]])
    }

    @Test func aRegionEndingInAStatesNameIsNoVisitToThatState() {
        let text = "Chilean President Ana Ruiz, on a tour of South America, met Peruvian President Juan Soto in Lima."
        #expect(ExtractionFixture.pairs(text) == [["Ana Ruiz", "Juan Soto"]])
    }

    @Test(
        arguments: [
            (
                "Peruvian President Juan Soto flew to Santiago on Monday to meet Chilean President Ana Ruiz.",
                MeetingStatus.occurred
            ),
            ("Peruvian President Juan Soto was in Santiago last week to meet Chilean President Ana Ruiz.", .occurred),
            (
                "Peruvian President Juan Soto will fly to Santiago on Monday to meet Chilean President Ana Ruiz.",
                .planned
            ),
        ] as [(String, MeetingStatus)])
    func aJourneyMadeToMeetTellsAMeetingHeld(text: String, status: MeetingStatus) {
        #expect(ExtractionFixture.extract(text, published: "2024-03-14").meetings.map(\.status) == [status])
    }

    @Test(
        arguments: [
            (
                "Peruvian President Juan Soto was due to tour the port on Monday and hold talks with Chilean President Ana Ruiz.",
                MeetingStatus.planned
            ),
            (
                "Peruvian President Juan Soto toured the port on Monday and held talks with Chilean President Ana Ruiz.",
                .occurred
            ),
        ] as [(String, MeetingStatus)])
    func aVerbJoinedToAnInfinitiveSharesItsPlan(text: String, status: MeetingStatus) {
        #expect(ExtractionFixture.extract(text, published: "2024-03-14").meetings.map(\.status) == [status])
    }

    @Test(
        arguments: [
            ("Peruvian President Juan Soto visits Chile next week.", MeetingStatus.planned),
            ("Trade will top the agenda when Peruvian President Juan Soto meets Chilean President Ana Ruiz.", .planned),
            ("Peruvian President Juan Soto visits Chile.", .occurred),
        ] as [(String, MeetingStatus)])
    func aVerbInThePresentReportsAVisitOrAMeeting(text: String, status: MeetingStatus) {
        #expect(ExtractionFixture.extract(text, published: "2024-03-14").meetings.map(\.status) == [status])
    }

    @Test func aPluralNounOfVisitsInGeneralIsNone() {
        #expect(
            ExtractionFixture.pairs("His visits to Chile were frequent, Peruvian President Juan Soto said.").isEmpty)
    }
}
