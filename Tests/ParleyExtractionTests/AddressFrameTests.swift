import ParleyExtraction
import ParleyModel
import Testing

/// A speaker before an assembly meets it: "addressed the UN General Assembly", "told the committee".
@Suite struct AddressFrameTests {
    @Test(arguments: [
        (
            "Addressing the UN General Assembly, Dutch envoy Jan Smit reaffirmed support for reform.",
            "UN General Assembly"
        ),
        ("Dutch envoy Jan Smit addressed the European Parliament on Monday.", "European Parliament"),
        (
            "Speaking at a UN Security Council meeting on Sudan this week, Dutch envoy Jan Smit said the talks had "
                + "stalled.", "UN Security Council"
        ),
        (
            "Dutch envoy Jan Smit told the European Parliament's foreign affairs committee that aid was short.",
            "European Parliament"
        ),
        ("Dutch envoy Jan Smit will address the Knesset on Tuesday.", "Knesset"),
        ("Dutch envoy Jan Smit told a Chilean delegation on Monday that aid was short.", "Chile"),
        ("Dutch envoy Jan Smit said before the UN General Assembly that aid was short.", "UN General Assembly"),
    ])
    func aSpeakerBeforeAnAssemblyMeetsIt(_ text: String, _ assembly: String) {
        #expect(ExtractionFixture.pairs(text) == [["Jan Smit", assembly]])
    }

    @Test(arguments: [
        "Dutch envoy Jan Smit told reporters that aid was short.",
        "Dutch envoy Jan Smit addressed the issue on Monday.",
        "Israeli Prime Minister Ehud Barak told the Knesset that the talks would go on.",
        "Israeli Prime Minister Ehud Barak told the Israeli delegation that the talks would go on.",
        "The prime minister, Jan Smit, told parliament on Monday that taxes would rise.",
    ])
    func noAssemblyOrOnesOwnIsNoMeeting(_ text: String) {
        #expect(ExtractionFixture.pairs(text).isEmpty)
    }

    @Test func aVerbOfAddressBeforeNoAssemblyLeavesOtherFramesAlone() {
        let pairs = ExtractionFixture.pairs(
            "Smit's spokesman Karel Berg told reporters in The Hague that the minister planned to travel to Ghana.")
        #expect(!pairs.contains(["Karel Berg", "Ghana"]))
    }
}
