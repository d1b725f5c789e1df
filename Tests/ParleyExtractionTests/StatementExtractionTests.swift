import ParleyExtraction
import ParleyModel
import Testing

@Suite struct StatementExtractionTests {
    func statements(_ text: String) -> [(speaker: String, target: String?, statement: ExtractedStatement)] {
        let extraction = ExtractionFixture.extract(text)
        return extraction.statements.map { statement in
            (extraction.actors[statement.speaker].name, statement.target.map { extraction.actors[$0].name }, statement)
        }
    }

    @Test(arguments: [
        ("Chile and Peru issued a joint statement on Monday urging calm.", ["Chile", "Peru"]),
        (
            "Norway's Foreign Ministry called the charges \"absurd\" in a statement on Friday.",
            ["Norway's Foreign Ministry"]
        ),
        ("Foreign Minister Lena Ost made the announcement in Oslo.", ["Lena Ost"]),
        ("Foreign Minister Lena Ost made the remarks to reporters in Oslo.", ["Lena Ost"]),
        ("The UN Security Council adopted a statement on Monday that welcomed the talks.", ["UN Security Council"]),
        ("The UN Security Council adopted a Chilean proposal on Monday.", ["Chile"]),
        ("In a joint statement, Chile and Peru shared concerns over the dispute.", ["Chile", "Peru"]),
    ])
    func aSpeechNounIsSaidByTheSubjectOfItsVerb(_ text: String, _ speakers: [String]) {
        #expect(statements(text).map(\.speaker) == speakers)
    }

    @Test func aPersonInAppositionToTheLeaderOfABodySpeaks() {
        let found = statements("The leader of the opposition Green Party, Ana Ruiz, welcomed the decision.")
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
    }

    @Test func aGuestWelcomedIsNoPraise() {
        #expect(statements("President Ana Ruiz was welcomed by Prime Minister John Kessler in Lima.").isEmpty)
        #expect(statements("The plan was welcomed by Prime Minister John Kessler.").map(\.speaker) == ["John Kessler"])
    }

    @Test(arguments: [
        ("Foreign Minister Lena Ost said the talks were useful.", "Lena Ost", StatementAct.say),
        ("\"The talks were useful,\" said Foreign Minister Lena Ost.", "Lena Ost", .say),
        ("The talks were useful, according to Foreign Minister Lena Ost.", "Lena Ost", .say),
        ("Beijing accused Washington of interference.", "China", .accuse),
        ("Chinese officials said the visit was postponed.", "China", .say),
        ("Kenyan sources said the crossing would open on Tuesday.", "Kenya", .say),
        ("Moscow continues to insist the region is part of Russia.", "Russia", .say),
        ("Foreign Minister Lena Ost hit out at Danish suggestions on Friday.", "Lena Ost", .criticize),
        ("President Karl Weiss, who spoke after the talks, warned against new tariffs.", "Karl Weiss", .warn),
        ("Foreign Minister Lena Ost denied the report.", "Lena Ost", .deny),
        ("Foreign Minister Lena Ost put forward a four-point plan.", "Lena Ost", .propose),
        ("Foreign Minister Lena Ost spoke highly of the accord.", "Lena Ost", .praise),
        ("Foreign Minister Lena Ost congratulated Peru on its election.", "Lena Ost", .praise),
        ("\"We will not stop,\" Foreign Minister Lena Ost continued.", "Lena Ost", .say),
        ("The Kremlin rejected the proposal.", "Kremlin", .reject),
        (
            "President Karl Weiss, who met Chancellor Anna Berg last month, has said he is in no hurry.",
            "Karl Weiss", .say
        ),
        (
            "The Association of Southeast Asian Nations (ASEAN) said in a communique that talks must resume.",
            "Association of Southeast Asian Nations", .say
        ),
        ("The United States, which hosted earlier talks, has threatened to cut aid.", "United States", .threaten),
        ("The Ministry of National Defence denied the report.", "Ministry of National Defence", .deny),
        ("Wang Lixin of the Coastal Shipping Bureau said the port would close.", "Wang Lixin", .say),
        ("Mara Olsen with the regional water authority warned of shortages.", "Mara Olsen", .warn),
        ("Ibrahim Said of the Kenya Ports Authority denied the report.", "Ibrahim Said", .deny),
        ("Since May, inspectors have visited every farm, said Liang Jun, a health official.", "Liang Jun", .say),
        (
            "Paul Hart, a retired diplomat who had served in Seoul, said the talks would stall.",
            "Paul Hart", .say
        ),
        ("Visiting Premier Ivan Gorev gave a thinly veiled warning to Latvia on Monday.", "Ivan Gorev", .warn),
        ("Park Min Ho of South Korea made the budget announcement on Friday.", "Park Min Ho", .say),
        ("The order, signed by Maj. Ana Ruiz, said the troops would leave.", "Ana Ruiz", .agree),
        ("Trade must grow, Finance Minister Lena Borg was quoted by the radio as saying.", "Lena Borg", .say),
        ("Finance Minister Lena Borg met bankers on Monday, stressing that rates would fall.", "Lena Borg", .say),
        ("Finance Minister Lena Borg met bankers on Monday, denying that rates would rise.", "Lena Borg", .deny),
        ("\"The deal is fair,\" said the mayor of the port city, Ilir Dushku, after the vote.", "Ilir Dushku", .say),
        (
            "Bexim Tolaj, a senior member of the Farmers Union, party whip since the spring, said prices fell.",
            "Bexim Tolaj", .say
        ),
        ("Finance Minister Lena Borg called upon the banks to lower their rates.", "Lena Borg", .demand),
        ("Finance Minister Lena Borg made it clear that rates would fall.", "Lena Borg", .say),
        ("Finance Minister Lena Borg met bankers on Monday, expressing hope that rates would fall.", "Lena Borg", .say),
    ])
    func speakersAndActs(text: String, speaker: String, act: StatementAct) throws {
        let first = try #require(statements(text).first, "no statement in: \(text)")
        #expect(first.speaker == speaker)
        #expect(first.statement.act == act)
    }

