/// Representative points for divisions and countries, which have no coordinates of their own here.
///
/// Every division is anchored to its seat, which gives its time zone: for a first-order division the
/// PPLA, else the capital, else its most populous place; for a second-order one the PPLA2 carrying
/// its code, else the town it is named after in the same first-order division (Klimovskiy Rayon ->
/// Klimovo, Circunscrição de Macomia -> Macomia, needed because GeoNames gave Russian and Mozambican
/// towns no admin2 codes), else its most populous coded
/// place, else its parent. Its point is GeoNames' own when the sources hold its ADM1/ADM2 row (a full
/// dump); else the middle of its places: the centre of the box their coordinates span (longitudes
/// taken across the antimeridian when that box is narrower), which approximates the middle of the
/// territory where a seat may lie at its edge (Texas's seat Austin is 230 km from its middle); a
/// division with no coded place keeps its seat's or parent's point. A country keeps countries.tsv's
/// conventional point and is anchored to its capital for the time zone.
extension GazetteerAssembly {
    mutating func locateDivisions() {
        let placeRange = placeBase..<records.count
        var admin1Seat = [Int](repeating: -1, count: sources.admin1.count)
        var admin1Largest = [Int](repeating: -1, count: sources.admin1.count)
        var admin2Seat = [Int](repeating: -1, count: sources.admin2.count)
        var admin2Largest = [Int](repeating: -1, count: sources.admin2.count)
        var countryCapital = [Int](repeating: -1, count: sources.countries.count)
        // Places of each admin1, for the seat-by-name search.
        var placesByAdmin1 = [[Int]](repeating: [], count: sources.admin1.count)

        func better(_ candidate: Int, than current: Int) -> Bool {
            current < 0 || records[candidate].population > records[current].population
        }
        for i in placeRange {
            let record = records[i]
            if record.admin1 != GazetteerFormat.none16 {
                let a1 = Int(record.admin1)
                placesByAdmin1[a1].append(i)
                if record.featureCode == "PPLA", better(i, than: admin1Seat[a1]) { admin1Seat[a1] = i }
                if better(i, than: admin1Largest[a1]) { admin1Largest[a1] = i }
            }
            if record.admin2 != GazetteerFormat.none16 {
                let a2 = Int(record.admin2)
                if record.featureCode == "PPLA2", better(i, than: admin2Seat[a2]) { admin2Seat[a2] = i }
                if better(i, than: admin2Largest[a2]) { admin2Largest[a2] = i }
            }
            if record.kind == .capital, record.country != GazetteerFormat.none16,
               better(i, than: countryCapital[Int(record.country)]) {
                countryCapital[Int(record.country)] = i
            }
        }
        // A capital is also the seat of the first-order division it lies in when none is coded.
        for i in placeRange where records[i].kind == .capital && records[i].admin1 != GazetteerFormat.none16 {
            let a1 = Int(records[i].admin1)
            if admin1Seat[a1] < 0 { admin1Seat[a1] = i }
        }
        // The box each division's places span, for its middle.
        var admin1Box = [PointBox](repeating: PointBox(), count: sources.admin1.count)
        var admin2Box = [PointBox](repeating: PointBox(), count: sources.admin2.count)
        for i in placeRange {
            let record = records[i]
            if record.admin1 != GazetteerFormat.none16 { admin1Box[Int(record.admin1)].add(record.latitude, record.longitude) }
            if record.admin2 != GazetteerFormat.none16, !record.admin2Inferred { admin2Box[Int(record.admin2)].add(record.latitude, record.longitude) }
        }
        defer {
            for a1 in 0..<sources.admin1.count { placeAtMiddle(admin1Base + a1, of: admin1Box[a1]) }
            for a2 in 0..<sources.admin2.count { placeAtMiddle(admin2Base + a2, of: admin2Box[a2]) }
        }
        for a1 in 0..<sources.admin1.count {
            let index = admin1Base + a1
            if admin1Seat[a1] >= 0 { anchor(index, to: admin1Seat[a1], source: .seatByCode) }
            else if admin1Largest[a1] >= 0 { anchor(index, to: admin1Largest[a1], source: .largestPlace) }
            else { inheritPoint(index, from: Int(records[index].country)) }
        }
        for a2 in 0..<sources.admin2.count {
            let index = admin2Base + a2
            if admin2Seat[a2] >= 0 {
                anchor(index, to: admin2Seat[a2], source: .seatByCode)
            } else if let seat = seatByName(of: index, among: placesByAdmin1) {
                anchor(index, to: seat, source: .seatByName)
                admin2BySeatName += 1
                if records[seat].admin2 == GazetteerFormat.none16 {
                    records[seat].admin2 = UInt16(a2)
                    records[seat].admin2Inferred = true
                    inferredAdmin2Places += 1
                }
            } else if admin2Largest[a2] >= 0 {
                anchor(index, to: admin2Largest[a2], source: .largestPlace)
            } else if records[index].admin1 != GazetteerFormat.none16 {
                inheritPoint(index, from: admin1Base + Int(records[index].admin1))
            } else {
                inheritPoint(index, from: Int(records[index].country))
            }
        }
        for c in 0..<sources.countries.count {
            let capital = countryCapital[c] >= 0 ? countryCapital[c] : capitalByName(c, among: placeRange)
            if let capital {
                records[c].anchor = UInt32(capital)
                records[c].timeZone = records[capital].timeZone
                if records[c].pointSource == .none {
                    // No conventional point (Kosovo has no countries.tsv row): use the capital's.
                    records[c].latitude = records[capital].latitude
                    records[c].longitude = records[capital].longitude
                    records[c].pointSource = .capital
                }
            }
        }
    }

