import ParleyModel
import ParleySQLite

/// Which stored actor an extracted one is.
///
/// - A name a user tied to an actor (`actors merge`) means that actor.
/// - A person is one per full name, whatever country one article gives him: the country is the one most
///   articles give (`actor_country`), so an outlier neither splits him nor moves him.
/// - A body is one only within one state ("Cuban Foreign Ministry" is no stateless "Foreign Ministry"); an
///   organization written "G7" here and "G-7" there, or "EU" and "European Union", is one by its other names.
/// - Countries and groups: the same name, and a country that agrees or is unknown on one side.
extension ParleyStore {
    func upsert(_ actor: ExtractedActor, seen: String?) throws -> (Int64, Bool) {
        let normalized = NameNormalizer.normalize(actor.name)
        let isFullName = actor.kind == .person && normalized.contains(" ")
        let found: (id: Int64, country: String?)?
        if let known = isFullName ? identityCache.people[normalized] : nil {
            found = (known, nil)
        } else if let ruled = try ruledActor(kind: actor.kind, normalized: normalized) {
            found = ruled
        } else if isFullName {
            let named = try person(named: normalized)
            found = named.map { ($0.id, $0.country) }
            if let named, named.isOnlyOne { identityCache.people[normalized] = named.id }
        } else if actor.kind == .person {
            found =
                try personGoingBy(normalized, country: actor.country)
                ?? person(named: normalized).map { ($0.id, $0.country) }
        } else {
            found = try body(actor, normalized: normalized)
        }
        var id: Int64
        var isNew = false
        if let found {
            id = found.id
        } else {
            try database.run(
                "INSERT INTO actor (name, normalized_name, kind, country) VALUES (?, ?, ?, ?)",
                [.text(actor.name), .text(normalized), .text(actor.kind.rawValue), SQLiteValue(actor.country)])
            id = database.lastInsertRowID
            isNew = true
            // The first person of this full name: the one it means until actors are merged or split.
            if isFullName { identityCache.people[normalized] = id }
        }
        try record(actor, of: id, seen: seen)
        return (id, isNew)
    }

    /// The names, roles and country evidence one article gives an actor.
    private func record(_ actor: ExtractedActor, of id: Int64, seen: String?) throws {
        for alias in [actor.name] + actor.aliases {
            let key = NameNormalizer.normalize(alias)
            // A name this connection already gave the actor is there: inserting it again would be ignored.
            guard !key.isEmpty, identityCache.aliases.insert(IdentityCache.Alias(actor: id, normalized: key)).inserted
            else { continue }
            try database.run(
                "INSERT OR IGNORE INTO actor_alias (actor_id, normalized, alias) VALUES (?, ?, ?)",
                [.integer(id), .text(key), .text(alias)])
        }
        for role in actor.roles {
            try database.run(
                """
                INSERT INTO actor_role (actor_id, title, country, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (actor_id, title, country) DO UPDATE SET
                    first_seen = min(ifnull(first_seen, excluded.first_seen), ifnull(excluded.first_seen, first_seen)),
                    last_seen = max(ifnull(last_seen, excluded.last_seen), ifnull(excluded.last_seen, last_seen))
                """, [.integer(id), .text(role.title), .text(role.country ?? ""), SQLiteValue(seen), SQLiteValue(seen)])
        }
        guard let country = actor.country else { return }
        // A title that names the state ("Chinese Foreign Minister") weighs more than a country read nearby.
        let weight = actor.roles.contains { $0.country == country } ? 2 : 1
        try database.run(
            """
            INSERT INTO actor_country (actor_id, country, weight) VALUES (?, ?, ?)
            ON CONFLICT (actor_id, country) DO UPDATE SET weight = weight + excluded.weight
            """, [.integer(id), .text(country), .integer(Int64(weight))])
        try settleCountry(of: id)
    }

    /// Gives an actor the country with the most evidence; a tie keeps the one it has (of several others tied,
    /// the first by name). One statement: it runs for every actor of every article stored.
    func settleCountry(of id: Int64) throws {
        try database.run(
            """
            UPDATE actor SET country = (
                SELECT e.country FROM actor_country e WHERE e.actor_id = actor.id ORDER BY e.weight DESC, e.country LIMIT 1)
            WHERE id = ? AND EXISTS (SELECT 1 FROM actor_country e WHERE e.actor_id = actor.id)
              AND NOT EXISTS (
                SELECT 1 FROM actor_country e WHERE e.actor_id = actor.id AND e.country IS actor.country
                  AND e.weight = (SELECT max(weight) FROM actor_country WHERE actor_id = actor.id))
            """, [.integer(id)])
    }

