import Foundation

/// Places the nodes of a network in the unit square: each connected group by a force-directed layout
/// (Fruchterman and Reingold, 1991), the groups then packed side by side, largest first.
///
/// Laying the groups out apart keeps pairs who met only each other from being squeezed together by the
/// push of everyone else. Deterministic: the start is a circle in the order given and no randomness is
/// used, so the same network is drawn the same way every time.
struct GraphLayout {
    struct Point: Sendable, Hashable {
        var x: Double
        var y: Double
    }

    /// Node pairs by index, with a weight (the meeting count).
    let edges: [(Int, Int, Int)]
    let count: Int
    var iterations = 300
    /// Width over height of the drawing the points will fill.
    var aspect = 1.5

    /// Positions in 0...1 on both axes, in the order of the nodes.
    func positions() -> [Point] {
        var result = Array(repeating: Point(x: 0.5, y: 0.5), count: count)
        let groups = components()
        let cells = Self.pack(groups.map { Double($0.count).squareRoot() }, aspect: aspect)
        for (group, cell) in zip(groups, cells) {
            let local = Dictionary(uniqueKeysWithValues: group.enumerated().map { ($1, $0) })
            let groupEdges = edges.compactMap { a, b, weight -> (Int, Int, Int)? in
                guard let a = local[a], let b = local[b] else { return nil }
                return (a, b, weight)
            }
            let points = Self.forceDirected(count: group.count, edges: groupEdges, iterations: iterations)
            for (offset, node) in group.enumerated() {
                // A margin inside each cell keeps the names of neighbouring groups apart.
                result[node] = Point(
                    x: cell.x + cell.side * (0.2 + 0.6 * points[offset].x),
                    y: cell.y + cell.side * (0.2 + 0.6 * points[offset].y))
            }
        }
        // Stretched to fill the frame: a round network in a wide drawing would leave its sides empty.
        return Self.filled(result)
    }

    /// Connected groups of node indices, largest first, each in index order.
    func components() -> [[Int]] {
        var parent = Array(0..<count)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node { (parent[node], node) = (parent[parent[node]], parent[node]) }
            return node
        }
        for (a, b, _) in edges where a < count && b < count { parent[root(a)] = root(b) }
        let groups = Dictionary(grouping: 0..<count, by: root).values.map { $0.sorted() }
        return groups.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }

    /// Square cells of the given sides in rows, left to right, rows about `aspect` times as wide as high.
    static func pack(_ sides: [Double], aspect: Double) -> [(x: Double, y: Double, side: Double)] {
        let area = sides.reduce(0) { $0 + $1 * $1 }
        let rowWidth = max(sides.max() ?? 1, (area * aspect).squareRoot())
        var cells: [(x: Double, y: Double, side: Double)] = []
        var (x, y, rowHeight) = (0.0, 0.0, 0.0)
        for side in sides {
            if x > 0 && x + side > rowWidth * 1.05 { (x, y, rowHeight) = (0, y + rowHeight, 0) }
            cells.append((x, y, side))
            x += side
            rowHeight = max(rowHeight, side)
        }
        return cells
    }

    /// One connected group: linked nodes pull together, all nodes push apart; positions fitted to 0...1.
    static func forceDirected(count: Int, edges: [(Int, Int, Int)], iterations: Int) -> [Point] {
        guard count > 1 else { return Array(repeating: Point(x: 0.5, y: 0.5), count: count) }
        let k = 1 / Double(count).squareRoot()
        var points = (0..<count).map { index -> Point in
            // Tilted, so that a pair lies on a slant and the names under its two ends stay apart.
            let angle = 0.5 + 2 * Double.pi * Double(index) / Double(count)
            return Point(x: 0.5 + 0.4 * cos(angle), y: 0.5 + 0.4 * sin(angle))
        }
        var temperature = 0.1
        let cooling = temperature / Double(iterations + 1)
        for _ in 0..<iterations {
            var moves = Array(repeating: Point(x: 0, y: 0), count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    let dx = points[i].x - points[j].x
                    let dy = points[i].y - points[j].y
                    let distance = max((dx * dx + dy * dy).squareRoot(), 1e-4)
                    let force = k * k / distance / distance
                    moves[i].x += dx * force
                    moves[i].y += dy * force
                    moves[j].x -= dx * force
                    moves[j].y -= dy * force
                }
            }
            for (a, b, weight) in edges where a != b {
                let dx = points[a].x - points[b].x
                let dy = points[a].y - points[b].y
                let distance = max((dx * dx + dy * dy).squareRoot(), 1e-4)
                // Stronger ties pull harder, but a pair met ten times is not drawn ten times closer.
                let force = distance / k * (1 + 0.3 * log(Double(max(weight, 1))))
                moves[a].x -= dx * force
                moves[a].y -= dy * force
                moves[b].x += dx * force
                moves[b].y += dy * force
            }
            for i in 0..<count {
                let length = max((moves[i].x * moves[i].x + moves[i].y * moves[i].y).squareRoot(), 1e-9)
                let step = min(length, temperature)
                points[i].x += moves[i].x / length * step
                points[i].y += moves[i].y / length * step
            }
            temperature -= cooling
        }
        return fitted(points, aspect: 1)
    }

    /// The points scaled to fill 0...1 on each axis apart.
    static func filled(_ points: [Point]) -> [Point] {
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return points }
        func scaled(_ value: Double, _ low: Double, _ high: Double) -> Double {
            high - low < 1e-9 ? 0.5 : (value - low) / (high - low)
        }
        return points.map { Point(x: scaled($0.x, minX, maxX), y: scaled($0.y, minY, maxY)) }
    }

    /// The points scaled into 0...1, keeping proportions for a drawing `aspect` times as wide as high.
    static func fitted(_ points: [Point], aspect: Double) -> [Point] {
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return points }
        let scale = 1 / max((maxX - minX) / aspect, maxY - minY, 1e-9)
        let offsetX = (1 - (maxX - minX) * scale / aspect) / 2
        let offsetY = (1 - (maxY - minY) * scale) / 2
        return points.map {
            Point(x: offsetX + ($0.x - minX) * scale / aspect, y: offsetY + ($0.y - minY) * scale)
        }
    }
}
