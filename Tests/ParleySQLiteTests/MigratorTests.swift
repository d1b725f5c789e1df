import Foundation
import ParleySQLite
import Testing

@Suite struct MigratorTests {
    static let applicationID: Int32 = 0x5445_5354

    /// Three steps; the second and third log the version in force when they ran.
    static let steps = [
        Migration(
            version: 1, name: "people",
            sql: """
                CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE log (version_before INTEGER NOT NULL);
                """),
        Migration(
            version: 2, name: "places",
            sql: """
                CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                INSERT INTO log SELECT user_version FROM pragma_user_version;
                """),
        Migration(
            version: 3, name: "visits",
            sql: """
                CREATE TABLE visit (person_id INTEGER REFERENCES person (id), place_id INTEGER REFERENCES place (id));
                INSERT INTO log SELECT user_version FROM pragma_user_version;
                """),
    ]

    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    func tables(_ database: Database) throws -> [String] {
        try database.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { $0.text(0) ?? "" }
    }

    @Test func appliesEveryMigrationInOrderEvenWhenGivenOutOfOrder() throws {
        // Given a fresh database and the steps in a shuffled order
        let database = try Database(.memory)
        let migrator = Migrator(
            migrations: [Self.steps[2], Self.steps[0], Self.steps[1]],
            applicationID: Self.applicationID)

        // When it migrates
        let applied = try migrator.migrate(database)

        // Then every step ran, in order, each after the version bump of the one before
        #expect(applied == [1, 2, 3])
        #expect(migrator.latestVersion == 3)
        #expect(try database.userVersion() == 3)
        #expect(try database.applicationID() == Self.applicationID)
        #expect(try tables(database) == ["log", "person", "place", "visit"])
        #expect(try database.query("SELECT version_before FROM log ORDER BY rowid") { $0.int(0) } == [1, 2])
        #expect(!database.isInTransaction)
    }

    @Test func aSecondRunDoesNothing() throws {
        // Given a database already migrated
        let database = try Database(.memory)
        let migrator = Migrator(migrations: Self.steps, applicationID: Self.applicationID)
        try migrator.migrate(database)

        // When it is migrated again
        let applied = try migrator.migrate(database)

        // Then nothing is applied and nothing changes
        #expect(applied.isEmpty)
        #expect(try database.userVersion() == 3)
        #expect(try database.scalar("SELECT count(*) FROM log") == .integer(2))
    }

    @Test func aNewerProgramAppliesOnlyTheNewSteps() throws {
        // Given a file migrated to version 2 by an older program
        let path = scratch.path("upgrade.sqlite")
        try Migrator(migrations: Array(Self.steps.prefix(2)), applicationID: Self.applicationID)
            .migrate(Database(.path(path)))

        // When the full program opens it
        let database = try Database(.path(path))
        let applied = try Migrator(migrations: Self.steps, applicationID: Self.applicationID).migrate(database)

        // Then only step 3 runs
        #expect(applied == [3])
        #expect(try database.userVersion() == 3)
    }

    @Test func refusesADatabaseNewerThanTheProgram() throws {
        // Given a database of this program at a version beyond the known steps
        let database = try Database(.memory)
        let migrator = Migrator(migrations: Self.steps, applicationID: Self.applicationID)
        try migrator.migrate(database)
        try database.execute("PRAGMA user_version = 99")

        // When it is migrated
        let error = #expect(throws: MigrationError.self) { try migrator.migrate(database) }

        // Then it is refused with both versions named, and left as it was
        guard case let .newerThanProgram(found, supported)? = error else {
            Issue.record("expected newerThanProgram, got \(String(describing: error))")
            return
        }
        #expect(found == 99)
        #expect(supported == 3)
        #expect(error?.description.contains("upgrade the program") == true)
        #expect(try database.userVersion() == 99)
    }

    @Test func refusesAForeignDatabaseWithTables() throws {
        // Given a SQLite file another program made: tables, but no application id or version
        let database = try Database(.memory)
        try database.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")

        // When it is migrated
        let error = #expect(throws: MigrationError.self) {
            try Migrator(migrations: Self.steps, applicationID: Self.applicationID).migrate(database)
        }

