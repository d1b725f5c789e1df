import ParleyModel

/// The actors of one article and the ways back to them: surname, title, capital.
///
/// "Chinese Foreign Minister Qin Gang" registers Qin Gang; later "Qin" finds him by surname
/// and "the foreign minister" by title.
struct EntityTable {
    private(set) var entities: [Entity] = []
    private var byKey: [String: Int] = [:]
    private var bySurname: [String: Int] = [:]
    /// People by their given name, `sharedGivenName` once two people have it.
    private var byGivenName: [String: Int] = [:]
    private static let sharedGivenName = -1
    private var byTitle: [String: Int] = [:]
    /// Titles given without a state ("President Trump", not "Ukrainian President Zelenskiy"): the story's
    /// own office holders, whom a bare "the president" means.
    private var byUnqualifiedTitle: [String: Int] = [:]
    // Last-named lookups kept as the table grows, so that no reference scans the whole article's actors.
    private var byTitleAndCountry: [String: Int] = [:]
    private var lastPersonByCountry: [String: Int] = [:]
    private var lastOrganizationByHead: [String: Int] = [:]
    /// "LRA" for "Lord's Resistance Army (LRA)": abbreviations the article gave in brackets.
    private var organizationsByAbbreviation: [String: Int] = [:]
    /// "official" for "a Mexican official": the state or body an unnamed person of that description stood for.
    private var byDescription: [String: Int] = [:]
    /// The person last named with an office: whom "the veteran diplomat" means when no state is given.
    private var lastOfficeHolder: Int?
    let knowledge: Knowledge

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    subscript(index: Int) -> Entity {
        get { entities[index] }
        set { entities[index] = newValue }
    }

    mutating func country(_ code: String, alias: String?, asActor: Bool = true) -> Int {
        let name = knowledge.countries[code]?.name ?? code
        let index = intern(key: "country:" + code, Entity(name: name, kind: .country, country: code, isActor: asActor))
        if let alias { entities[index].addAlias(alias) }
        if asActor { entities[index].isActor = true }
        return index
    }

    /// `namedAsWritten`: the actor takes the fullest form the article writes ("G7", "Tories"), as an
    /// annotator names it; generic bodies keep their plain name ("Foreign Ministry").
    mutating func organization(_ name: String, country: String?, alias: String?, namedAsWritten: Bool = false) -> Int {
        let key = "organization:" + NameNormalizer.normalize(name) + ":" + (country ?? "")
        let index = intern(key: key, Entity(name: name, kind: .organization, country: country))
        if let head = name.split(separator: " ").last?.lowercased() {
            lastOrganizationByHead[head] = max(index, lastOrganizationByHead[head] ?? index)
        }
        if let alias {
            entities[index].addAlias(alias)
            if namedAsWritten { entities[index].writtenForms.append(alias) }
        }
        return index
    }

    mutating func group(_ name: String, country: String?) -> Int {
        // A group counts as an actor only once it meets or speaks.
        intern(
            key: "group:" + NameNormalizer.normalize(name),
            Entity(name: name, kind: .group, country: country, isActor: false))
    }

    /// A person by full name; a surname-only name joins the person it abbreviates when there is one.
    /// `guessedCountry`: the dateline's state, for a person the text gives no country; a country read
    /// later replaces it.
    mutating func person(
        _ name: String, country: String?, guessedCountry: String? = nil, title: String?, alias: String?
    ) -> Int {
        let parts = name.split(separator: " ")
        if parts.count == 1, let known = person(bySurname: String(parts[0])) {
            update(known, country: country, guessedCountry: guessedCountry, title: title, alias: alias ?? name)
            return known
        }
        let key = "person:" + NameNormalizer.normalize(name)
        if let existing = byKey[key] {
            update(existing, country: country, guessedCountry: guessedCountry, title: title, alias: alias)
            return existing
        }
        // A full name arriving after its surname alone: promote the surname-only person. A monarch's one
        // name is no surname ("King Hussein" is not "Saddam Hussein").
        if parts.count > 1, let last = parts.last, let surnameOnly = bySurname[last.lowercased()],
            !entities[surnameOnly].name.contains(" "),
            !entities[surnameOnly].roles.contains(where: { knowledge.royalTitles.contains($0.title) })
        {
            let old = entities[surnameOnly].name
            entities[surnameOnly].name = name
            entities[surnameOnly].addAlias(old)
            entities[surnameOnly].gender = entities[surnameOnly].gender ?? knowledge.genders[parts[0].lowercased()]
            byKey[key] = surnameOnly
            update(surnameOnly, country: country, guessedCountry: guessedCountry, title: title, alias: alias)
            return surnameOnly
        }
        let index = entities.count
        entities.append(Entity(name: name, kind: .person, country: country))
        // A given name shows a gender; a name of one word may be a surname ("Omar said"), which shows none.
        if parts.count > 1 { entities[index].gender = knowledge.genders[parts[0].lowercased()] }
        byKey[key] = index
        registerSurnames(of: index, name, parts)
        update(index, country: country, guessedCountry: guessedCountry, title: title, alias: alias)
        return index
    }

