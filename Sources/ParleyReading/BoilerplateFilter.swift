import Foundation
import ParleyModel

/// Tells a site's chrome from an article's text, paragraph by paragraph.
///
/// Scraped articles, from HTML or as plain text, carry share buttons, ad labels, follower
/// counters, cookie notices and comment forms around the story. The filter knows their
/// wording in several languages and spares anything that reads like a sentence.
///
/// ```swift
/// BoilerplateFilter.isBoilerplate("Share on Facebook")   // true
/// BoilerplateFilter.clean(["The envoys met on Monday in Geneva.", "Leave a Reply", "Nice article!"])
/// // ["The envoys met on Monday in Geneva."]
/// ```
public enum BoilerplateFilter {
    /// True when the paragraph is site chrome rather than article text.
    public static func isBoilerplate(_ paragraph: String) -> Bool {
        if let verdict = longParagraphVerdict(paragraph) { return verdict }
        return isBoilerplate(Line(paragraph))
    }

    /// Most paragraphs of an article are long sentences: they are told apart from long notices by
    /// their opening words alone, without folding the whole text.
    private static func longParagraphVerdict(_ paragraph: String) -> Bool? {
        let utf8 = paragraph.utf8
        guard utf8.count > 120 else { return nil }
        var words = 1
        for byte in utf8 where byte == 0x20 { words += 1 }
        // Only notices and the copyright line can be that long; both need their opening words.
        guard words > 20 else { return nil }
        if words <= 60 {
            let head = Line.trimmed(Line.fold(Line.head(of: paragraph)))
            if notices.contains(where: head.hasPrefix) { return true }
        }
        guard let last = paragraph.last(where: { !$0.isWhitespace }), Line.sentenceEnds.contains(last) else {
            return nil
        }
        return false
    }

    private static func isBoilerplate(_ line: Line) -> Bool {
        if line.key.isEmpty { return true }
        if commentFormHeadings.contains(line.key) || exactPhrases.contains(line.key) { return true }
        if notices.contains(where: line.key.hasPrefix), line.words <= 60 { return true }
        if line.isProse { return false }
        if shortPrefixes.contains(where: line.key.hasPrefix), line.words <= 12 { return true }
        if line.key.contains("all rights reserved"), line.words <= 20 { return true }
        if line.isCounter || line.isDateline { return true }
        return line.words < 4 && line.characters <= 40 && !line.endsSentence
    }

    /// The paragraphs that are article text, in order; everything from a comment form's heading on is dropped,
    /// since what follows it is the comment section.
    public static func clean(_ paragraphs: [String]) -> [String] {
        var kept: [String] = []
        var sawProse = false
        for paragraph in paragraphs {
            if let verdict = longParagraphVerdict(paragraph) {
                if !verdict {
                    kept.append(paragraph)
                    sawProse = true
                }
                continue
            }
            let line = Line(paragraph)
            if commentFormHeadings.contains(line.key), sawProse { break }
            if !isBoilerplate(line) {
                kept.append(paragraph)
                if line.isProse { sawProse = true }
            }
        }
        return kept
    }

    /// Headings of comment forms, as WordPress and its themes print them in each language.
    static let commentFormHeadings: Set<String> = Set(
        folded([
            "leave a reply", "leave a comment", "post a comment", "add a comment", "add comment", "write a comment",
            "join the discussion", "join the conversation", "comments",
            "deja una respuesta", "deja un comentario", "dejar un comentario", "escribe un comentario",
            "laisser un commentaire", "laisser une reponse", "ajouter un commentaire", "commentaires",
            "kommentar verfassen", "schreibe einen kommentar", "hinterlasse einen kommentar",
            "einen kommentar hinterlassen", "kommentare",
            "lascia un commento", "lascia una risposta", "commenti",
            "deixe um comentario", "deixe uma resposta", "deixe seu comentario", "comentarios",
            "laat een reactie achter", "geef een reactie", "reacties",
            "αφηστε μια απαντηση", "αφηστε ενα σχολιο", "σχολια",
            "добавить комментарий", "оставить комментарий", "оставьте комментарий", "комментарии",
            "dodaj komentarz", "zostaw komentarz", "skomentuj", "komentarze",
            "yorum yap", "bir cevap yazın", "yorumlar",
            "tinggalkan balasan", "tinggalkan komentar",
            "اترك تعليقاً", "اترك تعليقا", "اترك رد",
        ]))

