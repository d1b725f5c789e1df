import Foundation
import ParleyModel

/// The general knowledge extraction relies on: countries, organizations, titles, trigger words.
///
/// It comes from the TSV files of `Data/`, compiled into the binary, and can be extended with a
/// user's own dictionary (`Knowledge.standard.adding(dictionaryAt:)`).
public struct Knowledge: Sendable {
    private(set) var countries: [String: CountryEntry] = [:]
    /// Country and organization names, aliases, demonyms and capitals.
    private(set) var gazetteer = PhraseIndex<GazetteerEntry>()
    private(set) var titles = PhraseIndex<TitleEntry>()
    /// Canonical titles of royal houses: "meet Queen Elizabeth and Prince Philip" is one audience.
    private(set) var royalTitles: Set<String> = []
    /// Words such as "counterpart" that introduce a person as a title does, but are not an office.
    private(set) var relationTitles: Set<String> = []
    /// The words of titles of several words ("affairs", "commerce", "prime"): an office no title lists ends on
    /// one, which then opens no one's name ("Minister of Home Affairs Ali Musa"). See `isOfficeWord`.
    private(set) var officeWords: Set<String> = []
    /// Single-word titles ("president", "shah", "king"): also names' words ("Shah Mahmood Qureshi").
    private(set) var singleWordTitles: Set<String> = []
    /// "lieutenant", "major": ranks written between an office and the name (Data/ranks.tsv).
    private(set) var ranks: Set<String> = []
    /// "member", "head", "son": nouns that describe a person in apposition (Data/person-nouns.tsv).
    private(set) var personNouns: Set<String> = []
    private(set) var spokesNouns: Set<String> = []
    /// Words between a state's word and an office: of time or rank ("former"), and of field ("peace envoy").
    private(set) var officeModifiers: WordSet = []
    private(set) var officeTopics: WordSet = []
    private(set) var documentNouns: Set<String> = []
    /// "issued", "made": verbs that lend their subject to the noun after them (Data/light-verbs.tsv).
    private(set) var lightVerbs: Set<String> = []
    /// "held", "opened": verbs whose coordinated subject are the participants of the talks after them
    /// (Data/encounter-verbs.tsv).
    private(set) var encounterVerbs: Set<String> = []
    /// "future talks", "her willingness to meet", "arrived to attend the summit": words that tell a meeting
    /// imagined, a disposition to meet, and a journey's purpose (Data/meeting-word-classes.tsv).
    private(set) var imaginedMeetingWords: Set<String> = []
    private(set) var dispositionNouns: Set<String> = []
    private(set) var summitPurposeWords: Set<String> = []
    /// "told", "thanked": verbs whose object, called visiting, the subject met (Data/meeting-word-classes.tsv).
    private(set) var faceToFaceVerbs: Set<String> = []
    /// "the start of", "the end of": the parts of an encounter (Data/meeting-word-classes.tsv).
    private(set) var meetingPhaseNouns: Set<String> = []
    private(set) var conveningVerbs: Set<String> = []
    private(set) var guestWords: Set<String> = []
    private(set) var timeClauseOpeners: Set<String> = []
    /// "arrived": a journey that ends where the story is told when no destination is named.
    private(set) var arrivalVerbs: Set<String> = []
    private(set) var sceneLinks: Set<String> = []
    /// "the two leaders", "the two sides" (Data/pair-nouns.tsv).
    private(set) var pairNouns = PairNouns()
    /// "the six-party talks": talks whose parties the reader knows (Data/forums.tsv).
    private(set) var forums = Forums()
    /// "began", "resumed": verbs whose subject is an encounter taking its course (Data/meeting-word-classes.tsv).
    private(set) var courseVerbs: Set<String> = []
    /// "saw", "watched": verbs whose object does what the gerund after it tells ("saw him meeting X").
    private(set) var witnessVerbs: Set<String> = []
    /// "participation": nouns whose "of" names those who took part ("with the participation of X and Y").
    private(set) var attendanceNouns: Set<String> = []
    private(set) var meetingTriggers = PhraseIndex<MeetingTrigger>()
    private(set) var reportingCues = PhraseIndex<ReportingCue>()
    private(set) var statusCues = PhraseIndex<MeetingStatus>()
    private(set) var calendar: [String: CalendarWord] = [:]
    private(set) var honorifics: Set<String> = []
    private(set) var givenNames: Set<String> = []
    /// The gender a given name or an honorific shows, by lower-case word, where the files give one.
    private(set) var genders: [String: Gender] = [:]
    private(set) var abbreviations: Set<String> = []
    private(set) var sentenceOpeners: Set<String> = []
    /// "after", "during", "when": words opening a phrase whose actor is the main clause's subject.
    private(set) var clauseOpeners: Set<String> = []
    /// "officials", "leaders", "Party": words that turn a country word or a name into an actor.
    private(set) var collectiveWords = PhraseIndex<CollectiveWord>()
    /// Capital (lower case) to country code: "met in Beijing" places a meeting in Beijing, China.
    private(set) var capitals: [String: String] = [:]
    /// Display names of capitals and other places, by lower-case form.
    private(set) var placeNames: [String: String] = [:]
    /// "city", "capital", "port": nouns for a place a text describes by its state ("the Russian city of Kazan").
    private(set) var placeNouns: Set<String> = []
    /// "country", "kingdom": nouns for a state the text described before ("a visit to the Gulf state").
    private(set) var stateNouns: Set<String> = []
    private(set) var locatingWords: Set<String> = []
    /// "parliament", "assembly", "committee": a body one addresses, whose name holds one of these words.
    private(set) var assemblyNouns: Set<String> = []
    /// Regions and other places that are no state (lower case): "Eastern Europe" names no person.
    private(set) var regions: Set<String> = []
    /// What a capital, demonym or body stood for before a state dissolved, by lower-case phrase, earliest first.
    private(set) var formerNames: [String: [FormerName]] = [:]

