/// One file of the build result, in memory: a path relative to the output folder and its bytes.
package struct OutputFile: Sendable, Hashable {
    /// Relative path, `/`-separated (`site/programs/x/index.html`).
    package var path: String
    /// Contents.
    package var bytes: [UInt8]

    /// A file from text (UTF-8).
    package init(path: String, text: String) {
        self.path = path
        bytes = Array(text.utf8)
    }

    /// A file from bytes.
    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