    /// Whole lines that are buttons, labels and form fields.
    static let exactPhrases: Set<String> = Set(
        folded([
            "share", "share this", "share this article", "share this story", "share this post", "share article",
            "tweet", "email", "print", "pin", "whatsapp", "facebook", "twitter", "linkedin", "reddit", "telegram",
            "print friendly, pdf & email", "print friendly", "advertisement", "advertising", "sponsored", "ad",
            "related", "related articles", "related stories", "related posts", "related content", "more on this story",
            "read more", "read next", "read also", "see also", "continue reading", "show more", "load more",
            "sign up for our newsletter", "subscribe to our newsletter", "subscribe", "sign up", "log in", "login",
            "cancel reply", "cancelar respuesta", "annuler la reponse", "antworten abbrechen", "annulla risposta",
            "cancelar resposta", "ακυρωση απαντησης", "отменить ответ",
            "name *", "name*", "email *", "email*", "e-mail *", "website", "web site", "comment", "comment *",
            "nombre *", "correo electronico *", "web", "sitio web", "nom *", "e-mail", "site web", "commentaire",
            "kommentar", "e-mail-adresse", "nome *", "commento",
            "post comment", "submit comment", "publicar el comentario", "publier le commentaire",
            "kommentar absenden", "invia commento", "publicar comentario", "δημοσιευση σχολιου",
            "spot_img", "stay connected", "follow us", "most popular", "most read", "trending", "latest news",
            "you may also like", "recommended for you", "more stories", "top stories",
        ]))

    /// Openings of longer notices that are never article text, however sentence-like they read.
    static let notices: [String] = folded([
        "save my name, email, and website", "save my name, email and website", "notify me of follow-up",
        "notify me of new", "your email address will not be published", "required fields are marked",
        "this site uses akismet", "you must be logged in to", "please enter your comment",
        "please enter your name", "you have entered an incorrect email", "we use cookies",
        "this site uses cookies", "this website uses cookies", "our site uses cookies", "by continuing to use",
        "by using this site", "by using our site", "we and our partners use cookies", "print friendly, pdf",
        "guardar mi nombre", "enregistrer mon nom", "meinen namen, meine e-mail-adresse",
        "salva il mio nome", "salvar meus dados", "αποθηκευσε το ονομα μου",
        "εισαγετε το σχολιο σας", "παρακαλω εισαγετε το ονομα σας",
    ])

    /// Openings of short lines that are chrome: share prompts, ad labels, credits, copyright lines.
    static let shortPrefixes: [String] = folded([
        "share on ", "share via ", "share to ", "share this", "tweet this", "follow us", "follow @",
        "sign up for", "sign up to", "subscribe to", "subscribe for", "get our newsletter", "related:",
        "related coverage", "read more", "read also", "also read", "see also:", "more:", "click here",
        "advertisement", "- advertisement", "copyright ©", "copyright (c)", "copyright 1", "copyright 2", "©",
        "(c) 1", "(c) 2", "photo:", "photos:", "image:", "picture:", "photograph:", "video:", "photo credit",
        "image credit", "credit:", "source:", "getty images", "view comments", "comments (", "print this",
    ])

    /// The phrase lists are written as people type them and compared as `Line` folds text ("ς" becomes "σ").
    private static func folded(_ phrases: [String]) -> [String] {
        phrases.map(Line.fold)
    }

    /// A paragraph reduced to what the rules compare: folded case and accents, surrounding dashes and bullets trimmed.
    private struct Line {
        let key: String
        let words: Int
        let characters: Int
        let endsSentence: Bool

