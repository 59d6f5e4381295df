import Testing
import Timeline
@testable import Incidents

/// Live-blog entries and what carries from one to the next: an entry's stamp beside the day its event happened, a
/// toll told again for a place named again, a reference by the kind it names, a weapon of another paragraph, and a
/// division named with its possessor. Sentences written here, published on Wednesday 15 May 2024.
@Suite("Live-blog entries: stamps, tolls told again, references by kind, weapons of other paragraphs")
struct LiveEntriesTests {
    static func described(_ incident: Incident) -> String {
        let count = { (value: Int?) in value.map(String.init) ?? "-" }
        return "\(incident.subEventType ?? "?") at \(incident.location) (\(count(incident.fatalities))/\(count(incident.injured))) "
            + (incident.occurredText ?? "-")
    }

    @Test(arguments: [
        // An entry's stamp tells when the entry was written; the day the sentence names dates the event.
        ("Live: Russia-Ukraine war\n\n08:40 EEST — Russian artillery hit the village of Kozacha Lopan in Kharkiv Oblast on Tuesday "
            + "evening, wounding three residents, the regional governor said.",
         ["Shelling/artillery/missile attack at Kozacha Lopan (-/3) on Tuesday evening"]),
        // `Update on Vovchansk:` names the place of the toll told after it, and `Tuesday's shelling` is the shelling, though a
        // drone strike was told since.
        ("Live: Russia-Ukraine war\n\n09:10 — Russian shelling hit Vovchansk on Tuesday night, killing one man and wounding four "
            + "people, the governor said.\n\n10:30 — A Russian drone struck a bus near Zolochiv this morning, the regional "
            + "prosecutor said.\n\n11:45 — Update on Vovchansk: the governor now says two of the wounded have died. That brings "
            + "the toll from Tuesday's shelling to three dead and two injured.",
         ["Shelling/artillery/missile attack at Vovchansk (3/2) on Tuesday night", "Air/drone strike at Zolochiv (-/-) this morning"]),
    ])
    func entries(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(Self.described) == expected)
    }

    @Test(arguments: [
        // A paragraph about another place tells another event: the airstrike's weapon is not the raid's.
        ("An Israeli airstrike on a house in Rafah late on Monday killed six people, the civil defence said.\n\nIn the West "
            + "Bank, Israeli forces raided Jenin on Tuesday, and two men were killed, the health ministry said.",
         ["Air/drone strike at Rafah (6/-) late on Monday", "Attack at Jenin (2/-) on Tuesday"]),
        // A definite reference (`the attack`) is still the event told before, with its weapon, wherever the sentence goes on.
        ("A roadside bomb hit a police patrol near Hawija on Monday, killing two officers, security sources said.\n\nNo group "
            + "claimed the attack, but militants remain active in the rural areas of Kirkuk province.",
         ["Remote explosive/landmine/IED at Hawija (2/-) on Monday"]),
        // Fire opened is gunfire: a bomb of another paragraph, in the same province, is not its weapon.
        ("A roadside bomb struck an army truck near Kalat on Monday, killing two soldiers, officials said.\n\nIn Turbat, "
            + "police opened fire on a sit-in outside the deputy commissioner's office on Sunday, killing one protester.",
         ["Remote explosive/landmine/IED at Kalat (2/-) on Monday", "Excessive force against protesters at Turbat (1/-) on Sunday"]),
        // A division its possessor places (`North Kivu's Masisi territory`) says where the village before it lies.
        ("GOMA — M23 rebels seized the village of Bukombo in North Kivu's Masisi territory on Tuesday, residents said.",
         ["Non-state actor overtakes territory at Bukombo (-/-) on Tuesday"]),
    ])
    func weaponsAndPlaces(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(Self.described) == expected)
    }
}
