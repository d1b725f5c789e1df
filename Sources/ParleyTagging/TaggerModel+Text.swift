/// The model as text: small enough to compile into the binary as one string literal, plain enough
/// to inspect. Weights are integers, the real weight times `scale`; rounding drops the tiny ones.
///
/// ```
/// parley-tagger 1 scale 10
/// tags CC CD DT ...
/// dictionary 2
/// the	DT
/// said	VBD
/// weights 1
/// 9e3779b9 11:-12 13:45          feature hash (hex), then tag index:weight pairs
/// ```
extension TaggerModel {
    package static let formatHeader = "parley-tagger 1 scale"

    package init(text: String) throws(TaggerModelError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if lines.last?.isEmpty == true { lines.removeLast() }
        var reader = LineReader(lines: lines)
        let header = reader.next()
        guard header.hasPrefix(Self.formatHeader + " "), let scale = Float(header.dropFirst(Self.formatHeader.count + 1))
        else { throw .badHeader(found: String(header)) }

        let tagFields = reader.next().split(separator: " ")
        guard tagFields.first == "tags" else { throw .malformedLine(String(tagFields.joined()), line: reader.line) }
        let tags = try tagFields.dropFirst().map { name throws(TaggerModelError) in
            guard let tag = Tag(rawValue: String(name)) else { throw .unknownTag(String(name), line: reader.line) }
            return tag
        }

        var dictionary: [String: Tag] = [:]
        for _ in 0..<(try reader.sectionCount("dictionary")) {
            let fields = reader.next().split(separator: "\t")
            guard fields.count == 2 else { throw .malformedLine(String(reader.current), line: reader.line) }
            guard let tag = Tag(rawValue: String(fields[1])) else {
                throw .unknownTag(String(fields[1]), line: reader.line)
            }
            dictionary[String(fields[0])] = tag
        }

        var weights: [UInt32: [(tag: Int, weight: Float)]] = [:]
        for _ in 0..<(try reader.sectionCount("weights")) {
            let line = reader.next()
            let fields = line.split(separator: " ")
            guard let hash = fields.first.flatMap({ UInt32($0, radix: 16) }) else {
                throw .malformedLine(String(line), line: reader.line)
            }
            weights[hash] = try fields.dropFirst().map { pair throws(TaggerModelError) in
                let parts = pair.split(separator: ":")
                guard parts.count == 2, let tag = Int(parts[0]), tags.indices.contains(tag), let value = Int(parts[1])
                else { throw .malformedLine(String(line), line: reader.line) }
                return (tag, Float(value) / scale)
            }
        }
        guard reader.isAtEnd else { throw .malformedLine(String(reader.next()), line: reader.line) }
        self.init(tags: tags, tagDictionary: dictionary, weights: weights)
    }

    /// The text form, each weight rounded to a multiple of `1 / scale`; weights that round to zero are left out.
    package func text(scale: Float) -> String {
        let scaled = sortedRows().compactMap { row -> String? in
            let pairs = row.entries.compactMap { entry -> String? in
                let value = Int((entry.weight * scale).rounded())
                return value == 0 ? nil : "\(entry.tag):\(value)"
            }
            guard !pairs.isEmpty else { return nil }
            let hex = String(row.feature, radix: 16)
            return ([String(repeating: "0", count: 8 - hex.count) + hex] + pairs).joined(separator: " ")
        }
        var lines = [
            "\(Self.formatHeader) \(Int(scale))",
            "tags " + tags.map(\.rawValue).joined(separator: " "),
            "dictionary \(tagDictionary.count)",
        ]
        lines += tagDictionary.keys.sorted().map { "\($0)\t\(tagDictionary[$0]!.rawValue)" }
        lines.append("weights \(scaled.count)")
        lines += scaled
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Lines with their 1-based numbers, for messages that point at the line at fault.
private struct LineReader {
    var lines: ArraySlice<Substring>
    private(set) var line = 0
    private(set) var current: Substring = ""

    init(lines: ArraySlice<Substring>) { self.lines = lines }

    var isAtEnd: Bool { lines.isEmpty }

    /// The next line, or an empty one past the end (which no section accepts).
    mutating func next() -> Substring {
        line += 1
        current = lines.popFirst() ?? ""
        return current
    }

    /// Reads "name N" and checks that N lines follow at least.
    mutating func sectionCount(_ name: String) throws(TaggerModelError) -> Int {
        let fields = next().split(separator: " ")
        guard fields.count == 2, fields[0] == name, let count = Int(fields[1]) else {
            throw .malformedLine(String(current), line: line)
        }
        guard lines.count >= count else {
            throw .countMismatch(section: name, declared: count, found: lines.count)
        }
        return count
    }
}
