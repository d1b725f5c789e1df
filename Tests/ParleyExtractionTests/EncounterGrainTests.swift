import ParleyExtraction
import ParleyModel
import Testing

/// How many encounters a sentence reports, and which details belong to which.
@Suite struct EncounterGrainTests {
    func pairs(_ extraction: Extraction) -> [Set<String>] { ExtractionFixture.pairs(extraction) }

    @Test func twoOfficialsMetAreTwoMeetings() {
        let extraction = ExtractionFixture.extract(
            "Foreign Minister Lena Ost will meet with Foreign Minister Yuki Ikeda and Prime Minister Taro Sato on Friday."
        )
        #expect(Set(pairs(extraction)) == [["Lena Ost", "Yuki Ikeda"], ["Lena Ost", "Taro Sato"]])
    }

    @Test func anAudienceWithARoyalCoupleIsOne() {
        let extraction = ExtractionFixture.extract(
            "President Karl Weiss will meet Queen Margrethe and Prince Henrik during the visit.")
        #expect(pairs(extraction) == [["Karl Weiss", "Margrethe", "Henrik"]])
    }

    @Test func aTimeRightAfterAMeetingWordStaysWithIt() throws {
        let extraction = ExtractionFixture.extract(
            """
            President Karl Weiss will travel to Chile on Monday. \
            Following Weiss's visit to Santiago, his foreign minister will attend a meeting on Tuesday of a \
            working group.
            """,
            published: "2005-12-04")
        let visits = extraction.meetings.filter { $0.kind == .visit }
        #expect(visits.count == 1)
        #expect(visits.first?.date == EventDate(date: CalendarDate(iso: "2005-12-05")!, precision: .day))
    }

    @Test func theTravellerMayFollowTheVisit() throws {
        let extraction = ExtractionFixture.extract(
            "The visit by Japanese Prime Minister Yasuhiro Nakasone to Washington was postponed.")
        let visit = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, visit.participants) == ["Yasuhiro Nakasone", "United States"])
        #expect(visit.status == .postponed)
        #expect(visit.location == "Washington")
    }

    @Test func aDatelineIsNotTheSceneOfASentenceThatNamesAPlace() throws {
        let extraction = ExtractionFixture.extract(
            """
            MOSCOW, April 14 - Argentine President Raul Alfonsin, who is beginning a visit to Chile, conferred \
            with Chilean President Augusto Pinochet.
            """,
            published: "1987-04-14")
        let meeting = try #require(extraction.meetings.first { $0.kind == .meeting })
        #expect(meeting.location == "Chile")
    }

    @Test func whoInvitesDoesNotTravel() {
        let extraction = ExtractionFixture.extract(
            "Erbakan has not answered an invitation by Prime Minister Karl Weiss to visit Norway.")
        #expect(extraction.meetings.isEmpty)
    }

    @Test func aSummitOnWhoseSidelinesTheyMetIsAnEncounterToo() throws {
        let extraction = ExtractionFixture.extract(
            """
            President Karl Weiss expected to meet with President Ana Ruiz during a planned summit of the \
            African Union in Bamako later this month.
            """,
            published: "2006-11-02")
        let summit = try #require(extraction.meetings.first { $0.kind == .summit })
        #expect(
            ExtractionFixture.names(extraction, summit.participants) == ["Karl Weiss", "Ana Ruiz", "African Union"])
        #expect(summit.status == .planned)
        #expect(summit.location == "Bamako")
        let meeting = try #require(extraction.meetings.first { $0.kind == .meeting })
        #expect(meeting.date == EventDate(date: CalendarDate(iso: "2006-11-01")!, precision: .month))
    }

    @Test func aMeetingOfStatesFoldsIntoTheMeetingOfTheirPeople() throws {
        let extraction = ExtractionFixture.extract(
            """
            Heads of the central banks of Chile and Bolivia met in Santiago over the weekend. \
            Bolivian central bank president Tomas Arce saw the president of the bank of Chile, Rosa Vidal \
            Soto, yesterday.
            """)
        #expect(pairs(extraction) == [["Tomas Arce", "Rosa Vidal Soto"]])
        #expect(extraction.meetings.first?.location == "Santiago")
    }
}

/// Words that look like a meeting and are not one, or are one without a meeting word.
@Suite struct EncounterWordingTests {
    func pairs(_ text: String) -> [Set<String>] { ExtractionFixture.pairs(text) }

