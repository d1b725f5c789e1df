import ParleyExtraction
import ParleyModel
import Testing

/// What may stand between a speaker and the verb of speech: appositives, auxiliaries, adverbs.
@Suite struct SpeakerBeforeVerbTests {
    @Test(arguments: [
        "Juan Soto, an economist at the central bank, and author of a book on copper, says trade will grow.",
        "Juan Soto, director general of the press office, had earlier said the border was calm.",
        "Juan Soto, the trade minister, has publicly criticized the tariff.",
        "Juan Soto flatly denied the reports on Monday.",
        "Juan Soto has long called for lower tariffs.",
        "Juan Soto, head of the Peruvian delegation and deputy head of the Andean Trade Office, said the talks were useful.",
    ])
    func anAdverbOrASecondAppositiveKeepsTheSpeaker(text: String) {
        #expect(ExtractionFixture.speakers(text) == ["Juan Soto"])
    }

    @Test func aListOfStatesAllSpeak() {
        #expect(
            Set(ExtractionFixture.speakers("Chile, Peru, and Bolivia said trade will grow.")) == [
                "Chile", "Peru", "Bolivia",
            ])
    }
}

/// Who speaks after an inverted verb of speech.
@Suite struct InvertedSpeakerTests {
    @Test(
        arguments: [
            ("The border will reopen on Monday, said an official with the Ministry of Health.", ["Health Ministry"]),
            ("The border will reopen on Monday, said a senior official of Peru.", ["Peru"]),
            ("The border will reopen on Monday, said a clerk at a Lima bank.", []),
        ] as [(String, [String])])
    func anUnnamedPersonSpeaksForTheBodyTheyServe(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test(arguments: [
        "\"We will not give in,\" said Peru's foreign minister, Luis Paz.",
        "\"We will not give in,\" said Peru's Minister for Trade Luis Paz, whose party leads the coalition.",
    ])
    func thePersonAStatesPossessiveIntroducesSpeaks(text: String) {
        #expect(ExtractionFixture.speakers(text) == ["Luis Paz"])
    }

    @Test(
        arguments: [
            ("Peruvian President Luis Paz ended the forum by urging members to cut tariffs.", ["Luis Paz"]),
            ("Thus, Luis Paz answered the critics by saying that the deal stands.", ["Luis Paz"]),
            ("The court in Lima rejected the bid of Luis Paz by claiming it had no powers.", []),
        ] as [(String, [String])])
    func aParticipleAfterByIsTheOpeningSubjectsAct(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test func anAdverbOfNegationReportsNoAct() {
        #expect(ExtractionFixture.speakers("Juan Soto, the trade minister, seldom criticized Chile.").isEmpty)
    }
}

/// A verb of speech inside a compound adjective reports nothing.
@Suite struct CompoundAdjectiveTests {
    @Test(arguments: [
        "Rebels fought the US-backed government in the north.",
        "Peru rejected the UN-proposed referendum on the border.",
    ])
    func aVerbJoinedByAHyphenIsNoAct(text: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(!extraction.statements.contains { extraction.actors[$0.speaker].name != "Peru" })
    }

    @Test func aDoubleDashStillEndsAnInsertion() {
        let extraction = ExtractionFixture.extract(
            "The panel of judges from Peru--including Ana Ruiz and Luis Paz--told the court the law was void.")
        #expect(!extraction.statements.isEmpty)
    }
}
