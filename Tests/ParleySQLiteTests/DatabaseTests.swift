import Foundation
import ParleySQLite
import Testing

/// Result codes the tests expect, spelled out because the C macros belong to the C module.
enum ResultCode {
    static let error: Int32 = 1
    static let busy: Int32 = 5
    static let cantOpen: Int32 = 14
    static let constraint: Int32 = 19
    static let notADatabase: Int32 = 26
    static let constraintForeignKey: Int32 = 787
    static let constraintNotNull: Int32 = 1299
    static let constraintUnique: Int32 = 2067
}

@Suite struct DatabaseTests {
    /// The three places a database can live; a file location gets its own scratch folder.
    enum Place: String, CaseIterable, Sendable {
        case memory, temporary, file
    }

    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    func open(_ place: Place, busyTimeout: Int32 = 5_000) throws -> Database {
        switch place {
        case .memory: try Database(.memory, busyTimeout: busyTimeout)
        case .temporary: try Database(.temporary, busyTimeout: busyTimeout)
        case .file: try Database(.path(scratch.path("test.sqlite")), busyTimeout: busyTimeout)
        }
    }

    func count(_ database: Database, _ table: String) throws -> Int64? {
        if case let .integer(n)? = try database.scalar("SELECT count(*) FROM \(table)") { return n }
        return nil
    }

    // MARK: Opening

    @Test(arguments: Place.allCases)
    func executeRunAndQueryWorkInEveryPlace(_ place: Place) throws {
        // Given a fresh database with one table
        let database = try open(place)
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")

        // When two rows are inserted with bound values
        try database.run("INSERT INTO t (name) VALUES (?)", [.text("first")])
        try database.run("INSERT INTO t (name) VALUES (?)", ["second"])

        // Then they read back in order
        let names = try database.query("SELECT name FROM t ORDER BY id") { $0.text(0) }
        #expect(names == ["first", "second"])
        #expect(database.lastInsertRowID == 2)
        #expect(database.changes == 1)
    }

    @Test func executeRunsSeveralStatementsAtOnce() throws {
        // Given a script of three statements, as a schema file is
        let database = try Database(.memory)

        // When it is executed in one call
        try database.execute(
            """
            CREATE TABLE a (x);
            CREATE TABLE b (y);
            INSERT INTO a VALUES (1);
            """)

        // Then every statement ran, not only the first
        #expect(try count(database, "a") == 1)
        #expect(try count(database, "b") == 0)
    }

    @Test func openingAPathInAMissingFolderFailsWithCantOpen() throws {
        // Given a path whose folder does not exist
        let path = scratch.path("missing-folder/test.sqlite")

        // When it is opened, then SQLite's CANTOPEN comes back
        let error = #expect(throws: SQLiteError.self) { try Database(.path(path)) }
        #expect(error?.primaryCode == ResultCode.cantOpen)
    }

    @Test func openingAFileOfGarbageFailsWithNotADatabase() throws {
        // Given a file that is not a SQLite database
        let path = try scratch.write(Array(repeating: 0xA5, count: 4096), to: "garbage.sqlite")

        // When it is opened, then the connection refuses it as NOTADB
        let error = #expect(throws: SQLiteError.self) { try Database(.path(path)) }
        #expect(error?.extendedCode == ResultCode.notADatabase)
        #expect(error?.message.contains("not a database") == true)
    }

    // MARK: Values

    @Test(arguments: [
        SQLiteValue.null,
        .integer(0), .integer(42), .integer(-7), .integer(Int64.max), .integer(Int64.min),
        .real(3.25), .real(-0.5), .real(1e300),
        .text(""), .text("plain"), .text("O'Brien said \"no\"; DROP TABLE t; --"),
        .text("Qín Gāng, 秦刚, Łukasz, Ἀθῆναι, 🇨🇳🤝🇺🇸"), .text("line one\nline two\ttab"),
        .blob([]), .blob([0, 1, 2, 0xFF, 0]),
    ])
    func everyValueRoundTrips(_ value: SQLiteValue) throws {
        // Given a table without a declared type, so that SQLite keeps each storage class
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (v)")

        // When the value is bound and read back
        try database.run("INSERT INTO t (v) VALUES (?)", [value])
        let stored = try database.scalar("SELECT v FROM t")

        // Then it is the same value, of the same storage class
        #expect(stored == value)
    }

