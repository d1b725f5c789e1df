import ArgumentParser
import Foundation
import ParleyServer

extension Parley {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the record read-only in a browser and as a JSON API.",
            discussion: """
                Pages: / (overview), /meetings, /statements, /actors, /graph (who met whom), /search;
                the JSON API is under /api/. Only this machine can connect unless --host says otherwise.
                Example: parley --db diplomacy.sqlite serve --port 8080
                """)

        @ParentCommand var parley: Parley
        @Option(help: "The address to listen on; 0.0.0.0 opens the server to the network.")
        var host = ParleyServer.defaultHost
        @Option(help: "The port to listen on; 0 picks a free one.") var port = 8080

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
            if host.isEmpty { throw ValidationError("--host must name an address, such as 127.0.0.1") }
        }

        func run() async throws {
            // A copy made from the option alone opens a store that nothing else holds, which the compiler
            // lets the server take over; one opened through `parley` would share this command's region.
            var options = GlobalOptions()
            options.db = parley.global.db
            let path = options.databasePath
            let server = try ParleyServer(store: try options.openStore(), host: host, port: port)
            do {
                try await server.run { host, port in
                    // Written at once, unbuffered: scripts and tests read the address from a pipe to know it is up.
                    let line = "parley: serving \(path) read-only at http://\(host):\(port)/ (Ctrl-C stops)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            } catch {
                // NIO's words for a port in use or an address not of this machine; say what to change.
                throw CommandFailure("cannot serve at \(host):\(port): \(error); choose another --port or --host")
            }
        }
    }
}
