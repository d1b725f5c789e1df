import ParleyModel
import ParleySQLite

/// Joining two stored actors that are one, and the pass that finds them.
extension ParleyStore {
    /// Folds actor `source` into `target`: its names, roles, country evidence, meetings, statements and
    /// articles become the target's, and the merge is kept so that `actor NAME` can explain it.
    public func mergeActor(_ source: Int64, into target: Int64, reason: String) throws {
        guard source != target else { return }
        identityCache = IdentityCache()
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
            // A meeting of the two with each other was one person meeting himself: no encounter.
            try database.run(
                """
                DELETE FROM meeting WHERE id IN (SELECT meeting_id FROM meeting_participant WHERE actor_id = ?)
                  AND (SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = meeting.id) < 2
                """, [.integer(target)])
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
                WHERE a.kind = 'person'
                  AND NOT EXISTS (SELECT 1 FROM actor_identity_rule r WHERE r.actor_id = a.id)
                  AND a.normalized_name IN (
                    SELECT normalized_name FROM actor WHERE kind = 'person'
                    GROUP BY normalized_name HAVING count(*) > 1))
            SELECT other.id, first.id FROM ranked other JOIN ranked first
                ON first.normalized_name = other.normalized_name AND first.rank = 1
            WHERE other.rank > 1
            """
        ) { (Int64($0.int(0) ?? 0), Int64($0.int(1) ?? 0)) }
    }

    /// One-word persons and the person who goes by that word in full: his last name, or a word an article
    /// used for him alone ("Hu" for Hu Jintao). Of several such persons of a country that agrees, the one with
    /// the most articles, when he has at least twice the articles of the next.
    private func bareSurnames() throws -> [(Int64, Int64, String)] {
        let people = try database.query(
            """
            SELECT a.id, a.normalized_name, a.name, a.country,
                   (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = a.id)
            FROM actor a WHERE a.kind = 'person'
            """
        ) { row in
            (
                id: Int64(row.int(0) ?? 0), normalized: row.text(1) ?? "", name: row.text(2) ?? "",
                country: row.text(3), articles: row.int(4) ?? 0
            )
        }
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var goesBy: [String: Set<Int64>] = [:]
        for person in people where person.normalized.contains(" ") {
            if let last = person.normalized.split(separator: " ").last {
                goesBy[String(last), default: []].insert(person.id)
            }
        }
        for (id, word) in try database.query(
            """
            SELECT l.actor_id, l.normalized FROM actor_alias l JOIN actor a ON a.id = l.actor_id
            WHERE a.kind = 'person' AND instr(a.normalized_name, ' ') > 0 AND instr(l.normalized, ' ') = 0
            """, [], { (Int64($0.int(0) ?? 0), $0.text(1) ?? "") })
        {
            goesBy[word, default: []].insert(id)
        }
        // An actor a user's merge or split names keeps the identity the user gave it.
        let ruled = Set(
            try database.query("SELECT DISTINCT actor_id FROM actor_identity_rule") { Int64($0.int(0) ?? 0) })
        var choices: [(Int64, Int64, String)] = []
        for bare in people where !bare.normalized.contains(" ") && !bare.normalized.isEmpty && !ruled.contains(bare.id)
        {
            let candidates = (goesBy[bare.normalized] ?? []).compactMap { byID[$0] }
                .filter { bare.country == nil || $0.country == nil || $0.country == bare.country }
                .sorted { ($0.articles, $1.id) > ($1.articles, $0.id) }
            guard let best = candidates.first else { continue }
            let runnerUp = candidates.dropFirst().first?.articles ?? 0
            if best.articles >= 2 * runnerUp { choices.append((bare.id, best.id, best.name)) }
        }
        return choices
    }

    func mergedNames(of id: Int64) throws -> [ActorDetail.MergedName] {
        try database.query(
            "SELECT merged_name, merged_country, reason FROM actor_merge WHERE actor_id = ? ORDER BY merged_name",
            [.integer(id)]
        ) { ActorDetail.MergedName(name: $0.text(0) ?? "", country: $0.text(1), reason: $0.text(2) ?? "") }
    }
}
