/// What a feature looks at; its raw value starts the feature's hash.
///
/// The numbers are part of the model file's meaning: renumbering one needs a retrained model.
enum FeatureTemplate: UInt8 {
    case bias = 1
    case suffix3 = 2
    case suffix2 = 3
    case firstCharacter = 4
    case word = 5
    case shape = 6
    case previousWord = 7
    case previousSuffix3 = 8
    case secondPreviousWord = 9
    case nextWord = 10
    case nextSuffix3 = 11
    case secondNextWord = 12
    case previousTag = 13
    case secondPreviousTag = 14
    case previousTwoTags = 15
    case previousTagAndWord = 16
    case previousTagAndShape = 17
    case wordAsWritten = 18
    case suffix4 = 19
    case nextShape = 20
}
