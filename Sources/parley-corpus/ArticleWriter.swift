import ParleyModel

/// One generated article.
struct GeneratedArticle {
    let id: String
    let title: String
    let published: CalendarDate
    let text: String
}

/// Writes news-like articles about invented people of real countries: meetings of every kind and
/// status, statements with and without quotes, and the boilerplate a scraper leaves behind.
///
/// Deterministic: the same seed gives the same articles in the same order.
struct ArticleWriter {
    struct Person {
        let given: String
        let surname: String
        let country: Int
        let title: String
        var name: String { given + " " + surname }
    }

    /// About this many bytes of body per article.
    var targetBytes = 4_000
    private var random: SeededGenerator
    private let people: [Person]
    private var serial = 0

    /// `population` invented people; with the skewed draw a few of them recur in most articles.
    init(seed: UInt64, population: Int = 20_000) {
        random = SeededGenerator(seed: seed)
        var people: [Person] = []
        people.reserveCapacity(population)
        for _ in 0..<population {
            let country = random.skewedIndex(Vocabulary.countries.count)
            var title = random.chance(0.1) ? random.pick(Vocabulary.spokesTitles) : random.pick(Vocabulary.titles)
            if title.contains("%") {
                var host = random.skewedIndex(Vocabulary.countries.count)
                if host == country { host = (host + 1) % Vocabulary.countries.count }
                title = title.replacingOccurrences(of: "%", with: Vocabulary.countries[host].name)
            }
            people.append(
                Person(
                    given: random.pick(Vocabulary.givenNames), surname: random.pick(Vocabulary.surnames),
                    country: country, title: title))
        }
        self.people = people
    }

    mutating func next() -> GeneratedArticle {
        serial += 1
        // Ten years of news, 2015 to 2024.
        let published = CalendarDate(
            dayNumber: CalendarDate(year: 2015, month: 1, day: 1)!.dayNumber
                + Int.random(in: 0..<3_650, using: &random))
        var cast: [Person] = []
        while cast.count < 4 {
            let person = people[random.skewedIndex(people.count)]
            if !cast.contains(where: { $0.name == person.name }) { cast.append(person) }
        }
        var introduced = Set<String>()
        var paragraphs: [String] = []
        var bytes = 0
        let title = headline(cast[0], cast[1])
        while bytes < targetBytes {
            let paragraph: String
            if random.chance(0.08) {
                paragraph = random.pick(Vocabulary.boilerplate)
            } else {
                let count = Int.random(in: 2...3, using: &random)
                var sentences: [String] = []
                for _ in 0..<count {
                    let a = random.pick(cast)
                    var b = random.pick(cast)
                    if b.name == a.name { b = cast.first { $0.name != a.name }! }
                    sentences.append(sentence(a, b, published: published, introduced: &introduced))
                }
                paragraph = sentences.joined(separator: " ")
            }
            paragraphs.append(paragraph)
            bytes += paragraph.utf8.count + 2
        }
        return GeneratedArticle(
            id: "a\(serial)", title: title, published: published,
            text: paragraphs.joined(separator: "\n\n"))
    }

    // MARK: Pieces

    private mutating func headline(_ a: Person, _ b: Person) -> String {
        let countryA = Vocabulary.countries[a.country].headlineName,
            countryB = Vocabulary.countries[b.country].reference
        return random.pick([
            "\(countryA) and \(countryB) hold talks on \(random.pick(Vocabulary.topics))",
            "\(a.surname) meets \(b.surname) as tensions over \(random.pick(Vocabulary.topics)) rise",
            "\(countryA) warns \(countryB) over \(random.pick(Vocabulary.topics))",
            "Visit by \(a.surname) to \(Vocabulary.countries[b.country].capital) postponed",
        ])
    }

    /// The full form on first mention ("Chinese Foreign Minister Li Wen"), the surname after.
    private func mention(_ person: Person, _ introduced: inout Set<String>) -> String {
        if introduced.contains(person.name) { return person.surname }
        introduced.insert(person.name)
        return "\(Vocabulary.countries[person.country].demonym) \(person.title) \(person.name)"
    }

