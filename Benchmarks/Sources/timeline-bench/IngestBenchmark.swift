import Foundation
import Geo
import IncidentData
import Store
import Timeline

/// End-to-end ingest of generated live-blog pages through `timelinectl ingest`: posts and
/// incidents a second, and peak memory.
enum IngestBenchmark {
    static let people = ["Florence Pugh", "Jackson Diaz", "Austin Reed", "Victoria Lang", "Chelsea Moore", "Paris Hilton",
                         "Lincoln Hayes", "Sydney Cole", "Anna Chernova", "Melissa Bell"]
    static let agencies = ["RIA Novosti", "Reuters", "the regional governor", "local officials", "the army", "police"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    enum Layout: CaseIterable { case cnn, guardian, wire }

    /// A page of `posts` posts in one of the reader's layouts, with events at gazetteer places.
    static func page(index: Int, posts: Int, places: [Place], random: inout SeededGenerator) -> String {
        let day = Int.random(in: 1...28, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        let year = 2023
        let layout = Layout.allCases[index % Layout.allCases.count]
        let date = CivilDate(year: year, month: month, day: day)!
        let british = (4...9).contains(month) ? "BST" : "GMT"
        var text: String
        switch layout {
        case .cnn:
            text = "Live updates \(index)\n\n\(months[month - 1]) \(day), \(year) - World news\n\nBy Kathleen Magramo and Mike Hayes, CNN\n\n\(posts) Posts\n"
        case .guardian:
            text = "World news live \(index): the latest\n\(weekdays[date.weekday - 1].prefix(3)) \(day) \(months[month - 1].prefix(3)) \(year) 23.59 \(british)\nKey events\n"
        case .wire:
            text = "RUNNING STORY \(index)\n\(months[month - 1]) \(day), \(year)\n"
        }
        var minute = 23 * 60 + 50
        for _ in 0..<posts {
            minute -= Int.random(in: 5...60, using: &random)
            if minute < 0 { break }
            let hour = minute / 60, clock = minute % 60
            let h12 = hour % 12 == 0 ? 12 : hour % 12
            let mm = (clock < 10 ? "0" : "") + String(clock)
            let hh = (hour < 10 ? "0" : "") + String(hour)
            switch layout {
            case .cnn: text += "\(h12):\(mm) \(hour < 12 ? "a.m." : "p.m.") ET, \(months[month - 1]) \(day), \(year)\n\n"
            case .guardian: text += "\(hh).\(mm) \(british)\n"
            case .wire: text += "\(hh)\(mm) GMT - "
            }
            let place = places[Int.random(in: 0..<places.count, using: &random)]
            let other = places[Int.random(in: 0..<places.count, using: &random)]
            let person = people[Int.random(in: 0..<people.count, using: &random)]
            let agency = agencies[Int.random(in: 0..<agencies.count, using: &random)]
            let weekday = weekdays[Int.random(in: 0..<7, using: &random)]
            let n = Int.random(in: 2...40, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                text += "Drones attack \(place.name)\n\nFrom CNN's \(person)\n\n"
                text += "About \(n) drones tried to attack \(place.name) overnight, \(agency) reported, citing emergency services.\n\n"
                text += "Some of the drones were shot down, \(person) said.\n\n"
            case 1:
                text += "Shelling hits \(place.name)\n\nFrom CNN's \(person)\n\n"
                text += "The town of \(place.name) was hit by shelling on \(weekday), injuring \(n) people, \(agency) said on Telegram.\n\n"
                text += "\(place.name) \(place.name)\n\(place.name) \(place.name) Getty Images\n\n"
            case 2:
                text += "Protest in \(place.name)\n\nFrom CNN staff\n\n"
                text += "Thousands of protesters marched through central \(place.name) on \(weekday), police said.\n\n"
            default:
                text += "Talks continue\n\nFrom CNN's \(person)\n\n"
                text += "\(person) said talks between \(place.countryName) and \(other.countryName) would continue next week in \(other.name).\n\n"
            }
        }
        return text
    }

    /// JSON Lines articles, one event report each.
    static func articles(count: Int, places: [Place], random: inout SeededGenerator) -> String {
        var lines = ""
        for index in 0..<count {
            let place = places[Int.random(in: 0..<places.count, using: &random)]
            let n = Int.random(in: 2...40, using: &random)
            let weekday = weekdays[Int.random(in: 0..<7, using: &random)]
            let published = Instant(secondsSinceEpoch: 1_672_531_200 + Int64.random(in: 0..<(365 * 86_400), using: &random))
            let text = "Shelling hit \(place.name) on \(weekday), killing \(n) people, officials said. \(place.name) has seen repeated attacks."
            lines += "{\"id\":\"a\(index)\",\"published\":\"\(published.iso8601)\",\"title\":\"Shelling in \(place.name)\",\"text\":\"\(text)\"}\n"
        }
        return lines
    }

    static func run(pages: Int, gazetteer: Gazetteer) throws -> String {
        let folder = StoreBenchmark.dataFolder.appendingPathComponent("pages")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let places = StoreBenchmark.places(gazetteer).filter { $0.population > 50_000 }
        var random = SeededGenerator(seed: 4_242)
        var files: [String] = []
        var bytes = 0
        for index in 0..<pages {
            let text = page(index: index, posts: 20, places: places, random: &random)
            let path = folder.appendingPathComponent(String(format: "page-%04d.txt", index)).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
            bytes += text.utf8.count
        }
        let db = StoreBenchmark.dataFolder.appendingPathComponent("pages.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        let run = StoreBenchmark.time([bin, "ingest", "--db", db] + files, repeats: 1, memory: true)
        let totals = try IncidentStore(path: db).totals()
        let seconds = run.summary.median / 1000
        var lines = [String(
            format: "ingest: %d generated pages in three layouts (%.1f MB, %d posts) through 'timelinectl ingest' in %.1f s: %.0f posts and %.0f incidents a second, peak %.0f MB",
            pages, Double(bytes) / 1_048_576, totals.posts, seconds, Double(totals.posts) / seconds, Double(totals.incidents) / seconds,
            run.peakMB)]
        let jsonl = StoreBenchmark.dataFolder.appendingPathComponent("articles.jsonl").path
        try articles(count: 5_000, places: places, random: &random).write(toFile: jsonl, atomically: true, encoding: .utf8)
        let articleDB = StoreBenchmark.dataFolder.appendingPathComponent("articles.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: articleDB + suffix) }
        let articleRun = StoreBenchmark.time([bin, "ingest", "--db", articleDB, jsonl], repeats: 1, memory: true)
        let articleTotals = try IncidentStore(path: articleDB).totals()
        let articleSeconds = articleRun.summary.median / 1000
        lines.append(String(
            format: "  5,000 JSON Lines articles: %.1f s, %.0f articles and %.0f incidents a second, peak %.0f MB",
            articleSeconds, Double(articleTotals.documents) / articleSeconds, Double(articleTotals.incidents) / articleSeconds, articleRun.peakMB))
        return lines.joined(separator: "\n")
    }
}
