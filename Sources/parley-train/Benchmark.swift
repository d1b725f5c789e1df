import ArgumentParser
import Foundation
import ParleyTagging

extension ParleyTrain {
    struct Benchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "benchmark",
            abstract: "Measure the shipped tagger: load time, held-out accuracy, tokens per second.")

        @OptionGroup var treebankOptions: TreebankOptions

        @Option(help: "How many times the held-out sentences are tagged for the timing.")
        var rounds = 5

        func run() throws {
            let clock = ContinuousClock()
            var tagger: PartOfSpeechTagger?
            let loading = clock.measure { tagger = PartOfSpeechTagger.shared }
            guard let tagger else { return }
            print("model loaded in \(milliseconds(loading)) ms: \(tagger.model.featureCount) features")

            let heldOut = try treebankOptions.split().heldOut
            let sentences = heldOut.flatMap(\.sentences)
            let tokens = sentences.reduce(0) { $0 + $1.words.count }
            print(TaggingScore.report(tagger: tagger, documents: heldOut))
            // The tags are counted so that the optimizer cannot drop the work being timed.
            var tagged = 0
            let tagging = clock.measure {
                for _ in 0..<rounds {
                    for sentence in sentences { tagged += tagger.tag(sentence.words).count }
                }
            }
            let seconds = Double(tagging.components.seconds) + Double(tagging.components.attoseconds) * 1e-18
            let rate = Double(tokens * rounds) / seconds
            print(
                "tagged \(tokens) tokens x \(rounds) = \(tagged) in \(milliseconds(tagging)) ms: \(Int(rate)) tokens/s")
        }

        private func milliseconds(_ duration: Duration) -> Int {
            Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
        }
    }
}
