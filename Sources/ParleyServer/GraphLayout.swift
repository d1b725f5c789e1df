import Foundation

/// Places the nodes of a network in a square: a force-directed layout (Fruchterman and Reingold, 1991).
///
/// Linked nodes pull together, all nodes push apart, a weak pull to the centre keeps separate groups in
/// view. Deterministic: the start is a circle in the order given and no randomness is used, so the same
/// network is drawn the same way every time.
struct GraphLayout {
    struct Point: Sendable, Hashable {
        var x: Double
        var y: Double
    }

    /// Node pairs by index, with a weight (the meeting count).
    let edges: [(Int, Int, Int)]
    let count: Int
    var iterations = 300

    /// Positions in 0...1 on both axes, in the order of the nodes.
    func positions() -> [Point] {
        guard count > 1 else { return Array(repeating: Point(x: 0.5, y: 0.5), count: count) }
        let k = 1 / Double(count).squareRoot()
        var points = (0..<count).map { index -> Point in
            let angle = 2 * Double.pi * Double(index) / Double(count)
            return Point(x: 0.5 + 0.4 * cos(angle), y: 0.5 + 0.4 * sin(angle))
        }
        var temperature = 0.1
        let cooling = temperature / Double(iterations + 1)
        for _ in 0..<iterations {
            var moves = Array(repeating: Point(x: 0, y: 0), count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    var dx = points[i].x - points[j].x
                    var dy = points[i].y - points[j].y
                    // Nodes on the same spot are pulled apart in a fixed direction.
                    if dx == 0 && dy == 0 { (dx, dy) = (1e-4 * Double(i + 1), 1e-4) }
                    let distance = max((dx * dx + dy * dy).squareRoot(), 1e-4)
                    let force = k * k / distance
                    moves[i].x += dx / distance * force
                    moves[i].y += dy / distance * force
                    moves[j].x -= dx / distance * force
                    moves[j].y -= dy / distance * force
                }
            }
            for (a, b, weight) in edges where a != b {
                let dx = points[a].x - points[b].x
                let dy = points[a].y - points[b].y
                let distance = max((dx * dx + dy * dy).squareRoot(), 1e-4)
                // Stronger ties pull harder, but a pair met ten times is not drawn ten times closer.
                let force = distance * distance / k * (1 + log(Double(max(weight, 1))))
                moves[a].x -= dx / distance * force
                moves[a].y -= dy / distance * force
                moves[b].x += dx / distance * force
                moves[b].y += dy / distance * force
            }
            for i in 0..<count {
                moves[i].x += (0.5 - points[i].x) * k * 2
                moves[i].y += (0.5 - points[i].y) * k * 2
                let length = max((moves[i].x * moves[i].x + moves[i].y * moves[i].y).squareRoot(), 1e-9)
                let step = min(length, temperature)
                points[i].x += moves[i].x / length * step
                points[i].y += moves[i].y / length * step
            }
            temperature -= cooling
        }
        return Self.fitted(points)
    }

    /// The points scaled to fill 0...1 on both axes, keeping their proportions.
    static func fitted(_ points: [Point]) -> [Point] {
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return points }
        let span = max(maxX - minX, maxY - minY, 1e-9)
        let offsetX = (1 - (maxX - minX) / span) / 2
        let offsetY = (1 - (maxY - minY) / span) / 2
        return points.map { Point(x: offsetX + ($0.x - minX) / span, y: offsetY + ($0.y - minY) / span) }
    }
}
