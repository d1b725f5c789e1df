import ParleyExtraction
import ParleyModel
import Testing

/// A body's name is read to its head word across "and", possessives and hyphens, and from a leading state or
/// known body; an abbreviation in brackets after it names it from then on.
@Suite struct BodyNameTests {
    static let joinedNames: [(String, String)] = [
        (
            "The Mining and Forestry Ministry said on Friday that the quarry would close.",
            "Mining and Forestry Ministry"
        ),
        ("The Farmers' Federation said prices had fallen.", "Farmers' Federation"),
        ("The Herders' Liberation Army said it would lay down arms.", "Herders' Liberation Army"),
        ("The Chile-Peru Fisheries Commission met on Tuesday.", "Chile-Peru Fisheries Commission"),
        ("The Kenya Wind Power Agency said output would double.", "Kenya Wind Power Agency"),
        ("A UN Forestry Program report said the forests were shrinking.", "UN Forestry Program"),
        ("The Lake Region Water Bureau said the wells were dry.", "Lake Region Water Bureau"),
        ("The Peruvian navy said it had seized two boats.", "Peruvian navy"),
        ("Chile's coast guard said the ferry was safe.", "Chile's coast guard"),
        ("The Andean Democratic Forces said they would lay down arms.", "Andean Democratic Forces"),
        ("The Peruvian Armed Forces said the border was calm.", "Peruvian Armed Forces"),
        ("Troops fought the militant group al-Shabaab near the border.", "al-Shabaab"),
        // A body listed for one state, named with another state's word, is that state's namesake.
        ("The Peruvian Congress approved the bill on Thursday.", "Peruvian Congress"),
    ]

    @Test(arguments: joinedNames)
    func namesReadToTheirHeadWord(_ sentence: String, _ name: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(ExtractionFixture.actor(extraction, named: name)?.kind == .organization)
    }

    @Test func aStatesNamesakeOfAnotherStatesBodyIsItsOwn() {
        let extraction = ExtractionFixture.extract("The Peruvian Congress approved the bill on Thursday.")
        #expect(ExtractionFixture.actor(extraction, named: "Peruvian Congress")?.country == "PER")
        #expect(ExtractionFixture.actor(extraction, named: "Congress") == nil)
    }

    static let bodiesOfBodies: [(String, String)] = [
        (
            "The Standing Committee of the European Parliament met on Monday.",
            "Standing Committee of the European Parliament"
        ),
        ("The National Assembly of People's Power said it would meet.", "National Assembly of People's Power"),
        ("The Energy Committee on Tuesday backed the plan.", "Energy Committee"),
        (
            "The Lake Authority for the Protection of the Andean Wetlands said the birds had returned.",
            "Lake Authority for the Protection of the Andean Wetlands"
        ),
    ]

    @Test(arguments: bodiesOfBodies)
    func aBodysNameRunsThroughItsOfPhrase(_ sentence: String, _ name: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(extraction.actors.filter { $0.kind == .organization }.map(\.name) == [name])
    }

    static let noBodies = [
        "The talks were held at the National Exhibition Center in Hanoi.",
        "Ministers met at the Pacific Ministerial Meeting in Lima on Monday.",
        "The plan was praised by the Lakeside Policy Institute and the Harbour Peace Foundation.",
        "The Eastern Orthodox Church held a service.",
    ]

    @Test(arguments: noBodies)
    func venuesAndGatheringsAreNoActors(_ sentence: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(!extraction.actors.contains { $0.kind == .organization || $0.kind == .person })
    }

    @Test func aLeadingStateGivesTheBodyItsCountry() {
        let extraction = ExtractionFixture.extract("The Kenya Wind Power Agency said output would double.")
        #expect(ExtractionFixture.actor(extraction, named: "Kenya Wind Power Agency")?.country == "KEN")
    }

    @Test func aBodyNamedWithItsStateAfterOfIsTheStatesBodyNotTheState() {
        let text = "The Tourism Authority of Chile said arrivals rose."
        let extraction = ExtractionFixture.extract(text)
        #expect(ExtractionFixture.actor(extraction, named: "Tourism Authority of Chile")?.country == "CHL")
        #expect(ExtractionFixture.speakers(text) == ["Tourism Authority of Chile"])
    }

    static let outlets = [
        "The Kestrel News Agency said the talks went well.",
        "The talks went well, the Croatian news agency Borat reported.",
        "The talks went well, Kommersant said.",
    ]

    @Test(arguments: outlets)
    func aWordOfNewsBeforeTheHeadMakesAnOutlet(_ sentence: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(!extraction.actors.contains { $0.kind == .organization || $0.kind == .person })
    }

    @Test func aKnownBodyAtTheEndStaysTheKnownBody() {
        let extraction = ExtractionFixture.extract("The U.S. State Department said it was pleased.")
        #expect(extraction.actors.filter { $0.kind == .organization }.count == 1)
        #expect(extraction.actors.first { $0.kind == .organization }?.country == "USA")
    }

    @Test func aBracketedAbbreviationNamesTheBodyLater() throws {
        let extraction = ExtractionFixture.extract(
            "The Hill Peoples' Defence Front (HPDF) said it would talk. Later the HPDF said it would wait.")
        let body = try #require(ExtractionFixture.actor(extraction, named: "Hill Peoples' Defence Front"))
        #expect(body.aliases.contains("HPDF"))
        #expect(!extraction.actors.contains { $0.kind == .person })
        #expect(extraction.statements.count == 2)
        #expect(extraction.statements.allSatisfy { extraction.actors[$0.speaker].name == body.name })
    }

    @Test func theAgencyStandsForTheAgencyNamedBefore() {
        let extraction = ExtractionFixture.extract(
            "The Coastal Shipping Agency issued its report on Monday. Freight rates must rise, the agency said.")
        #expect(extraction.statements.map { extraction.actors[$0.speaker].name } == ["Coastal Shipping Agency"])
    }

    @Test func aPersonsPossessiveOpensNoBodysName() {
        let extraction = ExtractionFixture.extract(
            "Rebel leader Tomas Reyna spoke on Monday. Reyna's Highland Liberation Front said it would talk.")
        #expect(ExtractionFixture.actor(extraction, named: "Highland Liberation Front")?.kind == .organization)
    }

    @Test(
        arguments: [
            ("The Andean Development Plan said that roads would be built.", "Andean Development Plan"),
            ("The pope, a Roman Catholic, praised the new bridge.", "Roman Catholic"),
        ] as [(String, String)])
    func aDocumentOrAFaithIsNoActor(_ sentence: String, _ name: String) {
        #expect(ExtractionFixture.actor(ExtractionFixture.extract(sentence), named: name) == nil)
    }

    @Test func anAbbreviationThatSpeaksIsABody() {
        let actor = ExtractionFixture.actor(
            ExtractionFixture.extract("ANDEX said the pass was closed."), named: "ANDEX")
        #expect(actor?.kind == .organization)
    }

    @Test func aCountrysNameInsideAnOutletsNameSpeaksForNoOne() {
        #expect(ExtractionFixture.speakers("Peru said trade would grow, Agence France-Presse reported.") == ["Peru"])
    }
}
