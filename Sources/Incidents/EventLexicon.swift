/// Words that report events, and the weapons that decide what a bare `attack` or `strike` was.
enum EventLexicon {
    /// What a trigger phrase says happened; `nil` kind means "decided by the weapon".
    struct Trigger {
        var words: [String]
        var kind: EventKind?
        /// The words report an attempt against something (a drone attack), so an interception nearby explains it.
        var weapon: Weapon?
    }

    enum Weapon: Hashable {
        case drone, artillery, air, firearm, explosive
    }

    static let triggers: [Trigger] = {
        var list: [Trigger] = []
        func add(_ kind: EventKind?, _ weapon: Weapon? = nil, _ phrases: String...) {
            for phrase in phrases { list.append(Trigger(words: phrase.split(separator: " ").map(String.init), kind: kind, weapon: weapon)) }
        }
        add(.shelling, .artillery, "shelling", "shelled", "shells", "artillery fire", "artillery strike", "artillery strikes",
            "mortar fire", "mortar attack", "mortars", "missile strike", "missile strikes", "missile attack", "missile attacks",
            "rocket attack", "rocket attacks", "rocket fire", "rockets", "bombardment", "bombarded", "barrage", "cluster munitions")
        add(.airDroneStrike, .drone, "drone attack", "drone attacks", "drone strike", "drone strikes", "drone crashed",
            "drone crashes", "drone crash", "kamikaze drone", "kamikaze drones", "uav attack", "drone hit", "drones hit",
            "drones attacked", "drone struck")
        add(.airDroneStrike, .air, "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids",
            "bombed", "bombing raid", "warplanes struck", "aerial bombardment")
        add(.suicideBomb, .explosive, "suicide bomber", "suicide bombers", "suicide bombing", "suicide attack", "suicide car bomb",
            "blew himself up", "blew herself up", "blew themselves up")
        add(.remoteExplosive, .explosive, "roadside bomb", "ied", "ieds", "improvised explosive", "landmine", "landmines",
            "land mine", "car bomb", "explosive device", "bomb exploded", "bomb blast", "mine exploded")
        add(.grenade, .explosive, "grenade", "grenades")
        add(.chemicalWeapon, nil, "chemical attack", "chemical weapon", "chemical weapons", "gas attack", "chlorine gas", "sarin")
        add(.armedClash, .firearm, "clashes", "clashed", "clash", "fighting", "firefight", "gun battle", "gunbattle", "gunfight",
            "exchange of fire", "exchanged fire", "ambush", "ambushed", "incursion", "fought", "battled", "skirmish", "skirmishes")
        add(.governmentRegainsTerritory, nil, "recaptured", "retook", "regained control", "retaken", "liberated")
        add(.nonStateActorOvertakesTerritory, nil, "seized control", "took control", "taken control", "take control",
            "takes control", "overran", "captured the town",
            "captured the city", "captured the village", "seized the town", "seized the city", "seized the village")
        add(.attack, .firearm, "massacre", "massacred", "shot dead", "gunned down", "stabbed", "executed", "lynched",
            "opened fire on civilians", "attacked civilians", "attacked villagers")
        add(.abduction, nil, "abducted", "kidnapped", "abduction", "abductions", "kidnapping", "kidnappings", "taken hostage", "seized hostages")
        add(.sexualViolence, nil, "raped", "rape", "sexual violence", "sexually assaulted", "gang-raped")
        add(.peacefulProtest, nil, "protest", "protests", "protested", "protesters", "protestors", "demonstrators",
            "demonstration", "demonstrations", "rally", "rallies", "rallied", "marched", "sit-in", "vigil", "protesting")
        add(.violentDemonstration, nil, "riot", "riots", "rioters", "rioting")
        add(.mobViolence, nil, "mob", "mobs", "vigilantes", "crowd")
        add(.disruptedWeaponsUse, nil, "shot down", "intercepted", "downed", "were destroyed by air defenses",
            "jammed", "defused", "neutralised", "neutralized", "repelled", "foiled", "thwarted")
        add(.agreement, nil, "ceasefire", "cease-fire", "truce", "peace deal", "peace agreement", "signed an agreement",
            "prisoner exchange", "prisoner swap", "exchanged prisoners")
        add(.arrests, nil, "arrested", "detained", "rounded up", "arrests", "detentions")
        add(.changeToGroup, nil, "disbanded", "merged with", "pledged allegiance", "announced its withdrawal", "pulled out")
        add(.headquartersEstablished, nil, "established a base", "set up a base", "established headquarters",
            "set up headquarters", "opened a base")
        add(.looting, nil, "looted", "looting", "set fire to", "torched", "burned down", "burnt down", "ransacked",
            "vandalised", "vandalized", "demolished")
        add(.transferOfTerritory, nil, "handed over control", "handed control", "transferred control", "withdrew from", "handed over")
        add(.other, nil, "evacuated", "evacuation", "evacuations")
        // Bare words whose kind depends on the weapon named nearby.
        add(nil, nil, "attack", "attacks", "attacked", "strike", "strikes", "struck", "hit", "hit by", "came under fire",
            "explosion", "explosions", "blast", "blasts", "raid", "raids", "assault", "slammed into", "crashed into",
            "opened fire", "killed", "killing")
        // Longest phrases first, so `drone attack` wins over `attack`.
        return list.sorted { $0.words.count > $1.words.count }
    }()

    static let byFirstWord: [String: [Trigger]] = Dictionary(grouping: triggers, by: { $0.words[0] })

    static let weaponWords: [String: Weapon] = [
        "drone": .drone, "drones": .drone, "uav": .drone, "uavs": .drone, "unmanned": .drone, "shahed": .drone,
        "missile": .artillery, "missiles": .artillery, "rocket": .artillery, "rockets": .artillery, "shelling": .artillery,
        "shells": .artillery, "artillery": .artillery, "mortar": .artillery, "mortars": .artillery, "howitzer": .artillery,
        "grad": .artillery, "himars": .artillery, "shelled": .artillery,
        "airstrike": .air, "airstrikes": .air, "warplane": .air, "warplanes": .air, "jets": .air, "aircraft": .air,
        "helicopter": .air, "bombs": .air,
        "gunmen": .firearm, "gunfire": .firearm, "gun": .firearm, "guns": .firearm, "rifles": .firearm, "shot": .firearm,
        "militants": .firearm, "fighters": .firearm, "troops": .firearm, "armed": .firearm, "gunman": .firearm,
        "insurgents": .firearm, "rebels": .firearm, "jihadists": .firearm, "bandits": .firearm,
        "bomb": .explosive, "explosive": .explosive, "explosives": .explosive, "ied": .explosive,
    ]

    /// The kind a bare `attack` or `strike` takes from the weapon named with it.
    static func kind(for weapon: Weapon) -> EventKind {
        switch weapon {
        case .drone, .air: .airDroneStrike
        case .artillery: .shelling
        case .firearm: .armedClash
        case .explosive: .remoteExplosive
        }
    }

    /// Words within a few before a trigger that make it no event (`no shelling`, `to arrest`, `previous attacks`).
    static let cancelling: Set<String> = [
        "no", "not", "without", "never", "denied", "deny", "denies", "would", "could", "might", "may", "threatened",
        "threatens", "warned", "previous", "past", "recent", "future", "prevent", "avoid", "condemned",
        "condemnation", "if",
    ]

    /// Words that make a following `to` an attempt, not an intention (`tried to attack`).
    static let attempts: Set<String> = ["tried", "attempted", "sought", "trying", "attempting"]
}