    private mutating func sentence(
        _ a: Person, _ b: Person, published: CalendarDate,
        introduced: inout Set<String>
    ) -> String {
        let past = pastDate(published), future = futureDate(published)
        let onFuture = future.hasPrefix("next") ? future : "on " + future
        let place = random.chance(0.5) ? Vocabulary.countries[b.country].capital : random.pick(Vocabulary.venues)
        let topic = random.pick(Vocabulary.topics)
        let quote = random.pick(Vocabulary.quotes)
        let pronoun = random.chance(0.5) ? "he" : "she"
        let home = Vocabulary.countries[a.country], host = Vocabulary.countries[b.country]
        let kind = Int.random(in: 0..<22, using: &random)
        // Only the people a sentence names count as introduced.
        let x = [10, 14, 15].contains(kind) || kind > 18 ? "" : mention(a, &introduced)
        let y = [0, 1, 2, 4, 5, 6, 7, 8, 16].contains(kind) ? mention(b, &introduced) : ""
        switch kind {
        case 0: return "\(x) met \(y) in \(place) \(past) to discuss \(topic)."
        case 1: return "\(x) held talks with \(y) \(past), the foreign ministry said."
        case 2: return "\(x) will travel to \(host.reference) \(onFuture) for talks with \(y)."
        case 3: return "\(x) arrived in \(place) \(past) on a visit to \(host.reference)."
        case 4: return "A planned meeting between \(x) and \(y) was called off \(past) after a dispute over \(topic)."
        case 5: return "Talks between \(x) and \(y) that had been scheduled for \(future) were postponed."
        case 6: return "\(x) had a phone call with \(y) \(past) about \(topic)."
        case 7: return "\(x) and \(y) spoke by telephone \(past), according to a statement."
        case 8: return "\(x) is expected to meet \(y) in \(place) \(onFuture)."
        case 9: return "\(x) said \(home.reference) was committed to progress on \(topic)."
        case 10: return "\"\(quote),\" \(pronoun) said."
        case 11: return "\"\(quote),\" \(x) said \(past)."
        case 12: return "\(x) accused \(host.reference) of undermining efforts on \(topic)."
        case 13: return "\(x) \(random.pick(Vocabulary.sayVerbs)) that \(topic) would be on the agenda."
        case 14:
            let org = random.pick(Vocabulary.organizations)
            return "\(org.name) \(org.head) \(random.pick(Vocabulary.givenNames)) \(random.pick(Vocabulary.surnames)) "
                + "said the organization would support talks on \(topic)."
        case 15:
            return
                "Leaders of the \(random.pick(Vocabulary.organizations).name) will hold a summit in \(place) \(onFuture)."
        case 16: return "\(x) praised \(y) for \(pronoun == "he" ? "his" : "her") role in the talks on \(topic)."
        case 17: return "\(x) visited \(host.capital) \(past), the first such visit in years."
        case 18: return "\(x) postponed a visit to \(host.capital) planned for \(future)."
        default: return random.pick(Vocabulary.filler).replacingOccurrences(of: "%", with: topic)
        }
    }

    /// "on Monday" (within the week before publication) or "on April 13" (earlier that year).
    private mutating func pastDate(_ published: CalendarDate) -> String {
        let back = Int.random(in: 1...6, using: &random)
        let day = published.adding(days: -back)
        if random.chance(0.5) { return "on \(Vocabulary.weekdays[day.weekday])" }
        return "on \(Vocabulary.months[day.month - 1]) \(day.day)"
    }

    /// "next week", "next month" or an absolute day after publication ("May 19", without "on").
    private mutating func futureDate(_ published: CalendarDate) -> String {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return "next week"
        case 1: return "next month"
        default:
            let day = published.adding(days: Int.random(in: 3...40, using: &random))
            return "\(Vocabulary.months[day.month - 1]) \(day.day)"
        }
    }
}
