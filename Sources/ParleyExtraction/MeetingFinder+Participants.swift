import ParleyModel

/// Who takes part: the subject of a meeting word, the pair "the two" stands for, coordinated people.
extension MeetingFinder {
    static let clauseVerbs: Set<String> = [
        "would", "will", "has", "had", "was", "is", "said", "says", "also", "could",
        "did", "told", "might", "should", "may",
    ]

    /// Whose "his talks": the nearest person that is the subject of a clause ("Arafat would inform
    /// King Hussein about his talks" is Arafat's).
    func ownerOfPronoun(before position: Int, _ context: SentenceContext) -> Int? {
        for index in context.mentions.indices.reversed() where context.mentions[index].range.upperBound <= position {
            let mention = context.mentions[index]
            guard mention.canAct, entities[mention.entity].kind == .person,
                !context.quoted.contains(mention.range.lowerBound),
                mention.range.upperBound < context.sentence.range.upperBound
            else { continue }
            if Self.clauseVerbs.contains(context.tokens[mention.range.upperBound].lower) { return index }
        }
        return nil
    }

    /// The person a sentence opens with, as the doer of a meeting noun far from any other actor
    /// ("Mbeki, who has been named mediator, discussed the crisis in talks with Chirac").
    func openingPerson(before position: Int, _ context: SentenceContext) -> Int? {
        // Only a dateline ("LONDON, March 22 -", "JAKARTA, Indonesia (AP) —") or an opening quote may come
        // before the person: no word in lower case.
        guard let first = context.mentions.indices.first, context.mentions[first].canAct,
            !context.mentions[first].isPossessive,
            (context.sentence.range.lowerBound..<context.mentions[first].range.lowerBound).allSatisfy({
                !context.tokens[$0].isWordLike || context.tokens[$0].isCapitalized
            }),
            context.mentions[first].range.upperBound <= position,
            entities[context.mentions[first].entity].kind == .person,
            context.sameClause(context.mentions[first].range.upperBound..<position)
        else { return nil }
        return first
    }

    /// The first person the sentence names outside quotes: its subject, as far as words tell.
    func sentenceSubject(before position: Int, _ context: SentenceContext) -> Int? {
        context.mentions.indices.first { index in
            let mention = context.mentions[index]
            return mention.canAct && mention.range.upperBound <= position && entities[mention.entity].kind == .person
                && !context.quoted.contains(mention.range.lowerBound)
        }
    }

    /// The subject of a meeting verb: the nearest actor before it, passing over a possessive
    /// ("critical of Netanyahu's policies, and has met") to the person the sentence opens with.
    func verbSubject(before position: Int, _ context: SentenceContext) -> Int? {
        if let index = relativeSubject(before: position, context) { return index }
        // "left the ministry after meeting Ruiz": a participle after an opener is the acting subject's.
        if position - 1 > context.sentence.range.lowerBound,
            context.knowledge.clauseOpeners.contains(context.tokens[position - 1].lower),
            context.tags[position] == .gerund, let index = actingSubject(before: position - 1, context)
        {
            return index
        }
        if let index = context.subjectAcrossInsertion(before: position) { return index }
        if let object = witnessed(before: position, context) { return object }
        if let index = subjectBefore(position, context), !context.mentions[index].isPossessive { return index }
        return openingPerson(before: position, context)
    }

    /// "a visit which saw him meeting X", "saw Soto meeting Paz": the one seen right before a participle at
    /// `position`, who does what it tells.
    func witnessed(before position: Int, _ context: SentenceContext) -> Int? {
        guard context.tokens[position].lower.hasSuffix("ing"), let object = context.mentionBefore(position, maxGap: 0),
            context.mentions[object].range.lowerBound > context.sentence.range.lowerBound,
            context.knowledge.witnessVerbs.contains(context.tokens[context.mentions[object].range.lowerBound - 1].lower)
        else { return nil }
        return object
    }

