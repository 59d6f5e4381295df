/// An open-addressing set of 64-bit word hashes (the values are already FNV hashes, so no rehashing).
///
/// Swift's `Set` runs SipHash on every lookup; the recogniser does several lookups per word.
struct WordHashSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    init(_ values: some Sequence<UInt64>) {
        let array = Array(values)
        self.init(capacity: array.count)
        for value in array { insert(value) }
    }

    @inline(__always)
    private static func slotValue(_ value: UInt64) -> UInt64 { value == 0 ? 1 : value }

    @inline(__always)
    func contains(_ value: UInt64) -> Bool {
        let stored = Self.slotValue(value)
        var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == stored { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ value: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let stored = Self.slotValue(value)
        var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == stored { return }
            if slot == 0 { slots[index] = stored; count += 1; return }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for value in old where value != 0 { insert(value) }
    }
}
