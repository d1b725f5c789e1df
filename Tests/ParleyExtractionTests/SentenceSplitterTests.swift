import ParleyExtraction
import Testing

@Suite struct SentenceSplitterTests {
    let extractor = Extractor()

    @Test(arguments: [
        ("Mr. Straw met Gen. Smith on Jan. 5 in Rome. He left on Friday.", 2),
        ("U.S. officials met in Geneva. The talks ended late.", 2),
        ("The talks were held in the U.S. The minister said so.", 2),
        ("Officials from the U.S. and the U.K. met again.", 1),
        ("\"We will meet again,\" he said. Then he left.", 2),
        ("First paragraph without a stop\n\nSecond paragraph.", 2),
        ("George W. Bush met Jiang in Beijing. They talked.", 2),
        ("the talks ended in hanoi. gonzalez then flew home.", 2),
        ("The talks ended at 5 p.m. yesterday in Hanoi.", 1),
        ("The site is example.com and it is new.", 1),
    ])
    func sentenceCounts(text: String, expected: Int) {
        #expect(extractor.sentences(of: text).count == expected)
    }

    @Test func sentencesCarryTheirTextAndOffsets() {
        let text = "Qin met Burns. \"It went well,\" Qin said."
        let sentences = extractor.sentences(of: text)
        #expect(sentences.map(\.text) == ["Qin met Burns.", "\"It went well,\" Qin said."])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self) == sentence.text)
        }
    }
}
