import ParleyExtraction
import ParleyModel
import Testing

@Suite struct MeetingExtractionTests {
    func meetings(_ text: String) -> [(names: Set<String>, meeting: ExtractedMeeting)] {
        let extraction = ExtractionFixture.extract(text)
        return extraction.meetings.map { (ExtractionFixture.names(extraction, $0.participants), $0) }
    }

    @Test(arguments: [
        (
            "U.S. Ambassador Mark Dalton and Chilean Foreign Minister Rosa Vidal met on Thursday.",
            ["Mark Dalton", "Rosa Vidal"], MeetingKind.meeting
        ),
        (
            "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Geneva.",
            ["George Shultz", "Eduard Shevardnadze"], .meeting
        ),
        ("President Joe Biden held talks with President Xi Jinping of China.", ["Joe Biden", "Xi Jinping"], .talks),
        (
            "There was a meeting between President Karl Weiss and Brazilian President Lucia Prado on Friday.",
            ["Karl Weiss", "Lucia Prado"], .meeting
        ),
        ("Prime Minister Anna Berg telephoned Chancellor Karl Weiss on Tuesday.", ["Anna Berg", "Karl Weiss"], .call),
        ("King Hamad received Foreign Minister Lena Ost at the palace.", ["Hamad", "Lena Ost"], .meeting),
        ("President Anna Berg sat down with Chancellor Karl Weiss on Tuesday.", ["Anna Berg", "Karl Weiss"], .meeting),
        (
            "President Anna Berg would also call on Chancellor Karl Weiss if her schedule permitted.",
            ["Anna Berg", "Karl Weiss"], .meeting
        ),
        (
            "President Anna Berg received a delegation of the Business Federation led by Karl Weiss in Hanoi.",
            ["Anna Berg", "Karl Weiss"], .meeting
        ),
        ("President Anna Berg received a Japanese delegation on Monday.", ["Anna Berg", "Japan"], .meeting),
        (
            "President Anna Berg will fly on to Bonn on Saturday to see Chancellor Karl Weiss.",
            ["Anna Berg", "Karl Weiss"], .meeting
        ),
        ("President Anna Berg had lunch with Chancellor Karl Weiss in Bonn.", ["Anna Berg", "Karl Weiss"], .meeting),
        ("President Anna Berg held a video call with Chancellor Karl Weiss.", ["Anna Berg", "Karl Weiss"], .call),
    ])
    func commonForms(text: String, participants: [String], kind: MeetingKind) throws {
        let found = meetings(text)
        let first = try #require(found.first, "no meeting in: \(text)")
        #expect(first.names == Set(participants))
        #expect(first.meeting.kind == kind)
    }

    @Test func aVisitJoinsTheVisitorAndTheHostCountry() throws {
        let first = try #require(
            meetings("Foreign Minister Lena Ost of Sweden paid a visit to Beijing on Monday.").first)
        #expect(first.names == ["Lena Ost", "China"])
        #expect(first.meeting.kind == .visit)
        #expect(first.meeting.location == "Beijing")
    }

    @Test(arguments: [
        ("Foreign Minister Lena Ost will meet Prime Minister John Kessler on Friday.", MeetingStatus.planned),
        ("Foreign Minister Lena Ost is set to meet with Prime Minister John Kessler.", .planned),
        ("Talks between Foreign Minister Lena Ost and Prime Minister John Kessler were called off.", .cancelled),
        ("Foreign Minister Lena Ost postponed a meeting with Prime Minister John Kessler.", .postponed),
        ("Foreign Minister Lena Ost met Prime Minister John Kessler on Monday.", .occurred),
        (
            """
            Foreign Minister Lena Ost had been expected to travel to Kyiv on Friday for talks with President \
            John Kessler, but her office said late Wednesday that the trip had been called off.
            """, .cancelled
        ),
        (
            """
            A meeting between Foreign Minister Lena Ost and Uruguayan President John Kessler, scheduled for \
            Thursday in Montevideo, was called off because of the debt talks.
            """, .cancelled
        ),
        (
            """
            A visit to Belgrade by Prime Minister Lena Ost of Hungary, planned for Thursday, has been postponed, \
            the government said.
            """, .postponed
        ),
        ("North Korea canceled a planned round of working-level talks with the United States.", .cancelled),
        ("Chile opened trade talks with Peru in May, which are expected to run for a year.", .occurred),
        ("Chile and Peru will hold talks in May, which are expected to run for a year.", .planned),
        (
            "The third round of talks, involving Chile, Peru, Bolivia and Ecuador, is to open in Lima on Friday.",
            .planned
        ),
        ("Ana Ruiz said talks between Chile and Peru would resume in January.", .planned),
        ("The talks between Chile and Peru could resume next month.", .planned),
        (
            "Foreign Minister Lena Ost told President John Kessler during their meeting that \"there would be no deal\".",
            .occurred
        ),
    ])
    func status(text: String, expected: MeetingStatus) throws {
        let first = try #require(meetings(text).first, "no meeting in: \(text)")
        #expect(first.meeting.status == expected)
    }

    @Test func oneMeetingPerEncounter() {
        let found = meetings(
            """
            Foreign Minister Lena Ost met Prime Minister John Kessler on Monday. \
            The Ost-Kessler meeting was cordial. Ost and Kessler met for two hours.
            """)
        #expect(found.count == 1)
    }

    @Test func aListOfCounterpartsGivesOneMeetingEach() {
        let found = meetings(
            "Foreign Minister Lena Ost will meet President Karl Weiss, Prime Minister Anna Berg and Defence Minister Otto Lind."
        )
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.names.contains("Lena Ost") })
    }

    @Test(arguments: [
        "Because China often blocks meetings with the United States, any meeting is a success.",
        "Poland had to cut its army to meet NATO's standards.",
        "The football club is holding talks with the striker.",
        "Foreign Minister Lena Ost said she expects to see progress soon.",
        "President Anna Berg called on Chancellor Karl Weiss to release the prisoners.",
    ])
    func noMeetingFromGeneralTalk(text: String) {
        #expect(meetings(text).isEmpty)
    }

    @Test func evidencePointsToTheSentence() throws {
        let text = "Nothing happened. Foreign Minister Lena Ost met Prime Minister John Kessler on Monday."
        let meeting = try #require(ExtractionFixture.extract(text).meetings.first)
        let bytes = Array(text.utf8)
        #expect(
            String(decoding: bytes[meeting.evidence.start..<meeting.evidence.end], as: UTF8.self)
                == meeting.evidence.sentence)
        #expect(meeting.evidence.sentence.hasPrefix("Foreign Minister"))
    }
}

