import ParleyExtraction
import ParleyModel
import Testing

/// Descriptions that stand for a person: named after them, or before them with an office.
@Suite struct ReferenceTests {
    @Test func anOfficeInTheLeadIsThePersonNamedNext() {
        let text = """
            Chile will buy more wheat from Canada, the Chilean farm minister said on Tuesday. Marta Quiroga told \
            reporters the harvest had failed.
            """
        #expect(ExtractionFixture.speakers(text) == ["Marta Quiroga", "Marta Quiroga"])
        let extraction = ExtractionFixture.extract(text)
        #expect(ExtractionFixture.actor(extraction, named: "Marta Quiroga")?.country == "CHL")
    }

    @Test func anOfficeInTheLeadIsThePersonNamedWithItLater() {
        let text = """
            The Chilean farm minister said on Tuesday the harvest had failed. Prices rose as Canadian envoy Paul \
            Grant and Chilean Farm Minister Marta Quiroga met in Santiago.
            """
        #expect(ExtractionFixture.speakers(text) == ["Marta Quiroga"])
    }

    @Test(
        arguments: [
            "Chilean President Ana Ruiz spoke in Lima. Chile's president said on Friday that trade would grow.",
            "Chile's president said on Friday that trade would grow. Ana Ruiz told reporters the port would open.",
        ])
    func aStatesOfficeWithItsPossessiveIsTheHolderAsWithThe(text: String) {
        #expect(ExtractionFixture.speakers(text).allSatisfy { $0 == "Ana Ruiz" })
        #expect(!ExtractionFixture.speakers(text).isEmpty)
    }

    @Test func anOfficeForAFieldIsTheOfficeItsHolderIsCalledBy() {
        let text = """
            Chilean Minister for Foreign Trade Marta Quiroga arrived in Lima on Monday. The Chilean minister \
            said the border was open.
            """
        #expect(ExtractionFixture.speakers(text) == ["Marta Quiroga"])
        let extraction = ExtractionFixture.extract(text)
        #expect(ExtractionFixture.actor(extraction, named: "Marta Quiroga")?.country == "CHL")
    }

    @Test func theStateAfterAnOfficeInAppositionQualifiesIt() {
        let text = """
            The talks were opened by Jorge Soto, Prime Minister of Peru, on Monday. Soto then handed the chair to \
            Chilean Prime Minister Ana Ruiz. The prime minister said trade must grow.
            """
        #expect(ExtractionFixture.speakers(text) == ["Ana Ruiz"])
        #expect(ExtractionFixture.actor(ExtractionFixture.extract(text), named: "Jorge Soto")?.country == "PER")
    }

    @Test func anOfficeIsNotGivenToSomeoneWhoHoldsAnother() {
        let text = "The Chilean ambassador said wheat was scarce. Canadian Trade Minister Paul Grant said so too."
        #expect(ExtractionFixture.speakers(text) == ["Chile", "Paul Grant"])
    }

    @Test func aNameInAppositionToARepresentativeSomewhere() {
        let extraction = ExtractionFixture.extract(
            "The League's representative in Chad, Mirko Dalen, has been mediating since May, he said.")
        let person = ExtractionFixture.actor(extraction, named: "Mirko Dalen")
        #expect(person?.kind == .person)
        #expect(person?.country == nil)
    }

    @Test(arguments: [
        "Former Foreign Secretary Alan Pryce arrived in Rabat on Monday. The 71-year-old diplomat said the plan would work.",
        "Former Foreign Secretary Alan Pryce arrived in Rabat on Monday. The veteran diplomat said the plan would work.",
    ])
    func aDescriptionWithoutAStateIsThePersonLastNamedWithAnOffice(_ text: String) {
        #expect(ExtractionFixture.speakers(text) == ["Alan Pryce"])
    }

    @Test(
        arguments: [
            ("Peruvian President Juan Soto received her on Tuesday.", [["Ana Ruiz", "Juan Soto"]] as [Set<String>]),
            ("Peruvian President Juan Soto met her in Lima.", [["Ana Ruiz", "Juan Soto"]]),
            ("\"When I met him, I was proud,\" Peruvian President Juan Soto said of an old mentor.", []),
        ] as [(String, [Set<String>])])
    func aPronounAfterAVerbOfEncounterIsWhomOneMeets(text: String, expected: [Set<String>]) {
        let lead = "Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday. "
        #expect(ExtractionFixture.pairs(lead + text).filter { !$0.contains("Peru") } == expected)
    }

    @Test(
        arguments: [
            (
                "Peruvian Foreign Minister Juan Soto met his Chilean counterpart on Tuesday.",
                ["Ana Ruiz", "Juan Soto"] as Set
            ),
            ("Peruvian President Juan Soto met his Chilean counterpart on Tuesday.", ["Chile", "Juan Soto"]),
        ] as [(String, Set<String>)])
    func aCounterpartIsTheHolderOfTheSameOfficeInThatState(text: String, expected: Set<String>) {
        let lead = "Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday. "
        #expect(ExtractionFixture.pairs(lead + text).contains(expected))
    }

    @Test(
        arguments: [
            "The visiting foreign minister met Peruvian President Juan Soto on Tuesday.",
            "Peruvian President Juan Soto received the visiting minister on Tuesday.",
        ])
    func theVisitingOfficeIsItsHolder(text: String) {
        let lead = "Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday. "
        #expect(ExtractionFixture.pairs(lead + text).contains(["Ana Ruiz", "Juan Soto"]))
    }
}
