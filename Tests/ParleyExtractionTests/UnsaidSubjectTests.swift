import ParleyExtraction
import ParleyModel
import Testing

/// A meeting word whose actor is the main clause's subject: in a phrase fronted before it, or in a clause
/// after it.
@Suite struct UnsaidSubjectTests {
    static let fronted: [String] = [
        "After talks with Chilean Foreign Minister Ana Ruiz, Peruvian Foreign Minister Luis Paz said the border was calm.",
        "After two rounds of talks with Chilean Foreign Minister Ana Ruiz, the Peruvian minister Luis Paz flew home.",
        "In a meeting with Chilean Foreign Minister Ana Ruiz on Monday, Peruvian Foreign Minister Luis Paz warned of delays.",
        "Speaking to reporters after talks with Chilean Foreign Minister Ana Ruiz, Peruvian Foreign Minister Luis Paz said little.",
        "On Monday, after a meeting with Chilean Foreign Minister Ana Ruiz, Peruvian Foreign Minister Luis Paz flew to Cusco.",
        "Before meeting with Chilean Foreign Minister Ana Ruiz, Peruvian Foreign Minister Luis Paz toured the port.",
        "During his talks with Chilean Foreign Minister Ana Ruiz, Peruvian Foreign Minister Luis Paz raised the fishing dispute.",
        // An appositive on the counterpart ends the phrase at its own comma.
        "In a meeting with Ana Ruiz, deputy minister in charge of fisheries, Peruvian Foreign Minister Luis Paz warned of delays.",
        "During talks with Chilean envoy Ana Ruiz, who arrived on Monday, Peruvian Foreign Minister Luis Paz warned of delays.",
    ]

    @Test(arguments: fronted)
    func aFrontedPhraseIsTheSubjectsMeeting(_ sentence: String) {
        #expect(ExtractionFixture.pairs(sentence) == [["Ana Ruiz", "Luis Paz"]])
    }

    static let frontedTrips: [String] = [
        "During his visit to Chile, Peruvian Foreign Minister Luis Paz said the border was calm.",
        "On the last day of his visit to Chile, Peruvian Foreign Minister Luis Paz said the border was calm.",
        "Recalling his first official trip to Chile in April, Peruvian Foreign Minister Luis Paz praised its ports.",
    ]

    @Test(arguments: frontedTrips)
    func aFrontedTripIsTheSubjects(_ sentence: String) {
        #expect(ExtractionFixture.pairs(sentence) == [["Luis Paz", "Chile"]])
    }

    static let trailing: [String] = [
        "Peruvian Foreign Minister Luis Paz said the border was calm after meeting his Chilean counterpart Ana Ruiz.",
        "Peruvian Foreign Minister Luis Paz made the remarks when holding talks with Chilean Foreign Minister Ana Ruiz.",
        "Peruvian Foreign Minister Luis Paz spoke to the press after his talks with Chilean Foreign Minister Ana Ruiz.",
        "Peruvian Foreign Minister Luis Paz eased visas for Bolivians before holding talks with Chilean envoy Ana Ruiz.",
        "Peruvian Foreign Minister Luis Paz praised the aid to Bolivia after meeting Chilean envoy Ana Ruiz.",
        // "Bolivians crossing": a participle after a noun modifies it; Paz is still the one who met Ruiz.
        "Peruvian Foreign Minister Luis Paz eased visas for Bolivians crossing the border before meeting Chilean envoy Ana Ruiz.",
        "Peruvian Foreign Minister Luis Paz arrived. As he left the Senate after meeting Chilean envoy Ana Ruiz, "
            + "Paz praised the talks.",
    ]

    @Test(arguments: trailing)
    func aTrailingClauseIsTheSubjectsMeeting(_ sentence: String) {
        #expect(ExtractionFixture.pairs(sentence) == [["Ana Ruiz", "Luis Paz"]])
    }

    static let others: [String] = [
        // The fronted phrase names its own actor: the main subject only reports it.
        "After talks between Chilean Foreign Minister Ana Ruiz and Bolivian envoy Jorge Soto, Peruvian Foreign Minister Luis Paz said the deal was close.",
        // No meeting word: the fronted phrase is only a time.
        "After the vote on Monday, Peruvian Foreign Minister Luis Paz said the border was calm.",
    ]

    @Test(arguments: others)
    func theMainSubjectIsNoPartyToOthersMeetings(_ sentence: String) {
        #expect(ExtractionFixture.pairs(sentence).allSatisfy { !$0.contains("Luis Paz") })
    }
}
