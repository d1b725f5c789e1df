import Foundation
import Testing

/// `actors merge` and `actors split` on the real binary, and what `actor` shows of them.
@Suite struct IdentityCommandTests {
    @Test func mergeThenSplitAreShownAndKept() throws {
        let workspace = try Workspace.ingested()

        let merge = try workspace.parley(["actors", "merge", "Anna Becker", "Thomas Becker"])
        #expect(merge.status == 0, "\(merge)")
        #expect(merge.stdout.contains("merged Thomas Becker"))
        let detail = try workspace.parley(["actor", "Anna Becker"])
        #expect(detail.stdout.contains("merged:       Thomas Becker (AUT): merged by hand"), "\(detail)")

        let split = try workspace.parley(["actors", "split", "Anna Becker", "Thomas Becker"])
        #expect(split.status == 0, "\(split)")
        let again = try workspace.parley(["actor", "Thomas Becker"])
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("articles: 1"))
    }

    @Test func listingIsStillTheDefault() throws {
        let workspace = try Workspace.ingested()
        let run = try workspace.parley(["actors", "Becker"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Anna Becker") && run.stdout.contains("Thomas Becker"))
    }

    @Test func aBadSplitSaysWhy() throws {
        let workspace = try Workspace.ingested()
        let run = try workspace.parley(["actors", "split", "Anna Becker", "Li Wen"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("'Li Wen' is not a name of Anna Becker"), "\(run)")
    }
}
