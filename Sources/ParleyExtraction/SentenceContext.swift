import ParleyModel

/// What the finders of meetings and statements see of one sentence.
struct SentenceContext {
    let sentence: Sentence
    let tokens: [Token]
    /// Mentions in order, pronouns already resolved to entities.
    let mentions: [Mention]
    let places: [Place]
    let times: [TimeExpression]
    let published: CalendarDate?
    let knowledge: Knowledge
    /// Tokens inside quotation marks: words a speaker said, where no speaker is named.
    let quoted: Set<Int>
    /// The city of the article's wire dateline ("TOKYO, April 27 -"), if it has one.
    let dateline: String?
    /// The state of that city, as of the article's date.
    let datelineCountry: String?
    /// The sentence's parts of speech, tagged when a rule first asks.
    let tags: SentenceTags

    static let clauseBreaks: Set<Substring> = [";", "\u{2014}", "\u{2013}", "(", ")", ":"]
    static let quotes: Set<Substring> = ["\"", "\u{201C}", "\u{201D}"]

    /// Every phrase of `index` in the sentence outside its mentions, left to right, none overlapping:
    /// the trigger and cue words the finders work from.
    func phrases<Value>(of index: PhraseIndex<Value>) -> [(value: Value, range: Range<Int>)] {
        // One flag per token of the sentence: a `Set<Int>` hashed every position (SipHash), for every index asked.
        let first = sentence.range.lowerBound
        var inMention = [Bool](repeating: false, count: sentence.range.count)
        for mention in mentions {
            for position in mention.range.clamped(to: sentence.range) { inMention[position - first] = true }
        }
        var found: [(value: Value, range: Range<Int>)] = []
        var position = first
        while position < sentence.range.upperBound {
            guard !inMention[position - first],
                let match = index.match(tokens, at: position, end: sentence.range.upperBound)
            else {
                position += 1
                continue
            }
            found.append((match.value, position..<(position + match.length)))
            position += match.length
        }
        return found
    }

    static let aideWords: Set<String> = ["aide", "aides", "adviser", "advisers", "advisor", "advisors"]
    static let aideModifiers: Set<String> = [
        "a", "an", "the", "top", "senior", "close", "chief", "key", "two", "several",
    ]

    /// "a top aide to Zelenskiy", "advisers to Mr. Trump": the people meant are unnamed, and stand for the
    /// state of the person they serve.
    func withAidesAsTheirStates(_ entities: EntityTable) -> SentenceContext {
        var read = mentions
        for (index, mention) in mentions.enumerated() {
            let start = mention.range.lowerBound
            guard start >= sentence.range.lowerBound + 2, tokens[start - 1].lower == "to",
                Self.aideWords.contains(tokens[start - 2].lower),
                entities[mention.entity].kind == .person, !entities[mention.entity].countryIsGuess,
                let state = entities[mention.entity].country.flatMap(entities.countryIndex)
            else { continue }
            // The mention spans the whole phrase, so that "between Hale and a senior adviser to Bondar"
            // coordinates.
            var phraseStart = start - 2
            let previousEnd = index > 0 ? mentions[index - 1].range.upperBound : sentence.range.lowerBound
            while phraseStart - 1 >= previousEnd, start - phraseStart < 5,
                Self.aideModifiers.contains(tokens[phraseStart - 1].lower)
            {
                phraseStart -= 1
            }
            read[index] = Mention(
                range: phraseStart..<mention.range.upperBound, entity: state, form: .name, isPlace: false,
                isPossessive: false)
        }
        return SentenceContext(
            sentence: sentence, tokens: tokens, mentions: read, places: places, times: times, published: published,
            knowledge: knowledge, quoted: quoted, dateline: dateline, datelineCountry: datelineCountry, tags: tags)
    }

    /// The context with the mention at `index` standing for `entity`: a description the article explains later.
    func withMention(at index: Int, standingFor entity: Int) -> SentenceContext {
        var read = mentions
        let mention = mentions[index]
        read[index] = Mention(
            range: mention.range, entity: entity, form: .reference, isPlace: false, isPossessive: mention.isPossessive)
        return SentenceContext(
            sentence: sentence, tokens: tokens, mentions: read, places: places, times: times, published: published,
            knowledge: knowledge, quoted: quoted, dateline: dateline, datelineCountry: datelineCountry, tags: tags)
    }

    var evidence: Evidence { Evidence(sentence: sentence.text, start: sentence.start, end: sentence.end) }

