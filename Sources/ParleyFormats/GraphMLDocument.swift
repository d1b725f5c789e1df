import ParleyStore

/// The meeting network as GraphML, the XML graph format Gephi, yEd and NetworkX read.
///
/// Nodes carry `label` (Gephi's name for the shown name), `kind`, `country` and `meetings`; edges carry
/// `weight` (the meeting count, which Gephi draws as thickness) and the first and last meeting date.
public enum GraphMLDocument {
    public static func render(_ graph: MeetingGraph) -> String {
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="country" for="node" attr.name="country" attr.type="string"/>
              <key id="meetings" for="node" attr.name="meetings" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
              <key id="first" for="edge" attr.name="first_date" attr.type="string"/>
              <key id="last" for="edge" attr.name="last_date" attr.type="string"/>
              <graph id="parley" edgedefault="undirected">

            """
        for node in graph.nodes {
            output += "    <node id=\"a\(node.actor.id)\">"
            output += data("label", node.actor.name) + data("kind", node.actor.kind.rawValue)
            if let country = node.actor.country { output += data("country", country) }
            output += data("meetings", String(node.meetings)) + "</node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            output += "    <edge id=\"e\(index + 1)\" source=\"a\(edge.source)\" target=\"a\(edge.target)\">"
            output += data("weight", String(edge.meetings))
            if let first = edge.first { output += data("first", first.description) }
            if let last = edge.last { output += data("last", last.description) }
            output += "</edge>\n"
        }
        return output + "  </graph>\n</graphml>\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "<data key=\"\(key)\">\(escape(value))</data>"
    }

    /// Escapes text for XML content and attributes, dropping the control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String { MarkupText.escaped(text) }
}
