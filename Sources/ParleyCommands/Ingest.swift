import ArgumentParser
import Foundation
import ParleyExtraction
import ParleyModel
import ParleyReading
import ParleyTagging

extension Parley {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Read articles into the database.",
            discussion: """
                Folders are read recursively (.txt .md .json .jsonl .html .htm); '-' reads standard input.
                The same content is stored once. Problems are reported one line each on standard error,
                the rest goes on, and the exit status is 1 if anything failed. Each article is committed as
                it is stored; an article that stopped an earlier ingest (a crash, a kill) is skipped and
                recorded as failed, and --retry-failed extracts such articles again. Articles are read and
                extracted on --jobs threads and stored in input order, so the store is the same whatever --jobs is;
                JSON Lines files are read record by record, whatever their size.
                Example: parley --db diplomacy.sqlite ingest articles/
                """)

        @ParentCommand var parley: Parley
        @Argument(help: "Files, folders, or - for standard input.") var paths: [String] = []
        @Option(help: "Publication date for articles that give none (YYYY-MM-DD).") var published: CalendarDate?
        @Option(help: "A dictionary of your own (TSV: kind, name, aliases, country, title).") var dictionary: String?
        @Option(help: "Refuse files (for JSON Lines, records) larger than this many bytes.")
        var maxBytes: Int = 50_000_000
        @Option(help: "Threads that read and extract (default: the number of cores); one writer stores in order.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @Flag(help: "No progress line, no summary.") var quiet = false
        @Flag(help: "Extract again the articles an earlier ingest left failed (it crashed or was killed on them).")
        var retryFailed = false

        func validate() throws {
            if paths.isEmpty && !retryFailed {
                throw ValidationError("give at least one file or folder, or - for standard input, or --retry-failed")
            }
            // SQLite stores at most a gigabyte in one value.
            if maxBytes < 1 || maxBytes > 1_000_000_000 {
                throw ValidationError("--max-bytes must be between 1 and 1000000000")
            }
            if jobs < 1 || jobs > 256 {
                throw ValidationError("--jobs must be between 1 and 256")
            }
        }

        func run() throws {
            // The knowledge tables and the tagger's model (tens of milliseconds each, before any article is stored
            // or while the other workers wait for the first to read it) load on other cores while the sources are
            // listed here; each is read once, and a thread that needs one before it is ready waits for it.
            Thread { _ = Knowledge.standard }.start()
            Thread { _ = PartOfSpeechTagger.shared }.start()
            let (sources, findErrors) = paths.isEmpty ? ([], []) : ArticleSourceFinder.sources(for: paths)
            var knowledge = Knowledge.standard
            if let dictionary {
                do {
                    knowledge = try knowledge.adding(dictionaryAt: dictionary)
                } catch {
                    throw CommandFailure(error.description)
                }
            }
            for error in findErrors { Self.report(error.description) }
            let store = try parley.global.openStore(.create)
            do {
                try store.prepareForBulkWrites()
            } catch {
                throw CommandFailure("cannot set up the database for the ingest: \(error)")
            }
            let pipeline = IngestPipeline(
                store: store, extractor: Extractor(knowledge: knowledge),
                reader: ArticleFileReader(defaultPublished: published, maxBytes: maxBytes), retryFailed: retryFailed,
                jobs: jobs)
            let showProgress = !quiet && isatty(STDERR_FILENO) != 0 && sources.count > 20
            let summary = pipeline.run(sources, report: Self.report) { done, total in
                if showProgress && (done % 10 == 0 || done == total) {
                    FileHandle.standardError.write(Data("\r\(done)/\(total) files".utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                }
            }
            if !quiet {
                print(
                    """
                    articles: \(summary.newArticles) new, \(summary.duplicates) already stored, \
                    \(summary.failed + findErrors.count) failed
                    extracted: \(summary.meetings) meetings, \(summary.statements) statements, \(summary.newActors) new actors
                    """)
            }
            if summary.failed + findErrors.count > 0 { throw ExitCode.failure }
        }

        static func report(_ line: String) {
            FileHandle.standardError.write(Data(("parley: " + line + "\n").utf8))
        }
    }
}
