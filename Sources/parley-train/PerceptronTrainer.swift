import ParleyTagging

/// Trains the tagger's averaged perceptron (Collins 2002; Honnibal's "good part-of-speech tagger in
/// about 200 lines"): tag each training sentence greedily with the current weights, and on a wrong
/// tag move the weights of the word's features towards the right tag and away from the guess. The
/// model keeps each weight's average over all steps, which generalizes far better than the last one.
///
/// Deterministic: sentences are shuffled by a seeded `SplitMix64`, ties go to the lower tag index,
/// and nothing depends on the iteration order of a dictionary.
struct PerceptronTrainer {
    let tags: [PartOfSpeech]
    let tagDictionary: [String: PartOfSpeech]
    private let tagIndex: [PartOfSpeech: Int]
    private var rowOfFeature: [UInt32: Int] = [:]
    /// `tags.count` weights per row, row after row.
    private var weights: [Int32] = []
    /// Each weight summed over the steps up to its row's `lastUpdate`.
    private var totals: [Int64] = []
    private var lastUpdate: [Int] = []
    private var step = 0

    init(tags: [PartOfSpeech], tagDictionary: [String: PartOfSpeech]) {
        self.tags = tags
        self.tagDictionary = tagDictionary
        tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
    }

    mutating func train(_ sentences: [TaggedSentence], iterations: Int, seed: UInt64, log: (String) -> Void) {
        // Each sentence's context hashes once, for all iterations.
        let features = sentences.map { sentence in
            var features = SentenceFeatures(sentence.words)
            let context = features.allContextFeatures()
            return (features: features, context: context)
        }
        var generator = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        for iteration in 1...iterations {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                correct += learn(sentences[index], features[index].features, context: features[index].context)
                total += sentences[index].words.count
            }
            log("iteration \(iteration): \(percent(correct, of: total)) of training tokens right before update")
        }
    }

    /// Tags one sentence, updating on each mistake; returns how many tags were right.
    private mutating func learn(_ sentence: TaggedSentence, _ features: SentenceFeatures, context: [UInt32]) -> Int {
        var features = features
        var guesses: [PartOfSpeech] = []
        var correct = 0
        var tagFeatures: [UInt32] = []
        for position in sentence.words.indices {
            let previous = position > 0 ? guesses[position - 1] : nil
            let second = position > 1 ? guesses[position - 2] : nil
            let guess: PartOfSpeech
            if let known = tagDictionary[sentence.words[position]] {
                guess = known
            } else {
                features.tagFeatures(of: position, previous: previous, secondPrevious: second, into: &tagFeatures)
                let count = SentenceFeatures.contextCount
                let active = Array(context[position * count..<(position + 1) * count]) + tagFeatures
                let guessed = predict(active)
                let truth = tagIndex[sentence.tags[position]]!
                step += 1
                if guessed != truth { update(active, truth: truth, guess: guessed) }
                guess = tags[guessed]
            }
            if guess == sentence.tags[position] { correct += 1 }
            guesses.append(guess)
        }
        return correct
    }

    private func predict(_ features: [UInt32]) -> Int {
        var scores = [Int32](repeating: 0, count: tags.count)
        for feature in features {
            guard let row = rowOfFeature[feature] else { continue }
            let base = row * tags.count
            for tag in scores.indices { scores[tag] += weights[base + tag] }
        }
        var best = 0
        for tag in scores.indices where scores[tag] > scores[best] { best = tag }
        return best
    }

    private mutating func update(_ features: [UInt32], truth: Int, guess: Int) {
        for feature in features {
            let row = rowOfFeature[feature] ?? addRow(feature)
            bringTotalsUpToDate(row)
            weights[row * tags.count + truth] += 1
            weights[row * tags.count + guess] -= 1
        }
    }

    private mutating func addRow(_ feature: UInt32) -> Int {
        let row = lastUpdate.count
        rowOfFeature[feature] = row
        weights += repeatElement(0, count: tags.count)
        totals += repeatElement(0, count: tags.count)
        lastUpdate.append(step)
        return row
    }

    /// Adds each weight of `row` times the steps it held unchanged since the row last changed.
    private mutating func bringTotalsUpToDate(_ row: Int) {
        let elapsed = Int64(step - lastUpdate[row])
        guard elapsed > 0 else { return }
        let base = row * tags.count
        for tag in 0..<tags.count { totals[base + tag] += elapsed * Int64(weights[base + tag]) }
        lastUpdate[row] = step
    }

    /// The averaged weights, leaving out those smaller than `minimumWeight` in magnitude.
    mutating func model(minimumWeight: Float) -> TaggerModel {
        var sparse: [UInt32: [(tag: Int, weight: Float)]] = [:]
        for (feature, row) in rowOfFeature {
            bringTotalsUpToDate(row)
            let entries = (0..<tags.count).compactMap { tag -> (tag: Int, weight: Float)? in
                let average = Float(Double(totals[row * tags.count + tag]) / Double(max(step, 1)))
                return abs(average) < minimumWeight ? nil : (tag, average)
            }
            if !entries.isEmpty { sparse[feature] = entries }
        }
        return TaggerModel(tags: tags, tagDictionary: tagDictionary, weights: sparse)
    }
}
