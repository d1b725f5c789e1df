import ArgumentParser
import ParleyModel

/// `--from` and `--to`, shared by the commands that list dated records.
struct DateRangeOptions: ParsableArguments {
    @Option(help: "On or after this date (YYYY-MM-DD).") var from: CalendarDate?
    @Option(help: "On or before this date (YYYY-MM-DD).") var to: CalendarDate?

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }
}

/// `--limit` and `--format`, shared by the list commands.
struct ListOptions: ParsableArguments {
    @Option(help: "At most this many rows.") var limit: Int?
    @Option(help: "Output format.") var format: OutputFormat = .table

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }
}
