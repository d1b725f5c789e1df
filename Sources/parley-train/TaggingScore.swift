import Foundation
import ParleyTagging

/// How many held-out tags the tagger got right, overall and for proper nouns (NNP), the tag the
/// extraction rules lean on most.
struct TaggingScore {
    private(set) var correct = 0
    private(set) var total = 0
    private(set) var properNounsFound = 0
    private(set) var properNounsGiven = 0
    private(set) var properNounsTagged = 0

    init(tagger: PartOfSpeechTagger, sentences: [TaggedSentence]) {
        for sentence in sentences {
            for (guess, truth) in zip(tagger.tag(sentence.words), sentence.tags) {
                total += 1
                if guess == truth { correct += 1 }
                if truth == .properNoun { properNounsGiven += 1 }
                if guess == .properNoun { properNounsTagged += 1 }
                if guess == .properNoun && truth == .properNoun { properNounsFound += 1 }
            }
        }
    }

    /// The score on all held-out documents, then on each treebank and on GUM's news alone, the
    /// genre nearest to what Parley reads.
    static func report(tagger: PartOfSpeechTagger, documents: [TreebankDocument]) -> String {
        let groups: [(String, (TreebankDocument) -> Bool)] = [
            ("EWT (web text)", { $0.path.hasPrefix("ewt/") }),
            ("GUM (all genres)", { $0.path.hasPrefix("gum/") }),
            ("GUM news", { $0.path.hasPrefix("gum/GUM_news") }),
        ]
        var lines = [TaggingScore(tagger: tagger, sentences: documents.flatMap(\.sentences)).summary]
        for (name, belongs) in groups {
            let score = TaggingScore(tagger: tagger, sentences: documents.filter(belongs).flatMap(\.sentences))
            lines.append("  \(name): \(percent(score.correct, of: score.total)) of \(score.total) tokens")
        }
        return lines.joined(separator: "\n")
    }

    var summary: String {
        """
        held-out accuracy: \(percent(correct, of: total)) of \(total) tokens
        NNP: recall \(percent(properNounsFound, of: properNounsGiven)) of \(properNounsGiven), \
        precision \(percent(properNounsFound, of: properNounsTagged)) of \(properNounsTagged) tagged NNP
        """
    }
}

func percent(_ part: Int, of whole: Int) -> String {
    String(format: "%.2f%%", 100 * Double(part) / Double(max(whole, 1)))
}
