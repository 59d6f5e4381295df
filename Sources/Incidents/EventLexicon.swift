/// Words that report events, by lemma, and the weapons that decide what a bare `attack` or `strike` was.
///
/// Entries are lemmas (`strike` covers `struck`, `strikes`, `striking`), read only where the
/// tagger agrees on the part of speech: a verb entry fires on a verb, a noun entry on a noun. A
/// compound (`drone attack`, `car bomb`, `suicide bomber`) is no entry of its own: its head is the
/// trigger and the modifiers in its noun phrase name the weapon.
enum EventLexicon {
    enum Weapon: Hashable, Sendable {
        case drone, artillery, air, firearm, explosive, suicide, chemical, grenade

        /// Which weapon decides when several are named together: the carrier before the charge.
        var rank: Int {
            switch self {
            case .drone: 0
            case .air: 1
            case .chemical: 2
            case .suicide: 3
            case .artillery: 4
            case .grenade: 5
            case .explosive: 6
            case .firearm: 7
            }
        }
    }

    /// What a trigger says happened.
    enum Cue: Hashable, Sendable {
        /// This kind, whatever weapon is named.
        case fixed(EventKind)
        /// Decided by the weapon named with it; `fallback` when none is named anywhere.
        case byWeapon(fallback: EventKind)
        /// Decided by a weapon its own sentence names, not one of the sentences around it (`police opened fire`: guns,
        /// though an earlier paragraph told of a bomb); `fallback` when the sentence names none.
        case bySentenceWeapon(fallback: EventKind)
        /// A weapon's own event (`shelling`, `airstrike`, `bombing`): this kind unless a more specific weapon is named in its phrase.
        case weapon(EventKind)
        /// An event only when a weapon is named with it (`a drone fell`, `a missile strike`, not `the teachers' strike`).
        case needsWeapon
        /// A word that only points back at an event told before: a definite noun (`the incident happened early
        /// on Sunday in Tonkoro district`) or a verb of happening whose subject is a pronoun (`It took place in
        /// Sadiwa`); of the kind of the event it points at.
        case anaphor
        /// Weapons stopped before they hit (`destroyed a UAV`, `took down a drone`): only when the object is a weapon that flies.
        case stopping
    }

    /// Whether a trigger verb acts on places (`shelled X`, `attacked X`, `seized X`): its cue's kind is remote violence or
    /// a battle, not an act on people (`killed X`, `shot X`, `abducted X`), whose object names a victim.
    static func verbActsOnPlaces(_ lemma: String) -> Bool {
        switch verbs[lemma] {
        case .fixed(let kind)?, .byWeapon(let kind)?, .bySentenceWeapon(let kind)?, .weapon(let kind)?:
            return kind.family == .remoteViolence || kind.family == .battle
        default:
            return false
        }
    }