    @Test func aCallWithSomeoneIsACall() throws {
        let extraction = ExtractionFixture.extract(
            "An officer described President Karl Weiss's call with President Ana Ruiz as improper.")
        let call = try #require(extraction.meetings.first)
        #expect(call.kind == .call)
        #expect(ExtractionFixture.names(extraction, call.participants) == ["Karl Weiss", "Ana Ruiz"])
    }

    @Test func visitingOfficialsAreNotAVisitToTheirCountry() throws {
        // The officials are the ones travelling: Hewitt met them, and went nowhere.
        let extraction = ExtractionFixture.extract(
            "Ambassador Paul Hewitt told visiting Moldova officials that reforms had to come first.")
        let meeting = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(meeting.kind == .meeting)
        #expect(ExtractionFixture.names(extraction, meeting.participants) == ["Paul Hewitt", "Moldova"])
    }

    @Test(
        arguments: [
            (
                "Danish minister Per Holm, visiting Peru on Sunday, said the floods were the worst in decades.",
                [["Per Holm", "Peru"]]
            ),
            ("Danish minister Per Holm will be visiting Peru on Friday.", [["Per Holm", "Peru"]]),
            ("Chile eased visa rules for Peruvians visiting Chile.", []),
            ("Danish minister Per Holm arrived in Peru on Thursday after visiting Chile.", [["Per Holm", "Peru"]]),
            (
                "President Ana Ruiz won support for her plan from visiting Swedish Prime Minister Lena Ost.",
                [["Ana Ruiz", "Lena Ost"]]
            ),
            (
                "Lima praised Stockholm, and announced to visiting Swedish Prime Minister Lena Ost that it would sign.",
                []
            ),
        ] as [(String, [Set<String>])])
    func visitingNamesATripOrTheOnesTravelling(text: String, expected: [Set<String>]) {
        #expect(pairs(text) == expected)
    }

    @Test(
        arguments: [
            (
                "LIMA, May 4 (AFP) - Chilean Foreign Minister Ana Ruiz arrived Thursday for talks on the border.",
                [["Ana Ruiz", "Peru"]]
            ),
            (
                "LIMA, May 4 (AFP) - Chilean Foreign Minister Ana Ruiz arrived from Santiago on Thursday.",
                [["Ana Ruiz", "Peru"]]
            ),
            ("LIMA, May 4 (AFP) - Peruvian Foreign Minister Luis Paz arrived from Santiago on Thursday.", []),
            ("LIMA, May 4 (AFP) - Chilean Foreign Minister Ana Ruiz arrived back in Chile on Thursday.", []),
            ("LIMA, May 4 (AFP) - Envoys from the United Nations and the African Union have also arrived.", []),
        ] as [(String, [Set<String>])])
    func anArrivalWithNoDestinationEndsInTheDatelinesCity(text: String, expected: [Set<String>]) {
        #expect(pairs(text) == expected)
    }

    @Test func aMeetingSomeoneWantedIsNotOne() {
        let found = pairs(
            """
            President Ana Ruiz met Foreign Minister Lena Ost on Monday. The administration would agree to a meeting \
            Ruiz wanted with President Karl Weiss.
            """)
        #expect(found == [["Ana Ruiz", "Lena Ost"]])
    }

    @Test func thePersonToldDuringAVisitIsMet() {
        let found = pairs(
            "Speaker Ruth Cole told President Aset Nurlan during a visit to Kazakhstan last month that trade mattered.")
        #expect(found == [["Ruth Cole", "Aset Nurlan"]])
    }