    private mutating func anchor(_ index: Int, to place: Int, source: PointSource) {
        records[index].anchor = UInt32(place)
        records[index].latitude = records[place].latitude
        records[index].longitude = records[place].longitude
        records[index].timeZone = records[place].timeZone
        records[index].pointSource = source
        if let point = sources.divisionPoints[records[index].geonameid] {
            // A full dump gave the division its own coordinates: prefer them, keep the seat as anchor.
            records[index].latitude = point.0
            records[index].longitude = point.1
            records[index].pointSource = .own
        }
    }

    /// Puts division `index` at the middle of its places' box, unless GeoNames gave it a point of its own.
    private mutating func placeAtMiddle(_ index: Int, of box: PointBox) {
        guard records[index].pointSource != .own, let middle = box.middle else { return }
        records[index].latitude = middle.latitude
        records[index].longitude = middle.longitude
        records[index].pointSource = .middleOfPlaces
    }

    private mutating func inheritPoint(_ index: Int, from parent: Int) {
        guard parent >= 0, parent < records.count, parent != Int(GazetteerFormat.none16) else {
            records[index].pointSource = .none
            return
        }
        records[index].latitude = records[parent].latitude
        records[index].longitude = records[parent].longitude
        records[index].timeZone = records[parent].timeZone
        records[index].anchor = records[parent].anchor
        records[index].pointSource = .parent
    }

    private func capitalByName(_ country: Int, among range: Range<Int>) -> Int? {
        let capital = sources.countries[country].capital
        guard !capital.isEmpty else { return nil }
        var best: Int?
        for i in range where records[i].country == UInt16(country) && records[i].name == capital {
            if best == nil || records[i].population > records[best!].population { best = i }
        }
        return best
    }

    /// The town a district is named after, in the same first-order division (`klimovsky` -> Klimovo).
    private func seatByName(of index: Int, among placesByAdmin1: [[Int]]) -> Int? {
        let record = records[index]
        guard record.admin1 != GazetteerFormat.none16,
              let folded = NameKey.fold(record.asciiName.isEmpty ? record.name : record.asciiName) else { return nil }
        let stems = (DivisionTerms.strippedKeys(of: folded) + DivisionTerms.foreignFormKeys(of: folded)).map(Self.adjectiveStem)
        guard !stems.isEmpty else { return nil }
        var best: Int?
        for place in placesByAdmin1[Int(record.admin1)] {
            guard let name = records[place].keys.first, stems.contains(where: { Self.isNamedAfter(stem: $0, town: name) }) else { continue }
            if best == nil || records[place].population > records[best!].population { best = place }
        }
        return best
    }

    /// Drops the adjectival ending Slavic district names add to their seat's name.
    static func adjectiveStem(_ key: [UInt8]) -> [UInt8] {
        let endings = ["skyi", "skyy", "skoy", "skaya", "ska", "sky", "ski", "ske", "sko", "cky", "ckyi", "skogo"]
        let text = String(decoding: key, as: UTF8.self)
        for ending in endings.sorted(by: { $0.count > $1.count }) where text.hasSuffix(ending) && text.count - ending.count >= 3 {
            return Array(text.dropLast(ending.count).utf8)
        }
        return key
    }

    static func isNamedAfter(stem: [UInt8], town: [UInt8]) -> Bool {
        guard stem.count >= 4 else { return stem == town }
        if town.starts(with: stem) { return town.count - stem.count <= 3 && !town.contains(32) }
        if stem.starts(with: town) { return stem.count - town.count <= 1 }
        return false
    }
}

/// The box a set of points spans, for its middle; longitudes are also kept shifted to 0..<360 so a
/// box across the antimeridian (the Aleutians, Chukotka, Fiji) is measured the narrow way.
struct PointBox {
    private var count = 0
    private var minLatitude = Int32.max, maxLatitude = Int32.min
    private var minLongitude = Int32.max, maxLongitude = Int32.min
    private var minShifted = Int64.max, maxShifted = Int64.min

    mutating func add(_ latitude: Int32, _ longitude: Int32) {
        count += 1
        minLatitude = min(minLatitude, latitude)
        maxLatitude = max(maxLatitude, latitude)
        minLongitude = min(minLongitude, longitude)
        maxLongitude = max(maxLongitude, longitude)
        let shifted = Int64(longitude) < 0 ? Int64(longitude) + Self.fullTurn : Int64(longitude)
        minShifted = min(minShifted, shifted)
        maxShifted = max(maxShifted, shifted)
    }

    static let fullTurn = Int64(360 * GazetteerFormat.coordinateScale)

    var middle: (latitude: Int32, longitude: Int32)? {
        guard count > 0 else { return nil }
        let latitude = Int32((Int64(minLatitude) + Int64(maxLatitude)) / 2)
        let plain = Int64(maxLongitude) - Int64(minLongitude)
        let shifted = maxShifted - minShifted
        guard shifted < plain else { return (latitude, Int32((Int64(minLongitude) + Int64(maxLongitude)) / 2)) }
        var longitude = (minShifted + maxShifted) / 2
        if longitude >= Self.fullTurn / 2 { longitude -= Self.fullTurn }
        return (latitude, Int32(longitude))
    }
}
