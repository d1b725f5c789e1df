import ParleyModel

/// A phrase that places an event in time, before it is resolved against the publication date.
struct TimeExpression: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        case today
        case yesterday
        case tomorrow
        case weekday(Int)
        /// "next Wednesday", "last Friday".
        case relativeWeekday(Int, forward: Bool)
        /// "April 13", "13 April", "April 13, 1987".
        case monthDay(month: Int, day: Int, year: Int?)
        /// "in November", "November 1986".
        case month(Int, year: Int?)
        /// "next month" (+1), "last month" (-1), "this month" (0).
        case relativeMonth(Int)
        /// "in 1986".
        case year(Int)
        /// "last year" (-1), "this year" (0), "next year" (+1).
        case relativeYear(Int)
        /// "three days ago" (-3).
        case relativeDay(Int)
        /// "next week", "recently": a time, but no usable date.
        case vague

        /// A day named by itself, "Wednesday" or "April 13", not one told from another ("later in the day").
        var namesADay: Bool {
            switch self {
            case .weekday, .monthDay: true
            default: false
            }
        }
    }

    let range: Range<Int>
    let value: Value

    /// The date the expression names, seen from `published`; `forward` for what is still to come.
    func resolve(published: CalendarDate?, forward: Bool) -> EventDate? {
        switch value {
        case let .monthDay(month, day, .some(year)):
            return CalendarDate(year: year, month: month, day: day).map { EventDate(date: $0, precision: .day) }
        case let .month(month, .some(year)):
            return CalendarDate(year: year, month: month, day: 1).map { EventDate(date: $0, precision: .month) }
        case let .year(year):
            return CalendarDate(year: year, month: 1, day: 1).map { EventDate(date: $0, precision: .year) }
        case .vague:
            return nil
        default:
            break
        }
        guard let published else { return nil }
        switch value {
        case .today:
            return EventDate(date: published, precision: .day)
        case .yesterday:
            return EventDate(date: published.adding(days: -1), precision: .day)
        case .tomorrow:
            return EventDate(date: published.adding(days: 1), precision: .day)
        case let .relativeDay(offset):
            return EventDate(date: published.adding(days: offset), precision: .day)
        case let .weekday(weekday):
            // The most recent such day for what happened, the next one for what is planned;
            // the publication day itself counts as either.
            let difference = (weekday - published.weekday + 7) % 7
            let days = forward ? difference : (difference == 0 ? 0 : difference - 7)
            return EventDate(date: published.adding(days: days), precision: .day)
        case let .relativeWeekday(weekday, ahead):
            let difference = (weekday - published.weekday + 7) % 7
            let days = ahead ? (difference == 0 ? 7 : difference) : (difference == 0 ? -7 : difference - 7)
            return EventDate(date: published.adding(days: days), precision: .day)
        case let .monthDay(month, day, nil):
            // In the publication year, unless that puts a past event far in the future or a plan far in the past.
            guard var date = CalendarDate(year: published.year, month: month, day: day) else { return nil }
            if !forward, date.dayNumber - published.dayNumber > 7 {
                date = CalendarDate(year: published.year - 1, month: month, day: day) ?? date
            } else if forward, published.dayNumber - date.dayNumber > 60 {
                date = CalendarDate(year: published.year + 1, month: month, day: day) ?? date
            }
            return EventDate(date: date, precision: .day)
        case let .month(month, nil):
            var year = published.year
            if !forward, month > published.month { year -= 1 }
            if forward, month < published.month { year += 1 }
            return CalendarDate(year: year, month: month, day: 1).map { EventDate(date: $0, precision: .month) }
        case let .relativeYear(offset):
            return CalendarDate(year: published.year + offset, month: 1, day: 1).map {
                EventDate(date: $0, precision: .year)
            }
        case let .relativeMonth(offset):
            let index = published.year * 12 + (published.month - 1) + offset
            return CalendarDate(year: index / 12, month: index % 12 + 1, day: 1).map {
                EventDate(date: $0, precision: .month)
            }
        default:
            return nil
        }
    }
}

/// Finds time expressions in a sentence's tokens.
struct TimeExpressionFinder {
    let knowledge: Knowledge
    let tokens: [Token]

    static let vaguePhrases: [[String]] = [
        ["next", "week"], ["last", "week"], ["this", "week"], ["earlier", "this", "week"], ["later", "this", "week"],
        ["recently"], ["recent"], ["earlier"], ["soon"],
        ["the", "weekend"], ["this", "weekend"], ["last", "weekend"], ["next", "weekend"],
    ]

    /// The words that open a case of `relativeTime(at:end:)`'s switch (a word added to the switch must be added
    /// here) or a vague phrase (their first words join by themselves): any other word skips both.
    static let partsOfTheDay: Set<String> = ["morning", "afternoon", "evening"]