    @Test func theAttendeesListEndsWhereAClauseBegins() throws {
        let extraction = ExtractionFixture.extract(
            """
            The meeting was attended by Chancellor Helmut Kohl and President Francois Mitterrand, who later \
            criticized Japan.
            """)
        let meeting = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, meeting.participants) == ["Helmut Kohl", "Francois Mitterrand"])
    }

    @Test func aSummitOfAnotherVerbIsNoSidelines() {
        let extraction = ExtractionFixture.extract(
            "President Karl Weiss met President Ana Ruiz on Monday and will speak at a summit of the African Union.")
        #expect(extraction.meetings.allSatisfy { $0.kind != .summit })
        #expect(extraction.meetings.count == 1)
    }

    @Test func talksWithHerAreNotWithTheSubject() throws {
        let extraction = ExtractionFixture.extract(
            """
            Prime Minister Margaret Thatcher arrived in Moscow. \
            Soviet leader Mikhail Gorbachev held talks with her on Monday.
            """)
        let talks = try #require(extraction.meetings.first { $0.kind == .talks })
        #expect(ExtractionFixture.names(extraction, talks.participants) == ["Mikhail Gorbachev", "Margaret Thatcher"])
    }

    @Test func everyoneWhoAttendedTheMeetingTookPart() throws {
        let extraction = ExtractionFixture.extract(
            """
            A Polish-Czech meeting took place on the margins. The meeting was attended by energy officials and \
            by Polish President Jan Nowak, his Prime Minister Piotr Wolski, and by Czech President Karel Hruby.
            """)
        let meeting = try #require(extraction.meetings.first)
        #expect(
            ExtractionFixture.names(extraction, meeting.participants) == [
                "Jan Nowak", "Piotr Wolski", "Karel Hruby",
            ])
        #expect(meeting.kind == .meeting)
    }

    @Test func talksWithHerAreWithThePersonTheSentenceIsAbout() throws {
        let extraction = ExtractionFixture.extract(
            """
            Following her talks with Petrov, Prime Minister Anna Berg was joined by Russian leader Oleg \
            Sokolov, who had five hours of talks with her yesterday.
            """)
        let talks = try #require(
            extraction.meetings.first {
                ExtractionFixture.names(extraction, $0.participants).contains("Oleg Sokolov")
            })
        #expect(ExtractionFixture.names(extraction, talks.participants) == ["Anna Berg", "Oleg Sokolov"])
        #expect(talks.date == EventDate(date: CalendarDate(iso: "2023-05-09")!, precision: .day))
    }

    @Test func talksOfACoordinatedSubject() throws {
        let extraction = ExtractionFixture.extract(
            """
            Prime Minister Anna Berg said she and Russian Premier Ivan Petrov had agreed on new fishing quotas \
            for the Barents Sea during talks earlier today.
            """)
        let talks = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, talks.participants) == ["Anna Berg", "Ivan Petrov"])
        #expect(talks.date == EventDate(date: CalendarDate(iso: "2023-05-10")!, precision: .day))
    }

    @Test func leadersAfterACountrysDemonymAreTheCountry() {
        #expect(
            pairs("Secretary of State George Shultz began talks with Soviet leaders today.") == [
                ["George Shultz", "Soviet Union"]
            ])
        #expect(
            pairs("Foreign Minister Qin Gang is set to meet with Central Asian leaders.") == [
                ["Qin Gang", "Central Asian leaders"]
            ])
    }

    @Test func theLeaderNamedAmongThemIsTheEncounter() {
        let found = pairs(
            """
            Chilean Foreign Minister Pedro Soto came to Lima for talks with Peruvian leaders, including a meeting \
            with Peruvian President Luis Vera.
            """)
        #expect(found == [["Pedro Soto", "Luis Vera"]])
    }

    @Test func whatTheyMetOnTheSidelinesOfIsNoParticipant() {
        let found = pairs(
            """
            Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf met on the sidelines \
            of the UN General Assembly in New York.
            """)
        #expect(found == [["Manmohan Singh", "Pervez Musharraf"]])
    }

    @Test func dueInACityForTalksIsAPlan() throws {
        let meeting = try #require(
            ExtractionFixture.extract(
                "Chancellor Angela Merkel is due in Paris on Wednesday for talks with President Jacques Chirac."
            ).meetings.first)
        #expect(meeting.status == .planned)
    }

    @Test func aVisitorHasNoDestinationInTheAppositive() {
        let found = pairs(
            "Foreign Minister Jack Straw, on a three-day visit to Russia, met President Vladimir Putin on Tuesday.")
        #expect(found == [["Jack Straw", "Vladimir Putin"]])
    }

    @Test func aHostHostsADinnerForTheGuest() {
        let found = pairs(
            "President George W. Bush hosted a dinner for Prime Minister Manmohan Singh at the White House.")
        #expect(found == [["George W. Bush", "Manmohan Singh"]])
    }

    @Test func expectedInACityIsAPlannedVisit() throws {
        let visit = try #require(
            ExtractionFixture.extract("Palestinian leader Mahmoud Abbas is expected in Washington next month.")
                .meetings.first)
        #expect(visit.kind == .visit)
        #expect(visit.status == .planned)
        #expect(visit.date == EventDate(date: CalendarDate(iso: "2023-06-01")!, precision: .month))
    }

    @Test(arguments: [
        (
            "President Barack Obama spoke with President Vladimir Putin of Russia by telephone on Saturday.",
            ["Barack Obama", "Vladimir Putin"], MeetingKind.call
        ),
        ("China and Vietnam on Friday opened a new round of talks on their border.", ["China", "Vietnam"], .talks),
        (
            "A planned visit to Hanoi by Chinese Premier Li Peng in October was called off.", ["Li Peng", "Vietnam"],
            .visit
        ),
    ])
    func wordingsOfOneEncounter(text: String, participants: [String], kind: MeetingKind) throws {
        let extraction = ExtractionFixture.extract(text)
        let meeting = try #require(extraction.meetings.first, "no meeting in: \(text)")
        #expect(ExtractionFixture.names(extraction, meeting.participants) == Set(participants))
        #expect(meeting.kind == kind)
    }

    @Test func eachClauseKeepsItsPlaceAndTime() throws {
        let extraction = ExtractionFixture.extract(
            """
            President Moon Jae-in met North Korean leader Kim Jong-un at Panmunjom last month, and Mr. Moon is \
            due to visit Washington next week to meet President Donald Trump.
            """,
            published: "2018-05-20")
        let byCounterpart = Dictionary(
            uniqueKeysWithValues: extraction.meetings.map {
                (ExtractionFixture.names(extraction, $0.participants).subtracting(["Moon Jae-in"]), $0)
            })
        let summit = try #require(byCounterpart[["Kim Jong-un"]])
        #expect(summit.location == "Panmunjom")
        #expect(summit.date == EventDate(date: CalendarDate(iso: "2018-04-01")!, precision: .month))
        let visit = try #require(byCounterpart[["Donald Trump"]])
        #expect(visit.location == "Washington")
        #expect(visit.status == .planned)
        #expect(extraction.meetings.count == 2)
    }

    @Test func aMeetingDatedOnlyByTheDatelineIsTheDatedOne() throws {
        let extraction = ExtractionFixture.extract(
            """
            BERLIN — Chancellor Angela Merkel welcomed Prime Minister Narendra Modi of India to Berlin on Tuesday. \
            “India is a partner,” Ms. Merkel said at a news conference with Mr. Modi.
            """,
            published: "2015-04-15")
        #expect(extraction.meetings.count == 1)
        let meeting = try #require(extraction.meetings.first)
        #expect(meeting.date == EventDate(date: CalendarDate(iso: "2015-04-14")!, precision: .day))
        #expect(meeting.location == "Berlin")
    }

    @Test func hereIsTheDatelineCityAndAPlaceInAParticipleClauseIsNot() throws {
        let extraction = ExtractionFixture.extract(
            """
            PARIS, Oct 5 (AFP) - Palestinian leader Yasser Arafat and Israeli Prime Minister Ehud Barak met here \
            late Wednesday. President Barack Obama spoke with President Vladimir Putin by telephone on Saturday, \
            warning him that the intervention in Ukraine was a mistake.
            """,
            published: "2000-10-05")
        let meetings = extraction.meetings
        #expect(meetings.first?.location == "Paris")
        #expect(meetings.last?.kind == .call)
        #expect(meetings.last?.location == nil)
    }

    @Test func theOneToldDuringTalksTookPart() throws {
        let extraction = ExtractionFixture.extract(
            """
            Iraqi Deputy Prime Minister Tariq Aziz told the chief UN weapons inspector, Richard Butler, during talks \
            in Baghdad last week, that Iraq would not yield.
            """)
        let talks = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, talks.participants) == ["Tariq Aziz", "Richard Butler"])
        #expect(talks.location == "Baghdad")
    }

    @Test func wordsThatMakeNoMeeting() {
        #expect(pairs("Washington had urged Pretoria not to receive Libyan leader Moamer Kadhafi.").isEmpty)
        #expect(
            pairs(
                "President Hosni Mubarak held talks with Palestinian leader Yasser Arafat on the stalled negotiations with Israel."
            ) == [["Hosni Mubarak", "Yasser Arafat"]])
    }

    @Test func heInAReportedClauseIsItsSubject() {
        let found = pairs(
            """
            Chief Cabinet Secretary Kanezo Muraoka said Prime Minister Ryutaro Hashimoto would raise the issue \
            when he meets Chinese Vice President Hu Jintao in Tokyo next month.
            """)
        #expect(found == [["Ryutaro Hashimoto", "Hu Jintao"]])
    }

    @Test func aSecondVerbAfterTheFirstOneObjectKeepsItsSubject() {
        let found = pairs(
            """
            Secretary of State George Shultz will meet Prime Minister Yasuhiro Nakasone on Thursday and is \
            expected to hold separate talks with Foreign Minister Tadashi Kuranari.
            """)
        #expect(Set(found) == [["George Shultz", "Yasuhiro Nakasone"], ["George Shultz", "Tadashi Kuranari"]])
    }

    @Test func aCompanyIsNoActor() {
        let extraction = ExtractionFixture.extract(
            """
            Toyota Motor Corp said it would visit suppliers in China next month. \
            General Motors Corp said it held talks with Pennzoil Co on a joint venture.
            """)
        #expect(extraction.meetings.isEmpty)
        #expect(extraction.statements.isEmpty)
        #expect(extraction.actors.map(\.name) == ["China"])
    }

    @Test func aVisitThatWillNotTakePlaceIsCancelled() throws {
        let visit = try #require(
            ExtractionFixture.extract(
                "Chancellor Gerhard Schroeder's visit to Washington will not take place, officials said."
            ).meetings.first)
        #expect(visit.status == .cancelled)
    }

    @Test func aDayInAnotherClauseIsNotTheMeetings() throws {
        let extraction = ExtractionFixture.extract(
            "The testimony Tuesday of an officer who described President Karl Weiss's call with President Ana Ruiz was long."
        )
        let call = try #require(extraction.meetings.first)
        #expect(call.date == nil)
    }
}

