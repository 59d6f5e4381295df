import Testing

@testable import Incidents

/// A sentence and the counts it states.
struct CountCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var fatalities: Count?
    var injured: Count?
    var other: [String: Count] = [:]

    var testDescription: String { sentence }
}

@Suite("Reading casualty counts")
struct CountReaderTests {
    static let fatalityCases: [CountCase] = [
        CountCase(sentence: "Five people were killed and 19 others injured in Ukrainian shelling of Luhansk, according to the Moscow-installed head of the occupied region.", fatalities: Count(5), injured: Count(19)),
        CountCase(sentence: "A Russian missile struck a crowded pizza restaurant in central Kramatorsk, killing at least eight people, including three children, and wounding 56.", fatalities: Count(8, .atLeast), injured: Count(56)),
        CountCase(sentence: "Gunmen killed at least 30 villagers in a night raid on Kwahaslalek, in Plateau State's Mangu area, on Tuesday.", fatalities: Count(30, .atLeast), injured: nil),
        CountCase(sentence: "One person was killed during the raid, a local official said.", fatalities: Count(1), injured: nil),
        // `and another injured`: the verb left out after `and another` still counts one.
        CountCase(sentence: "A civilian was killed and another injured when a drone hit their car in Shebekino on Saturday.", fatalities: Count(1), injured: Count(1)),
        // `the deaths of N people`: the dead counted after `of`.
        CountCase(sentence: "The monitor documented the deaths of seven civilians in the strikes.", fatalities: Count(7), injured: nil),
        // One person named by `the` or a possessive after the casualty verb.
        CountCase(sentence: "A drone dropped a grenade on a car near Vovchansk, killing the driver.", fatalities: Count(1), injured: nil),
        CountCase(sentence: "A shell hit a van outside Izium, killing its elderly driver and wounding a passenger.", fatalities: Count(1), injured: Count(1)),
        CountCase(sentence: "Gunmen stormed a farm near Jos, killing the farmer's wife and wounding his son.", fatalities: Count(1), injured: Count(1)),
        CountCase(sentence: "Israeli strike on Rafah kills 5, Palestinian health officials say", fatalities: Count(5), injured: nil),
        CountCase(sentence: "12 killed as car bomb hits market in Mogadishu", fatalities: Count(12), injured: nil),
        CountCase(sentence: "The blast at the checkpoint near Quetta left 3 dead and 14 wounded.", fatalities: Count(3), injured: Count(14)),
        CountCase(sentence: "The death toll from the earthquake-triggered landslide in Kachin state rose to 40 on Sunday.", fatalities: Count(40), injured: nil),
        CountCase(sentence: "At least 7 people died when a Houthi drone hit a tanker off Hodeidah.", fatalities: Count(7, .atLeast), injured: nil),
        CountCase(sentence: "Two soldiers and four attackers were killed in the assault on the base near Menaka, Mali's army said.", fatalities: Count(6), injured: nil),
        CountCase(sentence: "More than 100 people have been killed in clashes in the Sudanese city of El Fasher since Friday.", fatalities: Count(100, .atLeast), injured: nil),
        CountCase(sentence: "Some 1,200 civilians are believed to have died in the siege of the town.", fatalities: Count(1200, .about), injured: nil),
        CountCase(sentence: "Twenty-five militants were killed in an army operation in North Waziristan, the military said.", fatalities: Count(25), injured: nil),
        CountCase(sentence: "The airstrike in Idlib province killed two hundred and fifty fighters, the monitor claimed.", fatalities: Count(250), injured: nil),
        CountCase(sentence: "A dozen people were killed in an attack on a church in Burkina Faso's north.", fatalities: Count(12, .about), injured: nil),
        CountCase(sentence: "The number of dead in the Gaza hospital blast has surpassed 470, officials said.", fatalities: Count(470, .atLeast), injured: nil),
        CountCase(sentence: "Ten people, including three children, were killed in a Russian strike on Zaporizhzhia overnight.", fatalities: Count(10), injured: nil),
        CountCase(sentence: "Nearly 40 people were reported killed in the Bamako attack claimed by JNIM.", fatalities: Count(40, .about), injured: nil),
        CountCase(sentence: "The shelling in Kherson killed a 7-year-old boy and injured his mother.", fatalities: Count(1), injured: Count(1)),
        CountCase(sentence: "A Palestinian man was shot dead by settlers near Ramallah, the health ministry said.", fatalities: Count(1), injured: nil),
        CountCase(sentence: "Six people, two of them children, were killed in Kharkiv overnight.", fatalities: Count(6), injured: nil),
        CountCase(sentence: "The IDF said a soldier was killed and another was seriously wounded in southern Gaza.", fatalities: Count(1), injured: Count(1)),
        // Victims as the object of a two-word verb, and `both`.
        CountCase(sentence: "Soldiers shot dead three protesters outside the governor's office in Kano.", fatalities: Count(3), injured: nil),
        CountCase(sentence: "Militants hacked to death at least 11 farmers near Beni, a local official said.", fatalities: Count(11, .atLeast), injured: nil),
        // The dead between the manner and `to death`; not a thing beaten so (`beat two drums to death` is no toll).
        CountCase(sentence: "Unknown attackers stabbed two men to death late on Sunday, police said.", fatalities: Count(2), injured: nil),
        CountCase(sentence: "A mob beat three suspected thieves to death in the market.", fatalities: Count(3), injured: nil),
        // The manner as a participle after the event, the dead after `to death`.
        CountCase(sentence: "Gunmen raided the village at dawn, stabbing to death two herders.", fatalities: Count(2), injured: nil),
        // People joined to the counted ones by `and` are of the count, with a long `of` complement before the verb.
        CountCase(sentence: "At least 22 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were killed when fighters attacked the post.",
                  fatalities: Count(22, .atLeast), injured: nil),
        CountCase(sentence: "A car bomb exploded next to a minibus carrying two aid workers in Kismayo, killing both men.", fatalities: Count(2), injured: nil),
        // A known person closing a list, across a name in an `of` complement.
        CountCase(sentence: "Six members of the Village Guard (VG) and their driver were killed when a mine hit their truck.", fatalities: Count(7), injured: nil),
        CountCase(sentence: "Two soldiers and a suspected Islamic State (IS) fighter were killed in a gunfight.", fatalities: Count(3), injured: nil),
        CountCase(sentence: "By Sunday the toll had risen to 19, including two attackers, and 42 people were still being treated in hospital.", fatalities: Count(19), injured: Count(42)),
        CountCase(sentence: "Eleven people were treated for shrapnel wounds after the strike.", fatalities: nil, injured: Count(11)),
        CountCase(sentence: "Residents lynched and burned two men they accused of theft.", fatalities: Count(2), injured: nil),
        // Another source's estimate beside the sentence's figure is a conflicting report: the lower stands, either way round.
        CountCase(sentence: "Bandits killed at least 10 villagers, police said, although residents put the toll at 14.", fatalities: Count(10, .atLeast), injured: nil),
        CountCase(sentence: "Bandits killed 10 villagers, police said, although residents put the toll at 8.", fatalities: Count(8), injured: nil),
        // ... however the other source words it, when its own speech verb comes before its figure; not an update.
        CountCase(sentence: "Herders killed 12 people in two villages, police said, though a local chief said he had counted 19 bodies.",
                  fatalities: Count(12), injured: nil),
        CountCase(sentence: "Herders killed 12 people in two villages on Sunday, but officials later said 19 had died.", fatalities: Count(19), injured: nil),
        // A statement after a semicolon is another source too.
        CountCase(sentence: "A mine hit an army truck near Kismayo, killing six soldiers, a commander said; the militants said 14 had died.",
                  fatalities: Count(6), injured: nil),
        CountCase(sentence: "A mine hit an army truck near Kismayo, killing six soldiers; by evening the toll had risen to 14.",
                  fatalities: Count(14), injured: nil),
        CountCase(sentence: "Rescuers initially reported nine dead; by Monday they said 13 people had been killed.", fatalities: Count(13), injured: nil),
        // Each clause is weighed against all before it: a semicolon and then a contrast.
        CountCase(sentence: "Troops fought insurgents near Mbau on Monday; an officer said five fighters were killed, while villagers reported "
                  + "seeing at least nine bodies.", fatalities: Count(5), injured: nil),
        CountCase(sentence: "Gunmen kidnapped and tortured four traders on the highway.", fatalities: nil, injured: nil),
        CountCase(sentence: "By Sunday the toll had risen to 19, including the bomber, and 42 people were still being treated.", fatalities: Count(19), injured: Count(42)),
        CountCase(sentence: "A drone hit a car near Hasakah, killing a commander of the Northern Brigade (NB) and his driver.", fatalities: Count(2), injured: nil),
        CountCase(sentence: "A shell struck a minibus near Avdiivka, killing the driver and two passengers.", fatalities: Count(3), injured: nil),
        // The dead found.
        CountCase(sentence: "Troops found the bodies of at least five militants inside the compound.", fatalities: Count(5, .atLeast), injured: nil),
        CountCase(sentence: "Rescuers recovered 12 bodies from the collapsed building overnight.", fatalities: Count(12), injured: nil),
        // An addition in the same sentence sums with the figure before it.
        CountCase(sentence: "The car bomb killed four policemen at the gate, and the bomber also died.", fatalities: Count(5), injured: nil),
        CountCase(sentence: "Two soldiers were killed in the ambush and three civilians were also killed.", fatalities: Count(5), injured: nil),
        CountCase(sentence: "Gunmen killed more than 20 people in the raid.", fatalities: Count(20, .atLeast), injured: nil),
        CountCase(sentence: "Insurgents beheaded two fishermen near the coast.", fatalities: Count(2), injured: nil),
        // Quotation marks carry no count.
        CountCase(sentence: "Troops clashed with the militants, killing \"about twenty\" of them.", fatalities: Count(20, .about), injured: nil),
        // A name with hyphens in an `of` complement.
        CountCase(sentence: "A senior commander of the Lashkar-e-Taiba was killed in the gunfight.", fatalities: Count(1), injured: nil),
        // A toll far from its figure, after a long `from` phrase: the figure after its verb, not one inside the phrase.
        CountCase(sentence: "The death toll from a gang attack on the hill town of Saint-Marc in the country's coastal region has risen to at least 70, officials said.",
                  fatalities: Count(70, .atLeast), injured: nil),
        CountCase(sentence: "The death toll from Monday's attack on three villages in the remote Tillaberi region of Niger's far west rose to 12.",
                  fatalities: Count(12), injured: nil),
    ]

