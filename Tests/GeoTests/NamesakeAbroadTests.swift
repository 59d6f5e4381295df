import Testing
@testable import Geo

/// A small town of a country the story never names, far from every place of a story set in another country, is a
/// place the gazetteer lacks, not that namesake. Stories written for the tests; the gazetteer's only `Boni` is an
/// alternate name of Bonn, Germany, about 4,000 km from Mali.
@Suite("Namesakes far abroad")
struct NamesakeAbroadTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        /// The country the name resolves to, or nil when it stays unresolved.
        var countryCode: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A Mali story: the convoy's road is in Mali, not in Germany.
        Case(text: "Jihadists ambushed a Malian army convoy on the road from Douentza to Boni on Tuesday, killing four soldiers, "
                 + "Mali's army said in a statement from Mopti.",
             name: "Boni", countryCode: nil),
        // A town across the border, 250 km from the story's places, stands.
        Case(text: "Malian troops based in Douentza said on Tuesday that jihadists had attacked the town of Djibo overnight, "
                 + "and Mali's army moved reinforcements to Mopti.",
             name: "Djibo", countryCode: "BF"),
        // A city named by its own name stands wherever it is.
        Case(text: "Mali's foreign minister met German officials in Bonn on Tuesday, a week after jihadists attacked Douentza, "
                 + "the ministry said in Mopti.",
             name: "Bonn", countryCode: "DE"),
        // Introduced as a town, a name is one readers are not expected to know: a big namesake abroad (Palma, Spain,
        // a region's seat of 400,000) does not speak for it in a Mozambique story.
        Case(text: "Police in Mozambique's Cabo Delgado province said insurgents killed ten people in a village near the "
                 + "town of Palma, close to the border with Tanzania, on Sunday.",
             name: "Palma", countryCode: nil),
        // Introduced as a city, the famous namesake still stands.
        Case(text: "Mozambique's president met investors in the city of Palma on Monday, a week after insurgents "
                 + "attacked towns in Cabo Delgado province, his office said.",
             name: "Palma", countryCode: "ES"),
        // A city named as the landmark of an ambush in a Myanmar story is a place of that ground, not the Japanese city of
        // 100,000 (Kani, Gifu) the story never goes near.
        Case(text: "Myanmar's army said on Monday that resistance fighters had ambushed a military column near Kani, a week after "
                 + "an air strike on Pazigyi village in Myanmar's Sagaing region.",
             name: "Kani", countryCode: nil),
        // Named by its own name, not as a landmark, the city stands.
        Case(text: "Myanmar's foreign minister met Japanese investors in Kani on Monday, a week after an air strike on a "
                 + "village in Myanmar's Sagaing region.",
             name: "Kani", countryCode: "JP"),
        // With no other country named twice, the story is not set elsewhere: the namesake stands.
        Case(text: "Jihadists ambushed an army convoy near Boni on Tuesday.", name: "Boni", countryCode: "DE"),
        // A story whose only other places are countries, named twice: a town thousands of kilometres from them all is not
        // their namesake (Palma, Spain, is 7,000 km from Mozambique and from Maputo).
        Case(text: "The police in Mozambique said insurgents killed ten people at a village near the town of Palma, close to "
                 + "Mozambique's border with Tanzania.",
             name: "Palma", countryCode: nil),
        // A language named once (`Portuguese`) sets no story in its country: the district stands.
        Case(text: "Militants burned homes in Macomia district on Sunday, local sources said. (Translated from Portuguese.)",
             name: "Macomia district", countryCode: "MZ"),
        // A district of a country the story never names, however near the border, is no place of a story set in another
        // (the gazetteer's Catatumbo is a Venezuelan municipio).
        Case(text: "Fighting between two armed groups displaced 18,000 people in the Catatumbo region of north-eastern Colombia "
                 + "last week, the UN said.",
             name: "Catatumbo", countryCode: nil),
        // Its country named, it stands.
        Case(text: "Venezuelan troops clashed with smugglers in the Catatumbo region of Venezuela last week, officials said.",
             name: "Catatumbo region", countryCode: "VE"),
        // A country named as a landmark across the world from every place of the story (`near Tonga`, the Pacific kingdom,
        // in a South Sudan story) is a place the gazetteer lacks; so it is when the text puts it in a region of the story.
        Case(text: "JUBA, South Sudan — Gunmen in a canoe shot dead four fishermen on the White Nile near Tonga on Sunday, "
                 + "officials in Jonglei state said. In Pochalla, near the Ethiopian border, youths protested on Monday.",
             name: "Tonga", countryCode: nil),
        Case(text: "Gunmen in a canoe shot dead four fishermen near Tonga in Upper Nile state on Sunday, South Sudan's army said.",
             name: "Tonga", countryCode: nil),
        // Near the story's other places, the country stands.
        Case(text: "Police said a storm damaged boats near Tonga on Sunday, and Fiji's navy sent help from Suva.",
             name: "Tonga", countryCode: "TO"),
    ]

    @Test("A small town far abroad from a story set elsewhere stays unresolved", arguments: cases)
    func namesake(_ c: Case) throws {
        let mentions = TestSupport.parser.extract(c.text).filter { $0.role == .location }
        let mention = try #require(mentions.first { $0.text == c.name }, "found \(mentions.map(\.text))")
        #expect(mention.place?.countryCode == c.countryCode)
        #expect(mention.unresolvedReason == (c.countryCode == nil ? .namesakeAbroad : nil))
    }

    /// A first-order division of a country the story never names, written without a division word, is no place of a story
    /// set in another (`the White Nile` is the river, not Sudan's state of that name); nor does a name refused as a place
    /// (`Nasir`, a village the gazetteer lacks, whose namesake is a quarter of Khartoum) vouch for its namesake's country.
    @Test("A foreign division named without a division word is not taken", arguments: [
        "JUBA, South Sudan — Gunmen in a canoe shot dead four fishermen on the White Nile near Tonga on Sunday, "
            + "officials in Jonglei state said. In Pochalla, near the Ethiopian border, youths protested on Monday.",
        "MALAKAL, South Sudan — Gunmen shot dead four fishermen on the White Nile on Sunday, officials in Upper Nile "
            + "state said. In Nasir, near the Ethiopian border, youths protested on Monday.",
    ])
    func foreignDivision(text: String) {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        #expect(mentions.filter { $0.place?.countryCode == "SD" }.map(\.text) == [])
        #expect(mentions.contains { $0.text.hasPrefix("South Sudan") && $0.place?.countryCode == "SS" })
    }
}