    @Test func aParticiplesAgentFollowsBy() {
        let found = statements("Lima accused Quito of backing the raids, an accusation denied by Ecuador.")
        #expect(found.map(\.speaker) == ["Peru", "Ecuador"])
        let unnamed = statements("Premier Karl Weiss fought on, rebuffed by Chile and assailed by his critics.")
        #expect(unnamed.map(\.speaker) == ["Chile"])
    }

    @Test func aDashedAppositionStandsBetweenSpeakersAndVerb() {
        let found = statements("Britain, France and Germany - the so-called EU-3 - urged Tehran to stop.")
        #expect(Set(found.map(\.speaker)) == ["United Kingdom", "France", "Germany"])
        #expect(found.allSatisfy { $0.statement.act == .demand && $0.target == "Iran" })
    }

    @Test func aPersonNamedInAppositionToADescriptionSpeaks() {
        let found = statements(
            "In Miami, the boy's great-uncle, Lazaro Gonzal, denied that he would send the boy out of the country.")
        #expect(found.map(\.speaker) == ["Lazaro Gonzal"])
        #expect(found.first?.statement.act == .deny)
    }

    @Test func herAidesSpeakForHer() {
        let found = statements(
            "Secretary of State Ann Doyle spoke. Dean Ache is Doyle's favorite predecessor, her aides said.")
        #expect(found.map(\.speaker) == ["Ann Doyle"])
    }

    @Test func anAdministrationsOfficialsAreItsState() {
        let found = statements(
            "U.S. President Barack Oban spoke. Oban administration officials said they had briefed the team.")
        #expect(found.map(\.speaker) == ["United States"])
    }

    @Test func statesThatTradeAccusationsEachAccuse() {
        let found = statements("Ethiopia and Egypt traded accusations on Wednesday over the dam.")
        #expect(Set(found.map(\.speaker)) == ["Ethiopia", "Egypt"])
        #expect(found.allSatisfy { $0.statement.act == .accuse })
    }

    @Test func aCompanyNamedAfterItsKindIsNoSpeaker() {
        #expect(statements("The plan was criticised, the Venezuelan state oil company PDVSA said on Twitter.").isEmpty)
    }

    @Test func theOnePraisedDoesNotSayWhatThePraiserSaidNext() {
        let found = statements(
            "Chancellor Karl Weiss praised President Ivan Petrov for his reforms but said Moscow must do more.")
        #expect(found.map(\.speaker) == ["Karl Weiss"])
    }

    @Test func pronounAfterAQuoteIsTheLastSpeaker() throws {
        let found = statements(
            """
            Foreign Minister Lena Ost said the talks went well. "We will meet again," she said.
            """)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Lena Ost" })
        #expect(found.last?.statement.quote == "We will meet again,")
    }

