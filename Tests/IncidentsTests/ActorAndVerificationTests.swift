import Testing

@testable import Incidents

@Suite("Reading actors")
struct ActorReaderTests {
    @Test("names armed actors in order, each once", arguments: [
        ("Ukrainian forces shelled Russian forces near Bakhmut, and Russian forces answered.", ["Ukrainian forces", "Russian forces"]),
        ("The dissident Freedom for Russia Legion and the Russian Volunteer Corps claimed the raid into Belgorod.", ["Freedom for Russia Legion", "Russian Volunteer Corps"]),
        ("The Rapid Support Forces said they had taken Wad Madani after fighting the Sudanese army.", ["Rapid Support Forces", "Sudanese army"]),
        ("Israeli troops raided Jenin, where Hamas and Islamic Jihad militants exchanged fire with them.", ["Israeli troops", "Hamas", "Islamic Jihad"]),
        ("Gunmen on motorcycles abducted 287 pupils in Kaduna State.", ["Gunmen"]),
        ("Police fired tear gas at protesters in Nairobi.", ["Police", "protesters"]),
        ("Wagner Group fighters and Malian soldiers attacked the village of Moura.", ["Wagner Group", "Malian soldiers"]),
        ("Al-Shabaab militants stormed a hotel in Mogadishu.", ["Al-Shabaab"]),
        ("Boko Haram and ISWAP fighters clashed near Lake Chad.", ["Boko Haram", "ISWAP"]),
        ("M23 rebels seized the town of Rubaya, and the Congolese army withdrew.", ["M23", "Congolese army"]),
        ("Pro-Russian separatist forces shelled Donetsk overnight.", ["Pro-Russian separatist forces"]),
        ("The Islamic State claimed the bombing in Kerman.", ["Islamic State"]),
        ("The International Crisis Group said the RSF controls most of Darfur.", ["RSF"]),
        ("Kremlin-backed forces and government troops clashed with rebels near Bangui.", ["Kremlin-backed forces", "government troops", "rebels"]),
        ("Armed Forces of Ukraine units repelled an attack by the Russian Army near Avdiivka.", ["Armed Forces of Ukraine", "Russian Army"]),
        ("Armed men stormed the village in Zamfara, and unidentified gunmen torched homes.", ["Armed men", "unidentified gunmen"]),
        ("The Popular Mobilization Forces, an umbrella of Iran-aligned militias, denied involvement.", ["Popular Mobilization Forces", "Iran-aligned militias"]),
        ("Israeli police arrested dozens of protesters outside the Knesset.", ["Israeli police", "protesters"]),
    ])
    func actors(_ sentence: String, _ expected: [String]) {
        #expect(ActorReader.actors(in: sentence) == expected)
    }

    @Test("finds no actor in words that only look like one", arguments: [
        "The military equipment was destroyed in a Ukrainian strike.",
        "Russian air defence systems destroyed 29 drones over the Belgorod region.",
        "The police station was damaged on the Eastern Front road.",
        "Eight apartment buildings were damaged in the shelling.",
    ])
    func noActors(_ sentence: String) {
        #expect(ActorReader.actors(in: sentence).isEmpty)
    }
}

@Suite("Reading verification flags")
struct VerificationReaderTests {
    @Test("flags hedges and denials in order of appearance", arguments: [
        ("CNN cannot verify the claims.", [VerificationFlag.unverified, .alleged]),
        ("CNN could not independently verify the footage.", [.unverified]),
        ("CNN has not been able to verify Russia's claim.", [.unverified, .alleged]),
        ("It was not immediately possible to verify the reports.", [.unverified]),
        ("CNN is working to verify the footage.", [.unverified]),
        ("There were unconfirmed reports of explosions in Sevastopol.", [.unconfirmed]),
        ("Ukraine did not confirm its air defenses were involved.", [.unconfirmed]),
        ("The casualty figures have not been confirmed.", [.unconfirmed]),
        ("Moscow denied the allegations.", [.denied, .alleged]),
        ("The Kremlin denies that its forces targeted civilians.", [.denied]),
        ("Kyiv dismissed the reports as propaganda.", [.denied]),
        ("A purported video showed the strike.", [.alleged]),
        ("The strike reportedly hit an ammunition depot near Dzhankoi.", [.alleged]),
        ("The men allegedly planted explosives on the rail line.", [.alleged]),
        ("The disputed village changed hands twice.", [.disputed]),
        ("Russia claimed the strike, which Kyiv denied and CNN could not verify.", [.alleged, .denied, .unverified]),
    ])
    func flags(_ text: String, _ expected: [VerificationFlag]) {
        #expect(VerificationReader.flags(in: text) == expected)
    }

    @Test("flags nothing in plain reporting", arguments: [
        "The attack claimed the lives of 12 people.",
        "The blast claimed 40 lives in Quetta.",
        "CNN has verified the video.",
        "Officials confirmed 3 deaths in Kherson.",
        "CNN has independently confirmed the location of the strike.",
    ])
    func noFlags(_ text: String) {
        #expect(VerificationReader.flags(in: text).isEmpty)
    }
}