    /// The words a later mention may use alone for a new person: the surname, a family name written first,
    /// a distinctive middle part.
    private mutating func registerSurnames(of index: Int, _ name: String, _ parts: [Substring]) {
        // "Abdullah II": the numeral is no surname.
        let numerals: Set<String> = ["ii", "iii", "iv", "v", "vi", "jr", "sr"]
        let surnameParts =
            parts.count > 2 && numerals.contains(parts.last!.lowercased()) ? Array(parts.dropLast()) : Array(parts)
        guard surnameParts.count > 1 else {
            bySurname[name.lowercased()] = index
            // "King Abdullah II" is "Abdullah" too.
            if let regnal = surnameParts.first, parts.count > 1, bySurname[regnal.lowercased()] == nil {
                bySurname[regnal.lowercased()] = index
            }
            return
        }
        let last = String(surnameParts.last!).lowercased()
        if bySurname[last] == nil { bySurname[last] = index }
        // "Ibrahim al-Jaafari" is "Jaafari" on second mention.
        for particle in MentionFinder.nameParticles where last.hasPrefix(particle + "-") {
            let bare = String(last.dropFirst(particle.count + 1))
            if bare.count > 2, bySurname[bare] == nil { bySurname[bare] = index }
        }
        // "Luiz Inacio Lula da Silva" is "Lula" too: a middle part of a long name that is no given name,
        // particle or initial stands for the person when no one else goes by it.
        for part in surnameParts.dropFirst().dropLast() {
            let word = part.lowercased()
            guard word.count > 2, !word.contains("."), !knowledge.givenNames.contains(word),
                !MentionFinder.nameParticles.contains(word), bySurname[word] == nil
            else { continue }
            bySurname[word] = index
        }
        // Family name first (Xi Jinping, Qin Gang) when the first word is no known given name: which
        // part is the surname then shows when the article uses one alone (the alias is added then).
        let first = String(parts.first!).lowercased()
        if knowledge.givenNames.contains(first) {
            entities[index].addAlias(String(surnameParts.last!))
            // "Prince Bandar" for Bandar bin Sultan: a given name alone names its person while only one has it.
            byGivenName[first] = byGivenName[first] == nil ? index : Self.sharedGivenName
        }
        if !knowledge.givenNames.contains(first), bySurname[first] == nil, first.count > 1 {
            bySurname[first] = index
        }
    }

    private mutating func update(
        _ index: Int, country: String?, guessedCountry: String?, title: String?, alias: String?
    ) {
        if let country, entities[index].country == nil || entities[index].countryIsGuess {
            entities[index].country = country
            entities[index].countryIsGuess = false
        } else if entities[index].country == nil, let guessedCountry {
            entities[index].country = guessedCountry
            entities[index].countryIsGuess = true
        }
        // A country guessed from the dateline does not make its people "the Soviet leader" or "the Saudi
        // minister": only a country read does.
        let known = entities[index].countryIsGuess ? nil : entities[index].country
        if let known { lastPersonByCountry[known] = max(index, lastPersonByCountry[known] ?? index) }
        if let title {
            lastOfficeHolder = index
            entities[index].addRole(Role(title: title, country: country ?? known))
            byTitle[title.lowercased()] = index
            if let office = Self.shortOffice(title) { byTitle[office] = index }
            if country == nil { byUnqualifiedTitle[title.lowercased()] = index }
        }
        if let known {
            for role in entities[index].roles {
                for office in [role.title.lowercased(), Self.shortOffice(role.title)].compactMap({ $0 }) {
                    let key = office + "|" + known
                    byTitleAndCountry[key] = max(index, byTitleAndCountry[key] ?? index)
                }
            }
        }
        if let alias { entities[index].addAlias(alias) }
    }

