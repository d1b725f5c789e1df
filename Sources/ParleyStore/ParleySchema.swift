import ParleySQLite

/// The migrations of `Schema/`, embedded at build time so that a copied binary needs no source tree.
enum ParleySchema {
    /// "PRLY": marks a SQLite file as a Parley database.
    static let applicationID: Int32 = 0x5052_4C59

    /// Every file of `Schema/`, in order; a new file there gets a line here.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "initial", sql: String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        Migration(
            version: 2, name: "ingest_attempt",
            sql: String(decoding: PackageResources._002_ingest_attempt_sql, as: UTF8.self)),
        Migration(
            version: 3, name: "actor_identity",
            sql: String(decoding: PackageResources._003_actor_identity_sql, as: UTF8.self)),
        Migration(
            version: 4, name: "search_fed_by_store",
            sql: String(decoding: PackageResources._004_search_fed_by_store_sql, as: UTF8.self)),
    ]

    static let migrator = Migrator(migrations: migrations, applicationID: applicationID)
}
