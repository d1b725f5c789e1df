import ParleyExtraction
import ParleyModel
import Testing

/// Talks known by the number of their parties are a meeting of the member states the article names, when the
/// sentence tells them taking their course.
@Suite struct ForumTalksTests {
    static let members =
        "Envoys of China, Japan, Russia, North Korea and South Korea have arrived, with a team from the United States."

    @Test(arguments: [
        (
            "A new round of six-party talks over the nuclear dispute began at 9:30 a.m. Wednesday.",
            MeetingStatus.occurred
        ),
        ("The six-nation talks resumed on Tuesday after a break of a year.", .occurred),
        ("A spokesman said the six-way talks would resume on Monday in Beijing.", .planned),
    ])
    func talksTakingTheirCourseMeetTheMembers(text: String, status: MeetingStatus) throws {
        let extraction = ExtractionFixture.extract(Self.members + " " + text)
        let talks = try #require(extraction.meetings.first { $0.kind == .talks })
        #expect(
            ExtractionFixture.names(extraction, talks.participants)
                == ["China", "Japan", "Russia", "North Korea", "South Korea", "United States"])
        #expect(talks.status == status)
        #expect(talks.date != nil)
    }

    @Test(arguments: [
        "The press room for the six-party talks will be open from Monday.",
        "Sanctions will stay even if the six-party talks resume.",
        "Both sides called for a return to the stalled six-party talks.",
    ])
    func aMereMentionIsNoMeeting(text: String) {
        #expect(ExtractionFixture.extract(Self.members + " " + text).meetings.allSatisfy { $0.kind != .talks })
    }

    @Test func onlyTheMembersTheArticleNamesTakePart() throws {
        let extraction = ExtractionFixture.extract(
            "North Korea and Japan traded barbs. The six-party talks opened in Beijing on Monday.")
        let talks = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, talks.participants) == ["North Korea", "Japan"])
    }
}
