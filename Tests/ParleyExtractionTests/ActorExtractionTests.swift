import Foundation
import ParleyExtraction
import ParleyModel
import Testing

@Suite struct ActorExtractionTests {
    @Test func titledPersonWithCountryAndLaterSurname() throws {
        let extraction = ExtractionFixture.extract(
            "Chinese Foreign Minister Qin Gang arrived on Monday. Qin said the visit was useful.")
        let qin = try #require(ExtractionFixture.actor(extraction, named: "Qin Gang"))
        #expect(qin.kind == .person)
        #expect(qin.country == "CHN")
        #expect(qin.roles.contains(Role(title: "Foreign Minister", country: "CHN")))
        #expect(qin.aliases.contains("Qin"))
        #expect(extraction.actors.filter { $0.kind == .person }.count == 1)
        // The demonym inside the title names China too.
        #expect(ExtractionFixture.actor(extraction, named: "China")?.kind == .country)
    }

    @Test func aMonarchsOneNameIsNoSurname() throws {
        let extraction = ExtractionFixture.extract(
            """
            King Talal of Jordan held talks in Cairo today. He will then see Iraqi President Omar Talal in \
            Baghdad.
            """)
        #expect(ExtractionFixture.actor(extraction, named: "Talal")?.country == "JOR")
        #expect(ExtractionFixture.actor(extraction, named: "Omar Talal")?.country == "IRQ")
    }

    @Test func aStoryTypedInLowerCaseStillNamesItsPeople() {
        let pairs = ExtractionFixture.pairs(
            """
            RABAT, Oct 2 - Spanish Prime Minister Luis Ortega arrived here today. \
            ortega went straight into talks with king talal at the palace. \
            he then flew to algiers, where he is to see president omar haddad on friday.
            """,
            published: "1986-10-02")
        #expect(Set(pairs) == [["Luis Ortega", "Talal"], ["Luis Ortega", "Omar Haddad"]])
    }

    @Test func appositiveGivesTitleAndCountry() throws {
        let extraction = ExtractionFixture.extract(
            "Eduard Shevardnadze, the Soviet foreign minister, arrived in Geneva.")
        let person = try #require(ExtractionFixture.actor(extraction, named: "Eduard Shevardnadze"))
        #expect(person.country == "SUN")
        #expect(person.roles.first?.title == "Foreign Minister")
    }

    @Test func capitalActingIsTheCountryButAPlaceIsNot() {
        let acting = ExtractionFixture.extract("Beijing said the sanctions were unfair.")
        #expect(ExtractionFixture.actor(acting, named: "China") != nil)
        let place = ExtractionFixture.extract("The delegates met in Beijing for a conference on trade.")
        #expect(ExtractionFixture.actor(place, named: "China") == nil)
        let thing = ExtractionFixture.extract("Ministers vowed to revive the Lima round of trade talks.")
        #expect(ExtractionFixture.actor(thing, named: "Peru") == nil)
    }

    @Test(arguments: [
        ("NATO and the U.N. issued a statement.", ["NATO", "United Nations"]),
        ("The IMF said the loan was approved.", ["International Monetary Fund"]),
        ("Officials of West Germany and the Soviet Union met.", ["Germany", "Soviet Union"]),
        ("Zaire and Burma were mentioned.", ["Democratic Republic of the Congo", "Myanmar"]),
    ])
    func gazetteerNamesCountriesAndOrganizations(text: String, expected: [String]) {
        let extraction = ExtractionFixture.extract(text)
        let found = Set(extraction.actors.flatMap { [$0.name] + $0.aliases })
        for name in expected {
            #expect(found.contains(name), "missing \(name) in \(found)")
        }
    }

    @Test func newsOutletsAreNotActors() {
        let extraction = ExtractionFixture.extract("Jiji Press said the minister would travel to Seoul.")
        #expect(!extraction.actors.contains { $0.name.contains("Jiji") })
    }

    @Test func groupsCountOnlyWhenTheyAct() {
        let acting = ExtractionFixture.extract("Foreign Minister Qin Gang is set to meet with Central Asian leaders.")
        #expect(acting.actors.contains { $0.kind == .group && $0.name == "Central Asian leaders" })
    }

    @Test func userDictionaryAddsAPerson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-dictionary-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mine.tsv").path
        try "# my people\nperson\tZorba Quist\tQuist\tGRC\tEnvoy\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let knowledge = try Knowledge.standard.adding(dictionaryAt: path)
        let extraction = Extractor(knowledge: knowledge).extract(
            Article(origin: "t", published: CalendarDate(iso: "2023-05-10"), text: "Quist met the press."))
        let person = try #require(extraction.actors.first { $0.kind == .person })
        #expect(person.name == "Zorba Quist")
        #expect(person.country == "GRC")
    }

    @Test func badDictionaryLineNamesFileAndLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).tsv").path
        try "person\tA Person\n\nplanet\tMars\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            throws: KnowledgeError.badLine(
                file: path, line: 3,
                reason: "unknown kind 'planet': use person, country, organization or title")
        ) {
            _ = try Knowledge.standard.adding(dictionaryAt: path)
        }
    }
}

@Suite struct LowerCaseTextTests {
    @Test func namesInALowerCaseWireStory() throws {
        let extraction = ExtractionFixture.extract(
            "egyptian foreign minister nabil hassan fahmy, here on a three-day working visit, met chilean officials on friday."
        )
        let person = try #require(extraction.actors.first { $0.kind == .person })
        #expect(person.name == "Nabil Hassan Fahmy")
        #expect(person.country == "EGY")
        #expect(extraction.actors.contains { $0.name == "Chile" })
    }
}

@Suite struct MonthNamedPeopleTests {
    @Test(arguments: [
        "The Czech foreign minister, Jan Kavan, said he was glad.", "Prime Minister Theresa May said she was glad.",
    ])
    func monthWordsInNames(text: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(extraction.statements.count == 1)
        #expect(
            extraction.actors.contains { $0.kind == .person && ($0.name == "Jan Kavan" || $0.name == "Theresa May") })
    }

    @Test func aMonthBeforeADayIsADate() {
        let extraction = ExtractionFixture.extract(
            "Foreign Minister Ana Ruiz met Prime Minister John Kessler on May 3.")
        #expect(extraction.meetings.first?.date?.date.description == "2023-05-03")
    }
}