    /// Verb lemmas that report an event.
    static let verbs: [String: Cue] = [
        "shell": .weapon(.shelling), "bombard": .weapon(.shelling), "pound": .byWeapon(fallback: .shelling),
        "bomb": .weapon(.airDroneStrike),
        "strike": .byWeapon(fallback: .shelling), "hit": .byWeapon(fallback: .shelling), "target": .byWeapon(fallback: .shelling),
        "attack": .byWeapon(fallback: .armedClash), "raid": .byWeapon(fallback: .armedClash), "assault": .byWeapon(fallback: .armedClash),
        "kill": .byWeapon(fallback: .attack), "murder": .fixed(.attack), "massacre": .fixed(.attack), "execute": .fixed(.attack),
        "behead": .fixed(.attack), "stab": .fixed(.attack), "shoot": .byWeapon(fallback: .attack), "lynch": .fixed(.mobViolence),
        "stone": .fixed(.mobViolence), "rampage": .byWeapon(fallback: .attack),
        "explode": .byWeapon(fallback: .remoteExplosive), "detonate": .byWeapon(fallback: .remoteExplosive),
        "clash": .fixed(.armedClash), "fight": .fixed(.armedClash), "battle": .fixed(.armedClash), "ambush": .fixed(.armedClash),
        "intercept": .fixed(.disruptedWeaponsUse), "repel": .fixed(.disruptedWeaponsUse), "repulse": .fixed(.disruptedWeaponsUse), "jam": .fixed(.disruptedWeaponsUse),
        "defuse": .fixed(.disruptedWeaponsUse), "foil": .fixed(.disruptedWeaponsUse), "thwart": .fixed(.disruptedWeaponsUse),
        "arrest": .fixed(.arrests), "detain": .fixed(.arrests),
        "abduct": .fixed(.abduction), "kidnap": .fixed(.abduction),
        "rape": .fixed(.sexualViolence),
        "protest": .fixed(.peacefulProtest), "demonstrate": .fixed(.peacefulProtest), "rally": .fixed(.peacefulProtest),
        // `officers dispersed a student march with water cannon`: a gathering broken up (the intervention is read from the verb's object).
        "disperse": .fixed(.peacefulProtest),
        "march": .fixed(.peacefulProtest),
        "riot": .fixed(.violentDemonstration), "pelt": .fixed(.violentDemonstration),
        "capture": .fixed(.nonStateActorOvertakesTerritory), "seize": .fixed(.nonStateActorOvertakesTerritory),
        "overrun": .fixed(.nonStateActorOvertakesTerritory), "storm": .bySentenceWeapon(fallback: .armedClash),
        "invade": .byWeapon(fallback: .armedClash),
        "retake": .fixed(.governmentRegainsTerritory), "recapture": .fixed(.governmentRegainsTerritory),
        "liberate": .fixed(.governmentRegainsTerritory), "reoccupy": .fixed(.governmentRegainsTerritory),
        "loot": .fixed(.looting), "torch": .fixed(.looting), "burn": .fixed(.looting), "ransack": .fixed(.looting), "rustle": .fixed(.looting), "vandalise": .fixed(.looting),
        "vandalize": .fixed(.looting),
        "evacuate": .fixed(.other),
        "fire": .byWeapon(fallback: .armedClash), "launch": .needsWeapon, "hurl": .needsWeapon, "throw": .needsWeapon, "lob": .needsWeapon, "occur": .anaphor, "happen": .anaphor, "fall": .needsWeapon, "crash": .needsWeapon, "land": .needsWeapon,
        "slam": .needsWeapon, "tear": .needsWeapon, "rip": .needsWeapon, "drop": .needsWeapon, "damage": .needsWeapon, "flatten": .needsWeapon, "destroy": .stopping, "down": .stopping, "eliminate": .stopping, "neutralise": .stopping,
        "neutralize": .stopping,
    ]

    /// Nouns of weapons changing hands or kept (`deliveries of artillery`, `a stockpile of drones`): no use of them.
    static let supplyNouns: Set<String> = [
        "delivery", "shipment", "supply", "transfer", "sale", "purchase", "stock", "stockpile", "production", "package",
        "consignment", "cache", "arsenal",
    ]

    /// Lemmas that tell of people killed or hurt, or of things destroyed.
    static let harm: Set<String> = ["kill", "killing", "die", "dead", "death", "injure", "wound", "destroy", "damage", "casualty", "victim"]
    /// Words of harm done to people's bodies (not to property): what makes a crowd's violence a mob's.
    static let bodilyHarm: Set<String> = harm.subtracting(["destroy", "damage", "casualty", "victim"]).union(["hurt", "beat", "lynch", "stab", "stone"])

    /// Verbs that report only what an event did to people: an event of their own only when nothing else is told.
    static let outcomes: [String: Cue] = [
        "die": .byWeapon(fallback: .attack), "injure": .byWeapon(fallback: .attack), "wound": .byWeapon(fallback: .attack),
    ]

