import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `export --format graphml|dot`: the meeting network for Gephi and Graphviz.
@Suite struct GraphExportTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace.ingested()
    }

    @Test func graphMLIsWellFormedWithNodesAndWeightedEdges() throws {
        // When the network is exported as GraphML
        let run = try workspace.parley(["export", "--format", "graphml"])
        #expect(run.status == 0, "\(run)")

        // Then it parses as XML, with a node per actor who met someone and the meeting count on each edge
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let nodes = try document.nodes(forXPath: "//*[local-name()='node']")
        let edges = try document.nodes(forXPath: "//*[local-name()='edge']")
        #expect(nodes.count >= 10)
        #expect(edges.count >= 5)
        #expect(run.stdout.contains("<data key=\"label\">John Carter</data><data key=\"kind\">person</data>"))
        #expect(run.stdout.contains("<data key=\"country\">USA</data>"))
        let carterAndLi = try #require(
            edges.first { edge in
                let text = edge.xmlString
                return text.contains("<data key=\"first\">2023-05-08</data>")
            })
        #expect(carterAndLi.xmlString.contains("<data key=\"weight\">1</data>"))
        #expect(carterAndLi.xmlString.contains("<data key=\"last\">2023-05-08</data>"))
    }

    @Test func dotNamesEveryTieOnce() throws {
        let run = try workspace.parley(["export", "--format", "dot"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("graph parley {"))
        #expect(run.stdout.hasSuffix("}\n"))
        #expect(run.stdout.contains("[label=\"John Carter\""))
        let ties = run.outputLines.filter { $0.contains(" -- ") }
        #expect(ties.count >= 5)
        #expect(Set(ties).count == ties.count)
    }
}