    static let injuryCases: [CountCase] = [
        CountCase(sentence: "The town of Shebekino was hit by a massive strike, injuring four people, Gov. Vyacheslav Gladkov said on Telegram Wednesday.", fatalities: nil, injured: Count(4)),
        CountCase(sentence: "Police fired tear gas in Nairobi, wounding 30 protesters.", fatalities: nil, injured: Count(30)),
        CountCase(sentence: "Eight others were injured.", fatalities: nil, injured: Count(8)),
        CountCase(sentence: "Six wounded people were evacuated to the district hospital.", fatalities: nil, injured: Count(6)),
        CountCase(sentence: "3 were hurt when debris fell on a house in Kursk.", fatalities: nil, injured: Count(3)),
        CountCase(sentence: "Around 20 people were wounded in the grenade attack in Manipur.", fatalities: nil, injured: Count(20, .about)),
        CountCase(sentence: "Two police officers suffered serious injuries in the clashes in Dhaka.", fatalities: nil, injured: Count(2)),
        CountCase(sentence: "The suicide bomber killed 14 and injured 37 at the rally in Bajaur.", fatalities: Count(14), injured: Count(37)),
        CountCase(sentence: "As many as 15 people were hospitalized after the chemical plant in Dnipro was hit.", fatalities: nil, injured: Count(15, .upTo)),
        CountCase(sentence: "The Pentagon said 34 US troops suffered traumatic brain injuries in the Iranian missile attack on Al Asad.", fatalities: nil, injured: Count(34)),
        CountCase(sentence: "Of the 40 people injured in the Quetta station bombing, 12 remain in hospital.", fatalities: nil, injured: Count(40)),
        CountCase(sentence: "Police said 2 suspects were arrested and 3 officers hurt in the clashes in Paris.", fatalities: nil, injured: Count(3), other: ["arrested": Count(2)]),
        // The living taken to hospital, or who survived with wounds, are the wounded.
        CountCase(sentence: "Nine others were taken to hospital in Moundou with gunshot and knife wounds.", fatalities: nil, injured: Count(9)),
        CountCase(sentence: "Four passengers were rushed to a local clinic after the ambush near Wajir.", fatalities: nil, injured: Count(4)),
        CountCase(sentence: "A fifth passenger survived with gunshot wounds and was flown to Nairobi.", fatalities: nil, injured: Count(1)),
        // An ordinal after `a` is one more person, unless a part of a group (`a third of`).
        CountCase(sentence: "Gunmen ambushed a patrol near Iguala, killing two officers and wounding a third.", fatalities: Count(2), injured: Count(1)),
        // A couple is two, unless `a couple of`.
        CountCase(sentence: "A bomb flattened a house in Krasnopillia, killing a married couple in their seventies.", fatalities: Count(2), injured: nil),
        CountCase(sentence: "An elderly couple were wounded when a drone hit their car.", fatalities: nil, injured: Count(2)),
        // The dead brought in are not the wounded.
        CountCase(sentence: "Three bodies were taken to the hospital mortuary.", fatalities: Count(3), injured: nil),
    ]

