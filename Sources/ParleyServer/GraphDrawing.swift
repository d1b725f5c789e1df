import Foundation
import ParleyStore

/// Who met whom as an SVG drawing: actors sized by meetings, ties as thick as their count, all links.
struct GraphDrawing {
    static let width = 1000.0
    static let height = 680.0
    private static let margin = 70.0

    /// The network cut to the `limit` actors with most meetings, and the ties among them.
    let graph: MeetingGraph
    /// Actors left out to keep the drawing readable.
    let hiddenNodes: Int

    init(_ graph: MeetingGraph, limit: Int) {
        let kept = Array(graph.nodes.prefix(limit))
        let ids = Set(kept.map(\.actor.id))
        self.graph = MeetingGraph(
            nodes: kept, edges: graph.edges.filter { ids.contains($0.source) && ids.contains($0.target) })
        hiddenNodes = graph.nodes.count - kept.count
    }

    func render() -> HTML {
        let index = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.actor.id, $0) })
        let layout = GraphLayout(
            edges: graph.edges.compactMap { edge in
                guard let a = index[edge.source], let b = index[edge.target] else { return nil }
                return (a, b, edge.meetings)
            }, count: graph.nodes.count, aspect: (Self.width - 2 * Self.margin) / (Self.height - 1.5 * Self.margin))
        let points = layout.positions().map { point in
            GraphLayout.Point(
                x: Self.margin + point.x * (Self.width - 2 * Self.margin),
                y: Self.margin / 2 + point.y * (Self.height - 1.5 * Self.margin))
        }
        let names = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.actor.id, $0.actor.name) })
        let edges = graph.edges.compactMap { edge -> HTML? in
            guard let a = index[edge.source], let b = index[edge.target] else { return nil }
            return edgeMarkup(edge, from: points[a], to: points[b], names: names)
        }
        let nodes = graph.nodes.enumerated().map { offset, node in nodeMarkup(node, at: points[offset]) }
        return """
            <svg class="network" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
            aria-label="Network of \(graph.nodes.count) actors and \(graph.edges.count) ties" \
            xmlns="http://www.w3.org/2000/svg">
            <g class="edges">\(edges)</g>
            <g class="nodes">\(nodes)</g>
            </svg>
            """
    }

    /// The radius of an actor's circle: its area grows with its meetings, the busiest actor drawn largest.
    static func radius(_ meetings: Int, busiest: Int) -> Double {
        5 + 17 * (Double(max(meetings, 1)) / Double(max(busiest, 1))).squareRoot()
    }

    private func nodeMarkup(_ node: MeetingGraph.Node, at point: GraphLayout.Point) -> HTML {
        let actor = node.actor
        let radius = Self.radius(node.meetings, busiest: graph.nodes.first?.meetings ?? 1)
        let about = [actor.kind.rawValue, actor.country, PageParts.count(node.meetings, "meeting")]
            .compactMap { $0 }.joined(separator: ", ")
        return """
            <a href="\(Links.actor(actor.id))" class="node k-\(actor.kind.rawValue)" data-id="\(actor.id)">\
            <title>\(actor.name) (\(about))</title>\
            <circle cx="\(Self.number(point.x))" cy="\(Self.number(point.y))" r="\(Self.number(radius))"/>\
            <text x="\(Self.number(point.x))" y="\(Self.number(point.y + radius + 13))">\(actor.name)</text></a>
            """
    }

    private func edgeMarkup(
        _ edge: MeetingGraph.Edge, from a: GraphLayout.Point, to b: GraphLayout.Point, names: [Int64: String]
    ) -> HTML {
        let span = [edge.first, edge.last].compactMap { $0?.description }
        let dates = Set(span).count > 1 ? ", \(span[0]) to \(span[1])" : span.first.map { ", " + $0 } ?? ""
        let count = PageParts.count(edge.meetings, "meeting")
        let title = "\(names[edge.source] ?? "") – \(names[edge.target] ?? ""): \(count)\(dates)"
        let link = Links.to("/meetings", [("actor", String(edge.source)), ("with", String(edge.target))])
        let width = 1.5 + 2 * log2(Double(max(edge.meetings, 1)))
        return """
            <a href="\(link)" class="edge" data-a="\(edge.source)" data-b="\(edge.target)"><title>\(title)</title>\
            <line x1="\(Self.number(a.x))" y1="\(Self.number(a.y))" x2="\(Self.number(b.x))" y2="\(Self.number(b.y))" \
            stroke-width="\(Self.number(width))"/></a>
            """
    }

    /// One decimal is finer than a pixel and keeps the markup small.
    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
