/// Bodies named by the shape of their name, where a plain run of capitalized words does not reach: names
/// joined by "and", a possessive or a hyphen ("Construction and Transportation Ministry", "Lord's Resistance
/// Army", "Russia-NATO Council"), and names opening on a known state or body ("Kenya Wind Power Agency",
/// "UN Forestry Program").
extension MentionFinder {
    /// The body a name at `i` makes: capitalized words ending on a word that heads a body's name.
    func bodyByName(at i: Int, end: Int, entities: inout EntityTable, allCaps: Bool) -> Mention? {
        guard !allCaps, !lowered, tokens[i].isCapitalized, tokens[i].isWordLike,
            !knowledge.sentenceOpeners.contains(tokens[i].lower),
            // "Former National Security Council official X": the office's word opens no body's name.
            !knowledge.officeModifiers.contains(tokens[i]),
            let run = bodyNameRun(from: i, end: end, entities: entities), run.needsReader
        else { return nil }
        let (nameEnd, country) = bodyNameExtent(after: run.end, end: end)
        let index = entities.organization(
            text(i..<nameEnd), country: run.country ?? country, alias: nil, namedAsWritten: true)
        return finish(i..<nameEnd, index, .name, isPlace: false, end: end)
    }

    /// The words of a body's name: where they end on its head word, the state a leading country's name gives,
    /// and whether the plain name reader could not have read them.
    struct BodyNameRun {
        var end: Int
        var country: String?
        var needsReader: Bool
    }

    private func bodyNameRun(from start: Int, end: Int, entities: EntityTable) -> BodyNameRun? {
        var run = BodyNameRun(end: start, country: nil, needsReader: false)
        var cursor = start
        var headEnd: Int?
        var words = 0
        var afterKnownName = false
        // "U.S. State Department": a known body at the end of the run is read as known.
        var knownBodyEnd: Int?
        while cursor < end, cursor - start < 10 {
            let token = tokens[cursor]
            if token.isCapitalized, token.isWordLike, !isCalendarWord(token) {
                if let known = gazetteerCache.match(tokens, at: cursor, end: end) {
                    let knownEnd = cursor + known.length
                    // "Herders Liberation Army": a kind of body every state has, named by the words before it.
                    let namedGenericBody = known.value.isGenericBody && cursor > start && !afterKnownName
                    if case .country(let code, let form) = known.value {
                        if cursor == start, form != .capital, !joinedByHyphen(after: knownEnd - 1) {
                            run.country = code
                        }
                    } else if !namedGenericBody {
                        knownBodyEnd = knownEnd
                    }
                    headEnd = namedGenericBody ? knownEnd : nil
                    afterKnownName = !namedGenericBody
                    run.needsReader = true
                    cursor = knownEnd
                    words += 1
                    continue
                }
                switch nameHead(start..<(cursor + 1)) {
                case .head?: headEnd = cursor + 1
                case .media?, .company?, .institution?, .occasion?, .place?, .thing?: return nil
                default: headEnd = nil
                }
                words += 1
                cursor += 1
                afterKnownName = false
            } else if cursor > start,
                joinsNameWords(
                    at: cursor, end: end,
                    afterKnownName: afterKnownName || entities.person(bySurname: tokens[cursor - 1].lower) != nil)
            {
                run.needsReader = true
                cursor += 1
            } else {
                break
            }
        }
        guard let headEnd, headEnd == cursor, words >= 2, knownBodyEnd != cursor else { return nil }
        if words > 4 { run.needsReader = true }
        run.end = headEnd
        return run
    }

    /// What the last word of a name makes of it; a word of news before it makes an outlet: "Kyodo News
    /// Agency" is no body of a state.
    func nameHead(_ run: Range<Int>) -> CollectiveWord? {
        guard let last = run.last else { return nil }
        // "National Exhibition Center": two words may end a name together, and outrank the last alone.
        let pair = last > run.lowerBound ? knowledge.collectiveWords.match(tokens, at: last - 1, end: last + 1) : nil
        if let pair, pair.length == 2 { return pair.value }
        let head = knowledge.collectiveWords.match(tokens, at: last, end: last + 1)?.value
        guard head == .head else { return head }
        let outlet = run.dropLast().contains {
            knowledge.collectiveWords.match(tokens, at: $0, end: $0 + 1)?.value == .media
        }
        return outlet ? .media : head
    }

