import ParleyFormats

/// Rows with named columns for tables and CSV, and the same records as typed JSON objects.
struct Listing {
    let columns: [String]
    var rows: [[String]] = []
    /// What `--format json` prints: one `RecordJSON` object per row.
    var objects: [JSONValue] = []
    /// Widest a column may be in a table; the last column takes what is left of 80.
    var maxWidths: [Int] = []

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return table()
        case .csv: return csv()
        case .json: return json()
        }
    }

    private func table() -> String {
        guard !rows.isEmpty else { return "(none)\n" }
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        for (index, limit) in maxWidths.enumerated() where index < widths.count {
            widths[index] = min(widths[index], limit)
        }
        // Fit 80 columns: the last column gets the rest.
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        widths[widths.count - 1] = max(8, min(widths[widths.count - 1], 80 - fixed))
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let clipped = cell.count > widths[index] ? String(cell.prefix(max(1, widths[index] - 1))) + "…" : cell
                return index == cells.count - 1 ? clipped : clipped.padding(toLength: widths[index])
            }.joined(separator: "  ")
        }
        var output = line(columns) + "\n"
        for row in rows { output += line(row) + "\n" }
        return output
    }

    private func csv() -> String {
        ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    private func json() -> String {
        JSONValue.array(objects).rendered + "\n"
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
