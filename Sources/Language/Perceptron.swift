/// A trained averaged perceptron, read from a memory-mapped section: hashed features to class scores.
///
/// Layout (`u32` words): `classCount, scale (f32 bits), bucketCount, recordWords`, then a directory
/// of `bucketCount + 1` word offsets, then the records. A feature's bucket is chosen by its hash;
/// a bucket's records lie together, each a header (`fingerprint << 8 | weight count`) and its packed
/// weights (`class << 16 | Int16 weight`). A lookup reads the directory (small enough to stay in
/// cache) and one run of records, where a table of pointers to weights would read two places.
struct PerceptronWeights: @unchecked Sendable {  // points into the mapping it keeps alive
    let file: MappedFile
    let classCount: Int
    let scale: Float
    let bucketCount: Int
    let directory: UnsafePointer<UInt32>
    let records: UnsafePointer<UInt32>

    init(file: MappedFile, offset: Int) {
        self.file = file
        classCount = Int(file.u32(offset))
        scale = Float(bitPattern: file.u32(offset + 4))
        bucketCount = Int(file.u32(offset + 8))
        directory = (file.base + offset + 16).assumingMemoryBound(to: UInt32.self)
        records = (file.base + offset + 16 + 4 * (bucketCount + 1)).assumingMemoryBound(to: UInt32.self)
    }

    @inline(__always) static func bucket(_ key: UInt64, count: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: key)) &* UInt64(count)) >> 32)
    }

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 40) }

    /// Adds the weights of `features` to `scores` (as integers: the scale is common to all classes).
    ///
    /// Two passes: every feature's bucket is read from the directory first, then the buckets are
    /// scanned, so the processor overlaps the memory reads of independent features.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { spans in
            for (position, feature) in features.enumerated() {
                let bucket = Self.bucket(feature, count: bucketCount)
                spans[position] = UInt64(UInt32(littleEndian: directory[bucket])) << 32 | UInt64(UInt32(littleEndian: directory[bucket + 1]))
            }
            for (position, feature) in features.enumerated() {
                var at = Int(spans[position] >> 32)
                let end = Int(UInt32(truncatingIfNeeded: spans[position]))
                let print = Self.fingerprint(feature)
                while at < end {
                    let header = UInt32(littleEndian: records[at])
                    let count = Int(header & 0xFF)
                    if header >> 8 == print {
                        for index in 1...count {
                            let packed = UInt32(littleEndian: records[at + index])
                            scores[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                        }
                        break
                    }
                    at += 1 + count
                }
            }
        }
    }

    /// Writes a section from averaged weights, quantised to 16 bits with one scale for all.
    ///
    /// Weights under `minimum` quantised units are dropped: they are averaging noise from features
    /// seen once or twice.
    static func write(_ weights: [UInt64: [(UInt8, Float)]], classCount: Int, minimum: Int16 = 0, into writer: inout BinaryWriter) {
        let largest = weights.values.flatMap { $0.map { abs($0.1) } }.max() ?? 1
        let scale = Float(32000) / max(largest, 1e-6)
        var kept: [(key: UInt64, entries: [UInt32])] = []
        for key in weights.keys.sorted() {
            let entries = weights[key]!.compactMap { (cls, weight) -> UInt32? in
                let quantized = Int16(clamping: Int((weight * scale).rounded()))
                return abs(Int(quantized)) <= Int(minimum) ? nil : UInt32(cls) << 16 | UInt32(UInt16(bitPattern: quantized))
            }
            if !entries.isEmpty { kept.append((key, entries)) }
        }
        let bucketCount = max(1, kept.count / 2)
        var buckets = [[Int]](repeating: [], count: bucketCount)
        for (position, feature) in kept.enumerated() { buckets[bucket(feature.key, count: bucketCount)].append(position) }
        var directory: [UInt32] = []
        var records: [UInt32] = []
        for bucket in buckets {
            directory.append(UInt32(records.count))
            for position in bucket {
                let (key, entries) = kept[position]
                records.append(fingerprint(key) << 8 | UInt32(entries.count))
                records.append(contentsOf: entries)
            }
        }
        directory.append(UInt32(records.count))
        writer.u32(UInt32(classCount))
        writer.f32(scale)
        writer.u32(UInt32(bucketCount))
        writer.u32(UInt32(records.count))
        for word in directory { writer.u32(word) }
        for word in records { writer.u32(word) }
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
