import Testing

@testable import Incidents

/// A sentence and who it says says so.
struct AttributionCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var sources: [String]
    var medium: String? = nil
    var text: String? = nil

    var testDescription: String { sentence }
}

@Suite("Reading attributions")
struct AttributionReaderTests {
    static let cases: [AttributionCase] = [
        AttributionCase(
            sentence: "About 10 drones tried to attack the Klimovsky district overnight, RIA reported, citing emergency services.",
            sources: ["RIA", "emergency services"], text: "RIA, citing emergency services"),
        AttributionCase(
            sentence: "The town of Shebekino was hit by a \"massive strike,\" injuring four people, Gov. Vyacheslav Gladkov said on Telegram Wednesday.",
            sources: ["Gov. Vyacheslav Gladkov"], medium: "Telegram", text: "Gov. Vyacheslav Gladkov on Telegram"),
        AttributionCase(
            sentence: "In a statement on Telegram, Krasnodar's operational headquarters said no casualties were reported in the 4 a.m. attack.",
            sources: ["Krasnodar's operational headquarters"], medium: "Telegram"),
        AttributionCase(
            sentence: "Eight drones were involved in the attack, the Russian Defense Ministry said.",
            sources: ["Russian Defense Ministry"], text: "Russian Defense Ministry"),
        AttributionCase(
            sentence: "Five people were killed and 19 others injured in Ukrainian shelling of Luhansk, according to the Moscow-installed head of the occupied region in eastern Ukraine.",
            sources: ["Moscow-installed head of the occupied region in eastern Ukraine"]),
        AttributionCase(
            sentence: "A drone attack was launched on Russia's Bryansk region, state news agency RIA Novosti said Wednesday.",
            sources: ["RIA Novosti"]),
        AttributionCase(
            sentence: "Leonid Pasechnik, acting head of the self-declared Luhansk People’s Republic, said on Telegram that two of those injured are in serious condition.",
            sources: ["Leonid Pasechnik"], medium: "Telegram"),
        AttributionCase(
            sentence: "Two soldiers were killed in the ambush near Kidal, officials told Reuters.",
            sources: ["officials"], medium: "Reuters", text: "officials to Reuters"),
        AttributionCase(
            sentence: "The army said in a statement that 14 militants were killed in Khyber Pakhtunkhwa.",
            sources: ["army"]),
        AttributionCase(
            sentence: "Police said the gunmen fled toward the border with Niger.",
            sources: ["Police"]),
        AttributionCase(
            sentence: "A spokesman for the Sudanese army said the RSF had shelled Omdurman overnight.",
            sources: ["A spokesman for the Sudanese army"]),
        AttributionCase(
            sentence: "The strike hit a power station in Kharkiv, Mayor Ihor Terekhov told CNN on Friday.",
            sources: ["Mayor Ihor Terekhov"], medium: "CNN"),
        AttributionCase(
            sentence: "Israel's military wrote on X that it had struck Hezbollah targets in southern Lebanon.",
            sources: ["Israel's military"], medium: "X"),
        AttributionCase(
            sentence: "Hamas claimed the attack on the Kerem Shalom crossing.",
            sources: ["Hamas"]),
        AttributionCase(
            sentence: "The Taliban announced that 20 people had been arrested in Kandahar.",
            sources: ["Taliban"]),
        AttributionCase(
            sentence: "Production has multiplied, Prime Minister Mikhail Mishustin said Wednesday, according to state news agency TASS.",
            sources: ["Prime Minister Mikhail Mishustin", "TASS"], text: "Prime Minister Mikhail Mishustin, according to TASS"),
        AttributionCase(
            sentence: "“We will not leave this unanswered,” said Mykola Hrytsenko, head of the Poltava regional military administration.",
            sources: ["Mykola Hrytsenko"]),
        AttributionCase(
            sentence: "Ukraine did not confirm its air defenses were involved, but said the aircraft “ran into some trouble.”",
            sources: ["Ukraine"]),
        AttributionCase(
            sentence: "Gunmen killed at least 30 villagers in a night raid on Kwahaslalek on Tuesday, a local government chairman said.",
            sources: ["a local government chairman"]),
        AttributionCase(
            sentence: "A Russian missile crashed into a warehouse in Poltava, regional governor Taras Levchenko said on Sunday evening.",
            sources: ["regional governor Taras Levchenko"]),
        AttributionCase(
            sentence: "Eight people died in the attack in Borno state, according to a statement from the Nigerian army.",
            sources: ["Nigerian army"]),
        AttributionCase(
            sentence: "The Syrian Observatory for Human Rights, a Britain-based war monitor, reported 25 deaths in Deir ez-Zor.",
            sources: ["Syrian Observatory for Human Rights"]),
        AttributionCase(
            sentence: "Multiple drones shot down in Russia's Bryansk region, state media reports",
            sources: ["state media"]),
        AttributionCase(
            sentence: "“It is clear what they want to provoke,” Peskov said, adding that Russia will continue.",
            sources: ["Peskov"]),
        AttributionCase(
            sentence: "RIA did not report any damage and said some of the drones were shot down.",
            sources: ["RIA"]),
        AttributionCase(
            sentence: "Interfax reported, citing a source in the emergency services, that two people were killed in Belgorod.",
            sources: ["Interfax", "a source in the emergency services"]),
        AttributionCase(
            sentence: "A spokesperson for Myanmar's junta told reporters that the airstrike in Sagaing targeted rebels.",
            sources: ["A spokesperson for Myanmar's junta"]),
        AttributionCase(
            sentence: "Residents and a teacher said the gunmen arrived on motorcycles before dawn.",
            sources: ["Residents and a teacher"]),
        AttributionCase(
            sentence: "At least 1,000 people have been killed since fighting erupted on April 15, the WHO said.",
            sources: ["WHO"]),
        AttributionCase(
            sentence: "The United States said the strike in Deir ez-Zor targeted IRGC-linked militias.",
            sources: ["United States"]),
        AttributionCase(
            sentence: "The attack on the wedding party in Kunduz killed 7, said Zabihullah Mujahid, the Taliban spokesman.",
            sources: ["Zabihullah Mujahid"]),
        AttributionCase(
            sentence: "“Graduates will practice their skills,” the dissident Freedom for Russia Legion said in a post on messaging app Telegram.",
            sources: ["Freedom for Russia Legion"], medium: "Telegram"),
        AttributionCase(
            sentence: "“We are impressed by Sweden's care for Hvaldimir,” OneWhale’s statement said.",
            sources: ["OneWhale"]),
        AttributionCase(
            sentence: "Some 400 protesters were arrested across Iran on Friday, rights group Hengaw said.",
            sources: ["Hengaw"]),
    ]

