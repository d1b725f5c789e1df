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

    @Test(arguments: [
        (PartOfSpeech.properNoun, true, true, false), (.pluralProperNoun, true, true, false),
        (.pluralNoun, true, false, false), (.pastParticiple, false, false, true), (.modal, false, false, true),
        (.adjective, false, false, false),
    ])
    func groups(tag: PartOfSpeech, isNoun: Bool, isProperNoun: Bool, isVerb: Bool) {
        #expect(tag.isNoun == isNoun)
        #expect(tag.isProperNoun == isProperNoun)
        #expect(tag.isVerb == isVerb)
    }
}
