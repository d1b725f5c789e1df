/// A Penn Treebank part-of-speech tag, as the English treebanks the tagger learned from use them
/// (the XPOS column of Universal Dependencies' EWT and GUM, which adds a few web-text tags).
///
/// Names spell out what the short codes stand for; `rawValue` is the code:
/// `PartOfSpeech.properNoun.rawValue == "NNP"`.
public enum PartOfSpeech: String, CaseIterable, Sendable, Hashable {
    case coordinatingConjunction = "CC"
    case cardinalNumber = "CD"
    case determiner = "DT"
    /// "there" in "there is".
    case existentialThere = "EX"
    case foreignWord = "FW"
    /// Prepositions and subordinating conjunctions: "in", "of", "because".
    case preposition = "IN"
    case adjective = "JJ"
    case comparativeAdjective = "JJR"
    case superlativeAdjective = "JJS"
    case listItemMarker = "LS"
    case modal = "MD"
    case noun = "NN"
    case pluralNoun = "NNS"
    case properNoun = "NNP"
    case pluralProperNoun = "NNPS"
    /// "all" in "all the talks".
    case predeterminer = "PDT"
    /// The "'s" of "China's".
    case possessiveEnding = "POS"
    case personalPronoun = "PRP"
    case possessivePronoun = "PRP$"
    case adverb = "RB"
    case comparativeAdverb = "RBR"
    case superlativeAdverb = "RBS"
    case particle = "RP"
    case symbol = "SYM"
    case to = "TO"
    case interjection = "UH"
    /// The base form: "will meet".
    case verb = "VB"
    /// "met", "said".
    case pastTenseVerb = "VBD"
    case gerund = "VBG"
    /// "was invited", "has met".
    case pastParticiple = "VBN"
    /// Present tense, not third person singular: "they meet".
    case presentVerb = "VBP"
    /// Present tense, third person singular: "she meets".
    case thirdPersonPresentVerb = "VBZ"
    case whDeterminer = "WDT"
    case whPronoun = "WP"
    case possessiveWhPronoun = "WP$"
    case whAdverb = "WRB"
    case hyphen = "HYPH"
    /// E-mail and web addresses.
    case address = "ADD"
    /// A prefix written apart: "pre" in "pre - war".
    case affix = "AFX"
    /// A piece of a word split by a typo: "any" + "more".
    case goesWith = "GW"
    /// Punctuation that ends nothing: "...", "!!!", emoticons.
    case superfluousPunctuation = "NFP"
    case dollar = "$"
    case openingQuote = "``"
    case closingQuote = "''"
    case comma = ","
    case sentenceFinal = "."
    case colon = ":"
    case openingBracket = "-LRB-"
    case closingBracket = "-RRB-"

    public var isNoun: Bool { self == .noun || self == .pluralNoun || isProperNoun }

    public var isProperNoun: Bool { self == .properNoun || self == .pluralProperNoun }

    /// Any verb form, modals included.
    public var isVerb: Bool {
        switch self {
        case .verb, .pastTenseVerb, .gerund, .pastParticiple, .presentVerb, .thirdPersonPresentVerb, .modal: true
        default: false
        }
    }
}
