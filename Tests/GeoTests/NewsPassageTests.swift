import Testing
@testable import Geo

/// Short news passages from other regions, with names that mean different places in different stories.
@Suite("News passages beyond the seed")
struct NewsPassageTests {
    static let lebanon = """
        Clashes erupt in Tripoli as Lebanon's army deploys

        From CNN's Ben Wedeman in Beirut

        Lebanese soldiers were deployed to the northern city of Tripoli on Sunday after clashes between rival gunmen killed three people, the Lebanese army said in a statement.

        The violence in Tripoli, Lebanon's second-largest city, comes as the country struggles with an economic collapse. Prime Minister Najib Mikati, who is from Tripoli, called for calm.

        Israeli jets also struck targets near Baalbek in the Bekaa Valley overnight, according to Lebanon's state news agency NNA. Hezbollah said it fired rockets at northern Israel in response. Syria's foreign ministry condemned the strikes, a spokesman told reporters in Damascus.
        """

    static let storms = """
        Severe storms sweep across the South

        By CNN's Sarah Jones and Paul Washington

        At least four people were killed when a tornado tore through Springfield, Missouri, late Tuesday, Gov. Mike Parson said. Crews were clearing debris in Joplin and across southwest Missouri on Wednesday.

        The storm system then moved east into Georgia, where Atlanta saw flash flooding, and into South Carolina. Officials in Paris, Texas, reported hail the size of golf balls.

        President Joe Biden spoke with Georgia Gov. Brian Kemp from Washington and promised federal help. "We will be there," Biden said.
        """

    static let libya = """
        Floods kill dozens in eastern Libya

        From CNN's Nima Elbagir and Eyad Kourdi

        Torrential rain from Storm Daniel burst two dams above the city of Derna, in eastern Libya, sweeping entire neighborhoods into the sea, officials said Monday.

        The government in Tripoli, which is recognized by the United Nations, declared three days of mourning. Rescue teams from Egypt, Tunisia and Turkey arrived in Benghazi on Tuesday, the Libyan Red Crescent said.

        In neighboring Sudan, fighting continued in Khartoum and in the Darfur region, where aid groups warned of famine. Kenya's President William Ruto called for a ceasefire during a visit to Addis Ababa.
        """

    static let tbilisi = """
        Thousands protest in Georgia over 'foreign agents' law

        Tens of thousands of people rallied outside parliament in Tbilisi on Saturday, waving Georgian and European Union flags, in protest against a bill critics say mirrors a Russian law. Police used tear gas near Rustaveli Avenue. The ruling Georgian Dream party says the law is needed to protect Georgia's sovereignty. Moscow denied any role; officials in Brussels and Paris said the bill threatened the country's path to the EU.
        """

    static let passages = ["lebanon": lebanon, "storms": storms, "libya": libya, "tbilisi": tbilisi]

    @Test("Ambiguous names resolve by the story they are in", arguments: [
        ("lebanon", "Tripoli", 266_826, "LB"), ("lebanon", "Beirut", 276_781, "LB"), ("lebanon", "Baalbek", 277_130, "LB"),
        ("lebanon", "Damascus", 170_654, "SY"), ("lebanon", "Syria", 163_843, "SY"),
        ("storms", "Springfield", 4_409_896, "US"), ("storms", "Missouri", 4_398_678, "US"), ("storms", "Joplin", 4_392_768, "US"),
        ("storms", "Georgia", 4_197_000, "US"), ("storms", "Atlanta", 4_180_439, "US"), ("storms", "Paris", 4_717_560, "US"),
        ("storms", "Texas", 4_736_286, "US"), ("storms", "Washington", 4_140_963, "US"),
        ("storms", "South Carolina", 4_597_040, "US"),
        ("libya", "Tripoli", 2_210_247, "LY"), ("libya", "Derna", 87_205, "LY"), ("libya", "Benghazi", 88_319, "LY"),
        ("libya", "Khartoum", 379_252, "SD"), ("libya", "Addis Ababa", 344_979, "ET"), ("libya", "Egypt", 357_994, "EG"),
        ("tbilisi", "Georgia", 614_540, "GE"), ("tbilisi", "Tbilisi", 611_717, "GE"), ("tbilisi", "Paris", 2_988_507, "FR"),
        ("tbilisi", "Brussels", 2_800_866, "BE"), ("tbilisi", "Moscow", 524_901, "RU"),
    ])
    func resolvesInContext(passage: String, name: String, geonameid: Int, country: String) throws {
        let mentions = TestSupport.parser.extract(Self.passages[passage]!)
        let found = mentions.locations(name)
        try #require(!found.isEmpty, "\(name) not found in \(passage)")
        for mention in found {
            #expect(mention.place?.geonameid == geonameid, "\(name) -> \(mention.place?.name ?? "nil") \(mention.place?.geonameid ?? 0)")
            #expect(mention.place?.countryCode == country)
        }
    }

