import ParleyExtraction
import ParleyModel
import Testing

/// A plural meeting noun ("meetings", "visits") tells meetings that took place only when the wording says
/// they were held: a verb that convenes them, or a phrase fronted before the clause of those who held them.
@Suite struct PluralMeetingNounTests {
    @Test(
        arguments: [
            (
                "Chilean Foreign Minister Ana Ruiz held meetings with President Juan Soto of Peru on Monday.",
                [["Ana Ruiz", "Juan Soto"]] as [Set<String>]
            ),
            (
                "Chilean Foreign Minister Ana Ruiz will hold separate meetings on Tuesday with President Juan Soto.",
                [["Ana Ruiz", "Juan Soto"]]
            ),
            (
                "After meetings with President Juan Soto of Peru, Chilean minister Ana Ruiz said trade would grow.",
                [["Ana Ruiz", "Juan Soto"]]
            ),
            (
                "In separate meetings with Peruvian officials, Chilean minister Ana Ruiz raised the price of copper.",
                [["Ana Ruiz", "Peru"]]
            ),
        ] as [(String, [Set<String>])])
    func meetingsHeldAreMeetings(text: String, expected: [Set<String>]) {
        #expect(ExtractionFixture.pairs(text, published: "2024-03-14") == expected)
    }

    @Test(
        arguments: [
            "Chilean Foreign Minister Ana Ruiz has held many meetings with President Juan Soto of Peru.",
            "Chilean minister Ana Ruiz said meetings with President Juan Soto of Peru were always useful.",
            "Many meetings with President Juan Soto of Peru ended without a deal, Chilean minister Ana Ruiz said.",
        ])
    func meetingsInGeneralAreNone(text: String) {
        #expect(ExtractionFixture.pairs(text, published: "2024-03-14").isEmpty)
    }

    @Test func whoMeetsMembersOfABodyMeetsTheBody() {
        let pairs = ExtractionFixture.pairs(
            "Chilean Foreign Minister Ana Ruiz will meet members of the Peruvian parliament on Tuesday.",
            published: "2024-03-14")
        #expect(pairs == [["Ana Ruiz", "Peruvian parliament"]])
    }
}
