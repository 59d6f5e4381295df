import PropertyBased
import Testing
import Timeline

/// Property: a whole-minute instant written in any stamp form the parser supports reads back as
/// that same instant (a one-minute interval starting there).
///
/// The stamp is written with the module's own zone rules (`ZoneRules.local(_:)` / `.offset(at:)`),
/// so the property checks the parser and normalizer against the tz database they are built on.
/// Zones that follow their IANA rules (`ET`, `MSK`, `Kyiv time`) cannot say which of the two
/// readings of a repeated (fall-back) hour is meant: those instants are left out. Names that carry
/// their offset (`EST`/`EDT`, `GMT`/`BST`, `AEST`/`AEDT`, numeric offsets) are tested on every instant.
@Suite("Stamps round-trip: format an instant, parse it back")
struct StampRoundTripPropertyTests {
    /// 1990-01-01T00:00Z up to (not including) 2036-01-01T00:00Z, in minutes.
    static let minutes: ClosedRange<Int> = {
        let first = Instant(utc: CivilDate(year: 1990, month: 1, day: 1)!).secondsSinceEpoch / 60
        let end = Instant(utc: CivilDate(year: 2036, month: 1, day: 1)!).secondsSinceEpoch / 60
        return Int(first)...Int(end - 1)
    }()

    /// Zones whose offsets (whole hours, half hours, 45 minutes, west and east) feed the numeric forms.
    static let offsetZones = [
        "UTC", "Europe/London", "Europe/Moscow", "America/New_York", "America/Los_Angeles", "America/St_Johns",
        "America/Sao_Paulo", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran", "Australia/Adelaide",
        "Pacific/Auckland", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo",
    ]

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// One way of writing a stamp: its text for an instant, and the context it needs
    /// (a dateless `9:00 JST` takes the page date). Nil when the instant is left out.
    struct Form: Sendable {
        var name: String
        var write: @Sendable (_ instant: Instant, _ offsetZone: ZoneRules) -> (text: String, context: StampContext)?
    }

