import CSQLite

/// SQLite copies the bytes of a bound value at once when given this destructor;
/// the C macro `SQLITE_TRANSIENT` does not import into Swift.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A compiled SQL statement. It owns its handle and finalizes it when released.
///
/// Not `Sendable`: it belongs to its connection, which one owner serializes.
public final class PreparedStatement {
    let handle: OpaquePointer
    private let connection: OpaquePointer
    public let sql: String

    init(connection: OpaquePointer, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw SQLiteError.from(connection, code: code, sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Clears earlier bindings and binds `values` to the parameters in order.
    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case let .integer(number): code = sqlite3_bind_int64(handle, index, number)
            case let .real(number): code = sqlite3_bind_double(handle, index, number)
            case let .text(text):
                // An explicit length keeps a text with an embedded NUL whole; -1 would stop at the NUL.
                // Longer than SQLite can hold: refuse rather than trap on the length's conversion.
                guard let length = Int32(exactly: text.utf8.count) else {
                    throw SQLiteError(extendedCode: SQLITE_TOOBIG, message: "string or blob too big", sql: sql)
                }
                code = sqlite3_bind_text(handle, index, text, length, transient)
            case let .blob(bytes):
                guard let length = Int32(exactly: bytes.count) else {
                    throw SQLiteError(extendedCode: SQLITE_TOOBIG, message: "string or blob too big", sql: sql)
                }
                code = bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob(handle, index, buffer.baseAddress, length, transient)
                }
            }
            guard code == SQLITE_OK else { throw SQLiteError.from(connection, code: code, sql: sql) }
        }
    }

    /// Advances to the next row; `false` when the statement is done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError.from(connection, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Makes the statement ready to run again with new bindings.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Runs a statement that returns no rows.
    public func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Runs a query and maps each row.
    public func query<T>(_ values: [SQLiteValue] = [], _ transform: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        var rows: [T] = []
        let row = Row(handle: handle)
        while try step() {
            rows.append(try transform(row))
        }
        return rows
    }

    /// How many columns a row of this statement has.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of a result column, as the SQL gives it.
    public func columnName(_ index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The current row; valid until the next `step`.
    public var row: Row { Row(handle: handle) }
}

/// Typed access to the columns of the current row of a statement.
public struct Row {
    let handle: OpaquePointer

    /// True when the column holds NULL.
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The column as an integer; nil for NULL.
    public func int(_ index: Int) -> Int? {
        isNull(index) ? nil : Int(sqlite3_column_int64(handle, Int32(index)))
    }

    /// The column as a floating-point number; nil for NULL.
    public func double(_ index: Int) -> Double? {
        isNull(index) ? nil : sqlite3_column_double(handle, Int32(index))
    }

    /// The column as text, embedded NUL characters included; nil for NULL.
    public func text(_ index: Int) -> String? {
        // The type must be read before the text: a NULL column gives a nil pointer.
        guard !isNull(index), let pointer = sqlite3_column_text(handle, Int32(index)) else { return nil }
        // Read by byte count, not up to the first NUL, so that what was bound comes back whole.
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column in whatever storage class SQLite holds it.
    public func value(_ index: Int) -> SQLiteValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, Int32(index)))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, Int32(index)))
        case SQLITE_TEXT: return .text(text(index) ?? "")
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, Int32(index)))
            guard count > 0, let pointer = sqlite3_column_blob(handle, Int32(index)) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default: return .null
        }
    }
}
