import ParleyModel

/// What a trigger's frame reads from the words around it, before the common completion gives the
/// meeting its status, date and place. Participants, subject and objects are entity indices.
struct MeetingReading {
    var kind: MeetingKind
    /// Everyone the frame found taking part, in the order read (duplicates are removed on completion).
    var participants: [Int] = []
    /// Who acts: the one who meets, hosts or travels, for a verb coordinated after this one.
    var subject: [Int] = []
    /// Whom the subject meets, one by one when there are several.
    var objects: [Int] = []
    var location: String?
    var visitor: Int?
    var hostCountry: String?
    /// Someone the visitor dealt with during the visit, when the sentence names one.
    var counterpart: Int?
}
