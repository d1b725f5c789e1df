import Foundation
import ParleyModel
import ParleyStore

// parley-bench: times the store's queries in process, on one open store, as the commands run them.
//
//   parley-bench --db big.sqlite --frequent "Actor 1" --rare "Actor 99999" --with "Actor 2" \
//                --from 2020-03-01 --to 2020-03-31 [--iterations 200] [--seconds 3]
//
// Prints one tab-separated line per query: name, median ms, p95 ms, runs, rows returned.
//
//   parley-bench extract PATH... [--rounds N]      extraction alone, in process (ExtractionBench.swift)

struct Options {
    var db = "parley.sqlite"
    var frequent = ""
    var rare = ""
    var counterpart = ""
    var from = CalendarDate(year: 2020, month: 3, day: 1)!
    var to = CalendarDate(year: 2020, month: 3, day: 31)!
    var iterations = 200
    /// Each query stops early once it has run this long (at least 5 runs).
    var seconds = 3.0

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            return next
        }
        func date(_ flag: String) throws -> CalendarDate {
            let text = try value(flag)
            guard let date = CalendarDate(iso: text) else { throw BenchError("\(flag): '\(text)' is not YYYY-MM-DD") }
            return date
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--db": db = try value(flag)
            case "--frequent": frequent = try value(flag)
            case "--rare": rare = try value(flag)
            case "--with": counterpart = try value(flag)
            case "--from": from = try date(flag)
            case "--to": to = try date(flag)
            case "--iterations": iterations = max(5, Int(try value(flag)) ?? 200)
            case "--seconds": seconds = Double(try value(flag)) ?? 3
            default: throw BenchError("unknown argument '\(flag)'")
            }
        }
        if frequent.isEmpty || rare.isEmpty || counterpart.isEmpty {
            throw BenchError("give --frequent, --rare and --with actor names")
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func actorID(_ name: String, _ store: ParleyStore) throws -> Int64 {
    guard case let .found(actor) = try store.resolveActor(name) else {
        throw BenchError("no single actor named '\(name)'")
    }
    return actor.id
}

/// Runs `body` until `iterations` runs or `seconds` have passed, after one untimed warm-up run.
func measure(_ name: String, _ options: Options, _ body: () throws -> Int) throws {
    let clock = ContinuousClock()
    let rows = try body()
    var samples: [Double] = []
    let deadline = clock.now.advanced(by: .milliseconds(Int(options.seconds * 1000)))
    while samples.count < options.iterations && (samples.count < 5 || clock.now < deadline) {
        let elapsed = try clock.measure { _ = try body() }
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let p95 = samples[min(samples.count - 1, Int((Double(samples.count) * 0.95).rounded(.up)) - 1)]
    print(
        [name, String(format: "%.3f", median), String(format: "%.3f", p95), String(samples.count), String(rows)]
            .joined(separator: "\t"))
}

func run(_ options: Options) throws {
    guard FileManager.default.fileExists(atPath: options.db) else {
        throw BenchError("\(options.db): no such database")
    }
    let store = try ParleyStore(.path(options.db))
    // Each body does what its command does before printing: resolve the names, then query.
    try measure("meetings --actor frequent", options) {
        try store.meetings(MeetingFilter(actor: try actorID(options.frequent, store))).count
    }
    try measure("meetings --actor rare", options) {
        try store.meetings(MeetingFilter(actor: try actorID(options.rare, store))).count
    }
    try measure("meetings --actor A --with B", options) {
        var filter = MeetingFilter(actor: try actorID(options.frequent, store))
        filter.counterpart = try actorID(options.counterpart, store)
        return try store.meetings(filter).count
    }
    try measure("events --from --to", options) {
        try store.events(from: options.from, to: options.to).count
    }
    try measure("actor NAME", options) {
        try store.actorDetail(try actorID(options.frequent, store)).meetingCount
    }
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "extract" {
        try runExtractionBench(Array(arguments.dropFirst()))
    } else {
        try run(try Options(arguments))
    }
} catch {
    FileHandle.standardError.write(Data("parley-bench: \(error)\n".utf8))
    exit(1)
}
