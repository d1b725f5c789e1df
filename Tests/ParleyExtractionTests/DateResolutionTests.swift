import ParleyExtraction
import ParleyModel
import Testing

/// Dates of meetings, resolved against the publication date 2023-05-10 (a Wednesday).
@Suite struct DateResolutionTests {
    func meetingDate(_ sentence: String, published: String? = "2023-05-10") -> EventDate? {
        ExtractionFixture.extract(sentence, published: published).meetings.first?.date
    }

    @Test(arguments: [
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler on Monday.", "2023-05-08", DatePrecision.day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler yesterday.", "2023-05-09", .day),
        ("Foreign Minister Ana Ruiz will meet Prime Minister John Kessler on Friday.", "2023-05-12", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler on April 13.", "2023-04-13", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler on 13 April.", "2023-04-13", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler in November.", "2022-11-01", .month),
        ("Foreign Minister Ana Ruiz will meet Prime Minister John Kessler next month.", "2023-06-01", .month),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler on December 20.", "2022-12-20", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler on March 3, 1987.", "1987-03-03", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler earlier today.", "2023-05-10", .day),
        ("Foreign Minister Ana Ruiz spoke by phone with John Kessler earlier in the day.", "2023-05-10", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler this afternoon.", "2023-05-10", .day),
        ("In the late afternoon Ana Ruiz was expected to meet Prime Minister John Kessler.", "2023-05-10", .day),
        ("Chile and Peru resumed border talks at 10:30 on Tuesday in Lima.", "2023-05-09", .day),
        ("Foreign Minister Ana Ruiz hosted Prime Minister John Kessler for talks on Monday.", "2023-05-08", .day),
        ("A meeting between Ana Ruiz and John Kessler planned for June was postponed.", "2023-06-01", .month),
        ("Foreign Minister Ana Ruiz will meet Prime Minister John Kessler on Monday, May 22.", "2023-05-22", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler earlier on Monday.", "2023-05-08", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler three days ago.", "2023-05-07", .day),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler two months ago.", "2023-03-01", .month),
        ("Foreign Minister Ana Ruiz met Prime Minister John Kessler on monday.", "2023-05-08", .day),
        ("Foreign Minister Ana Ruiz arrived on Monday and met John Kessler on Tuesday.", "2023-05-09", .day),
        ("Foreign Minister Ana Ruiz arrived on Monday and met John Kessler later in the day.", "2023-05-08", .day),
        ("A meeting between Ana Ruiz and John Kessler was put off until Friday.", "2023-05-12", .day),
    ])
    func resolvesAgainstPublication(sentence: String, expected: String, precision: DatePrecision) {
        let date = meetingDate(sentence)
        #expect(date?.date.description == expected)
        #expect(date?.precision == precision)
    }

    @Test func aStorysLeadReportsTheDaysEventsWithoutADateline() {
        let text = """
            Foreign Minister Ana Ruiz flew into the capital for talks with Prime Minister John Kessler.

            The two discussed trade.

            Diplomats said the ministers had disagreed for years. Ruiz had held talks with Deputy Premier Omar Tall.
            """
        let meetings = ExtractionFixture.extract(text, published: "2023-05-10").meetings
        #expect(meetings.first?.date?.date.description == "2023-05-10")
        // Past the lead, a meeting told without a time keeps none.
        #expect(meetings.count == 2)
        #expect(meetings.last?.date == nil)
    }

    @Test func aMeetingToldInTheSimplePastIsTheStorysNewsFurtherDownToo() throws {
        let extraction = ExtractionFixture.extract(
            """
            Foreign Minister Ana Ruiz flew into the capital on a three-day visit.

            She praised the hosts.

            Ruiz also met with Deputy Premier Omar Tall. She had met Prime Minister John Kessler before.
            """, published: "2023-05-10")
        func meeting(with name: String) -> ExtractedMeeting? {
            extraction.meetings.first { ExtractionFixture.names(extraction, $0.participants).contains(name) }
        }
        #expect(try #require(meeting(with: "Omar Tall")).date?.date.description == "2023-05-10")
        // "had met" tells of days before the story's.
        #expect(try #require(meeting(with: "John Kessler")).date == nil)
    }

    @Test func aPlanIsNotDatedByTheDayItWasReported() throws {
        let extraction = ExtractionFixture.extract(
            """
            TOKYO, May 12 - Foreign Minister Taro Kura of Japan will visit Beijing from June 3 to 6 for talks with \
            Premier Zhao Min of China, a ministry spokesman said today.
            """,
            published: "1987-05-12")
        let talks = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(talks.kind == .talks)
        #expect(talks.date?.date.description == "1987-06-03")
    }

    @Test(arguments: [
        "Foreign Minister Ana Ruiz of Peru arrived on Monday for a visit to Chile.",
        "Foreign Minister Ana Ruiz of Peru arrived here Monday for a three-day official visit to Chile.",
    ])
    func anArrivalForAVisitDatesTheVisit(text: String) throws {
        let visit = try #require(ExtractionFixture.extract(text).meetings.first)
        #expect(visit.kind == .visit)
        #expect(visit.date?.date.description == "2023-05-08")
    }

    @Test func aVisitBeforeAnArrivalIsNotDatedByIt() {
        let extraction = ExtractionFixture.extract(
            "Foreign Minister Ana Ruiz of Peru arrived on Monday after a visit to Chile.")
        #expect(extraction.meetings.allSatisfy { $0.date == nil })
    }

    @Test func vagueTimeGivesNoDate() {
        #expect(meetingDate("Foreign Minister Ana Ruiz met Prime Minister John Kessler recently.") == nil)
        #expect(meetingDate("Foreign Minister Ana Ruiz met Prime Minister John Kessler two weeks ago.") == nil)
        #expect(
            meetingDate("BEIJING, May 10 - Ana Ruiz's recent talks with Prime Minister John Kessler went well.") == nil)
    }