    static let zeroCases: [CountCase] = [
        CountCase(sentence: "In a statement on Telegram, Krasnodar's operational headquarters said no casualties were reported in the 4 a.m. attack.", fatalities: Count(0), injured: Count(0)),
        CountCase(sentence: "Reports emerged of a possible drone attack on the Afipsky oil refinery that caused a fire but no casualties.", fatalities: Count(0), injured: Count(0)),
        CountCase(sentence: "No one was killed in the rocket attack on the US base in Syria, the Pentagon said.", fatalities: Count(0), injured: nil),
        CountCase(sentence: "There were no injuries, the Israeli military said.", fatalities: nil, injured: Count(0)),
        CountCase(sentence: "Governor Vyacheslav Gladkov said nobody was hurt.", fatalities: Count(0), injured: Count(0)),
        CountCase(sentence: "There were no immediate reports of casualties after the explosion in Kabul.", fatalities: Count(0), injured: Count(0)),
        CountCase(sentence: "RIA did not report any casualties.", fatalities: Count(0), injured: Count(0)),
        CountCase(sentence: "No one was killed, but 3 people were injured by falling debris in Kyiv.", fatalities: Count(0), injured: Count(3)),
    ]

    static let otherCountCases: [CountCase] = [
        CountCase(sentence: "About 10 drones tried to attack the Klimovsky district overnight, RIA reported, citing emergency services.", fatalities: nil, injured: nil, other: ["drones": Count(10, .about)]),
        CountCase(sentence: "Eight drones were involved in the attack, the Russian Defense Ministry said.", fatalities: nil, injured: nil, other: ["drones": Count(8)]),
        CountCase(sentence: "Russian air defence systems destroyed 29 Ukrainian drones over the Belgorod region overnight.", fatalities: nil, injured: nil, other: ["drones": Count(29)]),
        CountCase(sentence: "Russia launched 18 missiles and 31 attack drones at Ukraine overnight, the Ukrainian air force said.", fatalities: nil, injured: nil, other: ["missiles": Count(18), "drones": Count(31)]),
        CountCase(sentence: "Hamas fired more than 3,000 rockets at Israel on Saturday.", fatalities: nil, injured: nil, other: ["rockets": Count(3000, .atLeast)]),
        CountCase(sentence: "Police arrested 25 people after the protest in Tbilisi.", fatalities: nil, injured: nil, other: ["arrested": Count(25)]),
        CountCase(sentence: "More than 300 people were evacuated from Shebekino on Thursday.", fatalities: nil, injured: nil, other: ["evacuated": Count(300, .atLeast)]),
        CountCase(sentence: "About 5,000 protesters marched through central Belgrade on Saturday.", fatalities: nil, injured: nil, other: ["protesters": Count(5000, .about)]),
        CountCase(sentence: "Gunmen on motorcycles abducted at least 287 pupils and teachers from a school in Kuriga.", fatalities: nil, injured: nil, other: ["abducted": Count(287, .atLeast)]),
        CountCase(sentence: "Air defences shot down 12 of 15 drones launched at the Kaluga region.", fatalities: nil, injured: nil, other: ["drones": Count(15)]),
        CountCase(sentence: "The army said it fired some 200 artillery shells at positions near Bakhmut.", fatalities: nil, injured: nil, other: ["shells": Count(200, .about)]),
    ]

