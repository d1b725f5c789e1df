/// Whether bytes hold nothing but ASCII white space (space, tab, line ends): an empty file in effect.
enum BlankBytes {
    static func isBlank(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
    }
}