    @Test("Bylines, officials and parties are not places", arguments: [
        ("storms", "Paul Washington"), ("storms", "Jones"), ("storms", "Parson"), ("storms", "Kemp"), ("storms", "South"),
        ("lebanon", "Wedeman"), ("lebanon", "Mikati"), ("lebanon", "Hezbollah"), ("libya", "Daniel"), ("libya", "Ruto"),
        ("libya", "Red Crescent"), ("tbilisi", "Dream"), ("tbilisi", "Rustaveli"),
    ])
    func notPlaces(passage: String, word: String) {
        let text = Self.passages[passage]!
        let mentions = TestSupport.parser.extract(text)
        if word == "Paul Washington" {
            let range = text.range(of: "Paul Washington")!
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound) + 5
            #expect(!mentions.contains { $0.range.lowerBound == offset })
        } else {
            #expect(!mentions.contains { ($0.text == word || $0.text.hasSuffix(" " + word)) && $0.role == .location })
        }
    }

    @Test("Direction words qualify a country without becoming part of its name")
    func directions() {
        let mentions = TestSupport.parser.extract(Self.libya)
        #expect(mentions.locations("eastern Libya").isEmpty)
        #expect(mentions.locations("Libya").count == 2)
        #expect(mentions.locations("Libya").allSatisfy { $0.place?.geonameid == 2_215_636 && $0.precision == .country })
    }

    @Test("Abbreviations before a noun are adjectives; after a preposition they are places")
    func abbreviations() {
        let adjective = TestSupport.parser.extract("US and British warplanes struck targets near Sanaa.")
        #expect(adjective.first { $0.text == "US" }?.role == .demonym)
        let place = TestSupport.parser.extract("He flew to the US on Monday.")
        #expect(place.first { $0.text == "US" }?.role == .location)
    }

    @Test("Hyphenated names, possessives and abbreviations", arguments: [
        ("Fighting near Rostov-on-Don and in Russia's Rostov region.", "Rostov-on-Don", 501_175),
        ("Officials in the U.S. and Kyiv said.", "U.S.", 6_252_001),
        ("Shelling hit Kharkiv, Zaporizhzhia and Sievierodonetsk.", "Zaporizhzhia", 687_700),
        ("Shelling hit Kharkov and Kiev overnight.", "Kiev", 703_448),
        ("Explosions were heard in Kharkov and Kiev overnight.", "Kharkov", 706_483),
        ("Residents fled Severodonetsk as troops advanced.", "Severodonetsk", 691_999),
        ("A drone hit a depot in Hong Kong and another in Ho Chi Minh City.", "Hong Kong", 1_819_729),
        ("Gunfire was heard in Port-au-Prince overnight.", "Port-au-Prince", 3_718_426),
        ("Militiamen shelled Kadugli, the capital of South Kordofan state.", "South Kordofan state", 408_661),
        ("Strikes hit the port of Hodeidah.", "Hodeidah", 79_415),
        ("Shelling hit the Kyiv region and the Kharkiv region.", "Kyiv region", 703_446),
        ("Shelling hit the Kyiv region and the Kharkiv region.", "Kharkiv region", 706_482),
        ("Officials in Washington, D.C., said.", "Washington, D.C.", 4_140_963),
    ])
    func surfaceForms(text: String, name: String, geonameid: Int) {
        let mention = TestSupport.parser.extract(text).locations(name).first
        #expect(mention?.place?.geonameid == geonameid, "\(name) -> \(String(describing: mention?.place?.name))")
    }
}
