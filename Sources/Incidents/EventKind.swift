/// An ACLED event type and sub-event type, with what the rules know about it.
public enum EventKind: String, Hashable, Sendable, CaseIterable {
    case armedClash, governmentRegainsTerritory, nonStateActorOvertakesTerritory
    case shelling, airDroneStrike, suicideBomb, remoteExplosive, grenade, chemicalWeapon
    case attack, abduction, sexualViolence
    case peacefulProtest, protestWithIntervention, excessiveForce
    case violentDemonstration, mobViolence
    case disruptedWeaponsUse, agreement, arrests, changeToGroup, headquartersEstablished, looting, transferOfTerritory, other

    /// ACLED's event type.
    public var eventType: String {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: "Battles"
        case .shelling, .airDroneStrike, .suicideBomb, .remoteExplosive, .grenade, .chemicalWeapon: "Explosions/Remote violence"
        case .attack, .abduction, .sexualViolence: "Violence against civilians"
        case .peacefulProtest, .protestWithIntervention, .excessiveForce: "Protests"
        case .violentDemonstration, .mobViolence: "Riots"
        case .disruptedWeaponsUse, .agreement, .arrests, .changeToGroup, .headquartersEstablished, .looting,
            .transferOfTerritory, .other:
            "Strategic developments"
        }
    }

    /// ACLED's sub-event type.
    public var subEventType: String {
        switch self {
        case .armedClash: "Armed clash"
        case .governmentRegainsTerritory: "Government regains territory"
        case .nonStateActorOvertakesTerritory: "Non-state actor overtakes territory"
        case .shelling: "Shelling/artillery/missile attack"
        case .airDroneStrike: "Air/drone strike"
        case .suicideBomb: "Suicide bomb"
        case .remoteExplosive: "Remote explosive/landmine/IED"
        case .grenade: "Grenade"
        case .chemicalWeapon: "Chemical weapon"
        case .attack: "Attack"
        case .abduction: "Abduction/forced disappearance"
        case .sexualViolence: "Sexual violence"
        case .peacefulProtest: "Peaceful protest"
        case .protestWithIntervention: "Protest with intervention"
        case .excessiveForce: "Excessive force against protesters"
        case .violentDemonstration: "Violent demonstration"
        case .mobViolence: "Mob violence"
        case .disruptedWeaponsUse: "Disrupted weapons use"
        case .agreement: "Agreement"
        case .arrests: "Arrests"
        case .changeToGroup: "Change to group/activity"
        case .headquartersEstablished: "Headquarters or base established"
        case .looting: "Looting/property destruction"
        case .transferOfTerritory: "Non-violent transfer of territory"
        case .other: "Other"
        }
    }

    /// Kinds that may be reports of one event seen from different sides: an attack by drones or
    /// missiles and their interception, or a strike reported as shelling by one source.
    public var family: EventFamily {
        switch self {
        case .shelling, .airDroneStrike, .disruptedWeaponsUse, .remoteExplosive, .grenade, .suicideBomb, .chemicalWeapon: .remoteViolence
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: .battle
        case .attack, .abduction, .sexualViolence: .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention, .excessiveForce, .violentDemonstration, .mobViolence: .demonstrations
        case .agreement, .arrests, .changeToGroup, .headquartersEstablished, .looting, .transferOfTerritory, .other: .strategic(self)
        }
    }

    /// Events that take people away from a place (abductions, arrests, evacuations): where they
    /// were taken from is where it happened (`abducted 20 students from a school in Kaduna`).
    public var removesPeople: Bool { self == .abduction || self == .arrests || self == .other }

    /// Developments that harm no one by their nature (a ceasefire signed, a base set up, a group disbanded, ground handed
    /// over): a toll in their sentence is another event's (`agreed a truce following days of fighting that left ten dead`).
    public var harmsNoOne: Bool { [.agreement, .changeToGroup, .headquartersEstablished, .transferOfTerritory].contains(self) }

    /// The kind a sub-event type names (`Air/drone strike` -> `.airDroneStrike`).
    public init?(subEventType: String) {
        guard let kind = Self.bySubEventType[subEventType] else { return nil }
        self = kind
    }

    private static let bySubEventType: [String: EventKind] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.subEventType, $0) })

    /// When two reports of one event disagree, the more specific kind wins (an interception
    /// explains what became of an attack).
    public var specificity: Int {
        switch self {
        case .disruptedWeaponsUse: 5
        case .suicideBomb, .chemicalWeapon, .grenade, .remoteExplosive: 4
        case .airDroneStrike: 3
        case .shelling: 2
        // Protesters who riot make a riot whatever force met them (ACLED's precedence): a riot outranks force and intervention.
        case .violentDemonstration: 4
        case .excessiveForce, .protestWithIntervention, .mobViolence: 3
        default: 1
        }
    }
}

/// Kinds of event that reports of one event may disagree on; strategic developments each stand alone.
public enum EventFamily: Hashable, Sendable {
    /// Shelling, air and drone strikes, explosions, and their interception.
    case remoteViolence
    /// Armed clashes and changes of territory by force.
    case battle
    /// Attacks on civilians, abductions, sexual violence.
    case violenceAgainstCivilians
    /// Protests and riots.
    case demonstrations
    /// A strategic development: only reports of the same kind are one event.
    case strategic(EventKind)

    /// Violence (remote, battles, against civilians, riots): what looting or burning is part of when reported with it.
    public var isViolent: Bool {
        switch self {
        case .remoteViolence, .battle, .violenceAgainstCivilians, .demonstrations: true
        case .strategic: false
        }
    }
}
