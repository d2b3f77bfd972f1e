// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Uptake",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "uptake", targets: ["uptake"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // For libyaml (its C target CYaml): YAMLComposer reads libyaml's events itself.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // mimalloc replaces the C library's malloc in the `uptake` executable (linking it
        // interposes malloc/free process-wide): a build allocates millions of short-lived
        // strings and arrays, and glibc's allocator cost 6-11% of the benchmark builds (bench/README.md).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"]), .brew(["mimalloc"])]),
        .target(name: "UptakeModel"),
        .target(name: "UptakeCSV"),
        .target(name: "UptakeMarkdown", dependencies: ["CCmarkGFM"]),
        .target(
            name: "UptakeInput",
            dependencies: ["UptakeModel", "UptakeCSV", "UptakeMarkdown", "Yams"]
        ),
        .target(name: "UptakeMetrics", dependencies: ["UptakeModel"]),
        .target(name: "UptakeTemplate"),
        .target(
            name: "UptakeRender",
            dependencies: [
                "UptakeModel", "UptakeMetrics", "UptakeTemplate",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "UptakeBuild",
            dependencies: ["UptakeModel", "UptakeInput", "UptakeMetrics", "UptakeRender"]
        ),
        .target(
            name: "UptakeCLI",
            dependencies: [
                "UptakeModel", "UptakeBuild", "UptakeInput", "UptakeMetrics", "UptakeRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(name: "uptake", dependencies: ["UptakeCLI", "CMimalloc"]),
        .executableTarget(
            name: "uptake-template-bench",
            dependencies: ["UptakeTemplate", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // bench/compare: the time the kernel needs to create an output tree's files, without Uptake.
        .executableTarget(name: "uptake-write-floor", dependencies: ["UptakeBuild"]),
        // What several test targets share (a seeded random generator); not part of the product.
        .target(name: "UptakeTestSupport", path: "Tests/UptakeTestSupport"),
        .testTarget(name: "UptakeCSVTests", dependencies: ["UptakeCSV"]),
        .testTarget(name: "UptakeMarkdownTests", dependencies: ["UptakeMarkdown"]),
        .testTarget(name: "UptakeMetricsTests", dependencies: ["UptakeMetrics", "UptakeModel", "UptakeTestSupport"]),
        .testTarget(
            name: "UptakeInputTests",
            dependencies: ["UptakeInput", "UptakeModel", "UptakeCSV", "UptakeTestSupport"]
        ),
        .testTarget(
            name: "UptakeTemplateTests",
            dependencies: ["UptakeTemplate", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "UptakeRenderTests",
            dependencies: ["UptakeRender", "UptakeMetrics", "UptakeModel", "UptakeTestSupport"]),
        .testTarget(
            name: "UptakeBuildTests",
            dependencies: ["UptakeBuild", "UptakeCLI", "UptakeModel", "UptakeInput", "UptakeMetrics", "UptakeRender"]
        ),
    ]
)
