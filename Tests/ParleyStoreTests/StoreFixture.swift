import ParleyModel

/// Three invented wire stories and what an extractor would read from them, built by hand
/// so that the store is tested apart from extraction.
enum StoreFixture {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    static func on(_ date: CalendarDate, _ precision: DatePrecision = .day) -> EventDate {
        EventDate(date: date, precision: precision)
    }

    /// The sentence with its UTF-8 byte offsets in `text`, as the extractor reports evidence.
    static func evidence(_ sentence: String, in text: String) -> Evidence {
        guard let range = text.range(of: sentence) else { fatalError("'\(sentence)' is not in the fixture text") }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return Evidence(sentence: sentence, start: start, end: start + sentence.utf8.count)
    }

    static let carter = ExtractedActor(
        name: "John Carter", kind: .person, country: "USA", aliases: ["Carter"],
        roles: [Role(title: "Secretary of State", country: "USA")])
    static let li = ExtractedActor(
        name: "Li Wen", kind: .person, country: "CHN", aliases: ["Li"],
        roles: [Role(title: "Foreign Minister", country: "CHN")])
    static let qin = ExtractedActor(name: "Qín Gāng", kind: .person, country: "CHN", aliases: ["Qín"])
    static let china = ExtractedActor(name: "China", kind: .country, country: "CHN")
    static let france = ExtractedActor(name: "France", kind: .country, country: "FRA")
    static let wangYi = ExtractedActor(name: "Wang Yi", kind: .person, country: "CHN", aliases: ["Wang"])
    static let wangLei = ExtractedActor(name: "Wang Lei", kind: .person, country: "SGP", aliases: ["Wang"])

    // MARK: Article A: a meeting in Beijing, a statement, a planned visit.

    static let textA = """
        U.S. Secretary of State John Carter met Chinese Foreign Minister Li Wen in Beijing on Monday.

        Li said the talks were "candid and useful".

        Carter will visit France in June.
        """

    static let articleA = Article(
        origin: "wire/a.txt", title: "Carter meets Li in Beijing", published: day(2023, 5, 10),
        text: textA, metadata: ["source": "Test Wire", "url": "https://example.org/a"])

    static let extractionA = Extraction(
        actors: [carter, li, france],
        meetings: [
            ExtractedMeeting(
                kind: .meeting, status: .occurred, date: on(day(2023, 5, 8)), location: "Beijing",
                participants: [0, 1],
                evidence: evidence(
                    "U.S. Secretary of State John Carter met Chinese Foreign Minister Li Wen in Beijing on Monday.",
                    in: textA)),
            ExtractedMeeting(
                kind: .visit, status: .planned, date: on(day(2023, 6, 1), .month), location: "Paris",
                participants: [0, 2], evidence: evidence("Carter will visit France in June.", in: textA)),
        ],
        statements: [
            ExtractedStatement(
                act: .say, speaker: 1, target: nil, quote: "candid and useful", date: on(day(2023, 5, 10)),
                evidence: evidence("Li said the talks were \"candid and useful\".", in: textA))
        ])

    // MARK: Article B: the same meeting told again, and a criticism.

    static let textB = """
        Carter and Li met in Beijing on Monday, officials said.

        Carter criticized China over export controls.
        """

    static let articleB = Article(
        origin: "wire/b.jsonl#7", title: "Beijing talks", published: day(2023, 5, 11), text: textB)

    static let extractionB = Extraction(
        actors: [carter, ExtractedActor(name: "Li Wen", kind: .person, country: nil, aliases: ["Li"]), china],
        meetings: [
            // Participants in the other order: the store compares them as a set.
            ExtractedMeeting(
                kind: .meeting, status: .occurred, date: on(day(2023, 5, 8)), location: "Beijing",
                participants: [1, 0],
                evidence: evidence("Carter and Li met in Beijing on Monday, officials said.", in: textB))
        ],
        statements: [
            ExtractedStatement(
                act: .criticize, speaker: 0, target: 2, quote: nil, date: on(day(2023, 5, 11)),
                evidence: evidence("Carter criticized China over export controls.", in: textB))
        ])

    // MARK: Article C: a cancelled call, a planned summit, an undated warning.

    static let textC = """
        A phone call between Qín Gāng and John Carter planned for Tuesday was cancelled.

        Wang Yi and Wang Lei will hold a summit next year.

        Qín warned against "interference".
        """

    static let articleC = Article(
        origin: "desk/c.html", title: "Call called off", published: day(2023, 6, 20), text: textC)

    static let extractionC = Extraction(
        actors: [qin, ExtractedActor(name: "John Carter", kind: .person, country: "USA"), wangYi, wangLei],
        meetings: [
            ExtractedMeeting(
                kind: .call, status: .cancelled, date: on(day(2023, 6, 20)), location: nil, participants: [0, 1],
                evidence: evidence(
                    "A phone call between Qín Gāng and John Carter planned for Tuesday was cancelled.", in: textC)),
            ExtractedMeeting(
                kind: .summit, status: .planned, date: on(day(2024, 1, 1), .year), location: nil,
                participants: [2, 3],
                evidence: evidence("Wang Yi and Wang Lei will hold a summit next year.", in: textC)),
        ],
        statements: [
            ExtractedStatement(
                act: .warn, speaker: 0, target: nil, quote: "interference", date: nil,
                evidence: evidence("Qín warned against \"interference\".", in: textC))
        ])
}
