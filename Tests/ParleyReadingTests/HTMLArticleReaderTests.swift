import Foundation
import ParleyModel
import Testing

@testable import ParleyReading

/// What a fixture page must yield: its headline, its date, sentences from the start, middle and end
/// of the body, and chrome that must not survive.
struct PageExpectation: Sendable, CustomTestStringConvertible {
    var fixture: String
    var title: String
    var published: CalendarDate?
    var bodyFragments: [String]
    var absentFragments: [String]

    var testDescription: String { fixture }
}

@Suite struct HTMLArticleReaderTests {
    static let pages: [PageExpectation] = [
        PageExpectation(
            fixture: "wordpress",
            title: "Harbour Talks Resume Between Norland and Estovia",
            published: CalendarDate(year: 2022, month: 9, day: 14),
            bodyFragments: [
                "Negotiators from Norland and Estovia sat down", "Estovia has claimed the eastern quays",
                "invite observers from the regional maritime council.",
            ],
            absentFragments: [
                "Print Friendly", "Advertisement", "Share on Facebook", "Leave a Reply", "Akismet",
                "Fishermen protest", "Trade ministers gather", "Copyright", "Politics",
            ]
        ),
        PageExpectation(
            fixture: "nyt-like",
            title: "Estovia Signs Grain Pact With Valdoria",
            published: CalendarDate(year: 2021, month: 6, day: 2),
            bodyFragments: [
                "VELL, Valdoria — The governments", "called the deal “a floor under our farmers”",
                "froze most of their dealings for several years.",
            ],
            absentFragments: [
                "Advertisement", "Export Curbs", "A version of this article", "Rail Strike", "By Tomas Hewitt",
            ]
        ),
        PageExpectation(
            fixture: "wapo-like",
            title: "Valdoria recalls its envoy after border incident",
            published: CalendarDate(year: 2020, month: 3, day: 4),
            bodyFragments: [
                "Valdoria recalled its ambassador", "Norland denied the charge",
                "to begin within a fortnight.",
            ],
            absentFragments: [
                "Soldiers patrol the ridge", "Officials describe the night", "Mara Quint",
                "Top Comments", "Sign up for", "Terms of Service",
            ]
        ),
        PageExpectation(
            fixture: "bbc-like",
            title: "Norland and Estovia agree prisoner exchange",
            published: CalendarDate(year: 2018, month: 11, day: 27),
            bodyFragments: [
                "Norland and Estovia have agreed to free twelve detainees", "On a bridge over the river",
                "the council's mediator told reporters",
            ],
            absentFragments: [
                "Families waited outside", "What is the dispute about?", "Advertisement", "Share this story",
                "Border clashes", "fuel prices", "Storm closes", "By Lena Corr", "Channel Nine News",
            ]
        ),
        PageExpectation(
            fixture: "fox-like",
            title: "Estovia Courts Valdoria Over Pipeline Route",
            published: CalendarDate(year: 2012, month: 4, day: 19),
            bodyFragments: [
                "Estovia is pressing Valdoria", "Valdorian officials have so far insisted",
                "a senior Valdorian diplomat said after the first round.",
            ],
            absentFragments: [
                "Engineers survey the valley", "logged in", "Weekdays 6p", "login to comment",
                "Advertisement", "FOLLOW SENTINEL", "Published April",
            ]
        ),
        PageExpectation(
            fixture: "jsonld-body",
            title: "Valdoria and Norland reopen consulates",
            published: CalendarDate(year: 2019, month: 2, day: 11),
            bodyFragments: [
                "reopened their consulates", "attended a short ceremony in Dresk", "if the ferries resume.",
            ],
            absentFragments: ["Subscribers can read", "enable JavaScript"]
        ),
        PageExpectation(
            fixture: "windows-1252",
            title: "Café diplomacy in Dresk",
            published: CalendarDate(year: 2016, month: 10, day: 5),
            bodyFragments: [
                "met in a café on the river promenade", "called “deliberately informal.”",
                "the old pier — a project", "“We have talked about this for years; now we will build it,”",
            ],
            absentFragments: ["\u{FFFD}"]
        ),
        PageExpectation(
            fixture: "bom",
            title: "Naïve hopes at the Kelmar réunion",
            published: CalendarDate(year: 2024, month: 1, day: 8),
            bodyFragments: [
                "Kelmar réunion on Monday spoke of naïve hopes", "The chairman’s draft",
                "expected before the weekend.",
            ],
            absentFragments: ["\u{FEFF}", "\u{FFFD}"]
        ),
    ]

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "html", subdirectory: "Fixtures"))
        return [UInt8](try Data(contentsOf: url))
    }

    @Test(arguments: pages)
    func readsHeadlineDateAndWholeBody(_ expected: PageExpectation) throws {
        // Given a page saved from a news site
        let bytes = try Self.fixture(expected.fixture)

        // When it is read
        let page = try HTMLArticleReader.read(bytes, path: "\(expected.fixture).html")

        // Then the headline, the date and the whole body are found, and the chrome is gone
        #expect(page.title == expected.title)
        #expect(page.published == expected.published)
        let body = page.paragraphs.joined(separator: "\n")
        for fragment in expected.bodyFragments {
            #expect(body.contains(fragment), "missing: \(fragment)")
        }
        for fragment in expected.absentFragments {
            #expect(!body.contains(fragment), "leftover: \(fragment)")
        }
        #expect(!page.paragraphs.contains(expected.title))
    }

    @Test func keepsParagraphsApartAndCollapsesWhitespace() throws {
        let page = try HTMLArticleReader.read(try Self.fixture("nyt-like"), path: "nyt-like.html")
        #expect(page.paragraphs.count == 5)
        #expect(
            page.paragraphs.allSatisfy {
                !$0.contains("  ") && !$0.contains("\n") && $0 == $0.trimmingCharacters(in: .whitespaces)
            })
    }

    @Test func readsSiteNameAuthorAndCanonicalURL() throws {
        let page = try HTMLArticleReader.read(try Self.fixture("jsonld-body"), path: "jsonld-body.html")
        #expect(page.siteName == "Harbor Wire")
        #expect(page.author == "Oskar Bell")
        let nyt = try HTMLArticleReader.read(try Self.fixture("nyt-like"), path: "nyt-like.html")
        #expect(nyt.canonicalURL == "https://ledger.example/2021/06/02/world/europe/estovia-valdoria-grain.html")
        #expect(nyt.author == "Tomas Hewitt")
    }

    @Test func splitsTextSeparatedByDoubleLineBreaks() throws {
        let html = """
            <html><body><div class="post">The two envoys met at the border crossing on Friday, their first meeting this year.<br><br>
            They agreed to exchange lists of detainees before the end of the month, aides said.<br/>
            <br/>A further round is planned in the spring, according to a joint statement.</div></body></html>
            """
        let page = try HTMLArticleReader.read(Array(html.utf8), path: "br.html")
        #expect(page.paragraphs.count == 3)
        #expect(page.paragraphs.last == "A further round is planned in the spring, according to a joint statement.")
    }

    @Test func readsUndeclaredWindows1252Bytes() throws {
        // Given a page that declares nothing and is not valid UTF-8
        let html =
            "<html><body><p>The minister\u{2019}s visit to the caf\u{E9} district was cut short on Thursday afternoon.</p></body></html>"
        let bytes = try #require(html.data(using: .windowsCP1252))

        // Then it is read as Windows-1252
        let page = try HTMLArticleReader.read([UInt8](bytes), path: "legacy.html")
        #expect(
            page.paragraphs == [
                "The minister\u{2019}s visit to the caf\u{E9} district was cut short on Thursday afternoon."
            ])
    }

    @Test func readsWhatATruncatedPageHas() throws {
        let bytes = try Self.fixture("wordpress")
        let cut = try #require(String(decoding: bytes, as: UTF8.self).range(of: "Foreign minister Petra Lind"))
        let truncated = Array(String(decoding: bytes, as: UTF8.self)[..<cut.lowerBound].utf8)

        let page = try HTMLArticleReader.read(truncated, path: "cut.html")

        #expect(page.title == "Harbour Talks Resume Between Norland and Estovia")
        #expect(page.paragraphs.first?.hasPrefix("Negotiators from Norland") == true)
        #expect(page.paragraphs.last?.hasPrefix("Estovia has claimed") == true)
    }

    @Test func takesTheDateFromTheURLWhenNothingElseSaysIt() throws {
        let html = """
            <html><head><link rel="canonical" href="https://example.org/world/2023/05/10/envoys-meet/"></head>
            <body><article><p>Envoys from the two countries met in a neutral capital to discuss the frozen talks.</p></article></body></html>
            """
        let page = try HTMLArticleReader.read(Array(html.utf8), path: "dated.html")
        #expect(page.published == CalendarDate(year: 2023, month: 5, day: 10))
    }

    @Test func refusesEmptyBinaryOversizedAndTextlessPages() {
        #expect(throws: ReadError.empty(path: "e.html")) { try HTMLArticleReader.read([], path: "e.html") }
        #expect(throws: ReadError.empty(path: "w.html")) {
            try HTMLArticleReader.read(Array(" \n\t".utf8), path: "w.html")
        }
        #expect(throws: ReadError.binary(path: "b.html")) {
            try HTMLArticleReader.read([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A], path: "b.html")
        }
        #expect(throws: ReadError.tooLarge(path: "l.html", bytes: 11, limit: 10)) {
            try HTMLArticleReader.read(Array("<p>hello</p>".utf8.prefix(11)), path: "l.html", maxBytes: 10)
        }
        #expect(throws: ReadError.noArticleText(path: "n.html")) {
            try HTMLArticleReader.read(
                Array("<html><body><nav><a href=/>Home</a></nav></body></html>".utf8), path: "n.html")
        }
    }
}
