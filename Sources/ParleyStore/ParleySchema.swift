import ParleySQLite

/// The migrations of `Schema/`, embedded at build time so that a copied binary needs no source tree.
enum ParleySchema {
    /// "PRLY": marks a SQLite file as a Parley database.
    static let applicationID: Int32 = 0x5052_4C59

    /// Every file of `Schema/`, in order; a new file there gets a line here.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "initial", sql: String(decoding: PackageResources._001_initial_sql, as: UTF8.self))
    ]

    static let migrator = Migrator(migrations: migrations, applicationID: applicationID)
}