    @Test func relativeDatesNeedAPublicationDate() {
        #expect(
            meetingDate("Foreign Minister Ana Ruiz met Prime Minister John Kessler on Monday.", published: nil) == nil)
    }
}

@Suite struct RelativeWeekdayTests {
    @Test func nextAndLastWeekdays() {
        let next = ExtractionFixture.extract(
            "The talks between Foreign Minister Ana Ruiz and Prime Minister John Kessler will be held next Wednesday.")
        #expect(next.meetings.first?.date?.date.description == "2023-05-17")
        #expect(next.meetings.first?.status == .planned)
        let last = ExtractionFixture.extract("Foreign Minister Ana Ruiz met Prime Minister John Kessler last Friday.")
        #expect(last.meetings.first?.date?.date.description == "2023-05-05")
    }

    @Test(arguments: [
        "Jordan welcomed the expected visit of Russian President Ivan Petrov to Amman next February.",
        "Russian President Ivan Petrov is to visit Jordan next February.",
    ])
    func aTimeCalledNextIsAPlan(_ text: String) throws {
        let meeting = try #require(ExtractionFixture.extract(text).meetings.first)
        #expect(meeting.status == .planned)
        #expect(meeting.date?.date.description == "2024-02-01")
    }

    @Test func aPostponedMeetingIsDatedAhead() {
        let postponed = ExtractionFixture.extract(
            "Foreign Minister Ana Ruiz postponed a visit to Madrid that had been scheduled for Friday.")
        #expect(postponed.meetings.first?.status == .postponed)
        #expect(postponed.meetings.first?.date?.date.description == "2023-05-12")
    }
}

@Suite struct ReferenceTimeTests {
    @Test func aTimeOfAnotherClauseIsNotTheMeetingsDate() {
        let extraction = ExtractionFixture.extract(
            "President Karl Weiss will meet Prime Minister Anna Berg, his first visit since he took office in June 2019."
        )
        #expect(extraction.meetings.first?.date == nil)
    }

    @Test(arguments: [
        "King Hamad of Bahrain begins a visit to Britain on Tuesday.",
        "King Hamad of Bahrain is in London for a week, which brings talks on Tuesday with Prime Minister Ann Hart.",
    ])
    func thePresentTenseWithADayLooksAhead(_ text: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(extraction.meetings.first?.date?.date.description == "2023-05-16")
        #expect(extraction.meetings.first?.status == .planned)
    }

    @Test func aSecondVerbSharingAPlanIsDatedAhead() {
        let extraction = ExtractionFixture.extract(
            "President Ana Ruiz of Chile will hold talks with Jorge Soto of Peru and meet Luis Paz of Bolivia on Friday."
        )
        let withPaz = extraction.meetings.first { meeting in
            meeting.participants.contains { extraction.actors[$0].name == "Luis Paz" }
        }
        #expect(withPaz?.status == .planned)
        #expect(withPaz?.date?.date.description == "2023-05-12")
    }

    @Test func notMetSinceDatesTheLastMeeting() {
        let extraction = ExtractionFixture.extract(
            "Chilean President Ana Ruiz and Peruvian President Jorge Soto have not met since March 2019.")
        #expect(extraction.meetings.first?.date?.date.description == "2019-03-01")
        #expect(extraction.meetings.first?.date?.precision == .month)
    }

    @Test func aTimeAfterAFrontedClauseIsTheMainClauses() {
        let extraction = ExtractionFixture.extract(
            "As she left after meeting King Hamad of Bahrain, Ann Hart recalled the riots of May 2019.")
        #expect(extraction.meetings.first?.date?.date.description != "2019-05-01")
    }

    @Test func aDayAfterAVerbOfSpeechInThePresentIsPast() {
        let extraction = ExtractionFixture.extract("Ann Hart says she met King Hamad of Bahrain on Tuesday.")
        #expect(extraction.meetings.first?.status == .occurred)
    }
}

/// Talks suspended or broken off, and the day that happened.
@Suite struct CalledOffTests {
    @Test(
        arguments: [
            ("Chile suspended trade negotiations with Peru on Monday.", MeetingStatus.postponed, "2023-05-08"),
            ("Chile broke off talks with Peru on Monday.", .cancelled, "2023-05-08"),
            ("Chile called off the talks with Peru on Monday.", .cancelled, "2023-05-08"),
            ("Chile postponed talks with Peru scheduled for Monday.", .postponed, "2023-05-15"),
        ] as [(String, MeetingStatus, String)])
    func theDayTalksStopped(text: String, status: MeetingStatus, date: String) throws {
        let talks = try #require(ExtractionFixture.extract(text).meetings.first)
        #expect(talks.status == status)
        #expect(talks.date?.date.description == date)
    }
}