    /// Numbers that count nothing, vague quantities and subsets.
    static let negativeCases: [CountCase] = [
        // The participle after the gunmen is their verb, not a count of dead.
        CountCase(sentence: "Four gunmen killed villagers in the raid.", fatalities: nil, injured: nil),
        CountCase(sentence: "The floods have killed a third of the herds in the valley.", fatalities: nil, injured: nil),
        CountCase(sentence: "Shelling killed a couple of cows in the valley.", fatalities: nil, injured: nil),
        CountCase(sentence: "Leonid Pasechnik said on Telegram that two of those injured in the shelling are in serious condition in hospital.", fatalities: nil, injured: nil),
        CountCase(sentence: "Eight apartment buildings, four private homes, a school and two administrative buildings were all damaged in the shelling.", fatalities: nil, injured: nil),
        CountCase(sentence: "Dozens of people were killed in the fighting around Goma, the UN said.", fatalities: nil, injured: nil),
        CountCase(sentence: "Hundreds were wounded as protesters clashed with police in Dhaka.", fatalities: nil, injured: nil),
        CountCase(sentence: "Several people were injured, the mayor of Odesa said.", fatalities: nil, injured: nil),
        CountCase(sentence: "A Su-34 bomber crashed 20 kilometers from Yeysk in 2023 at 4 a.m. local time.", fatalities: nil, injured: nil),
        CountCase(sentence: "A 7-year-old girl was among those killed in the strike on Kharkiv on May 31.", fatalities: nil, injured: nil),
        CountCase(sentence: "Scores of civilians were killed, including 5 children, local officials said.", fatalities: nil, injured: nil),
        CountCase(sentence: "The first 300 children will be taken to Voronezh today.", fatalities: nil, injured: nil),
        CountCase(sentence: "It was not immediately clear whether there were casualties in the attack on the Kyiv region.", fatalities: nil, injured: nil),
        CountCase(sentence: "There was no information about casualties from the strike on Sumy.", fatalities: nil, injured: nil),
        CountCase(sentence: "The governor said in a statement that gave no details of any casualties.", fatalities: nil, injured: nil),
        CountCase(sentence: "Three Israeli strikes killed 20 people in Khan Younis on Monday.", fatalities: Count(20), injured: nil),
        CountCase(sentence: "The F-16s flew 200 sorties over the past 2 weeks, 40 percent more than in 2022.", fatalities: nil, injured: nil),
    ]

