/// A hash table keyed by a word's `Token.key(of:)`, computed once per token by the tokenizer (`Token.key`):
/// a lookup hashes nothing, where a `[String: Value]` hashes the word again on every probe.
///
/// Equal strings have equal keys, so a word's entry is always found; different words
/// may share a key, so the caller compares the words of what it finds (`PhraseIndex` does).
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [Int] = []
    private var values: [Value?] = []
    private var occupied: [Bool] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    subscript(key: Int) -> Value? {
        get {
            guard !keys.isEmpty else { return nil }
            var slot = key & (keys.count - 1)
            while occupied[slot] {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            if keys.isEmpty || (count + 1) * 4 > keys.count * 3 { grow() }
            var slot = key & (keys.count - 1)
            while occupied[slot], keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            if !occupied[slot] {
                guard newValue != nil else { return }
                occupied[slot] = true
                keys[slot] = key
                count += 1
            }
            // A slot once used stays used (a nil value), so that the probes running through it still work.
            values[slot] = newValue
        }
    }

    subscript(key: Int, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    /// Doubles the slots (a power of two, at most three quarters full) and puts every entry back.
    private mutating func grow() {
        let old = zip(keys, zip(values, occupied)).filter { $0.1.1 }
        let capacity = max(16, keys.count * 2)
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        occupied = Array(repeating: false, count: capacity)
        count = 0
        for (key, (value, _)) in old where value != nil { self[key] = value }
    }
}

/// A set of lower-case words asked about a token: its `Token.key` finds the word without hashing it again.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<[String]>()

    init(_ words: some Sequence<String>) {
        for word in words where !(table[Token.key(of: word)]?.contains(word) ?? false) {
            table[Token.key(of: word), default: []].append(word)
        }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the token's lower-case form is one of the words.
    func contains(_ token: Token) -> Bool {
        table[token.key]?.contains(token.lower) ?? false
    }
}
