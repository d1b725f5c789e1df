import ParleyExtraction
import ParleyModel
import Testing

/// Encounters the sentence leaves partly unsaid: a count, a verb left out, a place given as "here".
@Suite struct ImplicitEncounterTests {
    @Test func metTwiceIsTwoEncounters() throws {
        let extraction = ExtractionFixture.extract(
            """
            RABAT, April 23 - Chancellor Hugo Lenz of Austria spoke today. \
            King Idris has met twice with the Austrian leader, the last time in Geneva earlier this month.
            """,
            published: "1997-04-23")
        let meetings = extraction.meetings.filter {
            ExtractionFixture.names(extraction, $0.participants) == ["Idris", "Hugo Lenz"]
        }
        #expect(meetings.count == 2)
        #expect(meetings.compactMap(\.date).count == 1)
    }

    @Test func aMeetingWordMayOpenTheSentence() {
        for text in ["Visit to China by Foreign Minister Ana Ruiz of Peru was postponed.", "Meets here.", "Visited"] {
            _ = ExtractionFixture.extract("LIMA, Oct 19 - " + text)
            _ = ExtractionFixture.extract(text)
        }
        #expect(
            ExtractionFixture.pairs("Visit to China by Foreign Minister Ana Ruiz of Peru was postponed.")
                == [["Ana Ruiz", "China"]])
    }

    @Test func metOnceIsOneEncounter() {
        let pairs = ExtractionFixture.pairs(
            "King Omar met Prime Minister Dan Levi of Israel in Paris, and said the talks went well.")
        #expect(pairs == [["Omar", "Dan Levi"]])
    }

    @Test func whoJoinsMeetsTheGroupAsOne() throws {
        let extraction = ExtractionFixture.extract(
            """
            After her talks with Prime Minister Ivan Petrov of Russia, Prime Minister Anna Berg of Sweden and \
            Petrov were joined for the signing of two agreements by President Oleg Sokolov of Russia.
            """)
        let joined = try #require(extraction.meetings.first { $0.participants.count == 3 })
        #expect(
            ExtractionFixture.names(extraction, joined.participants) == ["Anna Berg", "Ivan Petrov", "Oleg Sokolov"])
        #expect(!ExtractionFixture.pairs(extraction).contains(["Ivan Petrov", "Oleg Sokolov"]))
    }

    @Test func aRelativeClauseInAListOfPeopleNamesNoOneOfIt() {
        let pairs = ExtractionFixture.pairs(
            """
            President Olu Bello of Nigeria, who chairs the African Union, President Sipho Dube of South Africa and \
            Kaba sought to end the deadlock during talks in Abidjan two weeks ago.
            """)
        #expect(pairs == [["Olu Bello", "Sipho Dube"]])
    }

    @Test func twoCountryAdjectivesShareOneGroupWord() {
        let pairs = ExtractionFixture.pairs(
            "Envoy Dan Ross of the United States met with both Israeli and Palestinian leaders on Monday.")
        #expect(Set(pairs) == [["Dan Ross", "Israel"], ["Dan Ross", "Palestine"]])
    }

    @Test func theOnesIncludedAreWhomOneConferredWith() {
        let pairs = ExtractionFixture.pairs(
            """
            Foreign Minister Ana Ruiz of Peru has conferred with several envoys in Geneva this week, including \
            the representative of Chile.
            """)
        #expect(pairs == [["Ana Ruiz", "Chile"]])
    }

    @Test func thoseTakingPartInTheTalksAreListedAfterTheVerb() {
        let pairs = ExtractionFixture.pairs(
            """
            Taking part in the talks in a Geneva hotel on Friday were Chile's envoy to the U.N., Ambassador \
            Luis Vera, and the director-general of the Peruvian Foreign Ministry, Ana Ruiz.
            """)
        #expect(pairs == [["Luis Vera", "Ana Ruiz"]])
    }

    @Test func theyWhoWillSeeEachOtherAreTheTwoJustNamed() throws {
        let extraction = ExtractionFixture.extract(
            """
            President Karl Weiss on Friday had a telephone discussion with Prime Minister Anna Berg. \
            "The president hopes to take up the subject again with Berg when they see each other at the \
            regional meeting next week," a spokeswoman said.
            """)
        let planned = try #require(extraction.meetings.first { $0.status == .planned })
        #expect(ExtractionFixture.names(extraction, planned.participants) == ["Karl Weiss", "Anna Berg"])
        #expect(planned.kind == .meeting)
        #expect(extraction.meetings.filter { $0.kind == .call }.count == 1)
    }

    @Test func aVisitThatFollowsATripHasItsTraveller() throws {
        let extraction = ExtractionFixture.extract(
            """
            LIMA, Oct 19 - Chilean Foreign Minister Pedro Soto, here on an official visit, praised the talks. \
            Officials said the minister's trip, to be followed on Tuesday by a visit to Bolivia, went well.
            """,
            published: "1987-10-19")
        let onward = try #require(extraction.meetings.first { $0.location == "Bolivia" })
        #expect(ExtractionFixture.names(extraction, onward.participants) == ["Pedro Soto", "Bolivia"])
        #expect(onward.status == .planned)
        #expect(onward.date == EventDate(date: CalendarDate(iso: "1987-10-20")!, precision: .day))
    }

    @Test func theTwoPresidentsAreThePresidentsJustNamed() throws {
        let extraction = ExtractionFixture.extract(
            """
            President Li Wei of China held talks with President Aset Nurlan of Kazakhstan on Thursday. \
            Premier Zhou Min of China will meet Nurlan separately. \
            The two presidents last met in June in Shanghai.
            """,
            published: "2004-07-01")
        let june = try #require(extraction.meetings.first { $0.location == "Shanghai" })
        #expect(ExtractionFixture.names(extraction, june.participants) == ["Li Wei", "Aset Nurlan"])
    }

    @Test func anUnnamedAmbassadorIsHisStateNotItsLastPersonNamed() {
        let pairs = ExtractionFixture.pairs(
            """
            BONN, Nov 27 - Polish Foreign Minister Jan Nowak called off his visit. West German Foreign Minister \
            Karl Weiss instead met the Polish ambassador in Bonn on Monday.
            """,
            published: "1984-11-27")
        #expect(pairs == [["Karl Weiss", "Poland"]])
    }

    @Test func theMinisterOfAStateIsItsMinisterOfAField() throws {
        let extraction = ExtractionFixture.extract(
            """
            SEOUL, April 5 - South Korean Foreign Minister Kim Dae-ho spoke today. Officials said the South \
            Korean minister would meet Prime Minister Taro Sato of Japan.
            """,
            published: "1996-04-05")
        #expect(ExtractionFixture.pairs(extraction) == [["Kim Dae-ho", "Taro Sato"]])
    }

    @Test func aJourneysPurposeIsOneVisitToEachCountry() {
        let pairs = ExtractionFixture.pairs(
            "President Li Wei of China is scheduled to leave for Europe on Friday for visits to Germany and Britain.",
            published: "1990-06-10")
        #expect(Set(pairs) == [["Li Wei", "Germany"], ["Li Wei", "United Kingdom"]])
    }

    @Test func aVisitAndAMeetingMonthsApartAreTwoEncounters() {
        let pairs = ExtractionFixture.pairs(
            """
            HANOI, June 10 - Prime Minister Van Khai of Vietnam met Vice Premier Wu Xi of China today. \
            Prime Minister Taro Sato of Japan visited Hanoi in April 2002, and he and Khai met again in Bali \
            last October.
            """,
            published: "2004-06-10")
        #expect(pairs.contains(["Taro Sato", "Vietnam"]))
        #expect(pairs.contains(["Taro Sato", "Van Khai"]))
    }

    @Test func anUnnamedAideStandsForTheStateOfThePersonServed() throws {
        let extraction = ExtractionFixture.extract(
            """
            Ukrainian President Oleh Bondar spoke on Monday, and Ambassador Gordon Hale said he met him. \
            A diplomat testified that he overheard a crucial October conversation in Prague between Hale and a \
            senior adviser to Bondar. "We will see," an aide to Bondar told reporters.
            """,
            published: "2019-11-20")
        let prague = try #require(extraction.meetings.first { $0.location == "Prague" })
        #expect(ExtractionFixture.names(extraction, prague.participants) == ["Gordon Hale", "Ukraine"])
        #expect(prague.date == EventDate(date: CalendarDate(iso: "2019-10-01")!, precision: .month))
        let told = extraction.statements.last.map { extraction.actors[$0.speaker].name }
        #expect(told == "Oleh Bondar")
    }

    @Test func theBarePresidentIsTheOneNamedWithoutAState() throws {
        let extraction = ExtractionFixture.extract(
            """
            President Karl Weiss spoke on Monday. Ukrainian President Oleh Bondar spoke too. \
            The ambassador, Gordon Hale, was at lunch in Kyiv when he dialed up the president on his cellphone.
            """)
        let call = try #require(extraction.meetings.first { $0.kind == .call })
        #expect(ExtractionFixture.names(extraction, call.participants) == ["Gordon Hale", "Karl Weiss"])
    }

    @Test func aSecondWithPastALongAppositiveIsAnotherCounterpart() {
        let pairs = ExtractionFixture.pairs(
            """
            President Karl Weiss also met with John Hale, deputy secretary of commerce for fisheries, forests \
            and mining, and with the Advisory Committee on Coastal Waters.
            """)
        #expect(
            Set(pairs) == [
                ["Karl Weiss", "John Hale"], ["Karl Weiss", "Advisory Committee on Coastal Waters"],
            ])
    }

    @Test func whoToldVisitingOfficialsMetTheirState() throws {
        let extraction = ExtractionFixture.extract(
            """
            Ambassador Gordon Hale of the United States spoke. An aide described a March 3 meeting at the \
            embassy when Hale told visiting Ukrainian officials that the loan could wait.
            """,
            published: "2019-11-20")
        let meeting = try #require(extraction.meetings.first)
        #expect(ExtractionFixture.names(extraction, meeting.participants) == ["Gordon Hale", "Ukraine"])
        #expect(meeting.date == EventDate(date: CalendarDate(iso: "2019-03-03")!, precision: .day))
        #expect(ExtractionFixture.pairs("Visiting Ukrainian officials said the talks went well.").isEmpty)
    }

    @Test func aVisitorHereOnAVisitMeetsWhomHeInformed() throws {
        let extraction = ExtractionFixture.extract(
            """
            LIMA, Oct 19 - Chilean foreign minister pedro soto, here on a three-day visit, informed \
            peruvian foreign ministry officials on monday about the fishing accord, aides said.
            """,
            published: "1987-10-21")
        let meeting = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(
            ExtractionFixture.names(extraction, meeting.participants) == ["Pedro Soto", "peruvian foreign ministry"])
        #expect(meeting.location == "Lima")
        #expect(meeting.date == EventDate(date: CalendarDate(iso: "1987-10-19")!, precision: .day))
    }

    @Test func aVisitorHereOnAVisitVisitsTheDatelineCountry() throws {
        let extraction = ExtractionFixture.extract(
            "LIMA, Oct 19 - Chilean Foreign Minister Pedro Soto, here on an official visit, praised the talks.",
            published: "1987-10-19")
        let visit = try #require(extraction.meetings.first)
        #expect(visit.kind == .visit)
        #expect(ExtractionFixture.names(extraction, visit.participants) == ["Pedro Soto", "Peru"])
        #expect(visit.location == "Lima")
    }

    @Test func aVisitWithoutDestinationIsToTheDatelineCountry() throws {
        let extraction = ExtractionFixture.extract(
            """
            PARIS, March 22 - There were two previous state tours of France by Thai monarchs. \
            King Rama visited in 1960 and King Chai in 1981.
            """,
            published: "1987-03-22")
        #expect(Set(ExtractionFixture.pairs(extraction)) == [["Rama", "France"], ["Chai", "France"]])
        let years = Set(extraction.meetings.compactMap { $0.date?.date.year })
        #expect(years == [1960, 1981])
        // Visitors to France are not French, although the dateline first suggested it.
        #expect(ExtractionFixture.actor(extraction, named: "Rama")?.country == nil)
    }

    @Test func aVisitWithAnObjectIsNoVisitToTheDatelineCountry() {
        let pairs = ExtractionFixture.pairs(
            "PARIS, March 22 - Minister Ana Cruz of Spain visited a factory in 1990.", published: "1987-03-22")
        #expect(pairs.isEmpty)
    }

    @Test func aDatelineGuessGivesWayToACountryReadLater() {
        let extraction = ExtractionFixture.extract(
            """
            MOSCOW, May 2 - President Walker arrived on Sunday. \
            U.S. President Walker met Soviet leader Ivan Petrov.
            """,
            published: "1987-05-04")
        #expect(ExtractionFixture.actor(extraction, named: "Walker")?.country == "USA")
    }
}
