import Foundation
import ParleyModel
import ParleySQLite
import Testing

@testable import ParleyStore

/// The store on real files: reopening, and files it must refuse.
@Suite struct StoreFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func whatIsSavedIsThereAfterReopening() throws {
        defer { cleanUp() }
        // Given a store in a file with one article
        let file = path("parley.sqlite")
        do {
            let store = try ParleyStore(.path(file))
            try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        }

        // When the file is opened again
        let reopened = try ParleyStore(.path(file))

        // Then the article and its meetings are there, and the schema is current
        let stats = try reopened.statistics()
        #expect(stats.articles == 1)
        #expect(stats.meetings == 2)
        #expect(stats.schemaVersion == ParleyStore.schemaVersion)
        #expect(try reopened.database.applicationID() == 0x5052_4C59)
    }

    @Test func aFileOfGarbageIsRefusedWithItsPath() throws {
        defer { cleanUp() }
        // Given a file that is not a database
        let file = path("notes.sqlite")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }).write(to: URL(fileURLWithPath: file))

        // When it is opened as a store, then the error names the file and the problem
        let error = #expect(throws: StoreError.self) { try ParleyStore(.path(file)) }
        let message = error?.description ?? ""
        #expect(message.hasPrefix(file + ": "))
        #expect(message.contains("not a database"))
    }

    @Test func aDatabaseNewerThanTheProgramIsRefused() throws {
        defer { cleanUp() }
        // Given a Parley file from a future version
        let file = path("future.sqlite")
        try ParleyStore(.path(file)).database.execute("PRAGMA user_version = 99")

        // When it is opened
        let error = #expect(throws: StoreError.self) { try ParleyStore(.path(file)) }

        // Then the refusal says which versions, and the file is untouched
        guard case let .schema(errorPath, .newerThanProgram(found, supported))? = error else {
            Issue.record("expected a newer-than-program schema error, got \(String(describing: error))")
            return
        }
        #expect(errorPath == file)
        #expect(found == 99)
        #expect(supported == ParleyStore.schemaVersion)
        #expect(try Database(.path(file)).userVersion() == 99)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        defer { cleanUp() }
        // Given a SQLite file of another program
        let file = path("other.sqlite")
        try Database(.path(file)).execute("CREATE TABLE bookmarks (url TEXT)")

        // When it is opened as a store, then it is refused as foreign
        let error = #expect(throws: StoreError.self) { try ParleyStore(.path(file)) }
        guard case .schema(_, .foreignDatabase)? = error else {
            Issue.record("expected a foreign-database schema error, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("not a Parley database") == true)
    }

    @Test func aReadOnlyStoreReadsACurrentFileAndCannotWriteIt() throws {
        defer { cleanUp() }
        // Given a store in a file with one article
        let file = path("parley.sqlite")
        try ParleyStore(.path(file)).save(StoreFixture.articleA, StoreFixture.extractionA)

        // When it is opened read-only
        let reader = try ParleyStore(.path(file), readOnly: true)

        // Then it answers as the writer would, and SQLite refuses any write through it
        #expect(try reader.statistics().meetings == 2)
        #expect(try reader.meetings(MeetingFilter()).count == 2)
        #expect(throws: (any Error).self) { try reader.database.execute("PRAGMA user_version = 1") }
        #expect(try reader.database.userVersion() == ParleyStore.schemaVersion)
    }

    @Test func aReadOnlyOpenOfAnOlderSchemaStillMigratesIt() throws {
        defer { cleanUp() }
        // Given a Parley file made by the program's migrations but its last
        let file = path("older.sqlite")
        let older = Migrator(migrations: ParleySchema.migrations.dropLast(), applicationID: ParleySchema.applicationID)
        try older.migrate(Database(.path(file)))
        #expect(try Database(.path(file)).userVersion() == ParleyStore.schemaVersion - 1)

        // When a reading command opens it, then it is brought up to date as before
        let reader = try ParleyStore(.path(file), readOnly: true)
        #expect(try reader.database.userVersion() == ParleyStore.schemaVersion)
    }

    @Test func aReadOnlyOpenFailsWithTheSameMessages() throws {
        defer { cleanUp() }
        // Given a file of garbage and a path in a missing folder
        let garbage = path("notes.sqlite")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }).write(to: URL(fileURLWithPath: garbage))
        let missing = path("no/such/folder/parley.sqlite")

        // When they are opened read-only, then the errors are those of a writable open
        for file in [garbage, missing] {
            let readOnly = #expect(throws: StoreError.self) { try ParleyStore(.path(file), readOnly: true) }
            let writable = #expect(throws: StoreError.self) { try ParleyStore(.path(file)) }
            #expect(readOnly?.description == writable?.description)
        }
    }

    @Test func aMissingFolderCannotBeOpened() throws {
        defer { cleanUp() }
        let file = path("no/such/folder/parley.sqlite")
        let error = #expect(throws: StoreError.self) { try ParleyStore(.path(file)) }
        guard case .cannotOpen? = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(error?.description.hasPrefix(file) == true)
    }
}
