import CLibXML2

/// A page parsed by libxml2's forgiving HTML parser; owns the tree and frees it when released.
///
/// Not `Sendable`: the tree is mutable C memory, read by one owner and never shared.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Tag soup, unclosed elements and truncated pages are repaired, never reported.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
    )

    /// Parses `bytes` as HTML in `encoding`; nil when libxml2 produced no tree at all.
    init?(bytes: [UInt8], encoding: String) {
        // libxml2 takes an Int32 length; the reader's size limit keeps pages far below it.
        guard Int32(exactly: bytes.count) != nil else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, HTMLDocument.options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The `<html>` element, which libxml2 supplies even when the page omits it.
    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }
}
