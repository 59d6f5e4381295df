import Testing
@testable import Geo

/// An apposition that says what a name is and where (`X, a village in the Y region`): the name is a place
/// whatever type the recognizer gave it, Y holds it, and a namesake of X outside Y is another place.
/// Sentences written here; `Nyaung Kan Thar` and `Pale Kone Gyi` are invented.
@Suite("Appositions that place a name in its region")
struct AppositionContainerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        /// The admin1 code of the region the apposition names, which holds the unresolved name.
        var container: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The gazetteer's only Kani is in Japan: the town the text puts in Sagaing is another.
        Case(text: "Junta jets bombed Kani, a town in the Sagaing region, on Friday.", name: "Kani", container: "MM.10"),
        Case(text: "Junta jets bombed Kani, a small farming town in the Sagaing region, on Friday.", name: "Kani", container: "MM.10"),
        // Names the gazetteer lacks, which the recognizer does not take for places by themselves.
        Case(text: "Junta jets bombed Nyaung Kan Thar, a village in the Magway region, on Friday.", name: "Nyaung Kan Thar", container: "MM.15"),
        Case(text: "Junta jets bombed Pale Kone Gyi, a village in the Magway region, on Friday.", name: "Pale Kone Gyi", container: "MM.15"),
        // The feature noun may modify the apposition's head (`a village tract`, `a township seat`).
        Case(text: "The Arakan Army said it had captured Sabaungte, a strategically important village tract in southern Chin State, on Monday.",
             name: "Sabaungte", container: "MM.02"),
        // `X, in neighbouring Y`: Y holds X whatever lies between (the gazetteer's Kaya is a town of Burkina Faso).
        Case(text: "Later that night gunmen stormed Kaya, in neighbouring Maradun local government area of Zamfara state.",
             name: "Kaya", container: "NG.57"),
        // `the city's X`: the town named before in the sentence holds X; the gazetteer's only Dniprovskyi is a district of Kyiv.
        Case(text: "In Kherson, Russian artillery shelled the city's Dniprovskyi district on Monday.", name: "Dniprovskyi", container: "UA.08"),
        // `X bridge in the southern city of Y`: a site named after X lies in the town after `city of`; the gazetteer's only
        // Zeitoun is a Turkish village (Süleymanlı).
        Case(text: "Security forces fired on protesters on the Zeitoun bridge in the southern city of Nasiriyah on Friday.",
             name: "Zeitoun", container: "IQ.09"),
    ]

    @Test(arguments: cases)
    func theRegionHoldsTheName(_ c: Case) throws {
        let mentions = TestSupport.parser.extract(c.text).filter { $0.role == .location }
        let named = try #require(mentions.first { $0.text == c.name }, "found \(mentions.map(\.text))")
        #expect(named.place == nil)
        #expect(named.container?.admin1Code == c.container)
    }

    /// `the city's X`: X is a part of the town named before (at its point), whether the gazetteer knows an X
    /// elsewhere (Kyivskyi, a district of Donetsk and of Poltava) or no X at all (`Zarichnyi`, as written here);
    /// a name placed by a comma after it is in that place, not a part of it.
    @Test(arguments: [
        ("In Kharkiv, Russian aircraft bombed the city's Kyivskyi district on Monday.", "Kyivskyi", "Kharkiv", true),
        ("In Kharkiv, Russian aircraft bombed the city's Zarichnyi quarter on Monday.", "Zarichnyi", "Kharkiv", true),
        ("Russian aircraft bombed Novoselivka, Kharkiv region, on Monday.", "Novoselivka", "Kharkivs’ka Oblast’", false),
    ])
    func aPartOfTheTownNamedBefore(_ text: String, _ name: String, _ container: String, _ isPart: Bool) throws {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let named = try #require(mentions.first { $0.text == name }, "found \(mentions.map(\.text))")
        #expect(named.place == nil)
        #expect(named.container?.name == container)
        #expect(named.isPartOfContainer == isPart)
    }

    /// A namesake inside the region the apposition names is the place (`Paris, a small town in Texas`).
    @Test func aNamesakeInsideTheRegionIsTheName() throws {
        let mentions = TestSupport.parser.extract("Floods hit Paris, a small town in Texas, on Monday.").filter { $0.role == .location }
        let paris = try #require(mentions.first { $0.text == "Paris" })
        #expect(paris.place?.countryCode == "US")
        #expect(paris.place?.admin1Code == "US.TX")
    }
}