    /// Noun lemmas that report an event.
    static let nouns: [String: Cue] = [
        "shelling": .weapon(.shelling), "bombardment": .weapon(.shelling), "barrage": .weapon(.shelling),
        "artillery": .weapon(.shelling), "fire": .byWeapon(fallback: .armedClash),
        "airstrike": .weapon(.airDroneStrike), "bombing": .byWeapon(fallback: .airDroneStrike),
        "strike": .needsWeapon, "attack": .byWeapon(fallback: .armedClash), "raid": .byWeapon(fallback: .armedClash),
        "assault": .byWeapon(fallback: .armedClash), "offensive": .fixed(.armedClash), "counteroffensive": .fixed(.armedClash), "counter-offensive": .fixed(.armedClash), "shootout": .fixed(.armedClash),
        "explosion": .byWeapon(fallback: .remoteExplosive), "blast": .byWeapon(fallback: .remoteExplosive),
        "clash": .fixed(.armedClash), "fighting": .fixed(.armedClash), "firefight": .fixed(.armedClash), "gunfight": .fixed(.armedClash),
        "gunbattle": .fixed(.armedClash), "battle": .fixed(.armedClash), "ambush": .fixed(.armedClash), "skirmish": .fixed(.armedClash),
        "incursion": .fixed(.armedClash), "encounter": .fixed(.armedClash),
        "massacre": .fixed(.attack), "killing": .byWeapon(fallback: .attack), "shooting": .fixed(.attack),
        "abduction": .fixed(.abduction), "kidnapping": .fixed(.abduction),
        "rape": .fixed(.sexualViolence),
        "protest": .fixed(.peacefulProtest), "demonstration": .fixed(.peacefulProtest), "rally": .fixed(.peacefulProtest),
        "march": .fixed(.peacefulProtest), "sit-in": .fixed(.peacefulProtest),
        "riot": .fixed(.violentDemonstration), "rioting": .fixed(.violentDemonstration),
        "interception": .fixed(.disruptedWeaponsUse),
        "arrest": .fixed(.arrests), "detention": .fixed(.arrests),
        "ceasefire": .fixed(.agreement), "cease-fire": .fixed(.agreement), "truce": .fixed(.agreement),
        "looting": .fixed(.looting),
        "evacuation": .fixed(.other),
        "incident": .anaphor,
    ]

    /// Verbs of throwing by hand: an event of their own only with a charge thrown (`hurled a grenade at a police
    /// station`), not with what rioters throw (`hurled projectiles`, `threw stones`).
    static let throwingVerbs: Set<String> = ["hurl", "throw", "lob"]
    /// Verbs of letting a charge fall: it came from the air.
    static let droppingVerbs: Set<String> = ["drop"]
    static let thrownWeapons: Set<Weapon> = [.grenade, .explosive]

    /// Verbs whose object `fire` is a blaze, not gunfire (`a building caught fire`, `firefighters extinguished the fire`).
    static let blazeVerbs: Set<String> = ["catch", "extinguish", "douse", "spark", "fight", "contain", "start", "set"]

    /// Natural hazards and accidents: the harm they cause is no event ACLED codes.
    static let naturalCauses: Set<String> = [
        "earthquake", "quake", "aftershock", "tremor", "flood", "flooded", "flooding", "floodwater", "rain", "rainfall", "downpour",
        "deluge", "storm", "thunderstorm", "cyclone", "hurricane", "typhoon", "tornado", "wildfire", "bushfire", "forest fire",
        "blaze", "fire", "flame", "inferno", "landslide", "mudslide", "landslip", "avalanche", "drought", "heatwave", "heat",
        "lightning", "tsunami", "eruption", "volcano", "monsoon", "snowstorm", "blizzard", "collapse", "accident", "crash",
        "derailment", "disease", "outbreak", "epidemic", "cholera",
    ]

    /// Verbs of fighting a hazard (`firefighters battled the blaze`): no battle.
    static let hazardFightingVerbs: Set<String> = ["battle", "fight", "combat", "tackle", "contain", "control"]

    /// Nouns that name who took part in a protest or riot; they report one where no other word does.
    static let participants: [String: EventKind] = [
        "protester": .peacefulProtest, "protestor": .peacefulProtest, "demonstrator": .peacefulProtest,
        "rioter": .violentDemonstration, "mob": .mobViolence,
    ]

