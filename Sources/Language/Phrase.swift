/// A shallow phrase: a noun phrase with its head, a verb group with its grammar, or a preposition with its object.
public struct Phrase: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable, CustomStringConvertible {
        case noun, verb, prepositional
        /// The CoNLL-2000 chunk name: `NP`, `VP`, `PP`.
        public var description: String { self == .noun ? "NP" : self == .verb ? "VP" : "PP" }
    }

    public enum Voice: UInt8, Hashable, Sendable { case active, passive }
    public enum Tense: UInt8, Hashable, Sendable { case past, present, future, nonFinite }

    public var kind: Kind
    /// Token positions, half-open. A prepositional phrase covers the preposition only; its object is `object`.
    public var tokens: Range<Int>
    /// The head token: the noun of a noun phrase, the main verb of a verb group, the preposition.
    public var head: Int

    /// Verb groups: `was shelled`, `shelled by` reduced relatives and `has been hit` are passive.
    public var voice: Voice?
    public var tense: Tense?
    public var isPerfect = false
    public var isNegated = false
    /// The lemma of a modal other than `will`/`shall` (`may`, `could`, `should`): a possibility, not a fact.
    public var modal: String?

    /// Prepositional phrases: the noun phrase the preposition governs (an index into the phrase list).
    public var object: Int?
    /// The phrase a prepositional phrase attaches to: the noun phrase right before it for `of`
    /// and when it follows a noun phrase directly, else the nearest verb group before it.
    public var attachment: Int?

    public init(kind: Kind, tokens: Range<Int>, head: Int) {
        self.kind = kind
        self.tokens = tokens
        self.head = head
    }
}
