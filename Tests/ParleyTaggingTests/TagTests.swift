import ParleyTagging
import Testing

@Suite struct TagTests {
    @Test(arguments: [(Tag.properNoun, "NNP"), (.pastTenseVerb, "VBD"), (.possessivePronoun, "PRP$"), (.openingBracket, "-LRB-")])
    func rawValueIsThePennCode(tag: Tag, code: String) {
        #expect(tag.rawValue == code)
    }
}