    /// Verbs of breaking up a gathering: their object is the gathering, not another sense of a protest verb.
    static let dispersalVerbs: Set<String> = ["disperse"]

    /// Verb lemma + particle or object lemma: `shoot down`, `open fire`, `blow up`, `set fire`, `take control`.
    static let phrasal: [String: [String: Cue]] = [
        "shoot": ["down": .fixed(.disruptedWeaponsUse), "dead": .fixed(.attack)],
        "regain": ["control": .fixed(.governmentRegainsTerritory)],
        "take": ["down": .stopping, "control": .fixed(.nonStateActorOvertakesTerritory), "over": .fixed(.nonStateActorOvertakesTerritory),
                 "back": .fixed(.governmentRegainsTerritory),
                 "hostage": .fixed(.abduction), "place": .anaphor,
                 "street": .fixed(.peacefulProtest)],
        "bring": ["down": .stopping],
        "gun": ["down": .fixed(.attack)],
        "blow": ["up": .byWeapon(fallback: .remoteExplosive)],
        "open": ["fire": .bySentenceWeapon(fallback: .armedClash)],
        // Crowd-control weapons (`fired tear gas`, `used rubber bullets`) break up a protest; they attack no one.
        "fire": ["tear": .fixed(.protestWithIntervention), "teargas": .fixed(.protestWithIntervention), "rubber": .fixed(.protestWithIntervention)],
        "use": ["tear": .fixed(.protestWithIntervention), "teargas": .fixed(.protestWithIntervention), "rubber": .fixed(.protestWithIntervention)],
        // Fire given and returned is a fight between armed sides (`exchanged gunfire`, `traded fire`).
        "exchange": ["fire": .fixed(.armedClash), "gunfire": .fixed(.armedClash), "shot": .fixed(.armedClash)],
        "trade": ["fire": .fixed(.armedClash), "gunfire": .fixed(.armedClash), "shot": .fixed(.armedClash)],
        "set": ["fire": .fixed(.looting), "ablaze": .fixed(.looting)],
        // Goods driven or carried away (`carrying off livestock`).
        "carry": ["off": .fixed(.looting)],
        "burn": ["down": .fixed(.looting)],
        // Attackers driven off (`beat back an attempt to cross the border`, `beat off the raiders`): a fight.
        "beat": ["back": .fixed(.armedClash), "off": .fixed(.armedClash)],
        "sign": ["agreement": .fixed(.agreement), "deal": .fixed(.agreement)],
    ]

    /// What a weapon word (a lemma) names; found in the trigger's phrase first, then the sentence,
    /// the paragraph and the post.
    static let weapons: [String: Weapon] = [
        "drone": .drone, "uav": .drone, "shahed": .drone, "quadcopter": .drone,
        "missile": .artillery, "rocket": .artillery, "shell": .artillery, "shelling": .artillery, "artillery": .artillery,
        "mortar": .artillery, "howitzer": .artillery, "grad": .artillery, "himars": .artillery, "projectile": .artillery,
        "airstrike": .air, "aerial": .air, "warplane": .air, "jet": .air, "aircraft": .air, "helicopter": .air, "air": .air, "plane": .air,
        "airforce": .air,
        "gunman": .firearm, "gunfire": .firearm, "gun": .firearm, "rifle": .firearm, "bullet": .firearm, "rpg": .firearm,
        "militant": .firearm, "fighter": .firearm, "insurgent": .firearm, "rebel": .firearm, "jihadist": .firearm,
        "bandit": .firearm, "assailant": .firearm, "attacker": .firearm,
        "bomb": .explosive, "explosive": .explosive, "ied": .explosive, "landmine": .explosive, "mine": .explosive,
        "roadside": .explosive, "device": .explosive,
        "suicide": .suicide,
        "chemical": .chemical, "chlorine": .chemical, "sarin": .chemical, "mustard": .chemical, "nerve": .chemical,
        "grenade": .grenade,
    ]

    /// Words before `bomb` that say it was dropped from the air (`guided bombs`, `a glide bomb`, `barrel bombs`).
    static let droppedBombModifiers: Set<String> = ["guided", "guide", "glide", "gliding", "barrel", "air-dropped", "cluster"]

