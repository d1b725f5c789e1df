import Foundation
import ParleyModel

/// The tab-separated files the knowledge is written in: rows of fields, lists inside a field.
extension Knowledge {
    struct Row {
        let line: Int
        let fields: [String]
        func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    }

    /// A one-column file of words, in lower case.
    static func words(_ bytes: [UInt8], file: String) throws(KnowledgeError) -> Set<String> {
        Set(try rows(String(decoding: bytes, as: UTF8.self), file: file, columns: 1).map { $0.fields[0].lowercased() })
    }

    static func rows(_ text: String, file: String, columns: Int) throws(KnowledgeError) -> [Row] {
        var rows: [Row] = []
        var number = 0
        // Loading the tables is start-up, which every ingest waits for: lines and fields are trimmed without
        // Foundation when no edge needs it (nearly always), and fields are cut at tab bytes (a tab is always a
        // character of its own), which the round trip through UTF-16 and the walk by characters made most of it.
        let carriageReturn = CharacterSet(charactersIn: "\r")
        let whitespaces = CharacterSet.whitespaces
        // Any line end, "\r\n" included: a dictionary may come from any editor.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let trimmed = line.trimmingEdges(in: carriageReturn)
            if trimmed.trimmingEdges(in: whitespaces).isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { Substring($0).trimmingEdges(in: whitespaces) }
            guard fields.count >= columns, !fields[0].isEmpty else {
                throw .badLine(file: file, line: number, reason: "expected at least \(columns) tab-separated columns")
            }
            rows.append(Row(line: number, fields: fields))
        }
        return rows
    }

    static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingEdges(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
