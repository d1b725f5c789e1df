import ParleyExtraction
import ParleyReading

/// One fuzz input is one file as a user could give it: its first byte picks the reader the way standard
/// input is sniffed ('<' HTML, '{' JSON Lines, anything else text), and every article read is extracted.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let ext =
        switch bytes.first {
        case UInt8(ascii: "<"): "html"
        case UInt8(ascii: "{"): "jsonl"
        default: "txt"
        }
    for case let .success(article) in FuzzHarness.reader.read(bytes: bytes, path: "fuzz-input", extension: ext) {
        _ = FuzzHarness.extractor.extract(article)
    }
    return 0
}

/// What every input shares: the knowledge is loaded once, not per input.
enum FuzzHarness {
    static let extractor = Extractor()
    static let reader = ArticleFileReader(maxBytes: 1_000_000)
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name and aliases `main` to it; handing control to
/// libFuzzer's driver from here works in debug and release builds alike.
@_cdecl("parley_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
