import ParleyModel
import ParleyTagging

/// Who speaks: the mention a reporting word's form attaches as its speaker.
extension StatementFinder {
    func speaker(for cue: ReportingCue, at cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        switch cue.form {
        case .source:
            return context.mentionAfter(cueRange.upperBound, maxGap: 1)
                ?? locatedBody(after: cueRange.upperBound, context)
        case .noun:
            // "condemnation by Iran, Syria and Iraq", "the proposal made by Chile": the speakers follow.
            if let by = agentPreposition(after: cueRange.upperBound, context) {
                return context.mentionAfter(by + 1, maxGap: 1)
            }
            if let subject = speakerOfSpeechNoun(at: cueRange, context) { return subject }
            guard let before = context.mentionBefore(cueRange.lowerBound, maxGap: 0, actorsOnly: false) else {
                return nil
            }
            let mention = context.mentions[before]
            return mention.isPlace ? nil : before
        case .verb:
            return ownerOfVerbUsedAsNoun(cueRange, context) ?? speaker(ofVerb: cueRange, context)
        }
    }

    /// The "by" or "from" that introduces a noun's agent, at once, or "by" after a participle ("made by").
    private func agentPreposition(after position: Int, _ context: SentenceContext) -> Int? {
        let end = context.sentence.range.upperBound
        // "a statement from the ministry", "assurances from President X": "from" names the source as "by" does.
        if position < end, ["by", "from"].contains(context.tokens[position].lower) { return position }
        // "a statement issued by", "the proposal put forward by": a verb that lends the noun to its agent; "an
        // accusation denied by" reports the denial, "the threat posed by" no speech.
        guard position + 1 < end, context.tags[position] == .pastParticiple,
            context.knowledge.lightVerbs.contains(context.tokens[position].lower)
        else { return nil }
        if context.tokens[position + 1].lower == "by" { return position + 1 }
        // "put forward by", "drawn up by", "issued jointly by": a particle or an adverb may come first.
        guard position + 2 < end, [.particle, .adverb].contains(context.tags[position + 1]),
            context.tokens[position + 2].lower == "by"
        else { return nil }
        return position + 2
    }

    /// "according to the Paris-based agency X": the body after a place that only says where it is.
    private func locatedBody(after position: Int, _ context: SentenceContext) -> Int? {
        guard
            let place = context.mentions.first(where: {
                $0.isPlace && $0.range.lowerBound >= position && $0.range.lowerBound - position <= 1
            }),
            context.knowledge.locatingCompound(
                at: place.range.upperBound, in: context.tokens, end: context.sentence.range.upperBound)
        else { return nil }
        return context.mentionAfter(place.range.upperBound + 2, maxGap: 0)
    }

