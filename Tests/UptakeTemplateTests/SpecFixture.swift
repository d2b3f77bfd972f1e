import Foundation

/// One file of the official Mustache spec (`Fixtures/spec`), with its data converted to the
/// plain Swift values the renderer sees in production.
struct SpecFixture {
    struct Case {
        var name: String
        var data: Any
        var template: String
        var partials: [String: String]
        var expected: String
    }

    var cases: [Case]

    init(named name: String) throws {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/spec/\(name).json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        cases = (json["tests"] as! [[String: Any]]).map { test in
            Case(
                name: test["name"] as! String,
                data: Self.plain(test["data"]!) ?? [String: Any](),
                template: test["template"] as! String,
                partials: test["partials"] as? [String: String] ?? [:],
                expected: test["expected"] as! String)
        }
    }

    /// Objects to `[String: Any]`, arrays to `[Any]`, integral numbers to `Int`, other numbers to
    /// `Double`, booleans to `Bool`; null is dropped (absent).
    static func plain(_ value: Any) -> Any? {
        switch value {
        case let object as [String: Any]:
            var result: [String: Any] = [:]
            for (key, member) in object {
                if let converted = plain(member) { result[key] = converted }
            }
            return result
        case let array as [Any]:
            return array.compactMap(plain)
        case let string as String:
            return string
        case let number as NSNumber:
            if isBoolean(number) { return number.boolValue }
            let double = number.doubleValue
            if double == double.rounded(), abs(double) < 1e15 { return Int(double) }
            return double
        default:
            return nil
        }
    }

    /// JSONSerialization gives booleans as NSNumber; on Linux they are told apart by their
    /// Objective-C type code (`c`, as for `NSNumber(value: true)`) and class.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        let code = String(cString: number.objCType)
        let booleanCode = String(cString: NSNumber(value: true).objCType)
        return code == booleanCode && type(of: number) == type(of: NSNumber(value: true))
            && (number.intValue == 0 || number.intValue == 1)
    }
}