    /// The knowledge shipped with Parley.
    public static let standard: Knowledge = {
        var knowledge = Knowledge()
        // The embedded files are part of the build: a failure here is a packaging bug.
        do {
            try knowledge.loadCountries(
                String(decoding: PackageResources.countries_tsv, as: UTF8.self), file: "countries.tsv")
            try knowledge.loadOrganizations(
                String(decoding: PackageResources.organizations_tsv, as: UTF8.self),
                file: "organizations.tsv")
            try knowledge.loadTitles(String(decoding: PackageResources.titles_tsv, as: UTF8.self), file: "titles.tsv")
            knowledge.regions = try words(PackageResources.regions_tsv, file: "regions.tsv")
            try knowledge.loadFormerNames(
                String(decoding: PackageResources.former_names_tsv, as: UTF8.self), file: "former-names.tsv")
            try knowledge.loadTriggers(
                String(decoding: PackageResources.meeting_triggers_tsv, as: UTF8.self),
                file: "meeting-triggers.tsv")
            try knowledge.loadReportingCues(
                String(decoding: PackageResources.reporting_verbs_tsv, as: UTF8.self),
                file: "reporting-verbs.tsv")
            try knowledge.loadStatusCues(
                String(decoding: PackageResources.status_cues_tsv, as: UTF8.self),
                file: "status-cues.tsv")
            try knowledge.loadCalendar(
                String(decoding: PackageResources.calendar_tsv, as: UTF8.self), file: "calendar.tsv")
            try knowledge.loadAbbreviations(
                String(decoding: PackageResources.abbreviations_tsv, as: UTF8.self),
                file: "abbreviations.tsv")
            for row in try rows(
                String(decoding: PackageResources.collective_nouns_tsv, as: UTF8.self),
                file: "collective-nouns.tsv", columns: 2)
            {
                guard let word = CollectiveWord(rawValue: row.fields[1]) else {
                    throw KnowledgeError.badLine(file: "collective-nouns.tsv", line: row.line, reason: "unknown kind")
                }
                knowledge.collectiveWords.add(row.fields[0], word)
            }
            for row in try rows(
                String(decoding: PackageResources.honorifics_tsv, as: UTF8.self), file: "honorifics.tsv",
                columns: 1)
            {
                let word = row.fields[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                knowledge.honorifics.insert(word)
                try knowledge.noteGender(of: word, row, file: "honorifics.tsv")
            }
            for row in try rows(
                String(decoding: PackageResources.given_names_tsv, as: UTF8.self), file: "given-names.tsv",
                columns: 1)
            {
                let name = row.fields[0].lowercased()
                knowledge.givenNames.insert(name)
                try knowledge.noteGender(of: name, row, file: "given-names.tsv")
            }
            knowledge.clauseOpeners = try words(PackageResources.clause_openers_tsv, file: "clause-openers.tsv")
            knowledge.ranks = try words(PackageResources.ranks_tsv, file: "ranks.tsv")
            knowledge.personNouns = try words(PackageResources.person_nouns_tsv, file: "person-nouns.tsv")
            knowledge.spokesNouns = try words(PackageResources.spokes_nouns_tsv, file: "spokes-nouns.tsv")
            knowledge.documentNouns = try words(PackageResources.document_nouns_tsv, file: "document-nouns.tsv")
            try knowledge.loadOfficeModifiers(
                String(decoding: PackageResources.office_modifiers_tsv, as: UTF8.self), file: "office-modifiers.tsv")
            knowledge.lightVerbs = try words(PackageResources.light_verbs_tsv, file: "light-verbs.tsv")
            knowledge.encounterVerbs = try words(PackageResources.encounter_verbs_tsv, file: "encounter-verbs.tsv")
            try knowledge.loadMeetingWordClasses(
                String(decoding: PackageResources.meeting_word_classes_tsv, as: UTF8.self),
                file: "meeting-word-classes.tsv")
            knowledge.pairNouns = try PairNouns(
                String(decoding: PackageResources.pair_nouns_tsv, as: UTF8.self), file: "pair-nouns.tsv")
            knowledge.forums = try Forums(
                String(decoding: PackageResources.forums_tsv, as: UTF8.self), file: "forums.tsv")
            knowledge.placeNouns = try words(PackageResources.place_nouns_tsv, file: "place-nouns.tsv")
            knowledge.stateNouns = try words(PackageResources.state_nouns_tsv, file: "state-nouns.tsv")
            knowledge.locatingWords = try words(PackageResources.locating_words_tsv, file: "locating-words.tsv")
            knowledge.assemblyNouns = try words(PackageResources.assembly_nouns_tsv, file: "assembly-nouns.tsv")
        } catch {
            fatalError("embedded knowledge is broken: \(error)")
        }
        return knowledge
    }()

    init() {}

    /// A row's optional second column: "f" or "m".
    private mutating func noteGender(of word: String, _ row: Row, file: String) throws(KnowledgeError) {
        let field = row.field(1)
        guard !field.isEmpty else { return }
        guard let gender = Gender(rawValue: field) else {
            throw .badLine(file: file, line: row.line, reason: "gender must be f or m")
        }
        genders[word] = gender
    }

    // MARK: User dictionaries

    /// Adds a user's dictionary: TSV lines `kind<TAB>name<TAB>aliases<TAB>country[<TAB>title]`, where kind is
    /// `person`, `country`, `organization` or `title` (a title line is `title<TAB>phrase<TAB>Canonical Title`).
    public func adding(dictionaryAt path: String) throws(KnowledgeError) -> Knowledge {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        var knowledge = self
        try knowledge.loadUserDictionary(text, file: path)
        return knowledge
    }

    mutating func loadUserDictionary(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 2) {
            let fields = row.fields
            let name = fields[1]
            let aliases = fields.count > 2 ? Self.list(fields[2]) : []
            let country = fields.count > 3 && !fields[3].isEmpty ? fields[3].uppercased() : nil
            switch fields[0].lowercased() {
            case "person":
                let title = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
                for phrase in [name] + aliases {
                    gazetteer.add(phrase, .person(name: name, country: country, title: title))
                }
            case "country":
                guard let country else {
                    throw .badLine(
                        file: file, line: row.line, reason: "a country needs its ISO 3166 alpha-3 code in column 4")
                }
                countries[country] = CountryEntry(code: country, name: name)
                for phrase in [name] + aliases { gazetteer.add(phrase, .country(code: country, form: .name)) }
            case "organization":
                for phrase in [name] + aliases {
                    gazetteer.add(
                        phrase,
                        .organization(
                            name: name, country: country,
                            scope: country == nil ? .international : .national))
                }
            case "title":
                let canonical = fields.count > 2 && !fields[2].isEmpty ? fields[2] : name.capitalized
                titles.add(name, TitleEntry(title: canonical))
            default:
                throw .badLine(
                    file: file, line: row.line,
                    reason: "unknown kind '\(fields[0])': use person, country, organization or title")
            }
        }
    }

