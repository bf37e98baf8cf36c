extension CalendarDate {
    /// The date as German readers write it: `31.03.2020`.
    public var german: String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return pad(day) + "." + pad(month) + "." + String(year)
    }
}
