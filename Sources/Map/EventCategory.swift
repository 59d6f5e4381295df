/// ACLED's six event types (and incidents not yet classified), each with its colour on the map.
///
/// Colours are the Okabe–Ito palette, told apart by readers with the common forms of colour
/// blindness; violence is warm, protest and riot blue, strategic developments green.
public enum EventCategory: Int, CaseIterable, Hashable, Sendable {
    case battles, explosions, violenceAgainstCivilians, protests, riots, strategicDevelopments, unclassified

    public init(eventType: String?) {
        switch eventType?.lowercased() {
        case "battles": self = .battles
        case "explosions/remote violence": self = .explosions
        case "violence against civilians": self = .violenceAgainstCivilians
        case "protests": self = .protests
        case "riots": self = .riots
        case "strategic developments": self = .strategicDevelopments
        default: self = .unclassified
        }
    }

    /// ACLED's name for the type.
    public var title: String {
        switch self {
        case .battles: "Battles"
        case .explosions: "Explosions/Remote violence"
        case .violenceAgainstCivilians: "Violence against civilians"
        case .protests: "Protests"
        case .riots: "Riots"
        case .strategicDevelopments: "Strategic developments"
        case .unclassified: "Unclassified"
        }
    }

    /// The fill, as `#rrggbb`.
    public var color: String {
        switch self {
        case .battles: "#d55e00"
        case .explosions: "#e69f00"
        case .violenceAgainstCivilians: "#cc79a7"
        case .protests: "#0072b2"
        case .riots: "#56b4e9"
        case .strategicDevelopments: "#009e73"
        case .unclassified: "#7f7f7f"
        }
    }
}
