import CMimalloc
import Foundation
import UptakeCLI

// mimalloc is linked for its malloc/free, which take the C library's place for the whole
// process (see Package.swift); naming one of its functions keeps the linker from dropping it
// as unused when it links with --as-needed.
_ = mi_version()
exit(runUptake(Array(CommandLine.arguments.dropFirst())))