    @Test func targetOfAnAccusation() throws {
        let first = try #require(statements("Beijing accused the United States of meddling.").first)
        #expect(first.target == "United States")
    }

    @Test func twoSpeakersTwoStatements() {
        #expect(statements("President Karl Weiss and Prime Minister Anna Berg said the deal was fair.").count == 2)
    }

    @Test(arguments: [
        "Britain and Japan had been consulted too, they added.",
        "Analysts said the market would fall.",
        "\"Prime Minister Anna Berg said nothing,\" the report noted.",
    ])
    func noStatementWithoutANamedSpeaker(text: String) {
        #expect(
            !statements(text).contains {
                $0.speaker == "United Kingdom" || $0.speaker == "Analysts" || $0.speaker == "Anna Berg"
            })
    }
}

/// Whom "he" and "she" stand for as speakers, and acts the sentence does not report.
@Suite struct StatementReferenceTests {
    @Test(
        arguments: [
            (
                "The European Union warned Chile on Monday. It said talks must resume.",
                ["European Union", "European Union"]
            ),
            (
                "The European Union warned Chile on Monday. \"Talks must resume,\" it added.",
                ["European Union", "European Union"]
            ),
            ("The report on the floods was published on Monday. It said the dams had failed.", []),
            ("The Lima Daily Courier said the dams had failed. It said the mayor knew.", []),
            (
                "The European Union warned Chile on Monday. In the end, it maintained its quota on fish.",
                ["European Union"]
            ),
        ] as [(String, [String])])
    func itSpeaksForTheBodyTheSentenceBeforeBeganWith(text: String, expected: [String]) {
        #expect(ExtractionFixture.speakers(text) == expected)
    }

    @Test func theOnesIncludedAmongManySpeak() {
        let found = ExtractionFixture.speakers(
            "Several senators, including Chile's Ana Ruiz and Luis Paz, warned against the plan.")
        #expect(Set(found) == ["Ana Ruiz", "Luis Paz"])
    }

    @Test func aPronounAfterAnIntroductoryClauseIsThePersonNamedThere() {
        let found = ExtractionFixture.speakers(
            """
            Spokeswoman Anna Berg said the release went well. \
            When Afghan President Ashraf Ghani announced the exchange, he said Kabul had guarantees.
            """)
        #expect(found == ["Anna Berg", "Ashraf Ghani"])
    }

    @Test func theyAreTheOfficialsOfTheStateThatJustSpoke() {
        let found = ExtractionFixture.speakers(
            """
            WASHINGTON, Oct 19 - Administration officials said the talks had gone well. \
            They said Prince Abdullah was very supportive.
            """)
        #expect(found == ["United States", "United States"])
    }

    @Test func theyAreAllTheStatesThatJustSpoke() {
        let found = ExtractionFixture.speakers(
            "Chile and Peru said the pact was unfair. They said farmers would suffer.")
        #expect(found.count == 4)
        #expect(Set(found.suffix(2)) == ["Chile", "Peru"])
    }

    @Test func theyAreTheSpeakersOfTheLastActOnly() {
        let found = ExtractionFixture.speakers(
            """
            WASHINGTON, Oct 19 - Chile has asked four countries for help, U.S. officials said.             Peru was also asked, they added.
            """)
        #expect(found.last == "United States")
        #expect(found.filter { $0 == "Chile" }.count == 1)
    }

