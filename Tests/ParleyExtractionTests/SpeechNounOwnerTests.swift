import ParleyExtraction
import ParleyModel
import Testing

/// A noun of speech reports an act by its owner: "Chile's allegation", "her rejection", "the proposal made by X".
@Suite struct SpeechNounOwnerTests {
    @Test(
        arguments: [
            ("Bolivia dismissed Chile's allegation that the raid began on its soil.", "Chile", StatementAct.accuse),
            ("Bolivia called Chile's assertions baseless on Thursday.", "Chile", .say),
            (
                "Under the proposal made by Chilean President Ana Ruiz, both sides would cut tariffs.", "Ana Ruiz",
                .propose
            ),
            ("Peru's refusal to sign the accord angered traders.", "Peru", .reject),
            ("Peru's threat to close the border worried traders.", "Peru", .threaten),
            (
                "Traders welcomed a statement issued by the Peruvian Foreign Ministry.", "Peruvian Foreign Ministry",
                .say
            ),
            ("The plan drew swift condemnation from the Andean Community.", "Andean Community", .criticize),
            ("Under the proposal put forward by Chilean President Ana Ruiz, tariffs would fall.", "Ana Ruiz", .propose),
            // A verb's phrase used as a noun: "call for" after its owner.
            ("Traders ignored Chilean President Ana Ruiz's call for lower tariffs.", "Ana Ruiz", .demand),
        ] as [(String, String, StatementAct)])
    func theOwnerOrAgentOfASpeechNounSpeaks(text: String, speaker: String, act: StatementAct) {
        let extraction = ExtractionFixture.extract(text)
        let acts = extraction.statements.filter { extraction.actors[$0.speaker].name == speaker }.map(\.act)
        #expect(acts == [act])
    }

    @Test func aPossessivePronounOwnsTheNounOfThePersonLastNamed() {
        let text = "Chilean President Ana Ruiz turned down the offer. Lima asked Ruiz to reconsider her rejection."
        let extraction = ExtractionFixture.extract(text)
        let rejections = extraction.statements.filter { $0.act == .reject }
        #expect(rejections.map { extraction.actors[$0.speaker].name } == ["Ana Ruiz"])
    }

    @Test(
        arguments: [
            "Bolivia rejected an accusation denied by Peru on Monday.",
            "Chile warned of the threat posed by Peru's missiles.",
        ])
    func aParticipleOtherThanAVerbOfIssuingLendsNoSpeaker(text: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(!extraction.statements.contains { $0.act == .accuse || $0.act == .threaten })
    }

    @Test(
        arguments: [
            (
                "In a statement, Peru said the border was open. The statement added that trade would resume.",
                ["Peru", "Peru"]
            ),
            ("Peru's letter said the border was open.", ["Peru"]),
            ("The statement said the border was open.", []),
        ] as [(String, [String])])
    func aTextSpeaksForItsAuthor(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test func heOrSheAfterABodySpokeIsAPersonNotTheBody() {
        let text = """
            Juan Soto, an aide, met reporters. The Peruvian Foreign Ministry said the border was calm. \
            "We will reopen it soon," he said.
            """
        let extraction = ExtractionFixture.extract(text)
        let last = extraction.statements.last.map { extraction.actors[$0.speaker].name }
        #expect(last == "Juan Soto")
    }
}