    @Test("reads fatalities from subjects, objects and tolls", arguments: fatalityCases)
    func fatalities(_ example: CountCase) {
        let counts = CountReader.read(example.sentence)
        #expect(counts.fatalities == example.fatalities)
        #expect(counts.injured == example.injured)
    }

    @Test("tells a toll that has grown from a first count", arguments: [
        ("By Thursday morning the death toll had risen to 11.", true),
        ("The death toll rose to 40 on Monday.", true),
        ("Five people were killed in the attack.", false),
        ("The death toll stands at 12.", false),
        // The source raises its own toll: the later figure replaces the first.
        ("The monitors later raised the toll to 11 dead and 17 wounded.", true),
        ("Officials revised the death toll to 23 on Friday.", true),
    ])
    func revision(sentence: String, isRevision: Bool) {
        #expect(CountReader.read(sentence).isRevision == isRevision)
    }

    @Test("tells a figure of more people than one told before", arguments: [
        ("The bomber also died.", Count(1), true),
        ("Four rebels were also killed in the fighting.", Count(4), true),
        ("Two more people later died in hospital.", Count(2), true),
        ("Another soldier was killed by a sniper.", Count(1), true),
        ("More than 20 people were killed.", Count(20, .atLeast), false),
        ("Five people were killed in the attack.", Count(5), false),
        // A grown toll holds the added dead already.
        ("Hours later the toll rose to four as rescuers pulled two more bodies from the rubble.", Count(4), false),
    ])
    func addition(sentence: String, fatalities: Count, adds: Bool) {
        let counts = CountReader.read(sentence)
        #expect(counts.fatalities == fatalities)
        #expect(counts.addsFatalities == adds)
    }