    /// The people of a coordinated subject ("she and Soviet Premier Ryzhkov") for a meeting noun after
    /// "during", "in" or "at" that names no counterpart.
    func coordinatedPeople(before position: Int, _ context: SentenceContext) -> [Int]? {
        let lower = context.sentence.range.lowerBound
        var cursor = position - 1
        // "border talks", "trade talks": a common noun or two may tell what the talks are about.
        while cursor > lower, position - cursor <= 2, context.tags[cursor] == .noun { cursor -= 1 }
        // "opened two days of talks", "began a new round of talks": a measure may stand before the noun.
        if cursor - 1 > lower, context.tokens[cursor].lower == "of" {
            var start = cursor - 1
            while start > lower, cursor - start < 5,
                !context.knowledge.encounterVerbs.contains(context.tokens[start].lower)
            {
                start -= 1
            }
            if context.knowledge.encounterVerbs.contains(context.tokens[start].lower) { cursor = start }
        }
        // "started their bilateral talks": after "their", words the tagger reads as adjectives may stand before
        // the noun ("at a European summit" stays a place, not the pair's summit).
        // "held a closed-door meeting", "had a two-hour meeting": hyphened words and numbers are modifiers too.
        var modifiers = cursor
        while modifiers > lower, position - modifiers <= 6, context.isNounModifier(at: modifiers) { modifiers -= 1 }
        // "held a closed-door meeting": after a verb of encounter an article may open the modifiers too.
        let afterEncounterVerb =
            modifiers > lower && context.knowledge.encounterVerbs.contains(context.tokens[modifiers - 1].lower)
            && ["a", "an", "the"].contains(context.tokens[modifiers].lower)
        if modifiers < cursor, context.tokens[modifiers].lower == "their" || afterEncounterVerb { cursor = modifiers }
        if cursor > lower, ["a", "the", "their", "his", "her"].contains(context.tokens[cursor].lower) { cursor -= 1 }
        cursor = beforePhase(ending: cursor, context)
        guard cursor >= lower,
            ["during", "in", "at"].contains(context.tokens[cursor].lower)
                || context.knowledge.encounterVerbs.contains(context.tokens[cursor].lower),
            let last = context.mentions.indices.last(where: {
                context.mentions[$0].range.upperBound <= cursor && context.mentions[$0].canAct
                    && !context.quoted.contains(context.mentions[$0].range.lowerBound)
            }),
            cursor - context.mentions[last].range.upperBound <= 16,
            context.sameClause(context.mentions[last].range.upperBound..<cursor)
        else { return nil }
        // "China and Vietnam opened talks": states open talks; "during talks" takes people only, as states
        // that "discussed ... at a meeting" were represented there by people the sentence does not name.
        let opened = context.knowledge.encounterVerbs.contains(context.tokens[cursor].lower)
        let sides = context.coordinated(from: last, leftward: true).map { context.mentions[$0].entity }
            .filter { entities[$0].kind == .person || opened && entities[$0].kind != .group }
        var distinct = unique(sides)
        // "Aziz told the chief inspector, Richard Butler, during talks in Baghdad": the one told and the
        // sentence's subject.
        // "Ruiz told Kessler in a phone call": the one told right after a verb of telling, too.
        let lastStart = context.mentions[last].range.lowerBound
        let toldRightBefore = lastStart > lower && Self.tellingVerbs.contains(context.tokens[lastStart - 1].lower)
        if distinct.count == 1, !opened, entities[distinct[0]].kind == .person,
            context.tokens[context.mentions[last].range.upperBound].text == "," || toldRightBefore,
            let subject = sentenceSubject(before: context.mentions[last].range.lowerBound, context),
            context.mentions[subject].entity != distinct[0]
        {
            distinct.insert(context.mentions[subject].entity, at: 0)
        }
        return distinct.count >= 2 ? distinct : nil
    }

    /// "assured Ruiz at the close of their talks": the word before "the close of", when a phase of the
    /// encounter stands between the preposition and the noun.
    private func beforePhase(ending cursor: Int, _ context: SentenceContext) -> Int {
        guard cursor - 3 >= context.sentence.range.lowerBound, context.tokens[cursor].lower == "of",
            context.knowledge.meetingPhaseNouns.contains(context.tokens[cursor - 1].lower),
            context.tokens[cursor - 2].lower == "the"
        else { return cursor }
        return cursor - 3
    }

    /// "was attended by", "were attended by": the passive names the participants after "by".
    func attendedBy(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard trigger.lowerBound > context.sentence.range.lowerBound,
            trigger.upperBound < context.sentence.range.upperBound,
            tokens[trigger.lowerBound].lower == "attended"
        else { return false }
        return ["was", "were", "been", "is", "be"].contains(tokens[trigger.lowerBound - 1].lower)
            && tokens[trigger.upperBound].lower == "by"
    }

    /// Who is named in a list of those present, from `start` to where a clause of its own begins
    /// ("..., who later criticized Japan"); the people alone when two or more are named.
    func attendees(after start: Int, _ context: SentenceContext) -> [Int] {
        let listEnd =
            (start..<context.sentence.range.upperBound).first {
                context.isClauseBreak($0)
                    || ["who", "which", "that", "where", "when"].contains(context.tokens[$0].lower)
            } ?? context.sentence.range.upperBound
        let named = context.mentions.filter {
            $0.range.lowerBound >= start && $0.range.upperBound <= listEnd && $0.canAct
                && !$0.isPossessive && !context.quoted.contains($0.range.lowerBound)
        }.map(\.entity)
        let people = named.filter { entities[$0].kind == .person }
        return people.count >= 2 ? people : named
    }