    /// Verbs of taking goods (`seized 10 rifles`, `weapons were recovered`): what they take is held, not used.
    static let takingVerbs: Set<String> = ["seize", "confiscate", "recover", "find", "discover", "capture", "impound", "retrieve"]
    /// Goods a verb of taking takes: arms and contraband, not territory and not people.
    static let goods: Set<String> = Set(weapons.keys.filter { weapons[$0] != .firearm }).union([
        "gun", "rifle", "pistol", "bullet", "weapon", "arm", "ammunition", "ammo", "cache", "stockpile", "drug", "cocaine",
        "heroin", "methamphetamine", "cannabis", "marijuana", "cash", "vehicle", "truck", "equipment", "document",
        "consignment", "shipment", "cargo", "contraband", "haul", "kilogram", "kilogramme", "tonne", "ton",
    ]).subtracting(["air", "aerial", "roadside", "suicide", "nerve", "mustard", "shelling", "airstrike", "airforce"])

    /// Weapons held in the hand (`clashed with sticks and machetes`): an instrument after `with`, though they
    /// decide no kind of event.
    static let handWeapons: Set<String> = blades.union(["stick", "club", "rod", "stone", "rock", "baton", "cudgel"])
    /// Weapons made to kill by hand: a crowd that carries them is armed.
    static let blades: Set<String> = ["machete", "knife", "axe", "sword", "spear"]

    /// The kind a weapon gives a trigger that leaves it open.
    static func kind(for weapon: Weapon) -> EventKind {
        switch weapon {
        case .drone, .air: .airDroneStrike
        case .artillery: .shelling
        case .firearm: .armedClash
        case .explosive: .remoteExplosive
        case .suicide: .suicideBomb
        case .chemical: .chemicalWeapon
        case .grenade: .grenade
        }
    }

    /// Nouns for people who are not fighters: violence against them is an attack on civilians.
    static let civilians: Set<String> = [
        "civilian", "villager", "resident", "worshipper", "student", "farmer", "passenger", "child", "woman", "people",
        "person", "herder", "trader", "pupil", "mourner", "family", "man", "boy", "girl", "teacher", "worker", "patient",
        "journalist", "shopper", "commuter", "pilgrim", "refugee", "driver",
        // People known by their calling, as ACLED counts them: civilians, local figures among them.
        "headman", "elder", "imam", "pastor", "priest", "cleric", "doctor", "nurse", "activist", "businessman", "vendor",
        "fisherman", "shepherd", "merchant", "lawyer", "guest", "tourist", "customer", "labourer", "laborer", "miner",
    ]
    /// Words that open a clause as conjunctions and a phrase as prepositions (`as Moscow presses`, `as a warning`).
    /// Not `after`, `since` or `before`: a clause they open is background, read as such from the preposition.
    static let clauseOpeners: Set<String> = ["as", "while"]
    /// Conjunctions that open a clause of its own after a comma (`, while ...`, `, but ...`).
    static let contrastOpeners: Set<String> = sideBySideOpeners.union(["but"])
    /// Those of them that tell two things side by side (`, while a march in X ended peacefully`), not one going on.
    static let sideBySideOpeners: Set<String> = ["while", "whereas"]
    /// Words that call a gathering peaceful (`marched peacefully`, `the rally ended peacefully`).
    static let peaceful: Set<String> = ["peacefully", "peaceful", "calmly", "quietly"]
    /// Nouns for civilians held or taken (`seized 279 schoolgirls`): taking them is an abduction, not territory.
    /// Not fighters: those captured in a fight are part of it.
    static let captives: Set<String> = civilians.union(relatives).union([
        "hostage", "captive", "schoolgirl", "schoolboy", "schoolchild", "tourist", "foreigner", "missionary",
        "employee", "crew", "sailor", "nun", "engineer",
    ])
    /// People named by where they live (`residents of X`): where they act is where they live.
    static let inhabitants: Set<String> = ["resident", "villager", "inhabitant", "local", "townspeople", "townsman"]
    /// A person by kinship or role in a household (`killing his wife`): a civilian unless said otherwise.
    static let relatives: Set<String> = [
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "grandson", "granddaughter",
    ]

