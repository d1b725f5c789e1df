import ParleyExtraction
import ParleyModel
import Testing

/// Phrases that stand between a frame's words and the actors they name: insertions, modifiers, places
/// described by their state.
@Suite struct PhraseShapeTests {
    @Test(arguments: [
        (
            "French officials, still hoping to bring Iran back to the table, held a meeting with Tehran's envoys "
                + "in Vienna on Tuesday.", ["France", "Iran"]
        ),
        (
            "Finance Minister Ana Ruiz, as head of the ruling party's list, met Portuguese Prime Minister "
                + "Rui Costa on Monday.", ["Ana Ruiz", "Rui Costa"]
        ),
        (
            "Finance Minister Ana Ruiz, who arrived in Lisbon on Sunday for a two-day visit, was also to meet "
                + "Portuguese Prime Minister Rui Costa.", ["Ana Ruiz", "Rui Costa"]
        ),
    ])
    func theSubjectLiesBeforeAnInsertionSetOffByCommas(_ text: String, _ expected: [String]) {
        #expect(ExtractionFixture.pairs(text).contains(Set(expected)))
    }

    @Test(arguments: [
        ("Serbia started accession talks with the 27-member EU in June.", ["Serbia", "EU"]),
        ("Serbia held talks with the visiting Chinese delegation in June.", ["Serbia", "China"]),
    ])
    func modifiersMayStandBeforeTheCounterpart(_ text: String, _ expected: [String]) {
        #expect(ExtractionFixture.pairs(text) == [Set(expected)])
    }

    @Test(arguments: [
        ("Polish President Jan Nowak visited the northern Russian city of Kazan on Monday.", "Russia", "Kazan"),
        ("Polish President Jan Nowak arrived in the Chinese capital on Monday.", "China", "Beijing"),
        ("Polish President Jan Nowak will travel to the Sudanese border town of Kassala.", "Sudan", "Kassala"),
    ])
    func aPlaceDescribedByItsStateIsInThatState(_ text: String, _ country: String, _ place: String) throws {
        let extraction = ExtractionFixture.extract(text)
        #expect(ExtractionFixture.pairs(extraction) == [["Jan Nowak", country]])
        let meeting = try #require(extraction.meetings.first)
        #expect(meeting.location == place)
    }

    @Test func koreaAloneIsSouthKorea() {
        let pairs = ExtractionFixture.pairs(
            "Dutch Foreign Minister Jan Smit will visit Korea and Japan next month.")
        #expect(Set(pairs) == [["Jan Smit", "Japan"], ["Jan Smit", "South Korea"]])
    }
}

/// The passive of a meeting verb, and trips told in a phrase of a clause.
@Suite struct PassiveAndTripPhraseTests {
    @Test(arguments: [
        "Dutch envoy Jan Smit was met at the airport by Sudanese Foreign Minister Ali Osman.",
        "Met at the airport by Sudanese Foreign Minister Ali Osman, Dutch envoy Jan Smit said he was hopeful.",
        "Met at the airport by Sudanese Foreign Minister Ali Osman and his wife, Fatima, Dutch envoy Jan Smit "
            + "said he was hopeful.",
    ])
    func thePassiveNamesWhoMetAfterBy(_ text: String) {
        #expect(ExtractionFixture.pairs(text).first == ["Jan Smit", "Ali Osman"])
    }

    @Test func aPassiveWithAThingMeetsNoOne() {
        #expect(
            ExtractionFixture.pairs("The plan was met with scepticism by Sudanese Foreign Minister Ali Osman.").isEmpty)
    }

    @Test func aTripInAPhraseOfTheClauseIsItsSubjects() {
        let pairs = ExtractionFixture.pairs(
            "Dutch envoy Jan Smit returned on Thursday from a five-day visit to North Korea.")
        #expect(pairs == [["Jan Smit", "North Korea"]])
    }
}

/// Participants named through a description, a participle or a shared group word.
@Suite struct DescribedParticipantTests {
    @Test func namesInAppositionToADescriptionAreWhomOneMetTogether() {
        let pairs = ExtractionFixture.pairs(
            "Dutch envoy Jan Smit met with the three leaders of the opposition alliance, Ali Osman, Hassan Turabi "
                + "and Sadiq Mahdi.")
        #expect(pairs == [["Jan Smit", "Ali Osman", "Hassan Turabi", "Sadiq Mahdi"]])
    }

    @Test func aNameThatAVerbFollowsOpensAClauseOfItsOwn() {
        #expect(ExtractionFixture.pairs("Dutch envoy Jan Smit met the press on Monday, Ali Osman said.").isEmpty)
    }

    @Test(arguments: [
        (
            "The new round of talks, involving China, Japan and Russia, opened in Beijing on Monday.",
            ["China", "Japan", "Russia"]
        ),
        ("Talks involving Sudan and Chad resumed in Abuja on Monday.", ["Sudan", "Chad"]),
    ])
    func talksInvolvingStatesAreTheirs(_ text: String, _ expected: [String]) {
        #expect(ExtractionFixture.pairs(text) == [Set(expected)])
    }

    @Test func aDemonymSharesTheGroupWordOfAnotherAfterAndOther() {
        let pairs = ExtractionFixture.pairs("Kowalski held talks with Austrian and other European officials on Monday.")
        #expect(pairs == [["Kowalski", "Austria"]])
    }
}

/// A body named in an apposition to a person is the person's; what the clause does, the person does.
@Suite struct AppositionHolderTests {
    @Test(arguments: [
        (
            "\"It must be quick,\" said Karl Vranek, head of the OSCE observer team, after talks in Vienna with "
                + "Austrian Foreign Minister Luca Bianchi.", ["Karl Vranek", "Luca Bianchi"]
        ),
        (
            "Jan Smit, chairman of the African Union commission, held talks with Ghanaian President John Mensah on "
                + "Monday.", ["Jan Smit", "John Mensah"]
        ),
        (
            "Senator Ana Ruiz met Peruvian envoy Jorge Soto in Lima on Friday. Ruiz, chair of the foreign affairs "
                + "committee of the Chilean senate, arrived in Lima on Thursday.", ["Ana Ruiz", "Jorge Soto"]
        ),
        (
            "Wu Lan, member of the Standing Committee of the Labour Party's Political Bureau, spoke of trade in a "
                + "meeting with Nepalese envoy Ram Thapa.", ["Wu Lan", "Ram Thapa"]
        ),
    ])
    func thePersonDescribedActs(_ text: String, _ expected: [String]) {
        #expect(ExtractionFixture.pairs(text) == [Set(expected)])
    }
}

/// Words of encounter and travel that are data rows, not code.
@Suite struct EncounterWordTests {
    @Test(arguments: [
        (
            "Polish Foreign Minister Jan Nowak chatted with Thai Prime Minister Anan Sakul on Monday.",
            ["Jan Nowak", "Anan Sakul"]
        ),
        ("Polish Foreign Minister Jan Nowak stopped in Cairo on his way home.", ["Jan Nowak", "Egypt"]),
    ])
    func aRowOfTheTriggerTableIsAFrame(_ text: String, _ expected: [String]) {
        #expect(ExtractionFixture.pairs(text) == [Set(expected)])
    }

    @Test func stopsOfATourAreVisits() {
        let pairs = ExtractionFixture.pairs(
            "Polish Foreign Minister Jan Nowak's tour, which included earlier stops in Indonesia and Laos, ends on Friday."
        )
        #expect(Set(pairs) == [["Jan Nowak", "Indonesia"], ["Jan Nowak", "Laos"]])
    }
}
