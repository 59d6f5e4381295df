import Testing
@testable import Map

@Suite("Labels beside their marks, never on top of one another")
struct LabelPlacerTests {
    static let frame = Box(x: 0, y: 0, width: 400, height: 300)

    @Test func aLabelWithRoomGoesToTheRightOfItsMark() throws {
        var placer = LabelPlacer(frame: Self.frame, fontSize: 12, circles: [(MapPoint(x: 100, y: 100), 6)])
        let labelPlaced = placer.place("Shebekino", beside: MapPoint(x: 100, y: 100), radius: 6)
        let label = try #require(labelPlaced)
        // The mark's radius and a 2 px gap; the box includes the text's halo.
        #expect(label.box.x == 108)
        #expect(abs(label.box.y + label.box.height / 2 - 100) < 1e-9)
    }

    @Test func aLabelAtTheRightEdgeGoesToTheLeft() throws {
        var placer = LabelPlacer(frame: Self.frame, fontSize: 12, circles: [(MapPoint(x: 390, y: 150), 5)])
        let labelPlaced = placer.place("Karpaty", beside: MapPoint(x: 390, y: 150), radius: 5)
        let label = try #require(labelPlaced)
        #expect(label.box.maxX <= 390 - 5)
        #expect(Self.frame.contains(label.box))
    }

    @Test func aSecondLabelDodgesTheFirstAndAMarkInItsWay() throws {
        let marks = [(MapPoint(x: 100, y: 100), 6.0), (MapPoint(x: 100, y: 112), 6.0), (MapPoint(x: 170, y: 100), 8.0)]
        var placer = LabelPlacer(frame: Self.frame, fontSize: 12, circles: marks)
        let firstPlaced = placer.place("Grayvoron", beside: marks[0].0, radius: 6)
        let first = try #require(firstPlaced)
        let secondPlaced = placer.place("Shebekino", beside: marks[1].0, radius: 6)
        let second = try #require(secondPlaced)
        #expect(!first.box.intersects(second.box))
        for (center, radius) in marks {
            #expect(!first.box.intersects(circleAt: center, radius: radius))
            #expect(!second.box.intersects(circleAt: center, radius: radius))
        }
    }

    @Test func aLabelWithNoRoomIsLeftOutRatherThanDrawnOverAnother() {
        var placer = LabelPlacer(frame: Box(x: 0, y: 0, width: 60, height: 30), fontSize: 12, circles: [(MapPoint(x: 30, y: 15), 5)])
        let placed = placer.place("Novoaidar", beside: MapPoint(x: 30, y: 15), radius: 5)
        #expect(placed == nil)
    }

    @Test func aLabelKeepsClearOfTheScaleBar() throws {
        let scale = Box(x: 108, y: 80, width: 200, height: 40)
        var placer = LabelPlacer(frame: Self.frame, fontSize: 12, circles: [(MapPoint(x: 100, y: 100), 6)], boxes: [scale])
        let labelPlaced = placer.place("Kupiansk", beside: MapPoint(x: 100, y: 100), radius: 6)
        let label = try #require(labelPlaced)
        #expect(!label.box.intersects(scale))
    }

    @Test func aCrowdOfMarksGetsLabelsThatNeitherOverlapNorLeaveTheFrameNorCoverAMark() {
        // A fixed pseudo-random crowd (a linear congruential generator, so every run is the same).
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let marks = (0..<120).map { _ in (MapPoint(x: 20 + next() * 360, y: 20 + next() * 260), 4 + next() * 8) }
        var placer = LabelPlacer(frame: Self.frame, fontSize: 12, circles: marks)
        var labels: [PlacedLabel] = []
        for (index, mark) in marks.enumerated() {
            if let label = placer.place("Place \(index)", beside: mark.0, radius: mark.1) { labels.append(label) }
        }
        #expect(labels.count >= 5)
        for (index, label) in labels.enumerated() {
            #expect(Self.frame.contains(label.box))
            for other in labels[(index + 1)...] { #expect(!label.box.intersects(other.box)) }
            for (center, radius) in marks { #expect(!label.box.intersects(circleAt: center, radius: radius)) }
        }
    }
}
