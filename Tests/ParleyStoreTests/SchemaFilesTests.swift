import Foundation
import Testing

@testable import ParleyStore

/// `Schema/` is the one source of truth: every file there must be a migration the program applies.
@Suite struct SchemaFilesTests {
    /// `Schema/` of this checkout, found from this file's place in the repository.
    static let schemaFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schema")

    /// Each `NNNN_name.sql` file as (number, name, contents).
    static func schemaFiles() throws -> [(number: Int, name: String, sql: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: schemaFolder.path).filter {
            $0.hasSuffix(".sql")
        }
        return try names.sorted().map { file in
            let stem = file.dropLast(4)
            let parts = stem.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 4, let number = Int(parts[0]) else {
                throw SchemaFileNameError(file: file)
            }
            let sql = try String(contentsOf: schemaFolder.appendingPathComponent(file), encoding: .utf8)
            return (number, String(parts[1]), sql)
        }
    }

    struct SchemaFileNameError: Error, CustomStringConvertible {
        let file: String
        var description: String { "Schema/\(file): a schema file is named NNNN_name.sql" }
    }

    @Test func everySchemaFileIsAMigrationOfTheProgram() throws {
        // Given the files of Schema/
        let files = try Self.schemaFiles()
        try #require(!files.isEmpty, "no schema files found at \(Self.schemaFolder.path)")

        // Then they are numbered 1, 2, 3 ... without gaps
        #expect(files.map(\.number) == Array(1...files.count))
        // And the program applies exactly these, with the same names and the same SQL
        #expect(ParleyStore.schemaVersion == files.map(\.number).max())
        #expect(ParleySchema.migrations.map(\.version) == files.map(\.number))
        #expect(ParleySchema.migrations.map(\.name) == files.map(\.name))
        for (migration, file) in zip(ParleySchema.migrations, files) {
            #expect(migration.sql == file.sql, "the embedded SQL of migration \(migration.version) is stale")
        }
    }

    @Test func aFreshStoreIsAtTheLatestVersion() throws {
        let store = try ParleyStore(.memory)
        #expect(try store.database.userVersion() == ParleyStore.schemaVersion)
        #expect(try store.statistics().schemaVersion == ParleyStore.schemaVersion)
    }
}
