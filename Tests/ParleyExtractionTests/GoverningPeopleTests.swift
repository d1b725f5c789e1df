import ParleyExtraction
import ParleyModel
import Testing

/// People who stand for their state by the words around them: "Peru's envoys", "officials in Peru".
@Suite struct GoverningPeopleTests {
    func pairs(_ text: String) -> [Set<String>] {
        ExtractionFixture.pairs(text)
    }

    @Test(
        arguments: [
            ("President Luis Mora of Chile met Peru's envoys on Monday.", ["Luis Mora", "Peru"] as Set),
            ("Chilean officials held a meeting with Lima's envoys on Monday.", ["Chile", "Peru"]),
            ("President Luis Mora of Chile held talks with Peru's leaders.", ["Luis Mora", "Peru"]),
            ("President Luis Mora of Chile also held talks with senior officials in Peru.", ["Luis Mora", "Peru"]),
            ("The meeting between Chilean and Peruvian prime ministers ended on Monday.", ["Chile", "Peru"]),
            ("Chilean and Peruvian defence chiefs met at the border on Monday.", ["Chile", "Peru"]),
        ] as [(String, Set<String>)])
    func thePeopleAStateSendsOrHousesStandForIt(text: String, pair: Set<String>) {
        #expect(pairs(text) == [pair])
    }

    @Test func peopleNamedAsAnotherStatesStayThatStates() {
        let extraction = ExtractionFixture.extract("Chilean military officials in Peru said the border is calm.")
        #expect(extraction.statements.map { extraction.actors[$0.speaker].name } == ["Chile"])
    }

    @Test func aListOfPeopleInPlacesKeepsEachPlacesState() {
        let extraction = ExtractionFixture.extract("Chilean diplomats in Bolivia and officials in Lima have said so.")
        let speakers = Set(extraction.statements.map { extraction.actors[$0.speaker].name })
        #expect(speakers.contains("Peru"))
    }
}

/// People of a capital who are not its government, and news outlets, speak for no state.
@Suite struct NoStateSpeaksTests {
    @Test(arguments: [
        "Lima residents said the troops had entered the city.",
        "The Lima Financial Review, citing unnamed sources, said the bid would fail.",
    ])
    func noOneSpeaks(text: String) {
        #expect(ExtractionFixture.extract(text).statements.isEmpty)
    }

    @Test func theOfficialsOfACapitalStillSpeakForItsState() {
        let extraction = ExtractionFixture.extract("Lima officials said the troops had entered the city.")
        #expect(extraction.statements.map { extraction.actors[$0.speaker].name } == ["Peru"])
    }
}
