import ParleyExtraction
import ParleyModel
import Testing

/// Which forms of a verb of speech report an act: the present of a plural subject does, an infinitive
/// that tells an act to come or completes a noun does not.
@Suite struct ReportingVerbFormTests {
    @Test(
        arguments: [
            ("Chilean officials argue that the tariff hurts both economies.", ["Chile"]),
            ("Critics, including Peru's Juan Soto, suggest the plan is too costly.", ["Juan Soto"]),
            ("The tariff will not last, Juan Soto, an economist in Lima, cautions.", ["Juan Soto"]),
            ("Chilean President Ana Ruiz went on to say that the tariff would go.", ["Ana Ruiz"]),
            ("Chilean President Ana Ruiz has spoken out against the tariff.", ["Ana Ruiz"]),
            ("Chilean President Ana Ruiz hoped that the tariff would go.", ["Ana Ruiz"]),
        ] as [(String, [String])])
    func presentAndCompletedActsAreReported(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test(
        arguments: [
            "Chilean President Ana Ruiz is expected to announce the new tariff on Monday.",
            "Chilean President Ana Ruiz plans to warn Peru about the tariff.",
            "A Peruvian motion to criticize Chile failed at the regional assembly on Monday.",
        ])
    func infinitivesOfPlansAndNounsReportNothing(text: String) {
        #expect(ExtractionFixture.speakers(text).isEmpty)
    }

    @Test(
        arguments: [
            "Peru wanted the proposed force to be sent at once.",
            "Chile moved the accused soldiers to a base in the north.",
            "Chile fears that if threats by Peru grow, trade will suffer.",
            // Said in the passive of an impersonal "it": no one is named as saying it.
            "The bill went to the Peruvian Congress on Monday, and it is hoped that Chile will sign it.",
        ])
    func participlesAsAdjectivesAndConditionsReportNothing(text: String) {
        #expect(ExtractionFixture.extract(text).statements.isEmpty)
    }

    @Test func aNameBeforeItsComplementIsTheObjectOfAnInvertedVerb() {
        let text =
            "Ana Ruiz, a senior fellow at a research group in Lima and a former minister, describes Juan Soto as a reformer."
        #expect(!ExtractionFixture.speakers(text).contains("Juan Soto"))
    }

    @Test(
        arguments: [
            "Chile wants peace with its neighbours, Peruvian President Juan Soto said, adding that Peru did too.",
            "Chile wants peace with its neighbours, said Peruvian President Juan Soto, adding that Peru did too.",
        ])
    func aParticipleAfterAReportIsItsSpeakers(text: String) {
        #expect(ExtractionFixture.speakers(text) == ["Juan Soto"])
    }
}
