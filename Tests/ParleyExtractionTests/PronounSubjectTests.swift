import ParleyExtraction
import ParleyModel
import Testing

/// "He" in the next sentence continues the subject of the sentence before, not a person named only as the owner
/// of something ahead of it.
@Suite struct PronounSubjectTests {
    @Test(arguments: [
        "As a minister in his predecessor Luis Paz's cabinet, Juan Soto opened the border. He said trade would grow.",
        "Luis Paz's former deputy Juan Soto opened the border on Monday. He said trade would grow.",
    ])
    func anOwnerBeforeTheSubjectIsNotWhomHeStandsFor(_ text: String) {
        #expect(ExtractionFixture.speakers(text) == ["Juan Soto"])
    }

    @Test func anOwnerAloneIsStillWhomHeStandsFor() {
        let text = "Juan Soto's government opened the border on Monday. He said trade would grow."
        #expect(ExtractionFixture.speakers(text) == ["Juan Soto"])
    }

    @Test func theSubjectsMeetingAfterAnOwner() {
        let text = """
            As a minister in his predecessor Luis Paz's cabinet, Juan Soto opened the border. He later held talks \
            with Peruvian Foreign Minister Ana Ruiz.
            """
        #expect(ExtractionFixture.pairs(text) == [["Ana Ruiz", "Juan Soto"]])
    }

    @Test func aPronounSubjectKeepsItsPersonPastSomeoneItMet() {
        let text = """
            Chilean envoy Juan Soto arrived in Lima on Monday. He also met Foreign Minister Luis Paz. He said trade \
            would grow.
            """
        #expect(ExtractionFixture.speakers(text) == ["Juan Soto"])
    }

    @Test func aChainOfPronounsCarriesItsPersonFurtherThanOneNameWould() {
        let text = """
            Chilean envoy Juan Soto arrived in Lima on Monday. He praised the port. He toured a school. He opened \
            a clinic. He visited a farm. He said trade would grow.
            """
        #expect(ExtractionFixture.speakers(text).last == "Juan Soto")
    }
}