@Suite struct MeetingPairingTests {
    func pairs(_ text: String) -> [Set<String>] { ExtractionFixture.pairs(text) }

    @Test func twoHostsMeetingOneGuestAreTwoMeetings() {
        let found = pairs("Chinese President Li Wei and Premier Zhao Ming are to meet with President Karl Weiss.")
        #expect(Set(found) == [["Li Wei", "Karl Weiss"], ["Zhao Ming", "Karl Weiss"]])
    }

    @Test func leadersWhoSignTogetherMet() {
        let found = pairs(
            "Presidents Ivan Petrenko of Ukraine and Pavel Orlov of Russia signed an economic plan on Friday.")
        #expect(found == [["Ivan Petrenko", "Pavel Orlov"]])
    }

    @Test(
        arguments: [
            ("Chile and Peru signed a memorandum on fishing rights on Monday.", [["Chile", "Peru"]]),
            ("Chile signed a border accord with Peru on Monday.", [["Chile", "Peru"]]),
            ("Chile will sign a trade deal with Peru on Friday.", [["Chile", "Peru"]]),
            ("Chile, Peru and Bolivia signed the convention on Monday.", []),
            ("Peru said it never signed any border pact with Chile.", []),
            ("Chile has shown growing signs of concern over ties between Peru and Bolivia.", []),
        ] as [(String, [Set<String>])])
    func twoWhoSignADocumentMeet(text: String, expected: [Set<String>]) {
        #expect(pairs(text) == expected)
    }

    @Test(arguments: [
        "Foreign Minister Lena Ost did not meet Prime Minister John Kessler during her stay.",
        "Foreign Minister Lena Ost has never visited Peru.",
    ])
    func aVerbOfEncounterDeniedReportsNone(text: String) {
        #expect(pairs(text).isEmpty)
    }

    @Test func aSecondVerbSharesTheSubject() {
        let found = pairs("President Karl Weiss attended the summit in Lima and paid a visit to Chile.")
        #expect(found.contains(["Karl Weiss", "Chile"]))
    }

    @Test func aVisitGivesWayToTheMeetingWithTheHost() {
        let found = pairs(
            "Foreign Minister Lena Ost of Sweden visited Japan and met Japanese Prime Minister Taro Sato in Tokyo.")
        #expect(found == [["Lena Ost", "Taro Sato"]])
    }

    @Test func theTwoMinistersMeetAgain() {
        let extraction = ExtractionFixture.extract(
            """
            Foreign Minister Lena Ost met Prime Minister John Kessler on Monday. \
            The two ministers will hold talks again in Oslo in June.
            """)
        #expect(extraction.meetings.count == 2)
        #expect(extraction.meetings.last?.status == .planned)
        #expect(extraction.meetings.last?.location == "Oslo")
    }
}

@Suite struct MeetingStatusContextTests {
    @Test func talksAJourneyIsForLieAhead() throws {
        let meeting = try #require(
            ExtractionFixture.extract(
                "President Karl Weiss headed for Chile on Wednesday for talks with President Ana Ruiz."
            ).meetings.first)
        #expect(meeting.status == .planned)
    }

    @Test func aCoordinatedVerbSharesThePlan() {
        let meetings = ExtractionFixture.extract(
            "King Hamad arrived in Oslo. The king will hold talks with Prime Minister Anna Berg and meet Foreign Minister Otto Lind."
        )
        .meetings.filter { $0.kind != .visit }
        #expect(meetings.count == 2)
        #expect(meetings.allSatisfy { $0.status == .planned })
    }

    @Test func aPastDateOutweighsExpectation() throws {
        let meeting = try #require(
            ExtractionFixture.extract(
                "President Karl Weiss was expected to brief reporters on his talks last month with President Ana Ruiz."
            ).meetings.first)
        #expect(meeting.status == .occurred)
    }
}

@Suite struct LinkedCounterpartTests {
    @Test(arguments: [
        "Managing Director Michel Dupont discussed the debt crisis with President Ana Ruiz on Monday.",
        "President Karl Weiss and his delegation were greeted at the military airport by Prime Minister Ana Ruiz.",
    ])
    func aCounterpartAfterWithOrBy(text: String) throws {
        let extraction = ExtractionFixture.extract(text)
        let meeting = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, meeting.participants).contains("Ana Ruiz"))
        #expect(meeting.participants.count == 2)
    }
}