    func isClauseBreak(_ index: Int) -> Bool {
        let token = tokens[index]
        // Every break is one character: words skip the set's hashing.
        if token.characterCount == 1 && Self.clauseBreaks.contains(token.text) { return true }
        // A spaced hyphen is a dash, and so is a doubled one ("--"); "U.S.-China" is not.
        if token.text == "-" {
            if index > 0, tokens[index - 1].text == "-" { return true }
            if index + 1 < tokens.count, tokens[index + 1].text == "-" { return true }
            let spacedBefore = index > 0 && tokens[index - 1].end < token.start
            let spacedAfter = index + 1 < tokens.count && tokens[index + 1].start > token.end
            return spacedBefore && spacedAfter
        }
        return false
    }

    /// True when no clause break lies in `range`.
    func sameClause(_ range: Range<Int>) -> Bool {
        // "the Lord's Resistance Army (LRA) said": brackets inside a name break no clause.
        !range.contains { index in isClauseBreak(index) && !mentions.contains { $0.range.contains(index) } }
    }

    /// The index of the mention that ends nearest before `position`, within `maxGap` tokens and the same clause.
    func mentionBefore(_ position: Int, maxGap: Int, actorsOnly: Bool = true, subjectsOnly: Bool = false) -> Int? {
        for index in mentions.indices.reversed() where mentions[index].range.upperBound <= position {
            let mention = mentions[index]
            if actorsOnly && !mention.canAct || subjectsOnly && mention.isObjectPronoun(in: tokens) { continue }
            let gap = mention.range.upperBound..<position
            guard gap.count <= maxGap, sameClause(gap) else { return nil }
            return index
        }
        return nil
    }

    /// The index of the first mention starting after `position`, within `maxGap` tokens and the same clause.
    func mentionAfter(_ position: Int, maxGap: Int, actorsOnly: Bool = true) -> Int? {
        for index in mentions.indices where mentions[index].range.lowerBound >= position {
            let mention = mentions[index]
            let gap = position..<mention.range.lowerBound
            guard gap.count <= maxGap, sameClause(gap) else { return nil }
            if actorsOnly && !mention.canAct { continue }
            return index
        }
        return nil
    }

    /// "called on Shamir and Arafat to end the violence", "called on Tokyo for restraint": whether the clause
    /// after `position` asks something of those it names. "Called on Kaifu in Tokyo" asks nothing: a visit.
    func asksSomething(after position: Int) -> Bool {
        let end = min(sentence.range.upperBound, position + 14)
        for index in position..<end {
            if isClauseBreak(index)
                || tokens[index].text == ","
                    && !mentions.contains(where: {
                        $0.range.lowerBound == index + 1
                    })
            {
                return false
            }
            if ["to", "for"].contains(tokens[index].lower) { return true }
        }
        return false
    }

    static let connectors: Set<String> = ["and", ",", "&"]
    static let followers: Set<String> = [
        "and", "in", "on", "at", "to", "for", "of", "during", "about", "who", "which",
        "from", "with", "'s", "as", "after", "before", "over", "by",
    ]
    static let joiners: Set<String> = [
        "and", ",", "&", "the", "his", "her", "its", "their", "counterpart", "counterparts", "visiting",
    ]

    /// Extends a mention into its coordination: "X, Y and Z", walking left or right.
    ///
    /// Titles and country adjectives may stand between ("his Israeli counterpart, Ariel Sharon, and the
    /// Palestinian leader, Mahmoud Abbas"); walking left, a bare comma joins only after an "and" did,
    /// so that "Before meeting with Bush, the Crown Prince" stays two groups.
    func coordinated(from index: Int, leftward: Bool) -> [Int] {
        var group = [index]
        var current = index
        var sawAnd = false
        var next = leftward ? current - 1 : current + 1
        while mentions.indices.contains(next) {
            // "Bello, who heads the regional bloc, Dube and Kaba": the clause's own names are no part.
            if leftward, let head = relativeClauseHead(before: mentions[current].range.lowerBound), head < next {
                if mentions[head].entity != mentions[current].entity { group.append(head) }
                sawAnd = true
                current = head
                next = head - 1
                continue
            }
            let candidate = mentions[next]
            if !candidate.canAct {
                guard candidate.form == .demonym else { break }
                next = leftward ? next - 1 : next + 1
                continue
            }
            let (gapStart, gapEnd) =
                leftward
                ? (candidate.range.upperBound, mentions[current].range.lowerBound)
                : (mentions[current].range.upperBound, candidate.range.lowerBound)
            // A mention nested in or overlapping the current one ("Chinese" inside a longer name) leaves no gap
            // to read: it is part of the same words, so walk past it.
            guard gapStart <= gapEnd else {
                next = leftward ? next - 1 : next + 1
                continue
            }
            guard let words = joiningWords(in: gapStart..<gapEnd) else { break }
            let hasAnd =
                words.contains("and") || words.contains("&") || words == ["together", "with"]
                || words == ["along", "with"] || words == ["as", "well", "as"]
            let hasComma = words.contains(",")
            guard !words.isEmpty, words.count <= 6, hasAnd || hasComma,
                !(leftward && !hasAnd && !sawAnd)
            else { break }
            if hasAnd { sawAnd = true }
            if !leftward, startsAnotherClause(after: candidate, hasAnd: hasAnd, hasComma: hasComma) { break }
            if candidate.entity != mentions[current].entity { group.append(next) }
            current = next
            next = leftward ? next - 1 : next + 1
        }
        return leftward ? group.reversed() : group
    }