/// Names read as they stood when the article appeared.
@Suite struct FormerNameTests {
    @Test func moscowBeforeDecember1991IsTheSovietUnion() throws {
        let old = ExtractionFixture.extract(
            "Foreign Minister Hans Genscher is expected to visit Moscow in July.", published: "1987-04-14")
        #expect(
            old.meetings.first.map { ExtractionFixture.names(old, $0.participants) } == [
                "Hans Genscher", "Soviet Union",
            ])
        let new = ExtractionFixture.extract(
            "Foreign Minister Hans Genscher is expected to visit Moscow in July.", published: "2005-04-14")
        #expect(
            new.meetings.first.map { ExtractionFixture.names(new, $0.participants) } == ["Hans Genscher", "Russia"])
    }

    @Test func theKremlinWasSoviet() {
        let extraction = ExtractionFixture.extract("The Kremlin said the talks would go on.", published: "1987-04-14")
        #expect(extraction.actors.contains { $0.name == "Kremlin" && $0.country == "SUN" })
    }
}

@Suite struct OfficeTitleTests {
    @Test func anOfficeStartingWithAModifierWordIsWholeOffice() throws {
        let extraction = ExtractionFixture.extract(
            "Soto will meet Chief of the General Staff Rafael Ortiz Luna on Friday.")
        let person = try #require(ExtractionFixture.actor(extraction, named: "Rafael Ortiz Luna"))
        #expect(person.roles.first?.title == "Chief of the General Staff")
    }

