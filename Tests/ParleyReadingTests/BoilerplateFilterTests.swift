import Testing

@testable import ParleyReading

@Suite struct BoilerplateFilterTests {
    @Test(arguments: [
        "Share", "Tweet", "Print Friendly, PDF & Email", "Share on Facebook", "Advertisement", "- Advertisement -",
        "Related:", "Read more", "Sign up for our newsletter", "12.3K Followers", "1,234 Likes", "5,120Fans Like",
        "We use cookies to remember your settings and count visits. If you keep browsing, you accept them.",
        "Leave a Reply", "Cancel reply", "Deja una respuesta", "Laisser un commentaire", "Kommentar verfassen",
        "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment", "Notify me of new posts by email.", "Copyright © 2021 Example Media", "All rights reserved.",
        "Photo: Reuters", "Image: Getty Images", "World", "Home", "Contact us", "Nov. 20, 2019 5:52 AM EST",
        "Please enter your comment!", "ΑΦΗΣΤΕ ΜΙΑ ΑΠΑΝΤΗΣΗ", "spot_img",
    ])
    func recognizesChrome(_ line: String) {
        #expect(BoilerplateFilter.isBoilerplate(line))
    }

    @Test(arguments: [
        "The talks ended without agreement.",
        "Officials said the two leaders would meet again in March to discuss the dispute.",
        "He said no.",
        "Where do the two governments go from here?",
        "Share prices fell sharply after the minister announced the new tariffs on Monday.",
        "The treaty was signed in Vienna, and all rights reserved to the parties were listed in an annex to the text.",
        "No Breakthrough in Border Talks",
    ])
    func keepsProseAndHeadlines(_ line: String) {
        #expect(!BoilerplateFilter.isBoilerplate(line))
    }

    /// ASCII lines take a path of their own (folding, trimming, counting over bytes): the same verdicts as the
    /// Unicode path on edges, tabs, stars and case.
    @Test(arguments: [
        ("  -- SHARE THIS --  ", true), ("\t***Leave a Reply***", true), ("NAME  *", true), ("~ Related ~", true),
        (">> Read more: the full report", true), ("Copyright (c) 2020", true), ("==", true),
        ("Talks resume in Geneva", false), ("He said:  \"We will meet again.\"", false),
    ])
    func readsASCIILinesAsTheUnicodePathDoes(_ line: String, _ isChrome: Bool) {
        #expect(BoilerplateFilter.isBoilerplate(line) == isChrome)
    }

    @Test func tellsALongNoticeFromProseByItsFirstWords() {
        let notice =
            "WE USE COOKIES to measure how this site is read and to remember your choices between visits, "
            + "and by staying you accept them"
        let prose =
            "The two delegations met for four hours on Tuesday and agreed to meet again in Nairobi next month, "
            + "officials said."
        #expect(BoilerplateFilter.isBoilerplate(notice))
        #expect(!BoilerplateFilter.isBoilerplate(prose))
        #expect(WhitespaceCollapsing.collapse(" a \t b\u{0B}\r\nc  ") == "a b c")
        #expect(WhitespaceCollapsing.collapse(" a\u{A0} b\u{AD}c ") == "a bc")
    }

    @Test func dropsEverythingAfterACommentFormHeading() {
        // Given a scraped article with chrome before and a comment section after
        let scraped = [
            "Print Friendly, PDF & Email",
            "- Advertisement -",
            "The two ministers met in Geneva on Monday and agreed to resume talks on the border.",
            "A second round is planned for June, officials said.",
            "Leave a Reply",
            "Great article, thanks for sharing this with us all today, very interesting.",
            "Your email address will not be published.",
        ]

        // When it is cleaned
        let cleaned = BoilerplateFilter.clean(scraped)

        // Then only the article remains
        #expect(
            cleaned == [
                "The two ministers met in Geneva on Monday and agreed to resume talks on the border.",
                "A second round is planned for June, officials said.",
            ])
    }

    @Test func keepsTextAfterACommentHeadingThatComesBeforeAnyProse() {
        let lines = ["Comments", "The delegations met for four hours and issued a joint statement afterwards."]
        #expect(BoilerplateFilter.clean(lines) == [lines[1]])
    }
}