        // Then it is refused untouched
        guard case let .foreignDatabase(id)? = error else {
            Issue.record("expected foreignDatabase, got \(String(describing: error))")
            return
        }
        #expect(id == 0)
        #expect(error?.description.contains("another program") == true)
        #expect(try tables(database) == ["invoices"])
        #expect(try database.userVersion() == 0)
    }

    @Test func refusesADatabaseWithAnotherApplicationID() throws {
        // Given an empty database marked by another program
        let database = try Database(.memory)
        try database.execute("PRAGMA application_id = 42")

        // When it is migrated, then the foreign id is named
        let error = #expect(throws: MigrationError.self) {
            try Migrator(migrations: Self.steps, applicationID: Self.applicationID).migrate(database)
        }
        guard case let .foreignDatabase(id)? = error else {
            Issue.record("expected foreignDatabase, got \(String(describing: error))")
            return
        }
        #expect(id == 42)
    }

    @Test func migratesAnEmptyFileMadeByAnotherTool() throws {
        // Given an existing, empty file (as `touch` leaves it)
        let path = try scratch.write([], to: "empty.sqlite")

        // When it is opened and migrated
        let database = try Database(.path(path))
        let applied = try Migrator(migrations: Self.steps, applicationID: Self.applicationID).migrate(database)

        // Then it becomes a database of this program
        #expect(applied == [1, 2, 3])
    }

    @Test func aFileOfGarbageIsNotADatabase() throws {
        // Given a file of random-looking bytes
        let path = try scratch.write((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }, to: "noise.db")

        // When it is opened for migration, then it is refused as not a database and left unchanged
        // (the connection already reads the header when it turns on write-ahead logging).
        let error = #expect(throws: SQLiteError.self) {
            try Migrator(migrations: Self.steps, applicationID: Self.applicationID).migrate(Database(.path(path)))
        }
        #expect(error?.extendedCode == ResultCode.notADatabase)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 2048)
    }

    @Test func notADatabaseNamesSQLitesReason() {
        // Given the error the migrator reports for a file it cannot read as a database
        let error = MigrationError.notADatabase(
            SQLiteError(
                extendedCode: ResultCode.notADatabase,
                message: "file is not a database"))

        // Then its message says so in words
        #expect(error.description == "the file is not a SQLite database: file is not a database")
    }

    @Test func aFailingMigrationIsRolledBackAndLeavesTheVersion() throws {
        // Given a database at version 1 and a second step that fails halfway
        let database = try Database(.memory)
        try Migrator(migrations: [Self.steps[0]], applicationID: Self.applicationID).migrate(database)
        let broken = Migration(
            version: 2, name: "broken",
            sql: """
                CREATE TABLE place (id INTEGER PRIMARY KEY);
                INSERT INTO person (name) VALUES ('kept only if committed');
                INSERT INTO no_such_table VALUES (1);
                """)

        // When it is applied
        let error = #expect(throws: MigrationError.self) {
            try Migrator(migrations: [Self.steps[0], broken], applicationID: Self.applicationID).migrate(database)
        }

        // Then the failure names the step, and nothing of it remains
        guard case let .failed(version, name, cause)? = error else {
            Issue.record("expected failed, got \(String(describing: error))")
            return
        }
        #expect(version == 2)
        #expect(name == "broken")
        #expect(cause.message.contains("no_such_table"))
        #expect(try database.userVersion() == 1)
        #expect(try tables(database) == ["log", "person"])
        #expect(try database.scalar("SELECT count(*) FROM person") == .integer(0))
        #expect(!database.isInTransaction)

        // And the corrected step applies afterwards
        #expect(try Migrator(migrations: Self.steps, applicationID: Self.applicationID).migrate(database) == [2, 3])
    }

    @Test func aFailureInTheMiddleKeepsTheStepsBeforeIt() throws {
        // Given three steps of which the third fails
        let database = try Database(.memory)
        let broken = Migration(version: 3, name: "broken", sql: "CREATE TABLE person (id INTEGER);")

        // When they are applied to a fresh database
        #expect(throws: MigrationError.self) {
            try Migrator(migrations: [Self.steps[0], Self.steps[1], broken], applicationID: Self.applicationID)
                .migrate(database)
        }

        // Then steps 1 and 2 are committed, each with its version
        #expect(try database.userVersion() == 2)
        #expect(try tables(database) == ["log", "person", "place"])
    }

    @Test func anEmptyMigratorHasVersionZero() throws {
        let migrator = Migrator(migrations: [], applicationID: Self.applicationID)
        #expect(migrator.latestVersion == 0)
        #expect(try migrator.migrate(Database(.memory)).isEmpty)
    }
}