    @Test func aCounterpartIsNamedWithoutAnOffice() throws {
        let extraction = ExtractionFixture.extract(
            "President Hu Jintao held talks with his South Korean counterpart Roh Moo-hyun on Thursday.")
        let person = try #require(ExtractionFixture.actor(extraction, named: "Roh Moo-hyun"))
        #expect(person.country == "KOR")
        #expect(person.roles.isEmpty)
        #expect(extraction.meetings.count == 1)
    }

    @Test(
        arguments: [
            (
                "President Hosni Mubarak received Syrian Foreign Minister Farouk al-Sharaa in Cairo on Tuesday.",
                "Farouk al-Sharaa"
            ),
            (
                "President Hosni Mubarak received Sudanese envoy Ali Hassan Osman El-Amin in Cairo on Tuesday.",
                "Ali Hassan Osman El-Amin"
            ),
        ] as [(String, String)])
    func aParticleJoinedByAHyphenIsPartOfTheName(text: String, name: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(ExtractionFixture.actor(extraction, named: name) != nil)
        #expect(extraction.actors.filter { $0.kind == .person }.count == 2)
    }

    @Test func aRegionIsNoPerson() {
        let extraction = ExtractionFixture.extract(
            "NATO has grown into Eastern Europe. Eastern Europe welcomed the decision, officials said.")
        #expect(!extraction.actors.contains { $0.name.contains("Europe") })
    }

