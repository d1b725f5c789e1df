import ParleyExtraction
import ParleyModel
import Testing

/// A capitalized word is a person's name only when something says so: a title, a known name, or the tagger
/// reading it as a proper noun where it stands as a subject or an object.
@Suite struct NameEvidenceTests {
    static let commonWordsAsSubjects = [
        "Critics said the plan would fail.",
        "Residents told reporters the water had gone.",
        "The Eastern states say the tax is unfair.",
        "People said the border was calm.",
        "Several Committee members said nothing.",
        "The Spring Festival opened on Monday in Harbin.",
        "Stanford University said it would host the forum.",
        "The Hang Seng Bank said profits rose.",
        "Green Hollow, a town on the river, held its fair on Sunday.",
        "The forum opened with the leaders of four Central Asian states.",
        // A word joined to a participle or after a prefix is part of an adjective.
        "A Lima-based trader said shares rose.",
        "Poverty in sub-Saharan Africa grew, aid groups said.",
        "Like Africa, Asia needs more power plants.",
    ]

    @Test(arguments: commonWordsAsSubjects)
    func commonWordsAndBodiesAreNoPeople(_ sentence: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(extraction.actors.filter { $0.kind == .person }.map(\.name) == [])
    }

    static let namesAsSubjects: [(String, String)] = [
        ("Okonjo said the loan was agreed.", "Okonjo"),
        ("Mirela Kostova told reporters the talks went well.", "Mirela Kostova"),
        ("Kaldor met the envoy on Monday.", "Kaldor"),
        ("Zhou Weiguo, a senior member of the party, held talks with the envoy on Monday.", "Zhou Weiguo"),
        ("Dara Okafor, head of the delegation, will travel to Accra next week.", "Dara Okafor"),
        ("Tomas Reyna, one of the mediators, has asked both sides to wait.", "Tomas Reyna"),
        ("\"The border is quiet,\" said Oh Wei Kiat, a fellow at a research institute.", "Oh Wei Kiat"),
        ("The border is quiet, according to Hoang Van Duc, a researcher in Hue.", "Hoang Van Duc"),
        ("A delegation led by Mara Olsen arrived in Lima on Monday.", "Mara Olsen"),
        ("Commission chief Anna van der Berg spoke on Monday.", "Anna van der Berg"),
        ("Wang Lixin of the Coastal Shipping Bureau toured the port.", "Wang Lixin"),
        ("Ardit Meta, an aide to the mayor, party whip since May, held talks with the envoy.", "Ardit Meta"),
        ("The envoy raised the issue in a meeting with Liu Dexiang on Monday.", "Liu Dexiang"),
        ("After talks with Kaito Mori, the envoy flew home.", "Kaito Mori"),
        ("Zhou Weiguo, a senior member of the party, ordered officials to cut fees.", "Zhou Weiguo"),
        ("Tomas Reyna, a farmer near the border, told reporters the river had dried up.", "Tomas Reyna"),
        ("The Tomas Reyna-led government said the river had dried up.", "Tomas Reyna"),
        ("Lee Wei-shing, a farmer near the border, told reporters the river had dried up.", "Lee Wei-shing"),
    ]

    @Test(arguments: namesAsSubjects)
    func namesStandingAsSubjectsArePeople(_ sentence: String, _ name: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(ExtractionFixture.actor(extraction, named: name)?.kind == .person)
    }

    static let titledNames: [(String, String)] = [
        ("Bangladeshi President Professor Karim Uddin opened the session.", "Karim Uddin"),
        ("Secretary Marlow said the treaty stood.", "Marlow"),
        ("First Lady Ana Torres visited the school.", "Ana Torres"),
    ]

    @Test(arguments: titledNames)
    func titlesAndHonorificsAreNoPartOfTheName(_ sentence: String, _ name: String) {
        let extraction = ExtractionFixture.extract(sentence)
        let people = extraction.actors.filter { $0.kind == .person }.map(\.name)
        #expect(people == [name])
    }
}

