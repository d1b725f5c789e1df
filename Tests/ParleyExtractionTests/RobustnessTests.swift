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
}
