/// A trained averaged perceptron, read from a memory-mapped section: hashed features to class scores.
struct PerceptronWeights: @unchecked Sendable {  // points into the mapping `table` keeps alive
    let table: HashTableLayout.Reader
    let entries: UnsafePointer<UInt32>
    let classCount: Int
    let scale: Float

    /// Layout: `u32 classCount, f32 scale, u32 entryCount, u32 0`, a hash table, then the entries.
    init(file: MappedFile, offset: Int) {
        classCount = Int(file.u32(offset))
        scale = Float(bitPattern: file.u32(offset + 4))
        table = HashTableLayout.Reader(file: file, offset: offset + 16)
        entries = (file.base + table.end).assumingMemoryBound(to: UInt32.self)
    }

    /// Adds the weights of `features` to `scores` (as integers: the scale is common to all classes).
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        for feature in features {
            guard let start = table.value(feature) else { continue }
            let base = Int(start)
            let count = Int(UInt32(littleEndian: entries[base]))
            for index in 1...count {
                let packed = UInt32(littleEndian: entries[base + index])
                scores[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
            }
        }
    }

    /// Writes a section from averaged weights, quantised to 16 bits with one scale for all.
    ///
    /// Weights under `minimum` quantised units are dropped: they are averaging noise from features
    /// seen once or twice, and keeping them would double the file for no measurable accuracy.
    static func write(_ weights: [UInt64: [(UInt8, Float)]], classCount: Int, minimum: Int16 = 0, into writer: inout ByteWriter) {
        let largest = weights.values.flatMap { $0.map { abs($0.1) } }.max() ?? 1
        let scale = Float(32000) / max(largest, 1e-6)
        var entries: [UInt32] = []
        var table: [(key: UInt64, value: UInt32)] = []
        for key in weights.keys.sorted() {
            let kept = weights[key]!.compactMap { (cls, weight) -> UInt32? in
                let quantized = Int16(clamping: Int((weight * scale).rounded()))
                return abs(Int(quantized)) <= Int(minimum) ? nil : UInt32(cls) << 16 | UInt32(UInt16(bitPattern: quantized))
            }
            guard !kept.isEmpty else { continue }
            table.append((key, UInt32(entries.count)))
            entries.append(UInt32(kept.count))
            entries.append(contentsOf: kept)
        }
        writer.u32(UInt32(classCount))
        writer.f32(scale)
        writer.u32(UInt32(entries.count))
        writer.u32(0)
        HashTableLayout.write(table, into: &writer)
        for entry in entries { writer.u32(entry) }
    }
}

/// Trains an averaged perceptron (Collins 2002; the design of spaCy's first tagger): one pass per
/// example, weights updated on mistakes, averaged over every step so late updates do not dominate.
public final class PerceptronTrainer {
    struct Weight {
        var cls: UInt8
        var value: Float
        var total: Double
        var stamp: Int
    }

    public let classCount: Int
    var index: [UInt64: Int] = [:]
    var weights: [[Weight]] = []
    var step = 0

    public init(classCount: Int) { self.classCount = classCount }

    /// The best class for `features` under the current (not averaged) weights; ties go to the lower class.
    public func predict(_ features: [UInt64], scores: inout [Float]) -> Int {
        for cls in 0..<classCount { scores[cls] = 0 }
        for feature in features {
            guard let row = index[feature] else { continue }
            for weight in weights[row] { scores[Int(weight.cls)] += weight.value }
        }
        var best = 0
        for cls in 1..<classCount where scores[cls] > scores[best] { best = cls }
        return best
    }

    /// One training step: predicts, and on a mistake moves weights towards `truth`. Returns the guess.
    @discardableResult
    public func train(_ features: [UInt64], truth: Int, scores: inout [Float]) -> Int {
        step += 1
        let guess = predict(features, scores: &scores)
        guard guess != truth else { return guess }
        for feature in features {
            let row: Int
            if let existing = index[feature] { row = existing } else {
                row = weights.count
                index[feature] = row
                weights.append([])
            }
            update(row: row, cls: truth, by: 1)
            update(row: row, cls: guess, by: -1)
        }
        return guess
    }

    private func update(row: Int, cls: Int, by delta: Float) {
        if let position = weights[row].firstIndex(where: { Int($0.cls) == cls }) {
            var weight = weights[row][position]
            weight.total += Double(step - weight.stamp) * Double(weight.value)
            weight.stamp = step
            weight.value += delta
            weights[row][position] = weight
        } else {
            weights[row].append(Weight(cls: UInt8(cls), value: delta, total: 0, stamp: step))
        }
    }

    /// The averaged weights, by feature.
    func averaged() -> [UInt64: [(UInt8, Float)]] {
        var result: [UInt64: [(UInt8, Float)]] = [:]
        let steps = Double(max(step, 1))
        for (feature, row) in index {
            let averaged = weights[row].map { weight -> (UInt8, Float) in
                let total = weight.total + Double(step - weight.stamp) * Double(weight.value)
                return (weight.cls, Float(total / steps))
            }.sorted { $0.0 < $1.0 }
            result[feature] = averaged
        }
        return result
    }
}
