import ArgumentParser
import Foundation
import Pages
import Timeline

/// The zone flags every command shares.
struct ZoneOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The IANA zone assumed where the text names none, and in which relative times are counted.",
        valueName: "IANA"))
    var zone: String?

    @Option(
        name: .customLong("abbreviation"),
        help: ArgumentHelp("Choose the reading of an ambiguous abbreviation, e.g. IST=Asia/Jerusalem (repeatable).",
                           valueName: "ABBR=IANA"))
    var abbreviations: [String] = []

    /// The zone given with `--zone`, checked against the tz database.
    func designator() throws -> ZoneDesignator? {
        guard let zone else { return nil }
        guard ZoneRules.named(zone) != nil else {
            throw ValidationError("--zone '\(zone)' is not an IANA time zone (try Europe/Moscow, America/New_York, UTC)")
        }
        return zone == "UTC" ? .utc : .iana(zone)
    }

    func context() throws -> StampContext {
        var choices: [String: ZoneDesignator] = [:]
        for pair in abbreviations {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let entry = ZoneDesignator.ambiguousAbbreviations[parts[0].uppercased()] else {
                let known = ZoneDesignator.ambiguousAbbreviations.keys.sorted().joined(separator: ", ")
                throw ValidationError("--abbreviation '\(pair)' must be ABBR=IANA with ABBR one of \(known)")
            }
            guard let reading = entry.readings.first(where: { $0.identifier == parts[1] }) else {
                let zones = entry.readings.map(\.identifier).joined(separator: ", ")
                throw ValidationError("--abbreviation '\(pair)': \(entry.abbreviation) may be read as \(zones)")
            }
            choices[entry.abbreviation] = reading
        }
        return StampContext(defaultZone: try designator(), abbreviationChoices: choices)
    }
}

/// Prints a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

extension InputFormat: ExpressibleByArgument {}