    /// "Mrs. Hart", "Queen Noor": a gender the words before a name show, where nothing showed one yet.
    mutating func noteGender(_ gender: Gender?, of index: Int) {
        guard let gender, entities[index].kind == .person, entities[index].gender == nil else { return }
        entities[index].gender = gender
    }

    /// "the Polish foreign minister said ... Dariusz Rosati told": the office a description gave before the name.
    mutating func assignOffice(_ title: String, country: String?, to index: Int) {
        update(index, country: country, guessedCountry: nil, title: title, alias: nil)
    }

    mutating func forgetGuessedCountry(of index: Int) {
        guard entities[index].countryIsGuess else { return }
        entities[index].country = nil
        entities[index].countryIsGuess = false
    }

    /// "Foreign Minister Lavrov ... the minister": a minister of a field is "the minister" too; a prime or
    /// deputy minister is not.
    static func shortOffice(_ title: String) -> String? {
        let words = title.lowercased().split(separator: " ")
        // "Ambassador to the European Union ... the ambassador".
        if words.count > 2, words[1] == "to", ["ambassador", "envoy"].contains(words[0]) { return String(words[0]) }
        // "Minister for Foreign Trade ... the minister".
        if words.count > 2, ["for", "of"].contains(words[1]), ["minister", "secretary"].contains(words[0]) {
            return String(words[0])
        }
        guard words.count == 2, ["minister", "secretary"].contains(words[1]),
            !["prime", "deputy", "vice", "first"].contains(words[0])
        else { return nil }
        return String(words[1])
    }

    /// The person the article last gave this title ("the foreign minister").
    func holder(ofTitle title: String, country: String? = nil) -> Int? {
        guard let country else { return byUnqualifiedTitle[title.lowercased()] ?? byTitle[title.lowercased()] }
        // "the US president": the last president of that country, not the last president named.
        return byTitleAndCountry[title.lowercased() + "|" + country]
    }

    /// The person of this country the article named last: "the Saudi leader".
    func lastPerson(ofCountry code: String) -> Int? {
        lastPersonByCountry[code]
    }

    /// The person the article last named with an office of any state.
    func lastPersonWithOffice() -> Int? {
        lastOfficeHolder
    }

    /// The article's own abbreviation for an organization: an alias, and a name it is known by from now on.
    mutating func abbreviate(_ index: Int, as abbreviation: String) {
        guard entities[index].kind == .organization else { return }
        entities[index].addAlias(abbreviation)
        organizationsByAbbreviation[abbreviation] = index
    }

    func organization(byAbbreviation abbreviation: String) -> Int? {
        organizationsByAbbreviation[abbreviation]
    }

    /// An unnamed person described by `noun` ("a Mexican official", "a State Department spokesperson") stood
    /// for this state or body: "the official" later in the article stands for it too.
    mutating func describe(_ noun: String, as index: Int) {
        byDescription[Self.singular(noun)] = index
    }

    func described(_ noun: String) -> Int? {
        byDescription[Self.singular(noun)]
    }

    /// "officials" is "official": the one plural rule descriptions need.
    static func singular(_ noun: String) -> String {
        noun.hasSuffix("s") && !noun.hasSuffix("ss") ? String(noun.dropLast()) : noun
    }

    /// The organization named last whose name ends with this word ("ministry" finds "Foreign Ministry").
    func lastOrganization(endingWith word: String) -> Int? {
        lastOrganizationByHead[word]
    }

    /// The two states of a pair of actors of two states, if the article named both: "the two countries" of a
    /// meeting between their leaders.
    func states(of pair: [Int]) -> [Int]? {
        let countries = pair.compactMap { self[$0].country }
        guard pair.count == 2, countries.count == 2, countries[0] != countries[1],
            let first = countryIndex(countries[0]), let second = countryIndex(countries[1])
        else { return nil }
        return [first, second]
    }

    /// The country's own entry, if the article named it.
    func countryIndex(_ code: String) -> Int? {
        byKey["country:" + code]
    }

    /// A person known by this single word: a surname, or a family name written first.
    func person(bySurname word: String) -> Int? {
        let key = word.lowercased()
        if let known = bySurname[key] { return known }
        guard let given = byGivenName[key], given != Self.sharedGivenName else { return nil }
        return given
    }

    private mutating func intern(key: String, _ entity: Entity) -> Int {
        if let existing = byKey[key] { return existing }
        entities.append(entity)
        byKey[key] = entities.count - 1
        return entities.count - 1
    }
}