    @Test("reads the injured", arguments: injuryCases)
    func injured(_ example: CountCase) {
        let counts = CountReader.read(example.sentence)
        #expect(counts.fatalities == example.fatalities)
        #expect(counts.injured == example.injured)
    }

    @Test("reads statements of none as zero", arguments: zeroCases)
    func zero(_ example: CountCase) {
        let counts = CountReader.read(example.sentence)
        #expect(counts.fatalities == example.fatalities)
        #expect(counts.injured == example.injured)
    }

    @Test("keys other counts by plural noun", arguments: otherCountCases)
    func otherCounts(_ example: CountCase) {
        let counts = CountReader.read(example.sentence)
        #expect(counts.other == example.other)
        #expect(counts.fatalities == example.fatalities)
        #expect(counts.injured == example.injured)
    }

    @Test("counts nothing that is not a count", arguments: negativeCases)
    func notCounts(_ example: CountCase) {
        let counts = CountReader.read(example.sentence)
        #expect(counts.fatalities == example.fatalities)
        #expect(counts.injured == example.injured)
        #expect(counts.other.isEmpty)
    }

    @Test("reads qualifiers", arguments: [
        ("approximately 40 people were killed", Count(40, .about)),
        ("almost 40 people were killed", Count(40, .about)),
        ("over 40 people were killed", Count(40, .atLeast)),
        ("as many as 40 people were killed", Count(40, .upTo)),
        ("an estimated 40 people were killed", Count(40, .about)),
        ("40 or more people were killed", Count(40, .atLeast)),
    ])
    func qualifiers(_ sentence: String, _ expected: Count) {
        #expect(CountReader.read(sentence).fatalities == expected)
    }

    @Test("reads numbers written in words and digits", arguments: [
        ("two hundred people were killed", 200),
        ("1,200 people were killed", 1200),
        ("twenty five people were killed", 25),
        ("one hundred and twelve people were killed", 112),
        ("2.5 thousand people were killed", 2500),
        ("two dozen people were killed", 24),
    ])
    func numbers(_ sentence: String, _ expected: Int) {
        #expect(CountReader.read(sentence).fatalities?.value == expected)
    }

    @Test("splits words so that model numbers and ages are not numbers")
    func tokens() {
        let words = ReaderToken.tokens(of: "A Su-34 hit a 7-year-old's home at 4 a.m., killing 1,200.").map(\.lower)
        #expect(words == ["a", "su-34", "hit", "a", "7-year-old's", "home", "at", "4", "a.m", ".", ",", "killing", "1,200", "."])
    }
}