    /// The speaker of a verb of speech: its subject, an agent after a passive, or the name after an inverted
    /// verb ('"...," said Qin').
    private func speaker(ofVerb cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let previous =
            cueRange.lowerBound > context.sentence.range.lowerBound ? tokens[cueRange.lowerBound - 1].text : ""
        // "missile warning data": a word in -ing reports speech only as a participle or a progressive.
        let next = cueRange.upperBound < context.sentence.range.upperBound ? tokens[cueRange.upperBound].lower : ""
        // "ended the talks by urging": a participle after "by" is the means of the sentence's subject.
        let opensClause = previous == "," || previous.lowercased() == "by"
        if tokens[cueRange.lowerBound].lower.hasSuffix("ing"),
            !(opensClause || ["is", "was", "were", "are", "been", "be", "as"].contains(previous.lowercased())
                || next == ":" || next == "that")
        {
            // "gave a thinly veiled warning": the noun, said by the subject of its light verb.
            return speakerOfSpeechNoun(at: cueRange, context)
        }
        // "rebuffed by the rebels", "an accusation denied by Syria": a participle's agent follows "by", and
        // without one no one named speaks.
        if next == "by",
            tokens[cueRange.upperBound - 1].lower.hasSuffix("ed")
                || context.tags[cueRange.upperBound - 1] == .pastParticiple
        {
            return context.mentionAfter(cueRange.upperBound + 1, maxGap: 1)
        }
        // "quoted energy minister Huayta as saying": the one quoted speaks.
        if previous.lowercased() == "as", tokens[cueRange.lowerBound].lower == "saying",
            let quoted = context.mentionBefore(cueRange.lowerBound - 1, maxGap: 0)
                ?? subjectQuoted(before: cueRange, context)
        {
            return quoted
        }
        // ", saying ...", ", adding ...": the participle's speaker is the subject of the sentence; so is
        // the speaker of a verb joined to the first ("Modi met Hollande in Paris and announced a deal").
        if opensClause, previous != ",", tokens[cueRange.lowerBound].lower.hasSuffix("ing") {
            return firstActor(before: cueRange.lowerBound, context).flatMap { opensTheSentence($0, context) ? $0 : nil }
        }
        if previous == ",", tokens[cueRange.lowerBound].lower.hasSuffix("ing") {
            return reporter(endingAt: cueRange.lowerBound - 1, context)
                ?? firstActor(before: cueRange.lowerBound, context)
                ?? spokesPersonOpening(before: cueRange.lowerBound, context)
        }
        if ["and", "but"].contains(previous.lowercased()), let first = subjectOfJoinedVerb(cueRange, context) {
            return first
        }
        // "Britain and China were also asked": the subject of a passive is asked, not asking.
        if isPassive(cueRange, context) {
            if cueRange.upperBound < context.sentence.range.upperBound, tokens[cueRange.upperBound].lower == "by" {
                return context.mentionAfter(cueRange.upperBound + 1, maxGap: 1)
            }
            return nil
        }
        // "Moi, who afterwards appealed": the relative pronoun stands for the name before it.
        let whoWindow = max(context.sentence.range.lowerBound + 1, cueRange.lowerBound - 3)
        if whoWindow < cueRange.lowerBound,
            let who = (whoWindow..<cueRange.lowerBound)
                .first(where: { tokens[$0].lower == "who" && tokens[$0 - 1].text == "," }),
            let before = context.mentionBefore(who - 1, maxGap: 0)
        {
            return before
        }
        if previous == ",", let included = speakerIncluded(before: cueRange.lowerBound - 1, context) {
            return included
        }
        return subject(ofVerb: cueRange, previous: previous, context)
    }

    /// '"...," Soto said, urging Lima to act', '..., said Soto, demanding that ...': the speaker of the report the
    /// participle's comma closes.
    private func reporter(endingAt comma: Int, _ context: SentenceContext) -> Int? {
        if let cue = speechVerbStart(endingAt: comma, context) {
            return context.mentionBefore(cue, maxGap: 0, subjectsOnly: true)
        }
        guard let named = context.mentionBefore(comma, maxGap: 0, subjectsOnly: true),
            speechVerbStart(endingAt: context.mentions[named].range.lowerBound, context) != nil
        else { return nil }
        return named
    }

    /// Where a verb of speech ending right before `end` starts, if one does.
    private func speechVerbStart(endingAt end: Int, _ context: SentenceContext) -> Int? {
        (max(context.sentence.range.lowerBound, end - 2)..<end).first { start in
            context.knowledge.reportingCues.match(context.tokens, at: start, end: end).map {
                start + $0.length == end && $0.value.form == .verb
            } ?? false
        }
    }

    /// "Critics, including Chile's Ana Ruiz, suggest": the ones named among an unnamed many speak.
    private func speakerIncluded(before comma: Int, _ context: SentenceContext) -> Int? {
        guard let last = context.mentionBefore(comma, maxGap: 0), !context.mentions[last].isPossessive,
            let first = context.coordinated(from: last, leftward: true).first
        else { return nil }
        var cursor = context.mentions[first].range.lowerBound - 1
        if let owner = context.mentionBefore(cursor + 1, maxGap: 0), context.mentions[owner].isPossessive {
            cursor = context.mentions[owner].range.lowerBound - 1
        }
        guard cursor - 1 >= context.sentence.range.lowerBound, context.tokens[cursor].lower == "including",
            context.tokens[cursor - 1].text == ","
        else { return nil }
        return last
    }

