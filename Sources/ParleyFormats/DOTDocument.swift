import ParleyModel
import ParleyStore

/// The meeting network in Graphviz's DOT language: `dot -Tsvg` or `neato -Tsvg` draws it.
///
/// Nodes are filled by kind and labelled with the name; an edge is as thick as its meeting count and
/// labelled with it when there was more than one.
public enum DOTDocument {
    public static func render(_ graph: MeetingGraph) -> String {
        var output = """
            graph parley {
              graph [overlap=false, splines=true, fontname="Helvetica"];
              node [shape=ellipse, style=filled, fontname="Helvetica", fontsize=11, color="#3a4a5c"];
              edge [color="#7a8796"];

            """
        for node in graph.nodes {
            let actor = node.actor
            let tooltip = actor.kind.rawValue + (actor.country.map { ", " + $0 } ?? "") + ", \(node.meetings) meetings"
            output += "  a\(actor.id) [label=\(quoted(actor.name)), fillcolor=\"\(fill(actor.kind))\""
            output += ", tooltip=\(quoted(tooltip))];\n"
        }
        for edge in graph.edges {
            output += "  a\(edge.source) -- a\(edge.target) [weight=\(edge.meetings), penwidth=\(1 + edge.meetings)"
            if edge.meetings > 1 { output += ", label=\"\(edge.meetings)\"" }
            let span = [edge.first, edge.last].compactMap { $0?.description }
            if !span.isEmpty { output += ", tooltip=\(quoted(Set(span).sorted().joined(separator: " to ")))" }
            output += "];\n"
        }
        return output + "}\n"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as DOT's centred `\n`.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for character in text {
            switch character {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case _ where character.isNewline: output += "\\n"
            default: output.append(character)
            }
        }
        return output + "\""
    }

    private static func fill(_ kind: ActorKind) -> String {
        switch kind {
        case .person: "#dbe8f6"
        case .country: "#f6e7c8"
        case .organization: "#dcefdc"
        case .group: "#eadcf2"
        }
    }
}