    @Test("names who says so", arguments: cases)
    func attribution(_ example: AttributionCase) throws {
        let attribution = try #require(AttributionReader.read(example.sentence))
        #expect(attribution.sources == example.sources)
        #expect(attribution.medium == example.medium)
        if let text = example.text { #expect(attribution.text == text) }
    }

    @Test("names no one when no one is named", arguments: [
        "No casualties were reported.",
        "He said the city was calm.",
        "The reported downing of the aircraft was not confirmed by Kyiv officials.",
        "Reports emerged of a possible drone attack on the Afipsky oil refinery.",
        "“We said this many times,” the statement added without naming anyone.",
        "Russia will continue improving its air defense system.",
    ])
    func noAttribution(_ sentence: String) {
        #expect(AttributionReader.read(sentence) == nil)
    }

    @Test("expands an agency's short name from the same text")
    func expandsAbbreviation() throws {
        let body = "A drone attack was launched on Russia's Bryansk region, state news agency RIA Novosti said Wednesday. "
            + "About 10 drones tried to attack the Klimovsky district overnight, RIA reported, citing emergency services."
        let attribution = try #require(AttributionReader.read("About 10 drones tried to attack the Klimovsky district overnight, RIA reported, citing emergency services."))
        let expanded = AttributionReader.expandAbbreviations(attribution, using: body)
        #expect(expanded.sources == ["RIA Novosti", "emergency services"])
        #expect(expanded.text == "RIA Novosti, citing emergency services")
    }

    @Test("leaves a short name alone when the text has no longer form")
    func keepsUnexpandedName() throws {
        let attribution = try #require(AttributionReader.read("RIA reported Wednesday that 3 drones were downed."))
        let expanded = AttributionReader.expandAbbreviations(attribution, using: "RIA Wednesday said nothing. RIA reported Wednesday that 3 drones were downed.")
        #expect(expanded == attribution)
    }
}
