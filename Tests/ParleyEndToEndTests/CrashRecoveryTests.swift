import Foundation
import ParleySQLite
import Testing

/// An ingest killed in the middle of a batch (`kill -9`, as a crash would end it) loses nothing it stored, and
/// the next run skips the article it died on instead of dying on it again.
@Suite struct CrashRecoveryTests {
    /// Twenty short articles, then one long enough that its extraction is still running when the test kills it.
    private static func writeBatch(in workspace: Workspace) throws {
        for number in 1...20 {
            try workspace.write(
                "Foreign Minister Ana Ruiz \(number) of Chile met Peruvian envoy Luis Paz on Monday in Lima.\n",
                to: "batch/a\(String(format: "%02d", number)).txt")
        }
        let paragraph = (1...40).map { number in
            "Minister Karl Dorn \(number) held talks with Danish Prime Minister Eva Holm in Oslo on Tuesday, "
                + "and Holm said the talks had been useful."
        }.joined(separator: " ")
        try workspace.write(Array(repeating: paragraph, count: 15).joined(separator: "\n\n"), to: "batch/z-long.txt")
    }

    private static func count(_ sql: String, in workspace: Workspace) throws -> Int {
        let database = try Database(.path(workspace.databasePath))
        return try database.query(sql) { $0.int(0) ?? 0 }.first ?? 0
    }

    /// Starts an ingest of `batch/` and kills it once the long article's extraction has begun and it is the only
    /// one left in flight (with several extraction threads, the last short ones may still be in flight beside it).
    private static func ingestAndKillDuringTheLongArticle(_ workspace: Workspace) throws {
        let binary = try #require(ParleyBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--db", workspace.databasePath, "ingest", "--quiet", workspace.path("batch")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        var inFlight = 0
        while process.isRunning, Date() < deadline, inFlight == 0 {
            Thread.sleep(forTimeInterval: 0.02)
            guard FileManager.default.fileExists(atPath: workspace.databasePath) else { continue }
            inFlight =
                (try? count(
                    """
                    SELECT count(*) FROM ingest_attempt WHERE state = 'in_flight' AND origin LIKE '%z-long.txt'
                        AND (SELECT count(*) FROM ingest_attempt WHERE state = 'in_flight') = 1
                    """, in: workspace)) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(inFlight == 1, "the long article's extraction was never seen in flight")
        #expect(process.terminationReason == .uncaughtSignal)
    }

    @Test func aKilledIngestKeepsWhatItStoredAndTheNextRunGoesOn() throws {
        let workspace = try Workspace()
        try Self.writeBatch(in: workspace)

        try Self.ingestAndKillDuringTheLongArticle(workspace)
        #expect(try Self.count("SELECT count(*) FROM article", in: workspace) == 20)

        let second = try workspace.parley(["ingest", workspace.path("batch")])
        #expect(second.status == 1, "the article the killed run died on counts as failed")
        #expect(second.stdout.contains("0 new, 20 already stored, 1 failed"), "\(second)")
        let skipped = try #require(second.errorLines.first { $0.contains("z-long.txt") })
        #expect(skipped.contains("stopped before storing it") && skipped.contains("--retry-failed"))
        #expect(try Self.count("SELECT count(*) FROM ingest_attempt WHERE state = 'failed'", in: workspace) == 1)

        let third = try workspace.parley(["ingest", workspace.path("batch")])
        #expect(third.status == 1)
        #expect(third.errorLines.contains { $0.contains("z-long.txt") && $0.contains("failed in an earlier ingest") })

        let retry = try workspace.parley(["ingest", "--retry-failed"])
        #expect(retry.status == 0, "\(retry)")
        #expect(retry.stdout.contains("1 new"))
        #expect(try Self.count("SELECT count(*) FROM article", in: workspace) == 21)
        #expect(try Self.count("SELECT count(*) FROM ingest_attempt", in: workspace) == 0)
    }

    @Test func retryingWithNothingFailedStoresNothingAndSucceeds() throws {
        let workspace = try Workspace.ingested()
        let retry = try workspace.parley(["ingest", "--retry-failed"])
        #expect(retry.status == 0, "\(retry)")
        #expect(retry.stdout.contains("0 new, 0 already stored, 0 failed"))
    }

    @Test func ingestWithoutPathsOrRetryIsRefused() throws {
        let workspace = try Workspace()
        let run = try workspace.parley(["ingest"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--retry-failed"))
    }
}