    /// "and", "&", a possessive or a hyphen between two capitalized words of one name.
    /// "Japan's Defense Agency", "Kabila's Alliance" are a state's or a person's body, not names with a
    /// possessive in them.
    private func joinsNameWords(at index: Int, end: Int, afterKnownName: Bool) -> Bool {
        guard index + 1 < end, tokens[index + 1].isCapitalized, tokens[index - 1].isCapitalized else { return false }
        switch tokens[index].lower {
        // "the House and Senate" are two bodies.
        case "and", "&": return !afterKnownName && gazetteerCache.match(tokens, at: index + 1, end: end) == nil
        case "'s", "'": return !afterKnownName && tokens[index].start == tokens[index - 1].end
        case "-": return joinedByHyphen(after: index - 1)
        default: return false
        }
    }

    func joinedByHyphen(after index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index + 1].text == "-" && tokens[index + 1].start == tokens[index].end
            && tokens[index + 2].start == tokens[index + 1].end
    }

    /// "(LRA)" right after a body's name: the abbreviation the article goes on to use for it.
    func bracketedAbbreviation(after nameEnd: Int, end: Int) -> String? {
        guard nameEnd + 2 < end, tokens[nameEnd].text == "(", tokens[nameEnd + 2].text == ")",
            tokens[nameEnd + 1].isAllCaps, tokens[nameEnd + 1].characterCount >= 2
        else { return nil }
        return String(tokens[nameEnd + 1].text)
    }

    /// "the LRA", "LRA rebels": an abbreviation the article gave in brackets after a body's name.
    func abbreviatedBody(at i: Int, end: Int, entities: EntityTable) -> Mention? {
        guard tokens[i].isAllCaps, let index = entities.organization(byAbbreviation: String(tokens[i].text)) else {
            return nil
        }
        // "(LRA)" itself is part of the name's mention.
        if i > 0, tokens[i - 1].text == "(" { return nil }
        return finish(i..<(i + 1), index, .reference, isPlace: false, end: end)
    }

    /// Where a body's name ends after its head word, and the state it names there: "Advisory Committee on
    /// Religious Freedom Abroad" runs on through "on", "for" or "of" and capitalized words; "Tourism Authority of
    /// Chile" is one name and Chile's body, not Chile acting; "Commission on the Limits of the Continental
    /// Shelf" runs through "the" and a second "of".
    func bodyNameExtent(after headEnd: Int, end: Int) -> (end: Int, country: String?) {
        guard headEnd + 1 < end, ["on", "for", "of"].contains(tokens[headEnd].lower) else { return (headEnd, nil) }
        if tokens[headEnd].lower == "of" {
            // "Standing Committee of the National People's Congress": a body of a known body is one name.
            let bodyStart = tokens[headEnd + 1].lower == "the" ? headEnd + 2 : headEnd + 1
            if let known = gazetteerCache.match(tokens, at: bodyStart, end: end), tokens[bodyStart].isCapitalized {
                switch known.value {
                case .organization: return (bodyStart + known.length, nil)
                case .country(let code, .name) where bodyStart == headEnd + 1: return (bodyStart + known.length, code)
                default: break
                }
            }
        }
        var cursor = headEnd + 1
        if tokens[cursor].lower == "the", cursor + 1 < end { cursor += 1 }
        guard tokens[cursor].isCapitalized, tokens[cursor].shape == .word,
            gazetteerCache.match(tokens, at: cursor, end: end) == nil
        else { return (headEnd, nil) }
        while cursor < end, cursor - headEnd <= 8 {
            if tokens[cursor].isCapitalized, tokens[cursor].shape == .word, !isCalendarWord(tokens[cursor]) {
                cursor += 1
            } else if ["and", "&", "'s", "of", "the"].contains(tokens[cursor].lower), cursor + 1 < end,
                tokens[cursor + 1].isCapitalized
                    || tokens[cursor + 1].lower == "the" && cursor + 2 < end
                        && tokens[cursor + 2].isCapitalized
            {
                cursor += 1
            } else {
                break
            }
        }
        // "the Energy Committee on Tuesday": a preposition with no name after it is no part of the body's.
        return cursor > headEnd + 1 ? (cursor, nil) : (headEnd, nil)
    }
}
