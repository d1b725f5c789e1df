/// The Swift file that carries the model into the binary.
///
/// The text sits in one raw string literal: the compiler stores it as it is, in well under a
/// second, where SwiftPM's `embedInCode` resources become an array literal of one integer per byte
/// that took over five minutes to compile for a megabyte (docs/PERFORMANCE.md).
enum WeightsFile {
    static func source(modelText: String) -> String {
        """
        // swift-format-ignore-file
        // Written by Scripts/train-tagger.sh (parley-train); do not edit. Trained on the GUM (CC BY 4.0)
        // and EWT (CC BY-SA 4.0) treebanks: sources, licence and format in README.md beside this file.
        enum TaggerWeights {
            static let text: StaticString = #\"\"\"
        \(modelText)\"\"\"#
        }

        """
    }
}
