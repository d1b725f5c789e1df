import ParleyExtraction
import ParleyModel
import Testing

@Suite struct RobustnessTests {
    /// A small seeded generator: the same fragments every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let fragments = [
        "met", "with", "said", "\"", "“", "”", "'s", ",", ".", "-", "--", "—", "U.S.", "the", "Foreign Minister",
        "Qin", "Gang", "Beijing", "in", "on Monday", "talks", "between", "and", "visit", "to", "who", ";", "(", ")",
        "President", "will", "meet", "called off", "according to", "he", "she", "NATO", "Mr.", "13 April", "''", "``",
        "é", "\n\n", "TOKYO", "_", "Chinese", "officials", "accused", "of",
        "President Karl Weiss", "Prime Minister Anna Berg", "Queen", "received", "welcomed", "hosted", "signed",
        "visited", "the two ministers", "both sides", "his", "talks with", "who", "Jan", "May", "next Friday",
        "last month", "Obama administration", "iranian", "foreign minister", "ali", "G-7", "Mr", "Straw", "said:",
    ]

    @Test(arguments: [42, 7, 1234, 99, 2026])
    func randomFragmentsNeverCrash(seed: UInt64) {
        var generator = Generator(state: seed)
        let extractor = Extractor()
        for _ in 0..<600 {
            let count = generator.next(60)
            let text = (0..<count).map { _ in Self.fragments[generator.next(Self.fragments.count)] }.joined(
                separator: " ")
            let extraction = extractor.extract(
                Article(origin: "fuzz", published: CalendarDate(iso: "2020-02-29"), text: text))
            for meeting in extraction.meetings {
                #expect(meeting.participants.allSatisfy { extraction.actors.indices.contains($0) })
            }
        }
    }

    @Test func extractionIsDeterministic() {
        let text =
            "Chinese Foreign Minister Qin Gang met U.S. Ambassador Nicholas Burns on Monday. Qin said it went well."
        let article = Article(origin: "a", published: CalendarDate(iso: "2023-05-10"), text: text)
        #expect(Extractor().extract(article) == Extractor().extract(article))
    }

    @Test func emptyAndPunctuationOnlyTexts() {
        for text in ["", " ", ".", "\"\"", "-- --", "\n\n\n"] {
            let extraction = Extractor().extract(Article(origin: "e", text: text))
            #expect(extraction.meetings.isEmpty && extraction.statements.isEmpty)
        }
    }

    /// Found by ingesting a real wire archive: a titled name followed by "of the <State> Department of ..." gave
    /// the coordination walk a mention nested in another, whose gap range was reversed and trapped.
    static let nestedMentionSentences = [
        "Dr. Mara Quist of the Ohio State Department of Agriculture meanwhile pointed out that a case in Ohio was not rare.",
        "Dr. Mara Quist of the Ohio State Department of Agriculture said the outbreak was small.",
    ]

    @Test(arguments: nestedMentionSentences)
    func aMentionNestedInAnotherIsWalkedPast(_ sentence: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(extraction.statements.allSatisfy { extraction.actors.indices.contains($0.speaker) })
    }
}
