import CLibXML2

/// A borrowed view of one node of an `HTMLDocument`; valid only while the document lives.
struct HTMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The lowercase tag name (libxml2's HTML parser already lowercases it).
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(pointer: parent)
    }

    var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(HTMLNode(pointer: node))
            child = node.pointee.next
        }
        return result
    }

    /// The value of an attribute, nil when absent.
    func attribute(_ name: String) -> String? {
        guard isElement, let value = xmlGetProp(pointer, name) else { return nil }
        defer { parley_xml_free(value) }
        return String(cString: value)
    }

    func hasAttribute(_ name: String) -> Bool {
        isElement && xmlHasProp(pointer, name) != nil
    }

    /// A text node's own characters; for an element, all the text beneath it.
    var content: String {
        guard let text = xmlNodeGetContent(pointer) else { return "" }
        defer { parley_xml_free(text) }
        return String(cString: text)
    }

    /// Every element beneath this node, in document order.
    var descendants: [HTMLNode] {
        var result: [HTMLNode] = []
        func visit(_ node: HTMLNode) {
            for child in node.children where child.isElement {
                result.append(child)
                visit(child)
            }
        }
        visit(self)
        return result
    }

    /// True when `other` is this node or lies beneath it.
    func contains(_ other: HTMLNode) -> Bool {
        var node: xmlNodePtr? = other.pointer
        while let current = node {
            if current == pointer { return true }
            node = current.pointee.parent
        }
        return false
    }

    /// The nearest enclosing element (or this one) with the given tag name.
    func ancestor(named tag: String) -> HTMLNode? {
        var node: HTMLNode? = self
        while let current = node {
            if current.name == tag { return current }
            node = current.parent
        }
        return nil
    }
}
