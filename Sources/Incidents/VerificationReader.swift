import Foundation

/// How sure a report says it is of what it reports.
public enum VerificationFlag: String, Hashable, Sendable, CaseIterable {
    /// The reporter could not check it (`CNN cannot independently verify the claims`).
    case unverified
    /// Nobody has confirmed it (`unconfirmed reports`, `Ukraine did not confirm`, `has not been confirmed`).
    case unconfirmed
    /// A party says it is not so (`Moscow denied`).
    case denied
    /// Someone says so, without proof (`allegedly`, `purported`, `reportedly`, `claimed`).
    case alleged
    case disputed
}

/// Reads hedges and denials from news text.
///
/// `did not confirm` is read as `unconfirmed`, not `denied`: a party that does not confirm has not
/// said it is false. Inability to check (`could not confirm`, `not been able to verify`,
/// `not possible to verify`) is `unverified`, the reporter's own caveat.
public enum VerificationReader {
    /// The flags in `text`, each once, in order of first appearance.
    public static func flags(in text: String) -> [VerificationFlag] {
        flags(in: ReaderToken.tokens(of: text))
    }

    /// The flags in a text's words, each once, in order of first appearance.
    static func flags(in tokens: [ReaderToken]) -> [VerificationFlag] {
        var flags: [VerificationFlag] = []
        func add(_ flag: VerificationFlag) {
            if !flags.contains(flag) { flags.append(flag) }
        }
        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].lower
            if let flag = VerificationLexicon.flagWords[word] {
                if flag == .alleged, takesLives(tokens, after: index) { continue }
                add(flag)
            } else if VerificationLexicon.checkingVerbs.contains(word), let flag = checkFlag(tokens, verb: index) {
                add(flag)
            } else if VerificationLexicon.rejectingVerbs.contains(word),
                (index + 1..<min(tokens.count, index + 4)).contains(where: { VerificationLexicon.claimNouns.contains(tokens[$0].lower) })
            {
                // `dismissed the reports`, `rejected the allegations`.
                add(.denied)
            }
        }
        return flags
    }

    /// The flag a negated `verify` or `confirm` gives, reading back to the start of its clause.
    static func checkFlag(_ tokens: [ReaderToken], verb: Int) -> VerificationFlag? {
        var inability = false
        var negated = false
        var trying = false
        var index = verb - 1
        while index >= 0, verb - index <= 6, tokens[index].kind != .mark {
            let word = tokens[index].lower
            if VerificationLexicon.inabilityWords.contains(word) || word == "can't" || word == "couldn't" { inability = true }
            if VerificationLexicon.negations.contains(word) || word.hasSuffix("n't") || word == "unable" || word == "impossible" {
                negated = true
            }
            if VerificationLexicon.tryingWords.contains(word) { trying = true }
            index -= 1
        }
        if trying { return .unverified }
        guard negated else { return nil }
        if inability || VerificationLexicon.verifyWords.contains(tokens[verb].lower) { return .unverified }
        return .unconfirmed
    }

    /// `claimed the lives of 12`, `claimed 12 lives`: a toll, not a claim.
    static func takesLives(_ tokens: [ReaderToken], after index: Int) -> Bool {
        (index + 1..<min(tokens.count, index + 4)).contains { tokens[$0].lower == "lives" || tokens[$0].lower == "life" }
    }
}

/// Words the verification reader knows.
enum VerificationLexicon {
    static let flagWords: [String: VerificationFlag] = [
        "unverified": .unverified, "unconfirmed": .unconfirmed,
        "denied": .denied, "denies": .denied, "deny": .denied, "denying": .denied, "denial": .denied, "denials": .denied,
        "alleged": .alleged, "allegedly": .alleged, "allegation": .alleged, "allegations": .alleged, "alleges": .alleged,
        "purported": .alleged, "purportedly": .alleged, "reportedly": .alleged, "claimed": .alleged, "claims": .alleged, "claim": .alleged,
        "claiming": .alleged, "supposedly": .alleged,
        "disputed": .disputed, "disputes": .disputed, "dispute": .disputed, "disputing": .disputed, "contested": .disputed,
        "contests": .disputed,
    ]
    static let checkingVerbs: Set<String> = ["verify", "verified", "verifying", "confirm", "confirmed", "confirming", "corroborate", "corroborated"]
    static let verifyWords: Set<String> = ["verify", "verified", "verifying", "corroborate", "corroborated"]
    /// Words of being unable to check: `cannot`, `could not`, `unable`, `not been able`, `not possible`.
    static let inabilityWords: Set<String> = ["cannot", "could", "unable", "able", "possible", "independently", "impossible"]
    static let negations: Set<String> = ["not", "never", "no", "cannot", "declined", "refused", "without"]
    /// `CNN is working to verify`: not yet verified.
    static let tryingWords: Set<String> = ["working", "trying", "seeking", "attempting", "sought", "tried"]
    static let rejectingVerbs: Set<String> = ["rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "rebuffed"]
    static let claimNouns: Set<String> = ["claim", "claims", "reports", "report", "allegations", "allegation", "accusations", "accusation"]
}