    @Test func aLargeBlobAndALongTextRoundTrip() throws {
        // Given a table and values much larger than a page
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (b BLOB, s TEXT)")
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0) }
        let text = String(repeating: "Überall 会谈 ", count: 10_000)

        // When both are stored and read back
        try database.run("INSERT INTO t VALUES (?, ?)", [.blob(bytes), .text(text)])
        let row = try database.query("SELECT b, s FROM t") { ($0.value(0), $0.text(1)) }.first

        // Then every byte is there
        #expect(row?.0 == .blob(bytes))
        #expect(row?.1 == text)
    }

    @Test func aStringWithAnEmbeddedNULRoundTrips() throws {
        // Given text with a NUL character in the middle
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (v TEXT)")
        let text = "before\u{0}after"

        // When it is stored and read back
        try database.run("INSERT INTO t (v) VALUES (?)", [.text(text)])

        // Then nothing after the NUL is lost
        #expect(try database.scalar("SELECT length(CAST(v AS BLOB)) FROM t") == .integer(12))
        #expect(try database.query("SELECT v FROM t") { $0.text(0) } == [text])
    }

    @Test func literalsAndOptionalInitializersBindTheIntendedClass() throws {
        // Given values written as literals and as optionals
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (v)")
        let values: [SQLiteValue] = [
            "text", 12, 1.5, nil, SQLiteValue(String?.none), SQLiteValue(Int?(3)),
            SQLiteValue(Int64?.none), SQLiteValue("x" as String?),
        ]

        // When each is inserted
        for value in values { try database.run("INSERT INTO t (v) VALUES (?)", [value]) }

        // Then SQLite reports the storage class the literal stands for
        let types = try database.query("SELECT typeof(v) FROM t ORDER BY rowid") { $0.text(0) ?? "" }
        #expect(types == ["text", "integer", "real", "null", "null", "integer", "null", "text"])
    }

    @Test func typedReadsGiveNilForNull() throws {
        // Given one row of NULLs and one of values
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB)")
        try database.run("INSERT INTO t VALUES (?, ?, ?, ?)", [.null, .null, .null, .null])
        try database.run("INSERT INTO t VALUES (?, ?, ?, ?)", [7, 2.5, "seven", .blob([7])])

        // When the rows are read through the typed accessors
        let rows = try database.query("SELECT i, d, s, b FROM t ORDER BY rowid") { row in
            (row.isNull(0), row.int(0), row.double(1), row.text(2), row.value(3))
        }

        // Then NULL reads as nil (or .null), never as zero or an empty string
        #expect(rows.count == 2)
        #expect(rows[0].0 == true)
        #expect(rows[0].1 == nil && rows[0].2 == nil && rows[0].3 == nil && rows[0].4 == .null)
        #expect(rows[1].0 == false)
        #expect(rows[1].1 == 7 && rows[1].2 == 2.5 && rows[1].3 == "seven" && rows[1].4 == .blob([7]))
    }

    @Test func bindingsDoNotLeakFromOneRunToTheNext() throws {
        // Given a statement run once with two values
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (a, b)")
        try database.run("INSERT INTO t VALUES (?, ?)", [1, 2])

        // When it is run again with one value only
        try database.run("INSERT INTO t VALUES (?, ?)", [3])

        // Then the missing parameter is NULL, not the earlier 2
        #expect(try database.query("SELECT b FROM t ORDER BY rowid") { $0.value(0) } == [.integer(2), .null])
    }

    // MARK: Statements

    @Test func cachedStatementsAreReusedPerSQL() throws {
        // Given a database with a table
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x)")

        // When the same SQL is asked for twice, and another SQL once
        let first = try database.cachedStatement("SELECT x FROM t")
        let second = try database.cachedStatement("SELECT x FROM t")
        let other = try database.cachedStatement("SELECT x FROM t WHERE x > 0")

        // Then the same compiled statement comes back for the same SQL only
        #expect(first === second)
        #expect(first !== other)
        #expect(first.sql == "SELECT x FROM t")
    }

    @Test func aCachedQueryCanRunAgainAfterBeingAbandonedMidway() throws {
        // Given a query stepped once and left on its first row
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3);")
        let statement = try database.cachedStatement("SELECT x FROM t ORDER BY x")
        try statement.bind([])
        #expect(try statement.step())
        #expect(statement.row.int(0) == 1)

        // When the same SQL runs through the cache again
        let all = try database.query("SELECT x FROM t ORDER BY x") { $0.int(0) }

        // Then it starts from the first row again
        #expect(all == [1, 2, 3])
    }

    @Test func aPreparedStatementDescribesItsColumns() throws {
        // Given a compiled query with two named columns
        let database = try Database(.memory)
        let statement = try database.prepare("SELECT 1 AS one, 'two' AS two")

        // Then its columns are known before it runs
        #expect(statement.columnCount == 2)
        #expect(statement.columnName(0) == "one")
        #expect(statement.columnName(1) == "two")
    }

    // MARK: Transactions

    @Test func aTransactionCommitsWhenItsBodyReturns() throws {
        // Given a table
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x)")

        // When two rows are inserted in a transaction
        let result = try database.transaction {
            #expect(database.isInTransaction)
            try database.run("INSERT INTO t VALUES (1)")
            try database.run("INSERT INTO t VALUES (2)")
            return "done"
        }

        // Then both are stored and the transaction is over
        #expect(result == "done")
        #expect(try count(database, "t") == 2)
        #expect(!database.isInTransaction)
    }

    struct Abort: Error {}

    @Test(arguments: [Database.TransactionKind.deferred, .immediate])
    func aTransactionRollsBackWhenItsBodyThrows(_ kind: Database.TransactionKind) throws {
        // Given a table with one row
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x); INSERT INTO t VALUES (0);")

        // When a transaction inserts a row and then throws
        #expect(throws: Abort.self) {
            try database.transaction(kind) {
                try database.run("INSERT INTO t VALUES (1)")
                throw Abort()
            }
        }

        // Then the insert is undone and the connection is usable again
        #expect(try count(database, "t") == 1)
        #expect(!database.isInTransaction)
        try database.run("INSERT INTO t VALUES (2)")
        #expect(try count(database, "t") == 2)
    }

    @Test func aFailedStatementInsideATransactionRollsBackTheEarlierOnes() throws {
        // Given a table with a unique column
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x UNIQUE)")

        // When a transaction inserts a row and then violates the constraint
        #expect(throws: SQLiteError.self) {
            try database.transaction {
                try database.run("INSERT INTO t VALUES (1)")
                try database.run("INSERT INTO t VALUES (1)")
            }
        }

        // Then nothing of it remains
        #expect(try count(database, "t") == 0)
    }

    // MARK: Pragmas

    @Test(arguments: Place.allCases)
    func foreignKeysAreEnforced(_ place: Place) throws {
        // Given a parent and a child table
        let database = try open(place)
        try database.execute(
            """
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id));
            """)
        #expect(try database.scalar("PRAGMA foreign_keys") == .integer(1))

        // When a child names a parent that does not exist, then SQLite refuses it
        let error = #expect(throws: SQLiteError.self) {
            try database.run("INSERT INTO child VALUES (?)", [99])
        }
        #expect(error?.extendedCode == ResultCode.constraintForeignKey)
    }

    @Test func fileDatabasesUseWriteAheadLogging() throws {
        // Given a database in a file
        let database = try open(.file)

        // Then its journal is a write-ahead log
        #expect(try database.scalar("PRAGMA journal_mode") == .text("wal"))
    }

    @Test func memoryDatabasesKeepTheirJournalInMemory() throws {
        let database = try open(.memory)
        #expect(try database.scalar("PRAGMA journal_mode") == .text("memory"))
    }

    @Test(arguments: [Int32(5_000), 250])
    func theBusyTimeoutIsSet(_ milliseconds: Int32) throws {
        // Given a connection opened with a busy timeout
        let database = try open(.memory, busyTimeout: milliseconds)

        // Then SQLite reports it
        #expect(try database.scalar("PRAGMA busy_timeout") == .integer(Int64(milliseconds)))
    }

    @Test func aSecondWriterGivesUpAfterTheBusyTimeout() throws {
        // Given one connection holding the write lock of a file database
        let path = scratch.path("shared.sqlite")
        let writer = try Database(.path(path))
        try writer.execute("CREATE TABLE t (x)")
        try writer.execute("BEGIN IMMEDIATE")
        defer { try? writer.execute("ROLLBACK") }

        // When a second connection with a short timeout asks for it
        let other = try Database(.path(path), busyTimeout: 50)
        let started = Date()
        let error = #expect(throws: SQLiteError.self) { try other.execute("BEGIN IMMEDIATE") }

        // Then it waits about that long and reports BUSY
        #expect(error?.primaryCode == ResultCode.busy)
        #expect(Date().timeIntervalSince(started) >= 0.04)
        // And a reader still sees the committed table beside the open write transaction (WAL)
        #expect(try other.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test func userVersionAndApplicationIDReadBackWhatWasSet() throws {
        // Given a fresh database, which has neither
        let database = try Database(.memory)
        #expect(try database.userVersion() == 0)
        #expect(try database.applicationID() == 0)

        // When both are set
        try database.execute("PRAGMA user_version = 7")
        try database.execute("PRAGMA application_id = 1347570777")

        // Then both read back
        #expect(try database.userVersion() == 7)
        #expect(try database.applicationID() == 1_347_570_777)
    }

    @Test func theLibraryVersionIsReported() {
        #expect(Database.libraryVersion.hasPrefix("3."))
    }

    // MARK: Errors

    @Test func aUniqueViolationCarriesItsExtendedCodeMessageAndSQL() throws {
        // Given a table with a unique column holding one value
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x TEXT UNIQUE)")
        let sql = "INSERT INTO t (x) VALUES (?)"
        try database.run(sql, ["same"])

        // When the value is inserted again
        let error = #expect(throws: SQLiteError.self) { try database.run(sql, ["same"]) }

        // Then the error tells which constraint, where, and in which SQL
        #expect(error?.extendedCode == ResultCode.constraintUnique)
        #expect(error?.primaryCode == ResultCode.constraint)
        #expect(error?.message == "UNIQUE constraint failed: t.x")
        #expect(error?.sql == sql)
        #expect(error?.description.contains("2067") == true)
        #expect(error?.description.contains(sql) == true)
    }

    @Test func aNotNullViolationHasItsOwnExtendedCode() throws {
        let database = try Database(.memory)
        try database.execute("CREATE TABLE t (x NOT NULL)")
        let error = #expect(throws: SQLiteError.self) { try database.run("INSERT INTO t VALUES (?)", [nil]) }
        #expect(error?.extendedCode == ResultCode.constraintNotNull)
    }

    @Test func aSyntaxErrorIsReportedWhenPreparing() throws {
        // Given a statement with a typo
        let database = try Database(.memory)
        let sql = "SELEC 1"

        // When it is compiled, then the error names the SQL and the problem
        let error = #expect(throws: SQLiteError.self) { try database.prepare(sql) }
        #expect(error?.extendedCode == ResultCode.error)
        #expect(error?.message.contains("syntax error") == true)
        #expect(error?.sql == sql)
    }

    @Test func anExecuteErrorCarriesTheScript() throws {
        let database = try Database(.memory)
        let script = "CREATE TABLE t (x); INSERT INTO missing VALUES (1);"
        let error = #expect(throws: SQLiteError.self) { try database.execute(script) }
        #expect(error?.message == "no such table: missing")
        #expect(error?.sql == script)
    }

    @Test func aQueryOnAMissingTableFailsWithoutPoisoningTheCache() throws {
        // Given a query that fails because its table is missing
        let database = try Database(.memory)
        #expect(throws: SQLiteError.self) { try database.query("SELECT x FROM t") { $0.int(0) } }

        // When the table is created and the query asked again
        try database.execute("CREATE TABLE t (x); INSERT INTO t VALUES (5);")

        // Then it compiles afresh and answers
        #expect(try database.query("SELECT x FROM t") { $0.int(0) } == [5])
    }
}
