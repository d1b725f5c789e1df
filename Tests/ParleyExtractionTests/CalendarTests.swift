import ParleyModel
import Testing

@Suite struct CalendarTests {
    @Test(arguments: ["1970-01-01", "1987-03-02", "2000-02-29", "2023-05-10", "1899-12-31"])
    func dayNumbersRoundTrip(text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.description == text)
    }

    @Test func weekdays() throws {
        #expect(try #require(CalendarDate(iso: "2023-05-10")).weekday == 3)  // a Wednesday
        #expect(try #require(CalendarDate(iso: "1987-03-02")).weekday == 1)  // a Monday
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "2023-00-10", "20230510", "May 10"])
    func invalidDatesAreRefused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }
}
