/// Reads the text form of a model (`TaggerModel+Text`) straight from its bytes: the weights are
/// read every time a program first tags, so this avoids a `String` per line or number.
struct TaggerModelParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 0
    private var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func model() throws(TaggerModelError) -> TaggerModel {
        let header = nextLine()
        let prefix = TaggerModel.formatHeader + " "
        guard header.hasPrefix(prefix), let scale = Float(header.dropFirst(prefix.count)) else {
            throw .badHeader(found: header)
        }
        let tags = try readTags()
        var dictionary: [String: PartOfSpeech] = [:]
        for _ in 0..<(try sectionCount("dictionary")) {
            let fields = nextLine().split(separator: "\t")
            guard fields.count == 2 else { throw malformed() }
            guard let tag = PartOfSpeech(rawValue: String(fields[1])) else {
                throw .unknownTag(String(fields[1]), line: line)
            }
            dictionary[String(fields[0])] = tag
        }
        let featureCount = try sectionCount("weights")
        var rows = FeatureRows(capacity: featureCount)
        var tagIndices: [UInt8] = []
        var weights: [Float] = []
        for _ in 0..<featureCount {
            startLine()
            let feature = try hexNumber()
            let start = weights.count
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") {
                position += 1
                let tag = try number()
                guard tags.indices.contains(tag), skip(UInt8(ascii: ":")) else { throw malformed() }
                tagIndices.append(UInt8(tag))
                weights.append(Float(try number()) / scale)
            }
            guard skip(UInt8(ascii: "\n")) || position == bytes.count else { throw malformed() }
            rows.insert(feature, start..<weights.count)
        }
        guard position == bytes.count else { throw .malformedLine(nextLine(), line: line + 1) }
        return TaggerModel(tags: tags, tagDictionary: dictionary, rows: rows, tagIndices: tagIndices, weights: weights)
    }

    private mutating func readTags() throws(TaggerModelError) -> [PartOfSpeech] {
        let fields = nextLine().split(separator: " ")
        guard fields.first == "tags" else { throw malformed() }
        return try fields.dropFirst().map { name throws(TaggerModelError) in
            guard let tag = PartOfSpeech(rawValue: String(name)) else { throw .unknownTag(String(name), line: line) }
            return tag
        }
    }

    /// Reads "name N" and checks that N lines follow at least.
    private mutating func sectionCount(_ name: String) throws(TaggerModelError) -> Int {
        let fields = nextLine().split(separator: " ")
        guard fields.count == 2, fields[0] == name, let count = Int(fields[1]) else { throw malformed() }
        let linesLeft = bytes[position...].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let found = linesLeft + (bytes.last == UInt8(ascii: "\n") || position == bytes.count ? 0 : 1)
        guard found >= count else { throw .countMismatch(section: name, declared: count, found: found) }
        return count
    }

    private mutating func startLine() {
        line += 1
        lineStart = position
    }

    private mutating func nextLine() -> String {
        startLine()
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<position]), as: UTF8.self)
        if position < bytes.count { position += 1 }
        return text
    }

    private mutating func skip(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func hexNumber() throws(TaggerModelError) -> UInt32 {
        var value: UInt32 = 0
        let start = position
        while position < bytes.count, let digit = hexDigit(bytes[position]), position - start < 8 {
            value = value << 4 | digit
            position += 1
        }
        guard position > start else { throw malformed() }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        default: nil
        }
    }

    private mutating func number() throws(TaggerModelError) -> Int {
        let negative = skip(UInt8(ascii: "-"))
        var value = 0
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9"),
            position - start < 9
        {
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position > start else { throw malformed() }
        return negative ? -value : value
    }

    /// The error for the current line, quoting it.
    private mutating func malformed() -> TaggerModelError {
        var end = lineStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)
        return .malformedLine(text, line: line)
    }
}