    /// Verbs whose object or complement is no event that happened (`threatened to strike`, `denied the attack`).
    static let cancellingVerbs: Set<String> = [
        "deny", "threaten", "warn", "prevent", "avoid", "fear", "plan", "plot", "vow", "pledge", "promise", "urge", "call",
        "want", "intend", "seek", "aim", "prepare", "propose", "consider", "discuss", "allege", "ask", "encourage", "invite",
        // What is banned does not happen (`prohibited rallies in X`).
        "ban", "prohibit", "outlaw", "forbid",
    ]

    /// Verbs that deny what their complement tells (`denied reports that ... had seized`).
    static let denials: Set<String> = ["deny", "dismiss", "refute", "reject"]

    /// Heads of what can be taken over as ground (`took over the town`, `the army post`), beside the words that introduce a
    /// populated place, name a facility, a road or a border (`WordLists`): a company, an office or a role taken over is no
    /// territory.
    static let groundNouns: Set<String> = [
        "area", "district", "region", "province", "territory", "position", "post", "checkpoint", "outpost", "headquarters",
        "neighbourhood", "neighborhood", "quarter", "island", "hill", "crossing", "mine", "field", "stronghold",
    ]

    /// Nouns of a span of time, which with a verb in the perfect make a state of affairs (`for years`).
    static let durations: Set<String> = ["year", "decade", "month"]
    /// Nouns of a war as a whole (`killed during the conflict`): what is counted over one is a tally, no event's toll.
    static let longConflicts: Set<String> = ["war", "conflict", "insurgency", "uprising", "occupation", "dictatorship"]

    /// Words that put a count over a whole country (`died nationwide`, `across the country`): a tally of many events.
    static let nationwide: Set<String> = ["nationwide", "countrywide"]
    /// Nouns that, after `across` or `throughout`, name a whole country.
    static let wholeCountry: Set<String> = ["country", "nation"]
    /// Time nouns that, after `the past` or `the last`, make a span reaching up to the report (`in the past 24 hours`).
    static let reportSpans: Set<String> = ["day", "week", "hour", "month", "year", "weekend"]

    /// Nouns of stretches of time or ground a march covers (`marched all night`, `marched 10 kilometres`).
    static let spans: Set<String> = [
        "day", "night", "week", "weekend", "morning", "afternoon", "evening", "hour", "minute", "mile", "kilometre", "kilometer",
        "km", "today", "tonight", "yesterday",
    ]

    /// Words of resolve before `to` and a gerund (`remained committed to fighting al Shabaab`, `determined to
    /// retaking`): what is resolved on is no event that happened.
    static let resolveWords: Set<String> = ["committed", "dedicated", "determined", "devoted", "resolved", "pledged", "vowed"]

    /// Pronouns of whoever it may be (`anyone arrested`): a participle after one describes no one event.
    static let freeChoicePronouns: Set<String> = ["anyone", "anybody", "whoever", "whomever"]

    /// Verbs that make a following `to` an attempt that happened (`tried to attack`), not an intention.
    static let attempts: Set<String> = ["try", "attempt"]

    /// Determiners and adjectives in a trigger's phrase that make it no event of this report (`no shelling`, `previous attacks`).
    static let cancellingModifiers: Set<String> = [
        "no", "any", "previous", "past", "earlier", "future", "possible", "potential", "further", "planned", "hypothetical",
        "imminent", "similar",
    ]

    /// Nouns whose `of` phrase is something that may happen (`the risk of attacks`, `the threat of an invasion`).
    static let possibilityNouns: Set<String> = [
        "risk", "threat", "fear", "danger", "warning", "possibility", "prospect", "likelihood", "spectre", "specter",
    ]

    /// Modifiers that make an event noun a pattern (`repeated attacks`), not one event.
    static let habitualModifiers: Set<String> = [
        "repeated", "frequent", "regular", "occasional", "sporadic", "recurring", "periodic", "constant", "persistent", "daily",
        "routine",
    ]

