import Testing
@testable import Geo

/// Places the gazetteer lacks: the recognizer finds them, the words around them confirm them, and
/// they are kept unresolved instead of vanishing. Names invented for the tests.
@Suite("Place names no gazetteer lists are kept, unresolved")
struct UnknownPlaceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var unresolved: [String]
        var resolved: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A list after `the villages of`: the first item by its introducer, the rest by coordination.
        Case(text: "Artillery fire hit the villages of Zarichnivka, Holubkove and Pryvilne Nove near Kupiansk overnight.",
             unresolved: ["Zarichnivka", "Holubkove", "Pryvilne Nove"], resolved: ["Kupiansk"]),
        // `the village of X` makes X a place even where the recognizer took it for a person's name.
        Case(text: "Fighting spread to the village of Omar Kessi in the north.", unresolved: ["Omar Kessi"], resolved: []),
        // A name the recognizer did not mark at all, with its Arabic article written on in lower case.
        Case(text: "Three men were wounded in a raid on the village of al-Sadiwa, residents said.", unresolved: ["al-Sadiwa"], resolved: []),
        // A place noun after a name, a common noun between them (`the X border area`): the name is a place's.
        Case(text: "Shelling hit the Kfar Zalim border area on Monday.", unresolved: ["Kfar Zalim"], resolved: []),
        // A name before a plural noun names whose they are, not a place.
        Case(text: "Fighting between M23 rebels and the army raged near Sake.", unresolved: [], resolved: ["Sake"]),
        // Not places: an organisation, a person before a speech verb, a `-led` adjective.
        Case(text: "The Libyan Red Crescent said Tuareg-led rebels had left, Mustafa Zarhouni told reporters in Derna.",
             unresolved: [], resolved: ["Derna"]),
        // The tail of a longer name (an army's, a building's) is no place of its own.
        Case(text: "Fighters stormed a Somali National Army base in Afgooye before dawn on Friday.", unresolved: [], resolved: ["Afgooye"]),
        Case(text: "The army said it had seized the Republican Palace in central Khartoum.", unresolved: [], resolved: ["Khartoum"]),
        // A name the recognizer is unsure of before a division word, its possessor a known place (`X's Y territory`).
        Case(text: "Rebels attacked a camp in North Kivu's Masisi territory on Sunday.", unresolved: ["Masisi"], resolved: ["North Kivu"]),
        // A name the recognizer did not mark, between a known place's possessive and a place noun (`X's Y area`); not after
        // a possessive that is no place's.
        Case(text: "Three people were killed in Chittagong's Kolabari area on Tuesday.", unresolved: ["Kolabari"], resolved: ["Chittagong"]),
        Case(text: "Troops searched the army's Kolabari area on Tuesday.", unresolved: [], resolved: []),
        // A name after a place and a comma, described by an apposition as something else, is no item of a list of places;
        // described as a place, it is one.
        Case(text: "In Rangpur, Abu Sayed, a student at a local college, died after police opened fire.", unresolved: [], resolved: ["Rangpur"]),
        Case(text: "In Rangpur, Kolabari, a village in Rangpur District, was shelled.", unresolved: ["Kolabari"], resolved: ["Rangpur"]),
        // A Romance name whose particle the recognizer read as a gap between two names is one name: not the town the
        // gazetteer has for its first half, nor a place for a person's surname.
        Case(text: "Police found two bodies in San Juan de Lurigancho on Tuesday.", unresolved: ["San Juan de Lurigancho"], resolved: []),
        Case(text: "Police arrested Luiz Inacio Lula da Silva in Sao Paulo.", unresolved: [], resolved: ["Sao Paulo"]),
        // A name before a place noun and `of` describes the place named after them.
        Case(text: "Police fired on mourners in the Kurdish town of Sardasht on Friday.", unresolved: [], resolved: ["Sardasht"]),
        Case(text: "Rebels shelled the Shia town of Nubl on Friday.", unresolved: [], resolved: ["Nubl"]),
        Case(text: "Soldiers stormed the Sunni village of Tarmiyah on Friday.", unresolved: [], resolved: ["Tarmiyah"]),
    ]

    @Test("Unknown places kept, others not", arguments: cases)
    func unknownPlaces(_ c: Case) {
        let mentions = TestSupport.parser.extract(c.text).filter { $0.role == .location }
        #expect(mentions.filter { $0.place == nil }.map(\.text).filter { c.unresolved.contains($0) } == c.unresolved)
        #expect(mentions.filter { $0.place == nil && !c.unresolved.contains($0.text) }.isEmpty)
        for name in c.resolved { #expect(mentions.contains { $0.text == name && $0.place != nil }) }
        let scalars = Array(c.text.unicodeScalars)
        for mention in mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.range])) == mention.text)
        }
    }

    /// The first half of a Romance name before its particle is no place of its own: the place is the rest as the
    /// gazetteer knows it, not a town called `San Jose` elsewhere.
    @Test func aNameBeforeItsParticleIsNoTown() {
        let mentions = TestSupport.parser.extract("Soldiers killed two men in San Jose de Apartado on Friday.").filter { $0.role == .location }
        #expect(mentions.map(\.text) == ["Apartado"])
    }

    @Test("A group's name that is only a town's alternate name is no place", arguments: [
        "The Lebanese movement fired drones in solidarity with its Palestinian partner Hamas.",
    ])
    func groupNameIsNoTown(text: String) {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        #expect(mentions.map(\.text) == [])
    }

    @Test("An unknown name carries the known place the text puts it in", arguments: [
        ("Russian forces shelled Zarichnivka, Donetsk region, on Tuesday.", "Zarichnivka", "UA.05"),
        ("Gunmen attacked the village of Kurigama in Kaduna on Friday.", "Kurigama", "NG.23"),
        // A town of that name exists, but not in the region the text puts it in (the gazetteer's Kani is in Japan).
        ("A jet bombed a monastery in Kani township in the northwestern Sagaing region on Saturday.", "Kani", "MM.10"),
        // ... or in a town or district of another country than the gazetteer's namesake (Neuhof and Chai are
        // in Germany and Turkey there), after a comma too.
        ("Youths burned cars in the Neuhof district of Strasbourg overnight.", "Neuhof", "FR.44"),
        ("Militants burned homes in the village of Chai, in Macomia district, on Sunday.", "Chai", "MZ.01"),
        // ... though a language names another country once (the gazetteer's Chai is in Turkey; Macomia district is
        // GeoNames' `Circunscrição de Macomia`).
        ("Militants burned homes in the village of Chai, in Macomia district, on Sunday.\n\n(Translated from Portuguese.)", "Chai", "MZ.01"),
        // A division named in French in GeoNames (`Province du Bam`), not the town of Bam in Iran.
        ("Gunmen ambushed a convoy near Kellenga, in Bam province, on Sunday, Burkina Faso's army said.", "Kellenga", "BF.05"),
        // The container a possessor owns: `Burkina Faso's eastern Tapoa province` (`Province de la Tapoa`), not the country.
        ("Gunmen attacked an army post in Kabonga, a rural commune in Burkina Faso's eastern Tapoa province, on Sunday.", "Kabonga", "BF.08"),
        // A division's part named with a compass word (a sub-county the gazetteer lacks) lies in that division; so does a
        // village the text puts in that part, before or after a comma.
        ("Gunmen killed four herders near Dololo, in Wajir South, on Tuesday, Kenya's police said.", "Wajir South", "KE.54"),
        ("Gunmen killed four herders near Dololo, in Wajir South, on Tuesday, Kenya's police said.", "Dololo", "KE.54"),
        ("Kenyan police said raiders burned Kasemeni village in Kilifi North overnight.", "Kasemeni", "KE.23"),
    ])
    func containerOfUnknownName(text: String, name: String, admin1Code: String) throws {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let unknown = try #require(mentions.first { $0.text == name })
        #expect(unknown.place == nil)
        #expect(unknown.container?.admin1Code == admin1Code)
    }
}
