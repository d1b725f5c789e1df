import ParleyTagging
import Testing

@Suite struct PartOfSpeechTests {
    @Test(arguments: [
        (PartOfSpeech.properNoun, "NNP"), (.pastTenseVerb, "VBD"), (.possessivePronoun, "PRP$"),
        (.openingBracket, "-LRB-"),
    ])
    func rawValueIsThePennCode(tag: PartOfSpeech, code: String) {
        #expect(tag.rawValue == code)
    }
}
