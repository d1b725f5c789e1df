import Foundation
import ParleyModel
import ParleySQLite
import Testing

@testable import ParleyStore

/// The write path batched for speed stores what saving one article at a time stores: the same rows, the same ids,
/// the same full-text index, and a failed article loses nothing the batch stored before it.
@Suite struct BatchedWriteTests {
    private static let articles = [
        (StoreFixture.articleA, StoreFixture.extractionA), (StoreFixture.articleB, StoreFixture.extractionB),
        (StoreFixture.articleC, StoreFixture.extractionC),
    ]
    private static let tables = [
        "article", "actor", "actor_alias", "actor_role", "actor_country", "article_actor", "meeting",
        "meeting_participant", "statement", "mention", "ingest_attempt",
    ]
    /// A word of each fixture article's text, and of none other.
    private static let words = ["candid", "export", "interference", "Beijing"]

    struct Abort: Error {}

    /// Every row of every table, in rowid or key order, as text.
    private static func rows(of store: ParleyStore) throws -> [String] {
        try tables.flatMap { table in
            // Each store stamps its articles with the time it was opened: that column alone may differ.
            let columns = table == "article" ? "id, origin, title, published, content_hash, text, metadata" : "*"
            let statement = try store.database.prepare("SELECT \(columns) FROM \(table) ORDER BY 1, 2")
            let count = statement.columnCount
            return try statement.query { row in
                table + ": " + (0..<count).map { "\(row.value($0))" }.joined(separator: "|")
            }
        }
    }

    /// The ids each word finds, in rank order.
    private static func searches(in store: ParleyStore) throws -> [[Int64]] {
        try words.map { word in try store.search(word).map(\.article.id) }
    }

    /// FTS5's own check that the index holds exactly the stored articles' words.
    private static func indexIsWhole(_ store: ParleyStore) -> Bool {
        (try? store.database.execute(
            "INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")) != nil
    }

    @Test(arguments: [1, 2, 3])
    func batchesStoreWhatSingleSavesStore(batchSize: Int) throws {
        // Given the fixture articles saved one at a time, and saved in batches of `batchSize`
        let single = try ParleyStore(.memory)
        for (article, extraction) in Self.articles { try single.save(article, extraction) }
        let batched = try ParleyStore(.memory)
        for start in stride(from: 0, to: Self.articles.count, by: batchSize) {
            try batched.batch {
                for (article, extraction) in Self.articles[start..<min(start + batchSize, Self.articles.count)] {
                    try batched.save(article, extraction)
                }
            }
        }

        // Then every row is the same, with the same ids, and search finds the same articles
        #expect(try Self.rows(of: batched) == Self.rows(of: single))
        #expect(try Self.searches(in: batched) == Self.searches(in: single))
        #expect(try Self.searches(in: single) == [[1], [2], [3], [2, 1]])
        #expect(Self.indexIsWhole(batched))
    }

    @Test(arguments: [0, 1, 2])
    func anArticleFailingMidBatchLosesNothingElse(failing: Int) throws {
        // Given a batch of the three articles in which one fails after it was stored (as a failed save rolls back
        // to its savepoint)
        let store = try ParleyStore(.memory)
        try store.batch {
            for (index, (article, extraction)) in Self.articles.enumerated() {
                if index == failing {
                    #expect(throws: Abort.self) {
                        try store.inTransaction {
                            try store.save(article, extraction)
                            throw Abort()
                        }
                    }
                } else {
                    try store.save(article, extraction)
                }
            }
        }