    static let forms: [Form] = [
        Form(name: "CNN h:mm a.m. ET, Month d, yyyy") { instant, _ in
            guard let local = unrepeated(instant, in: "America/New_York") else { return nil }
            return ("\(clock12(local, dotted: true)) ET, \(monthDayYear(local.date))", StampContext())
        },
        Form(name: "CNN Updated h:mm PM EST/EDT, Wkd Month d, yyyy") { instant, _ in
            let rules = zone("America/New_York")
            let local = rules.local(instant)
            let abbreviation = rules.offset(at: instant) == -4 * 3600 ? "EDT" : "EST"
            return ("Updated \(clock12(local, dotted: false)) \(abbreviation), \(weekdayNames[local.date.weekday - 1]) \(monthDayYear(local.date))",
                    StampContext())
        },
        Form(name: "CNN 0405 GMT (1205 HKT) Month d, yyyy") { instant, _ in
            let utc = zone("UTC").local(instant)
            let hongKong = zone("Asia/Hong_Kong").local(instant)
            return ("Updated \(hhmm(utc)) GMT (\(hhmm(hongKong)) HKT) \(monthDayYear(hongKong.date))", StampContext())
        },
        Form(name: "wire 1419 GMT Month d, yyyy") { instant, _ in
            let utc = zone("UTC").local(instant)
            return ("\(hhmm(utc)) GMT \(monthDayYear(utc.date))", StampContext())
        },
        Form(name: "Guardian Wed 31 May 2023 14.05 BST/GMT") { instant, _ in
            let rules = zone("Europe/London")
            let local = rules.local(instant)
            let abbreviation = rules.offset(at: instant) == 3600 ? "BST" : "GMT"
            let date = local.date
            return ("\(weekdayNames[date.weekday - 1]) \(date.day) \(monthNames[date.month - 1].prefix(3)) \(date.year) "
                    + "\(two(local.secondOfDay / 3600)).\(two(local.secondOfDay / 60 % 60)) \(abbreviation)", StampContext())
        },
        Form(name: "ISO 8601 with a numeric offset") { instant, offsetZone in
            let offset = offsetZone.offset(at: instant)
            let wall = LocalDateTime(date: instant.adding(seconds: Int64(offset)).utcDate,
                                     secondOfDay: instant.adding(seconds: Int64(offset)).utcSecondOfDay)
            return ("\(wall.date.iso8601)T\(two(wall.secondOfDay / 3600)):\(two(wall.secondOfDay / 60 % 60)):00\(numericOffset(offset))",
                    StampContext())
        },
        Form(name: "June 1, 2023 4:19 PM GMT+3") { instant, offsetZone in
            let offset = offsetZone.offset(at: instant)
            let shifted = instant.adding(seconds: Int64(offset))
            let wall = LocalDateTime(date: shifted.utcDate, secondOfDay: shifted.utcSecondOfDay)
            let magnitude = abs(offset)
            let suffix = offset == 0 ? "" : (offset < 0 ? "-" : "+") + "\(magnitude / 3600)"
                + (magnitude % 3600 == 0 ? "" : ":\(two(magnitude / 60 % 60))")
            return ("\(monthDayYear(wall.date)) \(clock12(wall, dotted: false)) GMT\(suffix)", StampContext())
        },
        Form(name: "14:05 MSK, 31 May 2023") { instant, _ in
            guard let local = unrepeated(instant, in: "Europe/Moscow") else { return nil }
            return ("\(hhColonMm(local)) MSK, \(local.date.day) \(monthNames[local.date.month - 1]) \(local.date.year)", StampContext())
        },
        Form(name: "31.05.2023 14:05 Kyiv time") { instant, _ in
            guard let local = unrepeated(instant, in: "Europe/Kyiv") else { return nil }
            let date = local.date
            return ("\(two(date.day)).\(two(date.month)).\(date.year) \(hhColonMm(local)) Kyiv time", StampContext())
        },
        Form(name: "dateless 9:00 JST on a page of that date") { instant, _ in
            let local = zone("Asia/Tokyo").local(instant)
            return ("\(local.secondOfDay / 3600):\(two(local.secondOfDay / 60 % 60)) JST", StampContext(defaultDate: local.date))
        },
        Form(name: "Published: 8:30pm HKT, 31 May, 2023") { instant, _ in
            let local = zone("Asia/Hong_Kong").local(instant)
            let hour = local.secondOfDay / 3600
            let clock = "\(hour % 12 == 0 ? 12 : hour % 12):\(two(local.secondOfDay / 60 % 60))\(hour < 12 ? "am" : "pm")"
            return ("Published: \(clock) HKT, \(local.date.day) \(monthNames[local.date.month - 1]), \(local.date.year)", StampContext())
        },
        Form(name: "Jul 15, 2024 9:00 AEST/AEDT") { instant, _ in
            let rules = zone("Australia/Sydney")
            let local = rules.local(instant)
            let abbreviation = rules.offset(at: instant) == 11 * 3600 ? "AEDT" : "AEST"
            return ("\(monthNames[local.date.month - 1].prefix(3)) \(local.date.day), \(local.date.year) "
                    + "\(local.secondOfDay / 3600):\(two(local.secondOfDay / 60 % 60)) \(abbreviation)", StampContext())
        },
    ]

    /// Random cases per run (about 0.1 s in a debug build).
    static let cases = 5000

    @Test("Any whole-minute instant, 1990-2035, written in any supported form, parses back to itself")
    func roundTrip() async throws {
        var checked = 0
        var leftOut = 0
        var perForm = [Int](repeating: 0, count: Self.forms.count)
        await propertyCheck(
            count: Self.cases,
            input: Gen.int(in: Self.minutes), Gen.int(in: 0...(Self.forms.count - 1)),
            Gen.int(in: 0...(Self.offsetZones.count - 1))
        ) { minute, formIndex, zoneIndex in
            let instant = Instant(secondsSinceEpoch: Int64(minute) * 60)
            let form = Self.forms[formIndex]
            guard let (text, context) = form.write(instant, Self.zone(Self.offsetZones[zoneIndex])) else {
                leftOut += 1
                return
            }
            checked += 1
            perForm[formIndex] += 1
            let time = try NormalizedTime(stamp: text, context: context)
            #expect(time.start == instant, "\(form.name): '\(text)' read as \(time.start), written for \(instant)")
            #expect(time.end == instant.adding(seconds: 60), "\(form.name): '\(text)' is not a one-minute interval")
            #expect(time.precision == .minute, "\(form.name): '\(text)'")
        }
        // The property must have run to the end and exercised every form, not passed vacuously.
        #expect(checked + leftOut == Self.cases, "the property stopped early (see the failure above)")
        #expect(perForm.allSatisfy { $0 > 0 }, "forms never checked: \(perForm)")
        print("stamp round trip: \(checked) cases checked, \(leftOut) left out (repeated hour), per form \(perForm)")
    }

