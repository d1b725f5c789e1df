// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        // For the fuzz package in Fuzz/, which drives the readers and extraction under libFuzzer.
        .library(name: "ParleyReading", targets: ["ParleyReading"]),
        .library(name: "ParleyExtraction", targets: ["ParleyExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // C modules: a module map and a shim header each, nothing else.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // A thin SQLite layer that knows nothing of diplomacy.
        .target(name: "ParleySQLite", dependencies: ["CSQLite"]),

        // Value types shared by every layer.
        .target(name: "ParleyModel"),

        // Files and records to articles: front matter, JSON Lines, HTML through libxml2.
        .target(name: "ParleyReading", dependencies: ["ParleyModel", "CLibXML2"]),

        // Part-of-speech tags for the words of a sentence: an averaged perceptron whose weights
        // (Model/, trained by parley-train) are one string literal, which compiles in a second where
        // embedInCode's byte array took minutes.
        .target(name: "ParleyTagging", exclude: ["Model/README.md", "Model/LICENSE.md"]),

        // Article text to actors, meetings and statements; knows no SQLite.
        // The knowledge lives in Data/ and is compiled into the binary.
        .target(
            name: "ParleyExtraction",
            dependencies: ["ParleyModel", "ParleyTagging"],
            resources: [.embedInCode("Data")]
        ),

        // The repository: the domain mapped to tables. Schema/ at the package root is the
        // one source of truth for the database; it is embedded so that the binary runs anywhere.
        .target(
            name: "ParleyStore",
            dependencies: ["ParleyModel", "ParleySQLite"],
            path: ".",
            // The target sits at the root only to reach Schema/; everything else there belongs elsewhere.
            exclude: [
                ".ci", ".swift-format", "Fuzz", "Package.swift", "README.md", "Samples", "Scripts", "Tests", "docs",
                "Sources/CLibXML2", "Sources/CSQLite", "Sources/ParleyCommands", "Sources/ParleyExtraction",
                "Sources/ParleyModel", "Sources/ParleyReading", "Sources/ParleySQLite", "Sources/ParleyTagging",
                "Sources/parley", "Sources/parley-bench", "Sources/parley-corpus", "Sources/parley-train",
                "Sources/ParleyFormats", "Sources/ParleyServer",
            ],
            sources: ["Sources/ParleyStore"],
            resources: [.embedInCode("Schema")]
        ),

        // Records as programs read them: typed JSON objects, GraphML, Graphviz DOT; shared by the CLI and the server.
        .target(name: "ParleyFormats", dependencies: ["ParleyModel", "ParleyStore"]),

        // `parley serve`: the record as HTML pages and a JSON API, read-only, over Hummingbird.
        .target(
            name: "ParleyServer",
            dependencies: [
                "ParleyModel", "ParleyStore", "ParleyFormats", .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),

        // The command tree; the executable only runs it.
        .target(
            name: "ParleyCommands",
            dependencies: [
                "ParleyModel", "ParleyReading", "ParleyExtraction", "ParleyTagging", "ParleyStore", "ParleyFormats",
                "ParleyServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley", dependencies: ["ParleyCommands"]),

        // Benchmarks (Scripts/bench.sh): a seeded corpus generator and an in-process query timer.
        .executableTarget(name: "parley-corpus", dependencies: ["ParleyModel"]),
        .executableTarget(
            name: "parley-bench", dependencies: ["ParleyModel", "ParleyStore", "ParleyReading", "ParleyExtraction"]),
        // Trains the tagger from the treebanks outside the repository (Scripts/train-tagger.sh).
        .executableTarget(
            name: "parley-train",
            dependencies: ["ParleyTagging", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "ParleySQLiteTests", dependencies: ["ParleySQLite"]),
        .testTarget(name: "ParleyReadingTests", dependencies: ["ParleyReading"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ParleyTaggingTests", dependencies: ["ParleyTagging"]),
        .testTarget(name: "ParleyExtractionTests", dependencies: ["ParleyExtraction"]),
        .testTarget(name: "ParleyStoreTests", dependencies: ["ParleyStore", "ParleyModel", "ParleySQLite", "ParleyExtraction"]),
        .testTarget(name: "ParleyFormatsTests", dependencies: ["ParleyFormats", "ParleyStore", "ParleyModel"]),
        // Serves a store filled through the extractor on an ephemeral loopback port and asks it over HTTP.
        .testTarget(
            name: "ParleyServerTests", dependencies: ["ParleyServer", "ParleyStore", "ParleyModel", "ParleyExtraction"]),
        // Runs the built `parley` binary; ParleySQLite only to age a database file beyond the program.
        .testTarget(name: "ParleyEndToEndTests", dependencies: ["parley", "ParleySQLite"]),
    ]
)