    // MARK: Loading the shipped files

    mutating func loadCountries(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 2) {
            let code = row.fields[0].uppercased()
            let name = row.fields[1]
            countries[code] = CountryEntry(code: code, name: name, capital: Self.list(row.field(4)).first)
            for phrase in [name] + Self.list(row.field(2)) { gazetteer.add(phrase, .country(code: code, form: .name)) }
            for phrase in Self.list(row.field(3)) { gazetteer.add(phrase, .country(code: code, form: .demonym)) }
            for phrase in Self.list(row.field(4)) {
                gazetteer.add(phrase, .country(code: code, form: .capital))
                capitals[phrase.lowercased()] = code
                placeNames[phrase.lowercased()] = phrase
            }
        }
    }

    mutating func loadOrganizations(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 1) {
            let name = row.fields[0]
            let country = row.field(2).isEmpty ? nil : row.field(2).uppercased()
            let scope =
                GazetteerEntry.OrganizationScope(rawValue: row.field(3).lowercased())
                ?? (country == nil ? .international : .national)
            for phrase in [name] + Self.list(row.field(1)) {
                gazetteer.add(phrase, .organization(name: name, country: country, scope: scope))
            }
        }
    }

    mutating func loadFormerNames(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 3) {
            guard let until = CalendarDate(iso: row.fields[2]) else {
                throw .badLine(file: file, line: row.line, reason: "'\(row.fields[2])' is not a YYYY-MM-DD date")
            }
            let phrase = row.fields[0].lowercased()
            formerNames[phrase, default: []].append(FormerName(code: row.fields[1].uppercased(), until: until))
            formerNames[phrase]!.sort { $0.until < $1.until }
        }
    }

    /// A word of an office that is nobody's given name: "Affairs" in "Minister of Home Affairs Ali Musa".
    /// Short words ("the", "for") and single-word titles are names' words too, as given names are.
    func isOfficeWord(_ word: String) -> Bool {
        word.count > 3 && officeWords.contains(word) && !singleWordTitles.contains(word) && !givenNames.contains(word)
            && !ranks.contains(word)
    }

    /// The country `phrase` stood for in an article published on `published`, when it has changed since.
    func formerCountry(of phrase: String, published: CalendarDate?) -> String? {
        guard let published, let eras = formerNames[phrase.lowercased()] else { return nil }
        return eras.first { published < $0.until }?.code
    }

    mutating func loadTitles(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 2) {
            let gender = Gender(rawValue: row.field(3))
            if gender == nil, !row.field(3).isEmpty {
                throw .badLine(file: file, line: row.line, reason: "gender must be f or m")
            }
            titles.add(row.fields[0], TitleEntry(title: row.fields[1], gender: gender))
            let words = row.fields[0].lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            if words.count == 1 {
                singleWordTitles.insert(String(words[0]))
            } else {
                officeWords.formUnion(words.map(String.init))
            }
            if row.field(2) == "royal" { royalTitles.insert(row.fields[1]) }
            if row.field(2) == "relation" { relationTitles.insert(row.fields[1]) }
        }
    }

    mutating func loadOfficeModifiers(_ text: String, file: String) throws(KnowledgeError) {
        let rows = try Self.rows(text, file: file, columns: 2)
        if let bad = rows.first(where: { !["modifier", "topic"].contains($0.fields[1]) }) {
            throw .badLine(file: file, line: bad.line, reason: "class must be modifier or topic")
        }
        officeModifiers = WordSet(rows.filter { $0.fields[1] == "modifier" }.map { $0.fields[0].lowercased() })
        officeTopics = WordSet(rows.filter { $0.fields[1] == "topic" }.map { $0.fields[0].lowercased() })
    }

    mutating func loadMeetingWordClasses(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 2) {
            let word = row.fields[0].lowercased()
            switch row.fields[1] {
            case "imagined": imaginedMeetingWords.insert(word)
            case "disposition": dispositionNouns.insert(word)
            case "purpose": summitPurposeWords.insert(word)
            case "face": faceToFaceVerbs.insert(word)
            case "phase": meetingPhaseNouns.insert(word)
            case "arrival": arrivalVerbs.insert(word)
            case "scene": sceneLinks.insert(word)
            case "convene": conveningVerbs.insert(word)
            case "guest": guestWords.insert(word)
            case "time": timeClauseOpeners.insert(word)
            case "course": courseVerbs.insert(word)
            case "witness": witnessVerbs.insert(word)
            case "attendance": attendanceNouns.insert(word)
            default:
                throw .badLine(
                    file: file, line: row.line,
                    reason:
                        "class must be imagined, disposition, purpose, face, phase, arrival, scene, convene, guest, time, course, witness or attendance"
                )
            }
        }
    }

    mutating func loadTriggers(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 3) {
            guard let kind = MeetingKind(rawValue: row.fields[1]),
                let form = MeetingTrigger.Form(rawValue: row.fields[2])
            else {
                throw .badLine(file: file, line: row.line, reason: "unknown meeting kind or form")
            }
            meetingTriggers.add(row.fields[0], MeetingTrigger(kind: kind, form: form))
        }
    }

    mutating func loadReportingCues(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 3) {
            guard let act = StatementAct(rawValue: row.fields[1]), let form = ReportingCue.Form(rawValue: row.fields[2])
            else {
                throw .badLine(file: file, line: row.line, reason: "unknown act or form")
            }
            reportingCues.add(row.fields[0], ReportingCue(act: act, form: form))
        }
    }

    mutating func loadStatusCues(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 2) {
            guard let status = MeetingStatus(rawValue: row.fields[1]) else {
                throw .badLine(file: file, line: row.line, reason: "unknown status '\(row.fields[1])'")
            }
            statusCues.add(row.fields[0], status)
        }
    }

    mutating func loadCalendar(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 3) {
            guard let number = Int(row.fields[2]) else {
                throw .badLine(file: file, line: row.line, reason: "the third column must be a number")
            }
            calendar[row.fields[0].lowercased()] = row.fields[1] == "month" ? .month(number) : .weekday(number)
        }
    }

    mutating func loadAbbreviations(_ text: String, file: String) throws(KnowledgeError) {
        for row in try Self.rows(text, file: file, columns: 2) {
            if row.fields[1] == "opener" {
                sentenceOpeners.insert(row.fields[0])
            } else {
                abbreviations.insert(row.fields[0])
            }
        }
    }
}
