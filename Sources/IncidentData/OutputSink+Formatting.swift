import Timeline

/// Numbers, instants and escaped text written straight into the sink's buffer (no `String` per value).
extension OutputSink {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A decimal integer.
    func appendInteger(_ value: Int64) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 { append(byte: 0x2D) }
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 32 bytes of scratch, on the stack
        withUnsafeMutableBytes(of: &digits) { scratch in
            var at = scratch.count
            repeat {
                at -= 1
                scratch[at] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            append(scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + at, scratch.count - at)
        }
    }

    @inline(__always)
    private func appendDigits(_ value: Int, width: Int) {
        var value = value
        var at = count + width
        while at > count {
            at -= 1
            bytes[at] = UInt8(truncatingIfNeeded: value % 10) + 0x30
            value /= 10
        }
        count += width
    }

    /// `YYYY-MM-DD` (ISO 8601), as `CivilDate.iso8601` writes it.
    func appendDate(_ date: CivilDate) {
        guard (0...9999).contains(date.year) else { return write(date.iso8601) }
        reserve(10)
        appendDigits(date.year, width: 4)
        bytes[count] = 0x2D
        count += 1
        appendDigits(date.month, width: 2)
        bytes[count] = 0x2D
        count += 1
        appendDigits(date.day, width: 2)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, as `Instant.iso8601` writes it.
    func appendInstant(_ seconds: Int64) {
        let instant = Instant(secondsSinceEpoch: seconds)
        appendDate(instant.utcDate)
        let second = instant.utcSecondOfDay
        reserve(10)
        bytes[count] = 0x54  // T
        count += 1
        appendDigits(second / 3600, width: 2)
        bytes[count] = 0x3A
        count += 1
        appendDigits(second / 60 % 60, width: 2)
        bytes[count] = 0x3A
        count += 1
        appendDigits(second % 60, width: 2)
        bytes[count] = 0x5A  // Z
        count += 1
    }

    /// A coordinate with at most six decimals, trailing zeros dropped (what ``coordinateText(_:)`` writes).
    func appendCoordinate(_ value: Double) {
        let micro = Int64((abs(value) * 1_000_000).rounded())
        guard micro != 0 else { return append(byte: 0x30) }
        if value < 0 { append(byte: 0x2D) }
        appendInteger(micro / 1_000_000)
        var fraction = Int(micro % 1_000_000)
        guard fraction != 0 else { return }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        reserve(7)
        bytes[count] = 0x2E
        count += 1
        appendDigits(fraction, width: digits)
    }

    /// A JSON string literal of UTF-8 text, escaping only what JSON requires, copying clean runs whole.
    func appendJSONString(_ text: UnsafePointer<UInt8>, _ length: Int) {
        append(byte: 0x22)
        var runStart = 0
        for index in 0..<length {
            let byte = text[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            append(text + runStart, index - runStart)
            reserve(6)
            switch byte {
            case 0x22, 0x5C:
                bytes[count] = 0x5C
                bytes[count + 1] = byte
                count += 2
            case 0x0A, 0x0D, 0x09:
                bytes[count] = 0x5C
                bytes[count + 1] = byte == 0x0A ? 0x6E : byte == 0x0D ? 0x72 : 0x74
                count += 2
            default:
                for (offset, value) in [0x5C, 0x75, 0x30, 0x30, Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 15)]].enumerated() {
                    bytes[count + offset] = value
                }
                count += 6
            }
            runStart = index + 1
        }
        append(text + runStart, length - runStart)
        append(byte: 0x22)
    }

    /// A CSV cell (RFC 4180): quoted, with quotes doubled, only when it holds a comma, quote or line break.
    func appendCSVCell(_ text: UnsafePointer<UInt8>, _ length: Int) {
        var needsQuotes = false
        for index in 0..<length {
            let byte = text[index]
            if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
        }
        guard needsQuotes else { return append(text, length) }
        append(byte: 0x22)
        var runStart = 0
        for index in 0..<length where text[index] == 0x22 {
            append(text + runStart, index + 1 - runStart)
            append(byte: 0x22)
            runStart = index + 1
        }
        append(text + runStart, length - runStart)
        append(byte: 0x22)
    }

    func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }
}