    @Test func aNameInAppositionAfterAnOfPhrase() throws {
        let extraction = ExtractionFixture.extract(
            "Weiss saw the president of the bank of Chile, Rosa Vidal Soto, on Friday.")
        let person = try #require(ExtractionFixture.actor(extraction, named: "Rosa Vidal Soto"))
        #expect(person.country == "CHL")
        #expect(ExtractionFixture.actor(extraction, named: "Chile") != nil)
    }
}

/// Details one sentence leaves to another: who "the two" are, when "during the visit" is.
@Suite struct EncounterReferenceTests {
    @Test func theJourneyDatesTheTalksItIsFor() throws {
        let extraction = ExtractionFixture.extract(
            """
            Foreign Minister Yukihiko Ikeda will travel to Moscow on Sunday for two days of talks with Russian \
            Foreign Minister Yevgeny Primakov.
            """,
            published: "1997-04-10")
        let talks = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(talks.kind == .talks)
        #expect(talks.status == .planned)
        #expect(talks.date == EventDate(date: CalendarDate(iso: "1997-04-13")!, precision: .day))
        #expect(talks.location == "Moscow")
    }

    @Test func theTwoMenAgreeToContinueTalks() throws {
        let extraction = ExtractionFixture.extract(
            """
            Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Geneva on Friday. \
            The two men agreed to continue talks.
            """)
        let talks = try #require(extraction.meetings.first { $0.kind == .talks })
        #expect(ExtractionFixture.names(extraction, talks.participants) == ["Antony Blinken", "Sergei Lavrov"])
        #expect(talks.status == .planned)
    }

