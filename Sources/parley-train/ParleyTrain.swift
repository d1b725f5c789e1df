import ArgumentParser

/// Trains the part-of-speech tagger on the English treebanks and measures it (Scripts/train-tagger.sh).
@main
struct ParleyTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-train",
        abstract: "Train the part-of-speech tagger and measure it on held-out treebank documents.",
        subcommands: [Train.self, Benchmark.self],
        defaultSubcommand: Train.self
    )
}

/// Where the treebanks are and which tenth of their documents is held out.
struct TreebankOptions: ParsableArguments {
    @Option(help: "The folder of CoNLL-U treebanks (searched recursively).")
    var treebanks = "../shared/treebanks"

    @Option(help: "Which tenth of the documents, in path order, is held out (0-9); 9 is the documented split.")
    var fold = 9

    func validate() throws {
        guard (0...9).contains(fold) else { throw ValidationError("--fold takes 0 to 9, not \(fold)") }
    }

    func split() throws -> TreebankSplit {
        TreebankSplit(try TreebankReader.documents(in: treebanks), fold: fold)
    }
}
