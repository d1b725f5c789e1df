import ParleyExtraction
import ParleyModel
import Testing

/// Who speaks when the ones who talk speak for someone else, and when a place only says where a speaker is.
@Suite struct SpokesPeopleTests {
    @Test(
        arguments: [
            (
                "Chilean President Ana Ruiz met the army chief. Her office said the talks would go ahead.",
                ["Ana Ruiz"]
            ),
            (
                "Chilean President Ana Ruiz met the army chief. Ruiz's office said the talks would go ahead.",
                ["Ana Ruiz"]
            ),
            ("Chilean President Ana Ruiz ordered the army to act, her spokeswoman said on Monday.", ["Ana Ruiz"]),
            ("Chilean President Ana Ruiz met the army chief. His aides said the talks would go ahead.", []),
            (
                "Chilean President Ana Ruiz's spokeswoman was more hopeful, saying the talks would go ahead.",
                ["Ana Ruiz"]
            ),
        ] as [(String, [String])])
    func theyWhoSpeakForAPersonAreThatPerson(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test(
        arguments: [
            (
                "Demand for copper will grow, according to the Paris-based International Energy Agency.",
                ["International Energy Agency"]
            ),
            ("Prices will rise, the Lima-based group said in a statement.", []),
            ("Prices will rise, a US-based lobby said in a statement on Monday.", []),
        ] as [(String, [String])])
    func aPlaceJoinedToBasedIsNoSpeaker(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test(
        arguments: [
            "A Peruvian military official said the drill began on Monday. The troops left, the official said.",
            "A senior Peruvian source said the drill began on Monday. The troops left, the source said.",
        ])
    func anUnnamedPersonOfAStateSpeaksForItAgainLater(text: String) {
        #expect(ExtractionFixture.speakers(text) == ["Peru", "Peru"])
    }

    @Test func thePeopleOfAStatePlacedAtABodySpeakForTheState() {
        let text = "Both Chilean and Peruvian envoys at the Andean Community said the border talks would go on."
        #expect(Set(ExtractionFixture.speakers(text)) == ["Chile", "Peru"])
    }
}
