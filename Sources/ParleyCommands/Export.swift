import ArgumentParser
import Foundation
import ParleyFormats
import ParleyStore

extension Parley {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the whole store to standard output.",
            discussion: """
                jsonl: one object a line (articles, actors, meetings, statements), the evaluation contract.
                csv: one line per meeting and statement, with its first evidence sentence.
                graphml: who met whom, for Gephi (nodes with kind and country; edges with meeting count, first and last date).
                dot: the same network for Graphviz (dot -Tsvg, neato -Tsvg).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case jsonl, csv, graphml, dot
        }

        @ParentCommand var parley: Parley
        @Option(help: "Output format.") var format: Format = .jsonl

        func run() throws {
            let store = try parley.global.openStore()
            var output = BufferedOutput()
            switch format {
            case .jsonl: try ExportWriter(store: store).writeJSONLines(to: &output)
            case .csv: try ExportWriter(store: store).writeCSV(to: &output)
            case .graphml: print(GraphMLDocument.render(try store.meetingGraph(MeetingFilter())), terminator: "")
            case .dot: print(DOTDocument.render(try store.meetingGraph(MeetingFilter())), terminator: "")
            }
            output.flush()
        }
    }
}