    /// Verbs that report a statement: places they govern are sources, not where an event happened.
    static let reporting: Set<String> = [
        "say", "tell", "report", "announce", "add", "claim", "confirm", "state", "write", "post", "quote", "cite",
        "accuse", "blame", "publish", "note", "declare", "insist", "describe", "explain", "estimate", "show", "indicate",
        "tweet", "deny",
    ]

    /// Prepositions that make an event noun an earlier event the sentence refers to (`a day after the attack`).
    static let background: Set<String> = ["after", "since", "before", "following", "amid", "despite", "like"]
    /// Nouns whose object is the cause of what the sentence tells (`in response to`, `in retaliation for`
    /// `massacres in Gaza`): an event told elsewhere, not this report's.
    static let reasons: Set<String> = ["response", "retaliation", "reprisal", "revenge", "reaction", "answer"]
    /// Places of care: an evacuation to one takes the hurt for treatment (`evacuated to the hospital`).
    static let carePlaces: Set<String> = ["hospital", "clinic", "infirmary", "dispensary"]
    /// Words of care given to the hurt (`receiving treatment at a hospital in X`): a place of care they name is where
    /// victims were taken, not where the event was.
    static let careWords: Set<String> = ["treat", "treatment", "receive", "admit", "hospitalize", "hospitalise", "recover", "undergo"]

    /// Words of accusation and judgement whose `of`, `with` or `for` phrase is a charge (`found guilty of murder and rape`,
    /// `charged with kidnapping`, `jailed for the attack`): what a court or an accuser names, not an event this report tells.
    static let charges: Set<String> = [
        "accuse", "charge", "convict", "guilty", "innocent", "suspect", "acquit", "indict", "sentence", "jail", "prosecute",
        "conviction", "indictment",
    ]

    /// Words that show a protest turned violent, or force used on it.
    static let intervention: Set<String> = ["tear", "disperse", "cannon", "rubber", "arrest", "detain", "baton", "beat"]
    static let force: Set<String> = ["kill", "shoot", "shot", "live", "bullet", "die"]
    /// Words that make `set` an arson (`set fire to`, `set ablaze`, `set alight`).
    static let blaze: Set<String> = ["fire", "ablaze", "alight", "aflame"]
    /// What rioters do; blocking roads is not among it (a protest tactic ACLED codes as a protest).
    static let rioting: Set<String> = ["stone", "rock", "torch", "clash", "burn", "loot", "vandalise", "vandalize", "smash", "throw"]
    /// Unarmed groups that riot when they burn, stone or attack (`youths set fire to cars`, `a crowd stormed the police station`).
    static let crowds: Set<String> = ["youth", "youngster", "teenager", "crowd", "rioter"]
    /// Nouns that count the people of their `of` complement (`dozens of settlers`, `a group of youths`).
    static let quantities: Set<String> = ["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group", "number"]
    /// Words naming a state's own forces in a subject (`government forces`, `the army`): territory they take is regained.
    static let stateForces: Set<String> = ["government", "regime", "army", "military", "junta", "troop", "soldier"]
    /// Words naming armed groups that are no state's forces: territory they take is overtaken.
    static let nonStateForces: Set<String> = [
        "rebel", "militant", "insurgent", "jihadist", "separatist", "militia", "militiaman", "gunman", "extremist",
    ]
    static let forces: Set<String> = [
        "police", "security", "force", "troop", "soldier", "army", "officer", "policeman", "paramilitary", "ranger", "gendarme",
        "constable", "jawan",
    ]
    /// A truce counts as an agreement only when it is signed, reached or in force.
    /// Verbs saying that a truce, as their subject, began (`the ceasefire came into force`, `began at noon`).
    static let beginning: Set<String> = ["begin", "start", "come"]
    static let sealed: Set<String> = [
        "sign", "agree", "reach", "strike", "broker", "announce", "conclude", "seal", "exchange", "swap", "free", "release",
        "hold", "effect", "take",
    ]
}
