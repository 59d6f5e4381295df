/// An axis-aligned rectangle in pixels.
public struct Box: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    public func intersects(_ other: Box) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func contains(_ other: Box) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    /// Whether the box touches a circle (the nearest point of the box is inside it).
    public func intersects(circleAt center: MapPoint, radius: Double) -> Bool {
        let dx = center.x - min(max(center.x, x), maxX)
        let dy = center.y - min(max(center.y, y), maxY)
        return dx * dx + dy * dy < radius * radius
    }
}

/// A label that found room: its text, the box it fills, and where its text starts.
public struct PlacedLabel: Hashable, Sendable {
    public var text: String
    public var box: Box
    /// The start of the text's baseline.
    public var baseline: MapPoint
}

/// Places labels beside their marks, greedily, so that no two labels overlap, no label covers
/// a mark, and every label stays inside the frame.
///
/// Each label tries eight positions around its mark, in the order cartographers prefer (right,
/// upper right, lower right, left, upper left, lower left, above, below) and takes the first
/// that is free; a label with no free position is left out rather than drawn over something.
/// Callers offer labels largest mark first, so the places that matter most get theirs.
public struct LabelPlacer: Sendable {
    public let frame: Box
    public let fontSize: Double
    private var placedBoxes: [Box] = []
    private let blockedBoxes: [Box]
    private let circles: [(center: MapPoint, radius: Double)]
    /// The obstacle circles bucketed by grid cell, so a map of many marks stays fast.
    private var grid: [Int: [Int]] = [:]
    private let cell: Double

    /// - Parameters:
    ///   - circles: marks no label may cover (including the labelled marks themselves).
    ///   - boxes: other things to keep clear of (legend, scale bar).
    public init(frame: Box, fontSize: Double, circles: [(center: MapPoint, radius: Double)], boxes: [Box] = []) {
        self.frame = frame
        self.fontSize = fontSize
        self.circles = circles
        blockedBoxes = boxes
        let largest = circles.map(\.radius).max() ?? 0
        cell = max(32, largest * 2)
        for (index, circle) in circles.enumerated() {
            grid[key(Int((circle.center.x / cell).rounded(.down)), Int((circle.center.y / cell).rounded(.down))), default: []].append(index)
        }
    }

    private func key(_ column: Int, _ row: Int) -> Int { (row &* 1_000_003) &+ column }

    /// Places `text` beside a mark at `anchor` of `radius`, or returns nil when there is no room.
    public mutating func place(_ text: String, beside anchor: MapPoint, radius: Double) -> PlacedLabel? {
        // The text's white halo (3 px wide) is part of what must not touch a mark.
        let width = TextMetrics.width(text, fontSize: fontSize, bold: true) + 3
        let height = fontSize * 1.2 + 2
        let gap = radius + 2
        let diagonal = gap * 0.75
        let candidates: [(Double, Double)] = [
            (anchor.x + gap, anchor.y - height / 2),
            (anchor.x + diagonal, anchor.y - diagonal - height),
            (anchor.x + diagonal, anchor.y + diagonal),
            (anchor.x - gap - width, anchor.y - height / 2),
            (anchor.x - diagonal - width, anchor.y - diagonal - height),
            (anchor.x - diagonal - width, anchor.y + diagonal),
            (anchor.x - width / 2, anchor.y - gap - height),
            (anchor.x - width / 2, anchor.y + gap),
        ]
        for (x, y) in candidates {
            let box = Box(x: x, y: y, width: width, height: height)
            guard isFree(box) else { continue }
            placedBoxes.append(box)
            // The text starts inside the halo; the baseline leaves room below for descenders.
            return PlacedLabel(text: text, box: box, baseline: MapPoint(x: x + 1.5, y: y + height - 1 - fontSize * 0.25))
        }
        return nil
    }

    /// Takes `box` for a label placed by the caller, if it is free.
    public mutating func claim(_ box: Box) -> Bool {
        guard isFree(box) else { return false }
        placedBoxes.append(box)
        return true
    }

    private func isFree(_ box: Box) -> Bool {
        guard frame.contains(box) else { return false }
        if placedBoxes.contains(where: { $0.intersects(box) }) || blockedBoxes.contains(where: { $0.intersects(box) }) { return false }
        let reach = cell
        let firstColumn = Int(((box.x - reach) / cell).rounded(.down)), lastColumn = Int(((box.maxX + reach) / cell).rounded(.down))
        let firstRow = Int(((box.y - reach) / cell).rounded(.down)), lastRow = Int(((box.maxY + reach) / cell).rounded(.down))
        for row in firstRow...lastRow {
            for column in firstColumn...lastColumn {
                for index in grid[key(column, row)] ?? [] where box.intersects(circleAt: circles[index].center, radius: circles[index].radius) {
                    return false
                }
            }
        }
        return true
    }
}
