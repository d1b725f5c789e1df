import ParleyTagging
import Testing

@Suite struct TaggerModelTests {
    static let small = """
        parley-tagger 1 scale 10
        tags NN NNP VBD
        dictionary 1
        the\tDT
        weights 2
        0000002a 0:15 2:-3
        9e3779b9 1:7

        """

    @Test func theShippedModelLoads() {
        let model = PartOfSpeechTagger.shared.model
        #expect(model.featureCount > 10_000)
        #expect(model.tags.contains(.properNoun))
        #expect(model.tagDictionary["the"] == .determiner)
    }

    @Test func textFormRoundTrips() throws {
        let model = try TaggerModel(text: Self.small)
        #expect(model.tags == [.noun, .properNoun, .pastTenseVerb])
        #expect(model.featureCount == 2)
        #expect(model.text(scale: 10) == Self.small)
    }

    static let opening = "parley-tagger 1 scale 10\ntags NN\ndictionary 0\n"

    @Test(arguments: [
        ("parley-tagger 2\n", TaggerModelError.badHeader(found: "parley-tagger 2")),
        ("parley-tagger 1 scale 10\ntags NN XYZ\n", .unknownTag("XYZ", line: 2)),
        (opening + "weights 1\nzz 0:1\n", .malformedLine("zz 0:1", line: 5)),
        (opening + "weights 1\n0000002a 3:1\n", .malformedLine("0000002a 3:1", line: 5)),
        (opening + "weights 2\n0000002a 0:1\n", .countMismatch(section: "weights", declared: 2, found: 1)),
    ])
    func aDamagedModelNamesItsLine(text: String, error: TaggerModelError) {
        #expect(throws: error) { try TaggerModel(text: text) }
    }
}
