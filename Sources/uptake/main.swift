import Foundation
import UptakeCLI

exit(runUptake(Array(CommandLine.arguments.dropFirst())))
