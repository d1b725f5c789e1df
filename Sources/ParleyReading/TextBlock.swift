/// One run of text as a reader sees it: a paragraph, a heading, a list item or loose text in a block.
struct TextBlock {
    enum Kind: Equatable {
        case paragraph, heading, headline, listItem, loose
    }

    var text: String
    /// How many of the characters are inside links; a block that is mostly links is navigation.
    var linkCharacters: Int
    /// The nearest block-level element holding the text.
    var container: HTMLNode
    var kind: Kind

    var linkRatio: Double {
        text.isEmpty ? 0 : Double(linkCharacters) / Double(text.count)
    }
}