    /// "the meeting ... with the participation of X and Y": where the list after a noun of attendance begins, in
    /// the meeting noun's clause.
    func participationList(after trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 20)
        guard
            let with = (trigger.upperBound..<max(trigger.upperBound, end - 3)).first(where: { index in
                tokens[index].lower == "with" && tokens[index + 1].lower == "the"
                    && context.knowledge.attendanceNouns.contains(tokens[index + 2].lower)
                    && tokens[index + 3].lower == "of"
            }),
            context.sameClause(trigger.upperBound..<with)
        else { return nil }
        return with + 4
    }

    /// "Taking part in the talks ... were": where the list of those taking part begins.
    func takingPart(in trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        var cursor = trigger.lowerBound - 1
        if cursor >= lower, tokens[cursor].lower == "the" { cursor -= 1 }
        guard cursor - 2 >= lower, tokens[cursor].lower == "in",
            tokens[cursor - 1].lower == "part" && tokens[cursor - 2].lower == "taking"
                || tokens[cursor - 1].lower == "participating"
        else { return nil }
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 8)
        guard let verb = (trigger.upperBound..<end).first(where: { ["were", "was"].contains(tokens[$0].lower) }),
            context.sameClause(trigger.upperBound..<verb)
        else { return nil }
        return verb + 1
    }

    static let tripNouns: Set<String> = ["visit", "trip", "stay", "tour"]

    /// "during the visit", "during his stay": the trip the article has already told of, not a new one.
    func refersToTheTrip(_ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let range = context.sentence.range
        for index in range where index + 3 <= range.upperBound && tokens[index].lower == "during" {
            guard ["the", "his", "her", "this"].contains(tokens[index + 1].lower),
                Self.tripNouns.contains(tokens[index + 2].lower)
            else { continue }
            let next = index + 3 < range.upperBound ? tokens[index + 3].lower : ""
            if !["to", "in"].contains(next) { return true }
        }
        return false
    }

    /// "Alfonsin, who is beginning a visit": the name before a relative pronoun shortly before the trigger.
    func relativeSubject(before position: Int, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        var cursor = position - 1
        while cursor > lower, position - cursor <= 10 {
            if context.isClauseBreak(cursor) { return nil }
            // "Alfonsin, who", "Mottaki -- who": a comma or a dash sets the relative clause off.
            var mark = cursor - 1
            while mark > lower, context.tokens[mark].text == "-", context.tokens[mark - 1].text == "-" { mark -= 1 }
            if context.tokens[cursor].lower == "who",
                [",", "-", "--", "\u{2014}", "\u{2013}"].contains(context.tokens[mark].text)
            {
                guard let index = context.mentionBefore(mark, maxGap: 0),
                    entities[context.mentions[index].entity].kind == .person
                else { return nil }
                return index
            }
            cursor -= 1
        }
        return nil
    }

    /// "Abe, with whom he held talks", "Kovac, whom the envoy met": the mention a relative clause opening on
    /// "whom" hangs on, when the clause runs up to the meeting verb at `position`.
    func relativeCounterpart(before position: Int, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        var cursor = position - 1
        while cursor > lower, position - cursor <= 8 {
            if context.tokens[cursor].lower == "whom" {
                var comma = cursor - 1
                if context.tokens[comma].lower == "with", comma > lower { comma -= 1 }
                guard context.tokens[comma].text == ",", let antecedent = context.mentionBefore(comma, maxGap: 0),
                    context.mentions[antecedent].canAct
                else { return nil }
                return antecedent
            }
            if context.isClauseBreak(cursor) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The actor that does the meeting for "talks with Y": the nearest one before, passing over
    /// a country that is only where the subject travels ("headed for Jordan for talks with").
    func subjectBefore(_ position: Int, _ context: SentenceContext) -> Int? {
        var limit = position
        while let index = context.mentionBefore(limit, maxGap: 8) {
            let mention = context.mentions[index]
            let start = mention.range.lowerBound
            let isDestination =
                entities[mention.entity].kind == .country
                && context.knowledge.travelWordEnds(
                    at: start, in: context.tokens, from: context.sentence.range.lowerBound)
            // "dealings with Ukraine and a phone call with Trump": someone's counterpart is no subject.
            let isCounterpart = start > context.sentence.range.lowerBound && context.tokens[start - 1].lower == "with"
            // "eased visas for Pakistanis before holding talks": the object of a preposition is no subject
            // either; "of" and "by" tie a state or an agent to the phrase before ("the president of Peru"), and
            // a verb after the mention makes it a clause's subject ("after Clinton met", "that Li met").
            let end = mention.range.upperBound
            let isObject =
                start > context.sentence.range.lowerBound && context.tags[start - 1] == .preposition
                && !["of", "by"].contains(context.tokens[start - 1].lower)
                && !(end < context.sentence.range.upperBound
                    && (context.tags[end]?.isVerb == true || context.tags[end] == .modal))
            // "said Vranek, head of the OSCE mission, after talks": the body of an apposition is the person's.
            guard isDestination || isCounterpart || isObject else {
                return appositionHolder(of: index, context) ?? index
            }
            limit = start
        }
        return nil
    }

    /// The actors after ", including" in a meeting verb's object ("with several diplomats, including the
    /// envoy of Peru and Chile"), when the verb takes "with" and no other meeting word comes between.
    func includedCounterparts(
        after trigger: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> [Int]? {
        let tokens = context.tokens
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 12)
        guard
            let including = (trigger.upperBound..<end).first(where: {
                tokens[$0].lower == "including" && tokens[$0 - 1].text == ","
            }),
            (trigger.upperBound..<including).contains(where: { tokens[$0].lower == "with" })
                || tokens[trigger].contains(where: { $0.lower == "with" }),
            context.sameClause(trigger.upperBound..<including),
            !otherTriggers.contains(where: { $0.lowerBound > trigger.upperBound && $0.lowerBound < including }),
            let first = context.mentionAfter(including + 1, maxGap: 4)
        else { return nil }
        return context.coordinated(from: first, leftward: false).map { context.mentions[$0].entity }
    }

    /// The first actor after a "with" further on in the verb's clause, no other meeting word between.
    func farWith(after trigger: Range<Int>, _ otherTriggers: [Range<Int>], _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 15)
        // "met in Paris to discuss relations with China": the "with" of another verb.
        guard let with = (trigger.upperBound..<end).first(where: { tokens[$0].lower == "with" }),
            context.sameClause(trigger.upperBound..<with),
            !(trigger.upperBound..<with).contains(where: { [",", "to"].contains(tokens[$0].lower) }),
            !otherTriggers.contains(where: { $0.lowerBound >= trigger.upperBound && $0.lowerBound < with })
        else { return nil }
        return context.mentionAfter(with + 1, maxGap: 2)
    }

    /// The first actor after ", and with" in the clause that runs on from `start`.
    func secondWith(after start: Int, _ otherTriggers: [Range<Int>], _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let end = min(context.sentence.range.upperBound, start + 16)
        guard
            let and = (start..<end).first(where: {
                $0 + 1 < end && tokens[$0].lower == "and" && tokens[$0 + 1].lower == "with"
            }),
            context.sameClause(start..<and),
            !otherTriggers.contains(where: { $0.lowerBound >= start && $0.lowerBound < and }),
            !context.mentions.contains(where: {
                $0.range.lowerBound >= start && $0.range.upperBound <= and && $0.canAct
            })
        else { return nil }
        return context.mentionAfter(and + 2, maxGap: 2)
    }

    static let delegationNouns: Set<String> = ["delegation", "mission", "team"]

    /// "received a delegation of the Japan Business Federation led by its chairman Hiroshi Okuda": whoever
    /// leads the delegation, else the body or state it comes from.
    func delegationCounterpart(after trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let end = context.sentence.range.upperBound
        var cursor = trigger.upperBound
        if cursor < end, ["a", "an", "the"].contains(tokens[cursor].lower) { cursor += 1 }
        if cursor < end, context.mentions.contains(where: { $0.range.lowerBound == cursor && $0.form == .demonym }) {
            cursor += 1
        }
        guard cursor < end, Self.delegationNouns.contains(tokens[cursor].lower) else { return nil }
        let window = (cursor + 1)..<min(end, cursor + 14)
        if let by = window.first(where: {
            tokens[$0].lower == "by" && ["led", "headed"].contains(tokens[$0 - 1].lower)
        }), let leader = context.mentionAfter(by + 1, maxGap: 3),
            context.sameClause(cursor..<by)
        {
            return context.mentions[leader].entity
        }
        // "a Chinese delegation", "a delegation of the IMF".
        if let demonym = context.mentions.first(where: { $0.range.upperBound == cursor && $0.form == .demonym }) {
            return demonym.entity
        }
        guard cursor + 1 < end, tokens[cursor + 1].lower == "of",
            let body = context.mentionAfter(cursor + 2, maxGap: 1)
        else { return nil }
        return context.mentions[body].entity
    }
}