    /// Random instants seldom land next to a daylight-saving change, so every form is also tried
    /// minute by minute from 90 minutes before to 90 minutes after each change of the zones it
    /// uses, in years with US, EU, Australian and Russian changes (Moscow's 2011 and 2014 moves
    /// included). Repeated hours are left out for the rule-following names only, as above; the
    /// names that carry their offset must read every minute there back.
    @Test("Every minute around the daylight-saving changes of 1995, 2011, 2014, 2023 and 2024 round-trips")
    func minutesAroundTransitions() throws {
        var checked = 0
        var leftOut = 0
        let zones = ["America/New_York", "Europe/London", "Europe/Moscow", "Europe/Kyiv", "Australia/Sydney"]
        for identifier in zones {
            let rules = Self.zone(identifier)
            for year in [1995, 2011, 2014, 2023, 2024] {
                var t = Instant(utc: CivilDate(year: year, month: 1, day: 1)!).secondsSinceEpoch
                let end = Instant(utc: CivilDate(year: year + 1, month: 1, day: 1)!).secondsSinceEpoch
                var previous = rules.offset(at: Instant(secondsSinceEpoch: t))
                while t < end {
                    t += 900
                    let offset = rules.offset(at: Instant(secondsSinceEpoch: t))
                    guard offset != previous else { continue }
                    previous = offset
                    for minute in stride(from: t - 5400, to: t + 5400, by: 60) {
                        let instant = Instant(secondsSinceEpoch: minute)
                        for form in Self.forms {
                            guard let (text, context) = form.write(instant, rules) else {
                                leftOut += 1
                                continue
                            }
                            let time = try NormalizedTime(stamp: text, context: context)
                            #expect(time.start == instant, "\(form.name): '\(text)' read as \(time.start), written for \(instant)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(leftOut > 0, "no repeated hour was met: the scan is not finding the changes")
        print("stamp round trip around transitions: \(checked) cases checked, \(leftOut) left out (repeated hour)")
    }

    // MARK: formatting helpers

    static func zone(_ identifier: String) -> ZoneRules {
        guard let rules = ZoneRules.named(identifier) else { fatalError("no tz rules for \(identifier)") }
        return rules
    }

    /// The wall-clock reading of `instant`, unless that reading is in a repeated hour.
    static func unrepeated(_ instant: Instant, in identifier: String) -> LocalDateTime? {
        let rules = zone(identifier)
        let local = rules.local(instant)
        return rules.resolve(local).fold == .repeated ? nil : local
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func monthDayYear(_ date: CivilDate) -> String { "\(monthNames[date.month - 1]) \(date.day), \(date.year)" }

    /// `7:26 a.m.` or `7:26 AM`.
    static func clock12(_ local: LocalDateTime, dotted: Bool) -> String {
        let hour = local.secondOfDay / 3600
        let meridiem = hour < 12 ? (dotted ? "a.m." : "AM") : (dotted ? "p.m." : "PM")
        return "\(hour % 12 == 0 ? 12 : hour % 12):\(two(local.secondOfDay / 60 % 60)) \(meridiem)"
    }

    /// `0405`
    static func hhmm(_ local: LocalDateTime) -> String { two(local.secondOfDay / 3600) + two(local.secondOfDay / 60 % 60) }

    /// `14:05`
    static func hhColonMm(_ local: LocalDateTime) -> String { two(local.secondOfDay / 3600) + ":" + two(local.secondOfDay / 60 % 60) }

    /// `+03:00`, `-03:30`, `+00:00`
    static func numericOffset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + two(magnitude / 3600) + ":" + two(magnitude / 60 % 60)
    }
}
