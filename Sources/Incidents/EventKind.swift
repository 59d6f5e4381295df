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
    public var family: Int {
        switch self {
        case .shelling, .airDroneStrike, .disruptedWeaponsUse, .remoteExplosive, .grenade, .suicideBomb, .chemicalWeapon: 1
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: 2
        case .attack, .abduction, .sexualViolence: 3
        case .peacefulProtest, .protestWithIntervention, .excessiveForce, .violentDemonstration, .mobViolence: 4
        default: 10 + (EventKind.allCases.firstIndex(of: self) ?? 0)
        }
    }

    /// When two reports of one event disagree, the more specific kind wins (an interception
    /// explains what became of an attack).
    public var specificity: Int {
        switch self {
        case .disruptedWeaponsUse: 5
        case .suicideBomb, .chemicalWeapon, .grenade, .remoteExplosive: 4
        case .airDroneStrike: 3
        case .shelling: 2
        case .excessiveForce, .protestWithIntervention, .mobViolence: 3
        default: 1
        }
    }
}
