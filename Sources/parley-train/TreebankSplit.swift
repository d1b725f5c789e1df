/// Training and held-out documents: of the documents in path order, every tenth (the 10th, 20th, ...)
/// is held out, so that accuracy is measured on whole texts the model has never seen, in every genre.
struct TreebankSplit {
    let training: [TreebankDocument]
    let heldOut: [TreebankDocument]

    /// `fold` picks which tenth is held out (0–9); 9 is the documented split, another fold serves
    /// to try out changes without tuning on the documented held-out set.
    init(_ documents: [TreebankDocument], fold: Int = 9) {
        let sorted = documents.sorted { $0.path < $1.path }
        training = sorted.enumerated().filter { $0.offset % 10 != fold }.map(\.element)
        heldOut = sorted.enumerated().filter { $0.offset % 10 == fold }.map(\.element)
    }
}
