import ParleyExtraction
import ParleyModel
import Testing

/// "their" in a phrase that opens the sentence: the meeting of the main clause's subject.
@Suite struct FrontedOwnerTests {
    @Test(
        arguments: [
            (
                "At their talks, President Luis Mora of Peru and President Ana Ortiz of Chile agreed to open the border.",
                ["Luis Mora", "Ana Ortiz"] as Set
            ),
            ("In their meeting in July, Lima and Santiago agreed to open the border.", ["Peru", "Chile"]),
            (
                "In a communique issued after their annual border commission meeting, Lima and Santiago vowed to open the pass.",
                ["Peru", "Chile"]
            ),
        ] as [(String, Set<String>)])
    func theSubjectOwnsTheMeeting(text: String, pair: Set<String>) {
        #expect(ExtractionFixture.pairs(text) == [pair])
    }

    @Test func oneSubjectIsNoMeeting() {
        #expect(ExtractionFixture.pairs("At their talks, President Luis Mora of Peru spoke of trade.").isEmpty)
    }
}
/// A meeting noun whose partner is named in apposition to a description.
@Suite struct NounPartnerInAppositionTests {
    @Test func theNameAfterTheDescriptionIsMet() {
        #expect(
            ExtractionFixture.pairs(
                "President Luis Mora of Chile held a meeting with the new party leader, Ana Ortiz, on Monday.")
                == [["Luis Mora", "Ana Ortiz"]])
    }
}

/// "the talks she held with X": a clause on the noun says whose talks they are.
@Suite struct RelativeClauseOwnerTests {
    func pairs(_ text: String) -> [Set<String>] {
        ExtractionFixture.pairs(text)
    }

    @Test(
        arguments: [
            (
                "President Luis Mora of Chile briefed the king on talks he held earlier in the day with Prime "
                    + "Minister Ana Ortiz of Peru.",
                ["Luis Mora", "Ana Ortiz"] as Set
            ),
            ("The talks Chile had held with Peru in May failed.", ["Chile", "Peru"]),
        ] as [(String, Set<String>)])
    func aClauseOnTheNounNamesWhoseTalksTheyAre(text: String, pair: Set<String>) {
        #expect(pairs(text) == [pair])
    }

    @Test func aClauseOfSpeechOnTheNounNamesNoOne() {
        #expect(pairs("The talks Mora said were useful ended with Ortiz.").isEmpty)
    }
}
