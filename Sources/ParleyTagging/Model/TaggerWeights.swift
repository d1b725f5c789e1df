// swift-format-ignore-file
// Placeholder until Scripts/train-tagger.sh writes the trained weights.
enum TaggerWeights {
    static let text: StaticString = #"""
parley-tagger 1 scale 10
tags NN
dictionary 0
weights 0
"""#
}
