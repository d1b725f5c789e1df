// swift-tools-version: 6.0
// The libFuzzer target over Parley's readers and extraction. It lives in a package of its own because its
// entry point exists only when libFuzzer is linked (`-sanitize=fuzzer`): in the main package it would
// break every ordinary build. Scripts/fuzz.sh builds and runs it.
import PackageDescription

let package = Package(
    name: "ParleyFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Parley", path: "..")],
    targets: [
        .executableTarget(
            name: "parley-fuzz",
            dependencies: [
                .product(name: "ParleyReading", package: "Parley"),
                .product(name: "ParleyExtraction", package: "Parley"),
            ]
        )
    ]
)
