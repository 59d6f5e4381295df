import Foundation
import GRDB
import IncidentData
import Incidents
@testable import Store
import Testing
import Timeline

@Suite("The incident database ingests idempotently and answers by time and region")
struct IncidentStoreTests {
    @Test func theSchemaIsMigratedWithStrictTablesAndReadableViews() throws {
        let store = try IncidentStore(inMemory: ())
        try store.writer.read { db in
            let applied = try Schema.migrator.appliedIdentifiers(db)
            #expect(applied == Set(Schema.migrator.migrations))
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'incident'") ?? ""
            #expect(sql.hasSuffix("STRICT"))
            #expect(try db.viewExists("incident_view"))
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
        }
    }

    @Test func ingestingTheSameInputTwiceChangesNothing() throws {
        let store = try SeedDatabase.store()
        let before = try store.totals()
        #expect(before.documents == 1)
        #expect(before.posts == 9)
        #expect(before.incidents > 0)
        let again = try store.ingest(try SeedDatabase.seedDocument())
        #expect(again.change == .unchanged)
        #expect(again.postsAdded == 0)
        let after = try store.totals()
        #expect(after.documents == before.documents && after.posts == before.posts && after.incidents == before.incidents)
    }

    @Test func aLaterCopyOfThePageAddsOnlyItsNewPosts() throws {
        let store = try SeedDatabase.store()
        let seed = try SeedDatabase.seedText
        let marker = "Sort byDropdown arrow\n"
        let newer = seed.replacingOccurrences(of: marker, with: marker + """
            8:02 a.m. ET, May 31, 2023

            Explosions reported in Shebekino again

            From CNN's Anna Chernova

            More shelling hit Shebekino in the Belgorod region on Wednesday, the governor said.

            """)
        let newerTitle = newer.replacingOccurrences(of: "Russia will continue improving its air defense system, Kremlin says\n\nMay 31", with: "Explosions reported in Shebekino again\n\nMay 31")
        let outcome = try store.ingest(try SeedDatabase.loader.liveBlog(newerTitle, path: "later-copy.txt"))
        #expect(outcome.change == .updated)
        #expect(outcome.postsAdded == 1)
        #expect(try store.totals().documents == 1)
        #expect(try store.totals().posts == 10)
    }

    @Test func aBelgorodRegionQueryReturnsShebekinoAndGrayvoronAndNothingFromKrasnodar() throws {
        let store = try SeedDatabase.store()
        var filter = IncidentFilter()
        filter.regions = [try SeedDatabase.region("Belgorod region")]
        let records = try store.incidents(filter)
        let places = Set(records.map(\.geonameid))
        #expect(places.contains(495112))  // Shebekino
        #expect(places.contains(559034))  // Grayvoron
        #expect(records.allSatisfy { $0.admin1Code == "RU.09" })
        #expect(!records.contains { $0.admin1Code == "RU.38" })
    }

    @Test func regionsAreMatchedAtEveryLevelByNameAliasAndCode() throws {
        let store = try SeedDatabase.store()
        for name in ["Belgorod Oblast", "RU.09", "Belgorod region"] {
            var filter = IncidentFilter()
            filter.regions = [try SeedDatabase.region(name)]
            #expect(try store.incidents(filter).count == (try { var f = IncidentFilter(); f.regions = [try SeedDatabase.region("RU.09")]; return try store.incidents(f).count })())
        }
        var russia = IncidentFilter()
        russia.regions = [try SeedDatabase.region("RU")]
        let all = try store.incidents(russia)
        #expect(all.allSatisfy { $0.countryCode == "RU" })
        var district = IncidentFilter()
        district.regions = [try SeedDatabase.region("Klimovsky district")]
        #expect(try store.incidents(district).map(\.geonameid).contains(547551))
    }

    @Test func anUnknownRegionIsAnsweredWithTheNearestNames() {
        #expect {
            _ = try SeedDatabase.region("Belgorood Oblast")
        } throws: { error in
            (error as? StoreError)?.message.contains("unknown region 'Belgorood Oblast'") == true
        }
    }

    @Test func reportedSinceSixAMEasternExcludesTheEarlierPosts() throws {
        let store = try SeedDatabase.store()
        var filter = IncidentFilter()
        filter.regions = [try SeedDatabase.region("Russia")]
        filter.by = .reported
        filter.since = try NormalizedTime(stamp: "May 31, 2023 6 a.m. ET").start
        let records = try store.incidents(filter)
        #expect(!records.isEmpty)
        #expect(!records.contains { $0.postStampText.hasPrefix("4:11") || $0.postStampText.hasPrefix("4:10") || $0.postStampText.hasPrefix("2:54") })
        #expect(records.allSatisfy { $0.reportedAt >= filter.since! })
    }

    @Test func occurredWindowsMatchByOverlap() throws {
        let store = try SeedDatabase.store()
        var filter = IncidentFilter()
        filter.since = try NormalizedTime(stamp: "2023-06-02T00:00:00Z").start
        #expect(try store.incidents(filter).isEmpty)
        filter.since = try NormalizedTime(stamp: "2023-05-31T12:00:00Z").start
        filter.until = try NormalizedTime(stamp: "2023-05-31T12:01:00Z").start
        #expect(!(try store.incidents(filter)).isEmpty)
    }

    @Test func boxAndRadiusQueriesUseTheCoordinates() throws {
        let store = try SeedDatabase.store()
        var box = IncidentFilter()
        box.bbox = (35.0, 50.0, 39.0, 51.5)  // around Belgorod and Shebekino
        let boxed = try store.incidents(box)
        #expect(boxed.contains { $0.geonameid == 495112 })
        #expect(boxed.allSatisfy { (35.0...39.0).contains($0.longitude) && (50.0...51.5).contains($0.latitude) })
        var near = IncidentFilter()
        near.near = (50.4087, 36.8996, 50)  // 50 km around Shebekino
        let close = try store.incidents(near)
        #expect(close.contains { $0.geonameid == 559034 } == false)  // Grayvoron is about 90 km away
        #expect(close.contains { $0.geonameid == 495112 })
    }

    @Test("Hostile strings in filters are just text", arguments: [
        "'; DROP TABLE incident; --", "%", "\"", "Belgorod\" OR 1=1 --", "NEAR(a b)", "*", ";",
    ])
    func hostileText(_ hostile: String) throws {
        let store = try SeedDatabase.store()
        var filter = IncidentFilter()
        filter.text = hostile
        filter.types = [hostile]
        _ = try store.incidents(filter)
        #expect(try store.totals().incidents > 0)
        var words = IncidentFilter()
        words.text = "Shebekino"
        #expect(try store.incidents(words).contains { $0.geonameid == 495112 })
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newer-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try IncidentStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9 from the future')") }
        #expect {
            _ = try IncidentStore(path: path)
        } throws: { error in
            (error as? StoreError)?.message.contains("newer timelinectl") == true
        }
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try IncidentStore(path: path)
        } throws: { error in
            String(describing: error).contains(path)
        }
    }
}