    private func ruledActor(kind: ActorKind, normalized: String) throws -> (id: Int64, country: String?)? {
        try database.query(
            """
            SELECT a.id, a.country FROM actor_identity_rule r JOIN actor a ON a.id = r.actor_id
            WHERE r.kind = ? AND r.normalized = ?
            """, [.text(kind.rawValue), .text(normalized)]
        ) { (Int64($0.int(0) ?? 0), $0.text(1)) }.first
    }

    /// The person of this full name; of several (stores written before names were shared across countries),
    /// the one most articles mention, which can change as articles are stored: `isOnlyOne` tells whether the
    /// answer is the only possible one.
    private func person(named normalized: String) throws -> (id: Int64, country: String?, isOnlyOne: Bool)? {
        try database.query(
            """
            SELECT a.id, a.country, count(*) OVER () FROM actor a WHERE a.kind = 'person' AND a.normalized_name = ?
            ORDER BY (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = a.id) DESC, a.id LIMIT 1
            """, [.text(normalized)]
        ) { (Int64($0.int(0) ?? 0), $0.text(1), $0.int(2) == 1) }.first
    }

    /// "Hu" for Hu Jintao: the person named in full whom articles already called by this one word, of a country
    /// that agrees, when he has at least twice the articles of anyone else so called (the rule the end-of-run
    /// consolidation applies, here before a one-word actor is ever made).
    private func personGoingBy(_ word: String, country: String?) throws -> (id: Int64, country: String?)? {
        let candidates = try database.query(
            """
            SELECT a.id, a.country, (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = a.id) AS articles
            FROM actor_alias l JOIN actor a ON a.id = l.actor_id
            WHERE l.normalized = ? AND a.kind = 'person' AND instr(a.normalized_name, ' ') > 0
            ORDER BY articles DESC, a.id
            """, [.text(word)]
        ) { (id: Int64($0.int(0) ?? 0), country: $0.text(1), articles: $0.int(2) ?? 0) }
        .filter { country == nil || $0.country == nil || $0.country == country }
        guard let best = candidates.first else { return nil }
        let runnerUp = candidates.dropFirst().first?.articles ?? 0
        return best.articles >= 2 * runnerUp ? (best.id, best.country) : nil
    }

    private func body(_ actor: ExtractedActor, normalized: String) throws -> (id: Int64, country: String?)? {
        var candidates = try database.query(
            "SELECT id, country FROM actor WHERE kind = ? AND normalized_name = ?",
            [.text(actor.kind.rawValue), .text(normalized)]
        ) { (id: Int64($0.int(0) ?? 0), country: $0.text(1)) }
        if candidates.isEmpty, actor.kind == .organization {
            for alias in [actor.name] + actor.aliases {
                candidates = try database.query(
                    """
                    SELECT a.id, a.country FROM actor_alias l JOIN actor a ON a.id = l.actor_id
                    WHERE l.normalized = ? AND a.kind = 'organization' AND a.country IS ?
                    """, [.text(NameNormalizer.normalize(alias)), SQLiteValue(actor.country)]
                ) { (id: Int64($0.int(0) ?? 0), country: $0.text(1)) }
                if !candidates.isEmpty { break }
            }
        }
        // The same country, else the one actor whose country is unknown on one side; several such candidates
        // are not guessed between. A body of no known state is none of the states' bodies.
        let compatible =
            actor.kind == .organization ? [] : candidates.filter { $0.country == nil || actor.country == nil }
        return candidates.first(where: { $0.country == actor.country })
            ?? (compatible.count == 1 ? compatible.first : nil)
    }
}

/// What `upsert` learnt that only saves could change: a full name that no rule ties to an actor and that one
/// person row bears means that row until actors are merged or split (which empty it, as a rollback does). A
/// one-word name, a body, or a name several rows bear is looked up every time: article counts and countries decide.
/// It also keeps the names (`actor_alias` keys) each actor was given through this connection.
struct IdentityCache {
    struct Alias: Hashable {
        let actor: Int64
        let normalized: String
    }

    var people: [String: Int64] = [:]
    var aliases: Set<Alias> = []
}