    @Test func aVerbJoinedToTheFirstHasTheSentencesSubject() {
        #expect(
            ExtractionFixture.speakers(
                "Prime Minister Narendra Modi met President Francois Hollande in Paris and announced a deal.")
                == ["Narendra Modi"])
        #expect(
            ExtractionFixture.speakers(
                "BEIJING, April 10 (Xinhua) -- Premier Li Peng met here with Foreign Minister Amr Moussa and said ties were good."
            ) == ["Li Peng"])
    }

    @Test func theJoinedVerbsSubjectIsNotAnEarlierObjectOrAnotherClausesSubject() {
        #expect(
            ExtractionFixture.speakers(
                "After talks with President Francois Hollande, Prime Minister Narendra Modi flew to Berlin and announced a deal."
            )
                == ["Narendra Modi"])
        #expect(
            ExtractionFixture.speakers(
                "Chancellor Angela Merkel arrived in Paris, where President Francois Hollande greeted her and said ties were strong."
            ) == ["Francois Hollande"])
        #expect(
            ExtractionFixture.speakers(
                "President Ronald Reagan met Mikhail Gorbachev in Geneva, and he said the talks were useful.")
                == ["Ronald Reagan"])
    }

    @Test func aSourceIsOneSpeakerAndAPlaceInARegionIsNoSpeaker() {
        #expect(
            ExtractionFixture.speakers(
                "According to Foreign Minister Qian Qichen, President Jiang Zemin will visit Cairo later this year.")
                == ["Qian Qichen"])
        #expect(
            ExtractionFixture.speakers(
                "Salim said in a statement that the fighting in eastern Zaire threatened the stability of the region.")
                == ["Salim"])
    }

    @Test func theContentOfADemandOrAWelcomeIsNoStatement() {
        #expect(
            ExtractionFixture.speakers(
                "The OAU called on the government and the rebels of Laurent Kabila to agree to a ceasefire.")
                == ["OAU"])
        #expect(
            ExtractionFixture.speakers("President Nelson Mandela welcomed Libyan leader Moamer Kadhafi to Cape Town.")
                .isEmpty)
    }

    @Test func anHonorificKeepsItsFullStopInAliases() throws {
        let extraction = ExtractionFixture.extract("Secretary John Kerry arrived. Mr. Kerry said the talks went well.")
        let kerry = try #require(ExtractionFixture.actor(extraction, named: "John Kerry"))
        #expect(kerry.aliases.contains("Mr. Kerry"))
    }

    @Test func aNewspaperIsASourceNotASpeaker() {
        #expect(
            ExtractionFixture.speakers(
                "The two nations mine 40 pct of the world's silver, the official paper El Peruano said."
            ).isEmpty)
    }

    @Test func theyWithoutABodyThatSpokeIsNoOne() {
        #expect(
            ExtractionFixture.speakers("Prime Minister Anna Berg arrived. They said the talks had gone well.").isEmpty)
        #expect(
            ExtractionFixture.speakers(
                """
                WASHINGTON, Oct 19 - Administration officials said the talks had gone well. The rain stopped. \
                The sun came out. The wind fell. They said the prince was supportive.
                """) == ["United States"])
    }

    @Test func aTrailingPronounIsTheLastSpeakerNotThePersonSpokenOf() {
        let found = ExtractionFixture.speakers(
            """
            Spokeswoman Tasnim Aslam said the visit was useful. \
            Foreign Minister Ali Mottaki was also expected to discuss the nuclear programme, she said.
            """)
        #expect(found == ["Tasnim Aslam", "Tasnim Aslam"])
    }

    @Test(arguments: [
        "President Ronald Reagan will not agree to a deal that favours Moscow.",
        "President Ronald Reagan didn't agree to the deal.",
        "President Ronald Reagan did not immediately say why.",
        "President Ronald Reagan declined to say whether progress had been made.",
        "President Ronald Reagan and President Mikhail Gorbachev failed to agree on a ceasefire.",
        "Officials said President Ronald Reagan would be naive if he accepted the offer.",
    ])
    func negatedOrConditionalActsAreNoStatements(text: String) {
        #expect(!ExtractionFixture.speakers(text).contains("Ronald Reagan"))
        #expect(
            ExtractionFixture.speakers("President Ronald Reagan said he would agree to the deal.").first
                == "Ronald Reagan")
    }
}

@Suite struct SpeakerTitleTests {
    @Test func theMinisterIsTheMinisterOfAFieldNamedLast() throws {
        let extraction = ExtractionFixture.extract(
            """
            Foreign Minister Sergei Lavrov accused the United States of meddling. \
            The minister also warned Georgia against joining NATO.
            """)
        let warning = try #require(extraction.statements.first { $0.act == .warn })
        #expect(extraction.actors[warning.speaker].name == "Sergei Lavrov")
    }

    @Test func anAmbassadorToTheUNNamedInApposition() throws {
        let extraction = ExtractionFixture.extract(
            "Syria's ambassador to the UN, Fayssal Mekdad, told the Security Council that Damascus was cooperating.")
        let statement = try #require(extraction.statements.first)
        #expect(extraction.actors[statement.speaker].name == "Fayssal Mekdad")
        #expect(extraction.actors[statement.speaker].country == "SYR")
    }
}
