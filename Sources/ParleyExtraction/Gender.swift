/// A person's grammatical gender as the text shows it: by a given name or an honorific of the knowledge files,
/// or by a title that has one ("Queen"). It tells whom "he" and "she" can stand for.
enum Gender: String, Sendable {
    case female = "f"
    case male = "m"

    /// The gender of a third-person pronoun: "she", "her", "hers"; "he", "him", "his".
    init?(pronoun: String) {
        switch pronoun {
        case "she", "her", "hers", "herself": self = .female
        case "he", "him", "his", "himself": self = .male
        default: return nil
        }
    }
}