    static let relativeTimeWords = WordSet(
        ["today", "tonight", "yesterday", "tomorrow", "this", "in", "earlier", "later", "next", "last"]
            + vaguePhrases.map { $0[0] })

    func expressions(in range: Range<Int>) -> [TimeExpression] {
        var found: [TimeExpression] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let expression = expression(at: i, end: end) {
                found.append(expression)
                i = expression.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private func expression(at i: Int, end: Int) -> TimeExpression? {
        // Every expression opens on a word or a number; punctuation is a fifth of the tokens.
        guard tokens[i].shape != .punctuation else { return nil }
        // The words of the switch and of the vague phrases are few: any other word skips them all.
        let opensRelativeTime = Self.relativeTimeWords.contains(tokens[i])
        if opensRelativeTime, let relative = relativeTime(at: i, end: end) { return relative }
        if let ago = timeAgo(at: i, end: end) { return ago }
        for phrase in Self.vaguePhrases where opensRelativeTime && i + phrase.count <= end {
            if phrase.enumerated().allSatisfy({ tokens[i + $0.offset].lower == $0.element }) {
                return TimeExpression(range: i..<(i + phrase.count), value: .vague)
            }
        }
        // "13 April"
        if tokens[i].shape == .number, let day = Tokenizer.value(of: tokens[i].text), (1...31).contains(day),
            i + 1 < end,
            case let .month(month)? = knowledge.calendar[tokens[i + 1].lower], tokens[i + 1].isCapitalized
        {
            var rangeEnd = i + 2
            let year = yearAfter(rangeEnd, end, &rangeEnd)
            return TimeExpression(range: i..<rangeEnd, value: .monthDay(month: month, day: day, year: year))
        }
        return calendarExpression(at: i, end: end)
    }

    /// "today", "yesterday", "this morning", "earlier this month", "next year", "last Friday".
    private func relativeTime(at i: Int, end: Int) -> TimeExpression? {
        let word = tokens[i].lower
        switch word {
        case "today", "tonight": return TimeExpression(range: i..<(i + 1), value: .today)
        case "yesterday": return TimeExpression(range: i..<(i + 1), value: .yesterday)
        case "tomorrow": return TimeExpression(range: i..<(i + 1), value: .tomorrow)
        case "this" where i + 1 < end && Self.partsOfTheDay.contains(tokens[i + 1].lower):
            return TimeExpression(range: i..<(i + 2), value: .today)
        case "in" where i + 2 < end && tokens[i + 1].lower == "the":
            // "in the late afternoon": a part of the day the story tells.
            let part = i + 3 < end && ["late", "early"].contains(tokens[i + 2].lower) ? i + 3 : i + 2
            guard Self.partsOfTheDay.contains(tokens[part].lower) else { return nil }
            return TimeExpression(range: i..<(part + 1), value: .today)
        case "earlier", "later":
            // "earlier this month": this month; "later this year": this year.
            if i + 2 < end, tokens[i + 1].lower == "this", tokens[i + 2].lower == "month" {
                return TimeExpression(range: i..<(i + 3), value: .relativeMonth(0))
            }
            if i + 2 < end, tokens[i + 1].lower == "this", tokens[i + 2].lower == "year" {
                return TimeExpression(range: i..<(i + 3), value: .relativeYear(0))
            }
            // "earlier in the day": the day of the story.
            if i + 3 < end, tokens[i + 1].lower == "in", tokens[i + 2].lower == "the", tokens[i + 3].lower == "day" {
                return TimeExpression(range: i..<(i + 4), value: .today)
            }
            // "earlier today", "later on Monday": the day itself.
            var next = i + 1
            if next < end, tokens[next].lower == "on" { next += 1 }
            if next < end,
                ["today", "tonight", "yesterday", "tomorrow"].contains(tokens[next].lower)
                    || knowledge.calendar[tokens[next].lower].map({ if case .weekday = $0 { true } else { false } })
                        == true
                        && tokens[next].isCapitalized,
                let day = expression(at: next, end: end)
            {
                return TimeExpression(range: i..<day.range.upperBound, value: day.value)
            }
        case "next", "last", "this":
            if i + 1 < end, tokens[i + 1].lower == "year" {
                let offset = word == "next" ? 1 : word == "last" ? -1 : 0
                return TimeExpression(range: i..<(i + 2), value: .relativeYear(offset))
            }
            // "next Wednesday" is ahead whatever the tense; "last Friday" behind.
            if i + 1 < end, case let .weekday(weekday)? = knowledge.calendar[tokens[i + 1].lower], word != "this" {
                return TimeExpression(range: i..<(i + 2), value: .relativeWeekday(weekday, forward: word == "next"))
            }
            if i + 1 < end, tokens[i + 1].lower == "month" {
                let offset = word == "next" ? 1 : word == "last" ? -1 : 0
                return TimeExpression(range: i..<(i + 2), value: .relativeMonth(offset))
            }
        default: break
        }
        return nil
    }

    /// A weekday or month name, or a year after "in", "since" or "during".
    private func calendarExpression(at i: Int, end: Int) -> TimeExpression? {
        let word = tokens[i].lower
        // A weekday's full name is one in lower case too ("on monday" in an all-lower-case wire story);
        // a month's is not ("may", "march").
        let isWeekdayName =
            word.hasSuffix("day")
            && knowledge.calendar[word].map({ if case .weekday = $0 { true } else { false } })
                == true
        guard tokens[i].isCapitalized || isWeekdayName, let calendarWord = knowledge.calendar[word] else {
            if tokens[i].shape == .number, i > 0, ["in", "since", "during"].contains(tokens[i - 1].lower),
                let year = Int(tokens[i].text), (1900...2100).contains(year), tokens[i].characterCount == 4
            {
                return TimeExpression(range: i..<(i + 1), value: .year(year))
            }
            return nil
        }
        switch calendarWord {
        case let .weekday(weekday):
            // "on Monday, March 16": the date itself says which Monday.
            if i + 2 < end, tokens[i + 1].text == ",", let dated = expression(at: i + 2, end: end),
                case .monthDay = dated.value
            {
                return TimeExpression(range: i..<dated.range.upperBound, value: dated.value)
            }
            return TimeExpression(range: i..<(i + 1), value: .weekday(weekday))
        case let .month(month):
            return monthExpression(month, at: i, end: end)
        }
    }

    /// "May" is a month only with a day, a year or "in"/"next"/"last" around it.
    private func monthExpression(_ month: Int, at i: Int, end: Int) -> TimeExpression? {
        var cursor = i + 1
        if cursor < end, tokens[cursor].text == "." { cursor += 1 }
        if cursor < end, tokens[cursor].shape == .number, let day = Tokenizer.value(of: tokens[cursor].text),
            (1...31).contains(day),
            tokens[cursor].characterCount <= 4
        {
            var rangeEnd = cursor + 1
            let year = yearAfter(rangeEnd, end, &rangeEnd)
            return TimeExpression(range: i..<rangeEnd, value: .monthDay(month: month, day: day, year: year))
        }
        var rangeEnd = cursor
        if let year = yearAfter(cursor, end, &rangeEnd) {
            return TimeExpression(range: i..<rangeEnd, value: .month(month, year: year))
        }
        let previous = i > 0 ? tokens[i - 1].lower : ""
        // "planned for April", "scheduled for May": a plan's month ("support for May" is no date).
        let planFor =
            previous == "for" && i > 1
            && ["planned", "scheduled", "set", "slated", "due", "expected"].contains(tokens[i - 2].lower)
        if planFor
            || ["in", "since", "during", "until", "by", "early", "late", "mid", "next", "last", "this"].contains(
                previous)
        {
            return TimeExpression(range: i..<(i + 1), value: .month(month, year: nil))
        }
        // "a key September conversation", "the November talks": a month naming the noun it stands before
        // ("Theresa May said" is a name).
        if tokens[i].lower != "may", i > 0, !tokens[i - 1].isCapitalized, cursor < end, tokens[cursor].shape == .word,
            !tokens[cursor].isCapitalized
        {
            return TimeExpression(range: i..<(i + 1), value: .month(month, year: nil))
        }
        return nil
    }

    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// "three days ago", "two weeks ago", "six months ago", "20 years ago": weeks give no usable day.
    private func timeAgo(at i: Int, end: Int) -> TimeExpression? {
        guard i + 2 < end, tokens[i + 2].lower == "ago",
            let count = Self.counts[tokens[i].lower] ?? (tokens[i].shape == .number ? Int(tokens[i].text) : nil)
        else { return nil }
        let range = i..<(i + 3)
        switch tokens[i + 1].lower {
        case "day", "days": return TimeExpression(range: range, value: .relativeDay(-count))
        case "week", "weeks": return TimeExpression(range: range, value: .vague)
        case "month", "months": return TimeExpression(range: range, value: .relativeMonth(-count))
        case "year", "years": return TimeExpression(range: range, value: .relativeYear(-count))
        default: return nil
        }
    }

    /// A four-digit year at `index` (after an optional comma); moves `end` past it.
    private func yearAfter(_ index: Int, _ limit: Int, _ end: inout Int) -> Int? {
        var cursor = index
        if cursor < limit, tokens[cursor].text == "," { cursor += 1 }
        guard cursor < limit, tokens[cursor].shape == .number, tokens[cursor].characterCount == 4,
            let year = Int(tokens[cursor].text), (1800...2200).contains(year)
        else { return nil }
        end = cursor + 1
        return year
    }
}
