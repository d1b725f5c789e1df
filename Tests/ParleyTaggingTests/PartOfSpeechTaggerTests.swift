import ParleyTagging
import Testing

/// Sentences written for these tests, news-like, split into words as Parley's tokenizer splits them.
/// Each case checks the tag that extraction rules will lean on, not a whole sentence's tags.
@Suite struct PartOfSpeechTaggerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let word: String
        let tag: PartOfSpeech

        var testDescription: String { "'\(word)' in \"\(sentence)\" is \(tag.rawValue)" }
    }

    static let meeting = "The foreign minister met his Chinese counterpart in Beijing on Tuesday ."
    static let talks = "Prime Minister Fumio Kishida held talks with President Joe Biden in Washington ."
    static let postponed = "She said the summit had been postponed until March ."

    static let cases: [Case] = [
        // Names, and the verbs of meetings.
        Case(sentence: meeting, word: "met", tag: .pastTenseVerb),
        Case(sentence: meeting, word: "Beijing", tag: .properNoun),
        Case(sentence: meeting, word: "Tuesday", tag: .properNoun),
        Case(sentence: meeting, word: "minister", tag: .noun),
        Case(sentence: talks, word: "Kishida", tag: .properNoun),
        Case(sentence: talks, word: "Biden", tag: .properNoun),
        Case(sentence: talks, word: "held", tag: .pastTenseVerb),
        Case(sentence: "Ms. Okonjo told reporters that the visit would go ahead .", word: "Okonjo", tag: .properNoun),
        // "talks": the meeting, or the verb.
        Case(sentence: talks, word: "talks", tag: .pluralNoun),
        Case(sentence: "The envoy talks to both sides every week .", word: "talks", tag: .thirdPersonPresentVerb),
        // Past tense or past participle.
        Case(sentence: "The agreement was signed by both leaders in Geneva .", word: "signed", tag: .pastParticiple),
        Case(sentence: "The two leaders signed the agreement in Geneva .", word: "signed", tag: .pastTenseVerb),
        Case(sentence: "The delegation has visited Ankara twice this year .", word: "visited", tag: .pastParticiple),
        Case(sentence: "The delegation visited Ankara last week .", word: "visited", tag: .pastTenseVerb),
        Case(sentence: postponed, word: "said", tag: .pastTenseVerb),
        Case(sentence: postponed, word: "postponed", tag: .pastParticiple),
        Case(sentence: "The ministers will meet again next month .", word: "meet", tag: .verb),
        Case(sentence: "China 's foreign ministry criticized the decision .", word: "'s", tag: .possessiveEnding),
    ]

    @Test(arguments: cases)
    func tagsTheWordThatMatters(_ example: Case) throws {
        let words = example.sentence.split(separator: " ")
        let index = try #require(words.firstIndex(of: Substring(example.word)))
        let tags = PartOfSpeechTagger.shared.tag(words)
        #expect(tags[index] == example.tag, "tags: \(zip(words, tags).map { "\($0)/\($1.rawValue)" })")
    }

    @Test func givesOneTagPerWord() {
        let words = ["U.S.", "and", "Chinese", "officials", "met", "in", "Geneva", "."]
        #expect(PartOfSpeechTagger.shared.tag(words).count == words.count)
        #expect(PartOfSpeechTagger.shared.tag([String]()).isEmpty)
    }

    @Test func sameWordsGiveTheSameTags() {
        let words = "The talks between the two foreign ministers ended without an agreement .".split(separator: " ")
        let first = PartOfSpeechTagger.shared.tag(words)
        let fresh = PartOfSpeechTagger(model: PartOfSpeechTagger.shared.model)
        #expect(fresh.tag(words) == first)
        #expect(PartOfSpeechTagger.shared.tag(words.map(String.init)) == first)
    }
}