/// An office that no title lists still ends before the name: its last word opens no one's name.
@Suite struct UnlistedOfficeTests {
    static let cases: [(String, String)] = [
        ("The Minister of Home Affairs Ali Musa met the envoy in Dhaka on Monday.", "Ali Musa"),
        ("Assistant Secretary for Consular Affairs Mary Sim said the visas would be issued.", "Mary Sim"),
        ("Army Chief of Staff Lieutenant Dan Harel said the troops would stay.", "Dan Harel"),
        ("State Minister for Youth and Sports Ana Soto said the games would open.", "Ana Soto"),
        ("The Minister for Agriculture and Fisheries Jean Roux met the envoy in Lima.", "Jean Roux"),
        ("The Minister of Trade and Economic Development Ivan Petrov met the envoy in Lima.", "Ivan Petrov"),
    ]

    @Test(arguments: cases)
    func theNameBeginsAfterTheOffice(_ sentence: String, _ name: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(extraction.actors.filter { $0.kind == .person }.map(\.name) == [name])
    }
}

/// A body whose name opens with a title's word is no titled person.
@Suite struct TitleWordBodyTests {
    @Test(arguments: [
        "The decision was announced by the General Office of the State Council on Monday.",
        "The plan was approved, said the General Office.",
    ])
    func aBodyNamedWithATitleWordIsNoPerson(_ sentence: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(extraction.actors.filter { $0.kind == .person }.isEmpty)
    }
}

/// A sentence's first word, capitalized only for opening it, is no part of the name after it.
@Suite struct OpeningWordTests {
    static let cases: [(String, String)] = [
        ("Besides Ana Ruiz, the envoy met nobody.", "Ana Ruiz"),
        ("Describing Ana Ruiz as a friend, the envoy said little.", "Ana Ruiz"),
        ("Toppling Omar Kara was a mistake, the envoy said.", "Omar Kara"),
    ]

    @Test(arguments: cases)
    func theNameBeginsAfterTheOpeningWord(_ sentence: String, _ name: String) {
        let extraction = ExtractionFixture.extract(sentence)
        #expect(extraction.actors.filter { $0.kind == .person }.map(\.name) == [name])
    }
}

/// Wire copy broken at a line's end leaves "Su- min": one hyphenated name part, joined back.
@Suite struct BrokenHyphenTests {
    @Test func aHyphenFollowedByASpaceAndALowerCaseWordJoinsTheName() {
        let extraction = ExtractionFixture.extract(
            "South Korean Foreign Minister Lee Su- min will hold talks with his Japanese counterpart Taro Sato.")
        #expect(ExtractionFixture.pairs(extraction) == [["Lee Su-min", "Taro Sato"]])
    }

    @Test func aDashBetweenWordsIsNoPartOfAName() {
        let extraction = ExtractionFixture.extract("Foreign Minister Lee Su - a veteran - met Taro Sato.")
        #expect(ExtractionFixture.actor(extraction, named: "Lee Su")?.kind == .person)
    }
}

/// A long name's middle part that is no given name is how the article may call the person later.
@Suite struct MiddleNameReferenceTests {
    @Test func aMiddlePartOfALongNameIsThePerson() throws {
        let extraction = ExtractionFixture.extract(
            "Brazilian President Jose Carlos Tavinho da Rocha arrived on Monday. Tavinho said the pact was dead.")
        #expect(extraction.actors.filter { $0.kind == .person }.map(\.name) == ["Jose Carlos Tavinho da Rocha"])
        let statement = try #require(extraction.statements.first)
        #expect(extraction.actors[statement.speaker].name == "Jose Carlos Tavinho da Rocha")
    }

    @Test(arguments: [
        ("Prince Faisal bin Sultan arrived on Monday. Prince Faisal met the envoy.", "Faisal bin Sultan"),
        ("King Abdullah II of Jordan arrived on Monday. Abdullah met the envoy.", "Abdullah II"),
        ("Japanese envoy Kenji Mori arrived on Monday. Later Kenji met the envoy of Peru.", "Kenji Mori"),
    ])
    func aNameWrittenShorterIsTheSamePerson(_ text: String, _ name: String) {
        let extraction = ExtractionFixture.extract(text)
        #expect(extraction.actors.filter { $0.kind == .person }.map(\.name) == [name])
    }
}
