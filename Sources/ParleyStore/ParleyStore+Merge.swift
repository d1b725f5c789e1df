import ParleyModel
import ParleySQLite

/// Joining two stored actors that are one, and the pass that finds them.
extension ParleyStore {
    /// Folds actor `source` into `target`: its names, roles, country evidence, meetings, statements and
    /// articles become the target's, and the merge is kept so that `actor NAME` can explain it.
    public func mergeActor(_ source: Int64, into target: Int64, reason: String) throws {
        guard source != target else { return }
        guard let merged = try actorSummary(source) else { throw StoreError.unknownRecord(kind: "actor", id: source) }
        guard try actorSummary(target) != nil else { throw StoreError.unknownRecord(kind: "actor", id: target) }
        try inTransaction {
            let ids: [SQLiteValue] = [.integer(target), .integer(source)]
            for table in ["meeting_participant", "article_actor", "actor_alias"] {
                try database.run("UPDATE OR IGNORE \(table) SET actor_id = ? WHERE actor_id = ?", ids)
                try database.run("DELETE FROM \(table) WHERE actor_id = ?", [.integer(source)])
            }
            try database.run("UPDATE statement SET speaker_id = ? WHERE speaker_id = ?", ids)
            try database.run("UPDATE statement SET target_id = ? WHERE target_id = ?", ids)
            try database.run("UPDATE actor_identity_rule SET actor_id = ? WHERE actor_id = ?", ids)
            try database.run("UPDATE OR IGNORE actor_merge SET actor_id = ? WHERE actor_id = ?", ids)
            try database.run(
                """
                INSERT INTO actor_role (actor_id, title, country, first_seen, last_seen)
                SELECT ?, title, country, first_seen, last_seen FROM actor_role WHERE actor_id = ? AND true
                ON CONFLICT (actor_id, title, country) DO UPDATE SET
                    first_seen = min(ifnull(first_seen, excluded.first_seen), ifnull(excluded.first_seen, first_seen)),
                    last_seen = max(ifnull(last_seen, excluded.last_seen), ifnull(excluded.last_seen, last_seen))
                """, ids)
            try database.run(
                """
                INSERT INTO actor_country (actor_id, country, weight)
                SELECT ?, country, weight FROM actor_country WHERE actor_id = ? AND true
                ON CONFLICT (actor_id, country) DO UPDATE SET weight = weight + excluded.weight
                """, ids)
            try database.run(
                "INSERT OR IGNORE INTO actor_merge (actor_id, merged_name, merged_country, reason) VALUES (?, ?, ?, ?)",
                [.integer(target), .text(merged.name), SQLiteValue(merged.country), .text(reason)])
            try database.run("DELETE FROM actor WHERE id = ?", [.integer(source)])
            try settleCountry(of: target)
        }
    }

    /// Merges the actors that name one person: several rows of one full name (stores written before names
    /// were shared across countries), and a bare surname ("Hu", "Rice") when the store knows a person who goes
    /// by it in full. Returns how many actors were merged.
    @discardableResult
    public func consolidateIdentities() throws -> Int {
        var merged = 0
        try inTransaction {
            for (source, target) in try sameFullNames() {
                try mergeActor(source, into: target, reason: "the same full name")
                merged += 1
            }
            for (source, target, name) in try bareSurnames() {
                try mergeActor(source, into: target, reason: "named by surname alone, as \(name) is elsewhere")
                merged += 1
            }
        }
        return merged
    }

    private func sameFullNames() throws -> [(Int64, Int64)] {
        try database.query(
            """
            WITH ranked AS (
                SELECT a.id, a.normalized_name,
                       row_number() OVER (PARTITION BY a.normalized_name ORDER BY
                           (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = a.id) DESC, a.id) AS rank
                FROM actor a
                WHERE a.kind = 'person' AND a.normalized_name IN (
                    SELECT normalized_name FROM actor WHERE kind = 'person'
                    GROUP BY normalized_name HAVING count(*) > 1))
            SELECT other.id, first.id FROM ranked other JOIN ranked first
                ON first.normalized_name = other.normalized_name AND first.rank = 1
            WHERE other.rank > 1
            """
        ) { (Int64($0.int(0) ?? 0), Int64($0.int(1) ?? 0)) }
    }

    /// One-word persons and the person who goes by that word in full: the one of a country that agrees and
    /// with the most articles, when he has at least twice the articles of any other candidate.
    private func bareSurnames() throws -> [(Int64, Int64, String)] {
        let rows = try database.query(
            """
            SELECT bare.id, whole.id, whole.name,
                   (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = whole.id) AS articles
            FROM actor bare
            JOIN actor_alias alias ON alias.normalized = bare.normalized_name AND alias.actor_id <> bare.id
            JOIN actor whole ON whole.id = alias.actor_id AND whole.kind = 'person' AND instr(whole.normalized_name, ' ') > 0
            WHERE bare.kind = 'person' AND instr(bare.normalized_name, ' ') = 0
              AND (bare.country IS NULL OR whole.country IS NULL OR bare.country = whole.country)
            ORDER BY bare.id, articles DESC, whole.id
            """
        ) { (Int64($0.int(0) ?? 0), Int64($0.int(1) ?? 0), $0.text(2) ?? "", $0.int(3) ?? 0) }
        var choices: [(Int64, Int64, String)] = []
        var index = 0
        while index < rows.count {
            let bare = rows[index].0
            let group = rows[index...].prefix { $0.0 == bare }
            let best = group[group.startIndex]
            let runnerUp = group.dropFirst().first?.3 ?? 0
            if best.3 >= 2 * runnerUp { choices.append((bare, best.1, best.2)) }
            index += group.count
        }
        return choices
    }

    func mergedNames(of id: Int64) throws -> [ActorDetail.MergedName] {
        try database.query(
            "SELECT merged_name, merged_country, reason FROM actor_merge WHERE actor_id = ? ORDER BY merged_name",
            [.integer(id)]
        ) { ActorDetail.MergedName(name: $0.text(0) ?? "", country: $0.text(1), reason: $0.text(2) ?? "") }
    }

    /// Runs `body` in the open transaction, or in one of its own.
    func inTransaction(_ body: () throws -> Void) throws {
        if database.isInTransaction {
            try database.execute("SAVEPOINT nested")
            do {
                try body()
                try database.execute("RELEASE nested")
            } catch {
                try? database.execute("ROLLBACK TO nested")
                try? database.execute("RELEASE nested")
                throw error
            }
        } else {
            try batch(body)
        }
    }
}
