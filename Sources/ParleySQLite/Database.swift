import CSQLite

/// One connection to a SQLite database.
///
/// Not `Sendable`: a connection has one owner, which serializes access.
///
/// ```swift
/// let db = try Database(.memory)
/// try db.execute("CREATE TABLE t(x)")
/// try db.run("INSERT INTO t VALUES (?)", [.text("hello")])
/// ```
public final class Database {
    let handle: OpaquePointer
    public let location: DatabaseLocation
    private var cache: [StatementKey: PreparedStatement] = [:]

    /// Opens a connection. `readOnly` opens an existing file for reading only (`SQLITE_OPEN_READONLY`, as the sqlite3
    /// shell's `-readonly`): the journal mode is left as the file has it, and closing writes and removes nothing.
    public init(
        _ location: DatabaseLocation, readOnly: Bool = false, busyTimeout milliseconds: Int32 = 5_000
    ) throws(SQLiteError) {
        let filename: String =
            switch location {
            case let .path(path): path
            case .memory: ":memory:"
            case .temporary: ""
            }
        var connection: OpaquePointer?
        let access = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let flags = access | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(filename, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = SQLiteError.from(connection, code: code, sql: nil)
            // A failed open still allocates a handle that must be closed.
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.location = location
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, milliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if case .path = location, !readOnly {
            // WAL lets readers run beside an ingest; it cannot be set on memory databases.
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without parameters (schema files, pragmas).
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Compiles a statement the caller owns.
    public func prepare(_ sql: String) throws(SQLiteError) -> PreparedStatement {
        try PreparedStatement(connection: handle, sql: sql)
    }

    /// A statement compiled once per connection and reused: the store's hot paths.
    public func cachedStatement(_ sql: String) throws(SQLiteError) -> PreparedStatement {
        let key = StatementKey(sql: sql)
        if let statement = cache[key] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        cache[key] = statement
        return statement
    }

    /// Runs one statement with bound values.
    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) {
        try cachedStatement(sql).run(values)
    }

    /// Runs one query with bound values and maps each row.
    public func query<T>(_ sql: String, _ values: [SQLiteValue] = [], _ transform: (Row) throws -> T) throws -> [T] {
        try cachedStatement(sql).query(values, transform)
    }

    /// The first column of the first row, or nil.
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> SQLiteValue? {
        try query(sql, values) { $0.value(0) }.first
    }

    /// The rowid of the last row inserted through this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True between BEGIN and COMMIT or ROLLBACK (SQLite may roll back by itself after a fatal error).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// When a transaction takes its lock: IMMEDIATE at once, so that a writer never fails half-way.
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED", immediate = "IMMEDIATE"
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// `PRAGMA user_version`: the schema version of the file.
    public func userVersion() throws -> Int {
        if case let .integer(version)? = try scalar("PRAGMA user_version") { return Int(version) }
        return 0
    }

    /// `PRAGMA application_id`: tells a Parley file from any other SQLite file.
    public func applicationID() throws -> Int32 {
        if case let .integer(id)? = try scalar("PRAGMA application_id") { return Int32(truncatingIfNeeded: id) }
        return 0
    }

    /// The library version, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}

/// The statement cache's key: the SQL text, hashed by its length and a few of its bytes. An ingest looks up a
/// statement about 120 times an article, and hashing the whole text (often hundreds of bytes, SipHash) each time
/// cost more than the lookup saved over parsing the small ones. Keys that hash alike still compare whole texts.
private struct StatementKey: Hashable {
    let sql: String

    static func == (a: Self, b: Self) -> Bool { a.sql == b.sql }

    func hash(into hasher: inout Hasher) {
        let sampled: Void? = sql.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes.count)
            // Eight bytes spread over the text; the statements of one program differ in most of them.
            for step in 1...8 where !bytes.isEmpty { hasher.combine(bytes[(bytes.count - 1) * step / 8]) }
        }
        // Text not stored contiguously (bridged): hashed whole, as a `String` key was.
        if sampled == nil { hasher.combine(sql) }
    }
}
