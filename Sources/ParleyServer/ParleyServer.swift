import Hummingbird
import Logging
import ParleyStore

/// `parley serve`: the record as HTML pages and a JSON API, over one read-only connection.
///
/// ```swift
/// let server = try ParleyServer(store: try ParleyStore(.path("diplomacy.sqlite")))
/// try await server.run { host, port in print("http://\(host):\(port)/") }
/// ```
public struct ParleyServer: Sendable {
    /// Loopback unless told otherwise: the record is for the person at this machine.
    public static let defaultHost = "127.0.0.1"

    let reader: StoreReader
    public let host: String
    public let port: Int

    /// Takes the store over; its connection refuses writes from here on. Port 0 picks a free port.
    public init(store: sending ParleyStore, host: String = Self.defaultHost, port: Int = 8080) throws {
        reader = try StoreReader(store)
        self.host = host
        self.port = port
    }

    /// Serves until the task is cancelled or the process is interrupted (SIGINT, SIGTERM).
    ///
    /// `onListening` is told the host and the port listened on (the chosen one when the port was 0).
    public func run(onListening: @escaping @Sendable (String, Int) async -> Void = { _, _ in }) async throws {
        let router = Router()
        router.add(middleware: ErrorPages())
        PageRoutes(reader: reader).register(on: router)
        APIRoutes(reader: reader).register(on: router)
        var logger = Logger(label: "parley.serve")
        logger.logLevel = .warning
        let host = host
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "parley"),
            onServerRunning: { channel in await onListening(host, channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}
