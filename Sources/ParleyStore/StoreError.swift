import ParleySQLite

/// Why the store could not do what was asked; messages name the database file.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, SQLiteError)
    case schema(path: String, MigrationError)
    case sqlite(SQLiteError)
    case unknownRecord(kind: String, id: Int64)
    /// A merge or split that cannot be done, and why.
    case identityChange(String)
    /// Articles put in flight inside an open batch: the record would not outlive a crash until that batch commits.
    case attemptInsideBatch

    public var description: String {
        switch self {
        case let .cannotOpen(path, error): "\(path): cannot open the database: \(error.message)"
        case let .schema(path, error): "\(path): \(error)"
        case let .sqlite(error): "database error: \(error)"
        case let .unknownRecord(kind, id): "no \(kind) with id \(id)"
        case let .identityChange(reason): reason
        case .attemptInsideBatch: "internal error: ingest attempts were begun inside an open batch"
        }
    }
}