    /// "Huayta was quoted by the radio as saying": the subject of a passive "quoted" speaks.
    private func subjectQuoted(before cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        guard
            let quoted = (max(lower + 1, cueRange.lowerBound - 12)..<cueRange.lowerBound).last(where: {
                context.tokens[$0].lower == "quoted" && Self.passiveAuxiliaries.contains(context.tokens[$0 - 1].lower)
            })
        else { return nil }
        return context.mentionBefore(quoted - 1, maxGap: 0)
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being"]

    /// "Modi met Hollande in Paris and announced a deal": the sentence's first actor, a person opening it,
    /// speaks for a verb joined to the first.
    private func subjectOfJoinedVerb(_ cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        guard let first = firstActor(before: cueRange.lowerBound, context),
            entities[context.mentions[first].entity].kind == .person,
            opensSentence(context.mentions[first].range.lowerBound, context),
            // "Merkel arrived in Paris, where Hollande greeted her and said": the relative clause's own.
            !(context.mentions[first].range.upperBound..<cueRange.lowerBound).contains(where: {
                ["where", "who", "which", "when"].contains(context.tokens[$0].lower)
            })
        else { return nil }
        return first
    }

    /// Whether the verb is passive: "were also asked", "has been told".
    private func isPassive(_ cueRange: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        return ["was", "were", "been", "being", "be"].contains(
            tokens[max(context.sentence.range.lowerBound, cueRange.lowerBound - 1)].lower)
            || cueRange.lowerBound - 2 >= context.sentence.range.lowerBound
                && ["was", "were", "been", "being"].contains(tokens[cueRange.lowerBound - 2].lower)
    }

    /// The subject before a verb of speech, past its auxiliaries and appositions; else the name after an
    /// inverted verb.
    private func subject(ofVerb cueRange: Range<Int>, previous: Substring, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        // "X, who met Y last month, has said", "ASEAN (the group) said", "Britain, France and Germany -
        // the so-called EU-3 - urged": the subject ends before the auxiliary, bracket or dash.
        let verbStart = subjectEnd(before: cueRange.lowerBound, context)
        if verbStart < cueRange.lowerBound, tokens[verbStart].text != ",",
            let named = context.mentionBefore(verbStart, maxGap: 0, subjectsOnly: true),
            !context.quoted.contains(context.mentions[named].range.lowerBound),
            !context.mentions[named].isPossessive
        {
            return memberSpeaking(for: named, context) ?? named
        }
        if let named = nameClosedByComma(before: verbStart, context) { return named }
        // "X, the world's biggest oil exporter, has asked": the speaker stands before the appositive,
        // and when no actor stands there ("Citibank, the chairman of ..., said") there is none.
        if let appositiveStart = appositiveStart(before: verbStart, context) {
            guard let before = context.mentionBefore(appositiveStart, maxGap: 0),
                !context.quoted.contains(context.mentions[before].range.lowerBound),
                !context.mentions[before].isPossessive
            else { return nil }
            return context.actorDescribed(byAppositiveHolding: before) ?? before
        }
        if let before = nearSubject(before: cueRange.lowerBound, context) { return before }
        // Inverted: '"...," said Qin' or ', said the minister'.
        if previous == "," || SentenceContext.quotes.contains(previous) || previous == "\u{201D}" || previous == "'" {
            return speakerAfterInvertedVerb(cueRange, context)
        }
        return nil
    }

    /// "The Czech foreign minister, Jan Kavan, said": the whole naming closes with the comma; "the boy's
    /// great-uncle, Lazaro Gonzalez, denied": a person named in apposition to a description.
    private func nameClosedByComma(before verbStart: Int, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let previousWord = verbStart > context.sentence.range.lowerBound ? tokens[verbStart - 1].text : ""
        guard previousWord == ",", let named = context.mentionBefore(verbStart - 1, maxGap: 0),
            !context.mentions[named].isPossessive
        else { return nil }
        let mention = context.mentions[named]
        let wholeNaming = mention.range.contains { tokens[$0].text == "," }
        // "the leader of the Greens, Ana Ruiz, said": a body or a state may close the description.
        let apposition =
            entities[mention.entity].kind == .person
            && mention.range.lowerBound > context.sentence.range.lowerBound
            && tokens[mention.range.lowerBound - 1].text == ","
            && context.mentionBefore(mention.range.lowerBound - 1, maxGap: 0).map {
                entities[context.mentions[$0].entity].kind != .person
            } ?? true
        return wholeNaming || apposition ? named : nil
    }

    /// The actor a few words before the verb, with no comma, quotation mark, relative pronoun or other verb of
    /// speech between: "Solberg will visit Santiago in May, her office said": past a comma the subject is
    /// another.
    private func nearSubject(before position: Int, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        guard let before = context.mentionBefore(position, maxGap: 6, subjectsOnly: true),
            !context.quoted.contains(context.mentions[before].range.lowerBound),
            !context.mentions[before].isPossessive,
            !(context.mentions[before].range.upperBound..<position).contains(where: {
                tokens[$0].text == ","
            })
        else { return nil }
        let gap = context.mentions[before].range.upperBound..<position
        let blocked =
            gap.contains {
                SentenceContext.quotes.contains(tokens[$0].text) || Self.blockers.contains(tokens[$0].lower)
            }
            || gap.contains {
                context.knowledge.reportingCues.match(tokens, at: $0, end: position) != nil
            }
        return blocked ? nil : memberSpeaking(for: before, context) ?? before
    }

    /// "Wang Li of the Traffic Bureau said": the person a body's mention completes speaks, not the body;
    /// "Peruvian diplomats at the United Nations said": the people of a state placed at a body speak for the state.
    private func memberSpeaking(for body: Int, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        var link = context.mentions[body].range.lowerBound - 1
        if link > context.sentence.range.lowerBound, tokens[link].lower == "the" { link -= 1 }
        guard link > context.sentence.range.lowerBound,
            entities[context.mentions[body].entity].kind == .organization,
            let before = context.mentions.firstIndex(where: { $0.range.upperBound == link })
        else { return nil }
        switch (entities[context.mentions[before].entity].kind, tokens[link].lower) {
        case (.person, "of"), (.person, "with"), (.person, "from"): return before
        case (.country, "at"), (.country, "in"):
            let last = context.mentions[before].range.upperBound - 1
            return context.knowledge.collectiveWords.match(tokens, at: last, end: last + 1) == nil ? nil : before
        default: return nil
        }
    }

    static let finiteVerbTags: Set<PartOfSpeech?> = [.modal, .pastTenseVerb, .thirdPersonPresentVerb, .presentVerb]

    static let auxiliaries: Set<String> = [
        "has", "have", "had", "will", "would", "also", "later", "again", "previously", "repeatedly",
    ]

    /// Where the subject of a reporting verb at `position` ends: back over auxiliaries ("has said"), a
    /// bracketed abbreviation ("(ASEAN) said") and a dashed apposition ("- the so-called EU-3 - urged").
    /// At `position` itself when there is nothing to pass over.
    func subjectEnd(before position: Int, _ context: SentenceContext) -> Int {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        var cursor = position
        // "had earlier said", "has publicly said": an adverb may stand among the auxiliaries.
        while cursor > lower,
            Self.auxiliaries.contains(tokens[cursor - 1].lower)
                || [.adverb, .comparativeAdverb].contains(context.tags[cursor - 1]) && !tokens[cursor - 1].isCapitalized
        {
            cursor -= 1
        }
        guard cursor > lower else { return position }
        let closing = tokens[cursor - 1].text
        if closing == ")" || closing == "-" && context.isClauseBreak(cursor - 1) {
            let opening = closing == ")" ? "(" : "-"
            var back = cursor - 2
            while back > lower, cursor - back <= 10 {
                if tokens[back].text == opening, opening == "(" || context.isClauseBreak(back) { return back }
                if SentenceContext.quotes.contains(tokens[back].text) { break }
                back -= 1
            }
        }
        return cursor
    }

    /// The first actor of the sentence, outside quotes: who a participle clause speaks for.
    func firstActor(before position: Int, _ context: SentenceContext) -> Int? {
        context.mentions.indices.first { index in
            let mention = context.mentions[index]
            return mention.canAct && mention.range.upperBound <= position && !mention.isPossessive
                && !context.quoted.contains(mention.range.lowerBound)
        }
    }

    /// "Paz ...", "The Sudanese government ...", "Thus, Paz ...": a mention the sentence opens on, after a determiner or
    /// an adverb at most.
    private func opensTheSentence(_ mention: Int, _ context: SentenceContext) -> Bool {
        (context.sentence.range.lowerBound..<context.mentions[mention].range.lowerBound).allSatisfy {
            [.determiner, .adverb].contains(context.tags[$0]) || context.tokens[$0].text == ","
        }
    }

    /// "Ruiz's spokesman was more confident, saying": the mention of the person whose spokesman is the sentence's
    /// first actor.
    private func spokesPersonOpening(before position: Int, _ context: SentenceContext) -> Int? {
        guard let owner = context.mentions.firstIndex(where: { $0.canAct && $0.range.upperBound < position }),
            context.mentions[owner].isPossessive,
            spokesPerson(before: context.mentions[owner].range.upperBound + 1, context) != nil
        else { return nil }
        return owner
    }

    /// Whether only a dateline ("BEIJING, April 10 (Xinhua) --") comes before `position`: no lower-case word.
    func opensSentence(_ position: Int, _ context: SentenceContext) -> Bool {
        !(context.sentence.range.lowerBound..<position).contains { index in
            context.tokens[index].isWordLike && !context.tokens[index].isCapitalized
                && context.tokens[index].text.contains(where: \.isLowercase)
        }
    }
}
