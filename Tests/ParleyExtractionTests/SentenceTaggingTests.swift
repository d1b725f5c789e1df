import ParleyTagging
import Testing

@testable import ParleyExtraction

@Suite struct SentenceTaggingTests {
    @Test func tagsTheTokensOfEachSentence() throws {
        let text = "Qin Gang met Antony Blinken in Beijing. The talks, he said, went well."
        let tokens = Tokenizer.tokenize(text)
        let sentences = Extractor().sentences(of: text)
        try #require(sentences.count == 2)

        let first = PartOfSpeechTagger.shared.tags(of: sentences[0], in: tokens)
        let second = PartOfSpeechTagger.shared.tags(of: sentences[1], in: tokens)

        #expect(first.count == sentences[0].range.count)
        #expect(first[2] == .pastTenseVerb)
        #expect(first[4] == .properNoun)
        #expect(second[1] == .pluralNoun)
    }

    @Test(arguments: ["China's envoy arrived.", "China\u{2019}s envoy arrived."])
    func possessiveIsTaggedWhateverTheApostrophe(text: String) throws {
        let tokens = Tokenizer.tokenize(text)
        let sentence = try #require(Extractor().sentences(of: text).first)
        #expect(PartOfSpeechTagger.shared.tags(of: sentence, in: tokens)[1] == .possessiveEnding)
    }
}
