/// One numbered schema step; its number becomes `PRAGMA user_version`.
public struct Migration: Sendable, Hashable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Why a database could not be brought to the current schema.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    case newerThanProgram(found: Int, supported: Int)
    case foreignDatabase(applicationID: Int32)
    case notADatabase(SQLiteError)
    case failed(version: Int, name: String, SQLiteError)

    public var description: String {
        switch self {
        case let .newerThanProgram(found, supported):
            "the database has schema version \(found), newer than this program supports (\(supported)); upgrade the program"
        case let .foreignDatabase(id):
            "the file is a SQLite database of another program (application id \(id)), not a Parley database"
        case let .notADatabase(error):
            "the file is not a SQLite database: \(error.message)"
        case let .failed(version, name, error):
            "schema migration \(version) (\(name)) failed: \(error)"
        }
    }
}

/// Applies numbered migrations in order, each in one transaction with its version bump.
public struct Migrator: Sendable {
    public let migrations: [Migration]
    /// Written by the first migration; a file with another id belongs to another program.
    public let applicationID: Int32

    public init(migrations: [Migration], applicationID: Int32) {
        self.migrations = migrations.sorted { $0.version < $1.version }
        self.applicationID = applicationID
    }

    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Whether `database` is behind the latest version; throws as `migrate` would for a file it cannot take.
    public func needsMigration(_ database: Database) throws(MigrationError) -> Bool {
        try currentVersion(of: database) < latestVersion
    }

    /// Brings `database` to the latest version; returns the versions applied.
    @discardableResult
    public func migrate(_ database: Database) throws(MigrationError) -> [Int] {
        let current = try currentVersion(of: database)
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            do {
                try database.execute("BEGIN IMMEDIATE")
                try database.execute(migration.sql)
                // Both values come from the program, never from input text.
                try database.execute("PRAGMA application_id = \(applicationID)")
                try database.execute("PRAGMA user_version = \(migration.version)")
                try database.execute("COMMIT")
                applied.append(migration.version)
            } catch {
                if database.isInTransaction { try? database.execute("ROLLBACK") }
                throw .failed(version: migration.version, name: migration.name, error)
            }
        }
        return applied
    }

    /// The file's schema version, once it is known to be a Parley file this program can read.
    private func currentVersion(of database: Database) throws(MigrationError) -> Int {
        let current: Int
        do {
            current = try database.userVersion()
            let id = try database.applicationID()
            if id != 0 && id != applicationID { throw MigrationError.foreignDatabase(applicationID: id) }
            if current == 0, id == 0,
                case let .integer(tables)? = try database.scalar(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'"), tables > 0
            {
                throw MigrationError.foreignDatabase(applicationID: 0)
            }
        } catch let error as MigrationError {
            throw error
        } catch let error as SQLiteError {
            throw .notADatabase(error)
        } catch {
            throw .notADatabase(SQLiteError(extendedCode: 0, message: "\(error)"))
        }
        guard current <= latestVersion else {
            throw .newerThanProgram(found: current, supported: latestVersion)
        }
        return current
    }
}