        // Then the other two are stored and searchable, the failed one is not, and the index holds no more
        let stored = try store.database.query("SELECT origin FROM article ORDER BY id") { $0.text(0) ?? "" }
        #expect(stored == Self.articles.map(\.0.origin).enumerated().filter { $0.offset != failing }.map(\.element))
        let found = try Self.words.dropLast().map { try store.search($0).count }
        #expect(found == (0..<3).map { $0 == failing ? 0 : 1 })
        #expect(Self.indexIsWhole(store))
    }

    @Test func aBatchRolledBackLeavesTheIndexAsItWas() throws {
        // Given one stored article and a batch that stores another and then fails
        let store = try ParleyStore(.memory)
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        #expect(throws: Abort.self) {
            try store.batch {
                try store.save(StoreFixture.articleB, StoreFixture.extractionB)
                throw Abort()
            }
        }

        // When a later batch stores the third
        try store.batch { try store.save(StoreFixture.articleC, StoreFixture.extractionC) }

        // Then search finds the first and the third only, the third under the id the rolled-back one had
        #expect(try store.search("export").isEmpty)
        #expect(try store.search("interference").map(\.article.id) == [2])
        #expect(Self.indexIsWhole(store))
    }

    @Test func anArticleSavedInsideAnotherTransactionIsIndexedToo() throws {
        // Given an article saved in a transaction the store did not open
        let store = try ParleyStore(.memory)
        try store.database.transaction { try store.save(StoreFixture.articleA, StoreFixture.extractionA) }

        // Then it is found
        #expect(try store.search("candid").map(\.article.id) == [1])
        #expect(Self.indexIsWhole(store))
    }

    @Test func aStoreOfVersionThreeKeepsItsIndexAndIndexesNewArticles() throws {
        // Given a file at schema version 3, whose trigger indexed the article stored then
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-v3-\(UUID().uuidString)")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
        }
        do {
            let database = try Database(.path(file.path))
            let v3 = Migrator(
                migrations: ParleySchema.migrations.filter { $0.version <= 3 },
                applicationID: ParleySchema.applicationID)
            try v3.migrate(database)
            try database.run(
                """
                INSERT INTO article (origin, title, published, content_hash, text, ingested_at)
                VALUES ('old.txt', 'Old', NULL, 'h-old', 'An older dispatch about fisheries.', '2025-01-01T00:00:00Z')
                """)
        }

        // When the program opens it and stores a new article
        let store = try ParleyStore(.path(file.path))
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)

        // Then it is at the current version, and search finds the old article and the new one
        #expect(try store.database.userVersion() == ParleyStore.schemaVersion)
        #expect(try store.search("fisheries").map(\.article.origin) == ["old.txt"])
        #expect(try store.search("candid").map(\.article.origin) == [StoreFixture.articleA.origin])
        #expect(Self.indexIsWhole(store))
    }

    // MARK: The cache of full names

    /// One article naming one person, with no meetings or statements.
    private static func naming(_ name: String, number: Int) -> (Article, Extraction) {
        let text = "\(name) spoke on day \(number)."
        return (
            Article(origin: "n\(number).txt", text: text),
            Extraction(actors: [ExtractedActor(name: name, kind: .person, country: "FRA")])
        )
    }

    /// The actor each article names, by article order.
    private static func actorNames(_ store: ParleyStore) throws -> [String] {
        try store.database.query(
            "SELECT a.name FROM article_actor x JOIN actor a ON a.id = x.actor_id ORDER BY x.article_id"
        ) { $0.text(0) ?? "" }
    }

    @Test func aNameLearntInARolledBackBatchIsLookedUpAgain() throws {
        // Given a batch that stored a new person and was rolled back, and a later article whose new person takes
        // the row id the first one had
        let store = try ParleyStore(.memory)
        #expect(throws: Abort.self) {
            try store.batch {
                let (article, extraction) = Self.naming("Paul Moreau", number: 1)
                try store.save(article, extraction)
                throw Abort()
            }
        }
        let (second, secondExtraction) = Self.naming("Anna Becker", number: 2)
        try store.save(second, secondExtraction)

        // When an article names the first person again
        let (third, thirdExtraction) = Self.naming("Paul Moreau", number: 3)
        try store.save(third, thirdExtraction)

        // Then he is a person of his own, not the one who took his row id
        #expect(try Self.actorNames(store) == ["Anna Becker", "Paul Moreau"])
    }

    @Test func aNameMergedAwayFollowsItsRuleInLaterArticles() throws {
        // Given two people stored, each looked up once, then one merged into the other by hand
        let store = try ParleyStore(.memory)
        for (number, name) in ["Paul Moreau", "Pierre Moreau"].enumerated() {
            let (article, extraction) = Self.naming(name, number: number)
            try store.save(article, extraction)
        }
        let ids = try store.database.query("SELECT id FROM actor ORDER BY id") { Int64($0.int(0) ?? 0) }
        try store.mergeActors(ids[1], into: ids[0])

        // When a later article names the merged-away person
        let (article, extraction) = Self.naming("Pierre Moreau", number: 3)
        try store.save(article, extraction)

        // Then the name means the actor kept
        #expect(try Self.actorNames(store) == ["Paul Moreau", "Paul Moreau", "Paul Moreau"])
        #expect(try store.database.query("SELECT count(*) FROM actor") { $0.int(0) ?? 0 } == [1])
    }
}
