import ParleyModel
import ParleySQLite

/// Identity decisions a user makes: recorded as rules, so that articles ingested later follow them.
extension ParleyStore {
    /// Folds `source` into `target` for good: everything the source had becomes the target's, and every name of
    /// the source means the target in articles ingested from now on.
    public func mergeActors(_ source: Int64, into target: Int64) throws {
        guard source != target else { throw StoreError.identityChange("an actor cannot be merged into itself") }
        identityCache = IdentityCache()
        guard let merged = try actorSummary(source) else { throw StoreError.unknownRecord(kind: "actor", id: source) }
        try inTransaction {
            for name in try normalizedNames(of: source) {
                try database.run(
                    "INSERT OR REPLACE INTO actor_identity_rule (kind, normalized, actor_id) VALUES (?, ?, ?)",
                    [.text(merged.kind.rawValue), .text(name), .integer(target)])
            }
            try mergeActor(source, into: target, reason: "merged by hand")
        }
    }

    /// Takes `names` off an actor into a new actor of the same kind and country, and returns its id. Those names
    /// mean the new actor from now on; the articles that used them, and the meetings and statements told only
    /// there, go with it.
    @discardableResult
    public func splitActor(_ id: Int64, names: [String]) throws -> Int64 {
        guard let actor = try actorSummary(id) else { throw StoreError.unknownRecord(kind: "actor", id: id) }
        identityCache = IdentityCache()
        let keys = Set(names.map { NameNormalizer.normalize($0) }.filter { !$0.isEmpty })
        guard !keys.isEmpty else { throw StoreError.identityChange("give at least one name to split off") }
        let own = try normalizedNames(of: id)
        if let stranger = names.first(where: { !own.contains(NameNormalizer.normalize($0)) }) {
            throw StoreError.identityChange("'\(stranger)' is not a name of \(actor.name)")
        }
        if keys.contains(NameNormalizer.normalize(actor.name)) || keys.isSuperset(of: own) {
            throw StoreError.identityChange(
                "\(actor.name) would keep no name of its own: split off the other names instead")
        }
        var newID: Int64 = 0
        try inTransaction {
            try database.run(
                "INSERT INTO actor (name, normalized_name, kind, country) VALUES (?, ?, ?, ?)",
                [
                    .text(names[0]), .text(NameNormalizer.normalize(names[0])), .text(actor.kind.rawValue),
                    SQLiteValue(actor.country),
                ])
            newID = database.lastInsertRowID
            for key in keys {
                try database.run(
                    "UPDATE actor_alias SET actor_id = ? WHERE actor_id = ? AND normalized = ?",
                    [.integer(newID), .integer(id), .text(key)])
                try database.run(
                    "INSERT OR REPLACE INTO actor_identity_rule (kind, normalized, actor_id) VALUES (?, ?, ?)",
                    [.text(actor.kind.rawValue), .text(key), .integer(newID)])
            }
            try moveArticles(naming: keys, from: id, to: newID)
        }
        return newID
    }

    /// Moves the articles that named the actor by one of `keys`, and the facts told only in them.
    private func moveArticles(naming keys: Set<String>, from id: Int64, to newID: Int64) throws {
        let articles = try database.query(
            "SELECT article_id, name FROM article_actor WHERE actor_id = ? AND name IS NOT NULL", [.integer(id)]
        ) { (Int64($0.int(0) ?? 0), $0.text(1) ?? "") }
        .filter { keys.contains(NameNormalizer.normalize($0.1)) }.map(\.0)
        guard !articles.isEmpty else { return }
        let list = SQLiteValue.text("[" + articles.map(String.init).joined(separator: ",") + "]")
        let ids: [SQLiteValue] = [.integer(newID), .integer(id), list]
        try database.run(
            "UPDATE article_actor SET actor_id = ? WHERE actor_id = ? AND article_id IN (SELECT value FROM json_each(?))",
            ids)
        // A meeting or statement reported elsewhere too stays with the actor the other reports named.
        try database.run(
            """
            UPDATE meeting_participant SET actor_id = ?1 WHERE actor_id = ?2
              AND \(Self.reportedOnlyInArticlesOfParameter3("meeting_id", "meeting_participant.meeting_id"))
            """, ids)
        for column in ["speaker_id", "target_id"] {
            try database.run(
                """
                UPDATE statement SET \(column) = ?1 WHERE \(column) = ?2
                  AND \(Self.reportedOnlyInArticlesOfParameter3("statement_id", "statement.id"))
                """, ids)
        }
    }

    /// SQL that holds when every mention of `owner` is in the articles listed by parameter ?3 (a JSON array).
    private static func reportedOnlyInArticlesOfParameter3(_ mentionColumn: String, _ owner: String) -> String {
        """
        NOT EXISTS (SELECT 1 FROM mention n WHERE n.\(mentionColumn) = \(owner)
                    AND n.article_id NOT IN (SELECT value FROM json_each(?3)))
        """
    }

    private func normalizedNames(of id: Int64) throws -> Set<String> {
        var names = Set(
            try database.query("SELECT normalized FROM actor_alias WHERE actor_id = ?", [.integer(id)]) {
                $0.text(0) ?? ""
            })
        names.formUnion(
            try database.query("SELECT normalized_name FROM actor WHERE id = ?", [.integer(id)]) { $0.text(0) ?? "" })
        names.remove("")
        return names
    }
}