    @Test func theTwoCountriesAreTheStatesThatMet() throws {
        let extraction = ExtractionFixture.extract(
            "Japan and China met in Tokyo on Monday. The two countries will meet again on Friday.")
        #expect(extraction.meetings.count == 2)
        #expect(
            extraction.meetings.allSatisfy {
                ExtractionFixture.names(extraction, $0.participants) == ["Japan", "China"]
            })
    }

    @Test func theCounterpartsOfAnUnnamedSideDidNotMeetEachOther() {
        let text = "\"We have begun negotiations with Peru and Bolivia,\" the envoy told reporters."
        #expect(ExtractionFixture.pairs(text).isEmpty)
    }

    @Test func theTwoKingdomsAreTheStatesOfThePeopleWhoMet() {
        let text = """
            Nepalese Prime Minister Juan Soto met Bhutanese leader Ana Ruiz on Monday. Ten rounds of talks between \
            the two Himalayan kingdoms have failed.
            """
        #expect(ExtractionFixture.pairs(text).last == ["Nepal", "Bhutan"])
    }

    @Test func talksPlannedForAPostponedVisitArePostponedWithIt() throws {
        let extraction = ExtractionFixture.extract(
            """
            Omani Foreign Minister Khalid Harthi has postponed a visit to Egypt that was planned for Sunday. \
            The Omani minister now intends to travel to Egypt on Monday. \
            Harthi had been due to hold talks with Egyptian President Adel Nour.
            """,
            published: "2006-12-23")
        let talks = try #require(extraction.meetings.first { $0.kind == .talks })
        #expect(talks.status == .postponed)
        #expect(talks.date == EventDate(date: CalendarDate(iso: "2006-12-24")!, precision: .day))
        let visit = try #require(extraction.meetings.first { $0.kind == .visit })
        #expect(visit.date == EventDate(date: CalendarDate(iso: "2006-12-25")!, precision: .day))
    }

    @Test func whoJoinsTheTalksTakesPartAndThePartFoldsIntoTheWhole() throws {
        let extraction = ExtractionFixture.extract(
            """
            US President Karl Weiss spoke to reporters. Earlier Thursday, Moscow protested against a meeting \
            between President Karl Weiss and Prime Minister Anna Berg. Berg met formally on Wednesday with US \
            Vice President Ida Holm, and the president joined the talks midway.
            """,
            published: "1997-04-24")
        #expect(extraction.meetings.count == 1)
        let meeting = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, meeting.participants) == ["Anna Berg", "Ida Holm", "Karl Weiss"])
        #expect(meeting.date == EventDate(date: CalendarDate(iso: "1997-04-23")!, precision: .day))
    }

    @Test func aWireStoryOfTalksAndTheirAftermath() throws {
        let extraction = ExtractionFixture.extract(
            """
            MOSCOW, April 13 - U.S. Secretary of State Paul Hewitt and Soviet Foreign Minister Ivan Petrov \
            opened two days of talks today on grain sales. \
            A Soviet spokesman, Oleg Sokolov, said Soviet leader Boris Volkov would receive Hewitt tomorrow. \
            The two ministers last met in Washington in September. \
            Western diplomats said the talks could prepare a summit between Volkov and President Karl Weiss \
            later this year.
            """,
            published: "1987-04-13")
        let found = extraction.meetings.map { (ExtractionFixture.names(extraction, $0.participants), $0) }
        let talks = try #require(found.first { $0.1.kind == .talks })
        #expect(talks.0 == ["Paul Hewitt", "Ivan Petrov"])
        #expect(talks.1.date == EventDate(date: CalendarDate(iso: "1987-04-13")!, precision: .day))
        let earlier = try #require(found.first { $0.1.location == "Washington" })
        #expect(earlier.0 == ["Paul Hewitt", "Ivan Petrov"])
        // A summit of two leaders is their meeting.
        let summit = try #require(found.first { $0.0 == ["Boris Volkov", "Karl Weiss"] })
        #expect(summit.1.kind == .meeting)
        #expect(summit.1.status == .planned)
        #expect(found.count == 4)
        #expect(extraction.statements.contains { extraction.actors[$0.speaker].name == "Oleg Sokolov" })
    }

    @Test func aWireStoryFromBaghdad() throws {
        let extraction = ExtractionFixture.extract(
            """
            BAGHDAD, Nov 11 (AFP) - Iraqi Prime Minister Ibrahim al-Jaafari greeted reporters. \
            US Secretary of State Condoleezza Rice flew in from Bahrain, where she had held talks with King \
            Hamad bin Isa al-Khalifa on Thursday. \
            Jaafari, who met British Prime Minister Tony Blair in London last month, welcomed the visit. \
            Iran's Foreign Minister Manouchehr Mottaki, meanwhile, called off a planned trip to Baghdad next week.
            """,
            published: "2005-11-11")
        let hamad = try #require(ExtractionFixture.actor(extraction, named: "Hamad bin Isa al-Khalifa"))
        #expect(hamad.country == nil)
        let pairs = extraction.meetings.map { ExtractionFixture.names(extraction, $0.participants) }
        #expect(pairs.contains(["Ibrahim al-Jaafari", "Tony Blair"]))
        let trip = try #require(extraction.meetings.first { $0.kind == .visit })
        #expect(ExtractionFixture.names(extraction, trip.participants) == ["Manouchehr Mottaki", "Iraq"])
        #expect(trip.status == .cancelled)
    }

    @Test func theTwoAreTheLastTwoPeopleNamed() throws {
        let extraction = ExtractionFixture.extract(
            """
            Foreign Minister Kim Dae-ho will visit Japan for talks. \
            Japan's Foreign Minister Yuki Ikeda issued the invitation when the two met in Manila in February.
            """,
            published: "1997-04-04")
        let meeting = try #require(extraction.meetings.first { $0.location == "Manila" })
        #expect(ExtractionFixture.names(extraction, meeting.participants) == ["Kim Dae-ho", "Yuki Ikeda"])
        #expect(meeting.date == EventDate(date: CalendarDate(iso: "1997-02-01")!, precision: .month))
    }

    @Test func aMeetingDuringTheVisitTakesTheVisitsDay() throws {
        let extraction = ExtractionFixture.extract(
            """
            King Rama starts a five-day state visit on Tuesday. \
            The king will hold talks with President Karl Weiss during the visit.
            """,
            published: "1987-03-22")
        let talks = try #require(extraction.meetings.first { $0.kind == .talks })
        #expect(talks.date == EventDate(date: CalendarDate(iso: "1987-03-24")!, precision: .day))
        #expect(talks.status == .planned)
    }

    @Test func aRelativeClauseBetweenDashesHasItsSubject() throws {
        let extraction = ExtractionFixture.extract(
            """
            Foreign Minister Lena Ost will visit Nepal this week, an aide said Monday. \
            Ost -- who was scheduled to arrive in Nepal on Wednesday -- will hold talks with officials.
            """,
            published: "2005-12-12")
        #expect(extraction.meetings.count == 1)
        #expect(extraction.meetings.first?.date == EventDate(date: CalendarDate(iso: "2005-12-14")!, precision: .day))
    }
}