        static let sentenceEnds: Set<Character> = [".", "?", "!", "\"", "”", "’", "»", "…", "。", "？", "！"]
        static let edgeMarks = CharacterSet.whitespacesAndNewlines
            .union(CharacterSet(charactersIn: "-–—•|·:»«›‹>*#_=~"))

        init(_ paragraph: String) {
            let collapsed = WhitespaceCollapsing.collapse(paragraph)
            let folded = Line.fold(collapsed)
            // "Name *" keeps its star: it is how comment forms mark required fields.
            var key = Line.trimmed(folded)
            if folded.hasSuffix("*"), !key.isEmpty { key += " *" }
            self.key = key
            if collapsed.utf8.allSatisfy({ $0 < 0x80 }) {
                // Collapsed ASCII has single spaces between words and none at its ends, and no "\r\n", so each
                // byte is a character.
                words = collapsed.isEmpty ? 0 : 1 + collapsed.utf8.count(where: { $0 == 0x20 })
                characters = collapsed.utf8.count
            } else {
                words = collapsed.split(separator: " ").count
                characters = collapsed.count
            }
            endsSentence = collapsed.last.map(Line.sentenceEnds.contains) ?? false
        }

        /// The first 80 characters of `paragraph`; in ASCII without carriage returns, its first 80 bytes.
        static func head(of paragraph: String) -> String {
            let utf8 = paragraph.utf8
            let head = utf8.prefix(80)
            guard head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), utf8.count == head.count || utf8[head.endIndex] < 0x80
            else { return String(paragraph.prefix(80)) }
            return String(Substring(head))
        }

        /// `trimmingEdges(in: edgeMarks)`, over the bytes when the text is ASCII: in ASCII the marks are white
        /// space (tab to carriage return, space) and `-|:>*#_=~`.
        static func trimmed(_ text: String) -> String {
            let utf8 = text.utf8
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.trimmingEdges(in: edgeMarks) }
            func isMark(_ byte: UInt8) -> Bool {
                switch byte {
                case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: ">"),
                    UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "~"):
                    return true
                default:
                    return false
                }
            }
            guard let first = utf8.firstIndex(where: { !isMark($0) }) else { return "" }
            let last = utf8.lastIndex(where: { !isMark($0) })!
            if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
            return String(Substring(utf8[first...last]))
        }

        static func fold(_ text: String) -> String {
            // ASCII has no accents and folds to lower case: nearly every paragraph, without Foundation's
            // round trip through UTF-16.
            let utf8 = text.utf8
            guard utf8.allSatisfy({ $0 < 0x80 }) else {
                return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            }
            guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (index, byte) in utf8.enumerated() {
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                return utf8.count
            }
        }

        /// Eight words or more ending as a sentence ends: article text, whatever words it uses.
        var isProse: Bool { words >= 8 && endsSentence }

        /// Words that, with numbers, make up a line that only says when: "Nov. 20, 2019 5:52 AM EST",
        /// "Published 30 December 2014 | Updated 9:32pm".
        private static let datelineWords: Set<String> = [
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
            "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat",
            "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst",
            "pdt", "gmt", "utc", "bst", "cet", "cest", "aest", "aedt", "published", "updated", "posted", "last",
            "on", "at", "h", "th", "st", "nd", "rd",
        ]

        var isDateline: Bool {
            guard words <= 14, key.contains(where: \.isNumber) else { return false }
            let tokens = key.split { !$0.isLetter }.map(String.init)
            return tokens.allSatisfy(Line.datelineWords.contains)
        }

        /// "12.3K Followers", "1,234 Likes", "2,900Fans": a number glued to a label.
        var isCounter: Bool {
            guard words <= 3, !endsSentence, key.first?.isNumber == true else { return false }
            var rest = key.drop { $0.isNumber || $0 == "," || $0 == "." }
            if let unit = rest.first, "kmb".contains(unit), rest.dropFirst().first?.isLetter != true {
                rest = rest.dropFirst()
            }
            return rest.drop { $0 == " " }.first?.isLetter ?? false
        }
    }
}
