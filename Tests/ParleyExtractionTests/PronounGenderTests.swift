import ParleyExtraction
import ParleyModel
import Testing

/// "She" and "he" stand for the person last named whose gender, where the text shows one, is the pronoun's.
@Suite struct PronounGenderTests {
    @Test(arguments: [
        (
            "Mrs. Ana Quiroga welcomed Canadian envoy Paul Grant on Monday. Grant spoke first. She then warned of "
                + "floods.", "Ana Quiroga"
        ),
        (
            "Queen Lena of Norland hosted Canadian envoy Paul Grant on Monday. Grant spoke first. She then warned of "
                + "floods.", "Lena"
        ),
        (
            "Mrs. Ana Quiroga welcomed Canadian envoy Mr. Paul Grant on Monday. She spoke first. He then warned of "
                + "floods.", "Paul Grant"
        ),
    ])
    func aPronounSkipsSomeoneOfTheOtherGender(_ text: String, _ speaker: String) {
        #expect(ExtractionFixture.speakers(text).last == speaker)
    }

    @Test func aPronounWithNoOneOfItsGenderStandsForNoOne() {
        #expect(ExtractionFixture.speakers("Mr. Paul Grant arrived on Monday. She then warned of floods.") == [])
    }

    @Test func aPersonOfUnknownGenderMayBeEither() {
        #expect(
            ExtractionFixture.speakers("Envoy Tovo Rakoto arrived on Monday. She warned of floods.") == ["Tovo Rakoto"])
    }
}