/// Cases the rules above must leave alone.
@Suite struct EncounterCounterexampleTests {
    func pairs(_ text: String) -> [Set<String>] { ExtractionFixture.pairs(text) }

    @Test func coHostingIsNoCompany() {
        #expect(
            pairs("Prime Minister John Howard co-hosted talks with President Bill Clinton on Monday.") == [
                ["John Howard", "Bill Clinton"]
            ])
    }

    @Test func speakingToABodyOrAboutAPhoneIsNoCall() throws {
        #expect(pairs("President Barack Obama spoke to the United Nations General Assembly on Monday.").isEmpty)
        let extraction = ExtractionFixture.extract(
            "Prime Minister David Cameron spoke with President Barack Obama about the phone-hacking scandal.")
        #expect(extraction.meetings.first?.kind == .meeting)
    }

    @Test func aSummitAgreedOnIsNoTopic() {
        let found = pairs(
            "President Boris Yeltsin met Chancellor Helmut Kohl and agreed on a summit with President Jiang Zemin in June."
        )
        #expect(found.contains(["Boris Yeltsin", "Helmut Kohl"]))
        #expect(found.count == 2)
    }

    @Test func aCounterpartIsNoOneElse() {
        let extraction = ExtractionFixture.extract(
            """
            Libyan leader Moamer Kadhafi arrived. Foreign Minister Alfred Nzo and his Libyan counterpart signed \
            an agreement.
            """)
        #expect(
            !extraction.statements.contains { extraction.actors[$0.speaker].name == "Moamer Kadhafi" })
    }

    @Test func someonesCounterpartIsNoSubject() {
        let found = pairs(
            """
            Ambassador Gordon Sondland faces questions about the administration's dealings with Ukraine and a \
            phone call with President Donald Trump.
            """)
        #expect(!found.contains(["Ukraine", "Donald Trump"]))
    }

    @Test func aNameBesideAMeetingVerbIsAPerson() {
        #expect(pairs("Joe Biden met Xi Jinping in Bali on Monday.") == [["Joe Biden", "Xi Jinping"]])
        #expect(pairs("Wang Yi spoke by phone with Antony Blinken on Sunday.") == [["Wang Yi", "Antony Blinken"]])
        #expect(pairs("The minister met Buckingham Palace officials.").isEmpty)
    }

    @Test func aDeniedMeetingIsNone() {
        #expect(
            pairs("Foreign Minister Don Pramudwinai denied reports that he had met President Win Myint.").isEmpty)
    }

    @Test func aForeignMinistryUnderADatelineIsThatStates() throws {
        let extraction = ExtractionFixture.extract("TOKYO, June 22 - The foreign ministry said the ship had left.")
        let ministry = try #require(extraction.actors.first { $0.kind == .organization })
        #expect(ministry.country == "JPN")
    }

    @Test func aStatesForeignMinistryInLowerCaseIsThatStates() throws {
        let extraction = ExtractionFixture.extract("TOKYO, June 22 - Egypt's foreign ministry said the ship had left.")
        let ministry = try #require(extraction.actors.first { $0.kind == .organization })
        #expect(ministry.country == "EGY")
    }

    @Test func aPersonBeforeAForeignPlaceKeepsTheDatelineCountry() throws {
        let extraction = ExtractionFixture.extract(
            "WASHINGTON, Oct 3 - Secretary of State Colin Powell, back from Moscow, said the talks had gone well.")
        #expect(ExtractionFixture.actor(extraction, named: "Colin Powell")?.country == "USA")
    }
}
