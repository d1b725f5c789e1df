/// Questions about the words at a position that the knowledge answers.
extension Knowledge {
    /// "Paris-based", "US-born": whether a hyphen at `position` joins the place before it to a word that only
    /// locates what follows.
    func locatingCompound(at position: Int, in tokens: [Token], end: Int) -> Bool {
        position + 1 < end && tokens[position].text == "-" && locatingWords.contains(tokens[position + 1].lower)
    }

    /// True when a word of travel ("visit", "headed for") ends right before `position`: what follows is a destination.
    func travelWordEnds(at position: Int, in tokens: [Token], from lower: Int) -> Bool {
        // "visited Russia", "flew to Russia", and "a visit to Russia" with its "to" apart from the word.
        var ends = [position]
        if position - 1 > lower, tokens[position - 1].lower == "to" { ends.append(position - 1) }
        return ends.contains { end in
            [end - 1, end - 2].contains { start in
                start >= lower
                    && meetingTriggers.matches(tokens, at: start, end: end)
                        .contains { $0.value.form == .travel && start + $0.length == end }
            }
        }
    }
}