    /// The words between two mentions when each may join a coordination (a comma, "and", a determiner, a
    /// title, "as well as"); nil when another word stands there. Country adjectives are passed over.
    private func joiningWords(in gap: Range<Int>) -> [String]? {
        var words: [String] = []
        let description = descriptionOfName(endingAt: gap.upperBound, from: gap.lowerBound)
        for position in gap {
            if mentions.contains(where: { $0.form == .demonym && $0.range.contains(position) }) { continue }
            if description.contains(position) { continue }
            let word = tokens[position].lower
            guard
                Self.joiners.contains(word) || knowledge.titles.match(tokens, at: position, end: position + 1) != nil
                    || word == "as" || word == "well" || word == "together" || word == "along" || word == "with"
                    || namesFieldOfOffice(at: position)
            else { return nil }
            words.append(word)
        }
        return words
    }

    /// "and banker Luis Paz", "and ex-police officer Juan Soto": lower-case nouns, and the words they are made of,
    /// right before a name, that describe whom it names; empty when there are none or more than four words.
    private func descriptionOfName(endingAt end: Int, from lower: Int) -> Range<Int> {
        guard mentions.contains(where: { $0.range.lowerBound == end && $0.form == .name }) else { return end..<end }
        var start = end
        while start > lower, end - start < 4,
            tokens[start - 1].text == "-"
                || !tokens[start - 1].isCapitalized
                    && (tags[start - 1]?.isNoun == true || start < end && tokens[start].text == "-")
        {
            start -= 1
        }
        guard start < end, tags[end - 1]?.isNoun == true else { return end..<end }
        return start..<end
    }

    /// "and rebel leader X", "and the separatist Abkhaz leader Y": lower-case nouns or adjectives before an
    /// office, country adjectives among them, name its field.
    private func namesFieldOfOffice(at position: Int) -> Bool {
        var cursor = position
        while cursor < sentence.range.upperBound, cursor - position < 4 {
            if knowledge.titles.match(tokens, at: cursor, end: cursor + 1) != nil { return cursor > position }
            // "the exiled Chilean leader Ana Ruiz": the office opens the holder's own mention.
            if let named = mentions.first(where: { $0.range.lowerBound == cursor && $0.form != .demonym }) {
                return cursor > position
                    && named.range.prefix(3).contains { knowledge.titles.match(tokens, at: $0, end: $0 + 1) != nil }
            }
            let modifies =
                mentions.contains(where: { $0.form == .demonym && $0.range.contains(cursor) })
                || !tokens[cursor].isCapitalized
                    && (tags[cursor]?.isNoun == true || [.adjective, .pastParticiple].contains(tags[cursor]))
            guard modifies else { return false }
            cursor += 1
        }
        return false
    }

    /// Walking right, whether the mention joined opens a clause of its own rather than continuing the list.
    private func startsAnotherClause(after candidate: Mention, hasAnd: Bool, hasComma: Bool) -> Bool {
        guard candidate.range.upperBound < sentence.range.upperBound else { return false }
        // "met Camdessus, and Argentine economy minister Sourrouille said": ", and" opening a new clause.
        if hasAnd, hasComma {
            let after = tokens[candidate.range.upperBound]
            if after.shape == .word, !after.isCapitalized, !Self.followers.contains(after.lower) { return true }
        }
        // "a meeting with President Hayes, West German officials said": the next name is the reporter.
        return !hasAnd
            && knowledge.reportingCues.match(tokens, at: candidate.range.upperBound, end: sentence.range.upperBound)
                != nil
    }

    /// The person a relative clause ending right before `position` describes: "Obasanjo" in "Obasanjo,
    /// who chairs the African Union, Mbeki".
    private func relativeClauseHead(before position: Int) -> Int? {
        let lower = sentence.range.lowerBound
        var cursor = position - 1
        if cursor > lower, tokens[cursor].lower == "and" { cursor -= 1 }
        guard cursor > lower, tokens[cursor].text == "," else { return nil }
        var index = cursor - 1
        while index > lower + 1, cursor - index <= 12 {
            let word = tokens[index]
            if word.text == "," || isClauseBreak(index) { return nil }
            if ["who", "which"].contains(word.lower), tokens[index - 1].text == "," {
                return mentions.indices.last {
                    mentions[$0].range.upperBound == index - 1 && mentions[$0].canAct
                }
            }
            index -= 1
        }
        return nil
    }
}
