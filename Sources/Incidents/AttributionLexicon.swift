import Language

/// Words the attribution reader knows.
enum AttributionLexicon {
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "told", "tells", "wrote", "writes", "claimed", "claims",
        "announced", "announces", "stated", "states", "added", "adds", "confirmed", "confirms", "posted", "posts",
        "tweeted", "noted", "notes", "warned", "warns", "alleged", "alleges", "insisted", "insists", "explained",
        "declared", "acknowledged", "estimated", "reiterated", "revealed", "disclosed", "denied", "denies",
    ]
    /// Verbs that may come before their speaker (`said Mykola Hrytsenko`).
    static let invertingVerbs: Set<String> = ["said", "says", "added", "wrote", "reported", "noted", "explained", "warned", "according"]
    /// `released by X`, `reported by X`.
    static let agentVerbs: Set<String> = ["released", "issued", "published", "reported", "announced", "posted", "confirmed", "shared"]
    /// Documents that speak for their owner.
    static let documentNouns: Set<String> = [
        "statement", "report", "reports", "post", "video", "message", "release", "communique", "briefing", "update",
        "announcement", "notice", "bulletin", "tweet", "statements",
    ]
    /// Before a speech verb, these make it passive or a noun.
    static let passiveMarkers: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "the", "a", "an", "its", "his", "her", "their", "of",
        "to", "not", "first", "widely", "unconfirmed", "initially", "these", "those", "such", "any", "no",
    ]
    /// After a speech verb, these show it is a noun (`reports emerged`, `claims could not be verified`).
    static let nounFollowers: Set<String> = [
        "could", "can", "cannot", "were", "was", "are", "is", "would", "will", "may", "might", "should", "must",
        "remain", "remained", "suggest", "suggested", "of", "from", "about", "emerged", "indicate", "indicated",
        "show", "showed", "circulating", "circulated", "surfaced", "have", "has", "had",
    ]
    static let articles: Set<String> = ["a", "an", "the"]
    static let platformIntroducers: Set<String> = ["on", "via", "app", "a", "his", "her", "its", "their", "the", "through"]
    static let platformPlaces: Set<String> = ["channel", "account", "page", "feed", "group"]
    static let trailingAdverbs: Set<String> = [
        "also", "later", "previously", "earlier", "separately", "further", "then", "again", "officially", "publicly",
        "initially", "has", "had", "have", "reportedly", "subsequently", "repeatedly", "now", "already",
        "recently", "yesterday", "today", "tonight", "late", "early", "last", "night", "morning", "evening",
    ]
    static let conjunctions: Set<String> = ["and", "but", "while", "whereas", "although", "though", "as", "however", "meanwhile", "so", "yet"]
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "this", "that", "there", "one", "these", "those",
    ]
    static let prepositions: Set<String> = [
        "in", "on", "at", "after", "before", "during", "since", "with", "for", "by", "from", "to", "into", "over",
        "under", "about", "following", "amid", "despite", "when", "if", "because", "asked", "speaking", "writing",
    ]
    /// Words that make a run of words a clause, not a speaker.
    static let clauseWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "did", "does", "do", "will", "would", "could", "can", "should", "may",
        "might", "must", "is", "are", "was", "were", "been", "not", "cannot", "there", "it", "has", "have", "had",
    ]
    static let dayWords: Set<String> = WordLists.weekdayWords.union(["yesterday", "today", "tonight", "overnight", "earlier", "later"])
    /// Words that end a phrase after `according to`, `citing` or `said`.
    static let phraseEnders: Set<String> = [
        "who", "which", "that", "whose", "as", "after", "while", "when", "adding", "saying", "citing", "quoting",
        "because", "but", "since", "although", "though", "if", "where", "last", "this", "late", "early",
    ]
    static let boundaryMarks: Set<String> = [
        ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "«", "»", "—", "–", "!", "?", "…",
    ]
    /// Opening phrases that may name the medium (`In a statement on Telegram, …`).
    static let openingWords: Set<String> = ["in", "on", "writing", "posting", "speaking", "via"]
    static let platforms: [String: String] = [
        "telegram": "Telegram", "twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram",
        "youtube": "YouTube", "tiktok": "TikTok", "vkontakte": "VKontakte", "vk": "VK", "whatsapp": "WhatsApp",
        "weibo": "Weibo", "wechat": "WeChat", "threads": "Threads", "bluesky": "Bluesky", "signal": "Signal",
        "truth social": "Truth Social", "odnoklassniki": "Odnoklassniki",
    ]
    /// Nouns of a descriptor before a name: `state news agency RIA Novosti`, `the militant group Hamas`.
    static let descriptorNouns: Set<String> = [
        "agency", "agencies", "media", "outlet", "broadcaster", "newspaper", "daily", "channel", "network",
        "website", "tabloid", "paper", "publication", "wire", "group", "organization", "organisation", "monitor",
        "news", "service", "television", "tv", "radio", "portal", "magazine", "weekly",
    ]
    /// Capitalised words that do not continue an agency's name (`RIA Wednesday`).
    static let notNameWords: Set<String> = WordLists.weekdayWords.union(WordLists.monthWords).union([
        "the", "a", "an", "and", "but", "in", "on", "at", "said", "says", "reported", "reports", "news",
    ])
}
