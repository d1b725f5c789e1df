import ArgumentParser
import Foundation
import ParleyTagging

extension ParleyTrain {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "train",
            abstract: "Train on the training documents, score on the held-out ones, write the weights.")

        @OptionGroup var treebankOptions: TreebankOptions

        @Option(help: "Passes over the training sentences.")
        var iterations = 8

        @Option(help: "Seed of the sentence shuffle.")
        var seed: UInt64 = 20_240_607

        @Option(help: "Averaged weights smaller than this are left out of the model.")
        var minimumWeight: Float = 1.5

        @Option(help: "Weights are stored as integers: the weight times this scale, rounded.")
        var scale: Float = 10

        @Option(help: "The Swift file the weights are written to.")
        var output = "Sources/ParleyTagging/Model/TaggerWeights.swift"

        @Flag(help: "Train and score without writing the weights.")
        var dryRun = false

        func run() throws {
            let split = try treebankOptions.split()
            let training = split.training.flatMap(\.sentences)
            print(
                "training: \(split.training.count) documents, \(training.reduce(0) { $0 + $1.words.count }) tokens; "
                    + "held out: \(split.heldOut.count) documents, \(split.heldOut.reduce(0) { $0 + $1.tokenCount }) tokens"
            )
            let seen = Set(training.flatMap(\.tags))
            var trainer = PerceptronTrainer(
                tags: PartOfSpeech.allCases.filter(seen.contains),
                tagDictionary: TagDictionaryBuilder.build(from: training))
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                trainer.train(training, iterations: iterations, seed: seed) { print($0) }
            }
            print("trained in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))")

            // Score the model as it is stored: parsed back from the text the binary will embed.
            let text = trainer.model(minimumWeight: minimumWeight).text(scale: scale)
            let stored = try TaggerModel(text: text)
            print(
                "model: \(stored.featureCount) features, \(stored.tagDictionary.count) dictionary words, \(text.utf8.count) bytes"
            )
            print(TaggingScore.report(tagger: PartOfSpeechTagger(model: stored), documents: split.heldOut))
            guard !dryRun else { return }
            try WeightsFile.source(modelText: text).write(toFile: output, atomically: true, encoding: .utf8)
            print("wrote \(output)")
        }
    }
}
