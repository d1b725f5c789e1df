import ParleyModel

/// A state the gazetteer knows.
struct CountryEntry: Sendable, Hashable {
    let code: String
    let name: String
    /// The seat of its government, as the text of `countries.tsv` first gives it.
    var capital: String? = nil
}

/// What a gazetteer phrase names.
enum GazetteerEntry: Sendable, Hashable {
    enum CountryForm: Sendable, Hashable {
        case name, demonym, capital
    }

    enum OrganizationScope: String, Sendable, Hashable {
        /// Intergovernmental: no country.
        case international
        /// A body of one state, named as such.
        case national
        /// A kind of body every state has ("Foreign Ministry"): its country comes from the context.
        case generic
    }

    case country(code: String, form: CountryForm)
    case organization(name: String, country: String?, scope: OrganizationScope)
    /// A person from a user's dictionary.
    case person(name: String, country: String?, title: String?)

    /// A body every state has, matched in lower case too ("the foreign ministry said").
    var isGenericBody: Bool {
        if case .organization(_, _, .generic) = self { return true }
        return false
    }
}

/// An office: "foreign minister" is the title "Foreign Minister".
struct TitleEntry: Sendable, Hashable {
    let title: String
    /// "Queen", "King": a title that shows its holder's gender.
    var gender: Gender? = nil
}

/// A word that reports an encounter.
struct MeetingTrigger: Sendable, Hashable {
    enum Form: String, Sendable, Hashable {
        case verb, noun, travel, host
        /// "discussed the crisis with Chirac", "were greeted at the airport by Chang": the counterpart
        /// follows a linking "with" or "by" a few words on.
        case link
        /// "addressed the UN General Assembly", "told the foreign affairs committee": a speaker before an
        /// assembly, an encounter only when what follows is one.
        case address
    }

    let kind: MeetingKind
    let form: Form
}

/// A word that reports speech.
struct ReportingCue: Sendable, Hashable {
    enum Form: String, Sendable, Hashable {
        case verb, source, noun
    }

    let act: StatementAct
    let form: Form
}

/// A month or weekday name.
enum CalendarWord: Sendable, Hashable {
    case month(Int)
    case weekday(Int)
}

/// How a collective word turns the words before it into an actor.
enum CollectiveWord: String, Sendable, Hashable {
    /// "Chinese officials": the country itself.
    case collective
    /// "Central Asian leaders": a group.
    case group
    /// "Soviet leaders": the country after its own demonym; "Arab leaders": a group.
    case governing
    /// "Liberal Democratic Party": the end of an organization's name.
    case head
    /// "Jiji Press": the end of a news outlet's name; outlets are sources, not actors.
    case media
    /// "Toyota Motor Corp": the end of a company's name; companies are not actors.
    case company
    /// "Analysts", "Officials": a plain noun, capitalized only because it opens a sentence.
    case common
    /// "Spring Festival", "World Cup": the end of an occasion's name; occasions are not actors.
    case occasion
    /// "Stanford University", "Harbin Boiler Factory": the end of a school's, club's or works' name; no actor.
    case institution
    /// "Red Sea", "Tiananmen Square": the end of a place's name; places are not actors.
    case place
    /// "Development Plan", "Paris Agreement", "Roman Catholic": the end of a name of a document or a faith; no actor.
    case thing
}

/// A country a phrase stood for until a state dissolved or was renamed ("Moscow" for the Soviet Union).
struct FormerName: Sendable, Hashable {
    let code: String
    let until: CalendarDate
}
