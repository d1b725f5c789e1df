import Foundation

/// When a process started, as Linux counts it (clock ticks after boot, from `/proc/PID/stat`): a process id
/// and its start time name one process for good, where an id alone is given again to later processes.
enum ProcessStart {
    static func of(_ pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // After the command name in parentheses come the state (field 3) ... and the start time (field 22).
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 19 ? String(fields[19]) : nil
    }
}
