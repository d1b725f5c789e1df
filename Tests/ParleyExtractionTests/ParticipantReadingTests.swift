import ParleyExtraction
import ParleyModel
import Testing

/// Who the participants are when the wording names them indirectly: offices, appositions, purposes.
@Suite struct ParticipantReadingTests {
    func pairs(_ text: String, published: String? = "2024-03-14") -> [Set<String>] {
        ExtractionFixture.pairs(text, published: published)
    }

    @Test func anOfficeMayEndInTheWordOfABody() {
        #expect(
            pairs("Vice Premier Wu Jian of China met U.S. Treasury Secretary Tom Field.") == [["Wu Jian", "Tom Field"]])
    }

    @Test func whomOneHoldsTalksWithIsVisitingNotTheOneWhoTravels() {
        let pairs = pairs(
            "Chinese Vice Premier Wu Jian held talks here Saturday with visiting U.S. Treasury Secretary Tom Field.")
        #expect(pairs == [["Wu Jian", "Tom Field"]])
    }

    @Test(
        arguments: [
            (
                "Vice Premier Wu Jian of China told visiting Peruvian Foreign Minister Ana Ruiz that trade must grow.",
                ["Wu Jian", "Ana Ruiz"] as Set
            ),
            (
                "President Omar Hady thanked the visiting Swedish premier, Anna Berg, for her support.",
                ["Omar Hady", "Anna Berg"] as Set
            ),
        ] as [(String, Set<String>)])
    func whoIsToldOrThankedAsVisitingWasMet(text: String, pair: Set<String>) {
        #expect(pairs(text) == [pair])
    }

    @Test func aGroupWordThatModifiesANounNamesNoOneActing() {
        let pairs = pairs(
            "The Peruvian leader Luis Paz flew to Santiago aboard a Chilean military helicopter for a meeting with "
                + "President Ana Ruiz.")
        #expect(pairs == [["Luis Paz", "Ana Ruiz"]])
    }

    @Test func whoMeetsADelegationFromAStateMeetsThatState() {
        #expect(
            pairs("Vice Premier Wu Jian of China met with a delegation from Peru on Friday.") == [["Wu Jian", "Peru"]])
    }

    @Test func aPhaseOfTheirMeetingNamesTheTellerAndTheOneTold() {
        let pairs = pairs(
            "Vice Premier Wu Jian of China told Foreign Minister Ana Ruiz of Peru at the end of their talks on Monday that trade must grow."
        )
        #expect(pairs == [["Wu Jian", "Ana Ruiz"]])
    }

    @Test func wordsBeforeAnOfficeJoinItsHolderToTheList() {
        let pairs = pairs(
            "The envoy hopes to restart talks between Peruvian President Ana Ruiz and the exiled Chilean leader Juan Soto."
        )
        #expect(pairs == [["Ana Ruiz", "Juan Soto"]])
    }

    @Test(arguments: [
        "Ana Ruiz fell ill after she met with former army officer Juan Soto and banker Luis Paz at a hotel in Lima.",
        "Ana Ruiz met with businessman Juan Soto and ex-police officer Luis Paz in Lima on Monday.",
    ])
    func nounsThatDescribeANameJoinItToTheList(text: String) {
        #expect(Set(pairs(text)) == [["Ana Ruiz", "Juan Soto"], ["Ana Ruiz", "Luis Paz"]])
    }

    @Test(arguments: [
        "Ana Ruiz was in Lima for three days, a visit which saw her meeting Peruvian President Luis Paz.",
        "Witnesses saw Ana Ruiz meeting Luis Paz at a hotel in Lima.",
    ])
    func whomOneSawMeetingMet(text: String) {
        #expect(pairs(text).contains(["Ana Ruiz", "Luis Paz"]))
    }

    @Test(arguments: [
        "The third meeting of the forum will be held in Lima with the participation of Chilean President Ana Ruiz "
            + "and Peruvian President Luis Paz.",
        "The summit opened on Monday with the participation of Chilean President Ana Ruiz and Peruvian President "
            + "Luis Paz.",
    ])
    func thoseNamedAfterWithTheParticipationOfTookPart(text: String) {
        #expect(pairs(text) == [["Ana Ruiz", "Luis Paz"]])
    }

    @Test func whoPlaysHostMeetsTheGuest() {
        #expect(
            pairs("Peruvian President Luis Paz played host to Chilean President Ana Ruiz on Monday.") == [
                ["Ana Ruiz", "Luis Paz"]
            ])
    }

    @Test func aKindOfBodyWrittenSmallBeforeANameDescribesThePerson() {
        let extraction = ExtractionFixture.extract("Ana Ruiz met with army officer Juan Soto in Lima on Monday.")
        #expect(extraction.actors.map(\.name).sorted() == ["Ana Ruiz", "Juan Soto"])
    }

    @Test func aJourneyForAMeetingIsTheTravellersMeeting() {
        let pairs = pairs(
            """
            Egypt's intelligence chief, Gen. Samir Hady, is expected to travel to Washington later this month for a \
            meeting with the national security adviser, Laura Penn.
            """)
        #expect(pairs == [["Samir Hady", "Laura Penn"]])
    }

    @Test func aMeasureMayStandBetweenTheJourneyAndItsTalks() {
        let pairs = pairs(
            """
            LONDON, March 22 - British Foreign Secretary Richard Hale will fly to Moscow on Monday for three days of \
            talks with Soviet Foreign Minister Yuri Petrov on arms control, the Foreign Office said today.
            """,
            published: "1987-03-22")
        #expect(pairs == [["Richard Hale", "Yuri Petrov"]])
    }

    @Test(arguments: [
        ("Envoy Tom Field met with officials in Algiers on Tuesday.", ["Tom Field", "Algeria"]),
        ("Tom Field will hold talks with leaders in Nairobi next week.", ["Tom Field", "Kenya"]),
    ])
    func theOfficialsOfACapitalStandForItsState(_ text: String, _ expected: [String]) throws {
        let extraction = ExtractionFixture.extract(text)
        #expect(ExtractionFixture.pairs(extraction) == [Set(expected)])
        let meeting = try #require(extraction.meetings.first)
        #expect(meeting.location != nil)
    }

    @Test(arguments: [
        (
            "Prime Minister Ravi Menon arrived in Tokyo on Thursday. He praised Japanese Prime Minister Ken Sato, "
                + "with whom he will hold talks on Friday.", ["Ravi Menon", "Ken Sato"]
        ),
        (
            "Slovak President Jan Hora, whom Prime Minister Igor Petrov met on Monday, said ties were good.",
            ["Jan Hora", "Igor Petrov"]
        ),
        (
            "King Omar welcomed the planned visit of Russian President Ivan Gorev to Jordan next month.",
            ["Ivan Gorev", "Jordan"]
        ),
    ])
    func aRelativeClauseOrAnOfPhraseNamesTheOtherSide(_ text: String, _ expected: [String]) {
        #expect(pairs(text).contains(Set(expected)))
    }

    @Test(arguments: [
        (
            "Foreign Minister Ana Ruiz and Prime Minister John Kessler held a closed-door meeting on Friday.",
            ["Ana Ruiz", "John Kessler"]
        ),
        (
            "Foreign Minister Ana Ruiz and Prime Minister John Kessler had a two-hour meeting.",
            ["Ana Ruiz", "John Kessler"]
        ),
        ("Chile and Peru opened a new round of border talks on Monday.", ["Chile", "Peru"]),
        ("Chile and Peru held trade talks in Lima.", ["Chile", "Peru"]),
    ])
    func theSubjectOfAVerbOfEncounterMeetsInTheNounAfterIt(_ text: String, _ expected: [String]) {
        #expect(pairs(text) == [Set(expected)])
    }

    @Test(arguments: [
        ("Foreign Minister Ana Ruiz held talks with rebel leaders in the hills on Monday.", "rebel leaders"),
        ("Foreign Minister Ana Ruiz met opposition leaders in Lima.", "opposition leaders"),
        ("Foreign Minister Ana Ruiz held talks with town leaders in Cusco on Monday.", "town leaders"),
        ("Foreign Minister Ana Ruiz met local elders in the hills.", "local elders"),
    ])
    func aGroupNamedInLowerCaseMeets(_ text: String, _ group: String) {
        #expect(pairs(text) == [["Ana Ruiz", group]])
    }

    @Test(arguments: [
        "Talks between President Karl Weiss and rebel leader Tomas Reyna began on Sunday.",
        "President Karl Weiss met Ana Ruiz and opposition leader Tomas Reyna in Lima.",
    ])
    func aFieldBeforeAnOfficeKeepsTheListTogether(_ text: String) {
        #expect(pairs(text).contains { $0.isSuperset(of: ["Karl Weiss", "Tomas Reyna"]) })
    }

    @Test func whomOneToldInACallTookPartInIt() throws {
        let extraction = ExtractionFixture.extract(
            "President Ana Ruiz told Prime Minister John Kessler in a phone call on Monday that the border was open.")
        #expect(ExtractionFixture.pairs(extraction) == [["Ana Ruiz", "John Kessler"]])
        #expect(extraction.meetings.first?.kind == .call)
    }

    @Test func aGroupThatNeitherMeetsNorSpeaksIsNoActor() {
        let extraction = ExtractionFixture.extract("The army fought the rebels for a week.")
        #expect(extraction.actors.allSatisfy { $0.kind != .group })
    }

    @Test func aNameInAppositionToAnOfficeForSomething() {
        #expect(
            pairs("Foreign Minister Ali Reza of Iran refused to meet the US special envoy for Iran, Robert Call.")
                == [["Ali Reza", "Robert Call"]])
        #expect(
            pairs(
                "Ali Reza of Iran met the European Union's coordinator for the talks, Josep Vall, late on Tuesday."
            ) == [["Ali Reza", "Josep Vall"]])
    }

    @Test func aWithFurtherOnNamesWhomOneMet() {
        let found = pairs(
            """
            President Karl Weiss met on the sidelines of the United Nations General Assembly in New York with \
            President Ilunga Kabe of Congo.
            """)
        #expect(found == [["Karl Weiss", "Ilunga Kabe"]])
    }

    @Test func speakingToSomeoneByTelephoneIsACall() throws {
        let extraction = ExtractionFixture.extract(
            "Prime Minister Ann Hart spoke to the US President, William Gar, by telephone on Sunday.")
        let call = try #require(extraction.meetings.first)
        #expect(call.kind == .call)
        #expect(ExtractionFixture.names(extraction, call.participants) == ["Ann Hart", "William Gar"])
        #expect(pairs("Prime Minister Ann Hart spoke to President William Gar's aides about the budget.").isEmpty)
    }

    @Test func anUnnamedCounterpartIsHisState() {
        #expect(
            pairs("Meanwhile, the Chancellor, David Keane, met his Indian counterpart in London on Saturday.")
                == [["David Keane", "India"]])
    }

    @Test func anOfficeOfAStateNamedAfterItIsThatStatesOffice() {
        #expect(pairs("Senator Ann Hart met the president of Peru on Monday.") == [["Ann Hart", "Peru"]])
        #expect(
            pairs("Peruvian President Jorge Soto spoke. Senator Ann Hart met the president of Peru on Monday.")
                == [["Ann Hart", "Jorge Soto"]])
    }

    @Test func aCallBetweenTheTwoMenJustNamed() {
        let found = pairs(
            """
            President Karl Weiss praised Prime Minister Ann Hart on Monday. Aides said a phone call between the \
            two men last week had gone well.
            """)
        #expect(found == [["Karl Weiss", "Ann Hart"]])
    }

    @Test func aMeetingGivenNoOneIsTheTravellersMeeting() {
        let found = pairs(
            """
            Senator Ana Ruiz of Chile visited Peru on Sunday. A meeting with Peruvian Foreign Minister Jorge Soto \
            was set for Monday.
            """)
        #expect(found == [["Ana Ruiz", "Jorge Soto"]])
        let compatriot = pairs(
            "Senator Ana Ruiz of Chile visited Peru on Sunday. A meeting with Chilean envoy Jorge Soto was set.")
        #expect(compatriot == [["Ana Ruiz", "Peru"]])
    }

    @Test func talksWithSeveralStatesAreOneNegotiation() {
        #expect(
            pairs("Iran resumed talks with France, Germany and the United Kingdom in Vienna on Tuesday.")
                == [["Iran", "France", "Germany", "United Kingdom"]])
    }

    @Test func aTripForTalksWithTheHostStateIsThoseTalks() throws {
        let extraction = ExtractionFixture.extract(
            "The American envoy, Mark Dell, arrived in Cairo on Thursday for talks with Egyptian officials.",
            published: "2019-02-08")
        let talks = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(talks.kind == .talks)
        #expect(talks.location == "Cairo")
    }

    @Test func aVisitPostponedNamesItsTravellerAfterTheDestinations() {
        let found = pairs(
            """
            A visit to Israel and the West Bank by Secretary of State Ann Doyle, which had been expected this \
            month, has been put off.
            """)
        #expect(found == [["Ann Doyle", "Israel"]])
    }

    @Test func meetingsInGeneralOrImaginedAreNone() {
        #expect(pairs("Past meetings between Israeli and Palestinian leaders have often ended in acrimony.").isEmpty)
        #expect(
            pairs("For allies, a meeting with the American leader can be worth more at home than any aid package.")
                .isEmpty)
    }

    @Test(arguments: [
        "Chile wants leverage in future talks with Peru over the border.",
        "Senator Ann Hart repeated her willingness to meet her Peruvian counterpart at any time.",
        "Chile will meet a Peruvian request for more water from the river.",
        "Officials would not comment on Senator Ann Hart's possible visit to Peru.",
    ])
    func aMeetingImaginedOrAThingMetIsNone(_ text: String) {
        #expect(pairs(text).isEmpty)
    }

    @Test func peopleNamedByAPluralAreMet() {
        #expect(pairs("Senator Ann Hart met NATO counterparts on Monday.") == [["Ann Hart", "NATO"]])
    }

    @Test(arguments: [
        "Senator Ann Hart urged Chile to hold talks with Peru before the vote.",
        "The envoy called on President Karl Weiss to meet rebel leader Tomas Reyna.",
    ])
    func anEncounterAskedForIsNotReported(_ text: String) {
        #expect(pairs(text).isEmpty)
    }

    @Test(arguments: [
        "President Ana Lula attended the summit of the Andean Community in Lima on Monday.",
        "President Ana Lula addressed a meeting of the Andean Community in Lima on Monday.",
    ])
    func aBodysOwnGatheringMeetsWhoAttendsIt(_ text: String) {
        #expect(pairs(text) == [["Ana Lula", "Andean Community"]])
    }

    @Test func contactsHeldAreAnEncounter() {
        #expect(pairs("Chilean officials held informal contacts with the Peruvians on Monday.") == [["Chile", "Peru"]])
    }

    @Test func summoningAnAmbassadorMeetsHisState() {
        #expect(pairs("Japan on Tuesday summoned China's ambassador to protest.") == [["Japan", "China"]])
        #expect(
            pairs("Vice Foreign Minister Zhang Yu of China summoned U.S. Ambassador Clark Rand on Wednesday.")
                == [["Zhang Yu", "Clark Rand"]])
    }

    @Test func aSurnameAfterAnHonorificMayBeHyphenated() {
        #expect(
            pairs("US Secretary of State Ann Doyle telephoned Mr Bar-Lev on Tuesday.") == [["Ann Doyle", "Bar-Lev"]])
    }

    @Test func aVideoLinkIsACall() throws {
        let extraction = ExtractionFixture.extract("President Ana Lula spoke with President Karl Bori by video link.")
        #expect(extraction.meetings.first?.kind == .call)
    }

    @Test func anyMeetingOrAnUnlikelyOneIsNone() {
        #expect(pairs("Any meeting between President Karl Weiss and Ann Hart would be a success.").isEmpty)
        #expect(
            pairs("Analysts said a meeting with Foreign Minister Wang Yi of China was unlikely before the summer.")
                .isEmpty)
        #expect(
            pairs("The minister denied reports that Soviet leader Ivan Petrov planned to visit Bonn this year.").isEmpty
        )
    }

    @Test func aDatelineWithItsStateStillOpensTheSentence() throws {
        let extraction = ExtractionFixture.extract(
            """
            JAKARTA, Indonesia (AP) — Secretary of State Dan Whit, who arrived in Jakarta late Wednesday after a \
            two-day stop in Manila, met with Indonesia's foreign minister, Ayu Pras, for three hours on Thursday.
            """)
        let meeting = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(ExtractionFixture.names(extraction, meeting.participants) == ["Dan Whit", "Ayu Pras"])
        #expect(meeting.location == "Jakarta")
    }

    @Test func aPredecessorNamedInApposition() {
        #expect(
            pairs(
                """
                Foreign Minister Ann Huit of Norway spoke. Huit's predecessor, Ine Soreide, traveled to Havana in \
                2019.
                """) == [["Ine Soreide", "Cuba"]])
    }

    @Test func theTwoPrimeMinistersAreNoDeputy() {
        let found = pairs(
            """
            HANOI, June 28 (Xinhua) -- Prime Minister Van Khai of Vietnam will visit Japan from July 5 to 8. \
            During the visit, Khai is expected to hold talks with Japanese Prime Minister Jun Koizu. \
            Deputy Prime Minister Vu Kho of Vietnam received a delegation led by Hiro Oku on Sunday. \
            Koizu visited Hanoi in April 2002, and the two prime ministers met again in Bali last October.
            """,
            published: "2004-06-28")
        #expect(found.filter { $0 == ["Van Khai", "Jun Koizu"] }.count == 2)
        #expect(!found.contains(["Vu Kho", "Jun Koizu"]))
    }

    @Test func theTwoLeadersAreTwoWhoLead() {
        let found = pairs(
            """
            President Glen Cole and opposition leader Ali Demir will meet in June. US envoy David Ross met Cole on \
            Monday. The envoy hopes to bring together the two leaders, who have not met since October 1994.
            """)
        #expect(found.filter { $0 == ["Glen Cole", "Ali Demir"] }.count == 2)
        #expect(found.filter { $0 == ["Glen Cole", "David Ross"] }.count == 1)
    }

    @Test func duringTheVisitTakesTheDayTheTripWasGiven() throws {
        let extraction = ExtractionFixture.extract(
            """
            HANOI, June 28 (Xinhua) -- Prime Minister Van Khai of Vietnam will pay an official visit to Japan \
            from July 5 to 8.

            During the visit, Khai is expected to hold talks with Japanese Prime Minister Jun Koizu.
            """,
            published: "2004-06-28")
        let talks = try #require(extraction.meetings.first { $0.kind == .talks })
        #expect(talks.date == EventDate(date: CalendarDate(iso: "2004-07-05")!, precision: .day))
        #expect(extraction.meetings.count == 1)
    }

    @Test func suchAConversationIsNone() {
        #expect(
            pairs("It was the first such conversation between President Dan Whit and Premier Tran Minh since January.")
                .isEmpty)
    }

    @Test(
        arguments: [
            (
                "TOKYO, May 2 - Officials here said Foreign Minister Taro Kai will visit Washington next month.",
                [["Taro Kai", "United States"]]
            ),
            (
                "Chancellor Karl Kohl and President Jean Mitter met in Paris on Tuesday to discuss relations with China.",
                [["Karl Kohl", "Jean Mitter"]]
            ),
            ("Prime Minister Ann Hart saw President Ivan Petrov as a man she could do business with.", []),
            (
                "President Tom Bush called on Prime Minister Yitzhak Shamo and leader Yasser Arif to end the violence.",
                []
            ),
            ("Foreign Minister Ivan Petrov went on to say that China must respect the accord.", []),
            (
                "Diplomats say a meeting between the Saudi and Qatari leaders, if it happens at all, is months away.",
                []
            ),
            ("President Yoon Jae-hyuk of Korea has no plans to meet Prime Minister Kenji Arakawa of Japan.", []),
            (
                "It was the first time South Korean Minister Kang Min and Japanese Minister Taro Hoshi had met "
                    + "since Tokyo tightened export controls.",
                [["Kang Min", "Taro Hoshi"]]
            ),
            (
                "The envoy Ann Ellis of the United States was received by the emir, Sheikh Sabah Khalid, at the palace.",
                [["Ann Ellis", "Sabah Khalid"]]
            ),
        ] as [(String, [Set<String>])])
    func wordingsThatOnceMisfired(text: String, expected: [Set<String>]) {
        #expect(pairs(text, published: "1990-05-02") == expected)
    }

    @Test func aHostNamedAfterTheDestinationReceivesTheVisit() {
        let found = pairs(
            "TOKYO, May 12 - Foreign Minister Taro Kura of Japan will visit Beijing next month to meet senior leader Deng Xiao.",
            published: "1987-05-12")
        #expect(found == [["Taro Kura", "Deng Xiao"]])
    }

    @Test func aSummitWhoseSidelinesMeetingWasCalledOffTellsNothing() throws {
        let extraction = ExtractionFixture.extract(
            """
            Minister Jean Delm of France and Prime Minister Omar Kara of Lebanon had been due to meet at a \
            European summit in Brussels last month, but the Lebanese leader cancelled his trip at the last minute.
            """)
        let meeting = try #require(extraction.meetings.first)
        #expect(extraction.meetings.count == 1)
        #expect(meeting.status == .cancelled)
    }

    @Test func anAideOfAPersonWhoseCountryIsOnlyGuessedIsNoneOfThatCountry() {
        let found = pairs(
            "MOSCOW, May 2 - U.S. Secretary of State James Bake met with a senior aide to President Ron Reag.",
            published: "1990-05-02")
        #expect(!found.contains(["James Bake", "Soviet Union"]))
    }

    @Test func aCountOfEncountersToldTwiceIsCountedOnce() {
        let found = pairs(
            """
            AMMAN, April 23 - King Omar has met twice with Prime Minister Dan Levi of Israel. \
            Omar, who has met twice with Levi, said the talks helped.
            """,
            published: "1997-04-23")
        #expect(found == [["Omar", "Dan Levi"], ["Omar", "Dan Levi"]])
    }

    @Test func whoReportsAMeetingIsNoPartOfIt() {
        let pairs = pairs(
            """
            BONN, March 22 - Chancellor Klaus Brenner is expected to visit Washington next month for a meeting with \
            President Walter Hayes, West German officials said.
            """,
            published: "1987-03-22")
        #expect(pairs == [["Klaus Brenner", "Walter Hayes"]])
    }
}
