/// Targets and fighters: what an attack was made on and who was in it decide between a battle and an attack on civilians.
extension EventLexicon {
    /// What an attack with guns or no weapon named is made on, deciding between a battle and an attack on
    /// civilians: armed men at a base, a post or a convoy fight back (`a raid on a military base`); a village,
    /// a market or a school does not (`raided the village of Mbelleko`).
    static let armedTargets: Set<String> = [
        "base", "post", "outpost", "checkpoint", "checkpost", "detachment", "barracks", "position", "convoy", "garrison", "patrol", "station", "camp",
        "soldier", "troop", "force", "army", "police", "policeman", "militant", "fighter", "rebel",
    ]
    static let civilianTargets: Set<String> = [
        "village", "hamlet", "market", "school", "mosque", "church", "home", "house", "bus", "farm", "wedding", "funeral",
        "villager", "civilian", "passenger", "worshipper", "resident", "settlement", "neighbourhood", "neighborhood",
    ]

    /// Modifiers that name an armed target's noun for civilians or their work (`cattle camps`, `an aid convoy`).
    static let civilianPurposes: Set<String> = [
        "cattle", "humanitarian", "aid", "relief", "displacement", "idp", "medical", "fishing", "bus", "railway", "train", "fuel",
        "petrol",
    ]

    /// Nouns for what travels a road (`intercepted a convoy of lorries`): stopping one is no weapon stopped.
    static let roadTraffic: Set<String> = [
        "convoy", "vehicle", "car", "bus", "minibus", "truck", "lorry", "tanker", "motorcycle", "caravan", "traveller", "traveler",
        // Craft on water stopped as vehicles are on a road (`intercepted fishing dhows off Quirimba`).
        "boat", "dhow", "canoe", "ferry", "trawler", "vessel",
    ]

    /// Nouns for fighters: killing them with no weapon named is fighting.
    static let combatants: Set<String> = [
        "soldier", "fighter", "militant", "commander", "troop", "insurgent", "rebel", "gunman", "jihadist", "serviceman",
        "combatant", "militiaman", "paramilitary", "mercenary",
    ]
}
